"""Journey: a chair sets the Board's meeting schedule, and its meetings are in the diary at once."""
from datetime import date

from sqlalchemy import select

from tests.conftest import london_today
from tracker.extensions import db
from tracker.meetings.models import Meeting

SITE = "SEND Partnership Tracker"
NEXT = london_today().year + 1


def test_a_chair_sets_the_first_monday_of_each_month(sign_in, make_person, make_group):
    chair = make_person(role="chair", name="Jordan Reid")
    board = make_group("SEND Board", chair=chair, members=[make_person(name="Chris Nolan")],
                       meeting_pattern="Monthly")

    jordan = sign_in(chair)
    jordan.follow_in_menu("Groups").follow("SEND Board").sees("Monthly")
    jordan.follow("Change the meeting schedule").sees_title(f"Meeting schedule – Groups – {SITE}")
    jordan.press("Save the schedule").sees("Choose how often the group meets")  # nothing chosen yet

    jordan.choose("Once a month, or every few months, on a weekday such as the first Monday")
    jordan.fill("How many weeks or months apart?", "1").select("Day of the week", "Monday")
    jordan.select("Which week of the month", "First").fill("Start time", "10am")
    jordan.fill_date("Starting from", date(NEXT, 1, 1)).tick("No meeting on a bank holiday").choose("Online")
    jordan.press("Save the schedule")
    jordan.sees("Board now meets: The first Monday of each month at 10am, not on bank holidays.")
    jordan.sees("The first Monday of each month at 10am, not on bank holidays")  # the Usual meetings row

    meetings = db.session.scalars(select(Meeting).where(Meeting.group_id == board.id)).all()
    assert meetings and all(m.starts_on.weekday() == 0 and m.starts_on.day <= 7 for m in meetings)
    jordan.follow(f"All upcoming meetings of {board.name}").sees("Online")
