"""Journey 1: a secretary records a meeting with agenda items, a decision and three actions."""
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from tests.conftest import london_today
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.meetings.models import Meeting

SITE = "SEND Partnership Tracker"
MEETING_DAY = date(2026, 11, 19)  # a past Thursday: the secretary records it afterwards
# Due dates must be still to come on the day the test runs.
FIRST_DUE, THIRD_DUE = london_today() + timedelta(days=16), london_today() + timedelta(days=44)
NEXT_MEETING_DAY = london_today() + timedelta(days=10)
EARLIER = "Publish the Local Offer review"  # outstanding from before: a matter arising at the meeting


def test_secretary_records_a_meeting_with_agenda_items_a_decision_and_three_actions(
        sign_in, make_person, make_group, make_meeting, make_action):
    secretary = make_person(role="lead", name="Tom Fisher")
    chair = make_person(role="chair", name="Jordan Reid")
    owners = [make_person(name=name) for name in ("Chris Nolan", "Dana Patel", "Eve Hughes")]
    board = make_group("SEND Board", chair=chair, secretary=secretary, members=owners)
    earlier = make_action(owner=owners[0], group=board, title=EARLIER, created_at=datetime(2026, 10, 1, tzinfo=UTC))
    next_meeting = make_meeting(board, NEXT_MEETING_DAY)

    tom = sign_in(secretary)
    tom.follow_in_menu("Groups").follow("SEND Board").sees_title(f"SEND Board – Groups – {SITE}")
    tom.follow("Schedule a meeting").sees_title(f"Schedule a meeting – Meetings – {SITE}")
    tom.fill_date("Date", MEETING_DAY).fill("Start time", "10am").choose("In person")
    tom.fill("Place, or how to join", "Town Hall, Committee Room 2").press("Schedule meeting")
    tom.sees("is in the diary")

    tom.follow("Record attendance").sees_title(f"Record attendance – Meetings – {SITE}")
    for person in (chair, secretary, *owners[:2]):
        tom.choose("Attended", within=person.name)
    tom.choose("Sent apologies", within=owners[2].name).press("Save attendance").sees("Attendance was saved.")

    # Matters arising: the update box is labelled in words (its label once showed raw markup).
    label = tom.page.locator(f"label[for='matters-{earlier.id}-note']")
    assert " ".join(label.inner_text().split()) == f"Update or decision at this meeting on “{EARLIER}”"
    tom.fill(f"Update or decision at this meeting on “{EARLIER}”", "The review is with the printers.")
    tom.press(f"Record update on “{EARLIER}”").sees(f"The update on “{EARLIER}” was recorded.")

    for title, notes in (("Key Worker pilot", "The pilot has supported 40 families since April."),
                         ("Any other business", "")):
        tom.follow("Add an agenda item").sees_title(f"Add an agenda item – Meetings – {SITE}")
        tom.fill("Title", title).fill("Discussion notes (optional)", notes).press("Add agenda item")
        tom.sees(title)

    tom.follow("Record a decision under “Key Worker pilot”")
    tom.sees_title(f"Record a decision – Meetings – {SITE}")
    tom.fill("What did the group decide?", "The pilot will run until December.").press("Record decision")
    tom.sees("The decision was recorded.").sees("The pilot will run until December.")

    # Three actions: from the decision, under the agenda item (due by the next meeting), and
    # from the meeting as a whole.
    tom.follow("Raise an action from this decision").sees_title(f"Raise an action – Actions – {SITE}")
    tom.sees("Decision: The pilot will run until December.").sees("It belongs to SEND Board, the group that met.")
    assert tom.page.locator("select[name='group']").count() == 0  # no choice that would then be refused
    tom.fill("What needs to be done", "Write to schools about the pilot's extension")
    tom.select("Who owns it", "Chris Nolan").fill_date("Date it is due", FIRST_DUE)
    tom.tick("Inclusion").press("Raise the action").sees("Action raised: “Write to schools about the pilot's extension”")

    tom.follow("Raise an action under “Key Worker pilot”")
    tom.fill("What needs to be done", "Share the pilot's evaluation with the Board")
    tom.select("Who owns it", "Dana Patel").choose("By the group’s next meeting", within="When is it due?")
    tom.press("Raise the action").sees("Action raised: “Share the pilot's evaluation with the Board”")

    tom.follow("Raise an action")
    tom.fill("What needs to be done", "Circulate the baseline questionnaire")
    tom.fill("More detail (optional)", "To every family in the pilot, with a reply envelope.")
    tom.select("Who owns it", "Eve Hughes").fill_date("Date it is due", THIRD_DUE)
    tom.press("Raise the action").sees("3 actions in all")

    # The next meeting has not happened: neither attendance nor updates are offered for it yet.
    tom.go(f"/meetings/{next_meeting.id}").sees("You can record attendance from the day of the meeting")
    assert tom.page.get_by_role("link", name="Record attendance").count() == 0
    assert tom.page.locator("main textarea").count() == 0

    meeting = db.session.scalars(select(Meeting).where(Meeting.id != next_meeting.id)).one()
    raised = {action.title: action for action in db.session.scalars(select(Action).where(Action.meeting_id == meeting.id))}
    assert {title: (action.owner.name, action.due_on, action.meeting_id) for title, action in raised.items()} == {
        "Write to schools about the pilot's extension": ("Chris Nolan", FIRST_DUE, meeting.id),
        "Share the pilot's evaluation with the Board": ("Dana Patel", NEXT_MEETING_DAY, meeting.id),
        "Circulate the baseline questionnaire": ("Eve Hughes", THIRD_DUE, meeting.id),
    }
    assert raised["Write to schools about the pilot's extension"].decision.text == "The pilot will run until December."
    assert [tag.name for tag in raised["Write to schools about the pilot's extension"].tags] == ["Inclusion"]
    assert [item.title for item in meeting.agenda_items] == ["Key Worker pilot", "Any other business"]
    assert [decision.text for decision in meeting.decisions] == ["The pilot will run until December."]
    assert sum(attendance.status == "attended" for attendance in meeting.attendances) == 4
