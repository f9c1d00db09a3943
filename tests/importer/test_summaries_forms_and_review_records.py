"""Minutes with an action summary that rewords the body, review forms whose relative dates belong to the
meeting, and records that look back on the last meeting's actions. Written here in new words, not taken
from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.owners import defined_initials

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"priya", "nair", "joe", "hart", "dev", "olsen", "rosa", "lind"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


SCHOOL_COMMITTEE = """Oakfield Schools Partnership - Pupil Welfare Committee - 9 March 2027

1. Welcome
1.1 The Chair opened the meeting.
2. Minutes of the meeting held on 12 October 2026
2.1 The minutes were approved as a correct record.
3. Looked after children
3.1 TW agreed to carry out the PEP quality check at Oakfield Juniors before the end of term (Friday 26 March). ACTION: TW
3.2 The committee asked LB to write to the virtual school head within two weeks. ACTION: LB

Summary of actions

No.	Min.	Action	Owner	Deadline
1	3.1	PEP quality check at Oakfield Juniors	TW	End of term
2	3.2	Letter to the virtual school head	LB	Within 2 weeks
"""


def test_a_numbered_item_on_the_last_minutes_starts_no_meeting_so_relative_dates_count_from_this_one():
    found = ticked(SCHOOL_COMMITTEE)
    letter = next(title for title in found if title.startswith("Write to the virtual school head"))
    assert found[letter] == ("LB", date(2027, 3, 23))  # two weeks from 9 March, not from 12 October


def test_a_summary_row_that_opens_with_an_initialism_takes_the_minutes_wording_and_their_written_day():
    found = ticked(SCHOOL_COMMITTEE)
    check = [title for title in found if "PEP quality check" in title]
    assert len(check) == 1 and check[0].startswith("Carry out the PEP quality check")  # one action, not two
    assert found[check[0]] == ("TW", date(2027, 3, 26))  # the day the minutes wrote, not a rule's end of term


REVIEW_FORM = """TEAM AROUND THE FAMILY (TAF) REVIEW RECORD

Child	K.B.	Lead practitioner	Dev Olsen
Date of meeting	09/03/2027	Previous TAF	05/10/2026

Section 3: Review of actions from the last TAF (05/10/2026)

RAG: G = done, A = partly done, R = not done.

Action	By whom	By when	Update	RAG
Book a place at the holiday club	Gran	Half term	Not done - carried forward	R
Ask the GP about a hearing test	Rosa Lind	30/10/26	Partly - appointment booked	A

Section 7: Summary of discussion

Gran said she would book the holiday club place again.

Section 8: Agreed actions

Each action must have a named person and a date. Use 'Review' to show when the action will be checked.

No.	Agreed actions	By whom	By when	Review
1	Book the holiday club place again	Gran (PW)	Next TAF	Next TAF
2	Send the referral to the sleep clinic	Rosa Lind	Within 2 weeks	Next TAF
3	Type up and share this record	Dev Olsen	in 5 working days	-

Section 9: Next meeting

Next TAF date	Thursday 22 April 2027, 4pm	Venue	Family hub
Step up / step down?	Stay at early help	Recorded by	Dev Olsen
"""


def test_a_review_forms_relative_dates_count_from_this_meeting_and_the_last_tafs_actions_are_looked_back_on():
    found = suggested(REVIEW_FORM)
    assert found["Send the referral to the sleep clinic"] == ("Rosa Lind", date(2027, 3, 23), True)
    typed = next(title for title in found if title.startswith("Type up and share this record"))
    assert found[typed][1] == date(2027, 3, 16)
    # the table under "Review of actions from the last TAF" (its "RAG: G = done" key no heading) is the last plan's
    assert found["Ask the GP about a hearing test"][2] is False


def test_a_forms_next_meeting_row_dates_next_taf_and_its_owner_cell_keeps_who_they_are():
    found = ticked(REVIEW_FORM)
    again = next(title for title in found if "holiday club place again" in title)
    assert found[again] == ("Gran (PW)", date(2027, 4, 22))
    # the form's sign-off rows and its guidance are no actions
    assert not any("Stay at early help" in title or "Review" in title for title in found)


def test_an_attendance_table_flattened_into_columns_pairs_each_initials_with_its_name():
    text = "Joe Hart Dr Priya Nair Dev Olsen\tJH PN DO\tChair Paediatrician Officer\n"
    assert defined_initials(text, NAMES)["PN"] == "Priya Nair"
