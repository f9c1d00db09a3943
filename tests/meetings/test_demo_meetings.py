"""The demo partnership's meetings read as a real record: minutes written, then approved at the next meeting."""
from __future__ import annotations

from sqlalchemy import select

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
