"""Signing in with an organisation account (OpenID Connect), against a real provider on loopback:
the certified `oidc-provider` package (tests/people/oidc_provider/server.mjs), a provider that
sends faulty ID tokens on purpose (faulty.py), one that is down and one that never answers."""
from __future__ import annotations

import socket
import time

import pyotp
import pytest
import requests

from config import TestConfig
from tests.conftest import FormClient
from tests.people.oidc_provider import certified_provider as start_certified_provider
from tests.people.oidc_provider import provider_settings
from tests.people.oidc_provider.faulty import SLOW_SECONDS, FaultyProvider
from tracker import create_app
from tracker.extensions import db
from tracker.people.models import EndedSession, User
from tracker.people.queries import find_user_by_email
from tracker.people.sso import SignInRefused, SsoSettingsProblem, person_for_sign_in, read_providers

TRACKER = "http://localhost"  # the test client's address, so the provider's redirects come back here
TIMEOUT_SECONDS = 1


@pytest.fixture(scope="session")
def certified_provider():
    with start_certified_provider(f"{TRACKER}/sign-in/with/company/return") as issuer:
        yield issuer


@pytest.fixture(scope="session")
def faulty_provider():
    with FaultyProvider() as provider:
        yield provider


@pytest.fixture(scope="session")
def silent_port():
    """A port that takes connections and never answers: a provider too slow to wait for."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield listener.getsockname()[1]
    listener.close()


def _closed_port() -> int:
    """A port nothing listens on: connecting is refused, as when a provider is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def app_for_engine(app_for_engine, certified_provider, faulty_provider, silent_port):
    """The tests' database with four providers set up: the certified one, the faulty one, one that
    is down, one that never answers (overrides tests/conftest.py's, so `app` and `client` use it)."""
    return create_app(
        TestConfig,
        SQLALCHEMY_DATABASE_URI=app_for_engine.config["SQLALCHEMY_DATABASE_URI"],
        OIDC_TIMEOUT_SECONDS=TIMEOUT_SECONDS,
        OIDC_PROVIDERS=[
            provider_settings("company", "Company Account", certified_provider),
            provider_settings("faulty", "Faulty", faulty_provider.issuer),
            provider_settings("down", "Down", f"http://127.0.0.1:{_closed_port()}"),
            provider_settings("silent", "Silent", f"http://127.0.0.1:{silent_port}"),
        ],
    )


@pytest.fixture
def alice(app):
    from tracker.people.operations import create_person

    person = create_person(email="Alice@example.org", name="Alice Example", password=None)
    db.session.commit()
    return person


def _start(client, provider: str, next_page: str = ""):
    return client.get(f"/sign-in/with/{provider}", query_string={"next": next_page} if next_page else None)


def _at_provider(authorize_url: str, login_hint: str) -> str:
    """The person's part at the provider, as their browser does it: follow its redirects (it signs
    in `login_hint` without a form) until it sends them back to Tracker. The address it sends."""
    url = f"{authorize_url}&login_hint={login_hint}"
    with requests.Session() as provider_browser:
        for _ in range(10):
            if url.startswith(TRACKER):
                return url.removeprefix(TRACKER)
            response = provider_browser.get(url, allow_redirects=False, timeout=10)
            assert response.is_redirect, f"{response.status_code} {response.text[:300]}"
            url = requests.compat.urljoin(url, response.headers["Location"])
    raise AssertionError("the provider never sent the browser back")


def sign_in_with(client, provider: str = "company", login_hint: str = "alice", next_page: str = ""):
    """The whole journey: the button, the provider, and the return. (return address, response)"""
    start = _start(client, provider, next_page)
    assert start.status_code == 302, start.get_data(as_text=True)
    returned_to = _at_provider(start.location, login_hint)
    return returned_to, client.get(returned_to)


def _page(response) -> str:
    return " ".join(response.get_data(as_text=True).split())


def _signed_in(client) -> bool:
    return client.get("/my-actions").status_code == 200


def test_the_sign_in_page_has_a_button_for_each_provider(client):
    page = _page(client.get("/sign-in"))
    for name in ("Company Account", "Faulty", "Down", "Silent"):
        assert f"Sign in with {name}</a>" in page
    assert 'name="password"' in page  # password sign-in stays


def test_signing_in_with_the_certified_provider(client, alice):
    returned_to, response = sign_in_with(client, next_page="/my-actions?page=1")
    assert response.status_code == 302 and response.location == "/my-actions?page=1"
    assert _signed_in(client)
    db.session.expire_all()
    assert find_user_by_email("alice@example.org").last_login_at is not None


def test_the_request_to_the_provider_uses_pkce_state_and_nonce(client):
    query = requests.utils.urlparse(_start(client, "company").location).query
    params = dict(part.split("=", 1) for part in query.split("&"))
    assert params["code_challenge_method"] == "S256" and params["code_challenge"]
    assert params["state"] and params["nonce"] and "openid" in params["scope"]


def test_the_session_is_the_password_sign_ins_own_and_ends_on_signing_out(client, alice):
    sign_in_with(client)
    copied = client.get_cookie("session").value
    client.submit("/sign-out", form_url="/")
    assert db.session.scalar(db.select(db.func.count()).select_from(EndedSession)) == 1
    client.set_cookie("session", copied)  # a copy of the signed-out cookie is refused
    assert not _signed_in(client)


def test_a_replayed_return_address_signs_nobody_in(app, client, alice):
    returned_to, response = sign_in_with(client)
    assert response.status_code == 302
    again = client.get(returned_to)  # the state was used up by the first return
    assert again.status_code == 400 and "did not work" in _page(again)
    stranger = FormClient(app.test_client())  # someone else's browser with the same address
    stolen = stranger.get(returned_to)
    assert stolen.status_code == 400 and not _signed_in(stranger)


def test_a_made_up_state_is_refused(client, alice):
    _start(client, "company")
    response = client.get("/sign-in/with/company/return?code=abc&state=made-up")
    assert response.status_code == 400 and not _signed_in(client)


def test_an_address_from_a_domain_not_allowed_is_refused(client):
    _, response = sign_in_with(client, login_hint="outsider")
    assert response.status_code == 403
    assert "We do not take Company Account accounts from elsewhere.test here" in _page(response)
    assert not _signed_in(client)


def test_an_email_the_provider_has_not_verified_is_refused(client, make_unverified_person):
    _, response = sign_in_with(client, login_hint="unverified")
    assert response.status_code == 403 and "has not checked that unverified@example.org is yours" in _page(response)
    assert not _signed_in(client)


@pytest.fixture
def make_unverified_person(app):
    from tracker.people.operations import create_person

    create_person(email="unverified@example.org", name="Una Verified")
    db.session.commit()


def test_someone_tracker_does_not_know_is_refused(client):
    _, response = sign_in_with(client, login_hint="newcomer")
    assert response.status_code == 403
    assert "Nobody with the email address newcomer@example.org can use this service yet" in _page(response)
    assert find_user_by_email("newcomer@example.org") is None and not _signed_in(client)


def test_someone_new_becomes_a_member_when_the_admin_allows_it(app, client):
    app.config["OIDC_CREATE_PEOPLE"] = True
    try:
        _, response = sign_in_with(client, login_hint="newcomer")
    finally:
        app.config["OIDC_CREATE_PEOPLE"] = False
    assert response.status_code == 302 and _signed_in(client)
    person = db.session.scalar(db.select(User).where(User.email == "newcomer@example.org"))
    assert person.name == "New Comer" and person.role == "member" and person.password_hash is None


def test_a_switched_off_account_is_refused(client, alice):
    alice.is_active = False
    db.session.commit()
    _, response = sign_in_with(client)
    assert response.status_code == 403 and not _signed_in(client)


def test_a_faultless_token_from_the_faulty_provider_signs_in(client, alice):
    """The control for the faults below: the same provider and person, nothing wrong."""
    _, response = sign_in_with(client, "faulty", login_hint="good")
    assert response.status_code == 302 and _signed_in(client)


@pytest.mark.parametrize("fault", ["wrong_audience", "wrong_audience_naming_us_as_party", "wrong_issuer", "expired",
                                   "wrong_nonce", "unsigned", "badly_signed", "malformed"])
def test_a_faulty_id_token_is_refused(client, alice, fault):
    _, response = sign_in_with(client, "faulty", login_hint=fault)
    assert response.status_code == 400, fault
    assert "Signing in with Faulty did not work, so you are not signed in" in _page(response)
    assert not _signed_in(client)


@pytest.mark.parametrize("provider", ["down", "silent"])
def test_a_provider_down_or_silent_gets_a_plain_message_within_the_time_limit(client, alice, provider):
    began = time.monotonic()
    response = _start(client, provider)
    assert time.monotonic() - began < TIMEOUT_SECONDS + 2
    assert response.status_code == 502
    assert "We could not reach" in _page(response) and "sign in with your email address and password" in _page(response)


def test_a_provider_too_slow_to_give_the_token_gets_a_plain_message(client, alice):
    start = _start(client, "faulty")
    returned_to = _at_provider(start.location, "slow_token")
    began = time.monotonic()
    response = client.get(returned_to)
    assert time.monotonic() - began < SLOW_SECONDS
    assert response.status_code == 502 and not _signed_in(client)


def test_password_sign_in_works_while_a_provider_is_down(client, make_person):
    person = make_person(email="pat@example.org")
    assert _start(client, "down").status_code == 502
    response = client.submit("/sign-in", {"email": person.email, "password": "correct horse battery"})
    assert response.status_code == 302 and _signed_in(client)


def test_an_unknown_provider_is_not_found(client):
    assert client.get("/sign-in/with/nobody").status_code == 404
    assert client.get("/sign-in/with/nobody/return?code=x&state=y").status_code == 404


def test_a_provider_set_up_by_halves_stops_the_app_with_the_variable_to_set():
    entry = provider_settings("entra", "Microsoft", "https://login.example", client_secret="")
    with pytest.raises(SsoSettingsProblem, match="TRACKER_OIDC_ENTRA_CLIENT_SECRET is not set"):
        read_providers([entry])
    with pytest.raises(SsoSettingsProblem, match="not a usable name"):
        read_providers([{**entry, "name": "bad name"}])
    assert read_providers([{**entry, "client_secret": "x"}])[0].allowed_domains == {"example.org", "example.net"}


def test_the_button_carries_the_page_asked_for_and_only_a_page_of_this_site_is_kept(client, alice):
    page = _page(client.get("/sign-in?next=/my-actions"))
    assert 'href="/sign-in/with/company?next=/my-actions"' in page
    _, response = sign_in_with(client, next_page="//elsewhere.example/steal")
    assert response.status_code == 302 and response.location == "/"


def test_someone_with_two_step_sign_in_is_asked_for_their_code_as_after_a_password(client, alice):
    """The provider's answer takes the place of the password; the rest of signing in is the same."""
    from tracker.core.dates import utcnow
    from tracker.people import two_step

    two_step.start_set_up(alice)
    two_step.confirm_set_up(alice, pyotp.TOTP(two_step.set_up_secret(alice)).now(), now=utcnow())
    db.session.commit()
    _, response = sign_in_with(client)
    assert response.status_code == 302 and response.location.endswith("/sign-in/code")
    assert not _signed_in(client)


@pytest.mark.parametrize("claims, trust_domain_email, signs_in", [
    ({"email_verified": True}, False, True),
    ({"email_verified": "true"}, False, True),  # some providers send the flag as text
    ({"email_verified": "false"}, False, False),
    ({}, False, False),  # Entra ID: no flag at all
    ({"xms_edov": True}, False, True),  # Entra's optional "domain owner verified" claim
    ({}, True, True),  # Entra, with the admin vouching for the tenant's domains
    ({"email_verified": False}, True, True),
])
def test_which_emails_count_as_verified(app, alice, claims, trust_domain_email, signs_in):
    entra = read_providers([provider_settings("entra", "Microsoft", "https://login.example",
                                              trust_domain_email=trust_domain_email)])[0]
    try:
        person = person_for_sign_in(entra, {"email": "ALICE@example.org", **claims}, create_people=False)
    except SignInRefused:
        person = None
    assert (person == alice) is signs_in


def test_trusting_a_tenant_never_lets_in_a_domain_not_allowed(app):
    entra = read_providers([provider_settings("entra", "Microsoft", "https://login.example",
                                              trust_domain_email=True)])[0]
    with pytest.raises(SignInRefused, match="from elsewhere.test"):
        person_for_sign_in(entra, {"email": "someone@elsewhere.test", "email_verified": True}, create_people=True)


def test_the_sign_in_page_and_every_refusal_read_plainly(client, alice):
    """The reading check of tests/core/test_plain_english.py on pages only a provider brings up."""
    from tests.core.test_plain_english import FAMILY_SCORE, main_text, verdict

    pages = {"sign-in page with buttons": client.get("/sign-in")}
    pages["provider down"] = _start(client, "down")
    for hint in ("outsider", "unverified", "newcomer"):
        pages[f"refused: {hint}"] = sign_in_with(client, login_hint=hint)[1]
    pages["faulty token"] = sign_in_with(client, "faulty", login_hint="expired")[1]
    problems = [problem for name, page in pages.items()
                for problem in verdict(name, main_text(page.get_data(as_text=True)), FAMILY_SCORE)]
    assert not problems, "\n".join(problems)
