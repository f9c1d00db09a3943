"""626: NHS Westmoor ICB SEND Board minutes - landscape table with action / lead / deadline columns at the right."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path("/tmp/b86")
STEM = "626_eightysixth_icb_send_board_action_columns"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.8)
hp = sec.header.paragraphs[0]; hp.text = "NHS Westmoor Integrated Care Board"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "OFFICIAL – SENSITIVE  |  SEND Board minutes 08.06.2027 v0.2 DRAFT"

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def cell_text(cell, text, bold=False, color=None):
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line); r.bold = bold
        if color: r.font.color.rgb = RGBColor.from_string(color)

t = doc.add_paragraph(); r = t.add_run("SEND Board"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0, 0x5E, 0xB8)
doc.add_paragraph("Minutes of the meeting held on Tuesday 8th June 2027, 10:00 – 12:00\nMicrosoft Teams / Room 3, Westmoor House")

att = doc.add_table(rows=1, cols=3); att.style = "Table Grid"
for c, h in zip(att.rows[0].cells, ["Name", "Role", "Initials"]):
    cell_text(c, h, bold=True); shade(c, "D9E2F3")
rows = [
 ("Dr Fiona Marsh (Chair)", "Chief Nursing Officer, NHS Westmoor ICB", "FM"),
 ("Yusuf Okafor", "Designated Clinical Officer for SEND, ICB", "YO"),
 ("Grace Adeyemi", "Head of Children's Therapies, WCHT", "GA"),
 ("Dr Anita Patel", "Consultant Community Paediatrician, WCHT", "AP"),
 ("Mary Walker", "Head of SEND, Westmoor Council", "MW"),
 ("Liam Porter", "Data and Performance Manager, Westmoor Council", "LP"),
 ("Tom Evans", "Co-chair, Westmoor Parent Carer Forum", "TE"),
 ("Jo Stannard", "Corporate Affairs Officer, ICB (minutes)", "JS"),
 ("Apologies", "", ""),
 ("Priya Shah", "Director of Education, Westmoor Council", "PS"),
 ("David Lowe", "Principal Educational Psychologist", "DL"),
]
for row in rows:
    cs = att.add_row().cells
    for c, v in zip(cs, row):
        cell_text(c, v, bold=(row[0] == "Apologies"))
    if row[0] == "Apologies":
        for c in cs: shade(c, "F2F2F2")

doc.add_paragraph("")
main = doc.add_table(rows=1, cols=6); main.style = "Table Grid"
widths = [Cm(1.0), Cm(3.6), Cm(11.0), Cm(5.6), Cm(1.6), Cm(2.4)]
for c, h, w in zip(main.rows[0].cells, ["No.", "Item", "Discussion / Outcome", "Action", "Lead", "Deadline"], widths):
    cell_text(c, h, bold=True, color="FFFFFF"); shade(c, "005EB8"); c.width = w

items = [
 ("1", "Welcome, introductions & apologies",
  "FM welcomed members. Apologies noted as above. Quorate.", "–", "", ""),
 ("2", "Declarations of interest",
  "AP declared she is clinical lead for the ND pathway (item 4). Noted – no conflict requiring her to leave.", "–", "", ""),
 ("3", "Minutes of last meeting (11.05.27) and action log",
  "Minutes agreed as accurate.\nAction log reviewed (separate document). 05/27-01, -02 and -03 closed. 05/27-04 "
  "(ND pathway data cleanse) not yet complete – GA explained the Trust BI team had been pulled onto the "
  "elective recovery return. Agreed to carry forward to July.",
  "Carry forward – ASD pathway data cleanse to be finished and reported to Board", "GA", "13/07/27"),
 ("4", "Neurodevelopmental pathway – waiting list",
  "AP presented the position: 1,412 CYP waiting for ASD/ADHD assessment, median wait 71 weeks. Validation exercise "
  "starting July – families will receive a letter asking if they still require assessment. TE stressed letters must "
  "not read as if families are being removed from the list; PCF keen to comment on wording.\n"
  "AP suggested a joint LA/health diagnostic clinic pilot. FM said this would need a business case and funding "
  "source before the Board could consider it – not taken forward at this stage.",
  "Share validation letter template with PCF for comment", "YO", "w/c 14 June"),
 ("5", "DCO quarterly report (Q4 26/27)",
  "YO took the report as read. Health advice for EHC needs assessments returned within 6 weeks: 78% (target 90%). "
  "OT advices the main outlier (52%). Board asked for formal escalation to the Trust.\n"
  "Report was circulated to members in the meeting chat.",
  "Circulate DCO quarterly report to Board members\n\nWrite to WCHT Director of Operations re OT advice returns",
  "YO\n\n\nFM", "Complete\n\n\n18/06/27"),
 ("6", "Children's therapies workforce",
  "GA: 3 x Band 6 SLTs appointed, awaiting pre-employment checks. OT vacancy rate 24%. Agency spend being "
  "reviewed. MW asked for start dates to help with planning advice requests.",
  "Confirm start dates of the three new SLTs and report back", "GA", "end of the month"),
 ("7", "Local Offer – health pages",
  "TE reported parents cannot find the continence and wheelchair service information on the Local Offer; several "
  "links broken. MW confirmed the LA web team will make changes if the ICB sends updated content.",
  "Send updated health content and links to LA web team", "ICB comms team", "ASAP"),
 ("8", "Performance dashboard",
  "LP demonstrated the joint SEND dashboard. Board asked that health waiting times sit alongside the EHCP "
  "measures rather than in a separate report.",
  "Add therapy and ND waiting times to the joint SEND dashboard", "LP", "Sept Board"),
 ("9", "AOB",
  "MW: SEN2 2027 return submitted; headline figures to be shared with YO for the ICB annual SEND report.\n"
  "TE: PCF conference 2 October – all welcome.",
  "Send SEN2 headline figures to YO", "MW", "Fri"),
]
for row in items:
    cs = main.add_row().cells
    for c, v, w in zip(cs, row, widths):
        cell_text(c, v, bold=(v == row[1])); c.width = w

doc.add_paragraph("")
doc.add_paragraph("Date of next meeting: Tuesday 13th July 2027, 10:00 – 12:00, MS Teams")
p = doc.add_paragraph(); r = p.add_run("Minutes approved by: ______________  Date: __________"); r.italic = True
doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-06-08",
 "style": ("Held-out batch eightysixth. NHS ICB 'SEND Board' minutes in Word written by an ICB corporate affairs "
  "officer: landscape page, blue NHS header row, attendee table with initials, and one big six-column table "
  "(No. / Item / Discussion / Action / Lead / Deadline) with the actions in the right-hand columns and owners as "
  "initials resolved through the attendee table. Traps: the 'Action' cell for items 1-2 is a dash; the DCO report "
  "circulation is marked 'Complete' (done in the meeting chat) and is not labelled; the cell for item 5 stacks two "
  "actions and two leads (the second, FM's letter, is labelled); AP's joint clinic pilot is discussed but 'not "
  "taken forward'; the LA web team's changes are conditional and not an action of this Board; the PCF conference is "
  "information. FM (Dr Fiona Marsh, ICB Chief Nursing Officer) is not in people.json so her action has person null; "
  "'ICB comms team' is a team, person null. Carry-forward action 05/27-04 is labelled with its new deadline. Dates: "
  "'13/07/27' = 13 July 2027 (also the next meeting); 'w/c 14 June' = Friday 18 June 2027; '18/06/27'; 'end of the "
  "month' = 30 June 2027; 'ASAP' = null; 'Sept Board' has no date in the document = 'meeting 2027-09'; 'Fri' = "
  "Friday 11 June 2027."),
 "held_out": True,
 "actions": [
  {"key": "ASD pathway data cleanse to be finished", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-07-13"},
  {"key": "Share validation letter template with PCF for comment", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-06-18"},
  {"key": "Write to WCHT Director of Operations re OT", "owner": "FM", "person": None, "due": "2027-06-18"},
  {"key": "Confirm start dates of the three new SLTs", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-06-30"},
  {"key": "Send updated health content and links to LA", "owner": "ICB comms team", "person": None, "due": None},
  {"key": "Add therapy and ND waiting times to", "owner": "LP", "person": "Liam Porter", "due": "meeting 2027-09"},
  {"key": "Send SEN2 headline figures to YO", "owner": "MW", "person": "Mary Walker", "due": "2027-06-11"},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
