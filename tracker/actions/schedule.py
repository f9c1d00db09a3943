"""An action's time rules, in one place: when it is due soon, how late it is, and how its due date
is put into words.

"Due soon" is one window for everything that says it (rule: follow up promptly, docs/rules.md):
the RAG tag on every page, the "due soon" reminder email, the outstanding list's count and the
counts on a person's home page. The window is the action's group's setting (a chair may change
it on the group's reminder settings page), else the service's `DUE_SOON_WORKING_DAYS` (config.py).
An open action is due soon from today up to and including the window's last working day.

Working days skip weekends and bank holidays (tracker/core/dates.py, the one home for dates).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from flask import current_app
from sqlalchemy import Date, and_, case, literal, or_, select

from tracker.core.dates import add_working_days, format_date, working_days_between
from tracker.people.models import Group

REMINDER_DAYS = range(1, 61)  # working days a chair may choose for a group's reminders


def default_due_soon_days() -> int:
    return current_app.config["DUE_SOON_WORKING_DAYS"]


def due_soon_days(group_setting: int | None) -> int:
    """A group's due-soon window in working days: its own setting, else the service's."""
    return default_due_soon_days() if group_setting is None else group_setting


def due_soon_by(today: date, group_setting: int | None) -> date:
    """The last day an action of the group counts as due soon, seen on `today`."""
    return add_working_days(today, due_soon_days(group_setting))


def is_due_soon(due_on: date | None, today: date, group_setting: int | None) -> bool:
    return due_on is not None and today <= due_on <= due_soon_by(today, group_setting)


def working_days_late(due_on: date | None, today: date) -> int:
    """0 unless past due; counted in working days, which is what people mean."""
    if due_on is None or due_on >= today:
        return 0
    return working_days_between(due_on, today)


def working_days_left(due_on: date | None, today: date) -> int:
    """0 unless due after today."""
    if due_on is None or due_on <= today:
        return 0
    return working_days_between(today, due_on)


@lru_cache(maxsize=8)
def _limits(today: date, default: int) -> tuple[dict[int, date], date]:
    return {days: add_working_days(today, days) for days in REMINDER_DAYS}, add_working_days(today, default)


def is_due_soon_sql(today: date, due_on_column, group_id_column):
    """The SQL twin of `is_due_soon` for the action in the row, in the same statement, so a list of
    any length costs no extra query. Most groups keep the usual window: their actions are checked
    against one date; only the actions of groups with their own setting look that setting up."""
    default = default_due_soon_days()
    by_window, usual = _limits(today, default)
    own_window = select(Group.id).where(Group.due_soon_working_days.is_not(None),
                                        Group.due_soon_working_days != default)
    setting = select(Group.due_soon_working_days).where(Group.id == group_id_column).scalar_subquery()
    limit = case({days: literal(limit, Date) for days, limit in by_window.items()}, value=setting,
                 else_=literal(usual, Date))
    return and_(due_on_column >= today, due_on_column <= max(usual, *by_window.values()), or_(
        and_(due_on_column <= usual, group_id_column.not_in(own_window)),
        and_(group_id_column.in_(own_window), due_on_column <= limit)))


def count_of(number: int, noun: str) -> str:
    """"1 action", "3 actions"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def working_days_text(number: int) -> str:
    """The `working_days` template filter: "1 working day", "3 working days"."""
    return count_of(number, "working day")


def due_wording(due_on: date | None, *, late: int, left: int) -> str:
    """When an action is due and how late it is, in plain words ("Due 9 October 2020: 2 working
    days overdue"), given `working_days_late` and `working_days_left` worked out once."""
    if due_on is None:
        return "Due by the group's next meeting, once it is in the diary"
    due = f"Due {format_date(due_on)}"
    if late:
        return f"{due}: {working_days_text(late)} overdue"
    if left:
        return f"{due}: in {working_days_text(left)}"
    return f"{due}: today"
