"""The reads of actions that meeting and group pages need (matters arising, actions raised).

They live here rather than in meetings/models.py because actions/models.py imports that module.
Each loads what its page shows in a fixed number of queries, whatever the number of actions.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, true
from sqlalchemy.orm import aliased, joinedload

from tracker.actions.models import Action, ActionUpdate, UpdateKind
from tracker.actions.rag import is_open_sql, is_overdue_sql
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.people.models import User

MATTERS_ARISING_PER_PAGE = 25
RAISED_LIMIT = 200  # more than any real meeting raises; the outstanding actions list has the rest


def matters_arising_page(meeting: Meeting, *, page: int = 1, per_page: int = MATTERS_ARISING_PER_PAGE):
    """Review at every meeting (docs/rules.md): the group's outstanding actions raised before this
    meeting, oldest first, and any whose update was given at this meeting (so what was said stays
    on the record once closed).

    "Oldest" is when the action was raised: the date of the meeting it came from, else when it
    was entered.
    """
    raised_at_meeting = aliased(Meeting)
    raised_on = func.coalesce(raised_at_meeting.starts_at, Action.created_at)
    updated_here = db.select(ActionUpdate.action_id).where(
        ActionUpdate.meeting_id == meeting.id, ActionUpdate.kind == UpdateKind.MATTERS_ARISING
    )
    query = (
        db.select(Action)
        .outerjoin(raised_at_meeting, Action.meeting_id == raised_at_meeting.id)
        .options(joinedload(Action.owner), joinedload(Action.due_at_next_meeting_of), joinedload(Action.superseded_by))
        .where(
            Action.group_id == meeting.group_id,
            or_(
                and_(is_open_sql(), raised_on < meeting.starts_at,
                     or_(Action.meeting_id.is_(None), Action.meeting_id != meeting.id)),
                Action.id.in_(updated_here),
            ),
        )
        .order_by(raised_on, Action.id)
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def latest_updates(action_ids: list[int]) -> dict[int, ActionUpdate]:
    """{action_id: its most recent update}, in one query."""
    if not action_ids:
        return {}
    ranked = (
        db.select(
            ActionUpdate.id,
            func.row_number()
            .over(partition_by=ActionUpdate.action_id,
                  order_by=(ActionUpdate.created_at.desc(), ActionUpdate.id.desc()))
            .label("rank"),
        )
        .where(ActionUpdate.action_id.in_(action_ids))
        .subquery()
    )
    updates = db.session.scalars(
        db.select(ActionUpdate)
        .join(ranked, and_(ranked.c.id == ActionUpdate.id, ranked.c.rank == 1))
        .options(joinedload(ActionUpdate.author))
    ).all()
    return {update.action_id: update for update in updates}


def updates_given_at(meeting: Meeting, action_ids: list[int]) -> dict[int, list[ActionUpdate]]:
    """{action_id: the matters-arising updates recorded at this meeting}, in one query."""
    if not action_ids:
        return {}
    given: dict[int, list[ActionUpdate]] = {}
    for update in db.session.scalars(
        db.select(ActionUpdate)
        .where(ActionUpdate.meeting_id == meeting.id, ActionUpdate.kind == UpdateKind.MATTERS_ARISING,
               ActionUpdate.action_id.in_(action_ids))
        .options(joinedload(ActionUpdate.author))
        .order_by(ActionUpdate.created_at, ActionUpdate.id)
    ):
        given.setdefault(update.action_id, []).append(update)
    return given


def actions_raised_at(meeting: Meeting, *, limit: int = RAISED_LIMIT, visible=true()) -> tuple[list[Action], bool]:
    """The actions raised at this meeting (first `limit`) that pass `visible` (a clause from
    tracker/permissions.py), and whether there are more."""
    actions = db.session.scalars(
        db.select(Action)
        .where(Action.meeting_id == meeting.id, visible)
        .options(joinedload(Action.owner).joinedload(User.organisation), joinedload(Action.due_at_next_meeting_of),
                 joinedload(Action.superseded_by))
        .order_by(Action.id)
        .limit(limit + 1)
    ).all()
    return list(actions[:limit]), len(actions) > limit


def open_action_counts(group_ids: list[int], today: date) -> dict[int, tuple[int, int]]:
    """{group_id: (open actions, overdue actions)}, in one query."""
    if not group_ids:
        return {}
    rows = db.session.execute(
        db.select(
            Action.group_id,
            func.count(Action.id),
            func.count(Action.id).filter(is_overdue_sql(today)),
        )
        .where(Action.group_id.in_(group_ids), is_open_sql())
        .group_by(Action.group_id)
    )
    return {group_id: (open_count, overdue) for group_id, open_count, overdue in rows}
