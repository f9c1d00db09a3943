"""Delivering the outbox over SMTP: one connection per batch, a timeout, retries with backoff.

Each run claims a batch of due emails (so two senders never take the same row), opens one SMTP
connection for the batch, and commits each email's result as soon as the server has answered, so
a run killed part-way loses nothing and resends at most the one email in flight. A temporary
refusal (4xx), a timeout or a dropped connection is retried later, waiting twice as long each
time; a permanent refusal (5xx) or the last attempt marks the email failed, for an admin to
retry. With no MAIL_SERVER, nothing is sent: emails wait in the outbox, where admins can read them.
"""
from __future__ import annotations

import hashlib
import smtplib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.mime.text import MIMEText
from email.utils import parseaddr

import flask_mail
from flask import current_app
from sqlalchemy.orm import selectinload

from tracker.core.dates import utcnow
from tracker.extensions import db, mail
from tracker.nudges.models import OutboxEmail, OutboxStatus

MAX_ATTEMPTS = 8
FIRST_RETRY_AFTER = timedelta(minutes=2)  # then 4, 8, 16, 32 minutes, then hourly
LONGEST_WAIT = timedelta(hours=1)
BATCH_SIZE = 100
# A claimed email is left alone by other senders for this long: far longer than a batch takes,
# since a batch stops at the first timeout. A sender killed part-way frees its claim this way.
CLAIM_FOR = timedelta(minutes=5)


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    batches: int = 0
    stopped: str = ""  # why the run stopped before the outbox was empty

    def counts(self) -> dict:
        return {"sent": self.sent, "retrying": self.retrying, "failed": self.failed,
                "batches": self.batches}


def mail_is_configured() -> bool:
    return bool(current_app.config.get("MAIL_SERVER"))


def wait_before_attempt(attempts_made: int) -> timedelta:
    return min(FIRST_RETRY_AFTER * 2 ** (attempts_made - 1), LONGEST_WAIT)


def due_emails_waiting(now: datetime) -> bool:
    return db.session.scalar(
        db.select(OutboxEmail.id)
        .where(OutboxEmail.status == OutboxStatus.PENDING, OutboxEmail.next_attempt_at <= now)
        .limit(1)
    ) is not None


def send_pending(*, now: datetime | None = None) -> SendReport:
    """Send every email that is due, batch by batch. `now` fixes the clock (tests, replays)."""
    report = SendReport()
    if not mail_is_configured():
        report.stopped = "No mail server is set up (MAIL_SERVER), so emails stay in the outbox."
        return report
    while True:
        moment = now or utcnow()
        ids = _claim_batch(moment)
        if not ids:
            return report
        report.batches += 1
        with _rows_kept_between_commits():
            if not _send_batch(ids, moment, report):
                return report


@contextmanager
def _rows_kept_between_commits():
    """A batch commits each email's result on its own. The batch's rows are claimed by this run,
    so they need not be read again after each commit (one query an email fewer)."""
    session = db.session()
    kept, session.expire_on_commit = session.expire_on_commit, False
    try:
        yield
    finally:
        session.expire_on_commit = kept


def _claim_batch(now: datetime) -> list[int]:
    due = (
        db.select(OutboxEmail.id)
        .where(OutboxEmail.status == OutboxStatus.PENDING, OutboxEmail.next_attempt_at <= now)
        .order_by(OutboxEmail.next_attempt_at, OutboxEmail.id)
        .limit(BATCH_SIZE)
        .with_for_update(skip_locked=True)
    )
    ids = db.session.scalars(due).all()
    if ids:
        db.session.execute(
            db.update(OutboxEmail).where(OutboxEmail.id.in_(ids)).values(next_attempt_at=now + CLAIM_FOR)
        )
    db.session.commit()
    return list(ids)


def _send_batch(ids: list[int], now: datetime, report: SendReport) -> bool:
    """Send one batch over one connection. False if the connection failed (stop for this run)."""
    emails = db.session.scalars(
        db.select(OutboxEmail).where(OutboxEmail.id.in_(ids)).order_by(OutboxEmail.id)
        .options(selectinload(OutboxEmail.attachments))
    ).all()
    sender = _sender()
    try:
        connection = _connect()
    except (OSError, smtplib.SMTPException) as error:
        for email in emails:
            _attempt_failed(email, f"Could not connect to the mail server: {_describe(error)}", now, report)
        db.session.commit()
        report.stopped = emails[0].last_error
        return False
    try:
        for position, email in enumerate(emails):
            try:
                connection.send(_message(email, sender))
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
                code = _code(error)
                _attempt_failed(email, _describe(error), now, report, permanent=code >= 500)
                db.session.commit()
            except (OSError, smtplib.SMTPException) as error:  # timeout or dropped: connection gone
                _attempt_failed(email, _describe(error), now, report)
                for untried in emails[position + 1:]:
                    untried.next_attempt_at = now  # not attempted: due again for the next run
                db.session.commit()
                report.stopped = email.last_error
                connection.abandon()
                return False
            else:
                email.status = OutboxStatus.SENT
                email.attempts += 1
                email.sent_at = now
                email.last_error = ""
                db.session.commit()
                report.sent += 1
    finally:
        connection.close()
    return True


def _attempt_failed(email: OutboxEmail, error: str, now: datetime, report: SendReport, *,
                    permanent: bool = False) -> None:
    email.attempts += 1
    email.last_error = error[:2000]
    if permanent or email.attempts >= MAX_ATTEMPTS:
        email.status = OutboxStatus.FAILED
        email.next_attempt_at = now
        report.failed += 1
    else:
        email.next_attempt_at = now + wait_before_attempt(email.attempts)
        report.retrying += 1


# --- SMTP ----------------------------------------------------------------------------------------


class _Connection(flask_mail.Connection):
    """Flask-Mail's connection with a timeout on every network step, read from the current config."""

    def __init__(self, settings, timeout: float):
        super().__init__(settings)
        self.timeout = timeout

    def configure_host(self) -> smtplib.SMTP:
        kind = smtplib.SMTP_SSL if self.mail.use_ssl else smtplib.SMTP
        host = kind(self.mail.server, self.mail.port, timeout=self.timeout)
        try:
            if self.mail.use_tls:
                host.starttls()
            if self.mail.username and self.mail.password:
                host.login(self.mail.username, self.mail.password)
        except BaseException:
            host.close()
            raise
        return host

    def close(self) -> None:
        """Say goodbye politely if the connection still works; never wait past the timeout."""
        if self.host is None:
            return
        try:
            self.host.quit()
        except (OSError, smtplib.SMTPException):
            self.host.close()
        self.host = None

    def abandon(self) -> None:
        """A connection that timed out or dropped: close it without another conversation."""
        if self.host is not None:
            self.host.close()
            self.host = None


def _connect() -> _Connection:
    settings = mail.init_mail(current_app.config)  # read now, so settings apply without a restart
    connection = _Connection(settings, timeout=current_app.config["MAIL_TIMEOUT_SECONDS"])
    connection.host = connection.configure_host()
    return connection


def _sender() -> str | tuple[str, str]:
    configured = current_app.config["MAIL_DEFAULT_SENDER"]
    name, address = parseaddr(configured)
    return configured if name else (current_app.config["SITE_NAME"], address or configured)


class _Message(flask_mail.Message):
    """Flask-Mail's message, with a calendar invitation also given as one of the alternative
    bodies (text/calendar with its METHOD), which is where Outlook and Gmail look for one to offer
    Accept and Decline; the same invitation stays attached as a file for other readers."""

    def _message(self):
        built = super()._message()
        alternative = next((part for part in built.walk() if part.get_content_type() == "multipart/alternative"), None)
        if alternative is not None:
            for attachment in self.attachments:
                if attachment.content_type.startswith("text/calendar"):
                    part = MIMEText(attachment.data.decode(), "calendar", "utf-8")
                    for name, value in _parameters(attachment.content_type):
                        part.set_param(name, value)
                    alternative.attach(part)
        return built


def _parameters(content_type: str) -> list[tuple[str, str]]:
    """The parameters of a content type: "text/calendar; method=REQUEST" gives [("method", "REQUEST")]."""
    pairs = (item.partition("=") for item in content_type.split(";")[1:])
    return [(name.strip(), value.strip().strip('"')) for name, _, value in pairs if name.strip()]


def _message(email: OutboxEmail, sender) -> flask_mail.Message:
    message = _Message(
        subject=" ".join(email.subject.split()),  # no line breaks in a header
        recipients=[email.recipient_email],
        body=email.body_text,
        html=email.body_html or None,
        sender=sender,
        # Automatic mail: out-of-office replies should not answer it (RFC 3834).
        extra_headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
                       **(email.headers or {})},
    )
    for attachment in email.attachments:
        message.attach(attachment.filename, attachment.content_type, attachment.content)
    # The same email always has the same Message-ID, so a copy resent after a crash can be
    # recognised as a duplicate by mail servers and clients.
    address = sender[1] if isinstance(sender, tuple) else parseaddr(sender)[1]
    domain = address.rpartition("@")[2] or "tracker.invalid"
    digest = hashlib.sha256(email.dedupe_key.encode()).hexdigest()[:16]
    message.msgId = f"<tracker.{email.id}.{digest}@{domain}>"
    return message


def _code(error: smtplib.SMTPException) -> int:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return min((code for code, _ in error.recipients.values()), default=550)
    return error.smtp_code


def _describe(error: BaseException) -> str:
    """The error in words an admin can act on."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()), (550, b""))
        return f"The mail server refused the address ({code} {_text(text)})"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"The mail server answered {error.smtp_code} {_text(error.smtp_error)}"
    # smtplib reports a timeout while reading a reply as a disconnection "timed out".
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        seconds = current_app.config["MAIL_TIMEOUT_SECONDS"]
        return f"The mail server did not answer within {seconds} second{'' if seconds == 1 else 's'}"
    if isinstance(error, ConnectionRefusedError):
        return "The mail server refused the connection"
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return "The mail server closed the connection"
    return f"{type(error).__name__}: {error}"


def _text(value) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)
