"""Minutes uploaded as a PDF: real PDFs made here with WeasyPrint (as a council's minutes are printed to
PDF), read back through the same function the upload page and `flask minutes import` use."""
from __future__ import annotations

import io
from datetime import date

import pytest
import weasyprint
from pypdf import PdfReader, PdfWriter

from tracker.importer.documents import UnreadableDocument, text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 3, 10)

MINUTES = """<html><head><style>
@page { size: A4; margin: 2.5cm 2cm;
  @top-center { content: "Inclusion Partnership – 10 March 2027 – DRAFT"; font-size: 9pt }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt } }
body { font-family: sans-serif; font-size: 11pt }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid black; padding: 4px }
</style></head><body>
<h1>Inclusion Partnership</h1>
<p>Minutes of the meeting held on Wednesday 10 March 2027.</p>
<p>Present: Nadia Khan (chair), Rhys Morgan, Ffion Price.</p>
<h2>1. Exclusions</h2>
""" + "".join(f"<p>Members discussed the exclusion figures for the {term} term in detail, school by school, "
              "and the support each school had received from the inclusion team.</p>" for term in
              ["autumn", "spring", "summer"] * 6) + """
<h2>2. Actions agreed</h2>
<table>
<tr><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td>Send the exclusion figures for each special school to head teachers</td><td>Rhys Morgan</td><td>31/03/2027</td></tr>
<tr><td>Book the venue for the autumn inclusion conference</td><td>Ffion Price</td><td>30/04/2027</td></tr>
</table>
</body></html>"""


def pdf_of(html: str) -> bytes:
    return weasyprint.HTML(string=html).write_pdf()


@pytest.fixture(scope="module")
def minutes_pdf() -> bytes:
    return pdf_of(MINUTES)


def test_a_pdfs_action_table_gives_its_actions_owners_and_dates_and_its_footers_are_not_actions(minutes_pdf):
    assert len(PdfReader(io.BytesIO(minutes_pdf)).pages) >= 2  # the running header and footer repeat
    text = text_from_upload("Inclusion Partnership 10 March.pdf", minutes_pdf)
    assert "Action\tOwner\tDue" in text
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD, lenient=True)
    ticked = [(s.title, s.owner_text, s.due.on) for s in meeting.suggestions if s.suggested]
    assert ticked == [
        ("Send the exclusion figures for each special school to head teachers", "Rhys Morgan", date(2027, 3, 31)),
        ("Book the venue for the autumn inclusion conference", "Ffion Price", date(2027, 4, 30)),
    ]
    assert not any("Page" in s.title or "DRAFT" in s.title for s in meeting.suggestions)


def test_a_pdf_protected_by_a_password_is_refused_in_plain_english(minutes_pdf):
    locked = PdfWriter(clone_from=PdfReader(io.BytesIO(minutes_pdf)))
    locked.encrypt("minutes-2027")
    data = io.BytesIO()
    locked.write(data)
    with pytest.raises(UnreadableDocument) as refused:
        text_from_upload("locked.pdf", data.getvalue())
    assert refused.value.message.startswith("locked.pdf is protected by a password. Save a copy without")
    assert refused.value.field == "document"


def test_a_scan_with_no_text_is_refused_in_plain_english():
    scan = pdf_of("<div style='width: 12cm; height: 18cm; background: #333'></div>")
    with pytest.raises(UnreadableDocument) as refused:
        text_from_upload("scan.pdf", scan)
    assert refused.value.message.startswith("scan.pdf has no text in it, only pictures of pages (a scan)")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj << /Type /Catalog", b"not a pdf at all", b"%PDF-" + bytes(range(256)) * 8])
def test_a_broken_or_false_pdf_is_refused_in_plain_english(data):
    with pytest.raises(UnreadableDocument) as refused:
        text_from_upload("minutes.pdf", data)
    assert refused.value.message.startswith("minutes.pdf cannot be read as a PDF")


def test_a_pdf_with_too_many_pages_is_refused(monkeypatch, minutes_pdf):
    from tracker.importer import documents

    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 1)
    with pytest.raises(UnreadableDocument) as refused:
        text_from_upload("book.pdf", minutes_pdf)
    assert "pages, too many for one meeting's minutes (the most is 1)" in refused.value.message


ANNEX = """<html><head><style>
@page { size: A4; margin: 2cm }
body { font-family: sans-serif; font-size: 10pt }
.columns { column-count: 2; column-gap: 1cm }
p { margin: 0 0 6pt 0 }
</style></head><body>
<h1>Annex B - record of actions and decisions</h1>
<p>Inclusion Partnership, Wednesday 10 March 2027. Key: D decision; A action; N noted.</p>
<div class="columns">
""" + "".join(f"<p><b>{number}. Item {number}</b></p><p>N Members discussed the figures for the item in detail, "
              "school by school, and the support each school had received from the inclusion team this term.</p>"
              for number in range(1, 5)) + """
<p>A(27)01 Rhys Morgan to send the exclusion figures for each special school to head teachers by 31 March 2027.</p>
<p>D The partnership agreed the revised terms of reference.</p>
""" + "".join(f"<p><b>{number}. Item {number}</b></p><p>N Members noted the update on the work of the group and "
              "thanked the officers who had prepared the report for the meeting in such detail.</p>"
              for number in range(5, 9)) + """
<p>A(27)02 Ffion Price to book the venue for the autumn inclusion conference by 30 April 2027.</p>
</div></body></html>"""


def test_a_pdf_set_in_two_newspaper_columns_is_read_down_one_column_then_the_next():
    text = text_from_upload("annex.pdf", pdf_of(ANNEX))
    assert text.index("Item 1") < text.index("Item 2") < text.index("Item 5") < text.index("Item 8")
    found = {s.title: (s.owner_text, s.due.on if s.due else None) for s in outcomes_for(
        parse_outcomes(text, meeting_date=HELD), HELD, lenient=True).suggestions if s.suggested}
    assert found["Send the exclusion figures for each special school to head teachers by 31 March 2027"] == (
        "Rhys Morgan", date(2027, 3, 31))
    assert found["Book the venue for the autumn inclusion conference by 30 April 2027"] == ("Ffion Price", date(2027, 4, 30))


def pdf_in_helvetica(lines: list[str]) -> bytes:
    """A one-page PDF written by hand in the standard Helvetica font (WinAnsi): a byte its encoding
    gives no name, such as 127 (the bullet some tools write), comes back from the page as "(cid:127)"."""
    content = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{at:010d} 00000 n \n" for at in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_a_bullet_whose_glyph_has_no_name_is_read_as_a_bullet():
    data = pdf_in_helvetica(["Held on 10 March 2027", "General business",
                             "\x7f Transport. Members asked for the figures. Rhys Morgan to send the taxi costs by 24 March.",
                             "\x7f Ffion Price to book the venue for the conference by 30 April."])
    text = text_from_upload("minutes.pdf", data)
    assert "(cid:" not in text
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=frozenset({"rhys", "morgan", "ffion", "price"})),
                         HELD).suggestions
    assert [(s.title, s.owner_text, s.due_on, s.suggested) for s in found if s.suggested] == [
        ("Send the taxi costs by 24 March", "Rhys Morgan", date(2027, 3, 24), True),
        ("Book the venue for the conference by 30 April", "Ffion Price", date(2027, 4, 30), True)]


def test_a_pdf_table_with_a_cell_spanning_two_columns_is_read_not_refused_as_damaged():
    html = MINUTES.replace(
        "<tr><td>Book the venue for the autumn inclusion conference</td><td>Ffion Price</td><td>30/04/2027</td></tr>",
        "<tr><td>Book the venue for the autumn inclusion conference</td><td>Ffion Price</td><td>30/04/2027</td></tr>"
        "<tr><td colspan=\"3\">Next meeting: to be confirmed</td></tr>")
    text = text_from_upload("minutes.pdf", pdf_of(html))  # a merged cell reads back as None from the PDF
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD).suggestions
    assert [s.title for s in found if s.suggested][-1] == "Book the venue for the autumn inclusion conference"
