"""Minutes whose actions sit in a column of their own beside the minute (a margin), each action's
words, owner and date stacked on lines in one cell: read from a PDF with no ruled columns, from a
web page and from a Word table. Written here in new words, not taken from the corpus."""
from __future__ import annotations

import io
from datetime import date

import pytest
import weasyprint
from docx import Document

from tracker.importer.documents import text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 5, 12)
ITEMS = [
    ("Travel training", "The panel heard that forty young people had finished travel training this year. "
     "Members asked how many more places the new contract would fund, and whether colleges had been told.",
     ["Confirm funded places in the new contract", "KB", "30 June 2027"],
     ["Write to the three colleges about the places", "Further education lead", "by 15 June"]),
    ("Short breaks", "The short breaks statement had been agreed by Cabinet in April and was now published. "
     "Parents said the booking line was hard to reach in the school holidays.",
     ["Publish the summer booking line hours", "Comms team", "1 July 2027"], None),
    ("Any other business", "There was no other business and the chair thanked members for coming today.",
     None, None),
]


def _stack(action):
    return "<br>".join(action) if action else ""


def margin_page(*, ruled: bool) -> str:
    """The minutes as a council prints them: rows apart by a rule (or by space alone), the actions
    in a narrow right-hand column with no line down either side of it."""
    rule = "border-top: 0.5pt solid #888;" if ruled else ""
    rows = "".join(
        f"<tr><td class=no>{number}</td><td><b>{title}.</b> {minute}</td>"
        f"<td class=act>{_stack(first)}{'<br><br>' + _stack(second) if second else ''}</td></tr>"
        for number, (title, minute, first, second) in enumerate(ITEMS, start=4))
    return f"""<html><head><style>
    @page {{ size: A4; margin: 2cm; @bottom-right {{ content: "Page " counter(page); font-size: 8pt }} }}
    body {{ font: 10pt sans-serif }} table {{ border-collapse: collapse; width: 100% }}
    td, th {{ {rule} padding: 6pt; vertical-align: top; text-align: left }}
    td.no {{ width: 6% }} td.act {{ width: 26%; font-size: 9pt }}
    </style></head><body>
    <h1>Preparing for Adulthood Panel</h1>
    <p>Minutes of the meeting on Wednesday 12 May 2027. Present: Kim Boyd (KB), Lee Ward (chair).</p>
    <table><tr><th>Item</th><th>Minute</th><th>Action / lead / date</th></tr>{rows}</table>
    </body></html>"""


EXPECTED = [
    ("Confirm funded places in the new contract", "KB", date(2027, 6, 30)),
    ("Write to the three colleges about the places", "Further education lead", date(2027, 6, 15)),
    ("Publish the summer booking line hours", "Comms team", date(2027, 7, 1)),
]


def ticked(text: str):
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD, lenient=True)
    return [(s.title, s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested]


@pytest.mark.parametrize("ruled", [True, False], ids=["rules between rows", "space between rows"])
def test_a_pdfs_margin_column_is_read_as_actions_with_their_owners_and_dates(ruled):
    pdf = weasyprint.HTML(string=margin_page(ruled=ruled)).write_pdf()
    text = text_from_upload("panel.pdf", pdf)
    assert "Action\tOwner\tDue" in text  # the stacked column is read as three
    assert ticked(text) == EXPECTED


def test_a_web_pages_margin_column_is_read_the_same_way():
    assert ticked(text_from_upload("panel.html", margin_page(ruled=True).encode())) == EXPECTED


def test_a_word_tables_margin_column_is_read_from_its_paragraphs():
    document = Document()
    document.add_paragraph("Preparing for Adulthood Panel, 12 May 2027. Present: Kim Boyd (KB), Lee Ward.")
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(table.rows[0].cells, ["Item", "Minute", "Action / lead / date"], strict=True):
        cell.text = heading
    for number, (title, minute, first, second) in enumerate(ITEMS, start=4):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(number), f"{title}. {minute}"
        lines = (first or []) + ([""] + second if second else [])  # an empty paragraph between two actions
        cells[2].text = lines[0] if lines else ""
        for line in lines[1:]:
            cells[2].add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    assert ticked(text_from_upload("panel.docx", data.getvalue())) == EXPECTED


def test_a_pdf_in_one_column_is_still_read_a_line_at_a_time():
    """Ordinary paragraphs, even justified ones, are not mistaken for columns."""
    paragraph = ("Members discussed the transition plans for each young person in detail, college by college, "
                 "and the support each would need in the first term, with the parent carer forum's comments. ")
    html = (f"<html><body style='font: 10pt sans-serif; text-align: justify'><h1>Panel</h1>"
            f"<p>{paragraph * 6}</p><p>Kim Boyd to send the transition plans to colleges by 30 June 2027.</p>"
            "</body></html>")
    text = text_from_upload("panel.pdf", weasyprint.HTML(string=html).write_pdf())
    assert "\t" not in text
    [(title, owner, due)] = ticked(text)
    assert title.startswith("Send the transition plans to colleges") and (owner, due) == ("Kim Boyd", date(2027, 6, 30))


def test_the_next_meetings_date_as_a_numbered_item_does_not_start_another_meeting():
    text = ("Preparing for Adulthood Panel\nMinutes of the meeting on 12 May 2027\n\n"
            "4 Travel training. Kim Boyd to confirm the funded places by 30 June 2027.\n\n"
            "11 Date of next meeting. Wednesday 14 July 2027, 2pm, County\nHall.\n")  # cut by a PDF line
    parsed = parse_outcomes(text, meeting_date=HELD)
    assert len(parsed.meetings) == 1
    [(title, owner, due)] = ticked(text)
    assert title.startswith("Confirm the funded places") and (owner, due) == ("Kim Boyd", date(2027, 6, 30))
