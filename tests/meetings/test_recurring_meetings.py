"""A group's meeting schedule: the rule, the diary filled ahead, one meeting moved or cancelled,
the rule changed, and what a person may type into the form."""
from __future__ import annotations

from datetime import UTC, date, time, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.conftest import london_moment, london_today, writing_at_once
from tests.meetings.conftest import error_summary_links, page_text
from tracker.actions.models import Action
from tracker.core.dates import bank_holidays, local_today
from tracker.extensions import db
from tracker.meetings import operations
from tracker.meetings.calendar import meeting_event
from tracker.meetings.invitations import invitations_queued
from tracker.meetings.models import Meeting, MeetingStatus
from tracker.meetings.schedules import MONTHLY, WEEKLY, Schedule
from tracker.nudges.jobs import run_daily_nudges
from tracker.nudges.models import OutboxEmail
from tracker.nudges.sender import send_pending

NEXT = london_today().year + 1
TUESDAY, MONDAY = 1, 0
NEW_YEAR = london_moment(date(NEXT, 1, 1), time(9, 0))  # "now" in most tests: the diary fills from here


def every_six_weeks(**changes) -> dict:
    """The Board's schedule as set_schedule takes it: every 6 weeks on Tuesday at 10am."""
    return {"frequency": WEEKLY, "interval": 6, "weekday": TUESDAY, "clock": time(10, 0),
            "starts_on": date(NEXT, 1, 5), "location": "Town Hall", **changes}


def diary(group) -> list[Meeting]:
    db.session.expire_all()
    return db.session.scalars(select(Meeting).where(Meeting.group_id == group.id).order_by(Meeting.starts_at)).all()


def days_of(meetings) -> list[date]:
    return [meeting.starts_on for meeting in meetings if not meeting.is_cancelled]


def form_fields(**changes) -> dict:
    """The schedule form filled in: the first Monday of each month at 10am, online."""
    return {"frequency": "monthly", "interval": "1", "weekday": "0", "week_of_month": "1", "start_time": "10am",
            "starts_on": ["1", "1", str(NEXT)], "ends_on": ["", "", ""], "attendance_mode": "online",
            "location": "", **changes}


# --- the rule ------------------------------------------------------------------------------------


def test_every_six_weeks_on_tuesday_in_words_and_dates(app):
    schedule = Schedule(WEEKLY, 6, TUESDAY, time(10, 0), date(NEXT, 1, 1))
    days = schedule.meeting_days(date(NEXT, 1, 1), date(NEXT, 4, 30))
    assert days[0].weekday() == TUESDAY and days[0] <= date(NEXT, 1, 7)
    assert [later - earlier for earlier, later in zip(days, days[1:], strict=False)] == [timedelta(weeks=6)] * (len(days) - 1)
    assert schedule.in_words() == "Every 6 weeks on Tuesday at 10am"
    assert "RRULE:FREQ=WEEKLY;INTERVAL=6;BYDAY=TU" in schedule.as_icalendar()
    assert Schedule(WEEKLY, 1, 2, time(14, 30), date(NEXT, 1, 1)).in_words() == "Every Wednesday at 2:30pm"


def test_the_first_monday_of_each_month(app):
    schedule = Schedule(MONTHLY, 1, MONDAY, time(12, 0), date(NEXT, 1, 1), week_of_month=1)
    days = schedule.meeting_days(date(NEXT, 1, 1), date(NEXT, 12, 31))
    assert len(days) == 12
    assert all(day.weekday() == MONDAY and day.day <= 7 for day in days)
    assert schedule.in_words() == "The first Monday of each month at 12 noon"
    assert Schedule.from_icalendar(schedule.as_icalendar()) == schedule  # what the group stores reads back


def test_bank_holidays_are_left_out_when_asked(app):
    late_may = max(day for day in bank_holidays() if (day.year, day.month) == (NEXT, 5))  # the last Monday
    christmas = min(day for day in bank_holidays() if (day.year, day.month) == (NEXT, 12))  # 25th or its substitute
    last_monday = Schedule(MONTHLY, 1, MONDAY, time(10, 0), date(NEXT, 1, 1), week_of_month=-1)
    weekly = Schedule(WEEKLY, 1, christmas.weekday(), time(10, 0), date(NEXT, 1, 1))
    year = (date(NEXT, 1, 1), date(NEXT, 12, 31))
    assert late_may in last_monday.meeting_days(*year) and christmas in weekly.meeting_days(*year)

    skipping = Schedule(MONTHLY, 1, MONDAY, time(10, 0), date(NEXT, 1, 1), week_of_month=-1, skips_bank_holidays=True)
    assert late_may not in skipping.meeting_days(*year)
    assert len(skipping.meeting_days(*year)) == 12 - sum(1 for day in last_monday.meeting_days(*year)
                                                         if day in bank_holidays())
    weekly = Schedule(WEEKLY, 1, christmas.weekday(), time(10, 0), date(NEXT, 1, 1), skips_bank_holidays=True)
    assert christmas not in weekly.meeting_days(*year)
    assert skipping.in_words() == "The last Monday of each month at 10am, not on bank holidays"


def test_august_is_left_out_when_asked(app):
    schedule = Schedule(WEEKLY, 1, TUESDAY, time(10, 0), date(NEXT, 1, 1), skips_august=True)
    days = schedule.meeting_days(date(NEXT, 7, 1), date(NEXT, 9, 30))
    assert days and not [day for day in days if day.month == 8]
    assert {day.month for day in days} == {7, 9}
    assert schedule.in_words() == "Every Tuesday at 10am, not in August"
    both = Schedule(WEEKLY, 6, TUESDAY, time(10, 0), date(NEXT, 1, 1), skips_august=True, skips_bank_holidays=True,
                    ends_on=date(NEXT, 12, 31))
    assert both.in_words() == f"Every 6 weeks on Tuesday at 10am, not in August or on bank holidays, until 31 December {NEXT}"


@pytest.mark.parametrize("month", [3, 10])
def test_a_clock_change_keeps_meetings_at_ten_oclock_london_time(board, month):
    """The clocks go forward on the last Sunday of March and back on the last Sunday of October."""
    first = date(NEXT, month, 15)
    operations.set_schedule(board, **every_six_weeks(interval=1, starts_on=first),
                            now=london_moment(first - timedelta(days=1), time(9, 0)))
    db.session.commit()
    around = [m for m in diary(board) if first <= m.starts_on <= first + timedelta(weeks=4)]
    assert len(around) == 4
    assert [m.local_start.time() for m in around] == [time(10, 0)] * 4
    utc_hours = [m.starts_at.replace(tzinfo=UTC).astimezone(UTC).hour for m in around]
    assert utc_hours[0] != utc_hours[-1]  # 10:00 GMT is 10:00 UTC, 10:00 BST is 09:00 UTC
    assert sorted(set(utc_hours)) == [9, 10]


# --- the diary filled ahead ------------------------------------------------------------------------


def test_saving_the_schedule_puts_six_months_in_the_diary_once(client, auth, board):
    auth.login(board.chair)
    response = client.submit(f"/groups/{board.id}/schedule", form_fields())
    assert response.status_code == 302 and response.location.endswith(f"/groups/{board.id}")
    meetings = diary(board)
    today = local_today()
    assert meetings and all(m.occurrence_on == m.starts_on for m in meetings)
    assert all(m.starts_on.day <= 7 and m.starts_on.weekday() == MONDAY and m.is_online for m in meetings)
    assert meetings[-1].starts_on <= max(today, date(NEXT, 1, 1)) + timedelta(days=6 * 31)
    page = page_text(client.get(response.location))
    assert "The first Monday of each month at 10am" in page
    assert f"{len(meetings)} meetings put in the diary" in page

    again = client.submit(f"/groups/{board.id}/schedule", form_fields())  # saved again: nothing twice
    assert again.status_code == 302
    assert [m.id for m in diary(board)] == [m.id for m in meetings]
    assert "No new meetings were needed in the diary" in page_text(client.get(again.location))


def test_the_daily_job_adds_the_next_meeting_as_the_horizon_moves_on(board, app, monkeypatch):
    monkeypatch.setitem(app.config, "SCHEDULE_HORIZON_MONTHS", 2)
    made = operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    assert [m.starts_on for m in made] == [date(NEXT, 1, 5), date(NEXT, 2, 16)]
    outcome = run_daily_nudges(date(NEXT, 1, 31))  # two months ahead now reaches 30 March
    assert outcome.counts["meetings_added"] == 1
    assert days_of(diary(board)) == [date(NEXT, 1, 5), date(NEXT, 2, 16), date(NEXT, 3, 30)]
    assert run_daily_nudges(date(NEXT, 1, 31)).counts["meetings_added"] == 0


def test_two_fills_at_once_make_each_meeting_once(app, board, engine_name):
    """Both runs read an empty diary before either writes (held at a barrier); the unique key on
    (group, day) lets only one of them write each meeting, and the other carries on."""
    if engine_name != "postgresql":
        pytest.skip("SQLite lets one writer in at a time; PostgreSQL shows the race")
    board.schedule_rule = Schedule(WEEKLY, 6, TUESDAY, time(10, 0), date(NEXT, 1, 5)).as_icalendar()
    board.schedule_location = "Town Hall"
    db.session.commit()
    group_id = board.id
    outcomes: list[int] = []

    def fill():
        from tracker.people.models import Group

        outcomes.append(len(operations.fill_diary_ahead(db.session.get(Group, group_id), now=NEW_YEAR)))
        db.session.commit()

    assert writing_at_once(app, [fill, fill], first_write=("INSERT INTO meetings",)) == 2  # really at once
    assert len(outcomes) == 2  # and both finished without an error
    meetings = diary(board)
    assert len(meetings) == len({m.occurrence_on for m in meetings}) == sum(outcomes) == 5  # each made by one run


# --- one meeting moved or cancelled, and the rule changed ------------------------------------------


def test_moving_one_meeting_leaves_the_rest_and_it_is_not_made_again(board):
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    second = diary(board)[1]
    operations.change_meeting(second, starts_at=london_moment(date(NEXT, 2, 18), time(14, 0)), location="Library",
                              is_online=False, today=NEW_YEAR.date())
    db.session.commit()
    assert operations.fill_diary_ahead(board, now=NEW_YEAR) == []
    meetings = diary(board)
    assert date(NEXT, 2, 16) not in days_of(meetings) and date(NEXT, 2, 18) in days_of(meetings)
    moved = next(m for m in meetings if m.id == second.id)
    assert moved.occurrence_on == date(NEXT, 2, 16)  # it keeps the day it was made for
    assert all(m.local_start.time() == time(10, 0) for m in meetings if m.id != second.id)


def test_a_cancelled_meeting_is_not_made_again(board):
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    count = len(diary(board))
    operations.cancel_meeting(diary(board)[0], reason="The chair is away")
    db.session.commit()
    assert operations.fill_diary_ahead(board, now=NEW_YEAR) == []
    assert len(diary(board)) == count and date(NEXT, 1, 5) not in days_of(diary(board))


def test_changing_the_rule_replaces_only_future_meetings_nobody_touched(board):
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    first, second, third = diary(board)[:3]
    operations.change_meeting(second, starts_at=london_moment(date(NEXT, 2, 17), time(10, 0)),
                              location="Town Hall", is_online=False, today=NEW_YEAR.date())
    operations.add_agenda_item(third, title="Key Worker pilot")
    db.session.commit()

    later = london_moment(date(NEXT, 1, 10), time(9, 0))  # after the first meeting was held
    operations.set_schedule(board, **every_six_weeks(weekday=3), now=later)  # Thursdays instead
    db.session.commit()

    meetings = {m.id: m for m in diary(board)}
    assert meetings[first.id].status == MeetingStatus.SCHEDULED  # in the past: left as it was
    assert meetings[second.id].starts_on == date(NEXT, 2, 17) and not meetings[second.id].is_cancelled  # moved
    assert not meetings[third.id].is_cancelled  # has an agenda
    replaced = [m for m in meetings.values() if m.is_cancelled]
    assert replaced and all(m.cancelled_reason == "The SEND Board meeting schedule changed" and
                            m.occurrence_on is None for m in replaced)
    thursdays = [m for m in meetings.values() if not m.is_cancelled and m.starts_at.replace(tzinfo=UTC) > later]
    assert [m.starts_on.weekday() for m in thursdays if m.id not in (second.id, third.id)] == \
        [3] * (len(thursdays) - 2)


def send_all() -> None:
    """Outbox runs until it is empty: a slow machine's run may stop at its deadline (OUTBOX_RUN_SECONDS)."""
    while send_pending().sent:
        pass


def test_changing_the_rule_emails_cancellations_only_for_meetings_people_were_invited_to(board, mailbox):
    """A weekly group moved from Tuesdays to Thursdays: each member's calendar holds the eight weeks
    they were sent, so they get those eight cancellations, not one for every Tuesday for six months."""
    operations.set_schedule(board, **every_six_weeks(interval=1), now=NEW_YEAR)
    db.session.commit()
    send_all()
    tuesdays_sent = {message["Subject"].split(" on ", 1)[1] for message in mailbox.to(board.member.email)}
    assert len(tuesdays_sent) == 8 and len(days_of(diary(board))) > 20
    mailbox.messages.clear()

    operations.set_schedule(board, **every_six_weeks(interval=1, weekday=3), now=NEW_YEAR + timedelta(hours=1))
    db.session.commit()
    send_all()
    subjects = [message["Subject"] for message in mailbox.to(board.member.email)]
    cancelled = {subject.split(" on ", 1)[1] for subject in subjects if subject.startswith("Cancelled:")}
    assert cancelled == tuesdays_sent
    assert len(subjects) == 16  # and the eight Thursdays now within eight weeks


def test_a_schedule_changed_before_its_invitations_went_sends_no_cancellations(board, mailbox):
    operations.set_schedule(board, **every_six_weeks(interval=1), now=NEW_YEAR)
    operations.set_schedule(board, **every_six_weeks(interval=1, weekday=3), now=NEW_YEAR)
    db.session.commit()
    send_all()
    subjects = {message["Subject"] for message in mailbox.messages}
    assert subjects and not any(subject.startswith("Cancelled:") for subject in subjects)


def test_saving_the_same_rule_with_a_new_end_keeps_the_meetings_it_still_gives(board):
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    before = diary(board)
    operations.set_schedule(board, **every_six_weeks(ends_on=date(NEXT, 3, 31)), now=NEW_YEAR)
    db.session.commit()
    after = diary(board)
    assert [m.id for m in after if not m.is_cancelled] == [m.id for m in before if m.starts_on <= date(NEXT, 3, 31)]


def test_stopping_the_schedule_withdraws_its_untouched_meetings(client, auth, board):
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    auth.login(board.chair)
    response = client.submit(f"/groups/{board.id}/schedule", {"frequency": "none"})
    assert response.status_code == 302, error_summary_links(response)
    assert days_of(diary(board)) == [] and board.schedule_rule == ""
    page = page_text(client.get(f"/groups/{board.id}"))
    assert "Monthly, second Tuesday, 2pm" in page  # the words someone wrote describe it again


# --- what the schedule reaches --------------------------------------------------------------------


def test_by_the_next_meeting_resolves_as_soon_as_the_schedule_is_saved(board, make_action):
    action = make_action(owner=board.member, group=board, due=None, due_at_next_meeting_of=board)
    action.due_on = action.original_due_on = None
    db.session.commit()
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(Action, action.id).due_on == date(NEXT, 1, 5)


def test_invitations_go_out_as_each_meeting_comes_within_eight_weeks_at_local_time(board):
    """Not all at once: a weekly group would get 26 emails on the day its schedule is saved."""
    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    meetings = diary(board)
    assert [m.starts_on for m in meetings[:3]] == [date(NEXT, 1, 5), date(NEXT, 2, 16), date(NEXT, 3, 30)]
    assert [invitations_queued(m) for m in meetings] == [4, 4] + [0] * (len(meetings) - 2)  # up to 26 February

    for _ in range(2):  # the daily job on 10 February, twice: 30 March is now within 8 weeks, invited once
        operations.fill_diary_ahead(board, now=london_moment(date(NEXT, 2, 10), time(9, 0)))
        db.session.commit()
    assert [invitations_queued(m) for m in diary(board)][:4] == [4, 4, 4, 0]

    summer = next(m for m in meetings if m.starts_on.month == 6)
    operations.fill_diary_ahead(board, now=london_moment(summer.starts_on - timedelta(weeks=7), time(9, 0)))
    db.session.commit()
    start = meeting_event(summer).decoded("dtstart")
    assert (start.hour, start.utcoffset()) == (10, timedelta(hours=1))  # 10am British Summer Time
    invitations = db.session.scalars(select(OutboxEmail).where(OutboxEmail.kind == "meeting_invitation")).all()
    invited = [Calendar.from_ical(email.attachments[0].content).walk("VEVENT")[0] for email in invitations]
    assert [event.decoded("dtstart") for event in invited if str(event["uid"]) == str(meeting_event(summer)["uid"])] \
        == [start] * 4


def test_a_group_with_no_schedule_shows_the_words_someone_wrote(client, auth, board):
    auth.login(board.chair)
    page = page_text(client.get(f"/groups/{board.id}"))
    assert "Monthly, second Tuesday, 2pm" in page and f"/groups/{board.id}/schedule" in page


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"ends_on": ["1", "12", str(NEXT - 1)]}, "ends_on",
     f"The end date must be on or after the start date, 1 January {NEXT}"),
    ({"frequency": "weekly", "interval": "1", "weekday": "1", "starts_on": ["1", "8", str(NEXT)],
      "ends_on": ["31", "8", str(NEXT)], "skips_august": "y"}, "ends_on",
     "These choices give no meeting dates. Choose another day, a later end date, or stop skipping August or "
     "bank holidays"),
    ({"ends_on": ["31", "12", "9999"]}, "ends_on", "Check the year: the end date must be"),
    ({"ends_on": [str(10**20), "1", str(NEXT)]}, "ends_on", "the date the schedule ends must be a real date"),
    ({"interval": "six"}, "interval", "Enter the number of weeks or months as a whole number, like 6"),
    ({"interval": "0"}, "interval", "Enter how many months apart the meetings are, a number from 1 to 12"),
    ({"interval": "99", "frequency": "weekly"}, "interval",
     "Enter how many weeks apart the meetings are, a number from 1 to 52"),
    ({"week_of_month": ""}, "week_of_month", "Choose which week of the month the group meets"),
    ({"weekday": "9"}, "weekday", "Choose the day of the week the group meets"),
    ({"start_time": "25:99"}, "start_time", "Enter a real time, for example 10am or 14:00"),
    ({"start_time": ""}, "start_time", "Enter the time meetings start, for example 10am or 14:00"),
    ({"starts_on": ["", "", ""]}, "starts_on", "Enter the date the schedule starts, for example 6 1 2027"),
    ({"starts_on": ["31", "2", str(NEXT)]}, "starts_on", "the date the schedule starts must be a real date"),
    ({"frequency": "yearly"}, "frequency", "Choose how often the group meets"),
    ({"attendance_mode": "in_person"}, "location", "Enter where the meeting will be held, or choose online"),
])
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(client, auth, board, changes, field, message):
    auth.login(board.chair)
    response = client.submit(f"/groups/{board.id}/schedule", form_fields(**changes))
    assert response.status_code == 200
    links = error_summary_links(response)
    assert links and links[0][0].startswith(f"#{field}")
    assert message.lower() in links[0][1].lower()
    db.session.expire_all()
    assert board.schedule_rule == "" and diary(board) == []


def test_a_closed_group_cannot_be_given_a_schedule(board):
    board.is_active = False
    with pytest.raises(operations.DomainError, match="Reopen the group"):
        operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)


def test_the_schedule_page_and_its_words_read_plainly(client, auth, board):
    """The reading check's staff level (tests/core/test_plain_english.py) on the schedule page,
    empty and with its error messages, and on the group's page once it has a schedule."""
    from tests.core.test_plain_english import main_text, verdict
    from tracker.core.plain_english import STAFF_SCORE

    auth.login(board.chair)
    pages = {"empty": client.get(f"/groups/{board.id}/schedule"),
             "errors": client.submit(f"/groups/{board.id}/schedule", form_fields(frequency="", location="",
                                                                                 attendance_mode="in_person"))}
    operations.set_schedule(board, **every_six_weeks(skips_august=True, skips_bank_holidays=True), now=NEW_YEAR)
    db.session.commit()
    pages["group"] = client.get(f"/groups/{board.id}")
    problems = [problem for name, page in pages.items()
                for problem in verdict(name, main_text(page.get_data(as_text=True)), STAFF_SCORE)]
    assert not problems, "\n".join(problems)


def test_a_members_calendar_feed_has_the_schedules_meetings_at_ten_in_winter_and_summer(client, auth, board):
    from tests.api.test_feeds import _calendar, _feed_urls

    operations.set_schedule(board, **every_six_weeks(), now=NEW_YEAR)
    db.session.commit()
    made = diary(board)
    events = {str(event["uid"]): event for event in
              _calendar(client, _feed_urls(client, auth, board.member)["meetings"]).walk("VEVENT")}
    starts = [events[str(meeting_event(meeting)["uid"])].decoded("dtstart") for meeting in made]
    assert [(start.hour, start.minute) for start in starts] == [(10, 0)] * len(made)
    assert {start.utcoffset() for start in starts} == {timedelta(0), timedelta(hours=1)}  # GMT and BST
