import sys
sys.path.insert(0, "/tmp/b50_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "376_fiftieth_champions_network_easy_read_record.pdf")
big = ParagraphStyle("big", fontName="Helvetica", fontSize=16, leading=22)
bold = ParagraphStyle("bold", parent=big, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=colors.HexColor("#1F4E79"))
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=20, leading=26, textColor=colors.HexColor("#1F4E79"), spaceBefore=10, spaceAfter=6)
pic = ParagraphStyle("pic", fontName="Helvetica-Oblique", fontSize=10, leading=12, textColor=colors.grey)

def row(picture, *lines):
    return [Paragraph(f"[Picture: {picture}]", pic), [Paragraph(l, big) for l in lines]]

def block(rows):
    t = Table(rows, colWidths=[45 * mm, 120 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    return t

def footer(c, d):
    c.saveState()
    c.setFont("Helvetica", 10)
    c.drawString(20 * mm, 10 * mm, "Network of SEND Champions - easy read record - 3 March 2027")
    c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
    c.restoreState()

s = []
s.append(Paragraph("Network of SEND Champions", h1))
s.append(Paragraph("What happened at our meeting", h1))
s.append(Spacer(1, 8))
s.append(block([
    row("calendar", "We met on <b>Wednesday 3 March 2027</b>.", "We met at Westmoor Library, in the Community Room."),
    row("group of people around a table", "18 people came.", "11 young champions, 4 parent champions and 3 staff."),
    row("person with a clipboard", "Kerry chaired the meeting.", "Sarah wrote these notes. Our easy read group checked them."),
]))
s.append(Paragraph("What we talked about", h2))
s.append(block([
    row("speech bubbles", "<b>1. The new EHCP letter</b>",
        "The council has written a new letter for families.", "It tells you when your EHCP meeting is.",
        "Some champions said the letter has too many long words."),
    row("bar chart", "<b>2. Our survey numbers</b>",
        "Liam has already sent us the survey results. Thank you Liam.",
        "The numbers for Year 11 look wrong. They are too low."),
    row("building with a door", "<b>3. The new hub</b>",
        "The new SEND hub opens in April.", "Young people do not know about it yet."),
    row("therapist with a child", "<b>4. Therapy</b>",
        "Some young people wait a long time to see a therapist.",
        "Champions asked if therapists could come to a youth club to meet young people."),
]))
s.append(PageBreak())
s.append(Paragraph("What we decided", h2))
s.append(block([
    row("thumbs up", "We will keep meeting at the library. It is easy to get to on the bus."),
    row("thumbs up", "Young champions will choose the name for the hub café. We voted. The name is <b>The Snug</b>."),
    row("council building", "The council's Cabinet will decide about the new short breaks in April.",
        "This is the council's job, not ours. We will hear about it at a later meeting."),
]))
s.append(Paragraph("What happens next", h2))
s.append(Paragraph("This table says who will do each job, and when.", big))
s.append(Spacer(1, 6))
tbl = [[Paragraph("<b>What</b>", big), Paragraph("<b>Who</b>", big), Paragraph("<b>When</b>", big)]]
jobs = [
    ("Send everyone the easy read survey about the hub.", "Sarah", "In 2 weeks"),
    ("Make a short video about the new hub for young people.", "Mo and Leah (young champions)", "By Thursday 25 March, before the Easter holidays"),
    ("Check why the Year 11 numbers look wrong. Tell us what you found.", "Liam", "At our meeting in May"),
    ("Ask 3 young people what they think of the new EHCP letter.", "All champions", "By Thursday 25 March"),
    ("Find out if the therapy team can visit a youth club.", "Grace", "We did not set a date"),
    ("Book the Community Room at the library for the May meeting.", "Kerry", "By the end of March"),
]
for w, who, when in jobs:
    tbl.append([Paragraph(w, big), Paragraph(who, bold), Paragraph(when, big)])
t = Table(tbl, colWidths=[80 * mm, 45 * mm, 45 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F4E79")),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
s.append(t)
s.append(Spacer(1, 12))
s.append(block([
    row("calendar with a question mark", "<b>Next meeting:</b> May 2027.", "We will tell you the date soon."),
    row("telephone", "Questions? Ask Sarah Khan, Participation Officer, Westmoor Council.", "Phone 01632 960 448"),
]))
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                        title="Network of SEND Champions - easy read record", author="Westmoor Participation Team")
doc.build(s, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
