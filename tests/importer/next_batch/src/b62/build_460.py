"""460: Local authority letter to parents after SEND mediation confirming agreed actions (PDF on letterhead)."""
from common import OUT, write_labels
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

STEM = "460_sixtysecond_mediation_followup_letter_agreed_actions"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11.5, spaceAfter=2)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6, spaceAfter=5)
num = ParagraphStyle("n", parent=body, leftIndent=16, firstLineIndent=-16)
bul = ParagraphStyle("u", parent=body, leftIndent=14, firstLineIndent=-10)


def on_page(c, d):
    c.saveState()
    w, hgt = A4
    if d.page == 1:
        c.setFillColor(colors.HexColor("#1f3d7a"))
        c.rect(0, hgt - 30 * mm, w, 30 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20 * mm, hgt - 14 * mm, "Westmoor Council")
        c.setFont("Helvetica", 10)
        c.drawString(20 * mm, hgt - 20 * mm, "Children's Services  |  SEND Service")
        c.drawRightString(w - 20 * mm, hgt - 14 * mm, "Civic Centre, Market Street, Westmoor WM1 1AA")
        c.drawRightString(w - 20 * mm, hgt - 20 * mm, "send.casework@westmoor.gov.uk  |  01xxx 555 210")
    else:
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, hgt - 12 * mm, "Ms D Fairclough and Mr C Fairclough - 9 July 2027 - continued")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, 10 * mm, "OFFICIAL-SENSITIVE  |  Westmoor Council SEND Service  |  Our ref: SEND/MED/27/0412")
    c.drawRightString(w - 20 * mm, 10 * mm, f"Page {d.page} of 2")
    c.restoreState()


story = []
story.append(Spacer(1, 14 * mm))
story.append(Paragraph("<b>PRIVATE AND CONFIDENTIAL</b>", body))
addr = Table([
    [Paragraph("Ms Danielle Fairclough and Mr Craig Fairclough<br/>14 Ashcombe Road<br/>Lower Westmoor<br/>WM6 4RT", small),
     Paragraph("Our ref: SEND/MED/27/0412<br/>Your ref: -<br/>Please ask for: Mary Walker<br/>Date: 9 July 2027", small)]],
    colWidths=[95 * mm, 75 * mm])
addr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story += [addr, Spacer(1, 6 * mm)]
story.append(Paragraph("Dear Ms Fairclough and Mr Fairclough,", body))
story.append(Paragraph("<b>Re: Leo Fairclough (DOB 14/03/2018) - mediation meeting on Thursday 8 July 2027 - "
                       "confirmation of agreed actions</b>", body))
paras = [
    "Thank you for meeting with us at the mediation on Thursday, which was facilitated by Ms Joanne Tait of Marches "
    "Mediation Services. I know it was a long day and at times a difficult one, and I am grateful to you both, and to "
    "Ms Rees from Westmoor SENDIASS who supported you, for the way you engaged.",
    "As I promised at the close of the meeting, I am writing to set out what was agreed. Ms Tait has already issued "
    "the mediation certificate to you, so you do not need to request it. Her written record of the mediation "
    "agreement was signed by everyone on the day; this letter does not replace that record, and if you think there "
    "is any difference between the two, please tell me.",
]
for p in paras:
    story.append(Paragraph(p, body))
story.append(Paragraph("What we agreed", h))
agreed = [
    "<b>1. Section F - speech and language therapy.</b> The Local Authority accepts that Section F should specify direct "
    "speech and language therapy of one hour per week, delivered by a qualified speech and language therapist, with a "
    "termly review of Leo's programme. I will issue the final amended EHC plan, with this wording and the revised "
    "Section B, by Thursday 5 August 2027.",
    "<b>2. Independent educational psychology report.</b> You agreed to send us a full copy of Dr Harcourt's report, "
    "including the appendices, within 10 working days of the mediation. Once we have it, David Lowe, our Principal "
    "Educational Psychologist, will read the report and contact you to arrange a joint discussion with Dr Harcourt "
    "by Friday 30 July.",
    "<b>3. Occupational therapy.</b> Grace Adeyemi, Head of Children's Therapies at Westmoor Community Health NHS Trust, "
    "joined the mediation by phone for this item. She has agreed that her team will offer Leo an occupational therapy "
    "assessment appointment by Friday 17 September 2027.",
    "<b>4. Health provision (Section G).</b> Yusuf Okafor, Designated Clinical Officer at the Integrated Care Board, "
    "will write to you setting out the health provision to be included in Section G, and how it will be reviewed, "
    "by the end of July.",
    "<b>5. Interim review.</b> Helen Brooks, SENCo at Riverside Primary School, has agreed to host an interim review of "
    "Leo's plan early in the autumn term. She will confirm the date to you in writing by Friday 24 September.",
]
for p in agreed:
    story.append(Paragraph(p, num))
story.append(Paragraph("Things we discussed that are not changing", h))
for p in [
    "- <b>Section I (placement):</b> Riverside Primary School remains named. Neither of us asked for a change.",
    "- <b>Home to school transport:</b> Mark Walsh's team confirmed at the mediation that Leo's current transport "
    "arrangements will continue. There is nothing further you need to do.",
    "- <b>Year 5 residential trip:</b> you asked whether Leo could have 1:1 support on the residential next year. The "
    "school said it will consider this nearer the time as part of its usual risk assessment. It is not part of the "
    "mediation agreement.",
]:
    story.append(Paragraph(p, bul))
story.append(Paragraph("Your appeal", h))
for p in [
    "You told us that you will not withdraw your appeal to the First-tier Tribunal (SEND) until you have received the "
    "amended plan. That is entirely your decision. The hearing currently listed for Thursday 14 October 2027 remains in "
    "place unless you withdraw, and the Tribunal will send you its own directions. If the amended plan is issued as "
    "set out above, the Local Authority would not oppose a request to withdraw.",
    "<b>Correction:</b> in my email of 2 July I referred to \"Section E\" when discussing therapy. This should have read "
    "\"Section F\". I am sorry for any confusion this caused.",
    "Westmoor SENDIASS remains available to you; Claire Dunmore's team can be contacted on 01xxx 555 390. You do not need "
    "to do anything if you do not wish to.",
    "If anything in this letter does not match your understanding of what was agreed, please contact me directly on "
    "the number above or by replying to send.casework@westmoor.gov.uk, quoting our reference.",
    "Yours sincerely,",
]:
    story.append(Paragraph(p, body))
story.append(Spacer(1, 10 * mm))
story.append(Paragraph("<b>Mary Walker</b><br/>Head of SEND<br/>Westmoor Council", body))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("cc: Ms J Tait, Marches Mediation Services; Mrs H Brooks, SENCo, Riverside Primary School; "
                       "Ms G Adeyemi, Westmoor Community Health NHS Trust; Mr Y Okafor, Westmoor ICB; Mr D Lowe, "
                       "Principal Educational Psychologist; case file", small))

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=22 * mm, bottomMargin=18 * mm, title="Mediation - confirmation of agreed actions",
                        author="Mary Walker")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

write_labels(STEM, "2027-07-08",
    "A two-page PDF letter on council letterhead (header band, running 'continued' header, OFFICIAL-SENSITIVE footer "
    "with page numbers) from Mary Walker, Head of SEND, to a child's parents on Friday 9 July 2027 confirming the "
    "actions agreed at a SEND mediation on Thursday 8 July 2027 (the meeting date). The writer's 'I' is Mary Walker; "
    "'you' is the parents (not in people.json). Traps: mediation certificate already issued; the mediator's own signed "
    "record; the 'not changing' list (placement unchanged, transport continuing, school to consider a 1:1 for the "
    "residential 'nearer the time' - the school's own intention, not an agreed action); the parents' decision not to "
    "withdraw the appeal; the Tribunal's listed hearing and its own directions (another body); the LA's conditional "
    "'would not oppose'; a correction to an earlier email; optional SENDIASS support; the cc list. Labels: I (Mary "
    "Walker) issue the amended plan by Thursday 5 August; the parents send Dr Harcourt's report within 10 working days "
    "of Thursday 8 July = Thursday 2027-07-22; David Lowe by Friday 30 July; Grace Adeyemi's team OT appointment by "
    "Friday 17 September; Yusuf Okafor 'by the end of July' = Friday 2027-07-30 (31 July is a Saturday); Helen Brooks "
    "hosts the interim review and confirms its date in writing by Friday 24 September (the dated part).",
    [
        ("I will issue the final amended EHC plan", "I", "Mary Walker", "2027-08-05"),
        ("send us a full copy of Dr Harcourt's report", "You", None, "2027-07-22"),
        ("read the report and contact you to arrange", "David Lowe", "David Lowe", "2027-07-30"),
        ("offer Leo an occupational therapy assessment appointment", "Grace Adeyemi", "Grace Adeyemi", "2027-09-17"),
        ("write to you setting out the health provision", "Yusuf Okafor", "Yusuf Okafor", "2027-07-30"),
        ("host an interim review of Leo's plan", "Helen Brooks", "Helen Brooks", "2027-09-24"),
    ])
print("ok", STEM)
