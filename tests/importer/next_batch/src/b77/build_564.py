import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

OUT = os.path.join(os.path.dirname(HERE), "564_seventyseventh_dco_network_minutes_pdf_narrow_action_cells_wrapped_dates.pdf")
W, H = A4
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10, spaceBefore=8, spaceAfter=3,
                    textColor=colors.HexColor("#005eb8"))
cell = ParagraphStyle("c", parent=body, fontSize=8, leading=9.6, spaceAfter=0)
cellh = ParagraphStyle("ch", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)


def deco(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#005eb8"))
    c.rect(W - 48 * mm, H - 16 * mm, 34 * mm, 9 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W - 31 * mm, H - 13 * mm, "NHS")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(16 * mm, H - 12 * mm, "NHS Westmoor Integrated Care Board")
    c.drawString(16 * mm, 10 * mm, "DCO/DMO Network minutes 19.11.26 v0.2 - not for onward circulation without agreement of the chair")
    c.drawRightString(W - 16 * mm, 10 * mm, "%d" % d.page)
    c.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=22 * mm,
                        bottomMargin=18 * mm, title="DCO DMO network 19 November 2026", author="Jade Morris")
s = []
s.append(Paragraph("<b>Westmoor &amp; Borders Designated Clinical / Medical Officer (DCO/DMO) Network</b>",
                   ParagraphStyle("t", parent=body, fontSize=13, leading=16)))
s.append(Paragraph("Thursday 19 November 2026, 13:30 - 15:30, MS Teams", body))
s.append(Spacer(1, 3))
s.append(Paragraph("<b>Present:</b> Yusuf Okafor (YO) DCO Westmoor ICB - Chair; Fiona McLeod (FM) DCO Ashbrook; "
                   "Dr Kwame Asante (KA) DMO Northvale; Bernadette Quinn (BQ) DCO Eastfield; Rachel Dunn (RD) "
                   "Regional SEND Lead, NHS England; Dr Anita Patel (APa) Consultant Community Paediatrician, Westmoor; "
                   "Grace Adeyemi (GA) Head of Children's Therapies, Westmoor CHT.<br/>"
                   "<b>Notes:</b> Jade Morris (JM) ICB Business Support. <b>Apologies:</b> Sunil Varma (DCO Lowfield) - "
                   "written update received.", body))

items = [
    ("1. Welcome, apologies, minutes of 17 September 2026",
     ["Minutes agreed. YO welcomed KA, who has increased to 0.6 WTE as DMO for Northvale."]),
    ("2. Action log",
     ["Reviewed - all three September actions closed (see log below). RD confirmed the NHSE regional SEND meeting "
      "has been set for 26 January 2027."]),
    ("3. Quality of health advice for EHC needs assessments",
     ["YO shared the results of the Westmoor audit of 60 health advices: 38% rated good, with the main weaknesses being "
      "outcomes that are not specific and provision described as 'access to' rather than what, who and how often. "
      "Ashbrook and Eastfield have seen the same. Members agreed it makes sense to use one audit tool across the "
      "network so results can be compared. Action 11/01.",
      "Discussion about whether the tool should include therapy advice as well as medical advice - agreed yes, with GA "
      "to be consulted on the therapy domains as part of the comments round."]),
    ("4. Health input to annual reviews",
     ["FM described the Ashbrook template which asks the health professional to say whether the health provision in "
      "the plan is still right, and flags where nobody health-side has seen the child in 12 months. Members were keen "
      "to see it. Action 11/02."]),
    ("5. Timeliness of health advice",
     ["APa reported that community paediatrics is at 71% for returning advice within the six weeks. A lot of the "
      "late returns are from clinicians who are not clear when the clock starts. A short guide for clinicians "
      "would help. Action 11/03."]),
    ("6. NHS England update",
     ["RD presented the regional DCO survey. Two of the nine areas in the region currently have no funded DCO time; "
      "one is covered informally by a named nurse. Members felt strongly that this needs to go higher. Action 11/04.",
      "NHSE expect to publish the revised DCO handbook in spring 2027 and will consult the network on the draft."]),
    ("7. Health provision in section G - NHSE data request",
     ["NHSE have asked ICBs for a snapshot of how many plans name a specific therapy provision in section G. GA "
      "explained that the Trust cannot currently pull this from its clinical system without a manual count. "
      "Action 11/05. The Westmoor return itself goes to NHSE through the ICB performance team as part of routine "
      "quarterly reporting."]),
    ("8. Round robin",
     ["<b>Northvale</b> (KA) - second DMO sessions start in January; ND waiting list 14 months. "
      "<b>Eastfield</b> (BQ) - expecting their area SEND inspection any time; self-evaluation refreshed in October. "
      "BQ is happy to share Eastfield's SEF with anyone who wants it - nobody asked for it today. "
      "<b>Lowfield</b> (written) - DCO post out to advert again. "
      "<b>Westmoor</b> (YO) - ND recovery funding agreed for Q4; DCO bulletin to SENCos going out monthly."]),
    ("9. AOB",
     ["Several members asked for somewhere to share documents between meetings rather than email. Action 11/06.",
      "Next meeting: Thursday 21 January 2027, 13:30 - 15:30, Teams."]),
]
for title, paras in items:
    s.append(Paragraph(title, hd))
    for p in paras:
        s.append(Paragraph(p, body))

s.append(Spacer(1, 6))
s.append(Paragraph("ACTION LOG", hd))
hdr = ["No.", "Date raised", "Action", "Owner", "Due", "Update / comments", "Status"]
rows = [
    ["09/01", "17/09/26", "YO to write to ICB Chief Nurses across the region about DCO capacity and the lack of "
     "cover for sickness/leave", "YO", "October 2026", "Letter sent 03/10/26. Two replies received.", "Closed"],
    ["09/02", "17/09/26", "KA to share the Northvale DMO job description and job plan with the network", "KA",
     "Next meeting", "Shared by email 02/10/26.", "Closed"],
    ["09/03", "17/09/26", "RD to confirm date of the NHSE regional SEND meeting", "RD", "Next meeting",
     "26 January 2027 confirmed.", "Closed"],
    ["11/01", "19/11/26", "Circulate the draft health advice QA audit tool (medical and therapy domains) to all "
     "DCOs/DMOs and GA for comment, with a view to agreeing a single network version in January", "YO",
     "Friday 4 December 2026", "", "Open"],
    ["11/02", "19/11/26", "Share the Ashbrook annual review health input template and the covering guidance for "
     "clinicians with network members", "FM", "Before next network meeting (21 January 2027)", "", "Open"],
    ["11/03", "19/11/26", "Draft a one-page guide for community paediatric clinicians on the six-week timescale for "
     "EHC needs assessment advice, including when the clock starts and who to tell if it will be late", "APa",
     "End of December 2026", "", "Open"],
    ["11/04", "19/11/26", "Raise the two areas with no funded DCO time at the NHSE regional SEND meeting and report "
     "back to the network", "RD", "NHSE regional SEND meeting 26 January 2027", "", "Open"],
    ["11/05", "19/11/26", "Confirm the therapies position on the NHSE section G data request (whether a count is "
     "possible and by when) to YO", "GA", "11 December 2026", "", "Open"],
    ["11/06", "19/11/26", "Set up a shared MS Teams channel for the network and add all members", "JM", "ASAP", "",
     "Open"],
]
data = [[Paragraph(x, cellh) for x in hdr]] + [[Paragraph(x, cell) for x in r] for r in rows]
t = Table(data, colWidths=[11 * mm, 15 * mm, 44 * mm, 13 * mm, 17 * mm, 58 * mm, 15 * mm], repeatRows=1)
sty = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005eb8")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
for i, r in enumerate(rows, start=1):
    col = colors.HexColor("#c6efce") if r[-1] == "Closed" else colors.HexColor("#ffeb9c")
    sty.append(("BACKGROUND", (6, i), (6, i), col))
t.setStyle(TableStyle(sty))
s.append(t)
doc.build(s, onFirstPage=deco, onLaterPages=deco)
print("wrote", OUT)
