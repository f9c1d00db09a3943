"""The chair's view: for each group a person chairs or co-chairs, what needs their eye.

Each number is a count of exactly the rows its link shows:
- actions (overdue, escalated, due by the next meeting) on the outstanding list, whose group filter
  takes in the sub-groups, so these counts do too;
- input waiting for a first response on the input list (the group's own);
- minutes waiting for approval on the past meetings list (the group's own);
- decisions with no action yet on the decisions register (group with sub-groups).

Five queries whatever the number of groups or rows: the groups, their next meetings, the actions
(a UNION ALL of one select per group), input and minutes (one UNION ALL), and the decisions.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, literal, select, union_all

from tracker.actions.models import Action
from tracker.actions.rag import is_open_sql, is_overdue_sql
from tracker.actions.schedule import working_days_late
from tracker.core.dates import local_day
from tracker.decisions.queries import led_to_no_action
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import Decision, Meeting, MeetingStatus
from tracker.meetings.queries import minutes_to_approve_sql
from tracker.people.models import Group, GroupRole, Membership, User
from tracker.reports.queries import Choice, FilterChoices, is_escalated_sql


@dataclass
class ChairedGroup:
    id: int
    name: str
    group_ids: tuple[int, ...]  # the group and its sub-groups
    next_meeting_on: date | None = None
    overdue: int = 0
    most_days_overdue: int = 0  # working days, of the longest overdue
    escalated: int = 0
    due_by_next_meeting: int = 0
    input_waiting: int = 0
    minutes_waiting: int = 0
    decisions_without_actions: int = 0

    @property
    def has_anything(self) -> bool:
        return any((self.overdue, self.escalated, self.due_by_next_meeting, self.input_waiting,
                    self.minutes_waiting, self.decisions_without_actions))


def chaired_groups(person: User, *, today: date, now: datetime) -> list[ChairedGroup]:
    """The groups the person chairs, A to Z, with what is outstanding in each."""
    chaired = select(Membership.group_id).where(Membership.person_id == person.id,
                                                Membership.group_role == GroupRole.CHAIR)
    rows = db.session.execute(
        select(Group.id, Group.name, Group.parent_id, Group.id.in_(chaired).label("chaired"))).all()
    tree = FilterChoices(groups=[Choice(row.id, row.name, row.parent_id) for row in rows], organisations=[], tags=[])
    groups = {row.id: ChairedGroup(row.id, row.name, tree.group_and_subgroups(row.id))
              for row in sorted(rows, key=lambda row: row.name.lower()) if row.chaired}
    if not groups:
        return []
    _next_meetings(groups, now)
    _action_counts(groups, today)
    _input_and_minutes_counts(groups, now)
    _decision_counts(groups)
    return list(groups.values())


def _next_meetings(groups: dict[int, ChairedGroup], now: datetime) -> None:
    for group_id, starts_at in db.session.execute(
        select(Meeting.group_id, func.min(Meeting.starts_at))
        .where(Meeting.group_id.in_(groups), Meeting.starts_at > now, Meeting.status != MeetingStatus.CANCELLED)
        .group_by(Meeting.group_id)
    ):
        groups[group_id].next_meeting_on = local_day(starts_at)


def _action_counts(groups: dict[int, ChairedGroup], today: date) -> None:
    selects = []
    for group in groups.values():
        overdue = is_overdue_sql(today)
        due_by_next = (Action.due_on.between(today, group.next_meeting_on) if group.next_meeting_on
                       else literal(False))
        selects.append(
            select(literal(group.id).label("group_id"),
                   func.count().filter(overdue).label("overdue"),
                   func.min(Action.due_on).filter(overdue).label("first_due"),
                   func.count().filter(overdue, is_escalated_sql()).label("escalated"),
                   func.count().filter(due_by_next).label("due_by_next"))
            .where(Action.group_id.in_(group.group_ids), is_open_sql()))
    for row in db.session.execute(union_all(*selects)):
        group = groups[row.group_id]
        group.overdue, group.escalated, group.due_by_next_meeting = row.overdue, row.escalated, row.due_by_next
        group.most_days_overdue = working_days_late(row.first_due, today)


def _input_and_minutes_counts(groups: dict[int, ChairedGroup], now: datetime) -> None:
    waiting_input = (select(literal("input").label("kind"), Input.group_id, func.count())
                     .where(Input.group_id.in_(groups), Input.status == InputStatus.RECEIVED)
                     .group_by(Input.group_id))
    waiting_minutes = (select(literal("minutes"), Meeting.group_id, func.count())
                       .where(Meeting.group_id.in_(groups), Meeting.starts_at <= now, minutes_to_approve_sql())
                       .group_by(Meeting.group_id))
    for kind, group_id, number in db.session.execute(union_all(waiting_input, waiting_minutes)):
        if kind == "input":
            groups[group_id].input_waiting = number
        else:
            groups[group_id].minutes_waiting = number


def _decision_counts(groups: dict[int, ChairedGroup]) -> None:
    no_action = led_to_no_action()
    selects = [
        select(literal(group.id).label("group_id"), func.count().label("number"))
        .select_from(Decision).join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Meeting.group_id.in_(group.group_ids), no_action)
        for group in groups.values()
    ]
    for row in db.session.execute(union_all(*selects)):
        groups[row.group_id].decisions_without_actions = row.number
