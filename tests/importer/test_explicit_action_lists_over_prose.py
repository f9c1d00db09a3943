"""A record's own list of its actions preferred to its prose: minutes whose action table re-words the
discussion, so a promise-like sentence on no row is an update or a point made, and a quoted block of another
body's action lines read as the list it is, governed by the words that introduce it. Written here in new
words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in

HELD = date(2027, 3, 10)  # a Wednesday
NAMES = frozenset({"ada", "quinn", "bilal", "hussain", "cara", "moss", "dev", "sharma", "elin", "rowe"})


def suggested(text: str) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, HELD, NAMES)


def ticked_titles(text: str) -> set[str]:
    return {title for title, (_, _, tick) in suggested(text).items() if tick}


DISCUSSION_THEN_TABLE = """Inclusion Steering Group
Minutes of the meeting on Wednesday 10 March 2027

Present: Ada Quinn (AQ), Bilal Hussain (BH), Cara Moss (CM), Dev Sharma (DS), Elin Rowe (ER)

1. Outreach to nurseries

AQ will draft a welcome pack for nursery managers by 26 March.
Dev Sharma will ask the college whether its minibus could be borrowed for the summer visit.

2. Sensory rooms

BH will cost three sensory room layouts before the next meeting.
CM will book the hall for the parents' drop-in by 19 March.

3. Staff training

ER will arrange the autism awareness refresher for lunchtime staff by 30 April.

4. Actions agreed

Who | What | When
AQ | Draft a welcome pack for nursery managers | 26/03/2027
BH | Cost three sensory room layouts | Next meeting
CM | Book the hall for the parents' drop-in | 19/03/2027
ER | Arrange the autism awareness refresher for lunchtime staff | 30/04/2027
DS | Share the outreach leaflet with the health visitors | 31/03/2027
"""

SAYS_IT_IS_NOT_WHOLE = DISCUSSION_THEN_TABLE + "\nNot all the actions we agreed are on this list; see the notes above as well.\n"


def test_a_promise_in_the_discussion_that_the_action_table_leaves_out_is_not_ticked():
    found = suggested(DISCUSSION_THEN_TABLE)
    update = next(title for title in found if "minibus" in title)
    assert not found[update][2]  # an update the table, which re-words the rest, does not record
    assert len(ticked_titles(DISCUSSION_THEN_TABLE)) == 5  # the table's five rows, each once


def test_a_table_that_says_it_is_not_the_whole_record_leaves_the_prose_as_read():
    assert any("minibus" in title for title in ticked_titles(SAYS_IT_IS_NOT_WHOLE))
    assert not any("minibus" in title for title in ticked_titles(DISCUSSION_THEN_TABLE))


ANOTHER_BODYS_LINES_QUOTED = """Parent reps' catch-up - 10 March 2027

Bilal went to the Schools Forum on Monday.

Copied from the Forum's draft minutes so we can follow them up (the Forum's actions, not ours):

> ACTION ES – publish the revised banding guidance – April Forum
> ACTION GT – send the place-funding figures to headteachers – 24 March
> ACTION RN – write to the academy trusts about the top-up rates – end of March

Our own:
- Cara to add the banding guidance to the newsletter by 17 March
"""


def test_a_quoted_block_of_another_bodys_action_lines_is_read_as_their_list_not_ours():
    found = suggested(ANOTHER_BODYS_LINES_QUOTED)
    theirs = [title for title in found if any(word in title for word in ("banding guidance –", "place-funding", "academy trusts"))]
    assert theirs and not any(found[title][2] for title in theirs)
    assert any("newsletter" in title for title in ticked_titles(ANOTHER_BODYS_LINES_QUOTED))
