"""Builds 574: a Year 6 phase-transfer annual review record, person-centred, printed to PDF."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pylib"))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

OUT = HERE.parent / "574_seventyeighth_year6_annual_review_family_voice_who_will_do_what_pdf.pdf"

ss = getSampleStyleSheet()
base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                    textColor=colors.HexColor("#2E5E3A"), spaceBefore=8, spaceAfter=3)
quote = ParagraphStyle("q", parent=base, fontName="Helvetica-Oblique", leftIndent=8 * mm)
cellb = ParagraphStyle("cb", parent=small, fontName="Helvetica-Bold")
GREEN = colors.HexColor("#DCEBDD")


def P(t, s=base):
    return Paragraph(t, s)


def header_footer(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(colors.HexColor("#2E5E3A"))
    c.drawString(18 * mm, 287 * mm, "Riverside Primary School")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.black)
    c.drawRightString(192 * mm, 287 * mm, "Annual Review of EHC Plan \u2013 Year 6 (phase transfer)")
    c.line(18 * mm, 285 * mm, 192 * mm, 285 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(18 * mm, 10 * mm, "CONFIDENTIAL \u2013 contains personal information. Do not forward outside the circulation list.")
    c.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


def grid(data, widths, head=True):
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), GREEN))
    t.setStyle(TableStyle(style))
    return t


story = []
story.append(P("Annual Review Meeting \u2013 Record", h1))
info = [
    [P("<b>Child / young person</b>", small), P("Kai R. (Year 6)   DOB: 03/2015   UPN held on file", small),
     P("<b>Date of meeting</b>", small), P("Tuesday 13 October 2026, 3.30pm", small)],
    [P("<b>Setting</b>", small), P("Riverside Primary School", small),
     P("<b>Review type</b>", small), P("Phase transfer (Year 6 to Year 7) \u2013 early review", small)],
    [P("<b>Chaired / written by</b>", small), P("Helen Brooks, SENCo", small),
     P("<b>EHC Plan dated</b>", small), P("Final plan 11/2023, last amended 12/2025", small)],
]
t = Table(info, colWidths=[32 * mm, 58 * mm, 30 * mm, 54 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), GREEN),
                       ("BACKGROUND", (2, 0), (2, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(t)

story.append(P("1. Who came", h2))
story.append(P("Kai (first 20 minutes, with his 1:1 Mrs Akhtar); Leanne R. (Mum); Marcus R. (Dad); "
               "Helen Brooks (SENCo, chair); Mr Tom Ellis (Year 6 class teacher); Hannah Reeve (Speech and Language "
               "Therapist, Westmoor Community Health); Jo Carter (SEND Officer, Westmoor Council SEND Team); "
               "Kerry Lang (Parent Champion, Westmoor Parent Carer Forum \u2013 at Mum\u2019s invitation). "
               "<br/>Advice received but not attending: David Lowe, Educational Psychologist (report dated 28/09/2026, "
               "circulated with the invitation). Mrs N. Khan (Headteacher) sent apologies."))

story.append(P("2. Kai\u2019s views", h2))
story.append(P("Kai chose to come to the start of the meeting and used his talking mat with Mrs Akhtar. "
               "We have written down what he said in his own words."))
for q in ["\u201cI like maths and I like Lego club. I don\u2019t like the hall at lunch because it\u2019s too loud and it echoes.\u201d",
          "\u201cBig school has bells. I don\u2019t want bells.\u201d",
          "\u201cI want to go to the one with the garden.\u201d (Oakfield Academy \u2013 he visited in July.)",
          "\u201cI will show the new teacher my calm box so they know.\u201d"]:
    story.append(P(q, quote))
story.append(Spacer(1, 3))
story.append(P("Kai left after 20 minutes and went back to class with Mrs Akhtar."))

story.append(P("3. What Mum and Dad told us", h2))
story.append(P("Mum and Dad wanted their views written in their words as far as possible."))
for q in ["Mum: \u201cWe\u2019ve looked at Westmoor High and Oakfield. Westmoor High is lovely but it\u2019s 1,600 kids. "
          "Oakfield is smaller and it\u2019s got the nurture base. We want Oakfield named. That\u2019s our preference and we want it "
          "on the record today.\u201d",
          "Mum: \u201cHe\u2019s only been once. I\u2019ll ring Oakfield myself and book another visit with Kai before half term, "
          "when it\u2019s a normal day, not an open evening.\u201d",
          "Dad: \u201cI work shifts so I can\u2019t do the visits, Leanne will. But I want to be copied into everything.\u201d",
          "Mum: \u201cThe OT thing \u2013 the GP already referred him in September. He\u2019s on the list. "
          "We don\u2019t need another referral, we need someone to tell us when.\u201d",
          "Dad: \u201cAnd the bus. We\u2019ll think about transport when we know the school. No point before.\u201d"]:
    story.append(P(q, quote))
    story.append(Spacer(1, 2))

story.append(P("4. What\u2019s working and what isn\u2019t", h2))
wk = [[P("<b>What\u2019s working</b>", small), P("<b>What isn\u2019t working / worries</b>", small)],
      [P("\u2022 Lunchtime Lego club (runs daily, continues).<br/>\u2022 Visual timetable and now/next board.<br/>"
         "\u2022 Small group maths \u2013 Kai is at age-related expectations in number.<br/>"
         "\u2022 1:1 support in the mornings; Kai now comes in without distress most days.", small),
       P("\u2022 Hall at lunchtime \u2013 noise; Kai eats in the library at present.<br/>"
         "\u2022 Writing stamina \u2013 below expected; fatigue after 10 minutes.<br/>"
         "\u2022 Sensory needs not yet assessed by OT (GP referral Sept 2026, on waiting list).<br/>"
         "\u2022 Worry about secondary: bells, corridors, changing rooms.", small)]]
story.append(grid(wk, [87 * mm, 87 * mm]))

story.append(P("5. Progress towards outcomes", h2))
oc = [[P("<b>Outcome (Section E)</b>", small), P("<b>Progress</b>", small), P("<b>Keep / change?</b>", small)],
      [P("E1 Kai will communicate when he needs a break using his card or words", small),
       P("Achieved in class; not yet at lunch or in assembly", small), P("Keep; add \u2018in new places\u2019", small)],
      [P("E2 Kai will write a short paragraph independently", small), P("Partly \u2013 3 sentences with word bank", small),
       P("Change \u2013 add use of laptop", small)],
      [P("E3 Kai will take part in a small group activity with peers", small), P("Achieved (Lego club, maths group)", small),
       P("Change \u2013 new secondary outcome (HR to draft)", small)]]
story.append(grid(oc, [80 * mm, 54 * mm, 40 * mm]))

story.append(P("6. Discussion and recommendations", h2))
story.append(P("Hannah Reeve (SaLT) said Kai\u2019s understanding of spoken language was now within the average range "
               "in quiet conditions but fell away in noise. She recommended that Section F keep the weekly SaLT-led group "
               "for the autumn and spring terms and that a new communication outcome be written for Year 7. Hannah will "
               "update her advice with the Year 7 outcomes by the end of November."))
story.append(P("Helen had planned to refer Kai to the Children\u2019s Occupational Therapy service for a sensory profile. "
               "Because the GP referral is already in (see Mum\u2019s comments), the meeting agreed there should not be a second "
               "referral. Instead Helen will email the OT service for an appointment date and share it with Mum and Dad, by "
               "the end of October."))
story.append(P("Jo Carter explained the phase transfer timetable: the local authority must issue the amended plan naming the "
               "secondary school by 15 February 2027. Jo said she would send the consultation to Oakfield Academy and to "
               "Westmoor High (as the catchment school) by Friday 6 November. Mum asked that the consultation make the family\u2019s "
               "preference for Oakfield clear, and Jo agreed."))
story.append(P("Mr Ellis said he would make a transition book with Kai, with photos of Oakfield, ready before February half term "
               "so it can go home for the half term break. Kerry Lang said she would send Mum the details of the Forum\u2019s "
               "secondary transfer workshop this week, and said Mum was also welcome to call the Forum\u2019s helpline at any time."))
story.append(P("The meeting recommended that the plan is amended (Sections B, E, F and I). The school will continue the "
               "lunchtime arrangements and the morning 1:1 in the meantime."))

story.append(P("7. Who will do what", h2))
ww = [[P("<b>What</b>", small), P("<b>Who</b>", small), P("<b>By when</b>", small)],
      [P("Send this record, the EP advice and the proposed amendments to the SEND Team (statutory)", small),
       P("Helen Brooks (SENCo)", small), P("Within 2 weeks of the meeting", small)],
      [P("Book a second visit to Oakfield with Kai", small), P("Mum", small), P("Before half term", small)],
      [P("Consult Oakfield Academy and Westmoor High", small), P("Jo Carter (SEND Team)", small), P("Fri 6 Nov", small)],
      [P("Update SaLT advice with Year 7 outcomes", small), P("Hannah Reeve (SaLT)", small), P("End of Nov", small)],
      [P("<strike>Refer Kai to OT for sensory profile</strike> \u2013 NOT NEEDED, GP referral already in (see 6)", small),
       P("<strike>Helen Brooks</strike>", small), P("\u2013", small)],
      [P("Email OT service for appointment date and pass it to Mum and Dad", small), P("Helen Brooks", small),
       P("End of Oct", small)],
      [P("Transition book with photos of Oakfield", small), P("Mr Ellis", small), P("Before Feb half term", small)],
      [P("Secondary transfer workshop details to Mum", small), P("Kerry (PCF)", small), P("This week", small)],
      [P("Lunchtime library arrangement and morning 1:1", small), P("School", small), P("Ongoing", small)]]
story.append(grid(ww, [98 * mm, 42 * mm, 34 * mm]))
story.append(Spacer(1, 6))
story.append(P("Westmoor school term dates 2026/27: autumn half term Mon 26 \u2013 Fri 30 October 2026; spring half term "
               "Mon 15 \u2013 Fri 19 February 2027.", small))
story.append(Spacer(1, 6))
story.append(P("Record completed by H. Brooks, SENCo, 14/10/2026. Copy to: parents; SEND Team (Jo Carter); Hannah Reeve; "
               "D. Lowe (EP); Kerry Lang (with parents\u2019 consent); school file.", small))

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                        bottomMargin=16 * mm, title="Annual Review Record - Kai R - Y6", author="H Brooks")
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
print("wrote", OUT)
