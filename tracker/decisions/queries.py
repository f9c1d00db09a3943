"""The reads behind the decisions register, its exports, the API and the Board pack.

The register page makes a fixed number of queries whatever the number of decisions: the filter
choices (one), the count and the page of decisions with their meeting, group, agenda item and the
decision that superseded each (two), then the decisions each one superseded, their tags, and the
actions they led to (three).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import exists, func, or_, select, true
from sqlalchemy.orm import contains_eager, joinedload, selectinload

from tracker.actions.models import Action
from tracker.core.dates import end_of_days, start_of_day
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision, Meeting, MeetingStatus, decision_tags
from tracker.people.models import User

MAX_SEARCH = 200  # characters of words to look for: longer is no search a person types
LATER_DECISION_CHOICES = 200  # more than a group decides in years; older ones are not offered


@dataclass(frozen=True)
class DecisionFilters:
    """What the person asked to see. Empty values mean "any"."""

    group_ids: tuple[int, ...] = ()  # the chosen group and all its sub-groups
    made_from: date | None = None  # the day of the meeting it was made at, in local time
    made_to: date | None = None
    tag_id: int | None = None
    text: str = ""
    without_actions: bool = False  # only decisions no action came from yet

    def but(self, **changes) -> DecisionFilters:
        return replace(self, **changes)


def led_to_no_action():
    """A decision no action came from yet: what the chair's view counts and the register filters by."""
    return ~exists().where(Action.decision_id == Decision.id)


def filter_conditions(filters: DecisionFilters) -> list:
    """The WHERE clause, on `decisions` and the meeting it was made at."""
    conditions = []
    if filters.group_ids:
        conditions.append(Meeting.group_id.in_(filters.group_ids))
    if filters.made_from:
        conditions.append(Meeting.starts_at >= start_of_day(filters.made_from))
    if filters.made_to and (end := end_of_days(filters.made_to)) is not None:
        conditions.append(Meeting.starts_at < end)
    if filters.tag_id:
        conditions.append(Decision.id.in_(
            select(decision_tags.c.decision_id).where(decision_tags.c.tag_id == filters.tag_id)))
    if filters.without_actions:
        conditions.append(led_to_no_action())
    if filters.text:
        pattern = filters.text.lower()
        conditions.append(or_(
            func.lower(Decision.text).contains(pattern, autoescape=True),
            Decision.agenda_item_id.in_(
                select(AgendaItem.id).where(func.lower(AgendaItem.title).contains(pattern, autoescape=True))),
        ))
    return conditions


def register_select(filters: DecisionFilters, *, visible=true(), visible_actions=None):
    """Decisions that pass the filters and `visible` (a clause from tracker/permissions.py), newest
    first (by the meeting they were made at), with what each row shows loaded alongside: with
    `visible_actions`, the actions each led to that pass that clause."""
    options = [
        contains_eager(Decision.meeting).joinedload(Meeting.group),
        joinedload(Decision.agenda_item),
        joinedload(Decision.superseded_by).joinedload(Decision.meeting).joinedload(Meeting.group),
        selectinload(Decision.supersedes).joinedload(Decision.meeting).joinedload(Meeting.group),
        selectinload(Decision.tags),
    ]
    if visible_actions is not None:
        options.append(selectinload(Decision.actions.and_(visible_actions)).options(
            joinedload(Action.owner).joinedload(User.organisation), joinedload(Action.group),
            joinedload(Action.due_at_next_meeting_of), joinedload(Action.superseded_by)))
    return (
        select(Decision)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .where(visible, *filter_conditions(filters))
        .options(*options)
        .order_by(Meeting.starts_at.desc(), Decision.id.desc())
    )


def register_page(filters: DecisionFilters, *, visible, visible_actions, page: int, per_page: int):
    return db.paginate(register_select(filters, visible=visible, visible_actions=visible_actions),
                       page=page, per_page=per_page, error_out=False)


def decision_by_id(decision_id: int, *, visible_actions=None) -> Decision | None:
    return db.session.scalar(register_select(DecisionFilters(), visible_actions=visible_actions)
                             .where(Decision.id == decision_id))


def later_decisions_of_group(decision: Decision, group_ids: list[int] | tuple = (),
                             limit: int = LATER_DECISION_CHOICES) -> list[Decision]:
    """What could supersede this decision: the decisions made after it by its group (or by the
    groups `group_ids`: its own and those above it a person runs), newest first."""
    made_at = decision.meeting.starts_at
    return db.session.scalars(
        select(Decision)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .options(contains_eager(Decision.meeting).joinedload(Meeting.group))
        .where(Meeting.group_id.in_(group_ids or [decision.meeting.group_id]),
               Meeting.status != MeetingStatus.CANCELLED,
               or_(Meeting.starts_at > made_at, (Meeting.starts_at == made_at) & (Decision.id > decision.id)))
        .order_by(Meeting.starts_at.desc(), Decision.id.desc())
        .limit(limit)
    ).all()


def decisions_made_between(group_id: int, since: datetime, until: datetime) -> list[Decision]:
    """The group's decisions made at meetings from `since` up to (not including) `until`, oldest
    first: "decisions made since the last meeting" in the Board pack."""
    return db.session.scalars(
        register_select(DecisionFilters(group_ids=(group_id,)))
        .where(Meeting.starts_at >= since, Meeting.starts_at < until)
        .order_by(None).order_by(Meeting.starts_at, Decision.id)
    ).all()


# --- the public "What we decided" page -----------------------------------------------------------


def published_decisions_select():
    """Decisions whose summary for families a chair has published, newest published first (index
    on published_at). As "you said, we did" does, this shows what was published and nothing else:
    never a decision of a cancelled meeting, whose record says it was not made."""
    return (
        select(Decision)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .where(Decision.published_at.is_not(None), Meeting.status != MeetingStatus.CANCELLED)
        .options(contains_eager(Decision.meeting).joinedload(Meeting.group))
        .order_by(Decision.published_at.desc(), Decision.id.desc())
    )


def published_decisions_page(*, page: int = 1, per_page: int = 20):
    return db.paginate(published_decisions_select(), page=page, per_page=per_page, error_out=False)


def published_decision(decision_id: int) -> Decision | None:
    return db.session.scalar(published_decisions_select().where(Decision.id == decision_id))
