"""Accountability by organisation: who owes what, how late, and how things closed.

Charter: "do what we say we will, or explain clearly why we cannot". For each organisation (the
owner's): open actions, overdue ones, the median working days overdue, actions completed on or
before their due date (out of all completed), and those closed as "cannot be done" (the list of
them, with their explanations, is one click away).

Four queries whatever the number of actions.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from statistics import median_low

from sqlalchemy import case, func, select

from tracker.actions.models import Action, ActionStatus
from tracker.actions.rag import is_open_sql, is_overdue_sql
from tracker.core.dates import working_days_between
from tracker.extensions import db
from tracker.people.models import Organisation, User
from tracker.reports.queries import ClosedOnTime

YIELD_PER = 2000


@dataclass
class OrganisationRecord:
    organisation_id: int | None
    name: str
    open: int = 0
    overdue: int = 0
    median_days_overdue: int | None = None
    completed: int = 0
    completed_on_time: int = 0
    cannot_be_done: int = 0

    @property
    def on_time_text(self) -> str:
        if not self.completed:
            return "None completed"
        return f"{self.completed_on_time} of {self.completed} ({round(100 * self.completed_on_time / self.completed)}%)"


def _weighted_median(counts: dict[int, int]) -> int | None:
    values = [days for days, number in sorted(counts.items()) for _ in range(number)]
    return median_low(values) if values else None


def accountability_by_organisation(today: date) -> list[OrganisationRecord]:
    records = {
        organisation.id: OrganisationRecord(organisation.id, organisation.name)
        for organisation in db.session.scalars(select(Organisation).order_by(Organisation.name))
    }
    organisation_id = User.organisation_id
    totals = db.session.execute(
        select(organisation_id,
               func.count(case((is_open_sql(), 1))),
               func.count(case((is_overdue_sql(today), 1))),
               func.count(case((Action.status == ActionStatus.COMPLETED, 1))),
               func.count(case((Action.status == ActionStatus.CANNOT_BE_DONE, 1))))
        .join(User, User.id == Action.owner_id)
        .group_by(organisation_id)
    )
    for key, open_count, overdue, completed, cannot in totals:
        record = records.get(key) or records.setdefault(key, OrganisationRecord(None, "No organisation"))
        record.open, record.overdue, record.completed, record.cannot_be_done = open_count, overdue, completed, cannot

    # Median lateness: one row per organisation and due date, so this stays small.
    lateness: dict[int | None, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for key, due_on, number in db.session.execute(
        select(organisation_id, Action.due_on, func.count())
        .join(User, User.id == Action.owner_id)
        .where(is_overdue_sql(today))
        .group_by(organisation_id, Action.due_on)
    ):
        lateness[key][working_days_between(due_on, today)] += number
    for key, counts in lateness.items():
        records[key].median_days_overdue = _weighted_median(counts)

    # On time: closed on or before the due date, in the partnership's time zone.
    closed_on_time = ClosedOnTime()
    for key, due_on, closed_at in db.session.execute(
        select(organisation_id, Action.due_on, Action.closed_at)
        .join(User, User.id == Action.owner_id)
        .where(Action.status == ActionStatus.COMPLETED, Action.due_on.is_not(None), Action.closed_at.is_not(None))
        .execution_options(yield_per=YIELD_PER)
    ):
        if closed_on_time(due_on, closed_at):
            records[key].completed_on_time += 1

    listed = [record for record in records.values() if record.organisation_id is not None]
    unaffiliated = records.get(None)
    return listed + ([unaffiliated] if unaffiliated else [])
