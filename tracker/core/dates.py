"""Dates and working days, in one place.

Due dates are `date`s; moments are timezone-aware UTC `datetime`s, shown in the partnership's
time zone (Europe/London by default). Working days skip weekends and the bank holidays of England
and Wales, which govuk-bank-holidays ships with its package (no network needed).
"""
from __future__ import annotations

import calendar
from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from flask import current_app, has_app_context
from govuk_bank_holidays.bank_holidays import BankHolidays

from config import Config
from tracker.core.domain import DomainError


def no_such_day(day: int, month: int, year: int) -> str | None:
    """Why this day, month and year is no day of the calendar, in plain words, or None when it is
    one: "there is no month 13", "June has 30 days", "February 2027 has 28 days" (the year is named
    only where it matters). The one rule for a date typed into a form's day, month and year boxes
    (core/forms.py GovDateField) and for a date read from minutes or an action log (importer/due.py
    impossible_date)."""
    wrong = wrong_part_of_date(day, month, year)
    return wrong[1] if wrong else None


def wrong_part_of_date(day: int, month: int, year: int) -> tuple[str, str] | None:
    """The part that makes this no day of the calendar ("day", "month" or "year") and why, as
    no_such_day words it; None when it is a day. A form marks that part's box."""
    if not 1 <= month <= 12:
        return "month", f"there is no month {month}"
    if not 1 <= year <= 9999:
        return "year", f"there is no year {year}"
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return None
    if day < 1:
        return "day", f"there is no day {day}"
    return "day", f"{calendar.month_name[month]}{f' {year}' if month == 2 else ''} has {last} days"


def utcnow() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    """A moment in ISO 8601, in UTC with a "Z" (the API's and the webhooks' way)."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def local_zone() -> ZoneInfo:
    """The partnership's time zone (config TIMEZONE); outside the app (a benchmark reading minutes),
    the configuration's default."""
    return ZoneInfo(current_app.config["TIMEZONE"] if has_app_context() else Config.TIMEZONE)


def to_local(moment: datetime, zone: ZoneInfo | None = None) -> datetime:
    """`zone` saves looking the partnership's zone up again, in a loop over many rows."""
    return moment.astimezone(zone or local_zone())


def local_day(moment: datetime, zone: ZoneInfo | None = None) -> date:
    """The partnership's calendar day at `moment`."""
    return to_local(moment, zone).date()


def local_today() -> date:
    return utcnow().astimezone(local_zone()).date()


def start_of_day(day: date) -> datetime:
    """The moment (in UTC) a day begins where the partnership is."""
    return datetime.combine(day, time.min, tzinfo=local_zone()).astimezone(UTC)


def end_of_days(last_day: date) -> datetime | None:
    """Where a filter of whole days up to `last_day` (included) ends: the moment (in UTC) the next
    day begins where the partnership is; None when `last_day` is the last there is (31 December
    9999, which a filter may be given), as there is no next day: the range has no end."""
    return None if last_day >= date.max else start_of_day(last_day + timedelta(days=1))


@lru_cache(maxsize=1)
def bank_holidays() -> frozenset[date]:
    holidays = BankHolidays(use_cached_holidays=True)
    return frozenset(
        holiday["date"] for holiday in holidays.get_holidays(division=BankHolidays.ENGLAND_AND_WALES)
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays()


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start` (before it, if `days` is negative)."""
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    day = start
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


@lru_cache(maxsize=1)
def _weekday_holidays() -> tuple[date, ...]:
    return tuple(sorted(day for day in bank_holidays() if day.weekday() < 5))


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative if `end` is earlier).

    Whole weeks count five each, so a long-overdue list costs no more than a short one.
    """
    if end == start:
        return 0
    sign = 1 if end > start else -1
    low, high = sorted((start, end))
    whole_weeks, extra_days = divmod((high - low).days, 7)
    count = whole_weeks * 5 + sum(
        1 for offset in range(1, extra_days + 1) if (low + timedelta(days=offset)).weekday() < 5
    )
    holidays = _weekday_holidays()
    count -= bisect_right(holidays, high) - bisect_right(holidays, low)
    return sign * count


# Month names written out, not through strftime, which reads the C library's calendar on each call:
# a list of 25 actions formats 50 dates (24 µs each through strftime, 1 µs here). English, as every
# page is; the service never sets a locale, so this is what strftime's %B and %b give too.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def format_date(day: date | None) -> str:
    """GOV.UK style: 9 October 2020."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def format_short_date(day: date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}" if day else ""


def format_datetime(moment: datetime | None) -> str:
    """GOV.UK style: 9 October 2020 at 1:30pm."""
    if moment is None:
        return ""
    local = to_local(moment)
    meridiem = "am" if local.hour < 12 else "pm"
    return f"{format_date(local)} at {local.hour % 12 or 12}:{local.minute:02d}{meridiem}"


# --- a date a person can mean ----------------------------------------------------------------------

YEARS_BEFORE = 1  # a due date, say, a little before the meeting it came from is still a real date
YEARS_AFTER = 10


def sensible_window(around: date, *, years_before: int = YEARS_BEFORE) -> tuple[date, date]:
    """The first and last day a typed date may be, around `around` (the meeting's date, or today):
    from the start of the year `years_before` years back to the end of the year ten years on."""
    return date(around.year - years_before, 1, 1), date(min(around.year + YEARS_AFTER, 9999), 12, 31)


def check_sensible_date(day: date, *, around: date, what: str, field: str,
                        years_before: int = YEARS_BEFORE) -> date:
    """A date outside the window is a typing slip (31 12 9999): it would sit last on every list,
    never come due, break calendar feeds and slow every reminder run. Refused, with a message at
    `field` naming it as `what` ("the date the action is due")."""
    first, last = sensible_window(around, years_before=years_before)
    if not first <= day <= last:
        raise DomainError(f"Check the year: {what} must be between {format_date(first)} and "
                          f"{format_date(last)}", field=field)
    return day
