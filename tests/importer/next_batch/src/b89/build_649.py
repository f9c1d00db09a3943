"""649: Network of SEND Champions meeting notes, published on the forum website as a two-column newsletter-style PDF
written by a parent volunteer."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

STEM = "649_eightyninth_champions_network_two_column_notes"
PURPLE = colors.HexColor("#5b2a86")
TEAL = colors.HexColor("#e6f4f1")
b = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
bl = ParagraphStyle("bl", parent=b, leftIndent=9, bulletIndent=0, spaceAfter=3)
h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=PURPLE, spaceBefore=6, spaceAfter=3)
sm = ParagraphStyle("sm", fontName="Helvetica", fontSize=8.5, leading=10.5)
smb = ParagraphStyle("smb", parent=sm, fontName="Helvetica-Bold")


def page(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(PURPLE)
        c.rect(0, 262 * mm, 210 * mm, 35 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(15 * mm, 282 * mm, "Network of SEND Champions")
        c.setFont("Helvetica", 12)
        c.drawString(15 * mm, 274 * mm, "Meeting notes - Tuesday 8th June 2027, 10am - 12 noon")
        c.drawString(15 * mm, 267 * mm, "Riverside Family Hub (and on Teams)")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(195 * mm, 282 * mm, "Westmoor Parent Carer Forum")
        c.setFont("Helvetica", 9)
        c.drawRightString(195 * mm, 276 * mm, "working with Westmoor Council & NHS Westmoor")
    else:
        c.setFillColor(PURPLE)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(15 * mm, 288 * mm, "SEND Champions - notes 8.6.27 (continued)")
    c.setFillColor(colors.grey)
    c.setFont("Helvetica", 7.5)
    c.drawString(15 * mm, 10 * mm, "Westmoor Parent Carer Forum is a member of the National Network of Parent Carer "
                 "Forums. Notes written by a volunteer - please tell us if we got anything wrong!")
    c.drawRightString(195 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


W = 87 * mm
doc = BaseDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, title="SEND Champions notes June 2027", author="Kerry Lang")
f1 = [Frame(15 * mm, 16 * mm, W, 243 * mm, id="l1"), Frame(108 * mm, 16 * mm, W, 243 * mm, id="r1")]
f2 = [Frame(15 * mm, 16 * mm, W, 268 * mm, id="l2"), Frame(108 * mm, 16 * mm, W, 268 * mm, id="r2")]
doc.addPageTemplates([PageTemplate("first", f1, onPage=page, autoNextPageTemplate="rest"),
                      PageTemplate("rest", f2, onPage=page)])


def box(title, paras, bg=TEAL):
    inner = [Paragraph(title, h)] + paras
    t = Table([[inner]], colWidths=[W - 2])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, PURPLE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([t, Spacer(1, 4 * mm)])


B = lambda t: Paragraph(t, bl, bulletText="\u2022")
s = []
s.append(Paragraph("Who came", h))
s.append(Paragraph("22 Champions came (15 in the room, 7 on Teams) - a record! Also with us: Sarah Khan "
                   "(Participation Officer, Westmoor Council), Claire Dunmore (SENDIASS), Owen Reid (Preparing for "
                   "Adulthood lead, for item 1) and Priya M from the PCF. Notes by me, Kerry.", b))
s.append(Paragraph("<b>Apologies:</b> Tom Evans (PCF co-chair), Sarah Kent (School Improvement), Bev, Marcus, Aisha.", b))
s.append(box("You said, we did", [
    B("You said letters from the SEND team never say who is dealing with your child. The council now puts the EHCP "
      "coordinator's name and direct email on every letter (since May)."),
    B("You asked to try out the new Local Offer pages before they went live - 6 Champions tested them in March and "
      "lots of the wording was changed."),
    B("Sarah has already booked the room for our September meeting."),
]))
s.append(Paragraph("1. Preparing for Adulthood (PfA)", h))
s.append(Paragraph("Owen talked us through the new transition planning from Year 9. Lots of questions about what "
                   "happens to EHCPs at 16 and 19, and about college transport. Champions said the current leaflet is "
                   "too long and full of jargon.", b))
s.append(Paragraph("<b>Owen will share the draft 'Moving on at 16' guide</b> with Champions for comments by the end "
                   "of the month. Please read it with your young person if you can!", b))
s.append(Paragraph("2. SENDIASS", h))
s.append(Paragraph("Claire explained what SENDIASS can and can't help with, including support at tribunal. Lots of "
                   "Champions didn't know SENDIASS can come to annual review meetings. <b>Claire will run a "
                   "session on annual reviews at our September meeting</b> (date tbc).", b))
s.append(Paragraph("3. School transport - your stories", h))
s.append(Paragraph("This was a long one. Late taxis, drivers changing without warning, children arriving "
                   "dysregulated, a passenger assistant who didn't know about a child's epilepsy plan. Sarah said "
                   "the council wants real examples, not just numbers.", b))
s.append(Paragraph("<b>Sarah will collate the transport stories</b> and pass them on, anonymised, to Mark Walsh's "
                   "team ASAP. If you didn't get to speak, email your story to Kerry by Friday.", b))
s.append(Paragraph("4. Getting more Champions", h))
s.append(Paragraph("We are still short of dads, and of families from the east of the borough. Ideas: school gate "
                   "leaflets, the mosque open day, the Riverside summer fair on Saturday 10th July.", b))
s.append(Paragraph("<b>Priya M will book a stall</b> at the Riverside summer fair - closing date for stalls is "
                   "25th June so she will do it before then.", b))
s.append(Paragraph("Helen Brooks (SENCo at Riverside) has offered to do a 'Meet the SENCo' Q&amp;A for Champions in "
                   "the autumn. <b>Sarah to sort out a date with Helen</b>.", b))
s.append(box("Parking lot - ideas for another day", [
    B("A Champions WhatsApp group. Lots of views for and against (safeguarding, who moderates it). NOT agreed - we'll "
      "come back to it when Tom is here."),
    B("Champions badges / lanyards - nice idea but no budget at the moment."),
    B("A session on personal budgets - maybe in the new year."),
], bg=colors.HexColor("#f3eefa")))
s.append(Paragraph("Housekeeping", h))
s.append(Paragraph("Kerry (me!) to type up and send round these notes and the 'who's doing what' list by Friday. "
                   "Expenses forms to Sarah please - mileage is 45p a mile.", b))
s.append(Paragraph("Who's doing what", h))
rows = [["What", "Who", "When"],
        ["Share 'Moving on at 16' draft for comments", "Owen", "End of June"],
        ["Annual reviews session", "Claire (SENDIASS)", "Sept meeting"],
        ["Collate transport stories for Mark Walsh's team", "Sarah K", "ASAP"],
        ["Stall at Riverside summer fair", "Priya M", "Before 25 June"],
        ["Meet the SENCo Q&amp;A date", "Sarah K / Helen", "tbc"],
        ["Notes + this list out", "Kerry", "Fri 11th"],
        ["Book room for September", "Sarah K", "Done \u2714"]]
t = Table([[Paragraph(c, smb if i == 0 else sm) for c in r] for i, r in enumerate(rows)],
          colWidths=[42 * mm, 25 * mm, 20 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, PURPLE), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
s.append(Spacer(1, 4 * mm))
s.append(Paragraph("<b>Next meeting:</b> September - date and time to follow (Sarah has the room booked). Thank you "
                   "all for coming and for the cake!", b))
doc.build(s)

write_labels(STEM, "2027-06-08", (
    "A Network of SEND Champions meeting write-up published as a PDF on the parent carer forum's website: a "
    "two-column newsletter layout with a coloured banner, shaded boxes ('You said, we did', 'Parking lot'), "
    "bold-faced actions inside chatty paragraphs, a 'Who's doing what' table at the end, and a page 2 continuation "
    "header. Written in the first person by a parent volunteer (Kerry Lang, 'me, Kerry'). Traps: the 'You said, we "
    "did' items and the September room booking are already done (the table row says Done); the Parking lot ideas "
    "(WhatsApp group, badges, personal budgets session) are not agreed; Champions emailing their stories to Kerry and "
    "sending expenses forms are requests to everyone, not labelled. 'Sarah' is Sarah Khan, who was present; Sarah "
    "Kent is in the apologies. 'Priya M' is Priya Mistry, not Priya Shah. Claire is Claire Dunmore (SENDIASS), Owen "
    "is Owen Reid. Owners are labelled as written in the text (Owen, Claire, Sarah, Priya M, Kerry). Dates: 'by the "
    "end of the month' = 30 June 2027; 'at our September meeting (date tbc)' = meeting 2027-09 (no day given); "
    "'ASAP' = null; 'closing date for stalls is 25th June so she will do it before then' = 2027-06-25; Helen's Q&A "
    "date has none (null); 'by Friday' = Friday 11 June 2027 (the table says 'Fri 11th')."), [
    ("Owen will share the draft 'Moving on at 16'", "Owen", "Owen Reid", "2027-06-30"),
    ("Claire will run a session on annual", "Claire", "Claire Dunmore", "meeting 2027-09"),
    ("Sarah will collate the transport stories", "Sarah", "Sarah Khan", None),
    ("Priya M will book a stall", "Priya M", "Priya Mistry", "2027-06-25"),
    ("Sarah to sort out a date with Helen", "Sarah", "Sarah Khan", None),
    ("type up and send round these notes", "Kerry", "Kerry Lang", "2027-06-11"),
])
