"""Actions (who will do what by when), their updates, and their tags."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from dataclasses import field as dataclass_field
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
    false,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.database import UTCDateTime
from tracker.core.dates import format_date
from tracker.core.models import Auditable, AuditEvent, Tag, TimestampMixin
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


UPDATE_KIND_LABELS = {
    UpdateKind.NOTE: "Update",
    UpdateKind.DUE_DATE_MOVED: "Due date moved",
    UpdateKind.STATUS_CHANGED: "Status changed",
    UpdateKind.REASSIGNED: "Reassigned",
    UpdateKind.AT_RISK: "At risk",
    UpdateKind.MATTERS_ARISING: "Update at a meeting",
}


# --- what changed, for the History section and for a refused save ----------------------------


@dataclass
class FieldChange:
    label: str
    before: str
    after: str


@dataclass
class Change:
    """One save: who, when, and each field before and after (in words), with any note written."""

    actor: User | None
    occurred_at: datetime
    event: str  # created, changed
    fields: list[FieldChange] = dataclass_field(default_factory=list)
    notes: list[str] = dataclass_field(default_factory=list)

    @property
    def summary(self) -> str:
        if self.event == "created":
            return "Raised the action"
        return "Changed " + ", ".join(change.label.lower() for change in self.fields) if self.fields else "Added a note"


# Fields people recognise, in the order the History shows them. The rest are bookkeeping (the
# first due date and the count of moves follow from the due date's changes, shown here).
FIELD_LABELS = {
    "title": "Action",
    "detail": "Detail",
    "status": "Status",
    "owner_id": "Owner",
    "group_id": "Group",
    "due_on": "Due date",
    "due_at_next_meeting_of_id": "Due by the next meeting of",
    "outcome": "Outcome",
    "explanation": "Why it cannot be done",
    "superseded_by_id": "Replaced by",
    "at_risk": "At risk",
    "at_risk_reason": "Why it is at risk",
    "tags": "Tags",
    "created_by_id": "Raised by",
}


def action_history_query(action: Action):
    """Every audit event of the action and of its updates, newest first (the History section)."""
    return (
        db.select(AuditEvent)
        .where(or_(
            and_(AuditEvent.entity_type == Action.__tablename__, AuditEvent.entity_id == action.id),
            and_(AuditEvent.entity_type == ActionUpdate.__tablename__,
                 AuditEvent.entity_id.in_(db.select(ActionUpdate.id).where(ActionUpdate.action_id == action.id))),
        ))
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    )


def action_history(action: Action, *, page: int = 1, per_page: int = 50):
    """The History section: one save per entry, in words. A fixed number of queries per page."""
    events = db.paginate(action_history_query(action), page=page, per_page=per_page, error_out=False)
    return events, describe(events.items)


def changes_since(action: Action, version: int) -> list[Change]:
    """The saves made after the action was at `version`, oldest first: each save of the action
    bumps its version once and writes one audit event."""
    missed = action.version - version
    if missed <= 0:
        return []
    action_events = db.session.scalars(
        db.select(AuditEvent)
        .where(AuditEvent.entity_type == Action.__tablename__, AuditEvent.entity_id == action.id,
               AuditEvent.event == "changed")
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
        .limit(missed)
    ).all()
    if not action_events:
        return []
    moments = {event.occurred_at for event in action_events}
    notes = db.session.scalars(
        db.select(AuditEvent).where(
            AuditEvent.entity_type == ActionUpdate.__tablename__,
            AuditEvent.event == "created",
            AuditEvent.occurred_at.in_(moments),
            AuditEvent.entity_id.in_(db.select(ActionUpdate.id).where(ActionUpdate.action_id == action.id)),
        )
    ).all()
    return list(reversed(describe([*action_events, *notes])))


def describe(events: list[AuditEvent]) -> list[Change]:
    """Audit events in words, newest first: ids become names (two queries whatever the number),
    and an update written in the same save as the action's change joins it as its note."""
    people_ids, group_ids, action_ids = set(), set(), set()
    for event in events:
        for key, values in event.changes.items():
            ids = {value for value in values if isinstance(value, int) and not isinstance(value, bool)}
            if key in ("owner_id", "created_by_id", "new_owner_id", "old_owner_id"):
                people_ids |= ids
            elif key in ("group_id", "due_at_next_meeting_of_id"):
                group_ids |= ids
            elif key == "superseded_by_id":
                action_ids |= ids
    names = {}
    if people_ids:
        names.update({("person", i): n for i, n in db.session.execute(
            db.select(User.id, User.name).where(User.id.in_(people_ids)))})
    if group_ids or action_ids:
        names.update({("group", i): n for i, n in db.session.execute(
            db.select(Group.id, Group.name).where(Group.id.in_(group_ids)))} if group_ids else {})
        names.update({("action", i): f"Action {i}: {t}" for i, t in db.session.execute(
            db.select(Action.id, Action.title).where(Action.id.in_(action_ids)))} if action_ids else {})

    saves: dict[tuple, Change] = {}
    for event in sorted(events, key=lambda e: (e.occurred_at, e.id), reverse=True):
        key = (event.occurred_at, event.actor_id)
        change = saves.get(key)
        if change is None:
            change = saves[key] = Change(actor=event.actor, occurred_at=event.occurred_at, event="changed")
        if event.entity_type == ActionUpdate.__tablename__:
            note = (event.changes.get("note") or [None, ""])[1]
            if note:
                change.notes.append(note)
            continue
        if event.event == "created":
            change.event = "created"
        if "reason" in event.changes:  # a change the system made, and why (core/audit.give_reason)
            change.notes.append(event.changes["reason"][1])
        for field in FIELD_LABELS:
            if field in event.changes:
                before, after = event.changes[field]
                change.fields.append(FieldChange(FIELD_LABELS[field], _in_words(field, before, names),
                                                 _in_words(field, after, names)))
    return list(saves.values())


def _in_words(field: str, value, names: dict) -> str:
    if value in (None, "", []):
        return "No" if field == "at_risk" else "nothing"
    if field == "status":
        return STATUS_LABELS.get(value, value)
    if field == "due_on":
        return format_date(date.fromisoformat(value))
    if field in ("owner_id", "created_by_id"):
        return names.get(("person", value), f"Person {value}")
    if field in ("group_id", "due_at_next_meeting_of_id"):
        return names.get(("group", value), f"Group {value}")
    if field == "superseded_by_id":
        return names.get(("action", value), f"Action {value}")
    if field == "at_risk":
        return "Yes" if value else "No"
    if field == "tags":
        return ", ".join(value)
    return str(value)
