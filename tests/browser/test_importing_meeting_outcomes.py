"""Journey 6: a secretary pastes a meeting's published outcomes (the SEND Board's summary of
8 June 2021, from the seeds) and creates the suggested actions."""
import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tracker.actions.models import Action
from tracker.extensions import db

SITE = "SEND Partnership Tracker"
SEEDS = Path(__file__).resolve().parents[1] / "importer" / "fixtures" / "board_summaries.txt"


def the_summary_of_8_june_2021() -> str:
    page = SEEDS.read_text(encoding="utf-8")
    return page[page.index("8th June 2021"):page.index("11th May 2021")].strip()


def test_secretary_pastes_meeting_outcomes_and_creates_the_suggested_actions(
        sign_in, make_person, make_group, make_meeting):
    secretary = make_person(role="lead", name="Tom Fisher")
    chris, dana = make_person(name="Chris Nolan"), make_person(name="Dana Patel")
    board = make_group("SEND Board", secretary=secretary, members=[chris, dana])
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
