"""Private calendar feeds: meetings of a person's groups, and due dates of their open actions."""
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.conftest import london_moment
from tracker.actions.models import ActionStatus
from tracker.api.tokens import calendar_feed_token
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings.models import Meeting, MeetingStatus
from tracker.people.models import User

LONDON = ZoneInfo("Europe/London")


def _feed_urls(client, auth, person) -> dict[str, str]:
    """The links exactly as the person's calendar feeds page shows them."""
    if client.get("/account/calendar-feeds").status_code != 200:
        auth.login(person)
    html = client.get("/account/calendar-feeds").get_data(as_text=True)
    urls = re.findall(r'value="http://localhost(/feeds/[^"]+)"', html)
    return {"meetings": urls[0], "due_dates": urls[1]}


def _calendar(client, url) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200, response.status
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.data)


def _events(calendar):
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_the_meetings_feed_has_the_meetings_of_the_persons_groups_in_london_time(
        client, auth, make_person, make_group, make_meeting):
    person = make_person()
    group = make_group(name="Education, Health & Care; Quality, Timeliness", members=[person])
    today = local_today()
    summer = Meeting(group=group, starts_at=london_moment(date(today.year + 1, 7, 14), time(10, 0)),
                     location="Town Hall, Room 2", summary="Key Worker pilot\nAOB; next steps")
    winter = Meeting(group=group, starts_at=london_moment(date(today.year + 1, 1, 13), time(14, 0)),
                     is_online=True, status=MeetingStatus.CANCELLED)
    not_mine = make_group()
    db.session.add_all([summer, winter, Meeting(group=not_mine, starts_at=london_moment(today))])
    db.session.commit()

    calendar = _calendar(client, _feed_urls(client, auth, person)["meetings"])

    events = _events(calendar)
    assert set(events) == {f"meeting-{summer.id}@localhost", f"meeting-{winter.id}@localhost"}
    first = events[f"meeting-{summer.id}@localhost"]
    assert first.decoded("dtstart") == datetime(today.year + 1, 7, 14, 10, 0, tzinfo=LONDON)
    assert first["dtstart"].params["TZID"] == "Europe/London"
    assert first.decoded("dtend") - first.decoded("dtstart") == timedelta(hours=2)
    # Commas, semicolons, ampersands and new lines survive the round trip (escaped in the file).
    assert str(first["summary"]) == "Education, Health & Care; Quality, Timeliness meeting"
    assert str(first["location"]) == "Town Hall, Room 2"
    assert str(first["description"]).startswith("Key Worker pilot\nAOB; next steps")
    assert str(first["status"]) == "CONFIRMED"
    assert str(first["url"]) == f"http://localhost/meetings/{summer.id}"
    second = events[f"meeting-{winter.id}@localhost"]
    assert second.decoded("dtstart").hour == 14 and second.decoded("dtstart").utcoffset() == timedelta(0)
    assert str(second["status"]) == "CANCELLED"
    assert str(second["summary"]).startswith("Cancelled: ")
    assert str(second["location"]) == "Online"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_a_meeting_keeps_its_uid_when_it_moves_and_its_sequence_goes_up(
        client, auth, make_person, make_group, make_meeting):
    person = make_person()
    meeting = make_meeting(make_group(members=[person]), local_today() + timedelta(days=7))
    url = _feed_urls(client, auth, person)["meetings"]
    before = _events(_calendar(client, url))
    meeting = db.session.get(Meeting, meeting.id)
    meeting.starts_at = london_moment(local_today() + timedelta(days=8))
    db.session.commit()
    after = _events(_calendar(client, url))
    assert set(before) == set(after)
    uid = f"meeting-{meeting.id}@localhost"
    assert after[uid]["sequence"] > before[uid]["sequence"]
    assert after[uid].decoded("dtstart") - before[uid].decoded("dtstart") == timedelta(days=1)


def test_the_due_dates_feed_has_the_persons_open_actions_as_all_day_events(
        client, auth, make_person, make_action):
    person = make_person()
    due = local_today() + timedelta(days=5)
    open_action = make_action(owner=person, due=due, title="Publish the Local Offer page")
    make_action(owner=person, due=due, status=ActionStatus.COMPLETED, outcome="Done")
    make_action(owner=make_person(), due=due)

    calendar = _calendar(client, _feed_urls(client, auth, person)["due_dates"])

    events = _events(calendar)
    assert list(events) == [f"action-{open_action.id}-due@localhost"]
    event = events[f"action-{open_action.id}-due@localhost"]
    assert event.decoded("dtstart") == due and not isinstance(event.decoded("dtstart"), datetime)
    assert event.decoded("dtend") == due + timedelta(days=1)
    assert str(event["summary"]) == "Due: Publish the Local Offer page"
    assert str(event["transp"]) == "TRANSPARENT"
    assert str(event["url"]) == f"http://localhost/actions/{open_action.id}"


@pytest.mark.parametrize("feed", ["meetings", "due-dates"])
def test_a_wrong_or_tampered_feed_link_finds_nothing(client, make_person, feed):
    person = make_person()
    token = calendar_feed_token(person)
    assert client.get(f"/feeds/{token}/{feed}.ics").status_code == 200
    assert client.get(f"/feeds/{token[:-2]}xx/{feed}.ics").status_code == 404
    assert client.get(f"/feeds/not-a-token/{feed}.ics").status_code == 404


def test_resetting_the_links_turns_the_old_ones_off(client, auth, make_person):
    person = make_person()
    old = _feed_urls(client, auth, person)
    response = client.submit("/account/calendar-feeds/reset", form_url="/account/calendar-feeds",
                             follow_redirects=True)
    assert "Your calendar links have been reset" in response.get_data(as_text=True)
    new = _feed_urls(client, auth, person)
    assert new != old
    assert client.get(old["meetings"]).status_code == 404
    assert client.get(new["meetings"]).status_code == 200


def test_a_deactivated_persons_feeds_stop(client, make_person):
    person = make_person()
    url = f"/feeds/{calendar_feed_token(person)}/due-dates.ics"
    db.session.get(User, person.id).is_active = False
    db.session.commit()
    assert client.get(url).status_code == 404


def test_the_feeds_take_the_same_number_of_queries_at_3_and_30_rows(
        client, make_person, make_group, make_action, count_queries):
    from tracker.extensions import db as database

    person = make_person()
    group = make_group(members=[person])
    token = calendar_feed_token(person)
    counts = []
    for size in (3, 30):
        for n in range(size):
            make_action(owner=person, group=group, due=local_today() + timedelta(days=n))
            database.session.add(Meeting(group=group, starts_at=london_moment(local_today() + timedelta(days=n))))
        database.session.commit()
        with count_queries() as counted:
            assert client.get(f"/feeds/{token}/meetings.ics").status_code == 200
            assert client.get(f"/feeds/{token}/due-dates.ics").status_code == 200
        counts.append(counted.count)
    assert counts[0] == counts[1], counts


def test_the_feeds_ask_to_be_fetched_hourly_in_valid_durations(client, auth, make_person):
    person = make_person()
    for url in _feed_urls(client, auth, person).values():
        text = client.get(url).get_data(as_text=True)
        # RFC 5545 durations: "1:00:00" (what the feed once said) is not one, and calendars ignore it.
        assert "\r\nX-PUBLISHED-TTL:PT1H\r\n" in text
        assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
