"""The demo partnership's meetings read as a real record: minutes written, then approved at the next meeting."""
from __future__ import annotations

from sqlalchemy import func, select

from tests.meetings.conftest import page_text
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings.models import Meeting


def test_each_past_demo_meeting_has_minutes_approved_at_the_groups_next_meeting(app, client, auth):
    assert app.test_cli_runner().invoke(args=["demo", "load"]).exit_code == 0
    past = db.session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
    past = [meeting for meeting in past if meeting.starts_on < local_today()]
    assert len(past) >= 5 and all(meeting.minutes.strip() for meeting in past)
    for meeting in past:
        later = [other for other in past if other.group_id == meeting.group_id and other.starts_at > meeting.starts_at]
        if later:
            assert (meeting.minutes_status, meeting.minutes_approved_at) == ("approved", later[0])
        else:  # the latest meeting's minutes wait for the group's next one
            assert (meeting.minutes_status, meeting.minutes_approved_at) == ("draft", None)

    auth.login("chair@example.org", "demo-password")
    for meeting in past:
        page = page_text(client.get(f"/meetings/{meeting.id}"))
        assert "No minutes yet" not in page, meeting.title  # it said so beside "Minutes approved"
        assert "Minutes approved" in page or "Draft minutes" in page


def test_the_demo_groups_meet_to_a_schedule_so_by_the_next_meeting_has_a_date(app):
    from tracker.actions.models import Action
    from tracker.meetings.schedules import schedule_of
    from tracker.people.models import Group

    runner = app.test_cli_runner()
    assert runner.invoke(args=["demo", "load"]).exit_code == 0
    groups = {group.name: group for group in db.session.scalars(select(Group))}
    words = {name: schedule_of(group).in_words() for name, group in groups.items() if schedule_of(group)}
    assert words["SEND Board"] == "Every 6 weeks on Tuesday at 2pm, not in August"
    assert words["Joint Commissioning Group"] == "The first Monday of each month at 10am, not on bank holidays"
    assert "Network of SEND Champions" not in words  # meets on varying days
    upcoming = db.session.scalars(select(Meeting).where(Meeting.occurrence_on >= local_today())).all()
    assert {meeting.group.name for meeting in upcoming} == set(words)
    board = [meeting for meeting in upcoming if meeting.group.name == "SEND Board"]
    assert len(board) >= 3 and all(meeting.starts_on.month != 8 for meeting in board)
    next_board = min(board, key=lambda meeting: meeting.starts_at)
    latest_held = max(meeting.starts_on for meeting in db.session.scalars(select(Meeting))
                      if meeting.group.name == "SEND Board" and meeting.starts_on < local_today())
    assert (next_board.starts_on - latest_held).days == 35 and next_board.starts_on > local_today()
    by_next = db.session.scalars(select(Action).where(Action.due_at_next_meeting_of_id.is_not(None))).all()
    assert by_next and all(action.due_on is not None for action in by_next)
    before = db.session.scalar(select(func.count()).select_from(Meeting))
    assert "already loaded" in runner.invoke(args=["demo", "load"]).output
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == before
