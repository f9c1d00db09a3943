"""Workstream 4 (Preparing for Adulthood) delivery plan with milestones, v0.3 after the 7 July 2027 workstream meeting."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = "/tmp/b98/713_ninetyeighth_pfa_workstream_delivery_plan.docx"
d = Document()
d.styles["Normal"].font.name = "Calibri"
d.styles["Normal"].font.size = Pt(10)
s = d.sections[0]
s.orientation = WD_ORIENT.LANDSCAPE
s.page_width, s.page_height = s.page_height, s.page_width
s.left_margin = s.right_margin = Cm(1.8)
s.header.paragraphs[0].text = "Westmoor SEND Improvement Programme | Workstream 4: Preparing for Adulthood"
s.footer.paragraphs[0].text = "WS4 Delivery Plan 2027-28 v0.3 DRAFT - owner: Owen Reid, PfA Lead - not for publication"

d.add_heading("Workstream 4: Preparing for Adulthood - Delivery Plan 2027/28", level=1)
d.add_paragraph("Version 0.3 - updated after the WS4 meeting on Wednesday 7 July 2027. Changes since v0.2 in the 'Notes' column. "
                "v0.2 was circulated 16/06 and comments received from PCF, Health and Westmoor College.")
d.add_paragraph("Sponsor: James Whitfield (AD SEND & Inclusion). Workstream lead: Owen Reid. Reports to: SEND Partnership Board (quarterly).")

d.add_heading("1. Outcomes we are working towards", level=2)
for x in ["80% of Year 9 annual reviews include PfA outcomes by July 2028 (baseline 41%)",
          "Reduce NEET rate for young people with EHCPs aged 16-18 from 9.8% to 7% by March 2029",
          "Every young person with an EHCP has a named transition contact in adult services by age 17.5"]:
    d.add_paragraph(x, style="List Bullet")
d.add_paragraph("These are the targets agreed by the Board in March - they are not actions for individuals and are tracked on the dashboard.")

d.add_heading("2. Milestones", level=2)
t = d.add_table(rows=1, cols=6)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["No.", "Objective", "Milestone", "Lead", "Target date", "Status / notes (7 July)"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
ms = [
    ["M1", "Information", "Launch of the PfA Hub on the Local Offer", "Owen Reid", "June 2027", "Done - launched 21 June. 1,200 visits in first fortnight."],
    ["M2", "Information", "Map current supported internship places by provider and sector", "Owen Reid", "30/09/2027",
     "Agreed 7 July. OR to include the two new employer partners."],
    ["M3", "Voice", "Recruit young people for the PfA youth panel (target 12 members)", "Sarah Khan", "end Oct",
     "Agreed 7 July. SK to work through colleges and the Youth Council."],
    ["M4", "Data", "Build a baseline of NEET rates for young people with EHCPs by locality", "Liam Porter", "27/08/2027",
     "Agreed 7 July - needed before the September meeting."],
    ["M5", "Transitions", "Confirm staffing of the adult social care transitions team", "Adult Social Care (Jo Fenwick)",
     "Sept WS4 meeting", "Jo gave apologies - OR briefed her by phone 8 July. Was M6 in v0.2."],
    ["M6", "Health", "Agree the adult therapy handover protocol with adult community services", "Grace Adeyemi", "Next WS4 meeting",
     "GA: draft exists, needs sign off from adult services lead."],
    ["M7", "Families", "Co-design a 'Moving On' guide for parent carers with PCF members", "Tom Evans (PCF)", "17/12/2027",
     "PCF agreed to lead. Print costs from WS4 budget."],
    ["M8", "Provision", "Westmoor College to open new foundation learning centre", "Westmoor College", "Sept 2028",
     "College's own capital project - included for information only."],
    ["M9", "Employment", "Travel training app for young people", "-", "-",
     "Idea from the youth council. Discussed 7 July - explore only if external funding becomes available. Not in scope for 27/28."],
    ["M10", "Voice", "Run 'What next?' event for Year 9 families", "Sarah Khan / PCF", "May 2027", "Done - 64 families attended. Evaluation on SharePoint."],
]
for m in ms:
    cells = t.add_row().cells
    for c, v in zip(cells, m):
        c.text = v
widths = [Cm(1.2), Cm(2.5), Cm(8), Cm(4), Cm(2.8), Cm(7)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

d.add_heading("3. Notes from WS4 meeting 7 July 2027", level=2)
d.add_paragraph("Present: Owen Reid (chair), Sarah Khan, Liam Porter, Grace Adeyemi, Tom Evans, Priya Mistry (PCF), "
                "Karen Doyle (Westmoor College). Apologies: Jo Fenwick (ASC), David Lowe.")
for x in [
    "v0.2 comments were worked through - all accepted apart from the College's request to add their capital build as a WS4 milestone "
    "(kept as info only, M8).",
    "DfE has published the updated PfA toolkit - noted. OR had already checked it against our outcomes framework before the meeting and it lines up, so nothing further needed.",
    "Priya M asked that the youth panel includes young people who are not in education. Agreed - SK will reflect this in recruitment.",
    "LP to share the NEET baseline with Priya Shah as well so it can go in the Education Committee report.",
    "Next WS4 meeting: Wednesday 15 September 2027.",
]:
    d.add_paragraph(x, style="List Bullet")
d.add_paragraph("RAG for the Board report: Amber overall (data and transitions team risk). OR 08/07/27")
d.save(OUT)
