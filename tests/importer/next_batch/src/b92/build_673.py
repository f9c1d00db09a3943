"""Builds 673: SEND data and dashboards workstream, note of meeting exported to PDF (.pdf)."""
import sys
sys.path.insert(0, "/tmp/b92/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = "/tmp/b92/673_ninetysecond_data_dashboards_workstream_note.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
C = ParagraphStyle("c", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=4)
T = ParagraphStyle("t", parent=N, fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=colors.HexColor("#00594f"))

def tbl(rows, widths):
    data = [[Paragraph(str(x), C) for x in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ece9")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t

story = [
    Paragraph("SEND Data and Dashboards Workstream", T),
    Paragraph("Note of meeting held Wednesday 8 December 2027, 1.00pm – 2.30pm, Committee Room 3 and Teams", N),
    Paragraph("<b>Present:</b> Liam Porter (LP, lead and note), Mary Walker (MW), Yusuf Okafor (YO), Tom Evans (TE), "
              "Sarah Khan (SKh), Ruth Hill (RH), Imran Siddiqui (ICB Business Intelligence, item 3)", N),
    Paragraph("<b>Apologies:</b> David Lowe, Claire Dunmore (question sent in advance – item 4)", N),

    Paragraph("1. Actions carried forward from 13 October", H),
    tbl([["Ref", "Action", "Owner", "Status"],
         ["4.1", "Add tribunal outcomes to the quarterly pack", "LP", "Complete – in the Q2 pack"],
         ["4.2", "Confirm Board members' Power BI licences", "RH", "Complete"],
         ["4.3", "Build annual review completion measure", "LP", "Open – case system field not populated until the November upgrade. See actions."],
         ["4.4", "Share ICB therapy waits extract", "YO", "Complete – monthly from November"]],
        [1.2 * cm, 8 * cm, 1.6 * cm, 6.2 * cm]),

    Paragraph("2. Dashboard v2 – first look", H),
    Paragraph("LP demonstrated the draft v2 dashboard. New this version: stage-by-stage EHCP timeliness, therapy waits tab, "
              "part-time timetable counts. The 20-week rate for November was 52% (rolling 12 months 47%). "
              "Members noted the improvement but also that transfers-in from other authorities are being counted twice in the "
              "new plans figure, which overstates demand by about 6%. LP to fix before the figures go anywhere.", N),
    Paragraph("The group agreed the RAG thresholds as proposed in the paper (green 60%+, amber 45–59%, red below 45%). "
              "This was a decision; no further work needed.", N),
    Paragraph("TE asked for a parent-friendly version – fewer measures, plain labels, no jargon. Everyone liked the idea; "
              "Liam agreed to mock one up for the next meeting so the PCF can react to something concrete.", N),

    Paragraph("3. ICB data", H),
    Paragraph("Imran explained that the ICB BI team is building its own children's community health dashboard for ICB boards; "
              "that is the ICB's work and will be shared with us when ready (spring). Our data sharing agreement is still waiting for "
              "the ICB Caldicott Guardian – YO to chase, no date as it is out of his hands.", N),

    Paragraph("4. Questions in advance", H),
    Paragraph("Claire Dunmore asked whether SENDIASS enquiry numbers could go on the dashboard. Answer: yes, they are already on the "
              "'Voice' tab from v2. (Answered.)", N),
    Paragraph("TE proposed publishing school-level part-time timetable numbers. Not agreed – numbers in some schools are small enough to "
              "identify children. Will revisit if we move to trust-level figures.", N),

    Paragraph("5. Voice of young people", H),
    Paragraph("SKh said the Youth Forum want their survey results shown alongside the numbers. Sarah Khan will add the young people's survey "
              "questions to the data specification before we break up (17th).", N),

    Paragraph("6. Which measures go to the Partnership Board", H),
    Paragraph("Too many measures for the Board. MW to confirm which measures go to the Board (max 8) by 7 January. "
              "RH will set up access for Board members once the list is confirmed.", N),

    Paragraph("Actions from this meeting", H),
    tbl([["No.", "Action", "Owner", "Due"],
         ["1", "Fix double counting of transfers-in in new plans figure", "LP", "17 Dec"],
         ["2", "Agree RAG thresholds", "All", "Done – agreed at meeting"],
         ["3", "Chase ICB sign-off of the data sharing agreement", "YO", "–"],
         ["4", "Confirm Board measures (max 8)", "MW", "7 Jan"],
         ["5", "Set up dashboard access for Board members", "RH", "Ready for Board 19 Jan"],
         ["6", "Annual review completion measure (c/f 4.3)", "LP", "New date 31 Jan"]],
        [1.2 * cm, 8 * cm, 1.6 * cm, 6.2 * cm]),
    Spacer(1, 8),
    Paragraph("Next meeting: Wednesday 9 February 2028, 1.00pm, Teams.", N),
]
SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                  title="SEND Data and Dashboards Workstream – note 8 Dec 2027", author="Liam Porter").build(story)
print("wrote", OUT)
