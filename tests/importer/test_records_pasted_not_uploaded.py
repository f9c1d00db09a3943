"""Records copied out of the program that opens them and pasted into the box, rather than uploaded: a web
page's items without their bullets, a PDF's table a cell a line with its rows' references. Written here in
new words, not taken from any scored document."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"fern", "okafor", "milo", "grant", "ada", "lind"})


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


# A browser copies a page's <dd> items as lines of their own, each followed by its fields' line
PAGE_ITEMS_PASTED = """Sensory needs review group - notes

Met: Wednesday 13 October 2027

Changes we agreed
Rewrite the sensory audit checklist so that it covers lunchtimes and clubs.
Lead: FO By: 26 November 2027
Book two twilight sessions on sensory regulation for lunchtime staff.
Lead: Milo Grant By: Friday 29 October

Next review
Spring term.
"""


def test_a_pasted_page_item_with_its_fields_below_is_an_action():
    found = sorted(ticked(PAGE_ITEMS_PASTED).items())
    assert [(title.split()[:3], owner, due) for title, (owner, due) in found] == [
        (["Book", "two", "twilight"], "Milo Grant", date(2027, 10, 29)),
        (["Rewrite", "the", "sensory"], "FO", date(2027, 11, 26)),
    ]


# A PDF viewer copies a ruled table's cells one a line: references, not numbers, start its rows, and a narrow
# column breaks its header's words ("Own" / "er", "RA" / "G")
PDF_LOG_PASTED = """Sensory needs review group
Wednesday 13 October 2027
1. Actions from the last meeting
Ref
Action
Own
er
Due
RA
G
SN-04
Price the weighted blankets for the
two resource bases
AL
30/09/27
A
Quote from one supplier only.
SN-07
Visit the new sensory room at
Brookfield
FO
30/09/27
G
Done on 22 September.
2. Lunchtimes
Fern Okafor said midday supervisors had asked for help. Milo Grant will draft a one-page guide for them by 5 November.
3. New actions
Ref
Action
Owner
Due
S1
Send the blanket quote to the finance panel
Ada Lind
20/10/27
S2
Ask two more suppliers for a quote for
weighted blankets
AL
3 November
"""


def test_a_pasted_pdf_table_with_references_reads_each_row():
    """The new actions' rows are ticked; the earlier log's rows above them are not."""
    assert ticked(PDF_LOG_PASTED) == {
        "Send the blanket quote to the finance panel": ("Ada Lind", date(2027, 10, 20)),
        "Ask two more suppliers for a quote for weighted blankets": ("AL", date(2027, 11, 3)),
    }


def test_the_minutes_between_two_pasted_pdf_tables_are_read():
    found = suggested_in(PDF_LOG_PASTED, HELD, NAMES)  # (unticked: the table of new actions does not list it)
    assert found["Draft a one-page guide for them by 5 November"] == ("Milo Grant", date(2027, 11, 5), False)
