"""Delivering the outbox over SMTP: one connection per batch, a timeout, retries with backoff.

Each run claims a batch of due emails (so two senders never take the same row), opens one SMTP
connection for the batch, and commits each email's result as soon as the server has answered, so
a run killed part-way loses nothing and resends at most the one email in flight. A temporary
refusal (4xx), a timeout or a dropped connection is retried later, waiting twice as long each
time; a permanent refusal (5xx) or the last attempt marks the email failed, for an admin to
retry. With no MAIL_SERVER, nothing is sent: emails wait in the outbox, where admins can read them.

A run has an overall deadline (OUTBOX_RUN_SECONDS): no step of the SMTP conversation waits past
it, and what is left is due again for the next run. Just before the final dot (the end of DATA,
after which the server may deliver) the email is marked handed over and that is committed; if the
server's answer then never comes (a timeout, a dropped connection, a crash of this process), the
email may have been delivered, so it is not resent: it is marked failed, saying so, for an admin to
check and retry.
"""
from __future__ import annotations

import hashlib
import smtplib
import time
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
    """Send every email that is due, batch by batch, until the outbox is empty or the run's time
    (OUTBOX_RUN_SECONDS) is up. `now` fixes the clock (tests, replays)."""
    report = SendReport()
    if not mail_is_configured():
        report.stopped = "No mail server is set up (MAIL_SERVER), so emails stay in the outbox."
        return report
    deadline = time.monotonic() + current_app.config["OUTBOX_RUN_SECONDS"]
    while True:
        if time.monotonic() >= deadline:
            report.stopped = _out_of_time()
            return report
        moment = now or utcnow()
        ids = _claim_batch(moment)
        if not ids:
            return report
        report.batches += 1
        with _rows_kept_between_commits():
            if not _send_batch(ids, moment, report, deadline):
                return report


def _out_of_time() -> str:
    seconds = current_app.config["OUTBOX_RUN_SECONDS"]
    return f"The run's {seconds} seconds (OUTBOX_RUN_SECONDS) were up; the rest is left for the next run"


def _attempted_any(report: SendReport) -> bool:
    return bool(report.sent or report.retrying or report.failed)


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


def _send_batch(ids: list[int], now: datetime, report: SendReport, deadline: float) -> bool:
    """Send one batch over one connection. False if the connection failed or the run's time is up
    (stop for this run)."""
    emails = _still_to_send(ids, now, report)
    if not emails:
        return True
    sender = _sender()
    connection = _open_connection(emails, now, report, deadline)
    if connection is None:
        return False
    try:
        return _send_each(connection, emails, sender, now, report, deadline)
    finally:
        connection.close()


def _still_to_send(ids: list[int], now: datetime, report: SendReport) -> list[OutboxEmail]:
    """The batch's emails, less those handed over by a run that stopped before the server answered
    (a crash after the final dot): those are recorded as not confirmed, never sent twice."""
    emails = db.session.scalars(
        db.select(OutboxEmail).where(OutboxEmail.id.in_(ids)).order_by(OutboxEmail.id)
        .options(selectinload(OutboxEmail.attachments))
    ).all()
    in_doubt = [email for email in emails if email.handed_over_at is not None]
    if not in_doubt:
        return list(emails)
    for email in in_doubt:
        _not_confirmed(email, "the run sending it stopped", now, report)
    db.session.commit()
    return [email for email in emails if email not in in_doubt]


def _open_connection(emails: list[OutboxEmail], now: datetime, report: SendReport, deadline: float):
    """A connection to the mail server, or None (each email's attempt recorded as failed, unless
    the run's time ran out first: then they wait for the next run)."""
    try:
        return _connect(deadline)
    except (OSError, smtplib.SMTPException) as error:
        if _cut_by_deadline(deadline, report):
            _leave_for_next_run(emails, now, report)
            return None
        for email in emails:
            _attempt_failed(email, f"Could not connect to the mail server: {_describe(error)}", now, report)
        db.session.commit()
        report.stopped = emails[0].last_error
        return None


def _send_each(connection, emails: list[OutboxEmail], sender, now: datetime, report: SendReport,
               deadline: float) -> bool:
    """Hand each email over in turn, committing after each; False when the connection is lost or
    the run's time is up."""
    for position, email in enumerate(emails):
        if time.monotonic() >= deadline:
            _leave_for_next_run(emails[position:], now, report)
            return False
        connection.host.hand_over = _recorder(email, now)
        try:
            connection.send(_message(email, sender))
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
            email.handed_over_at = None  # the server answered: it did not take the email
            _attempt_failed(email, _describe(error), now, report, permanent=_code(error) >= 500)
            db.session.commit()
        except (OSError, smtplib.SMTPException) as error:  # timeout or dropped: connection gone
            connection.abandon()
            _connection_lost(email, emails[position + 1:], error, now, report, deadline)
            return False
        else:
            _sent(email, now, report)
    return True


def _connection_lost(email: OutboxEmail, rest: list[OutboxEmail], error: Exception, now: datetime,
                     report: SendReport, deadline: float) -> None:
    if email.handed_over_at is not None:
        _not_confirmed(email, _describe(error), now, report)
        _leave_for_next_run(rest, now, report)
        report.stopped = email.last_error
    elif _cut_by_deadline(deadline, report):
        _leave_for_next_run([email, *rest], now, report)
    else:
        _attempt_failed(email, _describe(error), now, report)
        _leave_for_next_run(rest, now, report)
        report.stopped = email.last_error


def _sent(email: OutboxEmail, now: datetime, report: SendReport) -> None:
    email.status = OutboxStatus.SENT
    email.attempts += 1
    email.sent_at = now
    email.handed_over_at = None
    email.last_error = ""
    db.session.commit()
    report.sent += 1


def _recorder(email: OutboxEmail, now: datetime):
    """Called by the SMTP connection just before the final dot: from then on the server may deliver
    the email, so the hand-over is committed first and survives a timeout or a crash."""
    def record() -> None:
        email.handed_over_at = now
        db.session.commit()
    return record


def _cut_by_deadline(deadline: float, report: SendReport) -> bool:
    """Whether a step failed because the run's time ran out rather than because of the server.
    The first email of a run is never let off: a server too slow for a single email within a run
    counts as failing, so the email is retried with backoff and in the end marked failed."""
    return time.monotonic() >= deadline - 0.05 and _attempted_any(report)


def _leave_for_next_run(emails: list[OutboxEmail], now: datetime, report: SendReport) -> None:
    for untried in emails:
        untried.next_attempt_at = now  # not attempted: due again for the next run
    db.session.commit()
    report.stopped = _out_of_time()


def _not_confirmed(email: OutboxEmail, why: str, now: datetime, report: SendReport) -> None:
    """The whole email reached the server but its answer did not come back: it may have been
    delivered, so resending it could deliver it twice. An admin checks, and retries if need be."""
    email.handed_over_at = None
    email.attempts += 1
    email.status = OutboxStatus.FAILED
    email.next_attempt_at = now
    email.last_error = (f"The mail server received this email but did not confirm it ({why}). It may "
                        "have been delivered, so it was not sent again: check with the recipient "
                        "before retrying")[:2000]
    report.failed += 1


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


class _RunBoundSMTP(smtplib.SMTP):
    """smtplib's client whose every step waits at most the timeout and never past the run's
    deadline, and which calls `hand_over` just before the final dot of DATA. After the dot it
    waits the full timeout for the answer: cutting that short would leave the email in doubt."""

    def __init__(self, *args, deadline: float | None = None, **kwargs):
        self.deadline = deadline
        self.hand_over = None
        self._after_final_dot = False
        super().__init__(*args, **kwargs)

    def _bound_next_step(self) -> None:
        if self.sock is None:
            return
        limit = self.timeout
        if self.deadline is not None and not self._after_final_dot:
            limit = min(limit, max(self.deadline - time.monotonic(), 0.001))
        self.sock.settimeout(limit)

    def send(self, s) -> None:
        self._bound_next_step()
        super().send(s)

    def getreply(self):
        self._bound_next_step()
        return super().getreply()

    def data(self, msg):
        """smtplib's DATA, with the final dot sent on its own after `hand_over` has run."""
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")
        content = smtplib._quote_periods(msg)
        if content[-2:] != smtplib.bCRLF:
            content += smtplib.bCRLF
        self.send(content)
        if self.hand_over is not None:
            self.hand_over()
        self._after_final_dot = True
        try:
            self.send(b"." + smtplib.bCRLF)
            return self.getreply()
        finally:
            self._after_final_dot = False


class _RunBoundSMTP_SSL(_RunBoundSMTP, smtplib.SMTP_SSL):
    pass


class _Connection(flask_mail.Connection):
    """Flask-Mail's connection with a timeout on every network step, read from the current config,
    and the run's deadline."""

    def __init__(self, settings, timeout: float, deadline: float | None = None):
        super().__init__(settings)
        self.timeout = timeout
        self.deadline = deadline

    def configure_host(self) -> smtplib.SMTP:
        kind = _RunBoundSMTP_SSL if self.mail.use_ssl else _RunBoundSMTP
        host = kind(self.mail.server, self.mail.port, timeout=self.timeout, deadline=self.deadline)
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


def _connect(deadline: float | None = None) -> _Connection:
    settings = mail.init_mail(current_app.config)  # read now, so settings apply without a restart
    connection = _Connection(settings, timeout=current_app.config["MAIL_TIMEOUT_SECONDS"], deadline=deadline)
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
