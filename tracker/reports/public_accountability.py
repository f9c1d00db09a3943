"""The public accountability page's figures and the Board chair's sign-off that publishes them.

Charter: "do what we say we will, or explain clearly why we cannot". For one partner organisation
and one period: the actions its people agreed with the partnership in that period (made then),
how many were done on time, done late, are open and overdue, are open and not yet due, and were
closed as "cannot be done", with the explanation of each. Nothing is public until a Board chair
signs the organisation and period off; the figures are kept as signed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from tracker.actions.models import OPEN_STATUSES, Action, ActionStatus
from tracker.core.dates import format_date, start_of_day
from tracker.core.domain import DomainError, Problems
from tracker.extensions import db
from tracker.people.models import Organisation, User
from tracker.permissions import can_sign_off_accountability
from tracker.reports.charts import Bar, Chart
from tracker.reports.models import AccountabilitySignOff
from tracker.reports.queries import ClosedOnTime

LONGEST_PERIOD_DAYS = 366 * 2


@dataclass
class AccountabilityFigures:
    agreed: int = 0
    done_on_time: int = 0
    done_late: int = 0
    open_overdue: int = 0
    open_not_due: int = 0
    cannot_be_done: int = 0
    replaced: int = 0  # superseded by another action
    explanations: list[str] = field(default_factory=list)  # why each could not be done

    def as_dict(self) -> dict:
        return asdict(self)

    ROWS = (("done_on_time", "Done on time"), ("done_late", "Done late"),
            ("open_overdue", "Not done yet and late"), ("open_not_due", "Not done yet, not due yet"),
            ("cannot_be_done", "Could not be done"), ("replaced", "Replaced by another action"))

    def rows(self) -> list[tuple[str, int]]:
        return [(label, getattr(self, name)) for name, label in self.ROWS]

    def chart(self, organisation: str) -> Chart:
        return Chart(
            title=f"What happened to the actions {organisation} agreed",
            description=f"{organisation} agreed {self.agreed} actions.",
            bars=[Bar(label, number, f"{number} {'action' if number == 1 else 'actions'}")
                  for label, number in self.rows()],
            scale=max((number for _label, number in self.rows()), default=0) or 1,
        )


def accountability_figures(organisation: Organisation, start: date, end: date, *, today: date) -> AccountabilityFigures:
    """The figures for the actions the organisation's people agreed from `start` to `end` (whole
    days where the partnership is), as they stand on `today`. One query."""
    figures = AccountabilityFigures()
    on_time = ClosedOnTime()
    rows = db.session.execute(
        select(Action.status, Action.due_on, Action.closed_at, Action.explanation)
        .join(User, User.id == Action.owner_id)
        .where(User.organisation_id == organisation.id, Action.created_at >= start_of_day(start),
               Action.created_at < start_of_day(end + timedelta(days=1)))
        .order_by(Action.id)
    )
    for status, due_on, closed_at, explanation in rows:
        figures.agreed += 1
        if status == ActionStatus.COMPLETED:
            if due_on is None or closed_at is None or on_time(due_on, closed_at):
                figures.done_on_time += 1
            else:
                figures.done_late += 1
        elif status in OPEN_STATUSES:
            if due_on is not None and due_on < today:
                figures.open_overdue += 1
            else:
                figures.open_not_due += 1
        elif status == ActionStatus.CANNOT_BE_DONE:
            figures.cannot_be_done += 1
            figures.explanations.append(explanation)
        else:
            figures.replaced += 1
    return figures


def sign_off_accountability(organisation: Organisation | None, start: date | None, end: date | None, *,
                            by: User, at: datetime, today: date) -> AccountabilitySignOff:
    """Publish one organisation's figures for one period, as they stand now (audited)."""
    if not can_sign_off_accountability(by):
        raise DomainError("Only a chair of a Board can sign off these figures")
    problems = Problems()
    if organisation is None:
        problems.errors.append(DomainError("Choose the organisation", field="organisation"))
    if start and end and end < start:
        problems.errors.append(DomainError("The end of the period must be the same as or after its start", field="period_end"))
    elif start and end and (end - start).days > LONGEST_PERIOD_DAYS:
        problems.errors.append(DomainError("Choose a period of 2 years or less", field="period_end"))
    elif end and end > today:
        problems.errors.append(DomainError("The period must have ended: choose an end date of today or earlier", field="period_end"))
    problems.raise_any()
    if db.session.scalar(select(AccountabilitySignOff.id).where(
            AccountabilitySignOff.organisation_id == organisation.id,
            AccountabilitySignOff.period_start == start, AccountabilitySignOff.period_end == end)):
        raise DomainError(f"{organisation.name}'s figures from {format_date(start)} to {format_date(end)} "
                          "are already signed off", field="organisation")
    figures = accountability_figures(organisation, start, end, today=today)
    signed = AccountabilitySignOff(organisation=organisation, period_start=start, period_end=end, signed_by=by,
                                   signed_at=at, figures=figures.as_dict())
    db.session.add(signed)
    db.session.flush()
    return signed


@dataclass(frozen=True)
class PublishedFigures:
    sign_off: AccountabilitySignOff
    figures: AccountabilityFigures


def published_accountability() -> list[PublishedFigures]:
    """Every signed-off organisation and period, organisation A to Z, latest period first. One query."""
    sign_offs = db.session.scalars(
        select(AccountabilitySignOff).options(joinedload(AccountabilitySignOff.organisation))
        .join(Organisation, Organisation.id == AccountabilitySignOff.organisation_id)
        .order_by(Organisation.name, AccountabilitySignOff.period_end.desc(), AccountabilitySignOff.id.desc())
    ).all()
    return [PublishedFigures(sign_off, AccountabilityFigures(**sign_off.figures)) for sign_off in sign_offs]
