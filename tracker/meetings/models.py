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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.database import UTCDateTime
from tracker.core.dates import format_date, to_local
from tracker.core.domain import DomainError
from tracker.core.models import Auditable, Tag, TimestampMixin
from tracker.extensions import db
from tracker.people.models import Group, User

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
    # Goes up with every save: a form that read an older one is refused (an edit conflict).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    decisions: Mapped[list[Decision]] = relationship(back_populates="agenda_item")

    __mapper_args__ = {"version_id_col": version}


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
    # Goes up with every save: a form that read an older one is refused (an edit conflict).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    agenda_item: Mapped[AgendaItem | None] = relationship(back_populates="decisions")
    superseded_by: Mapped[Decision | None] = relationship(remote_side=[id], back_populates="supersedes")
    supersedes: Mapped[list[Decision]] = relationship(back_populates="superseded_by", order_by="Decision.id")
    tags: Mapped[list[Tag]] = relationship(secondary=decision_tags, order_by="Tag.position")
    # The actions raised from it. Read only: an action names the decision it came from. Lists load
    # them with the reader's visibility clause (Decision.actions.and_(...)), never all of them.
    actions: Mapped[list[Action]] = relationship("Action", viewonly=True, order_by="Action.id")

    __audit_collections__ = ("tags",)
    __mapper_args__ = {"version_id_col": version}


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
