"""631: Extraordinary SEND Partnership Board after the area SEND inspection - record of decisions, AGREED wording, actions arising list."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path("/tmp/b86")
STEM = "631_eightysixth_extraordinary_board_decisions_record"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Segoe UI"; st.font.size = Pt(10)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "Westmoor SEND Partnership  •  OFFICIAL"
sec.footer.paragraphs[0].text = "Extraordinary Partnership Board 15/11/2027 – minutes and record of decisions"

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def p(text, bold=False, italic=False, size=None, color=None):
    para = doc.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return para

def sub(text):
    para = doc.add_paragraph(); para.paragraph_format.left_indent = Cm(0.8); para.add_run(text); return para

p("Westmoor SEND Partnership Board", bold=True, size=16, color="6A1B9A")
p("EXTRAORDINARY MEETING – Area SEND inspection outcome", bold=True, size=12)
p("Monday 15 November 2027, 4.00pm – 6.00pm, Council Chamber, Westmoor Civic Centre (hybrid)")
p("Present: Anne Price (Independent Chair), James Whitfield, Priya Shah, Mary Walker, Yusuf Okafor, Grace Adeyemi, "
  "Tom Evans, Kerry Lang, Helen Brooks, David Lowe, Liam Porter, Sarah Khan, Councillor Bethan Jones")
p("Also present: Nadia Khan (Headteacher representative); Ruth Hill (minutes)")
p("Apologies: Dr Anita Patel, Claire Dunmore")

p("RECORD OF DECISIONS", bold=True, size=11, color="6A1B9A")
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Decision", "Outcome"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "E1D5EE")
for row in [
  ("D1", "To accept the inspection findings in full and not to challenge the factual accuracy response further", "AGREED"),
  ("D2", "That James Whitfield lead the Priority Action Plan on behalf of the partnership, with Yusuf Okafor as health lead", "AGREED"),
  ("D3", "To commission an independent external review of SEND governance before the Priority Action Plan is written", "NOT AGREED"),
  ("D4", "To establish a weekly Priority Action Plan steering group until submission", "AGREED"),
  ("D5", "To move the Board to monthly meetings until March 2028", "DEFERRED – to be decided once the plan is drafted"),
]:
    cs = t.add_row().cells
    for c, v in zip(cs, row): c.text = v

p("")
p("1. Welcome, apologies and declarations", bold=True)
sub("Anne Price opened the extraordinary meeting, called under paragraph 9 of the terms of reference following receipt "
    "of the final inspection letter on 5 November. Apologies as above.")
sub("Councillor Bethan Jones declared that she is a governor at Riverside Primary School. Helen Brooks and Nadia Khan "
    "noted the same school interest. None of these was considered to prevent participation.")

p("2. Inspection findings", bold=True)
sub("James Whitfield summarised the outcome: widespread and/or systemic failings, with two areas for priority action "
    "(timeliness and quality of EHC plans; joint commissioning of therapies) and four areas for improvement. Ofsted and "
    "CQC will publish the letter on 2 December. The Priority Action Plan must be submitted to Ofsted by 22 December.")
sub("Tom Evans said the findings matched what families had been telling the partnership for three years, and asked "
    "that the plan be written with parents from the start. This was AGREED.")
sub("Helen Brooks reported that Nadia Khan had already circulated the headteachers' briefing note on the outcome to "
    "all schools on 12 November; no further communication to schools was needed before publication.")

p("3. Priority Action Plan – approach", bold=True)
sub("Priya Shah proposed commissioning an external review of SEND governance before drafting the plan. Several members, "
    "including the parent representatives, felt this would delay the plan and duplicate the inspection. The Board did "
    "not agree to commission a review (D3).")
sub("The Board agreed the steering group (D4) would meet on Thursdays from 18 November, chaired by James Whitfield.")

p("4. Communications", bold=True)
sub("Members discussed the risk of families hearing about the outcome from the press first. Anne Price will write to all "
    "families of children with EHC plans on the day of publication; the letter to be co-signed by the PCF.")
sub("Councillor Jones will brief the Children and Young People Scrutiny Committee, which meets on 25 November.")

p("5. Date of next meeting", bold=True)
sub("The next ordinary meeting is in January 2028; the date will be confirmed once the question of monthly meetings (D5) "
    "has been decided.")

p("ACTIONS ARISING", bold=True, size=11, color="6A1B9A")
for n, text in enumerate([
  "James Whitfield – first draft of the Priority Action Plan to Board members within 10 working days.",
  "Tom Evans (PCF) – run three parent listening events to shape the plan before the end of term (17 December).",
  "Liam Porter – produce the baseline dataset for the plan's key performance indicators by 6 December.",
  "Anne Price – draft the letter to families for publication day, agree wording with Tom by Friday.",
  "Cllr Bethan Jones – brief the Scrutiny Committee on the inspection outcome on 25 November.",
  "Participation Officer – produce a young-people-friendly summary of the inspection letter for the next meeting.",
  "Ruth Hill – set up the Thursday steering group meetings (done during the meeting – invites sent).",
], start=1):
    para = doc.add_paragraph(); para.paragraph_format.left_indent = Cm(0.8); para.paragraph_format.first_line_indent = Cm(-0.6)
    para.add_run(f"{n}.  {text}")
p("")
p("Signed (Chair) ..................................   Date ..............", italic=True)
doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-11-15",
 "style": ("Held-out batch eightysixth. Minutes of an extraordinary Partnership Board called after the area SEND "
  "inspection, in a 'record of decisions' house style: a Ref / Decision / Outcome table at the top (AGREED, NOT "
  "AGREED, DEFERRED), short numbered narrative, and a closing numbered 'ACTIONS ARISING' list with owners as full "
  "names, one role and a dash ('James Whitfield - ...'). Keys come from the actions-arising list. Traps: decisions "
  "D1-D5 are decisions, not tracker actions (D2 makes James Whitfield lead, which is expressed as his action 1; D4's "
  "steering group set-up is action 7, already done in the meeting - not labelled); D3 external review NOT AGREED; "
  "D5 monthly meetings DEFERRED; Ofsted/CQC publishing on 2 December and the 22 December submission deadline are "
  "other bodies' dates; Nadia Khan's briefing to schools was already sent on 12 November; declarations note but "
  "don't exclude anyone. Dates: 'within 10 working days' of Monday 15 November = Monday 29 November 2027; 'before "
  "the end of term (17 December)' = 2027-12-17; 'by 6 December' as written; Anne Price's letter 'agree wording "
  "with Tom by Friday' = Friday 19 November 2027; Cllr Jones's briefing 'on 25 November'; 'for the next meeting' "
  "with no date given (January 2028, date to be confirmed) = 'next meeting'. 'Participation Officer' = Sarah Khan."),
 "held_out": True,
 "actions": [
  {"key": "first draft of the Priority Action Plan to Board", "owner": "James Whitfield", "person": "James Whitfield", "due": "2027-11-29"},
  {"key": "run three parent listening events to shape", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-12-17"},
  {"key": "produce the baseline dataset for the plan's", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-12-06"},
  {"key": "draft the letter to families for publication day", "owner": "Anne Price", "person": "Anne Price", "due": "2027-11-19"},
  {"key": "brief the Scrutiny Committee on the inspection outcome", "owner": "Cllr Bethan Jones", "person": "Bethan Jones", "due": "2027-11-25"},
  {"key": "produce a young-people-friendly summary of the inspection", "owner": "Participation Officer", "person": "Sarah Khan", "due": "next meeting"},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
