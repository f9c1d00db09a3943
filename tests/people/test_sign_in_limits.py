"""Sign-in limits: wrong passwords per account and per address, shared by every worker through
Redis, a right password never refused for someone else's mistakes, and the proxy's client address
honoured when told to trust it (issue 14, defect 8)."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis

from config import TestConfig
from tests.conftest import PASSWORD, RUN_TAG, FormClient, IsolatedClient
from tracker import create_app
from tracker.extensions import db, limiter

REDIS = "redis://127.0.0.1:6379"
ROOT = Path(__file__).resolve().parents[2]


def _guess(client, email: str, password: str = "wrong password", address: str = "192.0.2.1", **kwargs):
    token = client.csrf_token("/sign-in")
    return client.post("/sign-in", data={"csrf_token": token, "email": email, "password": password},
                       environ_base={"REMOTE_ADDR": address}, **kwargs).status_code


def test_wrong_passwords_for_one_account_are_limited_whatever_the_address(client, make_person):
    person = make_person()
    statuses = [_guess(client, person.email, address=f"192.0.2.{n}") for n in range(1, 12)]
    assert statuses == [200] * 10 + [429]


def test_a_right_password_from_the_same_address_is_not_refused(client, make_person):
    mistyping, colleague = make_person(), make_person()
    assert [_guess(client, mistyping.email) for _ in range(11)][-1] == 429
    assert _guess(client, colleague.email, PASSWORD) == 302


def test_one_address_guessing_many_accounts_is_limited(client, make_person):
    statuses = [_guess(client, f"nobody{n}@example.org") for n in range(31)]
    assert statuses == [200] * 30 + [429]


@pytest.fixture
def other_app(app):
    """Another app on the same database, with its own settings; the shared limiter is put back."""
    saved = dict(vars(limiter))
    made = []

    def make(**settings):
        other = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"], **settings)
        other.test_client_class = IsolatedClient
        made.append(other)
        return other

    yield make
    vars(limiter).update(saved)


@pytest.mark.parametrize("trusted, expected", [(0, [200, 200, 429]), (1, [200, 200, 200])])
def test_the_proxys_client_address_is_used_only_when_trusted(other_app, trusted, expected):
    behind_proxy = other_app(TRUSTED_PROXIES=trusted, LOGIN_ADDRESS_RATE_LIMIT="2 per minute")
    client = FormClient(behind_proxy.test_client())
    statuses = [_guess(client, f"nobody{n}@example.org", headers={"X-Forwarded-For": f"198.51.100.{n}"})
                for n in range(3)]
    assert statuses == expected


def test_every_worker_shares_the_count_through_redis(app, other_app, make_person):
    """Guesses through this process use up the limit another process (another worker) sees."""
    prefix = f"tracker-test-{RUN_TAG}-{uuid.uuid4().hex[:8]}"
    settings = {"RATELIMIT_STORAGE_URI": REDIS, "RATELIMIT_STORAGE_OPTIONS": {"key_prefix": prefix}}
    email = make_person().email
    worker = FormClient(other_app(**settings).test_client())
    try:
        assert [_guess(worker, email) for _ in range(10)] == [200] * 10
        db.session.commit()  # SQLite: the subprocess must not wait on this session's lock
        another_worker = subprocess.run(
            [sys.executable, "-c", (
                "import sys; from config import TestConfig; from tracker import create_app\n"
                f"app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI={app.config['SQLALCHEMY_DATABASE_URI']!r}, "
                f"WTF_CSRF_ENABLED=False, **{settings!r})\n"
                f"response = app.test_client().post('/sign-in', data={{'email': {email!r}, "
                f"'password': {PASSWORD!r}}})\n"
                "print(response.status_code)")],
            cwd=ROOT, env=os.environ, capture_output=True, text=True, timeout=60)
        assert another_worker.stdout.strip().splitlines()[-1:] == ["429"], another_worker.stderr[-2000:]
    finally:
        store = redis.Redis.from_url(REDIS)
        for key in store.scan_iter(f"{prefix}*"):
            store.delete(key)
