"""Scheduling, changing and cancelling meetings; the diary of upcoming and past meetings."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from tests.conftest import FormClient, IsolatedClient, london_moment, london_today
from tests.meetings.conftest import error_summary_links, page_text
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.meetings.forms import parse_time
from tracker.meetings.models import Meeting

NEXT_YEAR = london_today().year + 1


def schedule(client, group, day: str, clock: str = "2pm", mode: str = "in_person", place: str = "Town Hall"):
    return client.submit(f"/groups/{group.id}/meetings/new", {
        "starts_on": day.split(" ") if day else ["", "", ""], "start_time": clock,
        "attendance_mode": mode, "location": place})


def history_text(client, action) -> str:
    """The action page's History section, as words without markup."""
    words = re.sub(r"<[^>]+>", " ", page_text(client.get(f"/actions/{action.id}")).split('id="history"')[-1])
    return re.sub(r"\s+", " ", words).replace(" :", ":")


def only_meeting(group) -> Meeting:
    return db.session.scalars(select(Meeting).where(Meeting.group_id == group.id)).one()


@pytest.mark.parametrize("who", ["secretary", "chair", "lead"])
def test_whoever_runs_the_group_schedules_a_meeting(client, auth, board, who):
    auth.login(getattr(board, who))
    response = schedule(client, board, f"8 12 {NEXT_YEAR}", "2pm", "in_person", "Town Hall, Committee Room 2")
    meeting = only_meeting(board)
    assert response.status_code == 302 and response.location.endswith(f"/meetings/{meeting.id}")
    assert meeting.starts_at.replace(tzinfo=UTC) == datetime(NEXT_YEAR, 12, 8, 14, 0, tzinfo=UTC)  # GMT
    assert (meeting.location, meeting.is_online, meeting.status) == ("Town Hall, Committee Room 2", False, "scheduled")
    page = page_text(client.get(response.location))
    assert f"8 December {NEXT_YEAR} at 2:00pm" in page and "Town Hall, Committee Room 2" in page


def test_summer_meetings_are_stored_in_utc_and_shown_in_london_time(client, auth, board):
    auth.login(board.secretary)
    schedule(client, board, f"9 6 {NEXT_YEAR}", "14:30", "online", "")
    meeting = only_meeting(board)
    assert meeting.starts_at.replace(tzinfo=UTC) == datetime(NEXT_YEAR, 6, 9, 13, 30, tzinfo=UTC)  # BST
    assert meeting.is_online and meeting.location == ""
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    assert f"9 June {NEXT_YEAR} at 2:30pm" in page and "Online" in page


def test_an_empty_form_shows_every_message_at_its_field(client, auth, board):
    auth.login(board.secretary)
    response = schedule(client, board, "", "", "", "")
    assert "<title>Error: Schedule a meeting" in page_text(response)
    assert error_summary_links(response) == [
        ("#starts_on-day", "Enter the date of the meeting, for example 27 3 2026"),
        ("#start_time", "Enter the time the meeting starts, for example 2pm or 14:00"),
        ("#attendance_mode", "Choose whether the meeting is in person or online"),
    ]
    assert db.session.scalars(select(Meeting)).all() == []


@pytest.mark.parametrize(("day", "link", "message"), [
    ("31 2 2027", "#starts_on-day", "The date of the meeting must be a real date: February 2027 has 28 days"),
    ("31 6 2027", "#starts_on-day", "The date of the meeting must be a real date: June has 30 days"),
    ("20 21 21", "#starts_on-year", "The date of the meeting must have a year with 4 numbers, for example 2026"),
    ("20 21 2027", "#starts_on-month", "The date of the meeting must be a real date: there is no month 21"),
    ("8  2027", "#starts_on-month", "The date of the meeting must include a month"),
    ("8 12 2206", "#starts_on-day", f"Check the year: the date of the meeting must be between 1 January {london_today().year - 10} "
                  f"and 31 December {london_today().year + 10}"),
])
def test_dates_that_do_not_exist_are_refused_and_what_was_typed_stays(client, auth, board, day, link, message):
    """The message says which part is wrong, and the error summary leads to that box."""
    auth.login(board.secretary)
    response = schedule(client, board, day, "2pm", "in_person", "Town Hall")
    assert error_summary_links(response) == [(link, message)]
    page = page_text(response)
    assert f'id="starts_on-day" name="starts_on" type="text" value="{day.split(" ")[0]}"' in page
    assert 'value="Town Hall"' in page and 'value="2pm"' in page
    assert db.session.scalars(select(Meeting)).all() == []


def test_a_time_that_does_not_exist_is_refused(client, auth, board):
    auth.login(board.secretary)
    response = schedule(client, board, f"8 12 {NEXT_YEAR}", "25:00")
    assert error_summary_links(response) == [("#start_time", "Enter a real time, for example 2pm or 14:00")]


def test_an_in_person_meeting_needs_a_place(client, auth, board):
    auth.login(board.secretary)
    response = schedule(client, board, f"8 12 {NEXT_YEAR}", "2pm", "in_person", "  ")
    assert error_summary_links(response) == [
        ("#location", "Enter where the meeting will be held, or choose online")]


def test_two_meetings_of_one_group_at_the_same_time_are_refused(client, auth, board):
    auth.login(board.secretary)
    schedule(client, board, f"8 12 {NEXT_YEAR}")
    response = schedule(client, board, f"8 12 {NEXT_YEAR}")
    assert error_summary_links(response) == [
        ("#starts_on-day", f"Special educational needs and disabilities (SEND) Board already has a meeting at 8 December {NEXT_YEAR} at 2:00pm")]


@pytest.mark.parametrize(("clock", "expected"), [
    ("2pm", time(14)), ("2:30 pm", time(14, 30)), ("14:00", time(14)), ("14.30", time(14, 30)),
    ("9", time(9)), ("9am", time(9)), ("12pm", time(12)), ("12am", time(0)), ("noon", time(12)),
    ("13pm", None), ("24:00", None), ("2:60pm", None), ("half two", None), ("", None),
])
def test_times_are_read_the_way_people_write_them(clock, expected):
    assert parse_time(clock) == expected


def test_scheduling_gives_actions_due_by_the_next_meeting_their_date(client, auth, board, make_action):
    waiting = make_action(owner=board.member, group=board, due=None, due_at_next_meeting_of=board)
    waiting.due_on = waiting.original_due_on = None
    db.session.commit()
    auth.login(board.secretary)
    schedule(client, board, f"12 1 {NEXT_YEAR}")
    db.session.expire_all()
    assert db.session.get(Action, waiting.id).due_on == date(NEXT_YEAR, 1, 12)


def next_meeting_action(make_action, board, meeting):
    action = make_action(owner=board.member, group=board, due=meeting.starts_on, due_at_next_meeting_of=board)
    action.created_at = datetime.now(UTC) - timedelta(days=1)
    db.session.commit()
    return action


def test_moving_a_meeting_moves_the_actions_due_at_it(client, auth, board, make_meeting, make_action):
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12))
    action = next_meeting_action(make_action, board, meeting)
    fixed = make_action(owner=board.member, group=board, due=date(NEXT_YEAR, 1, 12))  # a date, not "next meeting"
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/edit", {
        "starts_on": ["19", "1", str(NEXT_YEAR)], "start_time": "2pm", "attendance_mode": "online",
        "location": "Microsoft Teams", "version": "1"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Action, action.id).due_on == date(NEXT_YEAR, 1, 19)
    assert db.session.get(Action, action.id).original_due_on == date(NEXT_YEAR, 1, 19)
    history = history_text(client, action)
    assert f"Note: The SEND Board meeting of 12 January {NEXT_YEAR} moved to 19 January {NEXT_YEAR}" in history
    assert db.session.get(Action, fixed.id).due_on == date(NEXT_YEAR, 1, 12)


def test_cancelling_needs_a_reason_and_keeps_the_meeting_in_the_diary(client, auth, board, make_meeting, make_action):
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12))
    following = make_meeting(board, date(NEXT_YEAR, 2, 9))
    action = next_meeting_action(make_action, board, meeting)
    auth.login(board.chair)
    response = client.submit(f"/meetings/{meeting.id}/cancel", {"reason": " "})
    assert error_summary_links(response) == [("#reason", "Enter why the meeting is cancelled")]
    response = client.submit(f"/meetings/{meeting.id}/cancel", {"reason": "Too few members could attend"})
    assert response.status_code == 302
    page = page_text(client.get(response.location))
    assert "This meeting was cancelled: " in page and "Too few members could attend" in page
    assert "Cancelled" in page_text(client.get("/meetings"))
    db.session.expire_all()
    assert db.session.get(Meeting, meeting.id).status == "cancelled"
    assert db.session.get(Action, action.id).due_on == following.starts_on  # follows to the next meeting
    history = history_text(client, action)
    assert f"Due date: from 12 January {NEXT_YEAR} to 9 February {NEXT_YEAR}" in history
    assert f"Note: The SEND Board meeting of 12 January {NEXT_YEAR} was cancelled" in history
    assert client.get(f"/meetings/{meeting.id}/edit").status_code == 200
    response = client.submit(f"/meetings/{meeting.id}/edit", {
        "starts_on": ["19", "1", str(NEXT_YEAR)], "start_time": "2pm", "attendance_mode": "online",
        "location": "", "version": str(db.session.get(Meeting, meeting.id).version)})
    assert "This meeting was cancelled, so it cannot be changed" in page_text(response)


def test_cancelling_the_only_meeting_leaves_its_actions_waiting_for_the_next(client, auth, board, make_meeting, make_action):
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12))
    action = next_meeting_action(make_action, board, meeting)
    auth.login(board.secretary)
    client.submit(f"/meetings/{meeting.id}/cancel", {"reason": "Moved to a workshop"})
    db.session.expire_all()
    assert db.session.get(Action, action.id).due_on is None
    assert db.session.get(Action, action.id).due_at_next_meeting_of_id == board.id


def test_second_save_of_the_meeting_form_is_refused_showing_what_changed(app, board, make_meeting):
    """Two people edit the meeting at once: the second is told what the first changed; nothing is lost."""
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12), location="Online", is_online=True)
    app.test_client_class = IsolatedClient
    tom, jordan = FormClient(app.test_client()), FormClient(app.test_client())
    tom.submit("/sign-in", {"email": board.secretary.email, "password": "correct horse battery"})
    jordan.submit("/sign-in", {"email": board.chair.email, "password": "correct horse battery"})
    form = f"/meetings/{meeting.id}/edit"
    tom_token, jordan_token = tom.csrf_token(form), jordan.csrf_token(form)
    fields = {"starts_on": ["12", "1", str(NEXT_YEAR)], "start_time": "14:00", "version": "1"}

    first = tom.post(form, data={**fields, "csrf_token": tom_token, "attendance_mode": "in_person",
                                 "location": "Town Hall"})
    assert first.status_code == 302
    second = jordan.post(form, data={**fields, "csrf_token": jordan_token, "attendance_mode": "online",
                                     "location": "Microsoft Teams"})
    page = page_text(second)
    assert second.status_code == 200 and "Someone else saved this meeting while you were editing it" in page
    assert error_summary_links(second) == [
        ("#attendance_mode", "Tom Fisher changed this to in person while you were editing. Check it, then save again"),
        ("#location", "Tom Fisher changed this to “Town Hall” while you were editing. Check it, then save again"),
    ]
    assert 'value="Microsoft Teams"' in page  # what Jordan typed stays
    assert 'name="version" type="hidden" value="2"' in page
    db.session.expire_all()
    assert db.session.get(Meeting, meeting.id).location == "Town Hall"

    again = jordan.post(form, data={**fields, "version": "2", "csrf_token": jordan_token,
                                    "attendance_mode": "online", "location": "Microsoft Teams"})
    assert again.status_code == 302
    db.session.expire_all()
    assert db.session.get(Meeting, meeting.id).location == "Microsoft Teams"


def test_a_save_that_touches_other_fields_than_the_first_is_not_refused(client, auth, board, make_meeting):
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12), location="Town Hall")
    auth.login(board.secretary)
    client.submit(f"/meetings/{meeting.id}/minutes", {"summary": "The Board met.", "minutes": "", "version": "1"})
    response = client.submit(f"/meetings/{meeting.id}/edit", {
        "starts_on": ["12", "1", str(NEXT_YEAR)], "start_time": "3pm", "attendance_mode": "in_person",
        "location": "Town Hall", "version": "1"})  # loaded before the summary was saved
    assert response.status_code == 302
    db.session.expire_all()
    saved = db.session.get(Meeting, meeting.id)
    assert (saved.summary, saved.starts_at.replace(tzinfo=UTC)) == (
        "The Board met.", london_moment(date(NEXT_YEAR, 1, 12), time(15)))


@pytest.mark.parametrize("who", ["member", "secretary of another group", "champion"])
def test_people_who_do_not_run_the_group_cannot_schedule_or_change_its_meetings(
        client, auth, board, make_person, make_group, make_meeting, who):
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12))
    if who == "member":
        person = board.member
    elif who == "champion":
        person = make_person(role="champion")
    else:
        person = make_person(role="lead")
        make_group(secretary=person)
    auth.login(person)
    expected = 404 if who == "champion" else 403  # a champion does not see the Board's meetings at all
    assert client.get(f"/groups/{board.id}/meetings/new").status_code == expected
    for path in ("edit", "cancel", "attendance", "agenda/new", "decisions/new", "minutes"):
        assert client.get(f"/meetings/{meeting.id}/{path}").status_code == expected, path


def test_admin_schedules_for_any_group(client, auth, board, make_person):
    auth.login(make_person(role="admin"))
    assert schedule(client, board, f"8 12 {NEXT_YEAR}").status_code == 302


def test_the_diary_lists_upcoming_soonest_first_and_past_latest_first(client, auth, board, make_meeting, make_group):
    today = london_today()
    make_meeting(board, today + timedelta(days=30), location="Later place")
    make_meeting(board, today + timedelta(days=2), location="Sooner place")
    make_meeting(board, today - timedelta(days=60), location="Older place")
    make_meeting(board, today - timedelta(days=3), location="Recent place")
    auth.login(board.member)
    upcoming = page_text(client.get("/meetings"))
    assert upcoming.index("Sooner place") < upcoming.index("Later place") and "Recent place" not in upcoming
    past = page_text(client.get("/meetings?when=past"))
    assert past.index("Recent place") < past.index("Older place") and "Sooner place" not in past


def test_the_diary_is_paginated(client, auth, board, make_meeting):
    for weeks in range(1, 25):
        make_meeting(board, london_today() + timedelta(weeks=weeks))
    auth.login(board.member)
    first, second = page_text(client.get("/meetings")), page_text(client.get("/meetings?page=2"))
    assert first.count("/meetings/") - first.count("/meetings/new") >= 20
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_champions_see_only_the_meetings_of_their_own_groups(client, auth, board, make_person, make_group, make_meeting):
    champion = make_person(role="champion")
    network = make_group(name="Network of SEND Champions", kind="network", members=[champion])
    make_meeting(board, london_today() + timedelta(days=5), location="Board room")
    theirs = make_meeting(network, london_today() + timedelta(days=6), location="Stockport Library")
    auth.login(champion)
    page = page_text(client.get("/meetings"))
    assert "Stockport Library" in page and "Board room" not in page
    assert client.get(f"/meetings/{theirs.id}").status_code == 200


@pytest.mark.parametrize("version", ["two", "", "1.5"])
@pytest.mark.parametrize("page", ["edit", "minutes"])
def test_a_garbled_version_is_refused_as_an_edit_conflict_not_a_crash(client, auth, board, make_meeting, page,
                                                                       version):
    meeting = make_meeting(board, date(NEXT_YEAR, 1, 12), location="Town Hall")
    auth.login(board.secretary)
    fields = {"edit": {"starts_on": ["19", "1", str(NEXT_YEAR)], "start_time": "3pm",
                       "attendance_mode": "in_person", "location": "Council House"},
              "minutes": {"summary": "The Board met.", "minutes": "Draft"}}[page]
    response = client.submit(f"/meetings/{meeting.id}/{page}", {**fields, "version": version})
    assert response.status_code == 200
    assert [message for _, message in error_summary_links(response)] == [
        "Someone else saved this meeting while you were editing it. Check what changed, then save again"]
    text = page_text(response)
    assert ("Council House" if page == "edit" else "The Board met.") in text  # what was typed stays
    db.session.expire_all()
    saved = db.session.get(Meeting, meeting.id)
    assert (saved.location, saved.summary or "") == ("Town Hall", "")


def test_only_the_box_that_is_wrong_is_marked(client, auth, board):
    """GOV.UK date input: a day June does not have marks the day box, not the month or the year."""
    auth.login(board.secretary)
    page = page_text(schedule(client, board, f"31 6 {NEXT_YEAR}", "2pm", "in_person", "Town Hall"))
    marked = re.findall(r'class="govuk-input ([^"]*)" id="starts_on-(\w+)"', page)
    assert [(part, "govuk-input--error" in classes) for classes, part in marked] == [
        ("day", True), ("month", False), ("year", False)]
