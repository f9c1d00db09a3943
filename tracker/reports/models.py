"""Indexes the reports need on other domains' tables (the tables themselves live there), and the
Board chair's sign-off that lets an organisation's accountability figures be published.

`ix_actions_open_due`: a partial index of outstanding actions by due date. The outstanding list
(sorted by due date, overdue or not), its counts and the overdue chart walk it instead of sorting
every open action; `at_risk`, `status` and `group_id` ride along so the counts never touch the
table (the group gives the "due soon" count its window).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.actions.models import Action
from tracker.core.database import UTCDateTime
from tracker.core.models import Auditable
from tracker.extensions import db
from tracker.people.models import Organisation, User

OPEN_ACTIONS = text("status IN ('not_started', 'in_progress')")

Index(
    "ix_actions_open_due",
    Action.due_on,
    Action.at_risk,
    Action.status,
    Action.group_id,
    sqlite_where=OPEN_ACTIONS,
    postgresql_where=OPEN_ACTIONS,
)


class AccountabilitySignOff(Auditable, db.Model):
    """A Board chair's word that one organisation's figures for one period may be made public.

    The figures are kept as they were signed (`figures`), so the public page shows what the chair
    saw, never an action changed or added since (nothing internal leaks after the sign-off)."""

    __tablename__ = "accountability_sign_offs"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    figures: Mapped[dict] = mapped_column(JSON)  # AccountabilityFigures.as_dict() when signed

    organisation: Mapped[Organisation] = relationship()
    signed_by: Mapped[User] = relationship()

    __table_args__ = (UniqueConstraint("organisation_id", "period_start", "period_end",
                                       name="uq_accountability_sign_offs_period"),)
