"""Builds 337: a Mosaic (social care case system) 'step output' Word document of a multi-agency review meeting."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "337_fortyfourth_mosaic_step_output_care_review.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = Cm(1.6)
    hp = s.header.paragraphs[0]
    hp.text = "OFFICIAL-SENSITIVE (PERSONAL)            Mosaic - Step Output            Printed 25/02/2027 14:22 by Cho, Leanne"
    hp.runs[0].font.size = Pt(7.5)
    fp = s.footer.paragraphs[0]
    fp.text = "Person ID 1184520 | Workflow step ID 9907316 | This document was generated from Mosaic. Do not amend - update the record in Mosaic."
    fp.runs[0].font.size = Pt(7)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def section(title):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = title
    c.paragraphs[0].runs[0].bold = True
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "3B5A78")


def qa(pairs, widths=(6, 11.5)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a in pairs:
        r = t.add_row().cells
        r[0].text, r[1].text = q, a
        r[0].paragraphs[0].runs[0].bold = True
        shade(r[0], "E8EEF4")
        r[0].width, r[1].width = Cm(widths[0]), Cm(widths[1])
    doc.add_paragraph()


def grid(head, rows):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "E8EEF4")
    for row in rows:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    doc.add_paragraph()


p = doc.add_paragraph()
r = p.add_run("Westmoor Council - Children's Services")
r.bold = True
r.font.size = Pt(13)
p = doc.add_paragraph()
r = p.add_run("SEND - Multi-Agency Care Package Review (Disabled Children's Team)")
r.bold = True
r.font.size = Pt(11)

section("Step details")
qa([
    ("Person", "J.M. (Person ID 1184520)"),
    ("Date of birth / age", "**/**/2013 - 13 years"),
    ("Step", "SEND - Multi-Agency Care Package Review"),
    ("Step status", "Finished"),
    ("Worker", "Cho, Leanne (Social Worker, Disabled Children's Team)"),
    ("Team", "Disabled Children's Team (North)"),
    ("Step started", "22/02/2027"),
    ("Step finished", "25/02/2027"),
    ("Authorised by", "Pending - Team Manager queue"),
])

section("1. Meeting details")
qa([
    ("Date of meeting", "22/02/2027"),
    ("Venue", "Oakfield School, family room (parent joined in person; OT by Teams)"),
    ("Type of review", "6-monthly care package review (previous review 16/11/2026)"),
])
grid(["Name", "Role", "Agency", "Attended"], [
    ["Mum (J.M.'s mother)", "Parent", "-", "Y"],
    ["Leanne Cho", "Social Worker (chair)", "Westmoor Council DCT", "Y"],
    ["Mr P Osei", "Class teacher", "Oakfield School", "Y"],
    ["Rhiannon Pugh", "Occupational Therapist", "Westmoor Community Health NHS Trust", "Y (Teams)"],
    ["Kim Doyle", "Short Breaks Coordinator", "Westmoor Council", "Y"],
    ["Owen Reid", "Preparing for Adulthood Lead", "Westmoor Council", "Y (first 30 mins)"],
    ["Jade Whitmore", "SEND Casework Officer", "Westmoor Council SEND Team", "Apologies"],
])

section("2. Review of actions from previous review (16/11/2026)")
grid(["No.", "Action", "Responsible", "Target date", "Update at this review", "Status"], [
    ["1", "OT home visit to assess for specialist seating", "R Pugh (OT)", "31/12/2026",
     "Visit 14/12. Seating delivered 12/02/2027 - confirmed at meeting. No further OT action.", "Complete"],
    ["2", "Referral to Family Link overnight short breaks", "L Cho (SW)", "31/01/2027",
     "Referral made 10/01/2027, not yet to panel. L Cho to chase Family Link and update Mum by 12/03/2027.", "Ongoing - carried forward"],
    ["3", "Share sensory profile with respite provider", "Oakfield School", "15/12/2026",
     "Sent 02/12/2026.", "Complete"],
])

section("3. Summary of discussion")
doc.add_paragraph(
    "J.M. has had a settled term at Oakfield. Mum reports that weekends remain very difficult, with sleep disturbance two or three "
    "nights a week and J.M.'s younger sibling often unsettled as a result. Direct payment hours (6 hours per week) are being used in "
    "full, mainly for a Saturday PA. Kim Doyle explained that an increase to two overnight short breaks per month would need to go "
    "to the Short Breaks Panel. Mum said she has not yet had a carer's assessment in her own right; Leanne explained the form and "
    "Mum agreed she would complete the carer's assessment form and return it to LC within two weeks.")
doc.add_paragraph(
    "Mr Osei reported that transitions to and from the school minibus are the main trigger for distress at school. He will trial a "
    "visual timetable for the minibus transition and let the social worker know how it is going by 25/03/2027. "
    "Owen Reid introduced the Preparing for Adulthood offer, as J.M. enters Year 9 in September; the family would welcome a visit.")

section("4. Views of the child / young person")
doc.add_paragraph("J.M. was seen at school before the meeting using his communication book. He chose the 'happy' symbol for "
                  "his Saturday PA and for swimming, and the 'sad' symbol for 'bus'.")

section("5. Views of parent / carer")
doc.add_paragraph("Mum is grateful for the seating and says the Saturday PA is 'a lifeline'. She wants overnight breaks to "
                  "start before the summer holidays if at all possible.")

section("6. Decisions")
qa([
    ("Direct payment", "Continue at 6 hours per week - no change."),
    ("Short breaks", "Case to be presented to Short Breaks Panel for 2 overnights per month (see actions)."),
    ("Next review", "6 months - August 2027."),
])

section("7. Actions from this review")
grid(["No.", "Action", "Responsible", "Target date", "Status"], [
    ["1", "Present request for increase to 2 overnight short breaks per month at Short Breaks Panel", "Social Worker",
     "Panel 10/03/2027", "Open"],
    ["2", "Update EHCP sections H1/H2 (social care provision) at the Year 9 annual review", "SEND Casework Officer",
     "At annual review", "Open"],
    ["3", "Arrange introductory PfA home visit with the family", "Owen Reid (PfA Lead)", "19/03/2027", "Open"],
    ["4", "Carried forward - see section 2, action 2", "L Cho (SW)", "12/03/2027", "Open"],
])

section("8. Management oversight")
doc.add_paragraph("[Not yet completed - awaiting Team Manager authorisation]")
doc.save(OUT)
print("wrote", OUT)
