"""192: Post-16 annual high needs provision review visit - follow-up letter from the council to an FE college (PDF)."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "192_twentyfourth_college_review_visit_letter"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)

def furniture(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#1d4f91")); c.rect(0, 287 * mm, 210 * mm, 10 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 12)
    c.drawString(18 * mm, 290.5 * mm, "Westmoor Council  |  Children's Services")
    c.setFillColor(colors.black); c.setFont("Helvetica", 8)
    c.drawString(18 * mm, 12 * mm, "Westmoor Council, Civic Centre, Market Street, Westmoor WM1 1AA  |  www.westmoor.gov.uk/localoffer")
    c.drawRightString(192 * mm, 12 * mm, f"Page {d.page}")
    c.restoreState()

s = []
s.append(Paragraph("SEND and Inclusion Service<br/>Post-16 High Needs Commissioning", small))
s.append(Spacer(1, 4 * mm))
s.append(Paragraph("Our ref: MW/P16/HN-27/014<br/>Your ref: JC/HNS<br/>Date: 23 April 2027", small))
s.append(Spacer(1, 4 * mm))
s.append(Paragraph("Ms Joanne Carver<br/>Principal and Chief Executive<br/>Westmoor College<br/>Northgate Campus<br/>Westmoor WM4 7QT", body))
s.append(Paragraph("<b>By email only</b>", small))
s.append(Paragraph("Dear Joanne", body))
s.append(Paragraph("<b>Re: Annual high needs provision review visit &ndash; Tuesday 20 April 2027</b>", body))
s.append(Paragraph(
    "Thank you to you and your team for hosting our annual review visit on Tuesday. As usual, this letter sets out "
    "what we looked at, what we heard from learners, and what we agreed together before we left. Please let me know "
    "within ten working days if anything here does not match your understanding.", body))
s.append(Paragraph("Who attended", head))
s.append(Paragraph(
    "For the college: Marcus Bell (Head of High Needs and Inclusion), Aisha Noor (Foundation Learning Manager) and "
    "two learner ambassadors. For the council: myself, Owen Reid (Preparing for Adulthood Lead), Sarah Khan "
    "(Participation Officer) and Liam Porter (Data and Performance). Grace Adeyemi (Head of Children's Therapies, "
    "Westmoor Community Health) joined for the therapies discussion. Apologies: Claire Dunmore (SENDIASS).", body))
s.append(Paragraph("What we saw", head))
s.append(Paragraph(
    "We observed two Foundation Learning sessions and the supported internship briefing. Teaching was well matched to "
    "EHCP outcomes in both sessions; learners knew their targets. We were pleased to hear that the college has already "
    "recruited two additional job coaches since January, which addresses the gap we raised last year, so we have "
    "closed that point.", body))
s.append(Paragraph("What learners told us", head))
s.append(Paragraph(
    "Learners were positive about staff but said that travel between campuses is stressful and that they are not always "
    "told when their support worker changes. Two learners said they would like more say in their annual review. We "
    "would hope, over time, to see more learners progress from Foundation Learning to supported internships; this is a "
    "shared ambition rather than something either of us can fix this year.", body))
s.append(Paragraph("Data", head))
data = [["", "2025/26", "2026/27 (to date)"],
        ["Learners with EHCPs on roll", "212", "238"],
        ["Element 3 top-up bands agreed", "C (majority)", "C (majority)"],
        ["Progressed to paid work / internship", "14%", "n/a until July"],
        ["Annual reviews held within timescale", "71%", "78%"]]
tbl = Table(data, colWidths=[80 * mm, 40 * mm, 45 * mm])
tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f3"))]))
s.append(tbl); s.append(Spacer(1, 3 * mm))
s.append(Paragraph(
    "Liam noted that the college's ILR return and our EHCP list disagree for around 20 learners. As agreed at the "
    "visit, the top-up funding band for the 2027/28 cohort stays at Band C for continuing learners; this is a decision "
    "and needs nothing further from you.", body))
s.append(Paragraph("What we agreed", head))
agreed = [
    "Owen will share the PfA outcomes framework with Marcus by Friday 7 May, so the college can map its study programmes against it.",
    "Liam Porter will reconcile the ILR return against our EHCP list and send Marcus the list of mismatches by 14 May.",
    "Grace will ask her team to review speech and language therapy input on the Northgate campus, and let us both know the outcome by 21/05/2027.",
    "The SEND Casework team will confirm the 2027/28 place numbers in writing by Friday 28 May.",
    "Marcus agreed to nominate a college representative for the PfA steering group ahead of its June meeting.",
    "The college will send us the revised learner destinations data by 30 June.",
    "Sarah will come back in the autumn term to run a learner voice session with the Foundation Learning group on annual reviews.",
]
for i, a in enumerate(agreed, 1):
    s.append(Paragraph(f"{i}.&nbsp;&nbsp;{a}", body))
s.append(Paragraph("Other matters", head))
s.append(Paragraph(
    "You mentioned that the college governors' Quality and Standards Committee will consider the campus accessibility "
    "audit in the summer term. That is of course a matter for your governors, and we look forward to hearing the "
    "outcome when you are ready to share it. The independent travel training offer was discussed; the council's "
    "Transport team is reviewing its post-16 transport policy separately and we did not agree anything on this "
    "at the visit.", body))
s.append(Paragraph(
    "Our next annual visit will be in the spring term 2028. Thank you again for a constructive and open morning.", body))
s.append(Paragraph("Yours sincerely", body))
s.append(Spacer(1, 8 * mm))
s.append(Paragraph("<b>Mary Walker</b><br/>Head of SEND<br/>Westmoor Council", body))
s.append(Paragraph("cc: Owen Reid; Liam Porter; Sarah Khan; Grace Adeyemi; Marcus Bell (Westmoor College); "
                   "James Whitfield (Assistant Director, SEND and Inclusion)", small))

SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                  topMargin=20 * mm, bottomMargin=20 * mm, title="HN review visit letter",
                  author="Westmoor Council").build(s, onFirstPage=furniture, onLaterPages=furniture)

write_labels(STEM, "2027-04-20",
    "Follow-up letter from the council's Head of SEND to an FE college principal after the annual post-16 high needs "
    "provision review visit (letterhead, refs, cc list, page footers); actions sit in a numbered 'What we agreed' list in "
    "letter prose. The meeting date is the visit (Tuesday 20 April), not the letter date (23 April). Traps: extra job coaches "
    "already recruited (done, closed); the Band C funding decision (decision, 'needs nothing further'); hope for more "
    "progression to internships; the college governors 'will consider' the accessibility audit (another body); the council "
    "Transport team's separate policy review (another body, nothing agreed). Labelling choices: college actions agreed at the "
    "joint visit are counted with person null ('Marcus', 'The college'); 'ahead of its June meeting' labelled meeting 2027-06; "
    "'in the autumn term' has no usable date so null; 'Sarah' is Sarah Khan (named as Participation Officer in attendance).",
    [("share the PfA outcomes framework with Marcus", "Owen", "Owen Reid", "2027-05-07"),
     ("reconcile the ILR return against our EHCP list", "Liam Porter", "Liam Porter", "2027-05-14"),
     ("review speech and language therapy input on the Northgate", "Grace", "Grace Adeyemi", "2027-05-21"),
     ("confirm the 2027/28 place numbers in writing", "The SEND Casework team", None, "2027-05-28"),
     ("nominate a college representative for the PfA steering group", "Marcus", None, "meeting 2027-06"),
     ("send us the revised learner destinations data", "The college", None, "2027-06-30"),
     ("learner voice session with the Foundation Learning group", "Sarah", "Sarah Khan", None)])
