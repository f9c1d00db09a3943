"""iCalendar feeds: the meetings of a person's groups, and the due dates of their open actions.

Calendar apps fetch these without signing in, so each link carries a signed token naming its
person (see tracker/api/tokens.py). Events have stable UIDs, so a moved meeting or due date
updates the entry already in someone's calendar instead of adding another; SEQUENCE is the
record's version number, so calendars know which copy is newer. Times are in the partnership's
time zone (Europe/London by default), with the VTIMEZONE calendars need to place them.
"""
from __future__ import annotations

from datetime import date, timedelta

from flask import abort, current_app, url_for
from icalendar import Calendar, Event, vDuration

from tracker.actions.models import Action
from tracker.api import feeds_blueprint as blueprint
from tracker.api import queries
from tracker.api.tokens import person_for_feed_token
from tracker.core.access import signed_link
from tracker.core.dates import YEARS_AFTER, format_date, local_day, local_today, sensible_window
from tracker.meetings.calendar import add_time_zones, meeting_event, new_calendar, uid_domain
from tracker.people.models import User

REFRESH = timedelta(hours=1)


def _calendar(name: str, description: str) -> Calendar:
    calendar = new_calendar("PUBLISH")
    calendar.add("x-wr-calname", f"{current_app.config['SITE_NAME']}: {name}")
    calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", current_app.config["TIMEZONE"])
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    # An X- property has no type of its own: without vDuration it would be written "1:00:00".
    calendar.add("x-published-ttl", vDuration(REFRESH))
    return calendar


def _respond(calendar: Calendar, filename: str, first: date, last: date):
    return add_time_zones(calendar, first, last), 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": f'inline; filename="{filename}"',
    }


def due_date_event(action: Action) -> Event:
    event = Event()
    event.add("uid", f"action-{action.id}-due@{uid_domain()}")
    event.add("dtstamp", action.updated_at)
    event.add("last-modified", action.updated_at)
    event.add("sequence", action.version)
    event.add("dtstart", action.due_on)  # a date: an all-day event
    event.add("dtend", action.due_on + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a due date does not make anyone busy
    event.add("summary", f"Due: {action.title}")
    link = url_for("actions.show", action_id=action.id, _external=True)
    summary = f"{action.group.name} action, {action.status_label.lower()}, due {format_date(action.due_on)}."
    event.add("description", f"{summary}\n\n{link}")
    event.add("url", link)
    return event


def _person_or_404(token: str) -> User:
    person = person_for_feed_token(token)
    if person is None:
        abort(404)  # a wrong or reset link looks like no feed at all
    return person


@blueprint.route("/<token>/meetings.ics")
@signed_link
def meetings(token: str):
    person = _person_or_404(token)
    today = local_today()
    calendar = _calendar("meetings", f"Meetings of {person.name}'s groups")
    found = queries.meetings_for_feed(person, today=today)
    for meeting in found:
        calendar.add_component(meeting_event(meeting))
    last = local_day(found[-1].starts_at) if found else today
    return _respond(calendar, "meetings.ics", today - timedelta(days=queries.FEED_MEETINGS_PAST_DAYS), last)


@blueprint.route("/<token>/due-dates.ics")
@signed_link
def due_dates(token: str):
    person = _person_or_404(token)
    today = local_today()
    calendar = _calendar("due dates", f"Due dates of the open actions {person.name} owns")
    # A date outside the window (31 12 9999, stored before dates had one) is a typing slip: no calendar
    # could show it, and the time zone rules for the years up to it would take minutes to write.
    first_day, last_day = sensible_window(today, years_before=YEARS_AFTER)
    found = queries.due_dates_for_feed(person, first_day=first_day, last_day=last_day)
    for action in found:
        calendar.add_component(due_date_event(action))
    first = min([found[0].due_on, today]) if found else today
    last = max([found[-1].due_on, today]) if found else today
    return _respond(calendar, "due-dates.ics", first, last)
