"""Builds 239_thirtieth_workstream_highlight_report_next_period.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "239_thirtieth_workstream_highlight_report_next_period.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "OFFICIAL  |  Westmoor SEND Partnership  |  Workstream 2 Highlight Report  |  v0.3 DRAFT"
sec.footer.paragraphs[0].text = "Template: PMO Highlight Report v2.1 (delete guidance text in blue before submitting)"


def shade(c, hexcol):
    tcPr = c._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def table(rows, head_fill="1F3864", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(v))
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, head_fill)
            if v in ("G", "A", "R"):
                shade(c, {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}[v])
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def guidance(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x2E, 0x75, 0xB6)
    r.font.size = Pt(8)


def h(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)


t = doc.add_paragraph()
r = t.add_run("HIGHLIGHT REPORT")
r.bold = True
r.font.size = Pt(16)
table([["Workstream", "WS2 - Preparing for Adulthood (PfA)"],
       ["Senior Responsible Owner", "James Whitfield, AD SEND & Inclusion"],
       ["Workstream lead", "Owen Reid, PfA Lead"],
       ["Reporting period", "1 April 2027 - 30 April 2027"],
       ["Report to", "SEND Partnership Board, 12 May 2027 (agenda item 5b)"],
       ["Date prepared", "05/05/2027"],
       ["Overall status", "A"]], widths=[5, 12])

h("1. Status summary")
guidance("Use G / A / R. Give a reason for any A or R.")
table([["Dimension", "This period", "Last period", "Comment"],
       ["Time", "A", "G", "Pathway sign-off slipped from June to July Board (see Decisions)"],
       ["Scope", "G", "G", "No change"],
       ["Resources", "A", "A", "Participation Officer capacity shared with WS4"],
       ["Quality / co-production", "G", "A", "Young people's group now meeting monthly"],
       ["Risks", "A", "A", "See section 5"]], widths=[3.5, 2.2, 2.2, 9])

h("2. Achievements this period")
guidance("What has been completed in the reporting period. Do not list things that are only planned.")
for line in [
    "First draft of the PfA pathway (0-25) completed and shared with the workstream on 22 April.",
    "Two young people from the youth forum joined the workstream as paid co-production partners.",
    "Health transition mapping workshop held 15 April with the Trust and adult services (24 attendees).",
    "Liam Porter circulated the Year 11 destinations data for pupils with EHCPs (action from March - closed).",
    "PfA outcomes now recorded in the annual review template for Year 9 upwards (go-live 19 April).",
]:
    doc.add_paragraph(line, style="List Bullet")

h("3. Planned last period but not completed")
table([["Activity", "Owner", "Reason", "Now"],
       ["Finalise pathway document for consultation", "OR", "Comments from health received late (28 April)", "Carried to next period"],
       ["Agree supported internship baseline with college", "Westmoor College", "College restructure", "Carried to next period"],
       ["Publish easy read summary of pathway", "SK (Participation)", "Depends on final pathway", "Moved to June/July - not in next period"]],
      widths=[6, 3, 5, 3])

h("4. Planned activities - next period (May 2027)")
guidance("List the key activities for the next reporting period with an owner and target date. These will be tracked in the next highlight report.")
table([["#", "Activity", "Owner", "Target date"],
       ["1", "Finalise the PfA pathway document and launch consultation", "Owen Reid", "28/05/2027"],
       ["2", "Run two co-production sessions with young people on the draft pathway", "SK (Participation)", "25/06/2027"],
       ["3", "Map supported internship places and agree a baseline for 2027/28", "Westmoor College", "end June"],
       ["4", "Draft the health transition protocol (children's to adult services)", "YO / Dr A Patel", "11/06/2027"],
       ["5", "Write the specification for the independent travel training pilot", "M Walsh (Transport)", "w/c 7 June"],
       ["6", "Parent review of the Local Offer PfA pages", "Kerry Lang (PCF)", "next Board"],
       ["7", "Continue fortnightly workstream meetings", "All", "Ongoing"]],
      widths=[0.8, 9, 4, 3.2])
doc.add_paragraph("Note: rows 2-6 were confirmed at the workstream meeting on 28 April. Row 6 - Kerry has agreed to "
                  "use the Forum's 'mystery shopper' checklist. The next Board is on 9 June 2027.")

h("5. Key risks and issues")
guidance("Only risks scored 12+ or new issues. Full log on SharePoint.")
table([["Ref", "Risk / issue", "Score", "Mitigation / action", "Owner"],
       ["R2", "Insufficient supported internship places for September 2027 cohort", "16", "College restructure - monitor; escalate to SRO if no baseline by end June", "OR"],
       ["R3 (issue)", "NEET data for young people with EHCPs is not available by SEN status", "12", "LP to provide matched NEET data from the CCIS return by 28/05/2027", "LP"],
       ["R5", "Adult social care transition assessments not starting by age 17.5", "12", "Raised at Adults' DMT in April - owned by Adult Social Care, not this workstream", "ASC"]],
      widths=[1.5, 5, 1.2, 7, 2.3])

h("6. Milestones")
table([["Milestone", "Baseline", "Forecast", "RAG"],
       ["Draft pathway to Board for comment", "12/05/2027", "12/05/2027", "G"],
       ["Pathway signed off by Board", "09/06/2027", "14/07/2027", "A"],
       ["Travel training pilot starts", "06/09/2027", "06/09/2027", "G"],
       ["Health transition protocol agreed by ICB", "30/09/2027", "30/09/2027", "G"]], widths=[8, 3, 3, 2])

h("7. Decisions required from the Board")
doc.add_paragraph("(a) To agree that the pathway sign-off milestone moves from the June to the July Board, to allow the "
                  "co-production sessions with young people to take place first.")
doc.add_paragraph("(b) To note the issue at R5, which has been referred to Adult Social Care.")

h("8. Escalations")
doc.add_paragraph("None this period.")

doc.add_paragraph("Prepared by: Owen Reid, with input from Ruth Hill (PMO). Contact via the Partnership inbox.")
doc.save(OUT)
print("wrote", OUT)
