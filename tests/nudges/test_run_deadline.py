"""An outbox run has an overall deadline, and an email the server took but never acknowledged is
not sent twice. Real SMTP servers on loopback (aiosmtpd) that answer slowly."""
from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller

from tests.nudges.conftest import TIMEOUT_SECONDS, Mailbox, free_port, mail_settings
from tests.nudges.test_sending import queue_test_emails, statuses
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.operations import retry_email
from tracker.nudges.sender import send_pending

RUN_SECONDS = 2.5


class SlowMailbox(Mailbox):
    """Answers EHLO, MAIL FROM, RCPT TO and the end of DATA each after `delay` seconds; can also
    keep the message and then hold back its acknowledgement for `silent_after_data` seconds."""

    def __init__(self, delay: float):
        super().__init__()
        self.delay = delay
        self.silent_after_data: list[float] = []  # one pause per message, in turn

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        await asyncio.sleep(self.delay)
        return await super().handle_EHLO(server, session, envelope, hostname, responses)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        await asyncio.sleep(self.delay)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await asyncio.sleep(self.delay)
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server, session, envelope):
        answer = await super().handle_DATA(server, session, envelope)  # the message is delivered here
        await asyncio.sleep(self.silent_after_data.pop(0) if self.silent_after_data else self.delay)
        return answer

    def copies(self) -> Counter:
        return Counter(message["Message-ID"] for message in self.messages)


@pytest.fixture
def slow_server(app):
    def start(delay: float) -> SlowMailbox:
        handler = SlowMailbox(delay)
        controller = Controller(handler, hostname="127.0.0.1", port=free_port())
        controller.start()
        started.append(controller)
        handler.port = controller.port
        return handler

    started: list[Controller] = []
    saved = app.config["OUTBOX_RUN_SECONDS"]
    app.config["OUTBOX_RUN_SECONDS"] = RUN_SECONDS
    try:
        yield start
    finally:
        app.config["OUTBOX_RUN_SECONDS"] = saved
        for controller in started:
            controller.stop()


def test_a_slow_server_stops_the_run_at_its_deadline_and_the_next_run_sends_the_rest(app, slow_server):
    server = slow_server(delay=0.4)  # about 1.2 s an email
    queue_test_emails(5)
    runs = []
    with mail_settings(app, server.port):
        while db.session.scalar(db.select(OutboxEmail.id).where(OutboxEmail.status == OutboxStatus.PENDING)
                                .limit(1)) and len(runs) < 8:
            started = time.monotonic()
            report = send_pending()
            runs.append((time.monotonic() - started, report))
    took, first = runs[0]
    # No step waits past the deadline, except the answer to a final dot sent before it.
    assert all(seconds < RUN_SECONDS + server.delay + 0.5 for seconds, _ in runs), runs
    assert 0 < first.sent < 5 and "OUTBOX_RUN_SECONDS" in first.stopped
    assert sum(report.sent for _, report in runs) == 5
    assert all(report.retrying == report.failed == 0 for _, report in runs)  # left over is not a failure
    assert statuses() == {"sent": [f"person{n}@example.org" for n in range(5)]}
    assert sorted(server.recipients) == [f"person{n}@example.org" for n in range(5)]
    assert set(server.copies().values()) == {1}
    assert {email.attempts for email in db.session.scalars(db.select(OutboxEmail))} == {1}


def test_an_email_taken_but_never_acknowledged_is_not_sent_again(app, slow_server):
    server = slow_server(delay=0)
    server.silent_after_data = [TIMEOUT_SECONDS + 1]  # keeps the first email, answers too late
    queue_test_emails(3)
    with mail_settings(app, server.port):
        report = send_pending()
        assert (report.sent, report.failed) == (0, 1)
        first = db.session.scalar(db.select(OutboxEmail).order_by(OutboxEmail.id))
        assert first.status == OutboxStatus.FAILED and first.handed_over_at is None
        assert "received this email but did not confirm it" in first.last_error
        assert "may have been delivered, so it was not sent again" in first.last_error
        # The next runs, even a day later, send the other two and never the first again.
        assert send_pending().sent == 2
        assert send_pending(now=utcnow() + timedelta(days=1)).batches == 0
        assert sorted(server.recipients) == [f"person{n}@example.org" for n in range(3)]
        assert set(server.copies().values()) == {1}
        # An admin who has checked may still send it again, deliberately.
        retry_email(first, now=utcnow())
        db.session.commit()
        assert send_pending().sent == 1
    assert server.recipients.count("person0@example.org") == 2


def test_an_email_left_handed_over_by_a_crashed_run_is_not_resent_blindly(app, mailbox):
    queue_test_emails(2)
    crashed = db.session.scalar(db.select(OutboxEmail).order_by(OutboxEmail.id))
    crashed.handed_over_at = utcnow() - timedelta(minutes=6)  # its run died after the final dot
    db.session.commit()
    report = send_pending()
    assert (report.sent, report.failed) == (1, 1)
    assert mailbox.recipients == ["person1@example.org"]
    db.session.refresh(crashed)
    assert crashed.status == OutboxStatus.FAILED
    assert "the run sending it stopped" in crashed.last_error


def test_each_email_is_handed_over_before_its_final_dot(app, mailbox):
    """What the server holds is always recorded first: the hand-over is committed before the dot."""
    queue_test_emails(1)
    seen_while_sending: list = []
    original = Mailbox.handle_DATA

    async def look_at_the_outbox(self, server, session, envelope):
        with app.app_context():  # a second connection sees only what was committed
            seen_while_sending.append(db.session.scalar(db.select(OutboxEmail.handed_over_at)))
        return await original(self, server, session, envelope)

    mailbox.handle_DATA = look_at_the_outbox.__get__(mailbox)
    assert send_pending().sent == 1
    assert seen_while_sending[0] is not None
    assert db.session.scalar(db.select(OutboxEmail.handed_over_at)) is None
