"""Delivering the outbox to a real SMTP server (aiosmtpd on loopback), and to ones that misbehave."""
from __future__ import annotations

import socket
import time
from datetime import date, timedelta

import pytest

from tests.nudges.conftest import TIMEOUT_SECONDS, mail_settings
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.nudges.jobs import run_daily_nudges, run_sender
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.outbox import queue_email
from tracker.nudges.sender import MAX_ATTEMPTS, send_pending, wait_before_attempt

MON_23_NOV = date(2026, 11, 23)


def queue_test_emails(count: int, prefix: str = "test") -> None:
    for number in range(count):
        queue_email(key=f"{prefix}:{number}", kind="test", to=f"person{number}@example.org",
                    subject=f"Email {number}", template="emails/password_reset",
                    person={"name": f"Person {number}"}, link="http://localhost/x", lasts="2 hours",
                    forgot_url="http://localhost/forgot")
    db.session.commit()


def statuses() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for email in db.session.scalars(db.select(OutboxEmail).order_by(OutboxEmail.id)):
        found.setdefault(email.status, []).append(email.recipient_email)
    return found


@pytest.fixture
def late_action(make_person, make_action):
    owner = make_person(name="Chris Nolan", email="owner@example.org", password=None)
    owner.digest_enabled = False
    db.session.commit()
    return make_action(owner=owner, due=date(2026, 11, 20), title="Publish the Local Offer review")


# --- the happy path ------------------------------------------------------------------------------


def test_the_daily_run_delivers_one_plain_text_and_html_email(mailbox, late_action):
    run_daily_nudges(MON_23_NOV)
    report = send_pending()
    assert (report.sent, report.failed, report.retrying) == (1, 0, 0)
    [message] = mailbox.messages
    assert mailbox.recipients == ["owner@example.org"]
    assert message["Subject"] == "1 action overdue"
    assert message["From"] == "SEND Partnership Tracker <tracker@localhost>"
    assert message["Auto-Submitted"] == "auto-generated"
    text, html = mailbox.text_of(message), mailbox.html_of(message)
    assert text.startswith("Hello Chris Nolan,\n\nOVERDUE: PLEASE UPDATE\n")
    assert "- Publish the Local Offer review (" in text
    assert "  Due 20 November 2026: 1 working day overdue\n  Update it: http://localhost/act/" in text
    assert "Email settings: http://localhost/account/email-settings" in text
    assert "<strong>Publish the Local Offer review</strong>" in html
    assert 'href="http://localhost/act/' in html
    email = db.session.scalar(db.select(OutboxEmail))
    assert (email.status, email.attempts, email.last_error) == (OutboxStatus.SENT, 1, "")
    assert message["Message-ID"].startswith(f"<tracker.{email.id}.")


def test_a_second_run_on_the_same_day_sends_nothing(mailbox, late_action):
    run_daily_nudges(MON_23_NOV)
    run_sender()
    second = run_daily_nudges(MON_23_NOV)
    run_sender()
    # The overdue step is recorded as sent with the first email, so the second run plans nothing.
    assert (second.counts["overdue"], second.counts["queued"], second.counts["already_queued"]) == (0, 0, 0)
    assert len(mailbox.messages) == 1
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == 1


def test_titles_with_markup_are_escaped_in_the_html_email(mailbox, make_person, make_action):
    owner = make_person(email="owner@example.org", password=None)
    make_action(owner=owner, due=date(2026, 11, 20), title="<script>alert(1)</script> & more")
    run_daily_nudges(MON_23_NOV)
    send_pending()
    html = mailbox.html_of(mailbox.messages[0])
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "<script>" not in html


def test_many_emails_go_over_one_connection_per_batch(mailbox):
    queue_test_emails(150)
    report = send_pending()
    assert report.sent == 150 and report.batches == 2
    assert mailbox.connections == 2
    assert sorted(mailbox.recipients) == sorted(f"person{n}@example.org" for n in range(150))


def test_without_a_mail_server_emails_wait_in_the_outbox(app, late_action):
    assert app.config["MAIL_SERVER"] == ""
    run_daily_nudges(MON_23_NOV)
    outcome = run_sender()
    assert outcome.result.sent == 0 and "No mail server" in outcome.result.stopped
    assert statuses() == {"pending": ["owner@example.org"]}


# --- when the mail server misbehaves -------------------------------------------------------------


def test_refused_connections_lose_nothing_and_are_retried_later(refusing_server, app):
    queue_test_emails(3)
    now = utcnow()
    report = send_pending(now=now)
    assert (report.sent, report.retrying) == (0, 3)
    emails = db.session.scalars(db.select(OutboxEmail)).all()
    assert {email.last_error for email in emails} == {
        "Could not connect to the mail server: The mail server refused the connection"}
    assert all(email.status == OutboxStatus.PENDING and email.attempts == 1 for email in emails)
    assert send_pending(now=now + timedelta(seconds=30)).batches == 0  # backing off


def test_a_server_that_never_answers_blocks_a_run_for_the_timeout_only(silent_server, app):
    queue_test_emails(5)
    started = time.monotonic()
    report = send_pending()
    assert time.monotonic() - started < TIMEOUT_SECONDS + 2
    assert report.retrying == 5 and report.sent == 0
    email = db.session.scalar(db.select(OutboxEmail))
    assert email.last_error == ("Could not connect to the mail server: The mail server did not answer "
                                "within 1 second")


def test_a_server_that_hangs_part_way_stops_the_run_at_the_timeout(mailbox):
    queue_test_emails(5)
    mailbox.stall_after = 2  # takes two emails, then hangs mid-conversation
    started = time.monotonic()
    report = send_pending()
    assert time.monotonic() - started < TIMEOUT_SECONDS + 2
    assert (report.sent, report.retrying) == (2, 1)
    found = statuses()
    assert found["sent"] == ["person0@example.org", "person1@example.org"]
    assert found["pending"] == ["person2@example.org", "person3@example.org", "person4@example.org"]
    # The two never tried are due at once; the one that hung waits its turn.
    mailbox.stall_after = None
    report = send_pending()
    assert report.sent == 2
    report = send_pending(now=utcnow() + wait_before_attempt(1))
    assert report.sent == 1
    assert sorted(mailbox.recipients) == [f"person{n}@example.org" for n in range(5)]


def test_failing_twice_then_working_delivers_exactly_once(mailbox):
    queue_test_emails(1)
    mailbox.refuse_next = 2
    now = utcnow()
    assert send_pending(now=now).retrying == 1
    now += wait_before_attempt(1)
    assert send_pending(now=now).retrying == 1
    now += wait_before_attempt(2)
    assert send_pending(now=now).sent == 1
    assert send_pending(now=now + timedelta(days=1)).batches == 0
    assert len(mailbox.messages) == 1
    email = db.session.scalar(db.select(OutboxEmail))
    assert (email.status, email.attempts, email.last_error) == (OutboxStatus.SENT, 3, "")


def test_backoff_doubles_up_to_an_hour():
    assert [wait_before_attempt(n) for n in range(1, 8)] == [
        timedelta(minutes=2), timedelta(minutes=4), timedelta(minutes=8), timedelta(minutes=16),
        timedelta(minutes=32), timedelta(hours=1), timedelta(hours=1)]


def test_after_the_last_attempt_the_email_fails_and_an_admin_can_retry(mailbox):
    from tracker.nudges.operations import retry_email

    queue_test_emails(1)
    mailbox.refuse_next = MAX_ATTEMPTS
    now = utcnow()
    for _ in range(MAX_ATTEMPTS):
        send_pending(now=now)
        now += timedelta(hours=2)
    email = db.session.scalar(db.select(OutboxEmail))
    assert (email.status, email.attempts) == (OutboxStatus.FAILED, MAX_ATTEMPTS)
    assert email.last_error == "The mail server answered 451 4.3.0 Try again later"
    assert send_pending(now=now).batches == 0
    retry_email(email, now=now)
    db.session.commit()
    assert send_pending(now=now).sent == 1
    assert len(mailbox.messages) == 1


def test_a_permanent_refusal_fails_at_once(mailbox):
    queue_test_emails(2)
    mailbox.refuse_next = 1
    mailbox.refuse_with = "550 5.1.1 No such mailbox"
    report = send_pending()
    assert (report.failed, report.sent) == (1, 1)
    assert statuses() == {"failed": ["person0@example.org"], "sent": ["person1@example.org"]}


def test_a_request_that_queues_an_email_is_not_held_up_by_the_mail_server(app, client, make_person):
    make_person(email="forgetful@example.org", password=None)
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        with mail_settings(app, silent.getsockname()[1], timeout=60):
            started = time.monotonic()
            response = client.submit("/forgot-password", {"email": "forgetful@example.org"})
            assert time.monotonic() - started < 20  # sending would have waited a minute
    assert response.status_code == 200
    assert statuses() == {"pending": ["forgetful@example.org"]}


def test_a_batch_reads_its_emails_once_however_many_it_sends(app, mailbox, count_queries):
    def reads_while_sending(count: int) -> int:
        queue_test_emails(count, prefix=f"batch{count}")
        with count_queries() as counted:
            assert send_pending().sent == count
        return len(counted.reads)

    assert reads_while_sending(3) == reads_while_sending(30)  # each email's result is one write
    assert len(mailbox.messages) == 33
