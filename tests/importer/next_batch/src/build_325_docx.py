"""Builds 325_fortythird_school_staff_briefing_notes.docx (Riverside Primary Monday staff briefing notes)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "325_fortythird_school_staff_briefing_notes.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Comic Sans MS"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Riverside Primary School  ~  Staff Briefing  ~  Summer Term 2027"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "STAFF ONLY – please do not forward outside school (pupil initials only).  Saved in: Staff Shared > Briefings > 2026-27 > Summer"

t = doc.add_paragraph()
r = t.add_run("Monday Briefing – notes")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1F, 0x5F, 0x9F)
doc.add_paragraph("Mon 19th April 2027, 8.20–8.45am, staffroom (the heater is fixed!!)")
doc.add_paragraph("Notes: Lorraine (LT, office) – sorry if I've missed anything, shout if so")

p = doc.add_paragraph()
p.add_run("In: ").bold = True
p.add_run("NK (Head), HB (SENCo), JP (Y6), RM (Y2), AT (EYFS lead), CW (Y4), SO’D (HLTA), LT (office)")
p = doc.add_paragraph()
p.add_run("Not in: ").bold = True
p.add_run("DS – on the ELSA course all week; KB – doctor's appt, in at 10")

doc.add_paragraph("Welcome back everyone – hope you all had a lovely Easter!! 🐣", style="Intense Quote")

doc.add_heading("1. Diary this week", level=2)
for line in [
    "Tues – Y2 trip to the farm (RM). Packed lunches from kitchen, please send numbers to LT by 9am",
    "Weds – twilight training 3.30–5 in the hall: Zones of Regulation refresher (HB). Everyone please",
    "Thurs – Ed Psych in (David Lowe) all day, consultations for 3 children. HB has already sent the consultation forms to parents and they've all come back",
    "Fri – Celebration assembly, Y4 leading (CW)",
]:
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("2. Notices", level=2)
doc.add_paragraph(
    "NK – Governors' visit on Tues 27th, Mrs Ashworth (SEN governor) will be looking at the provision maps and "
    "talking to some of the TAs so please don't be alarmed if she pops in. Staff photo is now Thurs 6th May not the 29th. "
    "Parking – PLEASE don't park across the bin lorry gate, we had a complaint from the council again."
)
doc.add_paragraph(
    "Lunch cover: sensory club needs cover Weds and Thurs while DS is away, volunteers see LT. "
    "(SO’D is already on the rota for Thurs.)"
)

doc.add_heading("3. SEND update – Helen", level=2)
doc.add_paragraph(
    "HB went through the new provision map template the LA sent out over Easter. It's basically the same as ours but "
    "it has a column for cost per pupil now, which the LA want because of the new inclusion funding bands. "
    "HB will send the updated provision map template out to all class teachers by Friday with ours already copied "
    "in so it's not starting from scratch. All class teachers then need to complete the provision maps for their class "
    "before half term – HB said please don't leave it to the last week, she needs time to check them before the governors look."
)
doc.add_paragraph(
    "Numbers: 41 children on the SEN register now (was 38 at Christmas), 9 with EHCPs, 2 EHCP applications in with "
    "the LA (both past the 6 week point, HB is chasing). Speech & language waiting list is still about 30 weeks. "
    "RM has 2 new children she's worried about with speech – RM to log the two new speech referrals on the tracker "
    "sheet by Wednesday so HB can get them to the SALT drop in."
)
doc.add_paragraph(
    "The LA is moving to a new EHCP portal in June (HB had an email) – nothing for us to do yet, they're doing training "
    "for SENCos in May. NK said it would be nice to get a second ELSA trained next year if the budget allows – "
    "not decided, depends on the funding bands."
)
doc.add_paragraph(
    "Inclusion funding consultation: the LA consultation on the new banding closes on the 30th. NK will reply "
    "to the LA consultation on behalf of the school – if anyone has views send them to her by Weds."
)
doc.add_paragraph(
    "Transition: JP to arrange the Y6 transition meeting with the Westmoor Academy SENCo for R.T. and the other two "
    "before SATs week (SATs start Mon 10th May). AT said the Early Years inclusion team visits for the new Reception "
    "starters need booking – AT to get them booked in by the end of the month."
)

doc.add_heading("4. Safeguarding / medical", level=2)
doc.add_paragraph(
    "Usual reminder – log everything on CPOMS the same day please. Medical: 4 care plans run out this term. "
    "LT will update the care plans folder in the office and send the reminder letters to those parents by next Monday."
)

doc.add_heading("Jobs from this morning", level=2)
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Light Grid Accent 1"
hdr = tbl.rows[0].cells
hdr[0].text = "Job"
hdr[1].text = "Whose"
hdr[2].text = "Done by"
rows = [
    ("Send updated provision map template to class teachers", "HB", "Fri 23/4"),
    ("Provision maps completed for each class", "All class teachers", "before half term"),
    ("Log the 2 new speech referrals on tracker sheet", "RM", "Weds"),
    ("Reply to LA inclusion funding consultation", "NK", "30/4"),
    ("Y6 transition mtg with Academy SENCo (R.T. + 2)", "JP", "before SATs"),
    ("Book EY inclusion team visits for new Reception", "AT", "end of month"),
    ("Care plans folder + reminder letters", "LT", "Mon 26th"),
    ("Farm trip packed lunch numbers", "RM", "done ✓"),
]
for job, who, when in rows:
    c = tbl.add_row().cells
    c[0].text, c[1].text, c[2].text = job, who, when

doc.add_paragraph()
doc.add_paragraph("Staffroom: the fridge gets cleared Friday 3pm, anything left goes in the bin!! Cake on Weds from CW – her birthday 🎂")
doc.add_paragraph("Next briefing Mon 26th as usual, 8.20. LT")

doc.save(OUT)
print("wrote", OUT)
