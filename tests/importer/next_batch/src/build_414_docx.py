"""Builds 414_fiftyfifth_supported_internship_steering_group_minutes_role_owners.docx"""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "414_fiftyfifth_supported_internship_steering_group_minutes_role_owners.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor Hospitals NHS Foundation Trust  |  People Directorate"
sec.footer.paragraphs[0].text = "SISG minutes 10.11.27 – DRAFT v0.2 until approved at next meeting"

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)

doc.add_heading("Supported Internship Steering Group (Project Westmoor Works)", level=1)
doc.add_paragraph("Minutes of the meeting held on Wednesday 10 November 2027, 14:00–15:30, Seminar Room 3, Education Centre, Westmoor General Hospital")

t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, h in enumerate(["Present", "Role", "Organisation"]):
    t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "D9E2F3")
for r in [
    ("Alison Grey (Chair)", "Deputy Director of People", "Westmoor Hospitals NHS FT"),
    ("Pete Marsden", "Host Business Liaison (Estates)", "Westmoor Hospitals NHS FT"),
    ("Hannah Cole", "Curriculum Manager, Foundation Learning", "Westmoor College"),
    ("Tariq Aziz", "Job Coach Team Leader", "Pathways Supported Employment"),
    ("Owen Reid", "Preparing for Adulthood Lead", "Westmoor Council"),
    ("Yusuf Okafor", "Designated Clinical Officer", "Westmoor ICB"),
    ("Sarah Khan", "Participation Officer", "Westmoor Council"),
    ("Bev Lyons (minutes)", "PA to Deputy Director of People", "Westmoor Hospitals NHS FT"),
]:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
doc.add_paragraph("Apologies: Head of Transport (Westmoor Council); Mary Walker, Head of SEND; two intern representatives (college exams).")

def item(n, title, paras):
    p = doc.add_paragraph(); r = p.add_run(f"{n}.  {title}"); r.bold = True
    for x in paras:
        doc.add_paragraph(x)

item(1, "Welcome, apologies and declarations of interest", ["The Chair welcomed everyone. No declarations of interest."])
item(2, "Minutes of the last meeting (13 October) and matters arising",
     ["The minutes were agreed as an accurate record. All matters arising are covered in the action log below or on the agenda."])
item(3, "Cohort update (College / Pathways)",
     ["HC reported 9 interns on programme (cohort 4). Attendance 93% for the half term. All nine completed rotation 1 placements "
      "(Medical Records, Estates Helpdesk, Outpatients Reception, Linen Services).",
      "TA said two interns have had difficulty with early shifts because of travel; the Head of Transport had sent apologies but had "
      "been asked before the meeting to look at the travel pass arrangements. Access to Work applications are in for six of the nine.",
      "Rotation 2 starts on 29 November. Pharmacy and Catering have expressed interest but have not yet confirmed capacity."])
item(4, "DBS and on-boarding",
     ["The group noted that the Trust will now carry out intern DBS checks in-house through its own recruitment team rather than via the "
      "college. Action 13 from October is therefore superseded. Occupational health clearance remains with the college."])
item(5, "Health needs and reasonable adjustments",
     ["Discussion of one intern whose epilepsy care plan had not been shared with the host department before rotation 1. "
      "The group agreed that health care plans must be shared with the host manager before any placement starts (decision – to go into the "
      "on-boarding checklist).",
      "YO noted that two interns are on the adult LD health check register. Yusuf agreed to check with the ICB whether the annual health "
      "check can be scheduled outside placement hours, and will let the group know by the end of the month.",
      "The Chair raised whether interns could move straight into Band 2 Healthcare Support Worker roles. This is a Trust workforce "
      "matter; it will be explored with HR but no date can be given yet."])
item(6, "Voice of interns",
     ["SK shared feedback from the intern forum: interns want more say in rotation choices and a 'buddy' on each ward. "
      "The group welcomed this. SK will write a short intern case study for the partnership board newsletter."])
item(7, "Any other business",
     ["Celebration event for cohort 3 graduates took place on 3 November – thanks to Estates for hosting. "
      "Next meeting: Wednesday 8 December 2027, 14:00, Seminar Room 3."])

p = doc.add_paragraph(); r = p.add_run("Action log (updated 10.11.27)"); r.bold = True; r.font.size = Pt(12)
al = doc.add_table(rows=1, cols=5); al.style = "Table Grid"
for i, h in enumerate(["Ref", "Action", "Action Owner", "Target Date", "Status"]):
    al.rows[0].cells[i].text = h; shade(al.rows[0].cells[i], "1F3864")
    al.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    al.rows[0].cells[i].paragraphs[0].runs[0].bold = True
rows = [
    ("11", "Deliver disability awareness briefing to ward managers hosting rotation 1", "Job Coach Team Leader", "29/10/27", "Complete", "C6EFCE"),
    ("12", "Confirm Access to Work applications submitted for all interns", "Job Coach Team Leader", "26/11/27", "Open – 6 of 9 in", "FFEB9C"),
    ("13", "Arrange DBS checks for cohort 4 via the college", "College Curriculum Manager", "15/10/27", "Superseded – see item 4", "D9D9D9"),
    ("14", "Recruit two additional host departments for rotation 2 (Pharmacy, Catering)", "Host Business Liaison (Estates)", "19/11/27", "New", "FFFFFF"),
    ("15", "Review intern travel passes and circulate updated travel arrangements", "Head of Transport", "24/11/27", "New", "FFFFFF"),
    ("16", "Share EHCP outcomes summary for each intern with the job coaches", "PfA Lead", "Before next meeting", "New", "FFFFFF"),
    ("17", "Add 'health care plan shared with host manager' to the on-boarding checklist", "College Curriculum Manager", "w/e 19/11", "New", "FFFFFF"),
    ("18", "Intern case study for partnership board newsletter", "Participation Officer", "03/12/27", "New", "FFFFFF"),
    ("19", "Explore Band 2 HCSW pathway for completing interns with HR", "Deputy Director of People", "TBC", "New", "FFFFFF"),
]
for *vals, fill in rows:
    c = al.add_row().cells
    for i, v in enumerate(vals): c[i].text = v
    shade(c[4], fill)
doc.add_paragraph()
doc.add_paragraph("Approved by: ____________________ (Chair)      Date: __________")
doc.save(OUT)
print("saved", OUT)
