"""Builds 326_fortythird_canva_designed_roundup.pdf: a PCF volunteer's Canva-style two-page round-up poster."""
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/fortythird_pylib")
from reportlab.lib.colors import HexColor, white  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "326_fortythird_canva_designed_roundup.pdf"
W, H = A4
TEAL, PINK, YELLOW, LILAC, MINT, NAVY, CREAM = (HexColor(x) for x in
    ("#2BB3A7", "#F28AB2", "#FFD966", "#C9B6E4", "#BFE8D3", "#23395B", "#FFF8EC"))

c = canvas.Canvas(str(OUT), pagesize=A4)
c.setTitle("PfA parents evening round-up - Westmoor PCF")
c.setAuthor("Priya M")
c.setCreator("Canva")


def bg():
    c.setFillColor(CREAM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # decorative blobs
    c.setFillColor(LILAC)
    c.circle(W - 30, H - 40, 70, stroke=0, fill=1)
    c.setFillColor(MINT)
    c.circle(20, 60, 55, stroke=0, fill=1)


def tile(x, y_top, w, h, colour, title, lines, size=9.5, title_size=13, text_colour=NAVY):
    c.setFillColor(colour)
    c.roundRect(x, y_top - h, w, h, 12, stroke=0, fill=1)
    c.setFillColor(text_colour)
    c.setFont("Helvetica-Bold", title_size)
    c.drawString(x + 12, y_top - 22, title)
    y = y_top - 40
    for ln in lines:
        bold = ln.startswith("**")
        ln = ln.strip("*")
        font = "Helvetica-Bold" if bold else "Helvetica"
        for part in simpleSplit(ln, font, size, w - 24):
            c.setFont(font, size)
            c.drawString(x + 12, y, part)
            y -= size + 3
        y -= 3
    return y


def footer(n):
    c.setFillColor(NAVY)
    c.setFont("Helvetica", 7.5)
    c.drawString(36, 22, "Designed by Priya M for Westmoor Parent Carer Forum  ·  registered charity no. 1178XXX  ·  made with Canva")
    c.drawRightString(W - 36, 22, f"{n}/2")


# ---------------- page 1 ----------------
bg()
c.setFillColor(TEAL)
c.roundRect(30, H - 150, W - 60, 115, 18, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("Helvetica-Bold", 24)
c.drawString(48, H - 78, "Preparing for Adulthood")
c.drawString(48, H - 106, "Parents' Evening - the round-up!")
c.setFont("Helvetica", 11)
c.drawString(48, H - 130, "Thursday 17th June 2027  ·  6.30-8.30pm  ·  Westmoor Central Library, Community Room")

tile(30, H - 165, 255, 250, YELLOW, "Who came", [
    "38 parents and carers (wow!!) and 9 young people",
    "Owen Reid - Preparing for Adulthood Lead, Westmoor Council",
    "Claire Dunmore - SENDIASS",
    "Dev Sharma - Learning Support Manager, Westmoor College",
    "Tom Evans - PCF co-chair (hosting)",
    "Priya M - PCF (me, on post-it duty!)",
    "**Sorry we missed you:",
    "Sarah Khan (Participation) and Mary Walker (Head of SEND) sent apologies",
])
tile(300, H - 165, 265, 250, PINK, "The numbers", [
    "**38  parents and carers",
    "**112  post-it questions on the wall",
    "**64%  hadn't heard of the PfA pages on the Local Offer",
    "**17  said their child's Year 9 review didn't mention adulthood at all",
    "**4  colleges and training providers' leaflets on the table",
    "**2  packets of biscuits left at the end (not many!)",
])
tile(30, H - 430, W - 60, 370, MINT, "What we talked about", [
    "Owen kicked off with the four PfA outcomes: employment, independent living, friends and community, "
    "and good health. He said PfA should start in Year 9 at the annual review - loads of parents said "
    "theirs hadn't, which is why the 17 above matters. Owen agreed this is a problem and said the "
    "council is looking at its review paperwork, but that's their piece of work not ours.",
    "Dev talked about supported internships and the foundation learning courses at Westmoor College. "
    "Lots of questions about what happens to support when a young person moves from school to college "
    "and who pays for what. Dev said the college gets the EHCP at consultation and the learning support "
    "team plan from there.",
    "TRANSPORT. Honestly this took up half an hour. The post-16 travel policy came up again and again: "
    "contributions, no transport for part-time timetables, young people stuck at home. Tom said the forum "
    "has heard this so many times it has to go to the Partnership Board.",
    "Claire explained what SENDIASS can help with at 16-25 and that young people can ask for their own "
    "advice once they're over 16. She handed out 30 leaflets.",
    "**Top 5 questions on the wall:",
    "1. When should the PfA conversation start?   2. What is a supported internship?   "
    "3. Does the EHCP stop at 19?   4. Who pays for college transport?   5. What if my young person won't "
    "talk about the future?",
])
footer(1)
c.showPage()

# ---------------- page 2 ----------------
bg()
c.setFillColor(NAVY)
c.roundRect(30, H - 95, W - 60, 60, 16, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("Helvetica-Bold", 20)
c.drawString(48, H - 72, "WHO'S DOING WHAT (the promises bit!)")

cards = [
    ("Owen", "will write up answers to all 112 questions and put them on the Local Offer PfA page",
     "by the end of July (Fri 30th)", YELLOW),
    ("Claire (SENDIASS)", "is running a parents' drop-in on Year 9 annual reviews and PfA",
     "before October half term (w/c 25 Oct)", PINK),
    ("Dev (Westmoor College)", "will send us the college open evening dates, including the quiet sessions",
     "within 2 weeks", LILAC),
    ("Tom", "will take the post-16 transport themes to the Partnership Board",
     "July board meeting", MINT),
    ("PCF volunteers", "start a Year 9-11 parents' mailing list so nobody misses stuff",
     "when we've got 2 more volunteers!", YELLOW),
    ("Priya (me!)", "send this round-up to all the secondary SENCos and the college",
     "by Fri 25 June", PINK),
]
cw, ch = (W - 60 - 15) / 2, 105
for i, (who, what, when, col) in enumerate(cards):
    x = 30 + (i % 2) * (cw + 15)
    y = H - 110 - (i // 2) * (ch + 12)
    c.setFillColor(col)
    c.roundRect(x, y - ch, cw, ch, 12, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x + 12, y - 22, who)
    yy = y - 40
    for part in simpleSplit(what, "Helvetica", 10, cw - 24):
        c.setFont("Helvetica", 10)
        c.drawString(x + 12, yy, part)
        yy -= 13
    c.setFont("Helvetica-Oblique", 9.5)
    c.drawString(x + 12, y - ch + 12, "When: " + when)

top = H - 110 - 3 * (ch + 12) - 5
tile(30, top, cw, 170, MINT, "Already sorted!", [
    "Owen fixed the broken 'supported internships' link on the Local Offer on the night - on his phone!",
    "Claire gave out 30 SENDIASS leaflets and booked 3 parents in for calls.",
])
tile(30 + cw + 15, top, cw, 170, LILAC, "Not promises... but we're keeping an eye", [
    "The council is planning a PfA 'passport' for 2028 - Owen says more news in the autumn.",
    "Dev hopes the college can add a Saturday taster day - depends on staffing.",
    "Lots of you would love a PfA fair in every secondary school - we'll keep asking!",
], size=9)
tile(30, top - 185, W - 60, 95, YELLOW, "Questions we couldn't answer (yet)", [
    "Can direct payments be used for college travel?  ·  Does a supported internship count as 'education' "
    "for the EHCP?  ·  Who do we ask about respite after 18?  - we've sent these to Owen and Claire.",
])
c.setFillColor(TEAL)
c.roundRect(30, 40, W - 60, 42, 12, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, 56, "SAVE THE DATE: next PfA evening Thursday 14th October 2027, same place")
footer(2)
c.showPage()
c.save()
print("wrote", OUT)
