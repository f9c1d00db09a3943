import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FN = os.path.join(OUT, "544_seventyfourth_ap_workstream_minutes_docx_actions_table_date_owner_first.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.size = Pt(8); hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = "Alternative Provision Workstream \u2013 minutes 08.03.27 \u2013 v1 (chair approved)"
fp.runs[0].font.size = Pt(8)

p = doc.add_paragraph()
r = p.add_run("Westmoor Local Area SEND Partnership"); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
h = doc.add_paragraph()
r = h.add_run("Alternative Provision (AP) Workstream"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = doc.add_paragraph("Minutes of the meeting held on Monday 8th March 2027, 9.30am \u2013 11.00am\nWestmoor Pupil Referral Unit (Conference Room), Hanley Road")

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
att = [("Sarah Kent (Chair)", "School Improvement Adviser, Westmoor Council"),
       ("Marcus Doyle", "Headteacher, Westmoor PRU (\u2018Head of PRU\u2019)"),
       ("Hannah Clarke (HC)", "Inclusion & Exclusions Officer, Inclusion Team"),
       ("Liam Porter (LP)", "Data & Performance Manager"),
       ("Nadia Khan", "Headteacher, Riverside Primary (primary heads\u2019 rep)"),
       ("Jas Dhillon", "Commissioning Officer, Children\u2019s Commissioning"),
       ("Kerry Lang", "Parent Champion, Westmoor PCF"),
       ("Ruth Hill", "Business Support (minutes)"),
       ("Apologies", "Tom Evans (PCF), Yusuf Okafor (DCO), Mary Walker")]
for a, b in att:
    row = t.add_row().cells
    row[0].text = a; row[1].text = b
    if a == "Apologies":
        row[0].paragraphs[0].runs[0].bold = True
for row in t.rows:
    row.cells[0].width = Cm(5); row.cells[1].width = Cm(12)

def H(txt):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(txt); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

def N(txt):
    doc.add_paragraph(txt)

H("1. Welcome and apologies")
N("Sarah welcomed everyone and thanked Marcus for hosting. Marcus was welcomed as a new member of the workstream. Apologies as above.")

H("2. Minutes of 11th January 2027 and action table")
N("The minutes were agreed. All three actions from January are complete \u2013 see Part A of the action table below. Jas confirmed the Hope Centre tuition contract has been extended to August 2027, so there is no gap for the summer term.")

H("3. Use of unregistered alternative provision")
N("HC reported that at the January census 37 pupils were attending unregistered AP for part or all of the week, 9 of whom have an EHC plan. Most are placed directly by secondary schools and the LA does not always know about them. The new DfE guidance makes clear that schools remain responsible for the safeguarding checks and for the quality of provision they commission.")
N("The group agreed that the LA should write to all secondary heads to set out expectations before the Easter break (schools finish on Thursday 25th March). Sarah will do this (action 4).")
N("The DfE consultation on the national AP specification closes on 30th April. Members may wish to respond individually; there will not be a partnership response.")

H("4. Pupils with SEND in AP for longer periods")
N("LP shared data showing 22 pupils who have been in AP for more than six weeks. The data is not yet matched to SEN status, so we cannot say how many are on SEN support or have a plan. Nadia asked that the matched list goes to the AP panel chair as well as this group (action 5).")

H("5. Reintegration")
N("Marcus explained that the PRU governing board is reviewing its outreach offer over the summer term and will share the outcome in due course. Separately, the PRU has drafted a reintegration plan template based on the \u2018assess, plan, do, review\u2019 cycle and would like to try it with two schools before rolling it out (action 6).")

H("6. Quality assurance of AP providers")
N("The new QA framework was approved by the workstream. The Inclusion Team will lead on QA visits but the timing depends on whether the vacant QA officer post is filled, so no date could be given today (action 7).")

H("7. Part-time timetables \u2013 parent experiences")
N("Kerry said parents in the PCF Facebook group regularly describe children on reduced timetables for months at a time without a review date. Members agreed it would help to hear these experiences directly, anonymised, at the next meeting (action 8). HC reminded members that schools must notify the LA of any part-time timetable; the notification form is already on the schools\u2019 portal.")

H("8. AP directory on the Local Offer")
N("The AP directory page on the Local Offer is out of date. HC will update it (action 9). Kerry offered to have a couple of parents look over the new page once it is live.")

H("9. Any other business")
N("From April the AP Placement Panel will meet fortnightly rather than monthly (standing arrangement, agreed by the panel in February). Jas mentioned Commissioning hope to run a market engagement event for AP providers later in the year.")
N("Date of next meeting: Monday 10th May 2027, 9.30am, Teams.")

H("ACTION TABLE")
cols = ["Target date", "Action owner", "No.", "Agreed action", "From item", "RAG / status"]
at = doc.add_table(rows=1, cols=6)
at.style = "Table Grid"
for i, c in enumerate(cols):
    cell = at.rows[0].cells[i]
    cell.text = c
    cell.paragraphs[0].runs[0].bold = True
    cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(cell, "1F4E79")

def section(txt):
    cells = at.add_row().cells
    m = cells[0].merge(cells[5])
    m.text = txt
    m.paragraphs[0].runs[0].bold = True
    shade(m, "D9E2F3")

def row(vals, fill=None):
    cells = at.add_row().cells
    for i, v in enumerate(vals):
        cells[i].text = v
        for r in cells[i].paragraphs[0].runs:
            r.font.size = Pt(9.5)
    if fill:
        shade(cells[5], fill)

section("Part A \u2013 brought forward from 11 January 2027")
row(["25/01/2027", "LP", "1", "Circulate AP census data by school and provider", "4", "Complete"], "A9D08E")
row(["08/03/2027", "SK", "2", "Invite the Head of PRU to join the workstream", "6", "Complete \u2013 attended today"], "A9D08E")
row(["Feb", "Commissioning", "3", "Confirm contract extension for Hope Centre tuition provision", "5", "Closed \u2013 extended to Aug 27"], "A9D08E")
section("Part B \u2013 new actions, 8 March 2027")
row(["Before Easter", "SK", "4", "Write to all secondary heads on the use of unregistered AP, attaching the DfE guidance and the LA\u2019s expectations on safeguarding checks", "3", "New"])
row(["w/c 22 March", "LP", "5", "Match the list of pupils in AP for 6+ weeks against SEN status (EHCP / SEN support) and share with the AP panel chair", "4", "New"])
row(["Apr", "Head of PRU", "6", "Pilot the reintegration plan template with two partner schools and report back", "5", "New"])
row(["tbc", "Inclusion Team", "7", "Set up QA visits to the four unregistered providers on the directory using the new QA framework", "6", "New"])
row(["next mtg", "Kerry / PCF", "8", "Gather anonymised parent experiences of part-time timetables via the PCF Facebook group and bring to the next meeting", "7", "New"])
row(["19/04", "HC", "9", "Update the AP directory page on the Local Offer with Ofsted status, costs and contact details", "8", "New"])

widths = [Cm(2.3), Cm(2.6), Cm(1.0), Cm(8.2), Cm(1.4), Cm(2.2)]
for r_ in at.rows:
    for i, w in enumerate(widths):
        if i < len(r_.cells):
            r_.cells[i].width = w

doc.add_paragraph()
p = doc.add_paragraph("RAG key: Green = complete; Amber = in progress; Red = overdue / at risk. New actions are not RAG rated until the next meeting.")
p.runs[0].font.size = Pt(8); p.runs[0].italic = True
doc.save(FN)
print(FN)
