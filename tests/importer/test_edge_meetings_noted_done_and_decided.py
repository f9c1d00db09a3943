"""Meetings at the edges of a partnership (a practitioners' network, a decision panel, a service review in
the Team Around the Family format, a parents' forum, a cluster of schools) where much is noted, done,
decided or someone else's and few things are new actions: a decision said to be one in the next sentence,
an offer the group overrules, a request the next sentence says is not promised, a body's way of going
about something, an item closing 'Noted.', a review's worries under a heading set between two rules, an
earlier review's plan, a task sent already, an input to another's task, an owner's aside in brackets and
a row in shorthand. The kinds met in the wH batch of held-out notes; written here in new words, not taken
from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kerry", "lang", "grace", "adeyemi", "tom", "evans",
                   "priya", "mistry", "dev", "sharma", "fiona", "clarke"})
REAL = "Send the updated referral leaflet to all schools by 29 October"


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


def network_notes(paragraph: str) -> str:
    """One item of a network's notes, with a real action after it to show the item is read."""
    return ("Eastside Early Years Network\nNotes of the meeting held on Wednesday 13 October 2027\n\n"
            "Present: Anne Price (AP), Owen Reid (OR), Kerry Lang (KL), Dev Sharma (DS)\n\n"
            "4. Updates\n\n"
            f"{paragraph}\n\n"
            "Owen Reid to send the updated referral leaflet to all schools by 29 October.\n")


def only_the_real_action(paragraph: str) -> None:
    found = ticked(network_notes(paragraph))
    assert list(found) == [REAL], found
    assert found[REAL] == ("Owen Reid", date(2027, 10, 29))


def test_a_decision_the_next_sentence_calls_a_decision_only_is_no_action():
    only_the_real_action("The network will hold the spring session jointly with the childminders' forum. Decision only.")


def test_an_offer_the_group_overrules_is_no_action():
    only_the_real_action("Dev offered to write a separate guide for parents - but the group agreed the existing "
                         "leaflet should be updated instead.")


def test_a_request_the_next_sentence_says_is_not_promised_is_no_action():
    only_the_real_action("Several settings asked for the booking page to be translated into Polish. Kerry said "
                         "that sits in the web team's plan for next year, so it isn't promised here.")


def test_a_whole_bodys_way_of_going_about_it_is_no_action():
    only_the_real_action("Agreed that the network will send one joint letter rather than a letter from each setting.")


def test_a_list_item_closing_noted_gives_no_one_a_task():
    only_the_real_action("- KL: asked whether the council could fund more holiday places. AP said the Schools Forum decides "
                         "this in March; managers should respond to its consultation directly. Noted.")


def test_the_groups_own_meeting_place_not_needed_yet_and_a_task_already_booked_are_no_actions():
    only_the_real_action("Dev offered to host the spring meeting at Hill Top Nursery - agreed. Anne offered to bring the "
                         "sleep clinic's referral route to a later session - not needed yet. Kerry will book the "
                         "trainer - already provisionally booked for 3 March.")


def test_a_task_its_line_calls_an_input_to_anothers_is_not_a_separate_action():
    only_the_real_action("Tom Evans to send Owen any examples of late letters by Friday (input to Owen's leaflet).")


def test_an_owners_aside_in_brackets_does_not_hand_the_task_on():
    found = ticked(network_notes("Action: Grace Adeyemi (away today - Owen to let her know) to send the waiting-time "
                                 "figures to the network by 30 October."))
    title = "Send the waiting-time figures to the network by 30 October"
    assert found[title] == ("Grace Adeyemi", date(2027, 10, 30)), found


REVIEW = """TEAM AROUND THE SERVICE REVIEW - short breaks for disabled teenagers
Date of meeting: Wednesday 13 October 2027

------------------------------------------------------------
2. PROGRESS ON THE PLAN FROM REVIEW 1
------------------------------------------------------------
  a) Kerry Lang to ask the leisure centre about quiet swim sessions.

------------------------------------------------------------
3. WHAT ARE WE WORRIED ABOUT
------------------------------------------------------------
  - The bus company will stop the late run from January.

------------------------------------------------------------
4. WHAT NEEDS TO HAPPEN
------------------------------------------------------------
  No. What                                               Who     By when
  --- -------------------------------------------------- ------- --------------
  1   Priya Mistry to map which families use the late     PM      Friday 22 October
      bus and tell each of them what changes
  2   Tom Evans to send the room booking confirmation    TE      Friday 15 October

  Tom Evans to send the invitation to the next review (sent).
"""


def test_a_reviews_worries_between_rules_and_its_earlier_plan_are_no_actions_and_its_plan_is_read_by_number():
    found = ticked(REVIEW)
    assert list(found) == [
        "Priya Mistry to map which families use the late bus and tell each of them what changes",
        "Tom Evans to send the room booking confirmation",
    ], found
    assert found["Priya Mistry to map which families use the late bus and tell each of them what changes"] == \
        ("PM", date(2027, 10, 22))


def test_a_reason_for_asking_after_the_writers_question_is_no_promise():
    found = ticked("From: Grace Adeyemi\nSent: 13 October 2027\nSubject: RE: network notes\n\n"
                   "Hi Owen,\n\nOn the waiting-time figures: could we take them to the December meeting instead? "
                   "I'd rather bring numbers that are complete.\n\nGrace\n\n"
                   "Owen Reid to send the updated referral leaflet to all schools by 29 October.\n")
    assert list(found) == [REAL], found


def test_a_row_in_shorthand_is_the_action_the_notes_spell_out():
    found = ticked(network_notes("The network has no written terms of reference. Anne to bring draft terms of "
                                 "reference to the next meeting.\n\nActions\n\nAction\tWho\tWhen\n"
                                 "Draft ToR\tAP\tnext meeting\n"
                                 "Leaflet to schools\tOR\t29 October"))
    assert "Draft ToR" not in found, found
    assert any(title.startswith("Bring draft terms of reference") for title in found), found


def test_members_present_under_a_panels_name_are_the_attendance():
    found = ticked("Short Breaks Panel - decision notes\nDate: Wednesday 13 October 2027\n"
                   "Panel members present: Anne Price, Chair (AP); Owen Reid, Transition Lead (OR); Kerry Lang, "
                   "Business Support Officer (notes) (KL).\n\n"
                   "1. Requests\nOwen Reid to send the updated referral leaflet to all schools by 29 October.\n")
    assert list(found) == [REAL], found
