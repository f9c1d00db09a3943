"""Rules two helpers wrote separately in the eleventh session and that the merges made one: each shape
either wrote for still reads right through the one rule, and a rule that met another's is tested where
they meet. Written in new words."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in
from tracker.importer.owners import defined_initials

HELD = date(2027, 6, 9)  # a Wednesday
NAMES = frozenset({"rhea", "moss", "ivan", "cole", "tara", "finch"})


def _log(marks_header: str, new: str, old: str) -> str:
    return ("Inclusion steering group – action log, updated after the meeting of 9 June 2027\n\n"
            f"Ref\tAction\tOwner\tDue\t{marks_header}\n"
            f"IS-30\tRing the three nurseries about summer places\tRhea Moss\t30/06/2027\t{new}\n"
            f"IS-21\tMap the outreach offer by locality\tIvan Cole\t31/07/2027\t{old}\n")


def test_a_column_asking_new_or_re_opened_marks_this_meetings_rows():
    found = ticked_in(_log("New / re-opened at this meeting?", "Yes", ""), HELD, NAMES)
    assert list(found) == ["Ring the three nurseries about summer places"]


def test_a_narrow_change_column_marks_them_too_even_when_a_pdf_wrapped_its_word():
    found = ticked_in(_log("Chg", "NE W", "-"), HELD, NAMES)
    assert list(found) == ["Ring the three nurseries about summer places"]


def test_a_key_titled_by_its_initials_or_as_the_owners_key_says_who_each_owner_is():
    for title in ("Initials", "Owner key"):
        text = f"Steering group notes\n\n{title}\nTF\tTara Finch, SEND Outreach Lead\nIC\tIvan Cole, Data Officer\n"
        assert defined_initials(text, NAMES) == {"TF": "Tara Finch", "IC": "Ivan Cole"}


def test_a_line_repeating_the_meetings_day_that_names_its_action_log_starts_that_part():
    text = """Forward plan 2027-28

INCLUSION PARTNERSHIP BOARD - FORWARD PLAN 2027/28 (updated after Board 09/06/2027)
\t\t\tBoard meeting dates
Agenda item\tType\tLead\tWed 8 Sep 2027\tWed 10 Nov 2027
Outreach dashboard\tStanding\tIC\tYes\tYes
Nursery places\tReport\tRhea Moss\tNEW: Rhea Moss to present the summer places count\t

Action log 9 Jun 2027

ACTION LOG - Board meeting Wednesday 9 June 2027
Ref\tAction\tOwner\tDue\tStatus
IS-30\tRing the three nurseries about summer places\tRhea Moss\t30/06/2027\tNew
IS-21\tMap the outreach offer by locality\tIvan Cole\t31/07/2027\tIn progress
"""
    found = ticked_in(text, HELD, NAMES)
    assert found["Ring the three nurseries about summer places"] == ("Rhea Moss", date(2027, 6, 30))
    assert "Map the outreach offer by locality" not in found  # carried on, not marked New


# Twelfth session: "nothing to do" was two rules, one for a list item and one for a table's action cell;
# now one (`says_nothing_to_do`), so each reads what the other was written for.
def test_a_list_item_that_only_says_for_information_is_no_task():
    text = ("Transport subgroup, 9 June 2027\n\nActions:\n- Ivan Cole to ring the two taxi firms by Friday\n"
            "- For information\n")
    assert list(ticked_in(text, HELD, NAMES)) == ["Ring the two taxi firms by Friday"]


def test_an_action_cell_saying_nothing_this_time_is_no_task():
    text = ("Transport subgroup, 9 June 2027\n\nItem\tAction\tOwner\tDue\n"
            "Taxi firms\tRing the two taxi firms\tIvan Cole\t11/06/2027\n"
            "Bus passes\tNothing this time\tTara Finch\t\n")
    assert list(ticked_in(text, HELD, NAMES)) == ["Ring the two taxi firms"]


def test_one_rule_says_whether_a_shorter_name_is_the_one_written_in_full():
    # a chat, a recap and a closing list each compared names their own way; one rule now, so a reply from "Tara F"
    # answers a request made of "Tara Finch", and one from "Tara Fox" does not
    for sender, granted in (("Tara F", True), ("Tara Finch", True), ("Tara Fox", False)):
        chat = ("[09/06/2027, 10:02] Ivan Cole: Tara Finch can you ring the three nurseries about summer places by Friday?\n"
                f"[09/06/2027, 10:05] {sender}: Yes, will do\n"
                "[09/06/2027, 10:07] Rhea Moss: Thanks both\n")
        found = ticked_in(chat, HELD, NAMES)
        assert found == ({"Ring the three nurseries about summer places by Friday": ("Tara Finch", date(2027, 6, 11))}
                         if granted else {})
