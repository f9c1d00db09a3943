from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "391_fiftysecond_school_to_school_support_visit_note.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    hp = s.header.paragraphs[0]
    hp.text = "Westmoor School-to-School Support Programme 2026-27"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = s.footer.paragraphs[0]
    fp.text = "Visit note - confidential to the school, the trust and the LA - LMcB 20/04/27 v1"
    fp.runs[0].font.size = Pt(8)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(rows, widths=None, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v
            if (header and i == 0) or (not header and j == 0):
                for run in cells[j].paragraphs[0].runs:
                    run.bold = True
                shade(cells[j], "DEEAF6")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


h = doc.add_heading("School-to-School Support: Visit Note", level=1)
table([
    ["School visited", "Ashcombe High School (Westmoor Learning Trust)"],
    ["Date of visit", "Tuesday 20 April 2027 (visit 2 of 4)"],
    ["Supporting practitioner", "Lorna McBride, Specialist Leader of Education (SEND), Westmoor Park School"],
    ["Brokered by", "Sarah Kent, School Improvement Adviser, Westmoor Council"],
    ["Focus agreed", "Quality of SEN support in KS3 classrooms - use of pupil passports / one-page profiles and TA deployment"],
    ["Met with", "Aisha Rahman, SENCo (AR); Paul Greaves, Deputy Head - Inclusion (PG); Dawn Riley, TA lead (DR). "
                 "Learning walks: Y7 English, Y8 science, Y7 maths (with AR)."],
], widths=[4.5, 12.5], header=False)

doc.add_heading("1. Progress since last visit (9 March)", level=2)
table([
    ["Agreed at last visit", "Who", "Update"],
    ["Audit pupil passports for Y7", "AR", "Completed - 41 of 48 reviewed; the other 7 are in-year arrivals"],
    ["Brief heads of department on passports", "PG", "Done at Middle Leaders meeting 16/3"],
    ["Share Westmoor Park TA deployment guidance", "LM", "Sent 12/3"],
    ["DR to set up a TA drop-in session", "DR", "Not started - DR absent for three weeks. Carried forward (see 4c)"],
], widths=[7, 2, 8])

doc.add_heading("2. What I saw", level=2)
doc.add_paragraph(
    "Passports are now in every Y7 planner and most staff had them to hand. In Y7 English the teacher had clearly used them: "
    "seating, pre-taught vocabulary and a chunked task for two pupils with EHCPs. In Y8 science the passports were in the folder "
    "but the lesson was not adapted and the TA spent most of the lesson sitting with one pupil, doing the writing for him. "
    "In Y7 maths the TA was used well - moving between three tables and checking in with the two pupils on her list.")
doc.add_paragraph(
    "Pupil voice: the four Y7 pupils I spoke to knew they had a passport, but only one could tell me what was on it. "
    "Two said it was 'written by the teachers'. This is the main gap for me.")
doc.add_paragraph(
    "Aisha asked whether the Westmoor Park speech and language therapist might run a twilight for Ashcombe staff on "
    "vocabulary. I'll ask Westmoor Park's SALT whether she has capacity next term and let Aisha know.")

doc.add_heading("3. Areas for development", level=2)
for b in [
    "The school may wish to consider involving pupils in writing their own profiles (pupil voice).",
    "There may be value in a short, consistent TA deployment expectation across departments, rather than department by department.",
    "Longer term, the school could consider how passports carry across into Y8 and Y9 timetabling.",
]:
    doc.add_paragraph(b, style="List Bullet")
doc.add_paragraph(
    "Note: the trust's own SEND review of the graduated approach at Ashcombe is planned for the summer term. "
    "That is the trust's work and is not part of this support package.").runs[0].italic = True

doc.add_heading("4. Agreed next steps", level=2)
table([
    ["", "Action", "Lead", "By when", "How we'll know"],
    ["a", "Rewrite one-page profiles for the 12 Y7 pupils with EHCPs, with each pupil, in their own words", "AR", "Before next visit", "Pupils can say what is on their profile"],
    ["b", "Add a SEND strategy of the month to every department line-management agenda", "PG", "By Fri 7 May", "Minutes of line-management meetings"],
    ["c", "Set up fortnightly TA drop-in for KS3 TAs (carried forward)", "DR", "Before May half term", "Drop-in timetable; TA attendance"],
    ["d", "Send Westmoor Park's TA observation proforma and our moderation notes", "LM", "End of this week", "Received by AR"],
    ["e", "Check whether Ashcombe can access LA autism outreach for three Y8 pupils under the trust SLA", "SK", "ASAP", "Reply to AR / PG"],
], widths=[0.8, 7.2, 1.5, 3, 4.5])

doc.add_heading("5. Next visit", level=2)
doc.add_paragraph("Tuesday 25 May 2027, 8.45am. Focus: joint learning walk in Y8 (science and humanities) and pupil voice on the new profiles.")
doc.add_paragraph("Lorna McBride, SLE (SEND)\nWestmoor Park School\ncc Sarah Kent (LA); Hannah Cole (Trust SEND & Inclusion Lead)")
doc.save(OUT)
print(OUT)
