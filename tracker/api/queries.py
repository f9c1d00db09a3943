"""The API's and feeds' reads: each list is one filtered, ordered, eager-loaded select.

Visibility comes from tracker/permissions.py (the SQL twin of the checks the pages make), so a
token never lists more than its person could open on the site.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import or_
from sqlalchemy.orm import joinedload, selectinload

from tracker import permissions
from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.actions.rag import is_open_sql, is_overdue_sql
from tracker.core.dates import end_of_days, local_zone
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import Meeting
from tracker.people.models import Group, Membership, User


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=local_zone())


def groups(person: User, *, active: bool | None = None):
    query = db.select(Group).where(permissions.groups_visible_to(person)).order_by(Group.name, Group.id)
    if active is not None:
        query = query.where(Group.is_active.is_(active))
    return query


def meetings(person: User, *, group_id: int | None = None, first_day: date | None = None,
             last_day: date | None = None):
    """Meetings the person may see, by start; the day range is in local time, inclusive."""
    query = (
        db.select(Meeting)
        .options(joinedload(Meeting.group))
        .where(permissions.meetings_visible_to(person))
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if first_day is not None:
        query = query.where(Meeting.starts_at >= _local_midnight(first_day))
    if last_day is not None and (end := end_of_days(last_day)) is not None:
        query = query.where(Meeting.starts_at < end)
    return query


def actions(person: User, *, today: date, group_id: int | None = None, owner_id: int | None = None,
            status: str | None = None, overdue: bool | None = None):
    """Actions the person may see, soonest due first (no date yet: last)."""
    query = (
        db.select(Action)
        .options(joinedload(Action.owner), joinedload(Action.group),
                 joinedload(Action.due_at_next_meeting_of))
        .where(permissions.actions_visible_to(person))
        .order_by(Action.due_on.asc().nulls_last(), Action.id)
    )
    if group_id is not None:
        query = query.where(Action.group_id == group_id)
    if owner_id is not None:
        query = query.where(Action.owner_id == owner_id)
    if status == "open":
        query = query.where(is_open_sql())
    elif status == "closed":
        query = query.where(~is_open_sql())
    elif status is not None:
        query = query.where(Action.status == ActionStatus(status))
    if overdue is True:
        query = query.where(is_overdue_sql(today))
    elif overdue is False:
        query = query.where(or_(~is_open_sql(), Action.due_on.is_(None), Action.due_on >= today))
    return query


def action_by_id(action_id: int, *, with_updates: bool = False) -> Action | None:
    options = [joinedload(Action.owner), joinedload(Action.group),
               joinedload(Action.due_at_next_meeting_of)]
    if with_updates:
        options.append(
            selectinload(Action.updates).options(
                joinedload(ActionUpdate.author), joinedload(ActionUpdate.old_owner),
                joinedload(ActionUpdate.new_owner),
            )
        )
    return db.session.scalar(db.select(Action).options(*options).where(Action.id == action_id))


def inputs(person: User, *, group_id: int | None = None, status: str | None = None):
    """Input the person may see, newest first, with the actions that answer it."""
    query = (
        db.select(Input)
        .options(joinedload(Input.group), joinedload(Input.raised_by), selectinload(Input.actions))
        .where(permissions.inputs_visible_to(person))
        .order_by(Input.created_at.desc(), Input.id.desc())
    )
    if group_id is not None:
        query = query.where(Input.group_id == group_id)
    if status is not None:
        query = query.where(Input.status == status)
    return query


# --- calendar feeds ------------------------------------------------------------------------------

FEED_MEETINGS_PAST_DAYS = 92  # a season of past meetings stays in people's calendars
FEED_LIMIT = 500


def meetings_for_feed(person: User, *, today: date) -> list[Meeting]:
    """Meetings of the groups the person belongs to, from a season ago onwards."""
    return db.session.scalars(
        db.select(Meeting)
        .options(joinedload(Meeting.group))
        .where(
            Meeting.group_id.in_(db.select(Membership.group_id).where(Membership.person_id == person.id)),
            Meeting.starts_at >= _local_midnight(today - timedelta(days=FEED_MEETINGS_PAST_DAYS)),
        )
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(FEED_LIMIT)
    ).all()


def due_dates_for_feed(person: User, *, first_day: date, last_day: date) -> list[Action]:
    """The person's open actions due from `first_day` to `last_day`."""
    return db.session.scalars(
        db.select(Action)
        .options(joinedload(Action.group))
        .where(Action.owner_id == person.id, is_open_sql(), Action.due_on.between(first_day, last_day))
        .order_by(Action.due_on, Action.id)
        .limit(FEED_LIMIT)
    ).all()
