"""A meeting as an iCalendar event: one home for the feeds (tracker/api/feeds.py) and the emailed
invitations (tracker/meetings/invitations.py).

Both give an event the same UID and its SEQUENCE is the meeting's version number, so a calendar
that has the meeting from either source updates that one entry when the meeting moves or is
cancelled, instead of adding another. Times are in the partnership's time zone, with the VTIMEZONE
calendars need to place them.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

from flask import current_app
from icalendar import Calendar, Event

from tracker.core.dates import to_local
from tracker.meetings.models import Meeting, MeetingStatus
from tracker.nudges.links import absolute_url

# Tracker records when a meeting starts, not when it ends; calendars show this long a slot.
MEETING_LENGTH = timedelta(hours=2)


def uid_domain() -> str:
    """From BASE_URL, not the request, so UIDs stay the same however the event is reached."""
    return urlsplit(current_app.config["BASE_URL"]).hostname or "tracker"


def new_calendar(method: str) -> Calendar:
    """An empty calendar: PUBLISH for a feed, REQUEST or CANCEL for an invitation (RFC 5546)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{current_app.config['SITE_NAME']}//Tracker//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


# iCalendar text may hold no control character but tab (RFC 5545, 3.3.11); pasted words can carry
# them (PowerPoint's line break is U+000B), and a calendar program may then refuse the whole feed.
# In UTF-8 these bytes stand only for themselves, so they are replaced in the written calendar.
NOT_IN_ICALENDAR = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def add_time_zones(calendar: Calendar, first: date, last: date) -> bytes:
    """The zone's rules for the years the events span only (a whole history is many kilobytes);
    the calendar as bytes, each control character in its text written as a space."""
    calendar.add_missing_timezones(first_date=first - timedelta(days=366), last_date=last + timedelta(days=366))
    return NOT_IN_ICALENDAR.sub(b" ", calendar.to_ical())


def meeting_event(meeting: Meeting, *, description: str | None = None) -> Event:
    """The meeting's event. `description` replaces the published summary (an invitation gives
    the agenda); the link to the meeting's page always ends it."""
    event = Event()
    starts = to_local(meeting.starts_at)
    cancelled = meeting.status == MeetingStatus.CANCELLED
    event.add("uid", f"meeting-{meeting.id}@{uid_domain()}")
    event.add("dtstamp", meeting.updated_at)
    event.add("last-modified", meeting.updated_at)
    event.add("sequence", meeting.version)
    event.add("dtstart", starts)
    event.add("dtend", starts + MEETING_LENGTH)
    event.add("summary", f"{'Cancelled: ' if cancelled else ''}{meeting.group.name} meeting")
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    location = meeting.location or ("Online" if meeting.is_online else "")
    if location:
        event.add("location", location)
    link = absolute_url("meetings.show", meeting_id=meeting.id)
    text = meeting.summary if description is None else description
    event.add("description", "\n\n".join(part for part in (text, link) if part))
    event.add("url", link)
    return event
