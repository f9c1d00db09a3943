"""Rules of the importer that were written in more than one place and now have one home (issue 16, fifteenth
session). Where joining two copies means one reader now reads what only the other read before, the case is here,
written in new words: the box and tag before a writer's "me", a quoted numbered list, a tick in a task table's
first cell, a box before an address, a log row handed on with any of the hand-over verbs, a point
taken back, an action said not to have been agreed."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in
from tracker.importer.comments import numbered_items_reviewed
from tracker.importer.owners import me_as

HELD = date(2027, 10, 12)  # a Tuesday
NAMES = frozenset({"marta", "okafor", "dev", "patel", "rhian", "lloyd", "kerry", "lang", "jo", "cole", "tariq", "aziz"})


def _owners(text: str, words: str) -> list[tuple[str, bool]]:
    return [(owner, tick) for title, (owner, _due, tick) in suggested_in(text, HELD, NAMES).items()
            if words.lower() in title.lower()]


def _own_list(item: str) -> str:
    return ("Transport working group\nTuesday 12 October 2027\n\n(my own list - Marta)\n\n1. Minibus rota\n"
            f"- Dev checking the insurance for the second driver\n{item}\n")


# The writer's "me", after any item's opening: a bullet, then a to-do box and a notes app's tag (`ITEM_OPENING`,
# patterns.py). Before, the owner rule knew a bare box or a bullet, not a bullet and a box together, nor the tag.
def test_the_writers_me_after_a_bullet_and_a_box_is_given_their_name():
    assert me_as("- [ ] Me - phone the depot about the lift on bus 3", "Marta Okafor") \
        == "- [ ] Marta Okafor - phone the depot about the lift on bus 3"
    assert me_as("☐ TODO me: phone the depot", "Marta Okafor") == "☐ TODO Marta Okafor: phone the depot"
    assert me_as("- [ ] Mel - phone the depot", "Marta Okafor") == "- [ ] Mel - phone the depot"  # (a name, not "me")


def test_the_writer_who_names_themselves_after_a_bullet_and_a_box_owns_the_item():
    found = _owners(_own_list("- [ ] Me (Marta) - phone the depot about the lift on bus 3"), "depot")
    assert found == [("Marta", True)]


# A reviewer's note answering a list quoted in a reply ("> 2. ..."): a numbered line is one rule (`NUMBERED_LINE`,
# patterns.py), quoted or not, for the reply's points and the reviewer's notes alike.
def test_a_reviewers_note_marks_an_item_of_a_quoted_numbered_list():
    lines = ["Checked these against the recording - no. 2 is already done, the rest are right.", "",
             "> 1. Dev to price a second minibus", "> 2. Rhian to send the rota to parents",
             "> 3. Kerry to book the driver training"]
    kept = numbered_items_reviewed(lines)
    assert kept[3] == "> 2. [Done in a comment] Rhian to send the rota to parents"
    assert kept[2] == lines[2] and kept[4] == lines[4]


# A tick: one rule (`TICKED`, patterns.py) for a ticked line and a task table's first cell, so a ticked box
# written "[✓]" ticks a task table's row as "☑" did.
def test_a_task_tables_row_ticked_with_a_bracketed_tick_is_done():
    text = ("Transport working group - tasks\n\nDone\tTask\tOwner\tDue\n"
            "[✓]\tRenew the minibus permit\tJo Cole\t01/10/2027\n"
            "\tPrice a second minibus\tDev Patel\t29/10/2027\n")
    found = suggested_in(text, HELD, NAMES)
    permit = next(value for title, value in found.items() if "permit" in title)
    minibus = next(value for title, value in found.items() if "second minibus" in title)
    assert not permit[2] and minibus[2]


# A box before a people chip's address: any box (open, ticked or drawn "□"), as a to-do's box is read everywhere else.
def test_a_drawn_box_before_an_address_gives_the_task_to_its_owner():
    text = ("Transport working group\nTuesday 12 October 2027\n\nTo do\n"
            "□ k.lang@example.org book the driver training for November\n")
    assert [owner for owner, _ in _owners(text, "driver training")] == ["k.lang@example.org"]


# A log row's update handing the action on: the verbs a reply's point uses (`HANDING`, owners.py), so "passed to"
# and "transferred to" someone at this meeting make the row this meeting's business, as "handed over to" did.
def _log(update: str) -> str:
    return ("Transport working group - action log (updated 12 October 2027)\n\n"
            "No.\tDate raised\tAction\tOwner\tDue\tStatus\tUpdate\n"
            f"4\t14/09/27\tWrite to parents about the new pick-up times\tJC (was TA)\t05/11/27\tAmber\t{update}\n"
            "5\t14/09/27\tCheck the seat belts on bus 2\tDP\t30/09/27\tGreen\tComplete - done 28/09.\n"
            "6\t12/10/27\tAsk the council about a third route\tRL\t30/11/27\tNew\t\n")


def test_a_log_row_passed_to_someone_at_this_meeting_is_this_meetings():
    found = suggested_in(_log("Passed to JC at 12/10 meeting as TA is on leave."), HELD, NAMES)
    assert found["Write to parents about the new pick-up times"][2]


def test_a_log_row_transferred_to_someone_today_is_this_meetings():
    found = suggested_in(_log("Transferred to Jo Cole today while TA is on leave."), HELD, NAMES)
    assert found["Write to parents about the new pick-up times"][2]


def test_a_log_row_whose_update_gives_something_to_families_is_not_handed_on():
    found = suggested_in(_log("12/10: leaflet given to families at the school gate."), HELD, NAMES)
    assert not found["Write to parents about the new pick-up times"][2]


# An action said not to be one: one rule (`NOT_AN_ACTION`, comments.py) for a reviewer's note, a comment and a
# reply naming the action by its number, so "Action 2 wasn't agreed" takes it out as "wasn't an action" did.
def _draft_answered(reply: str) -> str:
    return ("From: Jo Cole <jo.cole@example.org>\nSent: 14 October 2027 10:00\nSubject: RE: Transport group - draft actions\n\n"
            f"{reply}\n\nJo\n\n"
            "From: Marta Okafor <marta.okafor@example.org>\nSent: 13 October 2027 09:00\n"
            "Subject: Transport group - draft actions\n\nHello all, the draft actions from Tuesday.\n\nACTIONS\n"
            "1. Minibus - price a second minibus for the spring - Dev Patel - 29/10/2027\n"
            "2. Rota - send the new rota to the schools - Rhian Lloyd - 22/10/2027\n"
            "3. Training - book the driver training - Kerry Lang - 05/11/2027\n\nMarta\n")


def test_an_action_a_reply_says_was_not_agreed_is_taken_out():
    found = suggested_in(_draft_answered("Action 2 wasn't agreed, we said we would wait for the council."), HELD, NAMES)
    ticked = {title.split(":")[0] for title, (_owner, _due, tick) in found.items() if tick}
    assert ticked & {"Minibus", "Rota", "Training"} == {"Minibus", "Training"}
