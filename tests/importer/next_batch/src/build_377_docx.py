from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "377_fiftieth_young_inspectors_debrief_report.docx")
d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Westmoor Young SEND Voice - Young Inspectors Programme"
sec.footer.paragraphs[0].text = "OFFICIAL - young people's first names used with consent. Report v0.3 (SK), 1 Dec 2026"

d.add_heading("Young Inspectors debrief: SEND Hub drop-in and the Short Breaks pages of the Local Offer", 1)
p = d.add_paragraph()
p.add_run("Debrief session: ").bold = True
p.add_run("Saturday 28 November 2026, 10.30am-1pm, Westmoor Youth Centre")
p = d.add_paragraph()
p.add_run("Written by: ").bold = True
p.add_run("Sarah Khan, Participation Officer")
p = d.add_paragraph()
p.add_run("Present: ").bold = True
p.add_run("Young Inspectors Aisha (17), Ben (16), Jayden (19), Maya (15), Reece (18); Sarah Khan; Dani Fraser (youth worker); "
          "Owen Reid (Preparing for Adulthood Lead, for item 4); Chris Dale (SEND Hub manager, for the last 30 minutes).")

d.add_heading("1. Why we did this", 2)
d.add_paragraph("The SEND Partnership Board asked the Young Inspectors to look at two things young people use: the new SEND Hub drop-in "
                "(visited Tuesday 17 November, mystery-shopper style) and the Short Breaks pages on the Local Offer website (tested at home "
                "and on the Youth Centre laptops, 18-25 November). This report is the write-up of the debrief where the young people agreed "
                "their findings and what should happen next.")

d.add_heading("2. What the young inspectors found", 2)
t = d.add_table(rows=1, cols=3)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ["Area", "Stars (out of 5)", "What they said"]):
    c.text = h
for r in [
    ("Welcome at the Hub", "4", "\"The lady on reception was really nice and didn't rush me.\" (Maya)"),
    ("Quiet space", "1", "\"There is nowhere to go if it's too loud. I had to wait outside.\" (Reece)"),
    ("Signs and information", "2", "Posters are all for parents. Nothing says what a young person can get help with."),
    ("Short Breaks web pages", "2", "\"I clicked 7 times and still didn't know if I could go to the youth club.\" (Ben) Eligibility is buried in a PDF."),
    ("Preparing for adulthood pages", "1", "Jayden and Aisha could not find anything about work experience or supported internships."),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v

d.add_heading("3. Recommendations from the Young Inspectors", 2)
d.add_paragraph("These are the young people's recommendations to the services. They are not yet agreed by the services; the Hub will "
                "reply formally (see section 5).", style="Intense Quote")
for rec in [
    "Make a quiet room at the Hub that young people can use without asking.",
    "Put one page on the Local Offer that says, in plain words, who can get short breaks.",
    "Have a 'for young people' poster at the Hub with a QR code.",
    "Transport should be on the same page as short breaks (Mark Walsh's transport team might want to look at this).",
]:
    d.add_paragraph(rec, style="List Number")

d.add_heading("4. Preparing for adulthood pages (Owen Reid)", 2)
d.add_paragraph("Owen thanked the group and said the PfA pages are being rewritten anyway as part of the council's website move in "
                "the spring, so the young people's comments are well timed. He offered to meet Aisha and Jayden to go through the pages "
                "line by line; the group agreed Aisha and Ben would go instead, as Jayden is presenting at the Board. Owen to meet Aisha and "
                "Ben about the PfA pages before the Christmas break (schools finish on Friday 18 December).")

d.add_heading("5. Agreed next steps", 2)
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["#", "What", "Who", "When"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for r in [
    ("5.1", "Type up the full report and an easy read version and send both to the Hub manager", "SK", "Within 10 working days"),
    ("5.2", "Send a written response to each recommendation, saying yes / no / not yet and why", "Chris Dale (Hub)", "By end of January 2027"),
    ("5.3", "Present the findings to the SEND Partnership Board", "Jayden, supported by Sarah", "Board on 14 January 2027"),
    ("5.4", "Book the accessible minibus for the January visit to Westmoor College", "SK", "By next Friday"),
    ("5.5", "Vouchers for the young inspectors", "Dani", "Done - given out on the day"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v

d.add_heading("6. Things already sorted since the visit", 2)
for x in [
    "Chris Dale has already moved the parents' posters so the Hub entrance is less cluttered (done 24 November).",
    "The broken link on the Short Breaks page that Ben found has been fixed by the web team (done 26 November).",
]:
    d.add_paragraph(x, style="List Bullet")

d.add_heading("7. Still to decide", 2)
d.add_paragraph("Whether the Young Inspectors look at the therapies waiting room next term or the college transition days. "
                "The group will vote at the January session.")
p = d.add_paragraph()
r = p.add_run("Next Young Inspectors session: Saturday 9 January 2027, 10.30am.")
r.bold = True
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
d.save(OUT)
print("wrote", OUT)
