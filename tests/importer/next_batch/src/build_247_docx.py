"""Builds 247_thirtysecond_college_transition_review_writeup.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "247_thirtysecond_college_transition_review_writeup.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL – SENSITIVE (contains personal data)          Westmoor College | Learning Support"
sec.footer.paragraphs[0].text = "ALS/TR/07  v3  Transition Review Record – Foundation Learning.  Please do not forward outside the team around the young person."

h = doc.add_paragraph(); r = h.add_run("Westmoor College\nAdditional Learning Support – Transition Review Meeting Record"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Young person", "Jayden B. (Y11, Westmoor Academy)   DOB on file   EHCP: Yes (annual review Nov 26)"),
    ("Date / venue", "Thurs 11th March 2027, 3.45pm – Westmoor Academy, small meeting room (Teams link for Owen)"),
    ("Planned course", "Foundation Learning – Pathway 2 (Entry 3 / L1), 3 days a week from Sept 27"),
    ("Present", "Jayden; Mrs B (Mum); Kerry Lang (Parent Champion, PCF – supporting Mum); Dan Cole (DC), SENCo Westmoor Academy; "
                "Owen Reid (OR), Preparing for Adulthood Lead, WC; Sarah Khan (SK), Participation Officer, WC; "
                "Fiona Marsh (FM), ALS Manager, Westmoor College – notes"),
    ("Apologies", "Lucy Grant, Speech & Language Therapist (Children's Therapies) – written update sent; Transport (no rep)"),
    ("Record written by", "FM, typed up 12/03/27, checked with Mum by phone 15/3"),
]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b
    c[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("1. Why we met").bold = True
doc.add_paragraph("To check how Jayden's move to college in September is going, agree what support he will need and make sure "
                  "everything is in place before the EHCP is amended (the post-16 phase transfer deadline is 31 March). "
                  "This is the second transition meeting; the first was on 29/09/26.")

p = doc.add_paragraph(); p.add_run("2. Actions from last time (Sept 26)").bold = True
t2 = doc.add_table(rows=1, cols=3); t2.style = "Table Grid"
for i, hd in enumerate(["Action", "Who", "Update"]):
    t2.rows[0].cells[i].text = hd; t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
for row in [
    ("Mum and Jayden to visit college open evening", "Mum", "Done – went 2nd Feb, Jayden liked the animal care unit"),
    ("Academy to send provision map + latest reports to college", "DC", "Done Oct 26"),
    ("College to send consultation response to the council", "FM", "Done – 'can meet need' response sent 1/3/27"),
    ("Check whether J would be eligible for a Supported Internship later on", "OR", "Ongoing – see section 4"),
]:
    c = t2.add_row().cells
    for i, v in enumerate(row): c[i].text = v

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("3. Discussion").bold = True
p = doc.add_paragraph(); p.add_run("What Jayden told us").italic = True
doc.add_paragraph("Jayden said he is 'a bit nervous but mostly excited'. He wants to work with animals and would like to do animal "
                  "care 'properly' one day. He doesn't like the canteen at school because it is loud – he eats in the library. He said "
                  "he'd like to practise the bus into town with his older brother at weekends so he can get the bus to college.")
p = doc.add_paragraph(); p.add_run("What's working").italic = True
doc.add_paragraph("Jayden's attendance is 96% this year. The communication passport is used by all his teachers and he uses his "
                  "visual timetable without prompting. He has made a friend who is also applying to Foundation Learning.", style="List Bullet")
doc.add_paragraph("Mum feels much more confident about college since the open evening.", style="List Bullet")
p = doc.add_paragraph(); p.add_run("What's not working / worries").italic = True
doc.add_paragraph("Unstructured times (break, lunch). College has a quiet room (the 'Hub') – FM explained how it works.", style="List Bullet")
doc.add_paragraph("Travel. College is two buses from home. Mum would really like Jayden to have a taxi for the first term, at least "
                  "until he is settled. OR explained that post-16 travel is not automatic and Mum has to apply: Mum to fill in "
                  "the online post-16 travel assistance form before the 31 May deadline – Kerry offered to sit with her to do "
                  "it at the PCF drop-in.", style="List Bullet")
doc.add_paragraph("Speech and language – Lucy's update says Jayden still needs SALT input but it could be delivered through a "
                  "programme run by college staff with termly review. Mum is worried this is 'less'. Not resolved today – "
                  "to come back to at the July meeting once college have seen the report.", style="List Bullet")
p = doc.add_paragraph(); p.add_run("College offer").italic = True
doc.add_paragraph("3 days (Mon, Tue, Thu) 9.30–3.00. Small group (max 10) with a named key worker. Entry 3 maths and English, "
                  "work skills, a taster of animal care in the summer term. FM will put Jayden's name down for the "
                  "'Ready for College' week in July before the list closes on 30 April; it is usually full by May.")
p = doc.add_paragraph(); p.add_run("Travel (after the meeting)").italic = True
doc.add_paragraph("Nobody from Transport could come. OR emailed Mark Walsh after the meeting about Independent Travel Training "
                  "(ITT) as an alternative/first step. Mark replied on 12/3 that his team will confirm whether an ITT place "
                  "can start in June and will let us know by May half term. (Added to this record with OR's agreement.)")

p = doc.add_paragraph(); p.add_run("4. Agreed next steps").bold = True
t3 = doc.add_table(rows=1, cols=4); t3.style = "Table Grid"
for i, hd in enumerate(["No.", "What", "Who", "By when"]):
    t3.rows[0].cells[i].text = hd; t3.rows[0].cells[i].paragraphs[0].runs[0].bold = True
rows = [
    ("1", "Confirm in writing that college can meet need", "FM", "DONE 1/3 – for info"),
    ("2", "Arrange three taster sessions in the Foundation Learning base (one to include lunch in the Hub)", "FM", "by end April"),
    ("3", "Ask SEND Casework to amend Section F and name the college in Section I of the EHCP", "OR", "31/03/27 – phase transfer deadline"),
    ("4", "Send the updated SALT report and communication passport to college", "Children's Therapies (Lucy G)", "9/4/27"),
    ("5", "Confirm Supported Internship eligibility for a 2028 start\n(carried fwd from Sept)", "OR", "before Easter hols (last day of term Thurs 25th)"),
    ("6", "Invite Jayden to the Youth Forum's college tour day", "SK", "when June dates confirmed"),
    ("7", "Share pupil profile, provision map and exam access arrangements with college", "DC", "May half term"),
    ("8", "Next transition review – at college, Foundation Learning base", "All", "Thurs 1st July 2027, 2pm"),
]
for row in rows:
    c = t3.add_row().cells
    for i, v in enumerate(row): c[i].text = v

doc.add_paragraph()
doc.add_paragraph("Mum's travel form and the Transport reply about ITT are in section 3, not in the table above – FM.")
p = doc.add_paragraph(); r = p.add_run("Copies to: Mum, Jayden, DC, OR, SK, Lucy Grant, Kerry Lang. "
                                       "SEND Casework – copy for the EHCP file."); r.font.size = Pt(8)
doc.save(OUT)
print("wrote", OUT)
