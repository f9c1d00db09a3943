"""A new secretary's first import, with the mistakes a first import has: Find pressed with the box
empty, minutes holding markup that must show as words and never run, an owner left unchosen and a
due date before the meeting. Every error is in the summary and at its field, and nothing typed is lost."""
from datetime import date

from playwright.sync_api import expect
from sqlalchemy import select

from tracker.actions.models import Action
from tracker.extensions import db

SITE = "SEND Partnership Tracker"
MINUTES = """Actions agreed

- Jane Smith to book the hall <script>window.ran = true</script> for the summer event
- Chris Nolan to send the <img src=x onerror="window.ran=true"> parent survey by 30 March 2026
"""


def test_a_new_secretary_recovers_from_each_mistake_and_no_markup_runs(
        sign_in, import_board, make_meeting):
    secretary, board, _members = import_board
    meeting = make_meeting(board, date(2026, 3, 12))

    tom = sign_in(secretary)
    tom.go(f"/meetings/{meeting.id}/import").sees_title(f"Import meeting outcomes – Meetings – {SITE}")
    tom.press("Find suggested actions")
    tom.sees_title(f"Error: Import meeting outcomes – Meetings – {SITE}")
    assert tom.errors_listed() == ["Paste the meeting outcomes, or choose a file of the minutes"]
    box = tom.follow_error("Paste the meeting outcomes, or choose a file of the minutes")

    tom.fill(box, MINUTES).press("Find suggested actions")
    tom.sees_title(f"Choose the actions to create – Meetings – {SITE}").sees("Tracker found 2 suggestions")
    tom.sees("<script>window.ran = true</script>")  # shown as the words the minutes have
    assert tom.page.evaluate("() => window.ran === undefined")
    tom.choose("On a date", within="When is action 1 due?").fill_date("Due date of action 1", date(2026, 3, 1))
    tom.press(tom.page.get_by_role("button", name="Create 2 actions"))

    tom.sees_title(f"Error: Choose the actions to create – Meetings – {SITE}")
    assert tom.errors_listed() == [
        "No one called Jane Smith: choose the owner",
        "The due date of action 1 must be on or after the date of the meeting, 12 March 2026",
    ]
    assert tom.page.evaluate("() => window.ran === undefined")
    owner = tom.follow_error("No one called Jane Smith: choose the owner")
    tom.select(owner, "Dana Patel")
    day = tom.page.get_by_role("group", name="Due date of action 1").get_by_label("Day", exact=True)
    expect(day).to_have_value("1")  # kept as typed
    tom.fill_date("Due date of action 1", date(2026, 3, 27))
    tom.press(tom.page.get_by_role("button", name="Create 2 actions"))
    tom.sees("2 actions created from the meeting outcomes.")

    made = {action.owner.name: action for action in db.session.scalars(select(Action))}
    assert made["Dana Patel"].due_on == date(2026, 3, 27)
    assert "<script>" in made["Dana Patel"].detail and made["Chris Nolan"].due_on == date(2026, 3, 30)


def test_a_file_that_cannot_be_read_is_said_at_the_field_even_with_a_long_name_on_a_phone(
        sign_in, import_board, make_meeting, tmp_path):
    secretary, board, _members = import_board
    meeting = make_meeting(board, date(2026, 3, 12))
    renamed = tmp_path / "SEND_Partnership_Board_minutes_12_March_2026_FINAL_v3_approved.docx"
    renamed.write_bytes(b"PK\x03\x04 a zip of something else, named .docx")

    tom = sign_in(secretary)
    tom.go(f"/meetings/{meeting.id}/import")
    tom.fill("Meeting outcomes", "Actions:\n- Jo to reply")
    tom.fill("Meeting outcomes", "")
    tom.choose_file("Or upload the minutes", renamed).press("Find suggested actions")
    tom.sees_title(f"Error: Import meeting outcomes – Meetings – {SITE}")
    message = (f"{renamed.name} is not a Word document that can be read. Open it in Word, save it as a Word "
               "Document (.docx) and try again")
    assert tom.errors_listed() == [message]
    tom.follow_error(message)
