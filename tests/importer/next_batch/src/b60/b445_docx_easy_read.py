"""445: easy read notes of a Preparing for Adulthood group, Word two-column picture/text table."""
from common import OUT, write_labels
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "445_sixtieth_pfa_group_easy_read_notes_picture_column_table"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "Our Future Westmoor  -  Easy read notes  -  July 2027"
sec.footer.paragraphs[0].text = "Written by Sarah Khan, Participation Officer, with help from Jamal. Ask Sarah if you want these notes in another way."

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def heading(text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.paragraph_format.space_before = Pt(14)

def picture_table(rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for pic, text in rows:
        c = t.add_row().cells
        c[0].width = Cm(4.5); c[1].width = Cm(12.5)
        c[0].text = f"[Picture: {pic}]"
        c[0].paragraphs[0].runs[0].italic = True
        c[0].paragraphs[0].runs[0].font.size = Pt(11)
        c[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        shade(c[0], "EAF1F8")
        lines = text.split("\n")
        c[1].text = lines[0]
        for extra in lines[1:]:
            c[1].add_paragraph(extra)
    doc.add_paragraph()

title = doc.add_paragraph()
r = title.add_run("Preparing for Adulthood Big Meeting"); r.bold = True; r.font.size = Pt(26); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
doc.add_paragraph("Easy read notes")

heading("About the meeting")
picture_table([
    ("calendar with 13 July circled", "We met on Tuesday 13 July 2027.\nWe met at the Westmoor Family Hub from 4 o'clock to 6 o'clock."),
    ("group of young people around a table", "14 young people came.\n5 grown-ups from the council, the NHS and the college came."),
    ("people waving goodbye", "Some people could not come.\nMark Walsh and Helen Brooks said sorry they could not come."),
])

heading("Things that are already done")
picture_table([
    ("tick in a green circle", "Last time you asked for a page about growing up on the website.\nThe page is now on the Local Offer website. It is called 'Getting ready for adult life'."),
    ("tick in a green circle", "Last time Owen said he would invite someone from the college.\nBecky from Westmoor College came to this meeting. Thank you Becky!"),
])

heading("What we talked about")
picture_table([
    ("young person on a bus", "Travel.\nMany of you want to go to college on the bus on your own.\nSome of you are scared of getting lost."),
    ("bus with a clock", "The late bus.\nThe bus to college is late a lot. Some people miss the start of lessons."),
    ("letter with long words crossed out", "Letters.\nLetters from the therapy teams are too hard to read."),
    ("coins and a question mark", "Money.\nLeah asked: can we get help with money when we are 18?\nNobody knew the answer today. We will talk about it again at the next meeting."),
    ("coffee cup", "The college cafe.\nWestmoor College will open a new cafe in September. Students who need support can work there. Becky told us about it."),
])

heading("What we decided")
picture_table([
    ("hands up for a vote", "We voted for a name for our group.\nOur group is now called Our Future Westmoor."),
    ("thumbs up", "We decided the Friday club will carry on in September."),
])

heading("Who will do what")
picture_table([
    ("photo of Owen Reid", "Owen Reid will find out about travel training.\nHe will tell us what he finds out by the end of September."),
    ("photo of Sarah Khan", "Sarah Khan will send everyone a survey about jobs and college.\nShe will send it by Friday 30 July."),
    ("photo of Owen Reid and a bus", "Mark Walsh is in charge of school and college buses at the council.\nOwen will ask Mark Walsh to write to us about the late bus.\nOwen will do this before the next meeting."),
    ("photo of Grace Adeyemi", "Grace Adeyemi is in charge of the therapy teams.\nGrace will ask the teams to send letters in easy read."),
    ("poster and felt pens", "Jamal and Leah will make a poster about the Friday club.\nThey will bring it to the next meeting."),
])

heading("Hard words")
picture_table([
    ("dictionary", "Travel training: learning how to go on the bus or train on your own, with help at first."),
    ("dictionary", "Preparing for Adulthood: getting ready for when you are grown up. For example, college, a job, friends and where you live."),
])

heading("Next meeting")
picture_table([
    ("calendar with 12 October circled", "Our next meeting is on Tuesday 12 October 2027.\nIt is at the Family Hub again, 4 o'clock to 6 o'clock.\nThere will be pizza."),
])

doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-07-13",
    "An easy read record in Word (Arial 14, two-column table on every section: a grey '[Picture: ...]' description cell and a cell of short "
    "sentences, header and footer naming the writer, Sarah Khan) of the young people's Preparing for Adulthood group on Tuesday 13 July 2027. "
    "Each action is split over two short sentences, owner in the first, date in the second. Traps: apologies (Mark Walsh, Helen Brooks); an "
    "'already done' section (growing-up page live, Owen's college invitation fulfilled by Becky coming); the group name vote and the Friday club "
    "decision; Westmoor College's new cafe (another body's plan); Leah's money question left for the next meeting with no owner; Mark Walsh is "
    "named in the late-bus row but the action is Owen's, to ask him; the hard-words box; next meeting details. Labels: Owen Reid 'by the end of "
    "September' = Thursday 30 September 2027; Sarah Khan by Friday 30 July; Owen asking Mark Walsh 'before the next meeting', dated in the "
    "document as Tuesday 12 October 2027; Grace (Adeyemi) with no date; Jamal and Leah (young people, not listed) bring the poster to the next "
    "meeting on 12 October.",
    [("Owen Reid will find out about travel training", "Owen Reid", "Owen Reid", "2027-09-30"),
     ("will send everyone a survey about jobs", "Sarah Khan", "Sarah Khan", "2027-07-30"),
     ("Owen will ask Mark Walsh to write", "Owen", "Owen Reid", "2027-10-12"),
     ("Grace will ask the teams to send", "Grace", "Grace Adeyemi", None),
     ("will make a poster about the Friday club", "Jamal and Leah", None, "2027-10-12")])
print("445 done")
