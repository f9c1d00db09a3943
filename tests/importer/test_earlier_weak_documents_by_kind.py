"""Kinds of meeting record the importer read badly before: joint minutes whose right-hand margin cell lists
its row's outcomes and actions one a line ("ACTION: XY to ...", "Action 2 - closed", "Letters - done (02/05)"),
and minutes typed with a bold "ACTION XY - do this" line under the discussion. Written here in new words, not
taken from the documents."""
from __future__ import annotations

import io
from datetime import date

from docx import Document

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_upload

HELD = date(2027, 6, 2)  # a Wednesday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "kemi", "adams", "ravi", "owusu"})


def margin_minutes() -> str:
    """A Word file: who came, then minutes whose one right-hand cell holds each row's outcomes and actions."""
    document = Document()
    document.add_paragraph("Eastfield Transport and Access Group - minutes of 2 June 2027")
    document.add_paragraph("Present: Nadia Shah (NS), Omar Lewis (OL), Bea Cole (BC), Kemi Adams (KA)")
    table = document.add_table(rows=1, cols=3)
    for cell, words in zip(table.rows[0].cells, ("No.", "Item / discussion", "Action / lead / date"), strict=True):
        cell.text = words
    rows = [
        ("1", "Action log. Action 2 (BC - minibus quotes): closed, quotes received. Action 4 dropped. Action 6 "
              "(NS - fares policy): first draft seen, the equality section still to write.",
         ["Action 2 - closed", "Action 4 - dropped",
          "ACTION 6 c/f: NS to finish the fares policy with its equality section. Revised date 30/06/27"]),
        ("2", "Escort rota. Parents had written to the council in May; the council replied to every family.",
         ["Noted", "Reply sent to each family - done (21/05)"]),
        ("3", "Route maps. Schools asked for the new route maps before the summer term ends.",
         ["ACTION: OL to send the new route maps to every special school by 16/06/27",
          "ACTION: KA to book the hall for the drivers' briefing"]),
    ]
    for number, minute, margin in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, minute
        cells[2].text = margin[0]
        for line in margin[1:]:
            cells[2].add_paragraph(line)
    saved = io.BytesIO()
    document.save(saved)
    return text_from_upload("minutes.docx", saved.getvalue())


def found_with(found: dict, words: str) -> tuple:
    return next(value for title, value in found.items() if words.lower() in title.lower())


def test_each_marked_action_in_a_margin_cell_is_an_action_of_its_own_with_its_owner_and_date():
    ticked = ticked_in(margin_minutes(), HELD, NAMES)
    assert found_with(ticked, "route maps to every special school") == ("Omar Lewis", date(2027, 6, 16))
    assert found_with(ticked, "book the hall")[0] == "Kemi Adams"


def test_an_action_carried_forward_in_the_margin_is_due_by_its_revised_date():
    ticked = ticked_in(margin_minutes(), HELD, NAMES)
    assert found_with(ticked, "fares policy") == ("Nadia Shah", date(2027, 6, 30))


def test_the_margin_cells_closed_log_entries_and_notes_are_not_actions():
    found = suggested_in(margin_minutes(), HELD, NAMES)
    ticked = [title for title, (_owner, _due, tick) in found.items() if tick]
    assert len(ticked) == 3
    assert not any("closed" in title or "dropped" in title or "family" in title for title in ticked)


def test_a_bold_action_line_naming_initials_then_a_dash():
    text = """Eastfield Transport and Access Group
Minutes of the meeting held 2 June 2027
Present: Nadia Shah (NS), Omar Lewis (OL), Bea Cole (BC), Kemi Adams (KA)

4. Bus passes

Bea explained that the college bus passes run out at the end of July and families had asked what happens next.

ACTION BC - write to the college about bus passes for the autumn term by Friday 18th June.

Omar noted the council's website still shows last year's forms.
"""
    assert found_with(ticked_in(text, HELD, NAMES), "bus passes for the autumn term") == ("Bea Cole", date(2027, 6, 18))
