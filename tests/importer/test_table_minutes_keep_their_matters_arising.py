"""Minutes read by their action table keep what the discussion promised: an update written under the heading of
the row it reports on is that row's (the row ticked, carrying the words said), follow-ups said once under each
item's own heading are not a table re-wording the discussion, and a table its writer says left things out leaves
the prose as read. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 5, 12)  # a Wednesday
NAMES = frozenset({"ola", "brandt", "kofi", "mensah", "iris", "novak", "pavel", "reid", "rosa", "diaz"})


def suggestions(text: str):
    return outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions


def ticked_with(text: str, words: str) -> list:
    return [each for each in suggestions(text) if each.suggested and words in each.source]


UPDATES_UNDER_THEIR_ROWS = """INCLUSION PARTNERSHIP GROUP

Minutes of the meeting held on Wednesday 12 May 2027

Present: Ola Brandt (OB), Kofi Mensah (KM), Iris Novak (IN), Pavel Reid (PR), Rosa Diaz (RD)

1. Matters arising

1.1 Action 27/14 (Attendance figures for pupils on part-time timetables): KM explained that two academies had not
yet sent returns. KM will present the completed attendance picture at the July meeting.

1.2 Action 27/16 (Parent carer forum newsletter article): RD said the editor had asked for a shorter piece. It was
agreed that RD will send a trimmed draft to OB by 26 May.

2. Transition planning

2.1 IN to book the Year 6 transition venue for the summer visits by 2 June. ACTION: IN

2.2 PR to write to the secondary SENCos about the handover template by 9 June. ACTION: PR

2.3 OB to confirm the outreach budget with finance before the next meeting. ACTION: OB

Schedule of actions

Ref | Action | Lead | Due | Status
27/14 | Attendance figures for pupils on part-time timetables | KM | July meeting | Open
27/16 | Parent carer forum newsletter article | RD | 26/05/2027 | Open
27/20 | Book the Year 6 transition venue | IN | 02/06/2027 | Open
27/21 | Write to secondary SENCos about the handover template | PR | 09/06/2027 | Open
27/22 | Confirm the outreach budget with finance | OB | Next meeting | Open
"""


def test_an_update_under_the_heading_of_the_row_it_reports_on_is_that_rows_action():
    for words in ("present the completed attendance picture", "send a trimmed draft to OB"):
        ticked = ticked_with(UPDATES_UNDER_THEIR_ROWS, words)
        assert len(ticked) == 1 and ticked[0].kind == "row", words  # the row, holding what was said about it


FOLLOW_UPS_UNDER_EACH_ITEM = """Review of the local area improvement plan with the regional adviser

Date: Wednesday 12 May 2027
Present: Ola Brandt (OB), Kofi Mensah (KM), Iris Novak (IN), Pavel Reid (PR); Rosa Diaz (RD), regional adviser

Earlier follow-ups

Since March | Who | Position at 12/05
Publish the revised graduated approach guide | OB | Done 20/04
Send the tribunal themes summary | KM | Done
Share the short breaks audit | IN | Done - discussed under priority 2 today

Priority 1 - Annual reviews

Position: 64% of reviews completed on time.

Follow-up
KM to produce a breakdown of late reviews by school phase for the June board.

Priority 2 - Preparing for adulthood

Position: the new pathway leaflet has been tested with twelve families.

Follow-up
IN to draft a summary of what the families said by 28 May.

Priority 3 - Alternative provision

Position: the register of placements is up to date.

Follow-up
PR to circulate the quality assurance checklist to the providers within ten working days.

Closing points

RD confirmed she will send the regional benchmarking pack by Friday 21 May.
"""


def test_follow_ups_said_once_under_their_own_items_are_not_a_table_that_rewords_the_discussion():
    ticked = ticked_with(FOLLOW_UPS_UNDER_EACH_ITEM, "regional benchmarking pack")
    assert len(ticked) == 1 and ticked[0].kind == "sentence"


DISCUSSION_THEN_SUMMARY = """Short Breaks Working Group
Notes of the meeting on Wednesday 12 May 2027

Present: Ola Brandt (OB), Kofi Mensah (KM), Iris Novak (IN), Pavel Reid (PR), Rosa Diaz (RD)

1. Holiday clubs

OB will ask the leisure trust for two extra inclusive sessions by 4 June.
Rosa Diaz will phone the youth service about volunteer numbers for the summer.

2. Transport

KM will check the escort rota for the summer scheme by 28 May.

3. Respite

IN will report the respite occupancy figures before the next meeting.

4. Direct payments

PR will update the direct payments guidance for families by 18 June.

5. Actions agreed

Who | What | When
OB | Ask the leisure trust for two extra inclusive sessions | 04/06/2027
KM | Check the escort rota for the summer scheme | 28/05/2027
IN | Report the respite occupancy figures | Next meeting
PR | Update the direct payments guidance for families | 18/06/2027
RD | Send the holiday club timetable to the parent carer forum | 21/05/2027
"""

SAYS_WHAT_IT_LEFT_OUT = DISCUSSION_THEN_SUMMARY + (
    "\nNote from the clerk: I left Rosa's call to the youth service out of the table; it is in the notes above.\n")


def test_a_table_whose_writer_says_what_it_left_out_leaves_the_prose_as_read():
    assert not ticked_with(DISCUSSION_THEN_SUMMARY, "volunteer numbers")  # the table, which re-words the rest, leaves it out
    ticked = ticked_with(SAYS_WHAT_IT_LEFT_OUT, "volunteer numbers")
    assert len(ticked) == 1 and ticked[0].owner_text
