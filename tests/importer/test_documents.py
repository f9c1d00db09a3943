"""Word documents, web pages, the clipboard's HTML and text files, as the text the parser reads."""
from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.oxml import OxmlElement

from tracker.importer.documents import (
    MAX_DOCUMENT_BYTES,
    UnreadableDocument,
    text_from_html,
    text_from_upload,
)


def word_document(build) -> bytes:
    document = Document()
    build(document)
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def minutes_in_word(document):
    document.add_heading("SEND Partnership Board, 12 March 2026", 1)
    document.add_paragraph("Present: Jo Patel (Chair), Sam Lee")
    document.add_heading("4. Review of the SEND strategy", 2)
    document.add_paragraph("The Board agreed the following actions:")
    document.add_paragraph("Jane Smith to circulate the report by 30 March", style="List Number")
    document.add_paragraph("MW to convene a workshop", style="List Number")
    document.add_paragraph("Health colleagues will share the data", style="List Bullet")
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate([("Action", "Owner", "Due"), ("Write the plan", "MW", "June"),
                                 ("Update the local offer", "", "")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    table.cell(2, 1).text = "Sam Lee"
    table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("Date of next meeting: 14 May 2026")


def test_a_word_document_reads_in_document_order_with_lists_and_tables():
    text = text_from_upload("Board minutes.docx", word_document(minutes_in_word))
    assert text == (
        "SEND Partnership Board, 12 March 2026\n\n"
        "Present: Jo Patel (Chair), Sam Lee\n\n"
        "4. Review of the SEND strategy\n\n"
        "The Board agreed the following actions:\n\n"
        "1. Jane Smith to circulate the report by 30 March\n"
        "2. MW to convene a workshop\n\n"
        "- Health colleagues will share the data\n\n"
        "Action\tOwner\tDue\n"
        "Write the plan\tMW\tJune\n"
        "Update the local offer\tSam Lee\n\n"
        "Date of next meeting: 14 May 2026\n"
    )


def test_a_line_break_inside_a_word_paragraph_keeps_its_lines_together():
    def build(document):
        paragraph = document.add_paragraph("Action: Jane Smith")
        paragraph.add_run().add_break()
        paragraph.add_run("Due: 30 March")
        document.add_paragraph("Next paragraph")

    assert text_from_upload("m.docx", word_document(build)) == "Action: Jane Smith\nDue: 30 March\n\nNext paragraph\n"


def test_tracked_changes_read_as_accepted():
    """Draft minutes often carry tracked changes: inserted words are read, deleted ones are not."""
    def build(document):
        paragraph = document.add_paragraph("Jo to ")
        inserted, deleted = OxmlElement("w:ins"), OxmlElement("w:del")
        for wrapper, tag, words in ((inserted, "w:t", "email the"), (deleted, "w:delText", "phone the")):
            run, text = OxmlElement("w:r"), OxmlElement(tag)
            text.text = words
            run.append(text)
            wrapper.append(run)
            paragraph._p.append(wrapper)
        paragraph.add_run(" forum by June.")

    assert text_from_upload("draft.docx", word_document(build)) == "Jo to email the forum by June.\n"


def test_a_web_page_loses_its_menus_header_footer_and_scripts():
    page = """<!doctype html><html><head><title>Minutes</title><style>p { color: red }</style></head>
    <body><header><a href="#main">Skip to content</a><nav><ul><li><a>Home</a></li><li>Parents</li></ul></nav></header>
    <div class="breadcrumbs" role="navigation"><a>Home</a> &gt; <a>Board</a></div>
    <h1>Board   meeting,
      8 June 2021</h1>
    <p>Our take away actions were:</p>
    <ul><li>Tom to <b>share</b> the survey</li><li><p>Priya to book the hall</p></li></ul>
    <ol start="3"><li>Third</li><li>Fourth<ul><li>under it</li></ul></li></ol>
    <p style="display:none">Hidden text</p>
    <footer><p>Copyright 2026</p></footer><script>document.write("no")</script></body></html>"""
    assert text_from_html(page) == (
        "Board meeting, 8 June 2021\n\n"
        "Our take away actions were:\n\n"
        "- Tom to share the survey\n"
        "- Priya to book the hall\n\n"
        "3. Third\n"
        "4. Fourth\n"
        "- under it\n"
    )


def test_only_the_main_content_of_a_page_with_a_main_element_is_read():
    page = "<body><div>Cookie settings</div><main><p>Action: Jane to reply</p></main><div>Related pages</div></body>"
    assert text_from_html(page) == "Action: Jane to reply\n"


def test_a_table_reads_header_first_with_cells_apart_by_tabs():
    page = """<table><tfoot><tr><td>Total</td><td>2</td></tr></tfoot>
    <tbody><tr><td>Write the <span>pl</span>an<br>by June</td><td></td><td>June</td></tr>
    <tr><td colspan="2">Spans two</td><td>x</td></tr></tbody>
    <thead><tr><th>Action</th><th>Owner</th><th>Due</th></tr></thead></table>"""
    assert text_from_html(page) == (
        "Action\tOwner\tDue\nWrite the plan by June\t\tJune\nSpans two\t\tx\nTotal\t2\n"
    )


def test_lists_pasted_from_word_keep_their_bullets_and_numbers():
    # Word's clipboard HTML: list items are paragraphs styled mso-list, their marker in a span
    # marked mso-list:Ignore between conditional comments.
    clipboard = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {} --></style></head>
    <body lang=EN-GB><!--StartFragment--><p class=MsoNormal>Actions agreed:<o:p></o:p></p>
    <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
    style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
    </span></span></span><![endif]>Jane Smith to circulate the re<span class=SpellE>port</span><o:p></o:p></p>
    <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
    style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]>MW to convene<o:p></o:p></p>
    <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;
    </span></span><![endif]>Numbered in Word<o:p></o:p></p>
    <p class=MsoNormal>Next&nbsp;meeting in July<o:p></o:p></p><!--EndFragment--></body></html>"""
    assert text_from_html(clipboard) == (
        "Actions agreed:\n\n"
        "- Jane Smith to circulate the report\n"
        "- MW to convene\n"
        "2. Numbered in Word\n\n"
        "Next meeting in July\n"
    )


@pytest.mark.parametrize("data", [
    "Minutes – £5 for “tea”\r\nAction: Jo".encode(),
    "\ufeffMinutes – £5 for “tea”\r\nAction: Jo".encode("utf-8"),
    "Minutes – £5 for “tea”\r\nAction: Jo".encode("cp1252"),
    "Minutes – £5 for “tea”\r\nAction: Jo".encode("utf-16"),
], ids=["utf-8", "utf-8 with BOM", "windows-1252", "utf-16 with BOM"])
def test_text_files_in_each_encoding_read_the_same(data):
    assert text_from_upload("outcomes.txt", data) == "Minutes – £5 for “tea”\nAction: Jo\n"


def test_an_export_saved_as_json_or_csv_is_read_as_text_for_the_parser_to_lay_out():
    export = '{"notes": [{"title": "Coffee morning", "textContent": "Jo to book the hall\\nby Friday"}]}'
    assert text_from_upload("keep.json", export.encode()) == export + "\n"
    assert text_from_upload("board.csv", b"Card Name,Members\r\nBook the hall,jo\r\n") == \
        "Card Name,Members\nBook the hall,jo\n"


def test_an_html_file_is_read_as_a_web_page():
    assert text_from_upload("minutes.htm", b"<ul><li>One</li><li>Two</li></ul>") == "- One\n- Two\n"


def not_word_zip() -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return packed.getvalue()


@pytest.mark.parametrize("filename, data, message", [
    ("minutes.txt", b"", "minutes.txt is empty"),
    ("minutes.docx", b"", "minutes.docx is empty"),
    ("minutes.txt", b"a" * (5 * 1_000_000), "minutes.txt is too big to be a meeting's minutes (5.0 MB; the most is 4 MB)"),
    ("minutes.txt", bytes(range(256)) * 40, "minutes.txt is not a text file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)) * 5, "photo.txt is"),
    ("minutes.docx", b"PK\x03\x04 not really a zip", "minutes.docx is not a Word document that can be read"),
    ("minutes.docx", not_word_zip(), "minutes.docx is not a Word document that can be read"),
    ("minutes.docx", b"Action: Jo", "minutes.docx is not a Word document that can be read"),
    ("minutes.txt", "Протокол заседания совета".encode("koi8-r"), "minutes.txt is in a text encoding Tracker cannot read"),
    ("minutes.txt", "会議の議事録です".encode("shift_jis"), "minutes.txt is in a text encoding Tracker cannot read"),
    ("minutes.doc", b"\xd0\xcf\x11\xe0", "minutes.doc is in Word's old format (.doc). Open it in Word, save it as"),
    ("minutes.pdf", b"%PDF-1.7", "minutes.pdf cannot be read as a PDF. Check it opens"),
    ("minutes.xlsx", b"PK", "minutes.xlsx could not be opened as an Excel workbook. Open it in Excel, save it as"),
    ("minutes.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "minutes.xlsx is password-protected, or saved in"),
    ("minutes.xls", b"\xd0\xcf\x11\xe0", "minutes.xls is in Excel's old format (.xls). Open it in Excel, save it as"),
    ("minutes.key", b"PK", "minutes.key cannot be read. Tracker reads Word documents (.docx), PDFs with text in them (.pdf), web pages (.html), emails saved as files (.eml), Excel workbooks (.xlsx), plain text (.txt or .md) and exports (.csv or .json)"),
])
def test_bad_files_are_refused_in_plain_english(filename, data, message):
    with pytest.raises(UnreadableDocument) as refused:
        text_from_upload(filename, data)
    assert refused.value.message.startswith(message)
    assert refused.value.field == "document"


def test_a_word_document_that_unpacks_to_something_huge_is_refused():
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 60_000_000)
    assert len(packed.getvalue()) < MAX_DOCUMENT_BYTES
    with pytest.raises(UnreadableDocument, match="is not a Word document that can be read"):
        text_from_upload("bomb.docx", packed.getvalue())


def test_a_wiki_task_list_keeps_its_boxes_and_a_mentioned_person_their_at_sign():
    page = ('<h2>Action items</h2><ul class="inline-task-list">'
            '<li data-inline-task-id="1"><a class="confluence-userlink user-mention" href="/u/jb">Jo Baker</a>'
            ' ring the college</li><li class="checked" data-inline-task-id="2">send the agenda</li></ul>'
            '<ul><li><input type="checkbox" checked> print the badges</li><li>a plain point</li></ul>')
    assert text_from_html(page).splitlines()[-5:] == [
        "- [ ] @Jo Baker ring the college", "- [x] send the agenda", "", "- [x] print the badges", "- a plain point"]


def test_a_table_that_lays_out_a_council_minutes_page_is_read_as_its_blocks():
    page = ('<ul><li><table><tr><td>12.</td><td><h2>Short breaks review</h2><p>Members discussed the review.</p>'
            '<p><strong>RESOLVED:</strong></p><ol><li>That the review be noted.</li></ol></td></tr></table></li></ul>'
            '<table><tr><th>Action</th><th>Owner</th></tr><tr><td><p>Book the hall</p><p>(large)</p></td>'
            '<td>AK</td></tr></table>')
    assert [line for line in text_from_html(page).splitlines() if line] == [
        "12.", "Short breaks review", "Members discussed the review.", "RESOLVED:", "1. That the review be noted.",
        "Action\tOwner", "Book the hall (large)\tAK"]


def test_a_web_table_cell_spanning_rows_is_repeated_so_the_cells_after_it_keep_their_columns():
    page = ("<table><tr><th>Ref</th><th>Topic</th><th>Action</th><th>Lead</th></tr>"
            "<tr><td>1</td><td rowspan='2'>Buses</td><td>Ring the depot</td><td>KD</td></tr>"
            "<tr><td>2</td><td>Print the timetable</td><td>JP</td></tr>"
            "<tr><td>3</td><td>Hall</td><td>Book the hall</td><td>AK</td></tr></table>")
    assert text_from_html(page).splitlines() == [
        "Ref\tTopic\tAction\tLead", "1\tBuses\tRing the depot\tKD", "2\tBuses\tPrint the timetable\tJP",
        "3\tHall\tBook the hall\tAK"]


def excel_log() -> bytes:
    """An action log kept in Excel: a merged title over a blank row, real dates and one in words,
    a second sheet of closed actions and a hidden sheet of lookups."""
    from datetime import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Open actions"
    sheet["A1"] = "Inclusion group - action log"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["Ref", "Date raised", "Action", "Lead", "Target date"])
    sheet.append([7.0, datetime(2027, 3, 10), "Review the  route\ncosts", "Omar Lewis", datetime(2027, 4, 30)])
    sheet.append([9.0, datetime(2027, 6, 9), "Write to the operator", "Bea Cole", "end of July"])
    book.create_sheet("Closed").append(["Ref", "Action", "Status"])
    book.create_sheet("Lists").sheet_state = "hidden"
    book["Lists"].append(["Amber", "Green"])
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def test_an_excel_workbook_reads_as_each_sheets_name_then_its_rows():
    assert text_from_upload("log.xlsx", excel_log()) == (
        "Open actions\n\nInclusion group - action log\n\n"
        "Ref\tDate raised\tAction\tLead\tTarget date\n"
        "7\t10/03/2027\tReview the route costs\tOmar Lewis\t30/04/2027\n"
        "9\t09/06/2027\tWrite to the operator\tBea Cole\tend of July\n\n"
        "Closed\n\nRef\tAction\tStatus\n")  # the hidden sheet of lookups left out


def test_a_workbook_that_unpacks_to_something_huge_or_holds_macros_is_refused():
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 60_000_000)
    with pytest.raises(UnreadableDocument, match="could not be opened as an Excel workbook"):
        text_from_upload("bomb.xlsx", packed.getvalue())
    with_macros = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(excel_log())) as source, zipfile.ZipFile(with_macros, "w") as archive:
        for part in source.infolist():
            archive.writestr(part, source.read(part))
        archive.writestr("xl/vbaProject.bin", b"macro")
    with pytest.raises(UnreadableDocument, match="contains macros, which Tracker does not open"):
        text_from_upload("log.xlsx", with_macros.getvalue())


def test_a_workbook_with_a_cell_at_its_far_corner_is_read_only_as_far_as_a_log_goes():
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["B1"], sheet["XFD1"], sheet["A1048576"] = "Action", "Owner", "far right", "far down"
    saved = io.BytesIO()
    book.save(saved)
    text = text_from_upload("log.xlsx", saved.getvalue())
    assert text.startswith("Sheet\n\nAction\tOwner\n") and "far right" not in text and "far down" not in text
