"""Workstream and sub-group notes pasted as plain text: a clerk's Item | Minute | Action table pasted one row
a line with the owner's initials in the last cell, and the other kinds of paste a partnership's notes come in.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"gwen", "pryce", "owen", "tate", "lena", "moss", "rhys", "hale", "ada", "finch"})


def owner_and_due(found: dict, words: str) -> tuple[str, date | None]:
    return next(value[:2] for title, value in found.items() if words.lower() in title.lower())


CLERKS_TABLE = """MINUTES OF THE SHORT BREAKS TASK GROUP HELD ON TUESDAY 9 MARCH 2027

PRESENT:
Gwen Pryce (GP)\tChair
Owen Tate (OT)\tCommissioning Officer
Lena Moss (LMo)\tSocial Worker
Ada Finch (AF)\tParent Representative

ITEM\tMINUTE\tACTION
1.\tPLAYSCHEMES
\t1.1\tOT set out the Easter playscheme bookings so far.\t
\t1.2\tMembers talked about the wait for places. It was agreed that the group would map the unused sessions across the borough, for the May meeting.\tAF / OT
\t1.3\tLMo to write to the families on the waiting list by 26 March.\tLMo
2.\tNEXT MEETING
\tTuesday 11 May 2027, 2pm.\t
"""


def test_a_clerks_table_pasted_one_row_a_line_reads_each_row_and_not_the_discussion():
    found = suggested_in(CLERKS_TABLE, HELD, NAMES)
    assert owner_and_due(found, "families on the waiting list") == ("Lena Moss", date(2027, 3, 26))
    assert not any(tick for title, (_, _, tick) in found.items() if "bookings" in title.lower())


def test_the_action_cell_names_the_owner_over_the_group_in_the_sentence():
    found = ticked_in(CLERKS_TABLE, HELD, NAMES)
    assert owner_and_due(found, "unused sessions") == ("Ada Finch", date(2027, 5, 11))
