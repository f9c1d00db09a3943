"""Builds 184_twentythird_cabinet_member_briefing.docx and its labels."""
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
STEM = "184_twentythird_cabinet_member_briefing"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
h = sec.header.paragraphs[0]
h.text = "OFFICIAL – SENSITIVE  |  Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A LGA 1972"
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "Westmoor Council – Children's Services – Cabinet Member Briefing note v1.1 (officer note, not a formal record)"

t = doc.add_paragraph(); r = t.add_run("CABINET MEMBER BRIEFING"); r.bold = True; r.font.size = Pt(16)
doc.add_paragraph("Portfolio: Children, Education and SEND")

info = doc.add_table(rows=0, cols=2); info.style = "Table Grid"
for a, b in [
    ("Date / time", "Monday 11 January 2027, 14:00 – 15:05"),
    ("Venue", "Room 2.14, Westmoor County Hall (officers on Teams)"),
    ("Cabinet Member", "Cllr Rachel Osei"),
    ("Officers", "Priya Shah (Director of Education) – PS; James Whitfield (AD SEND & Inclusion) – JW; "
                 "Mary Walker (Head of SEND) – MW; David Lowe (Principal EP) – DL; Liam Porter (Data & Performance) – LP"),
    ("Note taker", "Ruth Hill, Partnership Business Support"),
    ("Apologies", "Mark Walsh (Head of Transport) – Lisa Carr, Transport Policy Officer, attended item 3 only"),
    ("Interests", "Cllr Osei reminded officers she is a governor at Brookfield Special School (item 4 noted; no decision taken)"),
]:
    c = info.add_row().cells; c[0].text = a; c[1].text = b
    c[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("1.  Purpose of the briefing").bold = True
doc.add_paragraph("To update the Cabinet Member on SEND performance at the end of Quarter 3, the High Needs Block position, "
                  "the home to school transport policy consultation and the forthcoming key decision on specialist place "
                  "commissioning (Forward Plan ref. FP/27/004).")

def item(num, title, body, comments, rows):
    p = doc.add_paragraph(); p.add_run(f"{num}  {title}").bold = True
    for b in body:
        doc.add_paragraph(b, style="List Bullet")
    cp = doc.add_paragraph(); rr = cp.add_run("Cabinet Member's comments: "); rr.bold = True; rr.italic = True
    cp.add_run(comments).italic = True
    tb = doc.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for i, hd in enumerate(["Next steps", "Owner", "Timescale"]):
        tb.rows[0].cells[i].text = hd
        tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        c = tb.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph()

item("2.", "EHCP timeliness – Quarter 3 position",
     ["LP summarised the Q3 dashboard (circulated in advance): 41% of new EHC plans issued within 20 weeks "
      "(Q2: 36%), against a recovery trajectory of 50% by March.",
      "DL explained that two agency educational psychologists start on 25 January; advice backlog currently 118.",
      "Cllr Osei asked why the northern wards appear to wait longer. Officers were not able to answer on the day."],
     "Welcomes the improvement but 'still not where families need us to be'. Wants figures by ward before she meets "
     "the opposition spokesperson. Would like to visit a resource base at some point in the spring.",
     [("Q3 dashboard circulated to Cabinet Member in advance of briefing", "LP", "Complete"),
      ("Provide ward-level breakdown of EHCP timeliness to Cllr Osei", "JW", "by Fri 22 Jan"),
      ("Update the EHCP recovery trajectory to reflect agency", "DL", "29/01/27"),
      ("Consider whether an all-member SEND seminar is needed before budget council", "PS", "tbc – officers to reflect")])

item("3.", "Home to school transport – post-16 policy consultation",
     ["Lisa Carr outlined the draft post-16 transport policy statement; consultation is due to open on 1 February "
      "for six weeks.",
      "The Cabinet Member agreed that the consultation may proceed on the basis of the draft presented "
      "(decision of the Cabinet Member under delegated powers – decision notice to follow from Democratic Services).",
      "Concern that the PCF was not involved early enough last year. Tom Evans (PCF co-chair) has asked for the "
      "survey wording before launch."],
     "Content for the consultation to go ahead. Wants plain-English FAQs ready on day one; does not want a repeat of "
     "last year's press coverage.",
     [("Prepare press lines and FAQs note on the transport consultation", "Comms (Press Office)", "by end of w/c 18 January"),
      ("Share survey wording with the PCF before launch", "Transport Policy (Lisa Carr)", "Done 11/01 – sent during the meeting"),
      ("Decision notice to be published", "Democratic Services", "Standard 5 clear days")])

item("4.", "High Needs Block and Safety Valve monitoring",
     ["PS reported a forecast in-year overspend of £3.9m on the High Needs Block, £0.6m worse than the Safety Valve profile.",
      "Schools Forum will consider the proposed 0.5% block transfer on 21 January; the Cabinet Member noted this is a "
      "Schools Forum matter in the first instance.",
      "The quarterly Safety Valve monitoring return is due to the DfE on 26 February."],
     "Asked to see the return before it goes, 'not after'. Would also like the Forum's view reported back.",
     [("Share the Safety Valve monitoring return with the Cabinet Member before submission", "PS", "by 24 February"),
      ("Report Schools Forum outcome to Cabinet Member", "PS", "next briefing")])

item("5.", "Key decision FP/27/004 – commissioning additional specialist places",
     ["MW presented the options appraisal: 60 additional resourced provision places over two years (Option B preferred).",
      "Cabinet Member agreed that Option B should proceed to Cabinet on 16 February 2027.",
      "Cllr Osei asked that families hear about the plans from the council, not from social media."],
     "Supportive of Option B. Asked officers to arrange for her to meet the Parent Carer Forum before Cabinet.",
     [("Draft the Cabinet report on specialist place commissioning", "Head of SEND", "For CM sign-off by 1 Feb"),
      ("Arrange a meeting between the Cabinet Member and the PCF steering group", "MW (with Tom Evans)", "Before next briefing (8 Feb)"),
      ("Legal and finance implications to be added to report", "Legal / Finance BPs", "as per report timetable")])

p = doc.add_paragraph(); p.add_run("6.  Any other business").bold = True
doc.add_paragraph("None raised. Ruth Hill to circulate a note of this briefing to attendees within 5 working days.")
doc.add_paragraph("Next briefing: Monday 8 February 2027, 14:00, Room 2.14.")
doc.add_paragraph("Note: this briefing note records officer advice and Cabinet Member comments only. Formal decisions are "
                  "recorded separately by Democratic Services.").runs[0].italic = True

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-01-11",
    "style": ("Held-out batch twentythird. Local authority cabinet member briefing note in Word: details grid, bullet "
              "discussion per item, italic 'Cabinet Member's comments', and a Next steps / Owner / Timescale table under "
              "each item; OFFICIAL-SENSITIVE header and footer. Traps: rows marked Complete or 'Done 11/01 – sent during "
              "the meeting' are done; 'Consider whether an all-member SEND seminar is needed' is a we'll-consider row; "
              "the Cabinet Member's delegated decision and the Option B decision are decisions not actions; Democratic "
              "Services decision notice, Schools Forum block transfer and Legal/Finance implications are other bodies' "
              "routine process rows; the resource-base visit is a wish; 'Report Schools Forum outcome to Cabinet Member' IS labelled "
              "(PS reports back; the Forum's own decision is not). Labelling choices: 'by end of w/c 18 "
              "January' labelled as Friday 22 January 2027; 'Before next briefing (8 Feb)' and 'next briefing' labelled as meeting 2027-02; "
              "'within 5 working days' of Monday 11 January is Monday 18 January; owner 'MW (with Tom Evans)' labelled "
              "as Mary Walker; Comms press office is a team (person null)."),
    "held_out": True,
    "actions": [
        {"key": "Provide ward-level breakdown of EHCP timeliness to Cllr Osei", "owner": "JW", "person": "James Whitfield", "due": "2027-01-22"},
        {"key": "Update the EHCP recovery trajectory to reflect agency", "owner": "DL", "person": "David Lowe", "due": "2027-01-29"},
        {"key": "Prepare press lines and FAQs note on the", "owner": "Comms (Press Office)", "person": None, "due": "2027-01-22"},
        {"key": "Share the Safety Valve monitoring return", "owner": "PS", "person": "Priya Shah", "due": "2027-02-24"},
        {"key": "Draft the Cabinet report on specialist place commissioning", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-02-01"},
        {"key": "Arrange a meeting between the Cabinet Member and", "owner": "MW", "person": "Mary Walker", "due": "meeting 2027-02"},
        {"key": "Report Schools Forum outcome to Cabinet Member", "owner": "PS", "person": "Priya Shah", "due": "meeting 2027-02"},
        {"key": "circulate a note of this briefing to attendees", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-01-18"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
