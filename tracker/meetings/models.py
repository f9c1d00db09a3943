"""Meetings of a group, their attendees, agenda items and decisions."""
from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

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
    UniqueConstraint,
    and_,
    func,
    or_,
)
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship, selectinload

from tracker.core.database import UTCDateTime
from tracker.core.dates import format_date, to_local
from tracker.core.domain import DomainError
from tracker.core.models import Auditable, AuditEvent, Tag, TimestampMixin
from tracker.extensions import db
from tracker.people.models import Group, Membership, User

if TYPE_CHECKING:
    from tracker.actions.models import Action


class MeetingStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


MEETING_STATUS_LABELS = {"upcoming": "Upcoming", "held": "Held", "cancelled": "Cancelled"}


class MinutesStatus(enum.StrEnum):
    DRAFT = "draft"  # until approved at a later meeting of the group
    APPROVED = "approved"


class Meeting(Auditable, TimestampMixin, db.Model):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    location: Mapped[str] = mapped_column(String(300), default="")  # a place, or "Online"
    is_online: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.SCHEDULED)
    # Meetings are never deleted: a cancelled one keeps its place in the diary, with the reason.
    cancelled_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    summary: Mapped[str] = mapped_column(Text, default="")  # the short published summary
    minutes: Mapped[str] = mapped_column(Text, default="")
    minutes_status: Mapped[str] = mapped_column(String(20), default=MinutesStatus.DRAFT)
    # The later meeting at which these minutes were approved (recorded there as a decision).
    minutes_approved_at_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The day of the group's schedule this meeting was made for (tracker/meetings/schedules.py), kept
    # when it moves or is cancelled so the schedule never makes that day's meeting again; None for a
    # meeting scheduled by hand.
    occurrence_on: Mapped[date | None] = mapped_column(Date)

    group: Mapped[Group] = relationship()
    minutes_approved_at: Mapped[Meeting | None] = relationship(remote_side=[id])
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.id"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Decision.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_meetings_group_starts", "group_id", "starts_at"),
        Index("ix_meetings_starts_at", "starts_at"),  # the meetings list across every group
        # One meeting per day of a schedule, however many diary fills run at once.
        UniqueConstraint("group_id", "occurrence_on", name="uq_meetings_group_occurrence"),
    )

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def local_start(self) -> datetime:
        """When it starts, in the partnership's time zone (aware, so safe to compare)."""
        return to_local(self.starts_at)

    @property
    def starts_on(self):
        """The meeting's date where the partnership is (what "by the next meeting" resolves to)."""
        return self.local_start.date()

    def has_come(self, today: date) -> bool:
        """Its day has come: what happened at it (attendance, updates given) can be recorded."""
        return self.starts_on <= today

    def status_at(self, now: datetime) -> str:
        """upcoming, held or cancelled: a meeting whose time has passed has been held."""
        if self.is_cancelled:
            return "cancelled"
        return "held" if self.status == MeetingStatus.HELD or self.local_start <= now else "upcoming"

    def status_label_at(self, now: datetime) -> str:
        return MEETING_STATUS_LABELS[self.status_at(now)]

    @property
    def minutes_are_approved(self) -> bool:
        return self.minutes_status == MinutesStatus.APPROVED

    @property
    def title(self) -> str:
        return f"{self.group.name}, {self.local_start.day} {self.local_start:%B %Y}"


def require_meeting_has_come(meeting: Meeting, today: date, *, doing: str, field: str) -> None:
    """What happened at a meeting is recorded on or after its day, never before it."""
    if not meeting.has_come(today):
        raise DomainError(f"This meeting has not happened yet. You can {doing} from the day of the meeting, "
                          f"{format_date(meeting.starts_on)}", field=field)


class AttendanceStatus(enum.StrEnum):
    ATTENDED = "attended"
    APOLOGIES = "apologies"


class Attendance(Auditable, db.Model):
    """Someone at (or sending apologies to) a meeting; `name` for people with no account."""

    __tablename__ = "attendances"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.ATTENDED)

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    person: Mapped[User | None] = relationship()

    # Someone taken off the record is deleted, and the audit trail keeps them by id: on SQLite an
    # id must never be handed out again, or a later attendee would inherit their history.
    __table_args__ = {"sqlite_autoincrement": True}

    @property
    def display_name(self) -> str:
        return self.person.name if self.person else self.name


class AgendaItem(Auditable, TimestampMixin, db.Model):
    """A heading in a meeting ("Key Worker pilot", "AOB") with its discussion notes."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    decisions: Mapped[list[Decision]] = relationship(back_populates="agenda_item")


decision_tags = Table(
    "decision_tags",
    db.metadata,
    Column("decision_id", ForeignKey("decisions.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True, index=True),
)


class SupersededHow(enum.StrEnum):
    REVISITED = "revisited"  # the group came back to it and changed or extended it
    REVERSED = "reversed"  # the group undid it


class Decision(Auditable, TimestampMixin, db.Model):
    """What a group agreed under an agenda item ("the pilot will run until December").

    A later decision can supersede it (the group revisited or reversed it): the earlier one keeps
    its words and links to the later one, and the later one lists what it replaced."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), index=True)
    # How the later decision changed this one: SupersededHow.REVISITED or .REVERSED (None if not known).
    superseded_how: Mapped[str | None] = mapped_column(String(20))
    # "What this means for families": plain English a chair publishes on the public decisions page.
    for_families: Mapped[str] = mapped_column(Text, default="", server_default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    agenda_item: Mapped[AgendaItem | None] = relationship(back_populates="decisions")
    superseded_by: Mapped[Decision | None] = relationship(remote_side=[id], back_populates="supersedes")
    supersedes: Mapped[list[Decision]] = relationship(back_populates="superseded_by", order_by="Decision.id")
    tags: Mapped[list[Tag]] = relationship(secondary=decision_tags, order_by="Tag.position")
    # The actions raised from it. Read only: an action names the decision it came from. Lists load
    # them with the reader's visibility clause (Decision.actions.and_(...)), never all of them.
    actions: Mapped[list[Action]] = relationship("Action", viewonly=True, order_by="Action.id")

    __audit_collections__ = ("tags",)


class Paper(enum.StrEnum):
    AGENDA = "agenda"  # before the meeting
    MINUTES = "minutes"  # after it: the draft minutes, with the action log (the Board pack PDF)


PAPER_LABELS = {Paper.AGENDA: "the agenda", Paper.MINUTES: "the draft minutes and action log"}


class Circulation(Auditable, db.Model):
    """Papers of a meeting sent to its group's members and guests: who sent what, when, to how many."""

    __tablename__ = "circulations"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    paper: Mapped[str] = mapped_column(String(20))
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recipient_count: Mapped[int] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship()
    sent_by: Mapped[User | None] = relationship()

    @property
    def paper_label(self) -> str:
        return PAPER_LABELS[Paper(self.paper)]


# --- queries -------------------------------------------------------------------------------------


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
    """A meeting with its group, attendees, agenda and decisions: four queries whatever the size."""
    return db.session.scalar(
        db.select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            joinedload(Meeting.group),
            joinedload(Meeting.minutes_approved_at),
            selectinload(Meeting.attendances).joinedload(Attendance.person).joinedload(User.organisation),
            selectinload(Meeting.agenda_items),
            selectinload(Meeting.decisions),
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
