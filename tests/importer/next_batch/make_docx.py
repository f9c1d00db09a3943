"""Writes the eleventh batch's Word documents (100 and 103).

    /work/main/.venv/bin/python /tmp/corpus11/make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def tracked_change(paragraph, old, new, author="Ruth Hill", when="2027-04-16T09:12:00Z"):
    """Append a real Word tracked change: <w:del>old</w:del><w:ins>new</w:ins>."""
    for number, (tag, text_tag, text) in enumerate((("w:del", "w:delText", old), ("w:ins", "w:t", new)), start=901):
        change = OxmlElement(tag)
        change.set(qn("w:id"), str(number))
        change.set(qn("w:author"), author)
        change.set(qn("w:date"), when)
        run, words = OxmlElement("w:r"), OxmlElement(text_tag)
        words.text = text
        run.append(words)
        change.append(run)
        paragraph._p.append(change)


def summary_of_decisions() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL – SENSITIVE\tWestmoor SEND Partnership Board"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Summary of decisions and actions – Board 15.04.27 – v0.2 (not the formal minutes)"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Westmoor SEND Partnership Board", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Summary of decisions and actions")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Meeting: ").bold = True
    p.add_run("Thursday 15 April 2027, 2.00pm, Committee Room 3, Westmoor House")
    p = doc.add_paragraph()
    p.add_run("Chair: ").bold = True
    p.add_run("Independent Chair")
    p = doc.add_paragraph()
    r = p.add_run("This summary is circulated within five working days of the Board so that owners can start on "
                  "their actions. The full minutes follow with the papers for the next Board. Owners are listed by "
                  "role; where a role is shared, the first named role leads.")
    r.italic = True
    r.font.size = Pt(9)

    headers = ("Ref", "Agenda item", "Decision / action", "Owner", "Due")
    rows = [
        ("section", "Standing items"),
        ("1", "Minutes of 10 March 2027", "Minutes approved as an accurate record.", "Independent Chair", "Complete"),
        ("2", "Action log", "All March actions reviewed; seven closed, none carried forward.",
         "Partnership Business Support Officer", "Complete"),
        ("3", "Matters arising", "Revised SEN support guidance published on the Local Offer and letter sent to "
         "all schools (action from March).", "Head of SEND", "Complete"),
        ("section", "Item 4 – Therapies and health"),
        ("4.1", "Therapies options paper", "DECISION: Board supported option 2 (a jointly commissioned "
         "therapies service) as the preferred option.", "–", "n/a"),
        ("4.2", "Therapies options paper", "Bring a costed proposal and draft service specification for the joint "
         "therapies service, co-produced with parents.", "Head of SEND Commissioning", "June Board"),
        ("4.3", "Health advice", "Review the health advice returned late in Q4 and report the themes by "
         "service.", "Designated Clinical Officer", "TRACKED"),
        ("4.4", "Therapies data", "Agree a data sharing protocol so therapy waiting list data can be matched "
         "to EHCP records.", "Head of SEND Commissioning / Head of Children's Therapies", "w/c 17 May"),
        ("section", "Item 5 – Performance and parent voice"),
        ("5.1", "Local Offer annual report", "Co-produce the parent summary of the Local Offer annual report "
         "with the PCF steering group.", "PCF Co-chair", "End of May"),
        ("5.2", "Performance dashboard", "Monitor the EHCP 20-week timeliness trajectory each month and flag any "
         "slippage to the Chair.", "Data and Performance Manager", "Ongoing"),
        ("5.3", "SENDIASS annual report", "Board noted the SENDIASS annual report and thanked the service.", "",
         "Noted"),
        ("section", "Item 6 – Inclusion Strategy"),
        ("6.1", "Inclusion Strategy", "DECISION: Board approved the draft Inclusion Strategy for public "
         "consultation (6 weeks).", "–", "Complete"),
        ("6.2", "Inclusion Strategy", "Circulate the consultation link and easy-read version to all partner "
         "organisations.", "Partnership Business Support Officer", "23/04/27"),
        ("6.3", "Inclusion Strategy", "Arrange training for SENCos on the quality of EP statutory advice and "
         "what schools should send with requests.", "Principal Educational Psychologist", "Next Board"),
        ("section", "Any other business"),
        ("7.1", "July meeting", "Board agreed to hold the July meeting in person at Riverside Primary School.",
         "–", "Complete"),
    ]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(headers):
        set_cell(table.rows[0].cells[c], h, bold=True, size=10)
        shade(table.rows[0].cells[c], "1F3864")
        table.rows[0].cells[c].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        if row[0] == "section":
            merged = cells[0].merge(cells[-1])
            set_cell(merged, row[1], bold=True, size=10)
            shade(merged, "D9E2F3")
            continue
        for c, text in enumerate(row):
            if text == "TRACKED":
                cells[c].text = ""
                tracked_change(cells[c].paragraphs[0], "30/04/2027", "14/05/2027")
                continue
            p = set_cell(cells[c], text, size=10)
            if text.startswith("DECISION:"):
                cells[c].text = ""
                p = cells[c].paragraphs[0]
                r = p.add_run("DECISION: ")
                r.bold = True
                r.font.size = Pt(10)
                r = p.add_run(text[len("DECISION: "):])
                r.font.size = Pt(10)
            if c == 4 and text in ("Complete", "n/a", "Noted"):
                cells[c].paragraphs[0].runs[0].italic = True
                shade(cells[c], "E2EFDA")
    widths = (Cm(1.3), Cm(4.2), Cm(11.5), Cm(5.5), Cm(3.0))
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Key: ").bold = True
    p.add_run("Complete = done at or before the Board, no further action.  Ongoing = standing responsibility, "
              "reported by exception.  Next Board = Thursday 17 June 2027.")
    p = doc.add_paragraph()
    r = p.add_run("Date change on 4.3 agreed by the Chair on 16 April – the ICB audit team cannot complete the "
                  "Q4 extract until the end of April.")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph("Prepared by: Partnership Business Support Officer, Westmoor Council")
    doc.save(HERE / "100_eleventh_docx_decisions_roles.docx")


def local_offer_carried_forward() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Local Offer Steering Group"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Westmoor SEND Partnership – Local Offer Steering Group – notes 26.01.27"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Local Offer Steering Group", level=1)
    doc.add_paragraph("Notes and action log – Tuesday 26 January 2027, 10.00–11.30, Teams")
    p = doc.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run("Sarah Khan (SK, Participation Officer – chair); Tom Evans (TE, PCF); Kerry Lang (KL, PCF parent "
              "champion); Claire Dunmore (CD, SENDIASS); Liam Porter (LP, Data and Performance); Mark Walsh (MWa, "
              "Head of Transport); Owen Reid (OR, Preparing for Adulthood); Ruth Hill (RH, notes)")
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Mary Walker (MW), Helen Brooks (HB)")

    doc.add_heading("1. Local Offer website – update", level=2)
    doc.add_paragraph("LP reported 9,840 visits in December, down on November as expected over the holidays. The "
                      "top searches were “EHCP”, “transport” and “short breaks”. The new search "
                      "categories went live on 11 January.", style="List Bullet")
    doc.add_paragraph("MWa said transport questions to the contact centre have doubled since September and many "
                      "are answered by information that is not on the Local Offer.", style="List Bullet")
    doc.add_paragraph("KL said parents still cannot find SENDIASS from the home page on a phone.",
                      style="List Bullet")

    doc.add_heading("2. Annual report and accessibility", level=2)
    doc.add_paragraph("The 2026 Local Offer annual report must be published by the end of March. The group agreed "
                      "to use the ‘You said, we did’ format again.", style="List Bullet")
    doc.add_paragraph("The Council’s accessibility audit of the site has been completed by an external "
                      "company; results came back last week and have not yet been reviewed.", style="List Bullet")
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run("Decision: ")
    r.bold = True
    p.add_run("the steering group will meet monthly until the annual report is published, then return to "
              "half-termly meetings.")

    doc.add_heading("3. Action log", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Carried-forward actions are from earlier meetings. Where a date has been moved it shows the "
                  "original date and the new one agreed today. New actions from today are at the bottom.")
    r.italic = True

    headers = ("No.", "Action", "Lead", "Raised", "Due", "Status / update")
    carried = [
        ("LO-11", "Review the Local Offer search categories with the PCF", "SK / TE", "24/11/26", "Complete",
         "New categories live 11/01. Close."),
        ("LO-14", "Add short breaks eligibility criteria with worked examples", "OR", "24/11/26",
         "was 31/01 now 28/02", "In progress – waiting for the revised short breaks statement."),
        ("LO-15", "Publish the SENDIASS referral form as an accessible online form", "CD", "24/11/26",
         "was 18/12 now 12/03", "Digital Services backlog. Carried forward."),
        ("LO-17", "Link the transport policy 2027/28 from the Local Offer", "MWa", "15/12/26", "31/03/27",
         "Not started – policy goes to Cabinet in March."),
        ("LO-18", "Mobile-friendly ‘Contact SENDIASS’ button on the home page", "RH", "15/12/26", "Complete",
         "Added 20/01. Close. KL to re-test – see LO-24."),
        ("LO-19", "Circulate the December analytics report", "LP", "15/12/26", "Complete", "Sent 08/01. Close."),
    ]
    new = [
        ("LO-20", "Publish the home to school transport FAQs (top 20 contact centre questions) on the Local "
         "Offer", "MWa", "26/01/27", "12/02/27", "New"),
        ("LO-21", "Run a mystery shopper exercise of the Local Offer with ten parents and feed back",
         "TE / KL", "26/01/27", "End of March", "New"),
        ("LO-22", "Send the website analytics summary to the steering group after each month end", "LP",
         "26/01/27", "Monthly", "New"),
        ("LO-23", "Update the SENDIASS contact details and new opening hours on all Local Offer pages", "CD",
         "26/01/27", "By Friday", "New"),
        ("LO-24", "Re-test the ‘Contact SENDIASS’ button on Android and iPhone and report any problems",
         "KL", "26/01/27", "Within 3 weeks", "New"),
        ("LO-25", "Draft the 2026 Local Offer annual report (‘You said, we did’) for sign-off", "SK",
         "26/01/27", "Next meeting", "New"),
        ("LO-26", "Go through the accessibility audit results with the Digital Services web team and bring a "
         "fix list", "Digital Services (via SK)", "26/01/27", "w/c 15 Feb", "New"),
    ]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Light Grid Accent 1"
    for c, h in enumerate(headers):
        set_cell(table.rows[0].cells[c], h, bold=True, size=10)
    repeat_header(table.rows[0])
    for title, block in (("Actions carried forward", carried), ("New actions", new)):
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, title, bold=True, size=10)
        shade(merged, "FFF2CC")
        for row in block:
            cells = table.add_row().cells
            for c, text in enumerate(row):
                p = set_cell(cells[c], text, size=10)
                if text.startswith("was "):
                    cells[c].text = ""
                    p = cells[c].paragraphs[0]
                    old, new_date = text[len("was "):].split(" now ")
                    r = p.add_run("was ")
                    r.font.size = Pt(10)
                    r = p.add_run(old)
                    r.font.strike = True
                    r.font.size = Pt(10)
                    r = p.add_run(" now ")
                    r.font.size = Pt(10)
                    r = p.add_run(new_date)
                    r.bold = True
                    r.font.size = Pt(10)
    widths = (Cm(1.4), Cm(6.8), Cm(2.4), Cm(1.9), Cm(2.4), Cm(4.0))
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w

    doc.add_heading("4. AOB", level=2)
    doc.add_paragraph("TE asked whether the Local Offer could carry a page on holiday clubs that accept children "
                      "with SEND. SK will raise it with the short breaks team but it may sit better with the "
                      "Family Information Service. No action agreed yet.")
    doc.add_paragraph("OR mentioned that the Preparing for Adulthood videos are being filmed in March.")
    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("Tuesday 23 February 2027, 10.00, Teams")
    doc.save(HERE / "103_eleventh_docx_carried_forward.docx")


if __name__ == "__main__":
    summary_of_decisions()
    local_offer_carried_forward()
