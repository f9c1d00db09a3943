"""Builds 539: Local Area SEND Assurance Board minutes, landscape PDF grid (item | discussion | decisions | actions)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pylib"))
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

OUT = HERE.parent / "539_seventythird_send_assurance_board_landscape_pdf_four_column_grid.pdf"
TEAL = colors.HexColor("#00697A")
base = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.2, spaceAfter=3)
cellb = ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold")
head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", textColor=colors.white)
title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=TEAL)


def furniture(c, d):
    w, h = landscape(A4)
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, h - 14 * mm, w, 14 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(15 * mm, h - 9 * mm, "Westmoor Council  |  Children’s Services")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(w - 15 * mm, h - 9 * mm, "OFFICIAL – not for onward circulation until approved")
    c.setFillColor(colors.grey)
    c.setFont("Helvetica", 7.5)
    c.drawString(15 * mm, 8 * mm, "Local Area SEND Assurance Board – 21.04.27 – minutes v1.0 (draft)    Template CS-GOV-03 rev 2024")
    c.drawRightString(w - 15 * mm, 8 * mm, f"Page {d.page}")
    c.restoreState()


def P(t, s=base):
    return Paragraph(t, s)


story = [
    P("Local Area SEND Assurance Board", title),
    P("<b>Date:</b> Wednesday 21 April 2027 &nbsp;&nbsp; <b>Time:</b> 13:30 – 15:30 &nbsp;&nbsp; <b>Venue:</b> Westmoor House, Room 2.03 / Teams", base),
    P("<b>Chair:</b> James Whitfield (JW), Assistant Director SEND and Inclusion. <b>Present:</b> Mary Walker (MW), Yusuf Okafor (YO, ICB), "
      "Liam Porter (LP), Owen Reid (OR), Sarah Khan (SKh), Sarah Kent (SKe), Claire Dunmore (CD, SENDIASS), Kerry Lang (KL, PCF), "
      "Dr Anita Patel (AnP, WCHT). <b>Notes:</b> Ruth Hill. <b>Apologies:</b> Priya Shah, Tom Evans, Grace Adeyemi.", base),
    Spacer(1, 3 * mm),
]

rows = [
    ["Agenda item", "Key discussion points", "Decisions / outcomes", "Actions (who / when)"],
    ["1. Welcome and apologies",
     "JW welcomed members. Apologies noted as above. KL attending in place of TE for the PCF.",
     "–", "–"],
    ["2. Minutes and action tracker (17 March)",
     "Minutes agreed. All eight actions on the tracker from 17 March are complete and closed – including the revised "
     "SEF timetable (MW) and the ND pathway consultation response (YO), which was submitted on 9 April.",
     "Minutes approved.", "–"],
    ["3. Inspection readiness – SEF and data annex",
     "JW reminded members the area SEND inspection could be announced at any point from now. Ofsted and CQC have "
     "confirmed that the revised framework will apply from September 2027. MW took members through SEF narrative v2. "
     "LP said the data annex still uses Q3 figures and needs refreshing with the Q4 return. JW asked all members to read "
     "the SEF narrative and send comments to SKh by 5 May. SKh will pull the comments together into a v3 for the May Board. "
     "CD said she would be happy to provide SENDIASS case examples for the SEF if needed; JW said not at this stage.",
     "SEF v2 accepted as the working draft.",
     "LP – refresh SEF data annex with Q4 figures – Fri 7 May\n\nSKh – v3 of SEF narrative – May Board"],
    ["4. Local Area Inclusion Plan – priority leads",
     "Six LAIP priorities were agreed in January but two still do not have a named lead (priority 4, health and "
     "wellbeing; priority 6, sufficiency). Discussion about whether the ICB should lead priority 4.",
     "ICB to co-lead priority 4 with the Council (agreed by YO).",
     "MW – confirm named leads for all six LAIP priorities – end of month"],
    ["5. Paediatric audiology",
     "AnP described the impact of the audiology vacancy: hearing assessments for EHC needs assessments now waiting up to "
     "14 weeks. The Trust has gone out to advert again and is exploring a locum through its own agency framework. It was "
     "agreed that YO would meet the Trust’s paediatric audiology lead and report back at the May Board (19 May) on a "
     "recovery plan.",
     "Risk to be escalated to the Health and Wellbeing Board via the Director of Public Health’s report.",
     "–"],
    ["6. Graduated approach toolkit",
     "SKe presented the final toolkit. Headteacher and SENCo feedback included. Launch briefings for SENCos are "
     "already booked for 10 and 17 June.",
     "Agreed: revised graduated approach toolkit adopted from September 2027.",
     "–"],
    ["7. Preparing for Adulthood",
     "OR reported on the new Year 9 ‘next steps’ family sessions. Schools have asked for these to be run in the "
     "evening. KL said parents in the PCF would welcome them and the Forum could help promote them.",
     "–",
     "OR – run first Y9 PfA next steps session for families – by end of June"],
    ["8. Local Offer – parent review",
     "LP reported web analytics: the most-visited Local Offer pages are transport, EHCP process and short breaks. "
     "KL said the PCF would like to review those pages with parents. Kerry Lang will recruit up to six parent reviewers "
     "for the Local Offer pages by 14 May; the review itself will be arranged with the Local Offer team.",
     "–", "–"],
    ["9. AOB",
     "CD – SENDIASS has moved to the Castle Lane Hub; new phone number on the website. "
     "Next meeting: Wednesday 19 May 2027, 13:30.",
     "–", "–"],
]
data = [[P(c, head) for c in rows[0]]]
for r in rows[1:]:
    data.append([P(r[0], cellb), P(r[1]), P(r[2]), P(r[3].replace("\n", "<br/>"))])
t = Table(data, colWidths=[42 * mm, 122 * mm, 55 * mm, 48 * mm], repeatRows=1)
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
    ("BACKGROUND", (0, 0), (-1, 0), TEAL),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF5F6")]),
]))
story.append(t)

SimpleDocTemplate(str(OUT), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                  topMargin=20 * mm, bottomMargin=15 * mm, title="SEND Assurance Board 21 April 2027").build(
    story, onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
