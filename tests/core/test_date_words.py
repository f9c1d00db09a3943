"""Dates in words (core/dates.py) are written without strftime, and must read exactly as
strftime's English months and 12-hour clock do, every day of a few years and through the clock
changes."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.core.dates import format_date, format_datetime, format_short_date


def test_every_day_reads_as_strftime_writes_it():
    for offset in range(0, 3 * 366):
        day = date(2025, 1, 1) + timedelta(days=offset)
        assert format_date(day) == f"{day.day} {day:%B %Y}"
        assert format_short_date(day) == f"{day.day} {day:%b %Y}"
    assert format_date(None) == format_short_date(None) == format_datetime(None) == ""


def test_moments_read_in_the_partnerships_time_on_a_twelve_hour_clock(app):
    london = ZoneInfo("Europe/London")
    with app.app_context():
        for minutes in range(0, 60 * 24 * 370, 23):  # every hour of a year, both clock changes
            moment = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
            local = moment.astimezone(london)
            assert format_datetime(moment) == \
                f"{local.day} {local:%B %Y} at {local:%-I:%M}{'am' if local.hour < 12 else 'pm'}"
        assert format_datetime(datetime(2026, 7, 1, 11, 5, tzinfo=UTC)) == "1 July 2026 at 12:05pm"
        assert format_datetime(datetime(2026, 1, 1, 0, 0, tzinfo=UTC)) == "1 January 2026 at 12:00am"
