"""Person-centred EHCP annual review meeting record (Word), Riverside Primary."""
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
stem = "170_twentyfirst_annual_review"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE (personal)   |   Riverside Primary School   |   EHCP Annual Review Record"
sec.footer.paragraphs[0].text = "Westmoor Council SEND Service – Annual Review form AR2 (person-centred) v4.1 – Jan 2027"

h = doc.add_paragraph(); r = h.add_run("EHCP Annual Review – Person-Centred Meeting Record"); r.bold = True; r.font.size = Pt(15)
h.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Child / young person", "Kai R. (Year 5)   DOB: on file   UPN: on file"),
    ("Date of review meeting", "Tuesday 9th February 2027, 3.30pm – 5.05pm"),
    ("Venue", "Riverside Primary – Sunflower Room (parent joined in person; EP joined on Teams)"),
    ("Date of last review", "11/02/2026"),
    ("Chaired by", "Helen Brooks (SENCo)"),
    ("Note taker", "Mrs J. Obi (class teacher) – typed up by HB"),
]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b

doc.add_paragraph()
doc.add_paragraph("Who was invited and who came", style="Heading 2")
doc.add_paragraph("Present: Kai (for the first 20 minutes and the 'what's important' section); Ms Carter (Mum); "
                  "Helen Brooks, SENCo; Mrs J. Obi, Y5 class teacher; Grace Adeyemi, Head of Children's Therapies "
                  "(attending in place of the named SALT, who is on leave); David Lowe, Principal EP (Teams).")
doc.add_paragraph("Invited but could not attend (written advice received): Dr Anita Patel, community paediatrician – "
                  "report dated 28 January 2027 circulated beforehand. Social care – not open, not invited.")
doc.add_paragraph("Apologies: SEND Casework Officer (Area 2). Dad sent his views by email, read out by Mum.")

doc.add_paragraph("What we like and admire about Kai", style="Heading 2")
for s in ["Brilliant memory for bus routes and timetables – he taught the class the whole 14A route.",
          "Kind to younger children at lunchtime; chosen as a 'playground buddy' this term.",
          "Keeps trying with writing even when it is hard – Mrs Obi says his stamina has doubled since September."]:
    doc.add_paragraph(s, style="List Bullet")

doc.add_paragraph("Kai's views (in his words, written with Mrs Obi)", style="Heading 2")
doc.add_paragraph("\u201cI like maths and the computer club. I don't like the hall at dinner because it is too loud and "
                  "my ears hurt. I want to go on the Year 6 residential with everyone. I would like more time on the Lego "
                  "table when I finish my work.\u201d")

doc.add_paragraph("What's working and what's not working", style="Heading 2")
t2 = doc.add_table(rows=1, cols=3); t2.style = "Table Grid"
hdr = t2.rows[0].cells; hdr[0].text = "From the point of view of"; hdr[1].text = "What's working"; hdr[2].text = "What's not working"
rows = [
    ("Kai", "Computer club, maths group with Mr Shah, walking to class with his buddy.",
     "Dinner hall noise. Changing for PE takes too long and people laugh."),
    ("Mum / Dad", "Home-school book is used every day. Meltdowns after school are fewer (2 a week, was 5).",
     "Still no speech and language review since April 2025 – Mum has chased twice. Taxi driver changes week to week."),
    ("School", "Now Every Child Counts targets met (3 of 4). Visual timetable on his desk went in today – "
               "Mrs Obi laminated it during the meeting (done).",
     "Writing – sentences still not punctuated; pencil grip. Transitions after break."),
    ("Health / EP", "Sensory breaks (5 min, twice a morning) clearly help, per DL's observation notes of Nov 2026.",
     "Section F still says '1:1 SALT weekly' – this has not been delivered and the plan is out of date."),
]
for r_ in rows:
    c = t2.add_row().cells
    for i, v in enumerate(r_):
        c[i].text = v

doc.add_paragraph("What's important to Kai now and in the future", style="Heading 2")
doc.add_paragraph("Now: being able to eat lunch somewhere quieter; going on the residential (Mum hopes school can make "
                  "this happen – school will look at it nearer the time, no decision yet). Future: Mum and Dad would like to "
                  "think about whether a resourced provision would suit secondary. We agreed this is a conversation for "
                  "the Year 6 phase transfer review, not today.")

doc.add_paragraph("Questions to answer / things we are still wondering about", style="Heading 2")
for s in ["Is the pencil grip a motor difficulty or a habit? (OT referral criteria – Grace explained these; "
          "threshold not currently met, so no referral.)",
          "Would a laptop for extended writing help or make things harder?",
          "Does the taxi issue need to go to the Transport team? – yes, see actions."]:
    doc.add_paragraph(s, style="List Bullet")

doc.add_paragraph("Outcomes in the plan", style="Heading 2")
doc.add_paragraph("Outcome 2 (communication) – met; to be replaced. Outcome 4 (independence at lunchtime) – partly met; "
                  "keep. Everyone agreed the plan should be AMENDED (not ceased, not kept as it is). This is the "
                  "meeting's recommendation to the LA; the LA makes the decision.")

doc.add_paragraph("Action plan – what will happen next", style="Heading 2")
t3 = doc.add_table(rows=1, cols=3); t3.style = "Table Grid"
h3 = t3.rows[0].cells; h3[0].text = "What needs to happen"; h3[1].text = "Who"; h3[2].text = "When"
acts = [
    ("Send the completed review paperwork and all advice to the SEND Casework team, recommending amendment",
     "Helen (SENCo)", "within 2 weeks – by 23/02/2027"),
    ("Arrange an updated speech and language assessment so Section F can be rewritten",
     "Grace A.", "before the Easter holidays (by Fri 19 March)"),
    ("Complete the sensory profile questionnaire and return it to school", "Mum", "by 26 Feb"),
    ("Observe Kai in class and at lunchtime and write short advice on a quiet lunch space",
     "DL", "end of spring term – Thurs 25 March"),
    ("Refer the changing taxi drivers to Mark Walsh's team and ask for a consistent driver",
     "Helen (SENCo)", "this week (by Friday 12th)"),
    ("Visual timetable on desk", "Mrs Obi", "DONE in meeting"),
    ("Trial a laptop for extended writing for two weeks and report back at the interim review", "Mrs Obi",
     "interim review"),
    ("Decide about Year 6 residential support", "School", "nearer the time – not yet"),
]
for a in acts:
    c = t3.add_row().cells
    for i, v in enumerate(a):
        c[i].text = v

doc.add_paragraph()
doc.add_paragraph("Interim review booked: Tuesday 8 June 2027, 3.30pm (Sunflower Room).")
doc.add_paragraph("Parent comments: \u201cI feel listened to today. I just want the speech therapy to actually happen this time.\u201d")
doc.add_paragraph("Signed (SENCo): H. Brooks        Date: 10/02/2027")
doc.add_paragraph("Copy to: parents, SEND Casework Team (Area 2), all attendees. Please do not forward – contains personal data.")
doc.save(OUT / f"{stem}.docx")

labels = {
    "meeting_date": "2027-02-09",
    "style": ("Held-out batch twentyfirst. Person-centred EHCP annual review record for one pupil (Word): header/footer, "
              "details table, 'what we like and admire', child's views, a three-column what's working/not working grid, "
              "questions to answer, and a 'What needs to happen / Who / When' plan. Traps: the visual timetable was done "
              "in the meeting (DONE row and in the grid); the Year 6 residential row is an explicit non-decision ('not "
              "yet'); secondary resourced provision is deferred to phase transfer; no OT referral (threshold not met); "
              "the 'amend the plan' recommendation is a decision for the LA, not an action; the Transport team is only "
              "the target of Helen's referral, not an owner. Labelling choices: 'Grace A.' is Grace Adeyemi; DL is "
              "David Lowe; 'Mum' and 'Mrs Obi' are not in people.json so person null; 'this week (by Friday 12th)' = "
              "2027-02-12; the laptop trial is due at the booked interim review (8 June 2027) so 'meeting 2027-06'."),
    "held_out": True,
    "actions": [
        {"key": "Send the completed review paperwork and all advice", "owner": "Helen (SENCo)", "person": "Helen Brooks", "due": "2027-02-23"},
        {"key": "Arrange an updated speech and language assessment", "owner": "Grace A.", "person": "Grace Adeyemi", "due": "2027-03-19"},
        {"key": "Complete the sensory profile questionnaire and return it", "owner": "Mum", "person": None, "due": "2027-02-26"},
        {"key": "Observe Kai in class and at lunchtime", "owner": "DL", "person": "David Lowe", "due": "2027-03-25"},
        {"key": "Refer the changing taxi drivers to Mark Walsh's team", "owner": "Helen (SENCo)", "person": "Helen Brooks", "due": "2027-02-12"},
        {"key": "Trial a laptop for extended writing for two weeks", "owner": "Mrs Obi", "person": None, "due": "meeting 2027-06"},
    ],
}
(OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
