"""The named queries over tracker.actions.models: what the pages, the API and the jobs read,
each loading what it needs in a fixed number of statements."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime

from sqlalchemy import and_, func, or_
from sqlalchemy.orm import joinedload, selectinload

from tracker.actions.models import CLOSED_STATUSES, OPEN_STATUSES, STATUS_LABELS, Action, ActionUpdate
from tracker.actions.schedule import is_due_soon_sql
from tracker.core.audit import saves_since
from tracker.core.dates import format_date
from tracker.core.models import AuditEvent, Tag
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.people.models import Group, User


def action_for_page(action_id: int) -> Action | None:
    """One action with everything its page shows: a fixed number of queries however many updates."""
    return db.session.scalar(
        db.select(Action)
        .where(Action.id == action_id)
        .options(
            joinedload(Action.owner).joinedload(User.organisation),
            joinedload(Action.group),
            joinedload(Action.created_by),
            joinedload(Action.due_at_next_meeting_of),
            joinedload(Action.meeting).joinedload(Meeting.group),
            joinedload(Action.agenda_item),
            joinedload(Action.decision),
            joinedload(Action.superseded_by),
            selectinload(Action.tags),
            selectinload(Action.updates).options(
                joinedload(ActionUpdate.author),
                joinedload(ActionUpdate.meeting).joinedload(Meeting.group),
                joinedload(ActionUpdate.old_owner),
                joinedload(ActionUpdate.new_owner),
            ),
        )
    )


def actions_replaced_by(action: Action) -> list[Action]:
    """The actions this one superseded (each links here)."""
    return db.session.scalars(
        db.select(Action).where(Action.superseded_by_id == action.id).order_by(Action.id)
    ).all()


def replacement_choices(action: Action, limit: int = 200) -> list[Action]:
    """Actions that could replace this one: the group's other open actions, newest first.
    (supersede_action also takes an open action of another group the person runs.)"""
    return db.session.scalars(
        db.select(Action)
        .where(Action.group_id == action.group_id, Action.id != action.id, Action.status.in_(OPEN_STATUSES))
        .order_by(Action.id.desc())
        .limit(limit)
    ).all()


def tags_by_kind() -> dict[str, list[Tag]]:
    """The reference lists, {kind: [tag, ...]} in their usual order (one query)."""
    grouped: dict[str, list[Tag]] = {}
    for tag in db.session.scalars(db.select(Tag).order_by(Tag.kind, Tag.position, Tag.name)):
        grouped.setdefault(tag.kind, []).append(tag)
    return grouped


# --- My actions ----------------------------------------------------------------------------------


def owned_open_actions(person: User, *, page: int = 1, per_page: int = 50):
    """A person's open actions, most urgent first (overdue, then by due date; "by the next
    meeting" with no date yet last): two queries whatever the number. Uses
    ix_actions_owner_status_due."""
    query = (
        db.select(Action)
        .where(Action.owner_id == person.id, Action.status.in_(OPEN_STATUSES))
        .options(joinedload(Action.group), joinedload(Action.due_at_next_meeting_of))
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def owned_open_counts(person: User, *, today: date) -> dict[str, int]:
    """{"overdue", "due_soon", "later"}: how many of the person's open actions fall in each (one
    query); due soon in each action's group's window, as its tag says."""
    overdue = Action.due_on < today
    due_soon = is_due_soon_sql(today, Action.due_on, Action.group_id)
    row = db.session.execute(
        db.select(
            func.count(Action.id).filter(overdue),
            func.count(Action.id).filter(due_soon),
            func.count(Action.id).filter(or_(Action.due_on.is_(None), and_(~overdue, ~due_soon))),
        ).where(Action.owner_id == person.id, Action.status.in_(OPEN_STATUSES))
    ).one()
    return {"overdue": row[0], "due_soon": row[1], "later": row[2]}


def owned_recently_closed(person: User, *, since: datetime, limit: int = 50) -> tuple[list[Action], bool]:
    """What the person's actions closed as (or were replaced by) since a moment, latest first, and
    whether there are more than `limit` (one query)."""
    closed = db.session.scalars(
        db.select(Action)
        .where(Action.owner_id == person.id, Action.status.in_(CLOSED_STATUSES), Action.closed_at >= since)
        .options(joinedload(Action.group), joinedload(Action.superseded_by))
        .order_by(Action.closed_at.desc(), Action.id.desc())
        .limit(limit + 1)
    ).all()
    return list(closed[:limit]), len(closed) > limit


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
    action_events = saves_since(action, version)  # the one rule for every versioned record
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
