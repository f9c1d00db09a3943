import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "pylib"))
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

OUT = os.path.join(os.path.dirname(HERE), "567_seventyseventh_therapies_programme_board_slides_pdf_next_steps_slide.pdf")
W, H = 960, 540
TEAL = colors.HexColor("#00746b")
c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle("Therapies Transformation Programme Board 5 Oct 2027 - slides")
c.setAuthor("Grace Adeyemi")
n = [0]
cellst = ParagraphStyle("c", fontName="Helvetica", fontSize=13, leading=16)
cellh = ParagraphStyle("ch", parent=cellst, fontName="Helvetica-Bold", textColor=colors.white)
bst = ParagraphStyle("b", fontName="Helvetica", fontSize=17, leading=23)


def slide(title):
    n[0] += 1
    c.setFillColor(TEAL)
    c.rect(0, H - 78, W, 78, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 28)
    c.drawString(40, H - 52, title)
    c.setFillColor(colors.HexColor("#666666"))
    c.setFont("Helvetica", 10)
    c.drawString(40, 18, "Children's Therapies Transformation Programme  |  Programme Board 5 October 2027  |  OFFICIAL")
    c.drawRightString(W - 30, 18, str(n[0]))


def bullets(items, x=50, y=H - 110, w=860):
    for it in items:
        if isinstance(it, tuple):
            txt, lvl = it
        else:
            txt, lvl = it, 0
        p = Paragraph(("\u2022 " if lvl == 0 else "\u2013 ") + txt,
                      ParagraphStyle("x", parent=bst, fontSize=17 - 3 * lvl, leading=23 - 4 * lvl, leftIndent=0))
        _, hh = p.wrap(w - 30 * lvl, H)
        p.drawOn(c, x + 30 * lvl, y - hh)
        y -= hh + 8
    return y


def table(rows, widths, x=40, y=H - 100, hdr=TEAL, extra=()):
    data = [[Paragraph(str(v), cellh if i == 0 else cellst) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hdr), ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#bbbbbb")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)] + list(extra)))
    _, hh = t.wrap(W, H)
    t.drawOn(c, x, y - hh)
    return y - hh


# 1 title
n[0] += 1
c.setFillColor(TEAL)
c.rect(0, 0, W, H, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 40)
c.drawString(60, 330, "Children's Therapies")
c.drawString(60, 282, "Transformation Programme Board")
c.setFont("Helvetica", 22)
c.drawString(60, 230, "Tuesday 5 October 2027  \u2022  10:00 - 11:30  \u2022  MS Teams")
c.setFont("Helvetica", 14)
c.drawString(60, 190, "Westmoor Community Health NHS Trust with NHS Westmoor ICB and Westmoor Council")
c.setFont("Helvetica-Oblique", 12)
c.drawString(60, 80, "Version 2 - slide 8 updated after the meeting with the agreed next steps (GA, 07/10/27)")
c.showPage()

slide("Agenda")
bullets(["Welcome and notes of 6 July board (Grace Adeyemi, Chair)",
         "Waiting times dashboard - September position",
         "Workstream highlight reports",
         "Risks and issues",
         "Update on next steps from July",
         "Decisions: SALT referral criteria; school-based triage pilot",
         "Agreed next steps and close"])
c.showPage()

slide("Waiting times - September 2027")
table([["Service", "Children waiting", "Longest wait (weeks)", "Seen within 18 weeks", "Trend"],
       ["Speech and language therapy", "1,126", "61", "48%", "\u2193 improving"],
       ["Occupational therapy", "684", "74", "39%", "\u2192 static"],
       ["Physiotherapy", "212", "22", "91%", "\u2192 static"],
       ["Sensory processing (OT)", "403", "96", "12%", "\u2191 worsening"]],
      [290, 150, 170, 170, 120], y=H - 110)
c.setFont("Helvetica-Oblique", 12)
c.setFillColor(colors.black)
c.drawString(40, 150, "Source: Trust PAS extract 30/09/27. SALT list validated in August (142 children removed - discharged or moved away).")
c.showPage()

slide("Workstream highlights")
table([["Workstream", "Lead", "RAG", "Since July"],
       ["1. Waiting well offer", "Trust / PCF", "AMBER", "Drop-in advice sessions running weekly in two family hubs since September"],
       ["2. School-based SALT triage", "Trust / schools", "GREEN", "Model agreed with Riverside cluster SENCos; 3 schools identified"],
       ["3. Sensory processing pathway", "Trust / ICB", "RED", "No funded pathway; business case drafted, needs ICB investment decision"],
       ["4. Workforce", "Trust", "AMBER", "2 x Band 6 SLT recruitment under way (adverts closed 24/09); agency cover extended"]],
      [260, 150, 80, 390], y=H - 110,
      extra=[("BACKGROUND", (2, 1), (2, 1), colors.HexColor("#ffc000")), ("BACKGROUND", (2, 2), (2, 2), colors.HexColor("#92d050")),
             ("BACKGROUND", (2, 3), (2, 3), colors.HexColor("#ff5050")), ("BACKGROUND", (2, 4), (2, 4), colors.HexColor("#ffc000"))])
c.showPage()

slide("Risks and issues")
bullets(["Sensory waits now 96 weeks - complaints and tribunal risk rising",
         ("Mitigation: sensory advice sheets on Local Offer; OT drop-ins in family hubs (in place)", 1),
         "Agency SLT cover ends 31 March 2028",
         ("Mitigation: permanent recruitment under way; cover extended to March", 1),
         "Therapy advice for EHC needs assessments: 58% returned within 6 weeks",
         ("Mitigation: joint template with SEND team (see next steps)", 1),
         "ICB investment panel timetable may slip to January"])
c.showPage()

slide("Next steps from July board - update")
table([["July next step", "Who", "Update"],
       ["Validate SALT waiting list", "Trust SALT lead", "\u2713 Done - August"],
       ["Draft sensory pathway business case", "Grace A", "\u2713 Done - draft to this board"],
       ["Set up OT drop-ins in two family hubs", "Trust OT lead", "\u2713 Done - running since 6 Sept"],
       ["Parent reps to join programme board", "Tom E (PCF)", "\u2713 Done - Priya Mistry joined Sept"],
       ["Monthly data sharing agreement with council", "Liam P / IG", "\u2713 Signed 14/09"],
       ["Options paper on triage in secondary schools", "Trust", "\u2717 Superseded - primary pilot first"]],
      [420, 200, 260], y=H - 105)
c.showPage()

slide("Decisions")
bullets(["Revised SALT referral criteria (paper 4) \u2013 APPROVED, to take effect 1 November",
         "Pilot of school-based SALT triage in 3 Riverside cluster primary schools \u2013 AGREED",
         "Sensory pathway business case \u2013 board SUPPORTED the case going to ICB investment panel",
         "Request to extend programme to 16-25 (college therapy) \u2013 NOT AGREED for now; revisit in 2028/29 planning"])
c.showPage()

slide("Next steps (agreed at the meeting)")
table([["What", "Who", "When"],
       ["Submit the sensory processing pathway business case to the ICB Investment Panel", "Grace A", "29 Oct"],
       ["Agree therapy advice template for EHC needs assessments with the SEND team", "Yusuf O (with Mary W)", "By Oct half term"],
       ["Build monthly waiting list dashboard with EHCP data linked in", "Liam P", "Nov board"],
       ["Run a PCF survey of families currently waiting ('what helps while you wait?')", "Tom E (PCF)", "Launch 1 Nov"],
       ["Start school-based SALT triage pilot in the 3 Riverside cluster schools", "Helen B + Trust SALT lead", "End of term (17 Dec)"],
       ["Publish 'waiting well' page on the Local Offer", "ICB comms", "TBC"]],
      [540, 200, 140], y=H - 100)
c.setFont("Helvetica-Oblique", 11)
c.setFillColor(colors.HexColor("#444444"))
c.drawString(40, 45, "Recruitment and agency cover are in the workforce workstream plan and are not repeated here.")
c.showPage()

slide("Next meeting")
bullets(["Tuesday 2 November 2027, 10:00 - 11:30, MS Teams",
         "Main item: sensory pathway - ICB investment panel outcome (if known)",
         "Questions or comments to the programme inbox: wcht.therapiesprogramme@nhs.net"])
c.showPage()

slide("Appendix - glossary")
bullets(["SALT - speech and language therapy; OT - occupational therapy",
         "PAS - patient administration system; RAG - red / amber / green",
         "PCF - Westmoor Parent Carer Forum; ICB - Integrated Care Board",
         "EHC - education, health and care (needs assessment / plan)"])
c.showPage()
c.save()
print("wrote", OUT)
