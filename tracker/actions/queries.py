"""The named queries over tracker.actions.models: what the pages, the API and the jobs read,
each loading what it needs in a fixed number of statements."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, func, or_
from sqlalchemy.orm import joinedload, selectinload

from tracker.actions.models import CLOSED_STATUSES, OPEN_STATUSES, Action, ActionUpdate
from tracker.actions.schedule import is_due_soon_sql
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.people.models import User


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
