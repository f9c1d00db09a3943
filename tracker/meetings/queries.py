"""The named queries of meetings and groups: what the pages, the API and the jobs read, each loading
what it needs in a fixed number of statements, whatever the number of meetings or actions.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, func, or_, true
from sqlalchemy.orm import aliased, joinedload, selectinload

from tracker.actions.models import Action, ActionUpdate, UpdateKind
from tracker.actions.rag import is_open_sql, is_overdue_sql
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.meetings.models import (
    AgendaItem,
    Attendance,
    Circulation,
    Decision,
    Meeting,
    MeetingStatus,
    MinutesStatus,
)
from tracker.people.models import Group, Membership, User

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


def active_members_of(group_id: int) -> list[User]:
    """The group's members whose account is active, by name: who hears of its meetings."""
    return db.session.scalars(
        db.select(User).join(Membership, Membership.person_id == User.id)
        .where(Membership.group_id == group_id, User.is_active.is_(True))
        .order_by(User.name, User.id)
    ).all()


def circulations_of(meeting: Meeting) -> list[Circulation]:
    """What was sent from the meeting's page, newest first, with who sent it: one query."""
    return db.session.scalars(
        db.select(Circulation).where(Circulation.meeting_id == meeting.id)
        .options(joinedload(Circulation.sent_by)).order_by(Circulation.id.desc())
    ).all()


def next_meeting_of(group_id: int, after: datetime) -> Meeting | None:
    """The group's first scheduled meeting after a moment ("by the next meeting of GROUP")."""
    return db.session.scalar(
        db.select(Meeting)
        .where(
            Meeting.group_id == group_id,
            Meeting.starts_at > after,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    )


def untouched_occurrences(group_id: int, *, after: datetime) -> list[Meeting]:
    """Meetings the group's schedule made, still to come, that nobody has changed (version 1: not
    moved, cancelled or held) and that have nothing recorded or sent for them yet."""
    return db.session.scalars(
        db.select(Meeting).where(
            Meeting.group_id == group_id, Meeting.occurrence_on.is_not(None), Meeting.starts_at > after,
            Meeting.status == MeetingStatus.SCHEDULED, Meeting.version == 1,
            ~Meeting.agenda_items.any(), ~Meeting.decisions.any(),
            ~db.select(Circulation.id).where(Circulation.meeting_id == Meeting.id).exists(),
        ).order_by(Meeting.starts_at)
    ).all()


def upcoming_occurrences(group_id: int, *, after: datetime, until: datetime) -> list[Meeting]:
    """Meetings the group's schedule made that are still on and start in (after, until]."""
    return db.session.scalars(
        db.select(Meeting).where(
            Meeting.group_id == group_id, Meeting.occurrence_on.is_not(None), Meeting.starts_at > after,
            Meeting.starts_at <= until, Meeting.status != MeetingStatus.CANCELLED,
        ).order_by(Meeting.starts_at)
    ).all()


def meeting_for_page(meeting_id: int) -> Meeting | None:
    """A meeting with its group, attendees, agenda and decisions (with the decisions that superseded
    them or that they replaced): five queries whatever the size."""
    return db.session.scalar(
        db.select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            joinedload(Meeting.group),
            joinedload(Meeting.minutes_approved_at),
            selectinload(Meeting.attendances).joinedload(Attendance.person).joinedload(User.organisation),
            selectinload(Meeting.agenda_items),
            selectinload(Meeting.decisions).options(  # and what superseded each, or it replaced
                joinedload(Decision.superseded_by).joinedload(Decision.meeting).joinedload(Meeting.group),
                selectinload(Decision.supersedes).joinedload(Decision.meeting).joinedload(Meeting.group)),
        )
    )


def minutes_to_approve_sql():
    """Written minutes still in draft, of a meeting that went ahead: waiting for approval at a later
    meeting (the same test as `minutes_awaiting_approval`, for any group)."""
    return and_(Meeting.status != MeetingStatus.CANCELLED, Meeting.minutes_status == MinutesStatus.DRAFT,
                Meeting.minutes != "")


def meetings_page(*, visible, now: datetime, upcoming: bool, group_id: int | None = None,
                  draft_minutes: bool = False, page: int = 1, per_page: int = 20):
    """Upcoming meetings soonest first, or past ones latest first, with their groups; or only those
    whose minutes wait for approval."""
    query = db.select(Meeting).options(joinedload(Meeting.group)).where(visible)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if draft_minutes:
        query = query.where(minutes_to_approve_sql())
    if upcoming:
        query = query.where(Meeting.starts_at > now).order_by(Meeting.starts_at, Meeting.id)
    else:
        query = query.where(Meeting.starts_at <= now).order_by(Meeting.starts_at.desc(), Meeting.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def meetings_of_group(group_id: int, *, now: datetime, upcoming: bool, limit: int) -> list[Meeting]:
    query = db.select(Meeting).where(Meeting.group_id == group_id)
    if upcoming:
        query = query.where(Meeting.starts_at > now).order_by(Meeting.starts_at)
    else:
        query = query.where(Meeting.starts_at <= now).order_by(Meeting.starts_at.desc())
    return db.session.scalars(query.limit(limit)).all()


def next_meetings_of_my_groups(person: User, *, now: datetime, limit: int = 3) -> list[Meeting]:
    """The next few meetings of the groups the person belongs to, soonest first (one query)."""
    my_groups = db.select(Membership.group_id).where(Membership.person_id == person.id)
    query = (
        db.select(Meeting).options(joinedload(Meeting.group))
        .where(Meeting.group_id.in_(my_groups), Meeting.starts_at > now,
               Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at, Meeting.id).limit(limit)
    )
    return list(db.session.scalars(query))


def meeting_at(group_id: int, starts_at: datetime, *, other_than: int | None = None) -> Meeting | None:
    """A meeting of the group at exactly this moment that has not been cancelled (a duplicate)."""
    query = db.select(Meeting).where(
        Meeting.group_id == group_id, Meeting.starts_at == starts_at,
        Meeting.status != MeetingStatus.CANCELLED,
    )
    if other_than is not None:
        query = query.where(Meeting.id != other_than)
    return db.session.scalar(query.limit(1))


def minutes_awaiting_approval(meeting: Meeting) -> list[Meeting]:
    """Earlier meetings of the group whose written minutes are still draft (rule: approved at a
    later meeting)."""
    return db.session.scalars(
        db.select(Meeting)
        .where(Meeting.group_id == meeting.group_id, Meeting.starts_at < meeting.starts_at,
               minutes_to_approve_sql())
        .order_by(Meeting.starts_at.desc())
        .limit(10)
    ).all()


def minutes_approved_here(meeting: Meeting) -> list[Meeting]:
    """The earlier meetings whose minutes were approved at this one."""
    return db.session.scalars(
        db.select(Meeting).where(Meeting.minutes_approved_at_id == meeting.id).order_by(Meeting.starts_at)
    ).all()


def next_agenda_position(meeting: Meeting) -> int:
    return (db.session.scalar(
        db.select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
    ) or 0) + 1


def meeting_history_query(meeting: Meeting):
    """Every change to the meeting, its attendance, agenda items and decisions, newest first."""
    records = {
        "meetings": db.select(Meeting.id).where(Meeting.id == meeting.id),
        "attendances": db.select(Attendance.id).where(Attendance.meeting_id == meeting.id),
        "agenda_items": db.select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id),
        "decisions": db.select(Decision.id).where(Decision.meeting_id == meeting.id),
    }
    # A removed attendance has no row any more; its "removed" event still names the meeting, and
    # its earlier events are found through that event's id.
    records["attendances"] = records["attendances"].union(
        db.select(AuditEvent.entity_id).where(
            AuditEvent.entity_type == "attendances", AuditEvent.event == "removed",
            AuditEvent.changes[("meeting_id", 0)].as_integer() == meeting.id,
        )
    )
    return (
        db.select(AuditEvent)
        .where(or_(*[
            and_(AuditEvent.entity_type == kind, AuditEvent.entity_id.in_(ids)) for kind, ids in records.items()
        ]))
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    )


# --- groups --------------------------------------------------------------------------------------


def groups_page(*, visible_ids=None, include_closed: bool = False, page: int = 1, per_page: int = 25):
    """Groups by name with their people and parent group: three queries whatever the size."""
    query = (
        db.select(Group)
        .options(joinedload(Group.parent), selectinload(Group.memberships).joinedload(Membership.person))
        .order_by(Group.name, Group.id)
    )
    if not include_closed:
        query = query.where(Group.is_active.is_(True))
    if visible_ids is not None:
        query = query.where(Group.id.in_(visible_ids))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def group_for_page(group_id: int) -> Group | None:
    return db.session.scalar(
        db.select(Group)
        .where(Group.id == group_id)
        .options(
            joinedload(Group.parent),
            selectinload(Group.subgroups),
            selectinload(Group.memberships).joinedload(Membership.person).joinedload(User.organisation),
        )
    )


def next_meetings_of(group_ids: list[int], now: datetime) -> dict[int, datetime]:
    """{group_id: when its next meeting starts}, in one query."""
    if not group_ids:
        return {}
    rows = db.session.execute(
        db.select(Meeting.group_id, func.min(Meeting.starts_at))
        .where(Meeting.group_id.in_(group_ids), Meeting.starts_at > now,
               Meeting.status != MeetingStatus.CANCELLED)
        .group_by(Meeting.group_id)
    )
    return dict(rows.all())


def group_choices(*, exclude: Group | None = None) -> list[Group]:
    """Groups that can be a parent: active ones, not the group itself or one of its subgroups."""
    groups = db.session.scalars(db.select(Group).where(Group.is_active.is_(True)).order_by(Group.name)).all()
    if exclude is None:
        return groups
    below = descendant_ids(exclude)
    return [group for group in groups if group.id != exclude.id and group.id not in below]


def descendant_ids(group: Group) -> set[int]:
    """Ids of every group below this one (one query: the whole tree is small)."""
    children: dict[int, list[int]] = {}
    for child_id, parent_id in db.session.execute(db.select(Group.id, Group.parent_id)):
        children.setdefault(parent_id, []).append(child_id)
    found, waiting = set(), [group.id]
    while waiting:
        for child_id in children.get(waiting.pop(), []):
            if child_id not in found:
                found.add(child_id)
                waiting.append(child_id)
    return found
