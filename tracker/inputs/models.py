"""Input raised by champions, parents, carers and young people, and what became of it."""
from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    and_,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.actions.models import OPEN_STATUSES, Action, ActionStatus
from tracker.core.database import UTCDateTime
from tracker.core.models import Auditable, Tag, TimestampMixin
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.people.models import Group, User


class InputStatus(enum.StrEnum):
    RECEIVED = "received"
    BEING_LOOKED_AT = "being_looked_at"
    ANSWERED = "answered"


INPUT_STATUS_LABELS = {
    InputStatus.RECEIVED: "Received",
    InputStatus.BEING_LOOKED_AT: "Being looked at",
    InputStatus.ANSWERED: "Answered",
}


input_actions = Table(
    "input_actions",
    db.metadata,
    Column("input_id", ForeignKey("inputs.id"), primary_key=True),
    Column("action_id", ForeignKey("actions.id"), primary_key=True, index=True),
)


class Input(Auditable, TimestampMixin, db.Model):
    """Something raised by a champion, parent, carer or young person (charter: close the loop)."""

    __tablename__ = "inputs"

    id: Mapped[int] = mapped_column(primary_key=True)
    what: Mapped[str] = mapped_column(Text)
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    # Who raised it: an account, or just an email address, or anonymously at a meeting.
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    anonymous_label: Mapped[str] = mapped_column(String(100), default="")  # "a parent carer"
    consent_to_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    raised_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    status: Mapped[str] = mapped_column(String(20), default=InputStatus.RECEIVED)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    routed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    respond_by: Mapped[date | None] = mapped_column(Date)  # first response due, in working days
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    response: Mapped[str] = mapped_column(Text, default="")  # a direct answer
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    # "You said, we did": published deliberately, in general terms, with no private names.
    is_published: Mapped[bool] = mapped_column(Boolean, default=False)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    public_said: Mapped[str] = mapped_column(Text, default="")
    public_did: Mapped[str] = mapped_column(Text, default="")
    public_for_families: Mapped[str] = mapped_column(Text, default="")
    priority_tag_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    raised_by: Mapped[User | None] = relationship(foreign_keys=[raised_by_id])
    recorded_by: Mapped[User | None] = relationship(foreign_keys=[recorded_by_id])
    raised_at_meeting: Mapped[Meeting | None] = relationship()
    group: Mapped[Group | None] = relationship()
    priority_tag: Mapped[Tag | None] = relationship()
    actions: Mapped[list[Action]] = relationship(secondary=input_actions, order_by="Action.id")

    __audit_collections__ = ("actions",)  # who linked which action to it, and when
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_inputs_status_respond_by", "status", "respond_by"),
        Index("ix_inputs_published", "is_published", "published_at"),
    )

    @property
    def status_label(self) -> str:
        return INPUT_STATUS_LABELS[InputStatus(self.status)]

    @property
    def source(self) -> InputSource:
        if self.raised_at_meeting_id is not None:
            return InputSource.MEETING
        if self.raised_by_id is None:
            return InputSource.PUBLIC_FORM
        return InputSource.WEBSITE

    @property
    def contributor_label(self) -> str:
        """Who raised it, for the people who route it (never shown publicly)."""
        if self.raised_by is not None:
            return self.raised_by.name
        return self.contact_name or self.anonymous_label or "Someone who gave only an email address"

    @property
    def is_answered(self) -> bool:
        return self.status == InputStatus.ANSWERED

    @property
    def is_routed(self) -> bool:
        return self.routed_at is not None

    @property
    def has_outcome(self) -> bool:
        """Answered, or every linked action is closed with at least one outcome or explanation
        (an action replaced by another does not count either way). has_outcome_sql() is its twin."""
        if self.is_answered:
            return True
        statuses = {action.status for action in self.actions}
        return bool(statuses & OUTCOME_STATUSES) and not statuses & set(OPEN_STATUSES)

    def __repr__(self) -> str:
        return f"<Input {self.id}>"


class InputSource(enum.StrEnum):
    WEBSITE = "website"  # a champion (or anyone signed in) raised it on the site
    PUBLIC_FORM = "public_form"  # someone with no account, with an email address
    MEETING = "meeting"  # recorded by a secretary from a meeting


OUTCOME_STATUSES = {ActionStatus.COMPLETED, ActionStatus.CANNOT_BE_DONE}


def has_outcome_sql():
    """SQL twin of Input.has_outcome, for lists and figures."""
    linked = db.select(input_actions.c.input_id).join(Action, Action.id == input_actions.c.action_id)
    closed_with_outcome = Input.id.in_(linked.where(Action.status.in_(OUTCOME_STATUSES)))
    still_open = Input.id.in_(linked.where(Action.status.in_(OPEN_STATUSES)))
    return or_(Input.status == InputStatus.ANSWERED, and_(closed_with_outcome, ~still_open))
