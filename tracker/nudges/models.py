"""The outbox: every email is written here in the transaction that causes it, then sent."""
from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.database import UTCDateTime
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.people.models import User


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the last attempt; an admin can retry


class OutboxEmail(db.Model):
    __tablename__ = "outbox_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What makes this email unique, e.g. "overdue:action=12:to=3:level=2". The same email can
    # never be queued twice, however many runs or schedulers there are.
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    recipient_email: Mapped[str] = mapped_column(String(254))
    # The name the recipient goes by (their account's, or the one a member of the public gave), as
    # it was when the email was written: the outbox shows whom it is for.
    recipient_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set (and committed) just before the final dot of the SMTP conversation, cleared once the
    # server answers: an email found with it set may have been delivered, so it is never resent
    # blindly (see sender.py).
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Headers beyond the usual ones, e.g. List-Unsubscribe (RFC 8058), as {"Name": "value"}.
    headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    recipient: Mapped[User | None] = relationship()
    attachments: Mapped[list[OutboxAttachment]] = relationship(
        order_by="OutboxAttachment.id", cascade="all, delete-orphan", passive_deletes=True,
    )

    __table_args__ = (Index("ix_outbox_status_next_attempt", "status", "next_attempt_at"),)


class OutboxAttachment(db.Model):
    """A file sent with an outbox email: a Board pack PDF, a calendar invitation."""

    __tablename__ = "outbox_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    email_id: Mapped[int] = mapped_column(ForeignKey("outbox_emails.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    # With its parameters: "text/calendar; method=REQUEST" is what makes Outlook offer Accept/Decline.
    content_type: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class NudgeStep(db.Model):
    """The last step of a stepped nudge that one person was sent about one thing.

    Overdue nudges, escalations and nudges about late input come in steps (1, 3 and 7 working days
    late, then weekly). A run sends the step a thing has reached unless this row says the person
    already had it, so a day the scheduler missed is made up by the next run, exactly once
    (rule: follow up promptly, docs/rules.md). The row is written with the email, in the same transaction.
    """

    __tablename__ = "nudge_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # overdue, escalation, due_soon, meeting_pack, input_late
    subject_id: Mapped[int] = mapped_column(Integer)  # the action's id (the input's for input_late)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Where the count of working days late starts: the due date, or the day of the update that
    # restarted it. A new start means the steps begin again.
    counted_from: Mapped[date] = mapped_column(Date)
    step: Mapped[int] = mapped_column(Integer)  # working days late the step is for
    sent_on: Mapped[date] = mapped_column(Date)  # the day of the run that queued it

    __table_args__ = (UniqueConstraint("kind", "subject_id", "recipient_id", name="uq_nudge_steps_subject"),)
