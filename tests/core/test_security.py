"""Defects a hostile probe of the service found (issue 14), each with the test that found it."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.inputs.conftest import NOW, TODAY, partnership  # noqa: F401
from tracker.actions import operations as actions
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.inputs.models import Input

# --- 1. only the routed group's open actions may be linked to input ---------------------------------


@pytest.fixture
def routed(partnership):  # noqa: F811
    """A champion's input, passed to the workstream."""
    made = inputs.raise_input(by=partnership.champion, what="Supply teachers need SEND awareness.", at=NOW)
    inputs.route_input(made, group=partnership.workstream, by=partnership.chair, at=NOW)
    db.session.commit()
    return made


@pytest.fixture
def other_groups_actions(partnership):  # noqa: F811
    """An open and a closed action of the Board, and a closed one of the workstream."""
    p = partnership
    due = TODAY + timedelta(days=20)
    made = {name: actions.create_action(title=f"Internal: {name}", owner=p.owner, group=group, by=p.chair,
                                        today=TODAY, due_on=due, at=NOW)
            for name, group in (("board open", p.board), ("board done", p.board), ("own done", p.workstream))}
    actions.complete_action(made["board done"], by=p.owner, outcome="Confidential outcome", at=NOW)
    actions.complete_action(made["own done"], by=p.owner, outcome="Done", at=NOW)
    db.session.commit()
    return made


def test_only_the_routed_groups_open_actions_may_be_linked(partnership, routed, other_groups_actions):  # noqa: F811
    for action in other_groups_actions.values():
        with pytest.raises(DomainError, match="Choose one of the open actions of Preparing for Adulthood"):
            inputs.link_action(routed, action, by=partnership.lead)
    assert routed.actions == []


def test_the_link_page_refuses_another_groups_action(client, auth, partnership, routed, other_groups_actions):  # noqa: F811
    auth.login(partnership.lead)
    for action in other_groups_actions.values():
        page = client.submit(f"/inputs/{routed.id}/link-action", {"action": str(action.id)})
        assert page.status_code == 200
        assert "Choose one of the open actions of Preparing for Adulthood" in page.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Input, routed.id).actions == []


# --- 3. production refuses a missing, empty, short or development SECRET_KEY ----------------------

ROOT = Path(__file__).resolve().parents[2]


def _start_in_production(secret_key: str | None) -> subprocess.CompletedProcess:
    """The app factory in a fresh interpreter, as gunicorn would start it."""
    environment = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    environment |= {"TRACKER_CONFIG": "production", "DATABASE_URL": "sqlite://"}
    if secret_key is not None:
        environment["SECRET_KEY"] = secret_key
    return subprocess.run([sys.executable, "-c", "from tracker import create_app; create_app()"], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("secret_key, problem", [
    (None, "is not set"), ("", "is missing or empty"), ("   ", "is missing or empty"),
    ("dev-only-not-secret", "is not set"), ("s" * 31, "is shorter than 32 bytes"),
])
def test_production_refuses_to_start_with_a_guessable_secret_key(secret_key, problem):
    started = _start_in_production(secret_key)
    assert started.returncode != 0
    assert f"SECRET_KEY {problem}" in started.stderr
    assert "secrets.token_hex(32)" in started.stderr  # how to make one


def test_production_starts_with_a_long_random_secret_key():
    started = _start_in_production(secrets.token_hex(32))
    assert started.returncode == 0, started.stderr
