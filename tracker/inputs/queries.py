"""Named queries for the input pages, the public page and the Board's figures.

Each loads what its page shows in a fixed number of statements, however many rows there are.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.orm import joinedload, selectinload

from tracker.actions.models import OPEN_STATUSES, Action, ActionUpdate
from tracker.core.dates import to_local, working_days_between
from tracker.core.models import Tag, TagKind
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus, has_outcome_sql, input_actions
from tracker.meetings.models import Meeting
from tracker.people.models import Group, User

LINKABLE_ACTIONS = 200  # the choice of actions to link: the group's newest open ones


def _trail_options():
    """Everything a trail shows: who raised it, where, the group, and each linked action with
    its owner, replacement and updates."""
    return (
        joinedload(Input.raised_by),
        joinedload(Input.recorded_by),
        joinedload(Input.group),
        joinedload(Input.priority_tag),
        joinedload(Input.raised_at_meeting).joinedload(Meeting.group),
        selectinload(Input.actions).options(
            joinedload(Action.owner).joinedload(User.organisation),
            joinedload(Action.group),
            joinedload(Action.due_at_next_meeting_of),
            joinedload(Action.superseded_by),
            selectinload(Action.updates).options(joinedload(ActionUpdate.new_owner),
                                                 joinedload(ActionUpdate.meeting)),
        ),
    )


def input_for_page(input_id: int) -> Input | None:
    """One input with its whole trail."""
    return db.session.scalar(db.select(Input).where(Input.id == input_id).options(*_trail_options()))


def inputs_page(*, visible, status: str = "", group_id: int | None = None, page: int = 1,
                per_page: int = 25):
    """The routing list: newest first (primary key order), with who raised it and the group."""
    query = (
        db.select(Input)
        .where(visible)
        .options(joinedload(Input.raised_by), joinedload(Input.group),
                 joinedload(Input.raised_at_meeting).joinedload(Meeting.group))
        .order_by(Input.id.desc())
    )
    if status:
        query = query.where(Input.status == status)
    if group_id is not None:
        query = query.where(Input.group_id == group_id)
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def my_inputs_page(person: User, *, page: int = 1, per_page: int = 10):
    """What one person raised, newest first, each with its whole trail (index ix_inputs_raised_by_id)."""
    query = (
        db.select(Input)
        .where(Input.raised_by_id == person.id)
        .options(*_trail_options())
        .order_by(Input.id.desc())
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def raised_counts(person: User) -> dict[str, int]:
    """{"raised", "with_outcome"}: how much the person raised, and how much of it has an answer or an
    outcome (has_outcome_sql), in one query: what a champion's home page says first."""
    row = db.session.execute(
        db.select(func.count(Input.id), func.count(Input.id).filter(has_outcome_sql()))
        .where(Input.raised_by_id == person.id)
    ).one()
    return {"raised": row[0], "with_outcome": row[1]}


def inputs_with_email(email: str, *, limit: int = 50) -> list[Input]:
    """Input raised with this email address and no account (for a fresh private link)."""
    return db.session.scalars(
        db.select(Input).where(Input.raised_by_id.is_(None), Input.contact_email == email)
        .order_by(Input.id.desc()).limit(limit)
    ).all()


def linkable_actions(raised: Input) -> list[Action]:
    """The open actions of the input's group not yet linked to it, newest first."""
    if raised.group_id is None:
        return []
    linked = db.select(input_actions.c.action_id).where(input_actions.c.input_id == raised.id)
    return db.session.scalars(
        db.select(Action)
        .where(Action.group_id == raised.group_id, Action.status.in_(OPEN_STATUSES), Action.id.not_in(linked))
        .options(joinedload(Action.owner))
        .order_by(Action.id.desc())
        .limit(LINKABLE_ACTIONS)
    ).all()


def routing_groups() -> list[Group]:
    return db.session.scalars(db.select(Group).where(Group.is_active.is_(True)).order_by(Group.name)).all()


# --- the public page -----------------------------------------------------------------------------


def published_query(*, group_id: int | None = None, priority_id: int | None = None):
    """Published outcomes, latest first (index ix_inputs_published)."""
    query = (
        db.select(Input)
        .where(Input.is_published.is_(True))
        .options(joinedload(Input.group), joinedload(Input.priority_tag))
        .order_by(Input.published_at.desc(), Input.id.desc())
    )
    if group_id is not None:
        query = query.where(Input.group_id == group_id)
    if priority_id is not None:
        query = query.where(Input.priority_tag_id == priority_id)
    return query


def published_page(*, group_id: int | None = None, priority_id: int | None = None, page: int = 1,
                   per_page: int = 20):
    return db.paginate(published_query(group_id=group_id, priority_id=priority_id), page=page,
                       per_page=per_page, error_out=False)


def published_outcome(input_id: int) -> Input | None:
    return db.session.scalar(published_query().where(Input.id == input_id))


def published_groups() -> list[Group]:
    """Groups with at least one published outcome: the public page's group filter."""
    with_outcomes = db.select(Input.group_id).where(Input.is_published.is_(True))
    return db.session.scalars(db.select(Group).where(Group.id.in_(with_outcomes)).order_by(Group.name)).all()


def strategic_priorities() -> list[Tag]:
    return db.session.scalars(
        db.select(Tag).where(Tag.kind == TagKind.PRIORITY).order_by(Tag.position, Tag.name)
    ).all()


# --- figures for the Board -----------------------------------------------------------------------


@dataclass
class GroupFigures:
    group_name: str
    raised: int = 0
    responded: int = 0
    waiting: int = 0
    late: int = 0  # waiting, and past the day a first response was due
    with_outcome: int = 0
    days_to_respond: list[int] | None = None

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days_to_respond) if self.days_to_respond else None

    @property
    def outcome_share(self) -> int | None:
        """Per cent of the input raised that has an outcome (rounded), or None if none was raised."""
        return round(100 * self.with_outcome / self.raised) if self.raised else None


NO_GROUP = "Not yet passed to a group"


def board_figures(*, since: datetime | None, today) -> tuple[list[GroupFigures], GroupFigures]:
    """Per group (and in total): input raised since a moment, how many had a first response and
    the median working days it took, how many wait and are late, and the share with an outcome.
    One query; working days are counted here, where the bank holidays are known."""
    query = (
        db.select(Input.created_at, Input.first_response_at, Input.status, Input.respond_by,
                  func.coalesce(Group.name, NO_GROUP), has_outcome_sql())
        .outerjoin(Group, Group.id == Input.group_id)
    )
    if since is not None:
        query = query.where(Input.created_at >= since)
    by_group: dict[str, GroupFigures] = {}
    total = GroupFigures(group_name="All groups", days_to_respond=[])
    for created_at, responded_at, status, respond_by, group_name, outcome in db.session.execute(query):
        figures = by_group.setdefault(group_name, GroupFigures(group_name=group_name, days_to_respond=[]))
        for each in (figures, total):
            each.raised += 1
            each.with_outcome += bool(outcome)
            if responded_at is not None:
                each.responded += 1
                each.days_to_respond.append(
                    working_days_between(to_local(created_at).date(), to_local(responded_at).date()))
            elif status != InputStatus.ANSWERED:
                each.waiting += 1
                each.late += bool(respond_by is not None and respond_by < today)
    groups = sorted(by_group.values(), key=lambda figures: (figures.group_name == NO_GROUP, figures.group_name))
    return groups, total
