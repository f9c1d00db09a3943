"""Actions (who will do what by when), their updates, and their tags."""
from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.database import UTCDateTime
from tracker.core.dates import format_date
from tracker.core.models import Auditable, Tag, TimestampMixin
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision, Meeting
from tracker.people.models import Group, User


class ActionStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANNOT_BE_DONE = "cannot_be_done"
    SUPERSEDED = "superseded"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


STATUS_LABELS = {
    ActionStatus.NOT_STARTED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.COMPLETED: "Completed",
    ActionStatus.CANNOT_BE_DONE: "Cannot be done",
    ActionStatus.SUPERSEDED: "Superseded",
}
OPEN_STATUSES = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
CLOSED_STATUSES = (ActionStatus.COMPLETED, ActionStatus.CANNOT_BE_DONE, ActionStatus.SUPERSEDED)


action_tags = Table(
    "action_tags",
    db.metadata,
    Column("action_id", ForeignKey("actions.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True, index=True),
)


class Action(Auditable, TimestampMixin, db.Model):
    """Something one named person will do by a date (charter: someone owns it)."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.NOT_STARTED)

    # The date it is due. With `due_at_next_meeting_of_id` set, it stays empty until that group
    # schedules its next meeting, then takes that meeting's date.
    due_on: Mapped[date | None] = mapped_column(Date)
    due_at_next_meeting_of_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"))
    original_due_on: Mapped[date | None] = mapped_column(Date)
    due_date_moves: Mapped[int] = mapped_column(Integer, default=0)

    # Where it came from.
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))

    at_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    at_risk_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")  # what was done, when completed
    explanation: Mapped[str] = mapped_column(Text, default="")  # why not, when it cannot be done
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Last update or agreed new date: overdue nudges pause until it falls overdue again.
    last_progress_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    owner: Mapped[User] = relationship(foreign_keys=[owner_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    group: Mapped[Group] = relationship(foreign_keys=[group_id])
    due_at_next_meeting_of: Mapped[Group | None] = relationship(
        foreign_keys=[due_at_next_meeting_of_id]
    )
    meeting: Mapped[Meeting | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    decision: Mapped[Decision | None] = relationship()
    superseded_by: Mapped[Action | None] = relationship(remote_side=[id])
    tags: Mapped[list[Tag]] = relationship(secondary=action_tags, order_by="Tag.position")
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", order_by="ActionUpdate.created_at.desc()"
    )

    __audit_collections__ = ("tags",)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_actions_status_due", "status", "due_on"),
        Index("ix_actions_owner_status_due", "owner_id", "status", "due_on"),
        Index("ix_actions_group_status_due", "group_id", "status", "due_on"),
    )

    @property
    def status_label(self) -> str:
        return ActionStatus(self.status).label

    @property
    def is_open(self) -> bool:
        return ActionStatus(self.status).is_open

    @property
    def due_label(self) -> str:
        """"9 October 2020", or "By the next meeting of SEND Board" until that meeting exists."""
        if self.due_on is not None:
            return format_date(self.due_on)
        if self.due_at_next_meeting_of is not None:
            return f"By the next meeting of {self.due_at_next_meeting_of.name}"
        return "No due date"

    @property
    def moves_label(self) -> str:
        """No silent slippage: "first due 9 October 2020, moved twice" once the date has moved; else ""."""
        if not self.due_date_moves:
            return ""
        times = {1: "once", 2: "twice"}.get(self.due_date_moves, f"{self.due_date_moves} times")
        return f"first due {format_date(self.original_due_on)}, moved {times}"

    @property
    def closing_statement(self) -> str:
        """The outcome of a completed action or why one cannot be done: shown wherever it appears."""
        if self.status == ActionStatus.COMPLETED:
            return self.outcome
        if self.status == ActionStatus.CANNOT_BE_DONE:
            return self.explanation
        return ""

    def __repr__(self) -> str:
        return f"<Action {self.id} {self.title!r}>"


class UpdateKind(enum.StrEnum):
    NOTE = "note"  # a progress note
    DUE_DATE_MOVED = "due_date_moved"
    STATUS_CHANGED = "status_changed"
    REASSIGNED = "reassigned"
    AT_RISK = "at_risk"
    MATTERS_ARISING = "matters_arising"  # the update or decision given at a meeting


class ActionUpdate(Auditable, db.Model):
    """A dated note on an action's progress; some also move the date, status or owner."""

    __tablename__ = "action_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(20), default=UpdateKind.NOTE)
    note: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    old_due_on: Mapped[date | None] = mapped_column(Date)
    new_due_on: Mapped[date | None] = mapped_column(Date)
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20))
    old_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    new_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # A progress note its author shared with the people whose input the action answers (who may
    # be members of the public); other notes stay with colleagues.
    is_public: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    action: Mapped[Action] = relationship(back_populates="updates")
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    meeting: Mapped[Meeting | None] = relationship()
    old_owner: Mapped[User | None] = relationship(foreign_keys=[old_owner_id])
    new_owner: Mapped[User | None] = relationship(foreign_keys=[new_owner_id])

    __table_args__ = (Index("ix_action_updates_action_created", "action_id", "created_at"),)

    @property
    def kind_label(self) -> str:
        return UPDATE_KIND_LABELS[UpdateKind(self.kind)]

    @property
    def is_for_contributors(self) -> bool:
        """Whether the people whose input the action answers (who may be members of the public) see
        it: a new date, a change of status or owner, what was said at a meeting, and a note its
        author shared with them. Working notes and at-risk flags stay with colleagues."""
        if self.kind == UpdateKind.NOTE:
            return self.is_public
        return self.kind != UpdateKind.AT_RISK

    @property
    def moved_from(self) -> str:
        """Where a due date moved from, in words: its date, or "the next meeting" for an action that
        had no date of its own yet (due by a meeting not yet in the diary)."""
        return format_date(self.old_due_on) if self.old_due_on else "the next meeting"


UPDATE_KIND_LABELS = {
    UpdateKind.NOTE: "Update",
    UpdateKind.DUE_DATE_MOVED: "Due date moved",
    UpdateKind.STATUS_CHANGED: "Status changed",
    UpdateKind.REASSIGNED: "Reassigned",
    UpdateKind.AT_RISK: "At risk",
    UpdateKind.MATTERS_ARISING: "Update at a meeting",
}
