"""443: PCF termly newsletter (Word -> PDF look) with a 'You said, we did, what happens next' table."""
from common import OUT, write_labels
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

STEM = "443_sixtieth_pcf_termly_newsletter_you_said_we_did_three_column_pdf"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5)
cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11.5)
cellh = ParagraphStyle("ch", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=24, textColor=colors.HexColor("#5b2c83"), alignment=0)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=14, textColor=colors.HexColor("#5b2c83"), spaceBefore=10)
box = ParagraphStyle("box", parent=body, backColor=colors.HexColor("#f1e9f7"), borderPadding=6, spaceBefore=6, spaceAfter=10)

def header_footer(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(colors.HexColor("#5b2c83"))
    c.drawString(18*mm, 287*mm, "FORUM NEWS")
    c.setFont("Helvetica", 9)
    c.drawRightString(192*mm, 287*mm, "Westmoor Parent Carer Forum  |  Summer 2027")
    c.setFillColor(colors.grey)
    c.setFont("Helvetica", 7.5)
    c.drawString(18*mm, 10*mm, "Westmoor Parent Carer Forum CIO  ·  Registered charity 1187043  ·  hello@westmoorpcf.org.uk  ·  facebook.com/groups/westmoorpcf")
    c.drawRightString(192*mm, 10*mm, f"Page {doc.page} of 2")
    c.restoreState()

story = []
story.append(Paragraph("Forum News", h1))
story.append(Paragraph("<b>Summer 2027</b> &nbsp;·&nbsp; the newsletter of Westmoor Parent Carer Forum &nbsp;·&nbsp; <i>by parents, for parents</i>", body))
story.append(Spacer(1, 6))
story.append(Paragraph("Hello from your co-chairs", h2))
story.append(Paragraph(
    "What a term! Thank you to the 312 of you who filled in our spring survey, and to everyone who came to a coffee morning or "
    "posted in the Facebook group. On Thursday 17 June Tom and I took what you told us to the SEND Partnership Board. This issue is "
    "mostly about what happened there, because you keep asking us (quite rightly) 'so what actually changed?'. We have tried to be "
    "honest about what is done, what has been promised, and what is still just talk. &nbsp;<i>Jo Marsh and Tom Evans, co-chairs</i>", body))

story.append(Paragraph("At the Board on 17 June", h2))
story.append(Paragraph(
    "The meeting was chaired by Anne Price, the Independent Chair. Apologies were received from Claire Dunmore (SENDIASS) and "
    "Dr Anita Patel. The agenda was: 1. Welcome and apologies; 2. Minutes of 15 April; 3. EHCP timeliness &ndash; Mary Walker; "
    "4. Therapies update &ndash; Grace Adeyemi; 5. Short Breaks Statement &ndash; James Whitfield; 6. PCF spring survey &ndash; "
    "Tom Evans and Jo Marsh; 7. Any other business.", body))
story.append(Paragraph(
    "<b>What the Board decided.</b> The Board agreed the new Short Breaks Statement, which will be published on the Local Offer "
    "in July. The Board also agreed that from September a parent carer will sit on the school transport appeals panel. These are "
    "decisions, not jobs for anyone this term &ndash; but we will keep an eye on both.", box))

story.append(Paragraph("You said, we did &ndash; and what happens next", h2))
story.append(Paragraph("Each row below is something lots of you raised. The middle column is what has already happened. "
                       "The right-hand column is what was promised at the Board, who by and when. Hold us (and them) to it!", body))
story.append(Spacer(1, 5))

rows = [
    ("You said", "We did", "What happens next"),
    ("EHCP letters are full of jargon and don't tell you what happens next.",
     "We rewrote the letters with Mary Walker's team. The new versions have gone out since 10 May.",
     "Nothing more to do &ndash; but tell us if you still get an old-style letter."),
    ("Assessments are taking far too long and nobody tells you why.",
     "We took your stories (anonymised) to the Board. The council accepted that families are not being kept informed.",
     "Mary Walker (Head of SEND) will write to every family whose assessment has gone past 20 weeks, giving the reason and a new date, by Friday 16 July."),
    ("Speech and language waits depend on which school your child goes to.",
     "We asked the ICB for the figures at the April Board.",
     "Yusuf Okafor from the ICB is getting the speech and language waiting times broken down by school, for the September Board."),
    ("We want to see a therapist without waiting for a referral.",
     "Grace Adeyemi told the Board her trust will run therapy drop-ins at two family hubs from September.",
     "Grace will confirm which two family hubs by Friday 9 July."),
    ("School transport: late buses, drivers changing all the time, and appeals that take months.",
     "We met Mark Walsh, Head of Transport, in May and he has added a call-back option to the transport phone line.",
     "Tom will take your transport stories to the follow-up meeting with Mark Walsh on Tuesday 6 July. Email us by Friday 2 July if you want your story included."),
    ("We can't find out how many tribunals the council loses.",
     "We asked the question at the Board and it is now minuted.",
     "Liam Porter (Data and Performance Manager) will add tribunal outcomes to the public SEND dashboard before the October half term."),
    ("Moving from Year 6 to Year 7 was a mess for children with plans this year.",
     "We collected 41 comments and shared a summary with the Board.",
     "Priya Shah, Director of Education, agreed to meet the PCF committee about Year 6 to 7 transfers before the end of term (Wednesday 21 July)."),
]
data = [[Paragraph(t, cellh) for t in rows[0]]] + [[Paragraph(t, cell) for t in r] for r in rows[1:]]
t = Table(data, colWidths=[50*mm, 58*mm, 66*mm], repeatRows=1)
t.setStyle(TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5b2c83")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b9a3cc")),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f2fb")]),
]))
story.append(t)

story.append(Paragraph("Remember last time?", h2))
story.append(Paragraph(
    "In the spring newsletter we said the council would put an EHCP dashboard on the Local Offer. It went live on 4 May &ndash; "
    "look under 'Our performance'. We also said Helen Brooks would run a SENCo question time at Riverside Primary; that happened "
    "on 25 May and 30 parents came. Both of those are done, so they are off our list.", body))
story.append(Paragraph(
    "<b>Correction:</b> in spring we said the tribunal workshop was on 14 June. It was actually on 21 June &ndash; sorry to anyone "
    "who turned up on the wrong day!", body))

story.append(Paragraph("Other news", h2))
story.append(Paragraph(
    "The council's transport team is running its own survey of families over the summer holidays, so look out for a letter. "
    "That is their survey, not ours, but please do fill it in. "
    "Lots of you have asked whether the Local Offer will get a text alert service. We asked; nobody knows yet.", body))
story.append(Paragraph(
    "<b>Want to help?</b> We are looking for two more parents to join the committee, especially dads and parents of children "
    "in post-16. No experience needed, just opinions!", body))

story.append(Paragraph("Dates for your diary", h2))
story.append(Paragraph(
    "&bull; Coffee morning &ndash; Tuesday 13 July, 10am, Riverside Primary (Helen Brooks will be there)<br/>"
    "&bull; Next SEND Partnership Board &ndash; Thursday 16 September<br/>"
    "&bull; PCF AGM &ndash; Thursday 7 October, 7pm, online<br/>"
    "&bull; Summer holidays &ndash; our Facebook group stays open but replies may be slower!", body))
story.append(Spacer(1, 8))
story.append(Paragraph("Westmoor PCF is part of the National Network of Parent Carer Forums. We are funded by the Department for "
                       "Education and Westmoor Council but we are independent of both.", small))

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=20*mm, bottomMargin=18*mm,
                        title="Forum News Summer 2027", author="Westmoor PCF")
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)

write_labels(STEM, "2027-06-17",
    "A parent carer forum's termly newsletter exported from Word to PDF (running header 'FORUM NEWS', charity footer with 'Page x of 2'), "
    "reporting the SEND Partnership Board of Thursday 17 June 2027 through a three-column 'You said / We did / What happens next' table. "
    "Only the right-hand column holds new actions. Traps: the 'We did' column is all done work (rewritten letters, call-back option on the "
    "transport line); row 1's 'Nothing more to do'; the agenda with presenters (Mary Walker, Grace Adeyemi, James Whitfield, Tom and Jo); "
    "apologies (Claire Dunmore, Anita Patel); Board decisions (Short Breaks Statement to be published in July, parent carer on the transport "
    "appeals panel from September); Grace's trust running drop-ins from September is a service plan, only the confirmation of hubs is an "
    "action; 'Email us by Friday 2 July' is a call to readers; last newsletter's promises (dashboard live 4 May, SENCo question time on 25 May) "
    "are closed; a date correction; the council's own summer transport survey; an unanswered question about text alerts; diary dates. "
    "Labels: Mary Walker by Friday 16 July; Yusuf Okafor 'for the September Board', which the diary dates as Thursday 16 September; Grace "
    "(Adeyemi) by Friday 9 July; Tom (Evans, co-chair) at the meeting with Mark Walsh on Tuesday 6 July; Liam Porter 'before the October half "
    "term' resolved to the last school day before it, Friday 22 October 2027; Priya Shah 'before the end of term (Wednesday 21 July)'.",
    [("will write to every family whose assessment", "Mary Walker", "Mary Walker", "2027-07-16"),
     ("getting the speech and language waiting times broken", "Yusuf Okafor", "Yusuf Okafor", "2027-09-16"),
     ("Grace will confirm which two family hubs", "Grace", "Grace Adeyemi", "2027-07-09"),
     ("Tom will take your transport stories", "Tom", "Tom Evans", "2027-07-06"),
     ("add tribunal outcomes to the public SEND dashboard", "Liam Porter", "Liam Porter", "2027-10-22"),
     ("agreed to meet the PCF committee about", "Priya Shah", "Priya Shah", "2027-07-21")])
print("443 done")
