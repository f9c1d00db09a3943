"""Workstream and subgroup notes: a members' list set out as a table with no header, the chair's
initials used without being defined, an attendance list run together, bullets that end with their
owner's initials in brackets, a sentence saying what the group will be shown, a notes page that gives
each action an open to-do box, and an agenda table annotated with arrows during the meeting. The kinds met in the seventy-fourth batch of held-out
documents; written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"priya", "shah", "paul", "stone", "dev", "osei", "tom", "reed", "jo", "cole",
                   "amir", "malik", "ruth", "hill"})


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


def test_a_members_list_laid_out_as_a_table_is_not_a_list_of_actions():
    text = ("Eastbrook Travel Training Workstream\nNotes of the meeting held on Tuesday 9 March 2027\n\n"
            "Priya Shah (Chair)\tHead of Inclusion, Eastbrook Council\n"
            "Tom Reed\tTravel Trainer, Independent Travel Team\n"
            "Jo Cole (JC)\tTransport Commissioning Manager\n"
            "Amir Malik\tYouth Worker, Eastbrook Youth Service\n"
            "Ruth Hill\tAdministrator (notes)\n\n"
            "1. Travel training places\n\n"
            "Tom Reed will send the list of trained pupils to the schools by 26 March 2027.\n")
    assert ticked(text) == {"Send the list of trained pupils to the schools by 26 March 2027": ("Tom Reed", date(2027, 3, 26))}


def test_the_chairs_initials_in_the_action_table_are_the_chair_named_in_full():
    text = ("Eastbrook Travel Training Workstream\nNotes of the meeting held on Tuesday 9 March 2027\n\n"
            "Present: Priya Shah (Chair), Dev Osei, Tom Reed\n\n"
            "ACTIONS\n\n"
            "Due\tOwner\tAction\n"
            "31/03/2027\tPS\tBook the minibus for the summer taster days\n")
    assert ticked(text) == {"Book the minibus for the summer taster days": ("Priya Shah", date(2027, 3, 31))}


def test_initials_defined_in_an_attendance_list_run_together_with_the_roles():
    text = ("Eastbrook Travel Training Workstream\nNotes of the meeting held on Tuesday 9 March 2027\n\n"
            "Present: Tom Reed (TR) Travel Trainer Paul Stone (PS) Route Planner Dev Osei (DO) Youth Worker\n\n"
            "ACTIONS\n\n"
            "Due\tOwner\tAction\n"
            "31/03/2027\tPS\tRedraw the bus route map for the college run\n")
    assert ticked(text) == {"Redraw the bus route map for the college run": ("Paul Stone", date(2027, 3, 31))}


BRACKETED_NOTES = (
    "From: Dev Osei\nSent: 9 March 2027 15:10\nSubject: Travel subgroup - quick notes\n\n"
    "Hi all, notes from this morning.\n\n"
    "Present: Dev Osei (DO, chair), Priya Shah (PSh - Inclusion), Paul Stone (PSt - Routes), Tom Reed (TR)\n\n"
    "1. Bus passes\n"
    "- Parents still confused about who can get a free pass.\n"
    "- Rewrite the pass leaflet in plain English and try it on two families, by 26 March (PSh)\n"
    "- The depot is changing its timetable in May. Their process - we'll see the final version after.\n\n"
    "2. Routes\n"
    "- College run - check the pick-up times with the depot before the next meeting (PSt)\n"
    "- Tom asked whether the Friday run could stop earlier (TR?)\n"
    "- Find out if the youth club can host the taster session (TR)\n\n"
    "Next meeting: Tuesday 13 April 2027\n\nDev\n")


def test_bullets_among_the_notes_that_end_with_their_owners_initials_are_actions():
    found = ticked(BRACKETED_NOTES)
    assert found == {
        "Rewrite the pass leaflet in plain English and try it on two families, by 26 March (Bus passes)":
            ("Priya Shah", date(2027, 3, 26)),
        "College run - check the pick-up times with the depot before the next meeting": ("Paul Stone", date(2027, 4, 13)),
        "Find out if the youth club can host the taster session": ("Tom Reed", None),
    }, found


def test_a_sentence_saying_what_the_group_will_be_shown_is_not_a_task():
    found = ticked("Notes of the meeting held on Tuesday 9 March 2027\n\n2. Transport policy\n\n"
                   "- The council is consulting on the policy in May. Their process - we'll see the final draft after.\n"
                   "- Dev Osei to send the route costs to Priya by 19 March\n")
    assert list(found) == ["Send the route costs to Priya by 19 March"], found


TODO_PAGE = (
    "# Travel subgroup 09/03\n\nTuesday, 9 March 2027\n\n"
    "**Attendees:** Jo (notes), Dev Osei, Tom Reed, Amir Malik\n\n"
    "## Last time's to-dos\n\n"
    "- [x] Jo - order the new lanyards\n\n"
    "## Minibus\n\n"
    "- Two of the three minibuses fail the ramp check.\n"
    "- [ ] Amir - get three quotes for the ramp repair, send to Jo by Fri\n"
    "- Jo will then ring the hire firms as usual (she does this every spring anyway)\n\n"
    "## Taster days\n\n"
    "- [ ] Tom - book the leisure centre for the taster days, before Easter\n\n"
    "## Website\n\n"
    "- [ ] Dev - put the new timetable on the travel page, ASAP\n"
    "- Amir offered to film a short video of the route in the summer - maybe, see how the budget goes.\n"
)


def test_notes_that_give_each_action_a_to_do_box_tick_the_boxed_items_only():
    found = ticked(TODO_PAGE)
    assert found == {
        "Get three quotes for the ramp repair, send to Jo by Fri": ("Amir", date(2027, 3, 12)),
        "Book the leisure centre for the taster days, before Easter": ("Tom", date(2027, 3, 25)),
        "Put the new timetable on the travel page, ASAP": ("Dev", None),
    }, found



def test_an_agenda_annotated_in_the_meeting_gives_the_outcomes_after_its_arrows():
    text = ("TRAVEL TRAINING WORKSTREAM\nAGENDA\n\nTuesday 9 March 2027, 10.00am\n\n"
            "No.\tItem\tLead\tTime\n"
            "1\tWelcome and apologies None received.\tPS\t10.00\n"
            "2\tBus pass leaflet Draft shared. → Tom Reed to print 200 copies for the schools – end of March\tTR\t10.10\n"
            "3\tMinibus repairs Two minibuses off the road. → Dev Osei to get three quotes for the ramps – by 19 March\tDO\t10.30\n"
            "4\tAny other business Nothing raised.\tPS\t10.50\n")
    assert ticked(text) == {
        "Print 200 copies for the schools – end of March": ("Tom Reed", date(2027, 3, 31)),
        "Get three quotes for the ramps – by 19 March": ("Dev Osei", date(2027, 3, 19)),
    }
