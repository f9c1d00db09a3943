from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "368_fortyninth_waiting_list_harm_review_minutes.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    hp = s.header.paragraphs[0]
    hp.text = "OFFICIAL-SENSITIVE"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].bold = True
    fp = s.footer.paragraphs[0]
    fp.text = "Waiting List Clinical Harm Review Group - minutes 09/12/2026 - v0.2 (CN) - for approval at next meeting"
    fp.runs[0].font.size = Pt(7.5)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


p = doc.add_paragraph()
r = p.add_run("Westmoor Community Health NHS Trust")
r.bold = True
r.font.size = Pt(9)
r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h = doc.add_heading("Children's Community Paediatrics and Neurodevelopmental Service", level=1)
doc.add_heading("Waiting List Clinical Harm Review Group - Minutes", level=2)

meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for i, (a, b) in enumerate([
        ("Date / time", "Wednesday 9 December 2026, 12:30 - 14:00"),
        ("Venue", "Room 3, Larchfield Health Centre and MS Teams"),
        ("Chair", "Dr Anita Patel (AP), Consultant Community Paediatrician / Clinical Lead"),
        ("Minutes", "Carol Nwosu (CN), Service Manager")]):
    cell_text(meta.cell(i, 0), a, bold=True)
    shade(meta.cell(i, 0), "E8EDEE")
    cell_text(meta.cell(i, 1), b)

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Present: ").bold = True
p.add_run("Dr Anita Patel (AP), Carol Nwosu (CN), Dr Tariq Hussain (TH) Locum Consultant, Sunil Varma (SV) BI Analyst, "
          "Margaret Ellison (ME) Patient Safety Partner, Joanne Tate (JT) Clinical Governance Facilitator. "
          "Yusuf Okafor (YO), Designated Clinical Officer, Westmoor ICB, for item 4 only.")
p = doc.add_paragraph()
p.add_run("Apologies: ").bold = True
p.add_run("Grace Adeyemi (Head of Children's Therapies), Dr Ben Oduya.")

doc.add_heading("1. Welcome, declarations of interest", level=3)
doc.add_paragraph("None declared. Minutes of 11 November agreed with one amendment (item 3, number of cases reviewed was 14 not 12).")

doc.add_heading("2. Action log", level=3)
log = doc.add_table(rows=2, cols=5)
log.style = "Table Grid"
top = log.cell(0, 0).merge(log.cell(0, 4))
cell_text(top, "ACTION LOG - Waiting List Clinical Harm Review Group", bold=True, size=10, color="FFFFFF")
shade(top, "005EB8")
for i, hd in enumerate(["Ref", "Action", "Owner", "Due", "RAG / update"]):
    cell_text(log.cell(1, i), hd, bold=True)
    shade(log.cell(1, i), "D9E6F5")


def group_row(text):
    row = log.add_row()
    c = row.cells[0].merge(row.cells[4])
    cell_text(c, text, bold=True)
    shade(c, "F2F2F2")


def add(ref, action, owner, due, rag):
    row = log.add_row()
    for i, v in enumerate([ref, action, owner, due, rag]):
        cell_text(row.cells[i], v)


group_row("Carried forward from 11 November 2026")
add("11/01", "Validate 104+ week waiters against school census data to confirm current school / setting",
    "BI team (Sunil)", "30/11/26", "RED - not complete, census extract from the council delayed. Revised due date 18/12/26.")
add("11/02", "Letter to all families waiting over 52 weeks with waiting well information and contact numbers",
    "CN", "30/11/26", "GREEN - sent 27/11/26. Close.")
add("11/03", "Escalate harm review themes to the Quality & Safety Committee",
    "AP", "14/01/27", "AMBER - paper drafted; on Q&S Committee agenda for 14 January.")
add("11/04", "Add the two locum consultants to the harm review rota", "JT", "30/11/26", "GREEN - done. Close.")
group_row("New actions - 9 December 2026")
add("12/01", "Add an education impact field to the harm review tool template (see item 3)", "CN", "18/12/26", "New")
add("12/02", "Duty of candour - HR-26-031 and HR-26-034", "AP", "23/12/26", "New")
add("12/03", "ICB funding letter (see item 4)", "YO", "16/12/26", "New")
for row in log.rows:
    row.cells[0].width = Cm(1.4)
    row.cells[1].width = Cm(7.2)
    row.cells[2].width = Cm(2.6)
    row.cells[3].width = Cm(1.8)
    row.cells[4].width = Cm(4.0)

doc.add_paragraph()
doc.add_heading("3. Harm review - December sample", level=3)
doc.add_paragraph(
    "14 case notes reviewed (the 10 longest waiters plus 4 where school had reported concerns through the SENCo "
    "line). 12 assessed as no harm or low harm. Two cases (HR-26-031, HR-26-034) assessed as moderate harm "
    "(psychological), in both cases linked to the length of wait and a permanent exclusion / move to part-time "
    "timetable while waiting. JT raised Datix incidents for both during the meeting.")
doc.add_paragraph(
    "Duty of candour applies to both. AP will lead the conversations with both families and follow up in writing "
    "within 10 working days (logged as 12/02).")
doc.add_paragraph(
    "TH asked whether the harm tool picks up educational harm - exclusion, EBSA, loss of school place. The group "
    "agreed to add an education impact field to the tool from January (decision); CN to amend the template - "
    "action 12/01.")

doc.add_heading("4. ICB update - additional assessment capacity (YO)", level=3)
doc.add_paragraph(
    "YO confirmed that the ICB Executive approved non-recurrent funding on 1 December for 120 additional "
    "assessment slots, January to March 2027, with monthly reporting to the ICB. YO to confirm the funding amount "
    "and reporting requirements in writing by this time next week so that CN can book the locum clinics.")
doc.add_paragraph(
    "For information: the ICB also intends to procure an independent sector provider for around 200 assessments "
    "in 2027/28. The procurement is being run by the ICB; this group will be asked for clinical input to the "
    "specification in due course.")

doc.add_heading("5. Revised prioritisation criteria (v0.4)", level=3)
doc.add_paragraph(
    "Version 0.4 approved for use from 4 January 2027 (decision). Carol to update the SOP and circulate to all "
    "clinicians before the team training session on 6 January.")
doc.add_paragraph(
    "ME asked whether a school-reported deterioration (e.g. a move to a part-time timetable) should automatically "
    "trigger re-prioritisation. AP was worried about the volume this would generate and the group did not reach a "
    "view. No decision today.")

doc.add_heading("6. Waiting well communications", level=3)
doc.add_paragraph(
    "The November letter has gone out (action 11/02 closed) and the team has had 23 calls back, mostly asking "
    "for a date. ME and SV offered to co-design a waiting well text message with the PCF, and ME and SV will report "
    "back at the January meeting with a draft.")

doc.add_heading("7. AOB", level=3)
doc.add_paragraph("None. Next meeting: January 2027 - date to be confirmed once the Q&S Committee date is fixed.")

doc.save(OUT)
print("wrote", OUT)
