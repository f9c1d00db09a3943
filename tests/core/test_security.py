"""Defects a hostile probe of the service found (issue 14), each with the test that found it."""
from __future__ import annotations

import contextvars
import os
import secrets
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask.globals import _cv_app
from flask.testing import FlaskClient
from sqlalchemy import text

from tests.api.conftest import api_as  # noqa: F401
from tests.inputs.conftest import NOW, TODAY, partnership  # noqa: F401
from tracker.actions import operations as actions
from tracker.actions.models import Action, ActionUpdate
from tracker.core.domain import TEXT_LIMITS, DomainError
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.inputs.models import Input
from tracker.meetings import operations as meetings

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


# --- a streamed download never holds SQLite's write lock while the client reads it ------------------


def test_a_download_being_read_does_not_stop_others_saving(client, auth, make_person, engine_name):
    """The audit log's CSV streams its rows while the client downloads. Flask reads them after the
    view has returned, in a transaction of their own that began IMMEDIATE (SQLite's write lock) and
    lasted until the last row was sent: one stalled download made every save elsewhere wait 15
    seconds and fail (and hung the hostile query pass)."""
    auth.login(make_person(role="admin"))
    engine = db.engine
    db.session.commit()

    def download_and_save_meanwhile():
        _cv_app.set(None)  # as a server does: the request and its stream in a context of their own
        download = FlaskClient.open(client.client, "/audit.csv")  # not buffered: its first row is read
        try:
            with engine.connect() as other:  # while the download is under way
                if engine_name == "sqlite":
                    other.exec_driver_sql("PRAGMA busy_timeout=200")  # fail fast instead of queueing 15 s
                other.execute(text("UPDATE users SET name = 'Saved meanwhile' WHERE id = (SELECT min(id) FROM users)"))
                other.commit()
        finally:
            download.close()
        return download.status_code

    assert contextvars.copy_context().run(download_and_save_meanwhile) == 200


# --- 6. every date within a sensible window of its meeting, or of today ------------------------------

FAR = date(9999, 12, 31)


@pytest.fixture
def open_action(partnership):  # noqa: F811
    made = actions.create_action(title="Publish the Local Offer page", owner=partnership.owner,
                                 group=partnership.workstream, by=partnership.lead, today=TODAY,
                                 due_on=TODAY + timedelta(days=20), at=NOW)
    db.session.commit()
    return made


def test_the_operations_refuse_a_date_years_away(partnership, open_action, make_meeting):  # noqa: F811
    p = partnership
    with pytest.raises(DomainError, match="Check the year: the due date must be between 1 January 2025 "
                                          "and 31 December 2036") as refused:
        actions.create_action(title="Typing slip", owner=p.owner, group=p.workstream, by=p.lead, today=TODAY,
                              due_on=FAR, at=NOW)
    assert refused.value.field == "due_on"
    with pytest.raises(DomainError, match="Check the year") as refused:
        actions.move_due_date(open_action, by=p.owner, new_due_on=FAR, reason="Typing slip", at=NOW)
    assert refused.value.field == "new_due_on"
    # From a meeting: around the meeting's year, not today's.
    meeting = make_meeting(p.workstream, date(2027, 3, 1))
    actions.create_action(title="Last day", owner=p.owner, group=p.workstream, by=p.lead, today=TODAY,
                          due_on=date(2037, 12, 31), meeting=meeting, at=NOW)
    with pytest.raises(DomainError, match="between 1 January 2026 and 31 December 2037"):
        actions.create_action(title="A day too far", owner=p.owner, group=p.workstream, by=p.lead, today=TODAY,
                              due_on=date(2038, 1, 1), meeting=meeting, at=NOW)


def test_the_page_says_so_at_the_field_and_saves_nothing(client, auth, partnership, open_action):  # noqa: F811
    auth.login(partnership.owner)
    page = client.submit(f"/actions/{open_action.id}/due-date",
                         {"version": str(open_action.version), "new_due_on": ["31", "12", "9999"],
                          "reason": "The new date"})
    assert page.status_code == 200
    assert "Check the year: the due date must be between" in page.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Action, open_action.id).due_on == TODAY + timedelta(days=20)


def test_the_importer_refuses_a_date_years_away(partnership, make_meeting):  # noqa: F811
    from tracker.importer.operations import ChosenAction, ImportRefused, create_chosen_actions

    meeting = make_meeting(partnership.workstream, TODAY)
    with pytest.raises(ImportRefused) as refused:
        create_chosen_actions(meeting, [ChosenAction(title="Typing slip", owner=partnership.owner, due_on=FAR)],
                              by=partnership.lead, today=TODAY, now=NOW)
    assert "Check the year" in refused.value.errors[0].message


def test_a_calendar_feed_with_a_date_stored_years_away_still_works(client, partnership, open_action):  # noqa: F811
    """Stored before the window existed (or by hand): the owner's feed gave 500."""
    from tracker.api.tokens import calendar_feed_token

    db.session.get(Action, open_action.id).due_on = FAR
    db.session.commit()
    started = time.monotonic()
    feed = client.get(f"/feeds/{calendar_feed_token(partnership.owner)}/due-dates.ics")
    assert feed.status_code == 200
    assert time.monotonic() - started < 5
    assert "9999" not in feed.get_data(as_text=True)  # not what anyone means: left out of calendars


# --- 7. every free-text field has a limit, the same whatever sends it --------------------------------


def _too_long(column: str) -> str:
    return "x" * (TEXT_LIMITS[column] + 1)


def test_every_limit_names_a_real_column_and_keeps_within_its_length(app):
    tables = db.metadata.tables
    for key, limit in TEXT_LIMITS.items():
        table, column = key.split(".")
        assert table in tables and column in tables[table].columns, key
        length = getattr(tables[table].columns[column].type, "length", None)
        assert length is None or length == limit, f"{key}: the column holds {length}, the limit says {limit}"


def _operations(p, action, meeting, raised):
    """(what is checked, the field the message goes to, the call with its text) for each free-text field."""
    return [
        ("actions.title", "title", lambda text: actions.create_action(
            title=text, owner=p.owner, group=p.workstream, by=p.lead, today=TODAY, due_on=TODAY, at=NOW)),
        ("actions.detail", "detail", lambda text: actions.edit_action(
            action, by=p.lead, title="Title", detail=text, tags=(), at=NOW)),
        ("action_updates.note", "note", lambda text: actions.post_update(action, by=p.owner, note=text, at=NOW)),
        ("action_updates.note", "reason", lambda text: actions.move_due_date(
            action, by=p.owner, new_due_on=TODAY + timedelta(days=30), reason=text, at=NOW)),
        ("actions.outcome", "outcome", lambda text: actions.complete_action(action, by=p.owner, outcome=text, at=NOW)),
        ("actions.explanation", "explanation", lambda text: actions.mark_cannot_be_done(
            action, by=p.owner, explanation=text + " because", at=NOW)),
        ("actions.at_risk_reason", "reason", lambda text: actions.flag_at_risk(action, by=p.owner, reason=text, at=NOW)),
        ("action_updates.note", "note", lambda text: actions.reassign_action(
            action, by=p.lead, new_owner=p.lead, note=text, at=NOW)),
        ("action_updates.note", "note", lambda text: actions.record_matters_arising(
            action, by=p.lead, meeting=meeting, note=text, at=NOW)),
        ("groups.description", "description", lambda text: meetings.create_group(
            name="A new group", kind="workstream", description=text)),
        ("groups.meeting_pattern", "meeting_pattern", lambda text: meetings.create_group(
            name="A new group", kind="workstream", meeting_pattern=text)),
        ("meetings.location", "location", lambda text: meetings.schedule_meeting(
            p.workstream, starts_at=NOW + timedelta(days=7), location=text, today=TODAY)),
        ("meetings.cancelled_reason", "reason", lambda text: meetings.cancel_meeting(meeting, reason=text)),
        ("meetings.summary", "summary", lambda text: meetings.save_minutes(meeting, summary=text, minutes="", now=NOW)),
        ("meetings.minutes", "minutes", lambda text: meetings.save_minutes(meeting, summary="", minutes=text, now=NOW)),
        ("agenda_items.notes", "notes", lambda text: meetings.add_agenda_item(meeting, title="Item", notes=text)),
        ("decisions.text", "text", lambda text: meetings.record_decision(meeting, text=text, now=NOW)),
        ("attendances.name", "name", lambda text: meetings.set_attendance(meeting, name=text, status="attended",
                                                                         now=NOW)),
        ("inputs.what", "what", lambda text: inputs.raise_input(by=p.champion, what=text, at=NOW)),
        ("inputs.why_it_matters", "why_it_matters", lambda text: inputs.raise_input(
            by=p.champion, what="Something", why_it_matters=text, at=NOW)),
        ("inputs.contact_name", "contact_name", lambda text: inputs.raise_public_input(
            email="parent@example.org", name=text, what="Something", at=NOW)),
        ("inputs.response", "response", lambda text: inputs.answer_input(raised, by=p.lead, response=text, at=NOW)),
    ]


def test_every_operation_refuses_text_over_its_limit(partnership, open_action, make_meeting):  # noqa: F811
    meeting = make_meeting(partnership.workstream, TODAY)
    raised = inputs.raise_input(by=partnership.champion, what="Supply teachers need SEND awareness.", at=NOW)
    db.session.commit()
    for column, field, call in _operations(partnership, open_action, meeting, raised):
        with pytest.raises(DomainError) as refused:
            call(_too_long(column))
        assert refused.value.field == field, (column, refused.value.message)
        assert f"must be {TEXT_LIMITS[column]:,} characters or fewer" in refused.value.message, column
        db.session.rollback()


def test_the_api_refuses_a_megabyte_update_naming_the_field(partnership, open_action, api_as):  # noqa: F811
    response = api_as(partnership.owner).post(f"/api/v1/actions/{open_action.id}/updates", json={"note": "x" * 1_000_000})
    assert response.status_code == 422
    assert response.get_json() == {"error": "Your update must be 5,000 characters or fewer", "field": "note"}
    assert db.session.scalar(db.select(db.func.count(ActionUpdate.id))) == 0


def test_the_page_refuses_a_megabyte_update_at_the_field_and_counts_characters(client, auth, partnership,  # noqa: F811
                                                                                open_action):
    auth.login(partnership.owner)
    url = f"/actions/{open_action.id}/update"
    form = client.get(url).get_data(as_text=True)
    assert 'data-module="govuk-character-count"' in form and 'data-maxlength="5000"' in form
    page = client.submit(url, {"version": str(open_action.version), "note": "x" * 1_000_000})
    assert page.status_code == 200
    assert "Your update must be 5,000 characters or fewer" in page.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(ActionUpdate.id))) == 0
