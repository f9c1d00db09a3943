"""629: ICB-hosted Children and Young People's SEND Board - formal NHS board style, minute refs, NOTED/APPROVED, action refs and new-actions table."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path("/tmp/b86")
STEM = "629_eightysixth_nhs_board_minute_refs_not_approved"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
hp = sec.header.paragraphs[0]; hp.text = "NHS Westmoor Integrated Care Board"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Children and Young People's SEND Board – Confirmed minutes – 14 September 2027"

def p(text, bold=False, italic=False, size=None):
    para = doc.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return para

def minute(ref, title):
    para = doc.add_paragraph(); para.paragraph_format.space_before = Pt(10)
    r = para.add_run(f"{ref}\t{title}"); r.bold = True; r.font.color.rgb = RGBColor(0, 0x30, 0x87)

def num(n, text):
    para = doc.add_paragraph(); para.paragraph_format.left_indent = Cm(1.5); para.paragraph_format.first_line_indent = Cm(-1.5)
    para.add_run(f"{n}\t{text}")
    return para

p("Children and Young People's SEND Board", bold=True, size=15)
p("Minutes of the meeting held on Tuesday 14 September 2027 at 14:00, Boardroom, Westmoor House and via MS Teams")
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
  ("Members present", "Dr Fiona Marsh, Chief Nursing Officer, NHS Westmoor ICB (Chair)\nYusuf Okafor, Designated Clinical Officer, ICB\n"
   "Grace Adeyemi, Head of Children's Therapies, WCHT\nDr Anita Patel, Consultant Community Paediatrician, WCHT\n"
   "Liam Porter, Data and Performance Manager, Westmoor Council\nPriya Mistry, Parent Representative, Westmoor PCF"),
  ("In attendance", "Gareth Nolan, Deputy Director of Finance, ICB (item SB/27/44)\nJo Stannard, Corporate Affairs Officer (minutes)"),
  ("Apologies", "Mary Walker, Head of SEND, Westmoor Council\nTom Evans, PCF co-chair (Priya Mistry attending on behalf of the PCF)")]:
    cs = t.add_row().cells; cs[0].text = a; cs[1].text = b
    cs[0].paragraphs[0].runs[0].bold = True

minute("SB/27/41", "Welcome and apologies")
num("41.1", "The Chair welcomed members and noted the apologies above. The meeting was quorate.")

minute("SB/27/42", "Declarations of interest")
num("42.1", "Dr Anita Patel declared an interest in item SB/27/44 as clinical lead for the current neurodevelopmental "
    "assessment service, which could be affected by the procurement. It was agreed that she would leave the meeting "
    "for the decision on that item.")
num("42.2", "No other interests were declared.")

minute("SB/27/43", "Minutes of the previous meeting and action log")
num("43.1", "The minutes of the meeting held on 13 July 2027 were APPROVED as an accurate record.")
num("43.2", "The Board reviewed the action log. Actions 27/07, 27/08, 27/10 and 27/11 were complete and CLOSED. "
    "Action 27/09 (joint commissioning memorandum of understanding, Head of SEND) could not be progressed in Mary "
    "Walker's absence and was carried forward to the October meeting.")

minute("SB/27/44", "Neurodevelopmental assessment – additional capacity")
num("44.1", "Gareth Nolan presented the paper setting out options to reduce the ND assessment waiting list (1,388 "
    "children and young people). Option 2, a 12-month contract with an independent provider for 600 assessments, "
    "was recommended.")
num("44.2", "Dr Patel left the meeting for the decision.")
num("44.3", "The Board APPROVED Option 2 in principle, subject to approval of the business case by the ICB Finance "
    "and Investment Committee, and asked the Designated Clinical Officer to submit the business case to that "
    "Committee by end of Q2 (Action 27/14).")
num("44.4", "Dr Patel re-joined the meeting.")

minute("SB/27/45", "PCF proposal – health-funded key worker pilot")
num("45.1", "Priya Mistry presented the PCF's proposal for a health-funded key worker pilot for children awaiting ND "
    "assessment. Members recognised the strength of the case made by families.")
num("45.2", "The Board DID NOT APPROVE the proposal, as no recurrent funding source had been identified for 2027/28. "
    "The Chair thanked the PCF and noted that the proposal could be resubmitted as part of the 2028/29 planning round.")

minute("SB/27/46", "Children's therapies – speech and language therapy")
num("46.1", "Grace Adeyemi reported that the SALT waiting list had fallen for the second consecutive month. The Board "
    "NOTED the update and requested a month-by-month trajectory to the end of the financial year (Action 27/15).")

minute("SB/27/47", "EHCP health advice – data quality")
num("47.1", "Liam Porter reported differences of up to 12 percentage points between ICB and local authority figures "
    "for health advice returned within six weeks, due to different start dates being used. The Board AGREED that a "
    "single definition should be used and that the two datasets be reconciled before October half term (Action 27/16).")

minute("SB/27/48", "Parent and carer voice")
num("48.1", "Priya Mistry reported on the PCF's autumn survey, which opens on 20 September. Members were asked to "
    "cascade the survey link through their organisations (Action 27/17).")

minute("SB/27/49", "Community paediatrics – audit of medication reviews")
num("49.1", "Dr Patel outlined an audit of ADHD medication reviews for children with EHC plans. The Board NOTED "
    "the audit scope and asked for the findings in November (Action 27/18).")

minute("SB/27/50", "Any other business and date of next meeting")
num("50.1", "None. The next meeting will be held on Tuesday 12 October 2027 at 14:00.")

p("")
p("Action log – new and carried forward actions", bold=True, size=12)
al = doc.add_table(rows=1, cols=6); al.style = "Table Grid"
for c, hd in zip(al.rows[0].cells, ["Action", "Minute", "Description", "Owner", "Due", "Status"]):
    c.text = hd; c.paragraphs[0].runs[0].bold = True
rows = [
 ("27/09", "SB/27/31", "Agree joint commissioning MOU with the local authority", "Head of SEND", "October 2027 meeting", "Carried forward"),
 ("27/14", "SB/27/44", "Submit ND capacity business case to Finance and Investment Committee", "Designated Clinical Officer", "End of Q2", "Open"),
 ("27/15", "SB/27/46", "Provide month-by-month SALT waiting list trajectory to March 2028", "Head of Children's Therapies", "October 2027 meeting", "Open"),
 ("27/16", "SB/27/47", "Reconcile ICB and LA health advice datasets using a single definition", "Data and Performance Manager", "Before October half term", "Open"),
 ("27/17", "SB/27/48", "Circulate PCF autumn survey link to Board members for cascade", "Parent Representative", "24 September 2027", "Open"),
 ("27/18", "SB/27/49", "Present findings of ADHD medication review audit", "Consultant Community Paediatrician", "November 2027 meeting", "Open"),
 ("27/19", "SB/27/41", "Circulate slides from today's meeting", "Corporate Affairs Officer", "–", "Complete – sent with papers"),
]
for row in rows:
    cs = al.add_row().cells
    for c, v in zip(cs, row): c.text = v
doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-09-14",
 "style": ("Held-out batch eightysixth. Confirmed minutes of an ICB-hosted Children and Young People's SEND Board in "
  "formal NHS board style: minute references SB/27/41-50 with numbered sub-paragraphs, a members/in attendance/"
  "apologies grid, board verbs in capitals (APPROVED, NOTED, AGREED, DID NOT APPROVE, CLOSED), actions only flagged "
  "in the text as '(Action 27/xx)' and spelled out in a closing action-log table whose owners are job titles. Keys "
  "are taken from the action-log descriptions; owners are the job titles there. Traps: a declaration with the member "
  "leaving for one decision; a proposal (PCF key worker pilot) DID NOT APPROVE, with resubmission only 'could'; "
  "four old actions CLOSED; 27/19 'Complete - sent with papers' is not labelled; Option 2 is approved only in "
  "principle and the only action is the business case; the survey opening 20 September is the PCF's event. "
  "Action 27/09 is carried forward in the Head of SEND's absence and is labelled. Dates: 'October 2027 meeting' = "
  "the next meeting stated in 50.1, Tuesday 12 October 2027; 'End of Q2' in an NHS (financial-year) context = 30 "
  "September 2027; 'Before October half term' (half term w/c 25 October 2027) = Friday 22 October 2027; '24 "
  "September 2027' as written; 'November 2027 meeting' has no date in the document = 'meeting 2027-11'. 'Parent "
  "Representative' = Priya Mistry (attending for Tom Evans)."),
 "held_out": True,
 "actions": [
  {"key": "Agree joint commissioning MOU with the local authority", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-10-12"},
  {"key": "Submit ND capacity business case to Finance", "owner": "Designated Clinical Officer", "person": "Yusuf Okafor", "due": "2027-09-30"},
  {"key": "Provide month-by-month SALT waiting list trajectory", "owner": "Head of Children's Therapies", "person": "Grace Adeyemi", "due": "2027-10-12"},
  {"key": "Reconcile ICB and LA health advice datasets", "owner": "Data and Performance Manager", "person": "Liam Porter", "due": "2027-10-22"},
  {"key": "Circulate PCF autumn survey link to Board", "owner": "Parent Representative", "person": "Priya Mistry", "due": "2027-09-24"},
  {"key": "Present findings of ADHD medication review audit", "owner": "Consultant Community Paediatrician", "person": "Anita Patel", "due": "meeting 2027-11"},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
