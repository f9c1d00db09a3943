"""Rules that lived in more than one place and are now one (issue 16, fourteenth session): where merging the
copies made a case read that only one copy read before, the case is tested here. Written in new words."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.tables import owner_in_notes

HELD = date(2027, 9, 14)  # a Tuesday
NAMES = frozenset({"ines", "moreau", "callum", "reid", "fatima", "noor", "gareth", "pugh", "lena", "brandt"})


def _answered(draft_actions: str, *replies: str) -> str:
    """A reply thread (newest first) above the draft of actions it answers by their numbers."""
    answers = "".join(f"From: {who} <{who.lower().replace(' ', '.')}@example.org>\nSent: 16 September 2027 10:00\n"
                      f"Subject: RE: Short breaks group - draft actions\n\n{body}\n\n" for who, body in replies)
    return (f"{answers}From: Ines Moreau <ines.moreau@example.org>\nSent: 15 September 2027 09:00\n"
            f"Subject: Short breaks group - draft actions\n\nHello all, here are the draft actions from Tuesday.\n\n"
            f"ACTIONS\n{draft_actions}\nInes\n")


def _owner_and_due(found: dict, words: str) -> tuple[str, date | None]:
    return next(value for title, value in found.items() if words.lower() in title.lower())


# Dates: the draft's date that a reply's new date replaces is found by the one date finder (due.py), so a date
# written in words the old pattern did not know ("by the end of October", "on Friday 22nd") is replaced too.
def test_a_new_date_replaces_a_month_end_written_in_words():
    text = _answered("1. Holiday club - send the booking form to families by the end of October - Callum Reid\n"
                     "2. Respite beds - count the nights used since April - Fatima Noor - 30/09/2027\n",
                     ("Callum Reid", "1 - yes, mine, but can we say Friday 5 November? The printers are slow.\n\nCallum"))
    assert _owner_and_due(ticked_in(text, HELD, NAMES), "booking form") == ("Callum Reid", date(2027, 11, 5))


def test_a_new_date_replaces_a_weekday_and_day_with_no_month():
    text = _answered("1. Holiday club - send the booking form to families on Friday 24th - Callum Reid\n"
                     "2. Respite beds - count the nights used since April - Fatima Noor - 30/09/2027\n",
                     ("Callum Reid", "1 - fine, but it will be Friday 8 October rather than the 24th.\n\nCallum"))
    assert _owner_and_due(ticked_in(text, HELD, NAMES), "booking form") == ("Callum Reid", date(2027, 10, 8))


# A to-do's mark: one rule (`_TO_DO_TAG` after `_OPEN_BOX` in parse.py) for the open box a notes app draws and the
# tag it writes, so the writer's own "me" after any box or tag is theirs, as after "[ ] TODO" before.
def _phone_notes(item: str) -> str:
    return ("Play and leisure sub group\nTuesday, 14 September 2027\n\n(my notes - Lena)\n\n1. autumn half term\n"
            f"- Gareth booking the climbing wall for the Tuesday session\n- {item}\n")


def test_the_writers_item_after_a_drawn_box_is_theirs():
    found = suggested_in(_phone_notes("☐ me: ring the pool about a quiet swim"), HELD, NAMES)
    assert [(owner, tick) for title, (owner, _, tick) in found.items() if "quiet swim" in title] == [("Me", True)]


def test_the_writers_item_after_a_box_and_a_to_do_tag_in_words_is_theirs():
    found = suggested_in(_phone_notes("[ ] To do: me to ring the pool about a quiet swim"), HELD, NAMES)
    assert [(owner, tick) for title, (owner, _, tick) in found.items() if "quiet swim" in title] == [("Me", True)]


# Numbered replies: one pattern (`REPLY_POINT`) for a point under the draft's number, so a point marked as a list's
# item that opens with an answer ("2) yes, ...") answers the action as "2 - yes, ..." and "2. yes, ..." did.
def test_a_point_marked_with_a_bracket_that_opens_with_an_answer_changes_the_action():
    text = _answered("1. Holiday club - send the booking form to families - Callum Reid - 24/09/2027\n"
                     "2. Respite beds - count the nights used since April - Fatima Noor - 30/09/2027\n",
                     ("Gareth Pugh", "1) fine.\n2) yes, I'm happy to take this one, the bed returns come to me now.\n\nGareth"))
    assert _owner_and_due(ticked_in(text, HELD, NAMES), "nights used") == ("Gareth Pugh", date(2027, 9, 30))


# Hand-over wording: one home (`TAKE_IT_ON` and `HANDING` in owners.py) for a reply's numbered point, a planner
# task's notes, a log row's update and a chat's answer, so each reads the words the others were written for.
def test_a_point_that_transfers_the_action_to_someone_named_makes_them_its_owner():
    text = _answered("1. Holiday club - send the booking form to families - Callum Reid - 24/09/2027\n"
                     "2. Respite beds - count the nights used since April - Fatima Noor - 30/09/2027\n",
                     ("Fatima Noor", "1 - fine.\n2 - I'm transferring this one to Lena Brandt, she keeps the bed returns.\n\nFatima"))
    assert _owner_and_due(ticked_in(text, HELD, NAMES), "nights used") == ("Lena Brandt", date(2027, 9, 30))


def test_a_planner_tasks_notes_saying_someone_will_take_it_over_name_its_owner():
    assert owner_in_notes("Left unassigned in the plan. Gareth has agreed to take this one over from the old lead.") == "Gareth"
    assert owner_in_notes("Lena said in the meeting she would lead on it with the college.") == "Lena"


def test_someone_who_will_lead_on_an_earlier_action_instead_takes_it_over():
    notes = ("Play and leisure sub group\nTuesday, 14 September 2027\n\nActions\n"
             "- Gareth Pugh to book the climbing wall for the half term session by 1 October\n"
             "- Fatima Noor to count the respite nights used since April\n\nAny other business\n"
             "Gareth is away until November. Lena Brandt will lead on the climbing wall booking instead.\n")
    found = ticked_in(notes, HELD, NAMES)
    assert _owner_and_due(found, "book the climbing wall") == ("Lena Brandt", date(2027, 10, 1))
    assert not any(title.startswith("Lead on") for title in found)
