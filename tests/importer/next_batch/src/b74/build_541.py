import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(OUT, "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

FN = os.path.join(OUT, "541_seventyfourth_sufficiency_workstream_numbered_minutes_action_lines.pdf")

base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=9, spaceAfter=3)
title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=2)
sub = ParagraphStyle("s", parent=base, fontSize=10, leading=13, spaceAfter=2)
para = ParagraphStyle("p", parent=base, leftIndent=12*mm, firstLineIndent=-12*mm, spaceAfter=4)
act = ParagraphStyle("a", parent=base, leftIndent=12*mm, spaceAfter=5, fontName="Helvetica")

def P(n, t):
    return Paragraph(f"{n}<font color='white'>_</font>&nbsp;&nbsp;&nbsp;{t}" if False else f"{n}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}", para)

def A(t):
    return Paragraph(f"<b>Action:</b> {t}", act)

story = []
story.append(Paragraph("Westmoor SEND Partnership", sub))
story.append(Paragraph("SEND Sufficiency and Place Planning Workstream", title))
story.append(Paragraph("Notes of meeting held on Thursday 12 November 2026, 2.00pm &ndash; 3.30pm<br/>Room 2.14, County Hall and MS Teams", sub))
story.append(Spacer(1, 5))

att = [
    ["Present:", "James Whitfield (JW)", "Assistant Director, SEND & Inclusion (Chair)"],
    ["", "Mary Walker (MW)", "Head of SEND"],
    ["", "Liam Porter (LP)", "Data & Performance Manager"],
    ["", "Sarah Kent (SK)", "School Improvement Adviser"],
    ["", "Tom Evans (TE)", "Co-chair, Westmoor Parent Carer Forum"],
    ["", "Gareth Lyle (GL)", "Capital Programme Manager, Property Services"],
    ["", "Fiona Bell (FB)", "School Place Planning Officer"],
    ["In attendance:", "Ruth Hill (RH)", "Partnership Business Support (notes)"],
    ["Apologies:", "Priya Shah, Helen Brooks, Owen Reid", ""],
]
t = Table(att, colWidths=[28*mm, 55*mm, 90*mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1),
                       ("SPAN", (1, 8), (2, 8))]))
story.append(t)

H = lambda s: story.append(Paragraph(s, head))
S = story.append

H("1.&nbsp;&nbsp;&nbsp;Welcome, introductions and apologies")
S(P("1.1", "JW welcomed members and in particular FB, who has joined the workstream from the Place Planning team in place of Steve Cartwright. Apologies were noted as above."))

H("2.&nbsp;&nbsp;&nbsp;Notes of the last meeting (15 October 2026) and matters arising")
S(P("2.1", "The notes were agreed as an accurate record."))
S(P("2.2", "Action 1 (refresh of the specialist place projections using the October census) &ndash; complete, covered under item 3."))
S(P("2.3", "Action 2 (JW to brief the Lead Member on the Riverside ARP proposal) &ndash; done. The Lead Member is supportive in principle."))
S(P("2.4", "Action 3 (GL to obtain feasibility costs for Riverside) &ndash; costs received on 6 November, see item 4."))
S(P("2.5", "Action 4 (MW to share the INMSS placement list) &ndash; superseded by the review discussed at item 6."))
S(A("None &ndash; all previous actions closed."))

H("3.&nbsp;&nbsp;&nbsp;Specialist place projections &ndash; LP (paper circulated)")
S(P("3.1", "LP took members through the refreshed model. On current trends the model projects a shortfall of around 140 specialist places by September 2029, of which roughly 60% are for children and young people whose primary need is ASC or SEMH. Most of the increase since the last model is driven by plans issued to children of Reception age."))
S(P("3.2", "TE asked whether the model took account of children now placed out of area whose families would prefer a local place. LP confirmed they are counted in demand but are not visible separately in the current version."))
S(P("3.3", "Members felt that the headline figure on its own is not something the workstream can plan from and it needs to be broken down further."))
S(A("LP to break the projection down by primary need and by locality (North / Central / South), showing out of area placements as a separate line, and circulate before the next meeting."))

H("4.&nbsp;&nbsp;&nbsp;Riverside Primary &ndash; Additionally Resourced Provision (ARP) &ndash; GL / MW")
S(P("4.1", "Feasibility costs came in at &pound;1.18m for a 12 place ARP (two teaching spaces, a sensory room and a hygiene suite). This sits within the High Needs Provision Capital Allocation envelope already agreed for phase 2."))
S(P("4.2", "The workstream <b>AGREED</b> to recommend the Riverside ARP to the Capital Programme Board as the first scheme in phase 2."))
S(P("4.3", "Nadia Khan (Headteacher) has kindly offered to host a visit for workstream members before Christmas. Anyone interested to let RH know."))
S(A("GL to draft the Capital Programme Board paper, for JW to sign off, by Friday 27 November (the Board meets on 10 December)."))

H("5.&nbsp;&nbsp;&nbsp;Special free school &ndash; wave update")
S(P("5.1", "MW reported that the DfE has not yet announced the outcome of the special and AP free school wave and now expects to do so in spring 2027. Westmoor's bid (60 places, ASC, 11&ndash;19) is in and there is nothing further for the workstream to do until the announcement is made."))
S(A("None."))

H("6.&nbsp;&nbsp;&nbsp;Independent and non-maintained special school (INMSS) placements")
S(P("6.1", "MW reported 187 children and young people currently in INMSS placements at an average annual cost of &pound;62k, with forecast spend of &pound;11.6m for 2026-27."))
S(P("6.2", "The aspiration in the High Needs recovery plan is to reduce new INMSS placements by 10% in 2027-28, although this depends on the capital schemes coming on stream on time."))
S(P("6.3", "There was discussion about whether some young people could step down to local provision at phase transfer, and whether health or social care should be contributing to some of the packages."))
S(A("MW, with the Education finance business partner, to review the 20 highest cost placements for step down or joint funding opportunities &ndash; end of Q4."))

H("7.&nbsp;&nbsp;&nbsp;Parent carer perspective &ndash; travelling distance")
S(P("7.1", "TE fed back from the PCF autumn survey (41 responses). Many parents described journeys of over an hour each way to specialist provision and several said they would have chosen a local resourced provision had one been available."))
S(P("7.2", "FB said this would be really helpful for the locality analysis."))
S(A("TE to share the anonymised survey comments with FB &ndash; w/c 23 Nov."))

H("8.&nbsp;&nbsp;&nbsp;Post-16 sufficiency")
S(P("8.1", "Not discussed in full as Owen Reid had sent apologies. Westmoor College has flagged that its Foundation Learning provision is already full for September 2027. Members were concerned that this had not come to the workstream before now."))
S(A("JW to pick this up with Owen Reid ASAP and report back to members by email."))

H("9.&nbsp;&nbsp;&nbsp;Place planning methodology")
S(P("9.1", "FB explained that the mainstream pupil place planning methodology does not currently include any factor for EHCP growth, which means demand for resourced provision does not show in the school organisation plan."))
S(A("FB to update the methodology note to include an EHCP growth factor &ndash; Jan."))
S(P("9.2", "SK said that two secondary academies in the South locality have expressed an interest in hosting a SEN unit."))
S(A("SK to check whether the two South academies have the SENCo and leadership capacity to host a unit &ndash; date tbc."))

H("10.&nbsp;&nbsp;&nbsp;Any other business")
S(P("10.1", "The draft Sufficiency Statement goes out to consultation in the new year; the Communications team already has the timetable."))
S(P("10.2", "Items for January: SEMH provision review (MW); post-16 sufficiency (Owen Reid to be invited)."))
story.append(Spacer(1, 8))
S(Paragraph("<b>Date of next meeting:</b> Thursday 14 January 2027, 2.00pm, MS Teams", base))


def deco(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(A4[0] / 2, A4[1] - 12*mm, "OFFICIAL")
    c.setFont("Helvetica", 7.5)
    c.drawString(20*mm, 12*mm, "SEND Sufficiency Workstream \u2013 notes 12.11.26 \u2013 DRAFT v0.2 (not yet agreed)")
    c.drawRightString(A4[0] - 20*mm, 12*mm, f"Page {doc.page}")
    c.drawCentredString(A4[0] / 2, 7*mm, "OFFICIAL")
    c.restoreState()

doc = SimpleDocTemplate(FN, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=20*mm,
                        title="Sufficiency WS notes 12 Nov 2026", author="Hill, Ruth")
doc.build(story, onFirstPage=deco, onLaterPages=deco)
print(FN)
