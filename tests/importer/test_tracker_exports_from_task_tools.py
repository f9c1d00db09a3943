"""Trackers exported from task tools (a sheet tool's log of rows grouped under each meeting, a board's cards
with member ids, a list's owners as account strings, dates typed in the tool's own way): what the meeting
agreed, whose it is and when it is due. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.owners import Candidate, match_owner

NAMES = frozenset({"omar", "lewis", "bea", "cole", "kemi", "adams", "ravi", "owusu", "jo", "price"})


def found_for(found: dict, words: str) -> tuple:
    return next(value for title, value in found.items() if words.lower() in title.lower())


# A sheet tool's log: a row across it for each meeting (its first cell empty), the meeting's rows under it
GROUPED_LOG = """Transport Forum Log

Ref\tTask\tAssigned To\tDue Date\tStatus\tRaised At\tComments\tModified By
\tForum - 9 February 2028
TF-01\tMap the bus stops near the college\tomar.lewis@example.org\t01/03/2028\tComplete\t09/02/28\tDone.\tjo.price@example.org
\tForum - 12 April 2028
TF-05\tNOTED: escort training figures for the term\t\t\tNoted\t12/04/28\tNo action.\tjo.price@example.org
TF-06\tPrice a second minibus for the Friday run\tomar.lewis@example.org\t28/04/2028\tNot started\t12/04/28\t\tjo.price@example.org
TF-07\tAsk the college for its bell times\tkemi.adams@example.org\tw/c 10/04\tNot started\t12/04/28\t\tjo.price@example.org
TF-08\tBring the summer rota to the Forum\tbea.cole@example.org\tNext Forum\tNot started\t12/04/28\t\tjo.price@example.org
\tForum - 7 June 2028 (next meeting, Wednesday 7 June 2028, 14:00, Town Hall)

Sheet Info

Note\tDates in Modified are shown in the owner's format (MM/DD/YY).
"""


def test_a_rows_no_action_cell_does_not_make_it_the_header_of_the_rows_below():
    found = ticked_in(GROUPED_LOG, date(2028, 4, 12), NAMES)
    assert found_for(found, "second minibus") == ("omar.lewis@example.org", date(2028, 4, 28))


def test_next_meeting_dated_after_a_comma_dates_an_action_due_at_it():
    found = ticked_in(GROUPED_LOG, date(2028, 4, 12), NAMES)
    assert found_for(found, "summer rota") == ("bea.cole@example.org", date(2028, 6, 7))


def test_a_week_whose_friday_is_good_friday_is_due_on_its_thursday():
    found = ticked_in(GROUPED_LOG, date(2028, 3, 29), NAMES)  # Good Friday 2028 is 14 April
    assert found_for(found, "bell times") == ("kemi.adams@example.org", date(2028, 4, 13))


def test_a_date_format_in_brackets_is_no_ones_initials():
    found = suggested_in(GROUPED_LOG, date(2028, 4, 12), NAMES)
    assert not any(tick for title, (_owner, _due, tick) in found.items() if "owner's format" in title)


def test_an_address_with_a_number_or_a_tag_after_the_name_names_that_person():
    people = [Candidate(id=1, name="Ravi Owusu"), Candidate(id=2, name="Bea Cole")]
    assert match_owner("ravi.owusu3@nhs.example", people).person.name == "Ravi Owusu"
    assert match_owner("bea.cole.forum@mail.example", people).person.name == "Bea Cole"
