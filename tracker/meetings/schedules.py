"""A group's meeting schedule as a rule: "every 6 weeks on Tuesday at 10am, not in August".

The rule is stored on the group as iCalendar text (RFC 5545), a DTSTART and an RRULE, which
python-dateutil reads and which any calendar understands. Times in it are the partnership's local
time with no zone attached ("floating"): 10:00 stays 10:00 when the clocks change, and becomes a
UTC moment only once a meeting is put in the diary. Skipping August is part of the RRULE
(BYMONTH); skipping bank holidays is not something an RRULE can say, so it is a flag beside it,
using the one list of bank holidays (tracker/core/dates.py).

Nothing here reads or writes the database: tracker/meetings/operations.py uses these to fill
the diary ahead.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from tracker.core.dates import bank_holidays, format_date, local_zone

WEEKLY, MONTHLY = "weekly", "monthly"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEK_OF_MONTH = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
INTERVALS = {WEEKLY: range(1, 53), MONTHLY: range(1, 13)}  # up to a year between meetings
NOT_AUGUST = ",".join(str(month) for month in range(1, 13) if month != 8)
LOOK_FOR_A_DATE_YEARS = 2  # a rule with no end and no date in this long never gives one


@dataclass(frozen=True)
class Schedule:
    """When a group meets. `week_of_month` (1 to 4, or -1 for the last) is for monthly rules."""

    frequency: str
    interval: int
    weekday: int  # 0 is Monday
    clock: time
    starts_on: date
    ends_on: date | None = None
    week_of_month: int | None = None
    skips_august: bool = False
    skips_bank_holidays: bool = False

    # --- as iCalendar text, and back ----------------------------------------------------------------

    def as_icalendar(self) -> str:
        """"DTSTART:20260106T100000\\nRRULE:FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;BYMONTH=1,...": what the group stores."""
        day = _ICAL_DAYS[self.weekday]
        parts = [f"FREQ={self.frequency.upper()}", f"INTERVAL={self.interval}",
                 f"BYDAY={self.week_of_month}{day}" if self.frequency == MONTHLY else f"BYDAY={day}"]
        if self.skips_august:
            parts.append(f"BYMONTH={NOT_AUGUST}")
        if self.ends_on is not None:
            parts.append(f"UNTIL={self.ends_on:%Y%m%d}T235959")
        start = datetime.combine(self.starts_on, self.clock)
        if self.frequency == WEEKLY:
            # The weeks count from DTSTART's week, so DTSTART is the first meeting day itself: "every
            # 6 weeks on Tuesday from Friday 1 January" starts on Tuesday 5 January, not 6 weeks on.
            start += timedelta(days=(self.weekday - self.starts_on.weekday()) % 7)
        return f"DTSTART:{start:%Y%m%dT%H%M%S}\nRRULE:{';'.join(parts)}"

    @classmethod
    def from_icalendar(cls, text: str, *, skips_bank_holidays: bool = False) -> Schedule:
        """The schedule a group stored (only rules `as_icalendar` wrote are ever stored)."""
        lines = dict(line.split(":", 1) for line in text.strip().splitlines())
        start = datetime.strptime(lines["DTSTART"], "%Y%m%dT%H%M%S")
        rule = dict(part.split("=", 1) for part in lines["RRULE"].split(";"))
        byday = rule["BYDAY"]
        return cls(
            frequency=rule["FREQ"].lower(), interval=int(rule["INTERVAL"]),
            weekday=_ICAL_DAYS.index(byday[-2:]), clock=start.time(), starts_on=start.date(),
            ends_on=datetime.strptime(rule["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in rule else None,
            week_of_month=int(byday[:-2]) if byday[:-2] else None,
            skips_august="BYMONTH" in rule, skips_bank_holidays=skips_bank_holidays,
        )

    # --- its dates --------------------------------------------------------------------------------

    def meeting_days(self, first: date, last: date) -> list[date]:
        """The days it gives from `first` to `last`, both included, bank holidays left out if asked."""
        rule = rrulestr(self.as_icalendar())
        days = [moment.date() for moment in rule.between(datetime.combine(first, time.min),
                                                          datetime.combine(last, time.max), inc=True)]
        if self.skips_bank_holidays:
            holidays = bank_holidays()
            days = [day for day in days if day not in holidays]
        return days

    def starts_at(self, day: date) -> datetime:
        """The meeting on `day` as a UTC moment: the clock time where the partnership is, that day
        (so 10:00 is 10:00 in GMT and in BST alike)."""
        return datetime.combine(day, self.clock, tzinfo=local_zone()).astimezone(UTC)

    def first_day(self) -> date | None:
        """Its first meeting day, or None for a rule that never gives one (all its dates fall in
        August or on bank holidays, or it ends before its first)."""
        last = self.starts_on + timedelta(days=366 * LOOK_FOR_A_DATE_YEARS)
        if self.ends_on is not None:
            last = min(last, self.ends_on)
        days = self.meeting_days(self.starts_on, last) if last >= self.starts_on else []
        return days[0] if days else None

    # --- in words ---------------------------------------------------------------------------------

    def in_words(self) -> str:
        """"Every 6 weeks on Tuesday at 10am, not in August", as the group's page shows it."""
        day = WEEKDAYS[self.weekday]
        if self.frequency == WEEKLY:
            words = f"Every {day}" if self.interval == 1 else f"Every {self.interval} weeks on {day}"
        else:
            every = "each month" if self.interval == 1 else f"every {self.interval} months"
            words = f"The {WEEK_OF_MONTH[self.week_of_month]} {day} of {every}"
        words += f" at {clock_in_words(self.clock)}"
        skipped = [words_for for skips, words_for in ((self.skips_august, "in August"),
                                                     (self.skips_bank_holidays, "on bank holidays")) if skips]
        if skipped:
            words += ", not " + " or ".join(skipped)
        if self.ends_on is not None:
            words += f", until {format_date(self.ends_on)}"
        return words


def clock_in_words(clock: time) -> str:
    """10am, 2:30pm, 12 noon."""
    if clock == time(12, 0):
        return "12 noon"
    hour = clock.hour % 12 or 12
    minutes = f":{clock.minute:02d}" if clock.minute else ""
    return f"{hour}{minutes}{'am' if clock.hour < 12 else 'pm'}"


def schedule_of(group) -> Schedule | None:
    """The group's schedule, or None for a group that meets as and when."""
    if not group.schedule_rule:
        return None
    return Schedule.from_icalendar(group.schedule_rule, skips_bank_holidays=group.schedule_skips_bank_holidays)


def usual_meetings(group) -> str:
    """When the group meets, in words: its schedule, else what someone wrote ("Monthly, 2nd Tuesday")."""
    schedule = schedule_of(group)
    return schedule.in_words() if schedule else group.meeting_pattern
