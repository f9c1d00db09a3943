"""Public contributors' email addresses are erased by the daily job a set time after their input
closed (issue 17, item 4): gone from every table and the outbox, kept while anything of theirs is
still open or closed lately, and a second run erases nothing more."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.conftest import london_today
from tests.people.test_erasure import _where_found
from tracker.actions.models import ActionStatus
from tracker.core.dates import utcnow
from tracker.core.models import AuditEvent, JobRun
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus
from tracker.inputs.operations import raise_public_input
from tracker.nudges.jobs import DAILY_NUDGES, run_daily_nudges
from tracker.nudges.models import OutboxEmail

LONG_AGO = timedelta(days=400)  # past the default 365 days


def _public_input(email: str, *, answered_ago: timedelta | None = None) -> Input:
    raised = raise_public_input(email=email, name="Sam Contact", what="The bus to school is late",
                                at=utcnow() - LONG_AGO - timedelta(days=30))
    if answered_ago is not None:
        raised.status, raised.response = InputStatus.ANSWERED, "We spoke to the bus company"
        raised.answered_at = utcnow() - answered_ago
    db.session.add(OutboxEmail(dedupe_key=f"retention:{raised.id}", kind="input_received",
                               recipient_email=email, recipient_name="Sam Contact",
                               subject="We have received what you told us", body_text=f"Sent to {email}"))
    db.session.commit()
    return raised


def _erased_count() -> int:
    run = db.session.scalar(select(JobRun).where(JobRun.job == DAILY_NUDGES).order_by(JobRun.id.desc()))
    return run.counts["contact_emails_erased"]


def test_an_address_is_erased_a_year_after_its_input_closed(app):
    raised = _public_input("sam.closed@example.org", answered_ago=LONG_AGO)
    recent = _public_input("ria.recent@example.org", answered_ago=timedelta(days=30))
    still_open = _public_input("olu.open@example.org")
    assert _where_found("sam.closed@example.org")

    run_daily_nudges(london_today())

    db.session.expire_all()
    assert _where_found("sam.closed@example.org") == []  # every table, the outbox and the audit trail
    assert db.session.get(Input, raised.id).what == "The bus to school is late"  # what they said stays
    assert db.session.get(Input, recent.id).contact_email == "ria.recent@example.org"
    assert db.session.get(Input, still_open.id).contact_email == "olu.open@example.org"
    assert _erased_count() == 1
    erasure = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_type == "inputs",
                                                         AuditEvent.entity_id == raised.id)
                                .order_by(AuditEvent.id.desc()).limit(1))
    assert erasure.changes["reason"][1] == "Contact email erased 365 days after the input closed"

    run_daily_nudges(london_today())  # the same day again: nothing more to erase
    assert _erased_count() == 0


def test_an_address_with_any_input_still_open_is_kept(app):
    _public_input("kim.both@example.org", answered_ago=LONG_AGO)
    _public_input("kim.both@example.org")  # something newer, not yet answered
    run_daily_nudges(london_today())
    db.session.expire_all()
    assert "inputs.contact_email" in _where_found("kim.both@example.org")
    assert _erased_count() == 0


def test_input_closes_when_the_last_action_it_led_to_closes(app, make_action):
    raised = _public_input("lee.actions@example.org", answered_ago=LONG_AGO)
    action = make_action()
    raised.actions.append(action)
    db.session.commit()
    run_daily_nudges(london_today())
    assert "inputs.contact_email" in _where_found("lee.actions@example.org")  # told when the action moves

    action.status, action.closed_at = ActionStatus.COMPLETED, utcnow() - timedelta(days=10)
    db.session.commit()
    run_daily_nudges(london_today())
    assert "inputs.contact_email" in _where_found("lee.actions@example.org")  # closed only 10 days ago

    action.closed_at = utcnow() - LONG_AGO
    db.session.commit()
    run_daily_nudges(london_today())
    assert _where_found("lee.actions@example.org") == []


def test_the_period_is_configurable(app, monkeypatch):
    monkeypatch.setitem(app.config, "CONTACT_EMAIL_RETENTION_DAYS", 20)
    _public_input("ana.short@example.org", answered_ago=timedelta(days=30))
    run_daily_nudges(london_today())
    assert _where_found("ana.short@example.org") == []
