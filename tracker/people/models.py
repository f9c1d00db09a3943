"""Organisations, people (user accounts) and the groups they belong to."""
from __future__ import annotations

import enum
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.database import UTCDateTime
from tracker.core.models import Auditable, TimestampMixin
from tracker.extensions import db


class Role(enum.StrEnum):
    """A person's role across the whole service. Roles within a group are on Membership."""

    ADMIN = "admin"
    CHAIR = "chair"
    LEAD = "lead"
    MEMBER = "member"  # owns actions
    CHAMPION = "champion"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "Administrator",
    Role.CHAIR: "Chair",
    Role.LEAD: "Workstream lead",
    Role.MEMBER: "Member",
    Role.CHAMPION: "Champion",
}


class OrganisationKind(enum.StrEnum):
    COUNCIL = "council"
    NHS = "nhs"
    SCHOOL = "school"
    PARENT_FORUM = "parent_forum"
    VOLUNTARY = "voluntary"
    OTHER = "other"


class Organisation(Auditable, TimestampMixin, db.Model):
    """A partner body: the council, an NHS trust, the parent carer forum, a school."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default=OrganisationKind.OTHER)

    people: Mapped[list[User]] = relationship(back_populates="organisation")

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class User(Auditable, TimestampMixin, UserMixin, db.Model):
    """A person. Everyone who owns an action is a person in the system; not all can sign in."""

    __tablename__ = "users"
    __audit_exclude__ = (
        "updated_at", "password_hash", "session_version", "last_login_at", "api_token_hash",
        "calendar_feed_version",
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)  # Flask-Login reads it
    digest_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bumped to end every session of this person (password change, deactivation).
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    api_token_hash: Mapped[str | None] = mapped_column(String(128), unique=True)
    # Signed into the person's private calendar feed links; bumped to turn the old links off.
    calendar_feed_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def role_label(self) -> str:
        return Role(self.role).label

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class GroupKind(enum.StrEnum):
    BOARD = "board"
    WORKSTREAM = "workstream"
    TASK_AND_FINISH = "task_and_finish"
    NETWORK = "network"
    OTHER = "other"


GROUP_KIND_LABELS = {
    GroupKind.BOARD: "Board",
    GroupKind.WORKSTREAM: "Workstream",
    GroupKind.TASK_AND_FINISH: "Task and finish group",
    GroupKind.NETWORK: "Network",
    GroupKind.OTHER: "Other group",
}


class Group(Auditable, TimestampMixin, db.Model):
    """A body that meets: the SEND Board, a workstream, a task and finish group, a network."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=GroupKind.WORKSTREAM)
    description: Mapped[str] = mapped_column(Text, default="")
    meeting_pattern: Mapped[str] = mapped_column(String(200), default="")  # "Monthly, 2nd Tuesday"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Nudge settings a chair may change for the group; None means the service default.
    due_soon_working_days: Mapped[int | None] = mapped_column(Integer)
    escalate_after_working_days: Mapped[int | None] = mapped_column(Integer)
    input_response_working_days: Mapped[int | None] = mapped_column(Integer)
    # Its meeting schedule (tracker/meetings/schedules.py): an iCalendar DTSTART and RRULE in local
    # time, or "" for a group that meets as and when (meeting_pattern then says how, in words).
    schedule_rule: Mapped[str] = mapped_column(Text, default="", server_default="")
    schedule_skips_bank_holidays: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    schedule_location: Mapped[str] = mapped_column(String(300), default="", server_default="")
    schedule_is_online: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    parent: Mapped[Group | None] = relationship(remote_side=[id], back_populates="subgroups")
    subgroups: Mapped[list[Group]] = relationship(back_populates="parent")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )

    @property
    def kind_label(self) -> str:
        return GROUP_KIND_LABELS[GroupKind(self.kind)]

    def __repr__(self) -> str:
        return f"<Group {self.name}>"


class GroupRole(enum.StrEnum):
    CHAIR = "chair"  # a group may have co-chairs: several chairs
    SECRETARY = "secretary"
    LEAD = "lead"
    MEMBER = "member"


GROUP_ROLE_LABELS = {
    GroupRole.CHAIR: "Chair",
    GroupRole.SECRETARY: "Secretary",
    GroupRole.LEAD: "Lead",
    GroupRole.MEMBER: "Member",
}


class Membership(Auditable, TimestampMixin, db.Model):
    """A person's place in a group. A person may belong to several groups."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    group_role: Mapped[str] = mapped_column(String(20), default=GroupRole.MEMBER)

    group: Mapped[Group] = relationship(back_populates="memberships")
    person: Mapped[User] = relationship(back_populates="memberships")

    __table_args__ = (UniqueConstraint("group_id", "person_id", name="uq_memberships_group_person"),)

    @property
    def group_role_label(self) -> str:
        return GROUP_ROLE_LABELS[GroupRole(self.group_role)]


def normalise_email(email: str) -> str:
    """Emails are stored lower-cased so that one address is one person."""
    return email.strip().lower()


class EndedSession(db.Model):
    """A signed-in session that was signed out, so a copy of its cookie is refused.

    Sessions live in signed cookies, which the server cannot take back: signing out records the
    session's random id here, and every request checks it in the query that loads the person.
    Kept only for the session lifetime (PERMANENT_SESSION_LIFETIME): older cookies have expired.
    """

    __tablename__ = "ended_sessions"

    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class TwoStepSignIn(Auditable, TimestampMixin, db.Model):
    """A person's authenticator app (tracker/people/two_step.py): its secret, encrypted, and the
    last time step a code was used in, so a code seen over a shoulder cannot be used again.
    A row not yet confirmed is a set-up in progress; it asks for no code at sign-in."""

    __tablename__ = "two_step_sign_ins"
    __audit_exclude__ = ("updated_at", "secret_encrypted", "last_used_step")

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    secret_encrypted: Mapped[str] = mapped_column(String(255))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_used_step: Mapped[int | None] = mapped_column(Integer)


class RecoveryCode(db.Model):
    """A one-off code for signing in without the authenticator app, stored hashed like a password."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # The code's first letters, so signing in checks one slow hash, not ten. The other seven
    # (about 35 bits) keep the hash as hard to reverse as a good password's.
    starts_with: Mapped[str] = mapped_column(String(3))
    code_hash: Mapped[str] = mapped_column(String(255))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
