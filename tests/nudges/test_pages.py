"""Admins' outbox and scheduled runs pages, and a person's email settings."""
from __future__ import annotations

from datetime import timedelta

import pytest

from tracker.core.dates import utcnow
from tracker.core.models import JobRun
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.outbox import queue_email
from tracker.people.models import User


def add_emails(count: int, *, status: str = OutboxStatus.PENDING, error: str = "") -> list[OutboxEmail]:
    for number in range(count):
        queue_email(key=f"{status}:{number}", kind="test", to=f"someone{number}@example.org",
                    subject=f"Reminder {number}", template="emails/password_reset",
                    person={"name": f"Someone {number}"}, link="http://localhost/link", lasts="2 hours",
                    forgot_url="http://localhost/forgot")
    db.session.execute(db.update(OutboxEmail).where(OutboxEmail.dedupe_key.like(f"{status}:%"))
                       .values(status=status, last_error=error, attempts=8 if error else 0,
                               sent_at=utcnow() if status == OutboxStatus.SENT else None))
    db.session.commit()
    return db.session.scalars(db.select(OutboxEmail).order_by(OutboxEmail.id)).all()


@pytest.fixture
def admin(auth, make_person):
    person = make_person(role="admin", name="Priya Admin")
    auth.login(person)
    return person


def test_admin_sees_what_is_waiting_and_why(client, admin):
    add_emails(2)
    page = client.get("/outbox").get_data(as_text=True)
    assert "<title>Outbox – Outbox – SEND Partnership Tracker</title>" in page
    assert "No mail server is set up, so no email is sent" in page
    assert "Reminder 0" in page and "someone1@example.org" in page
    assert "Waiting to send (2)" in page and "Failed (0)" in page and "Sent (0)" in page


def test_admin_reads_an_email_as_it_will_be_sent(client, admin):
    [email] = add_emails(1)
    page = client.get(f"/outbox/{email.id}").get_data(as_text=True)
    assert "Hello Someone 0," in page
    assert "someone0@example.org" in page


def test_failed_emails_show_the_error_and_can_be_retried(client, admin):
    [first, second] = add_emails(2, status=OutboxStatus.FAILED, error="The mail server refused the address")
    page = client.get("/outbox?status=failed").get_data(as_text=True)
    assert "The mail server refused the address" in page
    assert "8 of 8 attempts" in page
    response = client.submit(f"/outbox/{first.id}/retry", form_url="/outbox?status=failed")
    assert response.status_code == 302
    db.session.expire_all()
    assert (first.status, first.attempts) == (OutboxStatus.PENDING, 0)
    assert second.status == OutboxStatus.FAILED
    client.submit("/outbox/retry-failed", form_url="/outbox?status=failed")
    db.session.expire_all()
    assert second.status == OutboxStatus.PENDING


def test_retrying_an_email_that_has_not_failed_changes_nothing(client, admin):
    [sent] = add_emails(1, status=OutboxStatus.SENT)
    response = client.submit(f"/outbox/{sent.id}/retry", form_url="/outbox")
    assert response.status_code == 302
    db.session.expire_all()
    assert sent.status == OutboxStatus.SENT


def test_outbox_page_makes_the_same_queries_for_five_emails_or_sixty(client, admin, count_queries):
    add_emails(5)
    with count_queries() as few:
        client.get("/outbox")
    add_emails(60, status=OutboxStatus.FAILED, error="x")
    db.session.execute(db.update(OutboxEmail).values(status=OutboxStatus.PENDING))
    db.session.commit()
    with count_queries() as many:
        page = client.get("/outbox").get_data(as_text=True)
    assert len(many) == len(few)
    assert 'aria-label="Pagination"' in page or "govuk-pagination" in page


def test_scheduled_runs_are_listed_with_what_they_did(client, admin):
    db.session.add_all([
        JobRun(job="daily-nudges", status="finished", started_at=utcnow() - timedelta(minutes=5),
               finished_at=utcnow(), counts={"emails": 3, "already_queued": 0}),
        JobRun(job="daily-nudges", status="running", started_at=utcnow() - timedelta(hours=3)),
        JobRun(job="daily-nudges", status="failed", started_at=utcnow() - timedelta(days=1),
               error="Traceback: something broke"),
    ])
    db.session.commit()
    page = client.get("/outbox/runs").get_data(as_text=True)
    assert "Emails: 3" in page and "Already queued: 0" in page
    assert "Stopped part-way" in page
    assert "Traceback: something broke" in page
    assert client.get("/outbox/runs?job=send-outbox").status_code == 200
    assert client.get("/outbox/runs?job=nothing").status_code == 404


@pytest.mark.parametrize("role", ["member", "chair", "lead", "champion"])
def test_only_admins_see_the_outbox(client, auth, make_person, role):
    [email] = add_emails(1, status=OutboxStatus.FAILED, error="x")
    auth.login(make_person(role=role))
    for url in ("/outbox", "/outbox?status=sent", f"/outbox/{email.id}", "/outbox/runs"):
        assert client.get(url).status_code == 403, url
    token = client.csrf_token("/account/email-settings")
    assert client.post(f"/outbox/{email.id}/retry", data={"csrf_token": token}).status_code == 403
    assert client.post("/outbox/retry-failed", data={"csrf_token": token}).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client):
    for url in ("/outbox", "/outbox/runs", "/account/email-settings"):
        response = client.get(url)
        assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


def test_unknown_outbox_tab_is_not_found(client, admin):
    assert client.get("/outbox?status=lost").status_code == 404


# --- email settings ------------------------------------------------------------------------------


def test_a_person_can_turn_the_weekly_digest_off_and_on(client, auth, make_person):
    person = make_person(email="busy@example.org")
    auth.login(person)
    page = client.get("/account/email-settings").get_data(as_text=True)
    assert "busy@example.org" in page
    assert "These cannot\n  be turned off" in page or "cannot be turned off" in " ".join(page.split())
    others = {"new_actions": "on", "moves": "yes", "papers": "yes"}
    assert client.submit("/account/email-settings", {"digest": "no", **others}).status_code == 302
    assert db.session.get(User, person.id).digest_enabled is False
    client.submit("/account/email-settings", {"digest": "yes", **others})
    db.session.expire_all()
    assert db.session.get(User, person.id).digest_enabled is True


def test_email_settings_need_an_answer(client, auth, make_person):
    auth.login(make_person())
    page = client.submit("/account/email-settings", {}).get_data(as_text=True)
    assert "Select yes if you want the weekly email" in page


def test_the_outbox_names_a_member_of_the_public_as_they_gave_their_name(client, admin):
    from tracker.inputs import operations

    operations.raise_public_input(email="parent.one@example.net", name="Dana Parent", at=utcnow(),
                                  what="The Local Offer is hard to use on a phone.")
    db.session.commit()
    [email] = db.session.scalars(db.select(OutboxEmail)).all()
    assert "Dana Parent" in client.get("/outbox").get_data(as_text=True)
    page = client.get(f"/outbox/{email.id}").get_data(as_text=True)
    assert "Dana Parent &lt;parent.one@example.net&gt;" in page


def test_the_outbox_names_a_person_with_an_account(client, admin, make_person):
    from tracker.people.invitations import invite_person

    invite_person(make_person(name="Morgan Ellis", email="lead@example.org", password=None), by=admin)
    db.session.commit()
    [email] = db.session.scalars(db.select(OutboxEmail)).all()
    assert "Morgan Ellis &lt;lead@example.org&gt;" in client.get(f"/outbox/{email.id}").get_data(as_text=True)
