"""Cross-domain records: the audit trail, reference tags, one-time tokens and job leases."""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.database import UTCDateTime
from tracker.core.dates import utcnow
from tracker.extensions import db


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow
    )


class Auditable:
    """Marks a model whose every change is written to the audit trail (see core/audit.py).

    `__audit_exclude__` names columns too noisy or private to record.
    """

    __audit_exclude__: tuple[str, ...] = ("updated_at", "version")
    # Many-to-many collections (say, an action's tags) recorded too, as lists of their names.
    __audit_collections__: tuple[str, ...] = ()


class AuditEvent(db.Model):
    """Who changed what, when, with the values before and after. Never edited or deleted."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(20))  # created, changed, removed
    changes: Mapped[dict] = mapped_column(JSON, default=dict)  # {field: [before, after]}

    actor = relationship("User", lazy="joined")

    # Indexes for the audit log page's filters: by record, by who, and by date alone.
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id", "occurred_at"),
        Index("ix_audit_events_actor", "actor_id", "occurred_at"),
        Index("ix_audit_events_occurred_at", "occurred_at"),
    )


class TagKind(enum.StrEnum):
    PRIORITY = "priority"  # the five strategic priorities of the SEND Strategy
    VALUE = "value"  # the seven Co-production Charter values
    OUTCOME = "outcome"  # the seven Outcomes Framework statements


class Tag(db.Model):
    """A reference-list entry that actions and published outcomes can be tagged with."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("kind", "name", name="uq_tags_kind_name"),)

    @property
    def kind_label(self) -> str:
        return {"priority": "Strategic priority", "value": "Charter value", "outcome": "Outcome"}[
            self.kind
        ]


class UsedToken(db.Model):
    """Single-use signed links (invitations, password resets, email actions) spent so far."""

    __tablename__ = "used_tokens"

    token_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DatabaseRestore(db.Model):
    """Each time `flask backup restore` put back a backup. Links spent after that backup was made
    lost their `used_tokens` record with it, so every single-use link issued before the latest
    restore counts as spent (see signed_links.link_is_spent)."""

    __tablename__ = "database_restores"

    id: Mapped[int] = mapped_column(primary_key=True)
    restored_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    backup_file: Mapped[str] = mapped_column(String(1000))


class JobLease(db.Model):
    """A lease that lets only one scheduler run a job at a time on SQLite."""

    __tablename__ = "job_leases"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class JobRun(db.Model):
    """One run of a scheduled job, shown to admins."""

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(60))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default="running")  # running, finished, failed
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    error: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_job_runs_job_started", "job", "started_at"),)


class ChangeStamp(db.Model):
    """A random stamp, renewed by every write to what it stands for (see core/stamps.py).

    One row per stamp: a page or list drawn under one stamp is served only while the stamp is
    unchanged. A random value, not a counter, so a restored backup or a fresh test database can
    never match a stamp from before.
    """

    __tablename__ = "change_stamps"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(32))
