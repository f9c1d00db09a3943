"""Journey 6: a secretary pastes a meeting's published outcomes (the SEND Board's summary of
8 June 2021, from the seeds) and creates the suggested actions."""
import re
from datetime import date
from pathlib import Path

from docx import Document
from playwright.sync_api import expect
from sqlalchemy import select

from tracker.actions.models import Action
from tracker.extensions import db

SITE = "SEND Partnership Tracker"
SEEDS = Path(__file__).resolve().parents[1] / "importer" / "fixtures" / "board_summaries.txt"


def the_summary_of_8_june_2021() -> str:
    page = SEEDS.read_text(encoding="utf-8")
    return page[page.index("8th June 2021"):page.index("11th May 2021")].strip()


def test_secretary_pastes_meeting_outcomes_and_creates_the_suggested_actions(
        sign_in, import_board, make_meeting):
    secretary, board, _members = import_board
    make_meeting(board, date(2021, 6, 8))

    tom = sign_in(secretary)
    tom.follow_in_menu("Groups").follow("SEND Board").follow("8 June 2021", exact=False)
    tom.follow("Import meeting outcomes").sees_title(f"Import meeting outcomes – Meetings – {SITE}")
    tom.fill("Meeting outcomes", the_summary_of_8_june_2021()).press("Find suggested actions")

    tom.sees_title(f"Choose the actions to create – Meetings – {SITE}").sees("Tracker found 5 suggestions")
    tom.select("Owner of action 1", "Chris Nolan")
    tom.select("Owner of action 2", "Dana Patel")
    tom.choose("On a date", within="When is action 3 due?").fill_date("Due date of action 3", date(2021, 7, 13))
    tom.fill("Action 3", "Agree a process for discussing falling measures with workstream leads")
    tom.untick("Create action 4")
    tom.select("Owner of action 5", "Dana Patel")
    tom.press(tom.page.get_by_role("button", name=re.compile(r"^Create \d+ actions$")))
    tom.sees("4 actions created from the meeting outcomes.").sees("Circulate baseline questionnaire")

    created = {action.title: action for action in db.session.scalars(select(Action))}
    assert len(created) == 4
    assert "Upload copy on to the Local Offer (Terms of Reference)" not in created
    falling = created["Agree a process for discussing falling measures with workstream leads"]
    assert (falling.owner.name, falling.due_on) == ("Tom Fisher", date(2021, 7, 13))
    assert created["Consider interim cover to support families over the summer period for those "
                   "keyworkers that worked term time (Keyworker update)"].owner.name == "Dana Patel"


def minutes_as_word(path: Path) -> Path:
    """Minutes as a secretary writes them in Word: a heading, a numbered list, an action table."""
    document = Document()
    document.add_heading("SEND Partnership Board, 12 March 2026", 1)
    document.add_paragraph("Present: Tom Fisher, Chris Nolan, Dana Patel")
    document.add_heading("Actions agreed", 2)
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate([("Action", "Owner", "Due"),
                                 ("Circulate the revised terms of reference", "Chris Nolan", "30 March 2026"),
                                 ("Book the venue for the summer event", "Jane Smith", "30 April 2026")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(path)
    return path


def test_secretary_uploads_word_minutes_fixes_a_flagged_owner_and_creates_the_actions(
        sign_in, import_board, make_meeting, tmp_path):
    secretary, board, (chris, _dana) = import_board
    meeting = make_meeting(board, date(2026, 3, 12))

    tom = sign_in(secretary)
    tom.go(f"/meetings/{meeting.id}/import").sees_title(f"Import meeting outcomes – Meetings – {SITE}")
    tom.choose_file("Or upload the minutes", minutes_as_word(tmp_path / "Board minutes 12 March.docx"))
    tom.press("Find suggested actions")

    tom.sees_title(f"Choose the actions to create – Meetings – {SITE}").sees("Tracker found 2 suggestions")
    tom.sees("No one called Jane Smith: choose the owner")
    expect(tom.page.get_by_label("Owner of action 1", exact=True)).to_have_value(str(chris.id))
    expect(tom.page.get_by_label("Owner of action 2", exact=True)).to_have_value("")  # never the secretary
    tom.select("Owner of action 2", "Dana Patel")
    tom.press(tom.page.get_by_role("button", name="Create 2 actions"))
    tom.sees("2 actions created from the meeting outcomes.")

    created = {action.title: action for action in db.session.scalars(select(Action))}
    circulate = next(action for title, action in created.items() if title.startswith("Circulate the revised terms"))
    book = next(action for title, action in created.items() if title.startswith("Book the venue"))
    assert (circulate.owner.name, circulate.due_on) == ("Chris Nolan", date(2026, 3, 30))
    assert (book.owner.name, book.due_on) == ("Dana Patel", date(2026, 4, 30))


def test_pasting_from_word_keeps_its_list(sign_in, import_board, make_meeting):
    """The clipboard's HTML (here as Word puts it there) becomes lines the importer reads."""
    secretary, board, _members = import_board
    meeting = make_meeting(board, date(2026, 3, 12))
    tom = sign_in(secretary)
    tom.go(f"/meetings/{meeting.id}/import")
    box = tom.page.get_by_label("Meeting outcomes", exact=True)
    box.evaluate("""(box) => {
      const data = new DataTransfer();
      data.setData("text/plain", "Actions agreed: Jo to reply Sam to book the hall");
      data.setData("text/html", "<p class=MsoNormal>Actions agreed:</p><ul><li>Jo to reply</li><li>Sam to book the hall</li></ul>");
      box.focus();
      box.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
    }""")
    expect(box).to_have_value("Actions agreed:\n\n- Jo to reply\n- Sam to book the hall\n")


def test_the_create_button_counts_the_suggestions_still_ticked(sign_in, import_board, make_meeting, tmp_path):
    secretary, board, (chris, _dana) = import_board
    meeting = make_meeting(board, date(2026, 3, 12))

    tom = sign_in(secretary)
    tom.go(f"/meetings/{meeting.id}/import")
    tom.choose_file("Or upload the minutes", minutes_as_word(tmp_path / "Board minutes 12 March.docx"))
    tom.press("Find suggested actions")
    expect(tom.page.get_by_role("button", name="Create 2 actions")).to_be_visible()

    tom.untick("Create action 2")
    expect(tom.page.get_by_role("button", name="Create 1 action", exact=True)).to_be_visible()
    tom.tick("Create action 2").untick("Create action 2")
    tom.press(tom.page.get_by_role("button", name="Create 1 action", exact=True))
    tom.sees("1 action created from the meeting outcomes.")
    assert [action.owner.name for action in db.session.scalars(select(Action))] == ["Chris Nolan"]
