"""Two ways minutes set down what was agreed, written here in new words, not taken from the corpus:
an action summary whose columns are lined up with spaces (text taken out of a PDF), its cells wrapped onto
the lines under them, its rows spaced apart or carried over a page's foot; and ACTION lines set among the
discussion, or a closing list of the actions agreed, as the record, so a promise-like sentence that no
line records is not ticked."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"ben", "ortiz", "lena", "park", "ruth", "amos", "sam", "patel", "omar", "farouk",
                   "grace", "lin", "helen", "brooks", "pete", "ruiz", "nadia", "khan"})


def suggested(text: str) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, HELD, NAMES)


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return {title: (owner, due) for title, (owner, due, tick) in suggested(text).items() if tick}


def one_ticked(text: str, words: str) -> tuple[str, date | None]:
    found = [title for title in ticked(text) if words in title]
    assert len(found) == 1, (words, list(ticked(text)))
    return ticked(text)[found[0]]


SPACED_OUT_SUMMARY = """   Hillcrest Short Breaks Panel                                    Notes - 9 March 2027

   1.  Waiting list
   1.1 The panel went through the twelve families waiting for a first offer.

   2.  Providers
   2.1 Two holiday clubs have asked to join the framework.


   ACTION SUMMARY

   No.   Action                                        Who            Due

   1     Phone each family on the waiting list and     BO             19 March
         log their preferred days

   2     Visit the two holiday clubs before they       LP             End of
         join the framework                                           April

   3     Bring the revised eligibility criteria to     Ben Ortiz      Next
         the panel                                                    meeting
"""


def test_a_summary_with_a_blank_line_between_its_rows_is_read_row_by_row():
    found = ticked(SPACED_OUT_SUMMARY)
    assert one_ticked(SPACED_OUT_SUMMARY, "log their preferred days") == ("BO", date(2027, 3, 19))
    assert one_ticked(SPACED_OUT_SUMMARY, "before they join the framework") == ("LP", date(2027, 4, 30))
    owner, _ = one_ticked(SPACED_OUT_SUMMARY, "eligibility criteria to the panel")
    assert owner == "Ben Ortiz"
    assert len(found) == 3


ACTION_COLUMN_FIRST = """Northgate Family Hubs Board
Minutes of the meeting held on Tuesday 9 March 2027

1. Opening hours
Two hubs now open on Saturday mornings and footfall has risen.

ACTIONS AGREED

Action                                        Owner            By when
Send the Saturday opening times to all        Sam Patel        Friday 12
Early Years settings                                           March
Book a room for the joint training            Ruth Amos        End of
day with the health visitors                                   March
Ask Public Health for this year's             Head of          Next
breastfeeding figures                         Commissioning    meeting
"""


def test_a_summary_whose_action_comes_first_joins_each_wrapped_line_to_its_row():
    wanted = {"opening times to all Early Years settings": ("Sam Patel", date(2027, 3, 12)),
              "joint training day with the health visitors": ("Ruth Amos", date(2027, 3, 31))}
    assert all(one_ticked(ACTION_COLUMN_FIRST, words) == row for words, row in wanted.items())
    assert one_ticked(ACTION_COLUMN_FIRST, "breastfeeding figures")[0] == "Head of Commissioning"  # its wrapped owner
    assert len(ticked(ACTION_COLUMN_FIRST)) == 3


OVER_A_PAGE_BREAK = """Westfield Inclusion Forum - minutes of 9 March 2027

1. Exclusions
The forum looked at the spring term's suspension figures.

SUMMARY OF ACTIONS

Ref     Action                                       Lead       By

IF/01   Share the suspension figures with the        OF         16/03/27
        primary heads

IF/02   Draft terms of reference for a reduced       GL         30/04/27
        timetable review group

Westfield Inclusion Forum - 9 March 2027                                  Page 2 of 3

Ref     Action                                       Lead       By

IF/03   Invite the virtual school head to speak      HB         Next
        at the June forum                                       meeting

IF/04   Audit the use of part-time timetables in     PR         28/05/27
        Key Stage 3

Westfield Inclusion Forum - 9 March 2027                                  Page 3 of 3
"""


def test_a_summary_carried_over_a_page_foot_with_its_header_repeated_is_one_table():
    found = ticked(OVER_A_PAGE_BREAK)
    assert one_ticked(OVER_A_PAGE_BREAK, "with the primary heads") == ("OF", date(2027, 3, 16))
    assert one_ticked(OVER_A_PAGE_BREAK, "timetable review group") == ("GL", date(2027, 4, 30))
    assert one_ticked(OVER_A_PAGE_BREAK, "virtual school head")[0] == "HB"
    assert one_ticked(OVER_A_PAGE_BREAK, "part-time timetables in Key Stage 3") == ("PR", date(2027, 5, 28))
    assert len(found) == 4


ACTION_LINES = """Eastbrook Outreach Partnership
Minutes of the meeting held on Tuesday 9 March 2027
Present: Helen Brooks (HB), Omar Farouk (OF), Grace Lin (GL), Pete Ruiz (PR), Nadia Khan (NK)

1. Waiting list
The list is now forty children long. Omar will phone the three schools that have had no visit yet.
ACTION: OF to phone the three schools still without a visit by 19 March.

2. Conference
Grace said bookings were strong and she will look into a bigger hall for next year.
ACTION: GL to confirm the hall for the summer SENCo conference by the end of April.

3. Referral form
Helen will send the new referral form to headteachers.
ACTION: HB to send the new referral form to headteachers and SENCos.

4. Spring sessions
Pete will gather the attendance sheets from the spring sessions.
ACTION: PR to gather spring attendance sheets by 30 April.

5. Parents
Nadia will write a short guide to the outreach offer for parents.
Action - NK to write a parents' guide to the outreach offer by 21 May.
"""


def test_action_lines_are_the_record_and_a_promise_on_none_of_them_is_not_ticked():
    found = suggested(ACTION_LINES)
    hall = next(title for title in found if "bigger hall" in title)
    assert not found[hall][2]  # a passing remark no ACTION line records
    assert one_ticked(ACTION_LINES, "three schools")[0] in ("OF", "Omar Farouk")
    assert one_ticked(ACTION_LINES, "attendance sheets")[1] == date(2027, 4, 30)
    assert one_ticked(ACTION_LINES, "guide to the outreach offer")[1] == date(2027, 5, 21)
    assert len(ticked(ACTION_LINES)) == 5  # each ACTION line once


def test_action_lines_that_point_to_other_actions_in_the_notes_leave_the_prose_as_read():
    pointing = ACTION_LINES + "\nOther actions are recorded in the notes above.\n"
    assert any("bigger hall" in title for title in ticked(pointing))


def test_too_few_action_lines_to_be_the_whole_record_leave_the_prose_as_read():
    few = ACTION_LINES.split("4. Spring sessions")[0]
    assert any("bigger hall" in title for title in ticked(few))


CLOSING_LINES = """Eastbrook Outreach Partnership
Minutes of the meeting held on Tuesday 9 March 2027
Present: Helen Brooks (HB), Omar Farouk (OF), Grace Lin (GL), Pete Ruiz (PR)

1. Waiting list
The list is now forty children long. Omar will phone the three schools that have had no visit yet.

2. Conference
Grace said bookings were strong and she will look into a bigger hall for next year.
Grace will confirm the hall for the summer SENCo conference.

3. Referral form
Helen will send the new referral form to headteachers.

4. Spring sessions
Pete will gather the attendance sheets from the spring sessions.

Actions agreed
OF to phone the three schools still without a visit by 19 March
GL to confirm the hall for the summer SENCo conference by the end of April
HB to send the new referral form to headteachers and SENCos
PR to gather spring attendance sheets by 30 April
"""


def test_a_closing_list_of_unbulleted_lines_is_the_record_over_the_prose():
    found = suggested(CLOSING_LINES)
    hall = next(title for title in found if "bigger hall" in title)
    assert not found[hall][2]
    assert any("three schools" in title for title in ticked(CLOSING_LINES))
    assert len(ticked(CLOSING_LINES)) == 4
