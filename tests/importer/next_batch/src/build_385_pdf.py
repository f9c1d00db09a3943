import sys
sys.path.insert(0, "/tmp/b51_pylib")
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

W, H = landscape(A4)
ss = getSampleStyleSheet()
cell = ParagraphStyle("cell", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=13)
small = ParagraphStyle("small", parent=cell, fontSize=8.5, leading=11)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, textColor=colors.HexColor("#005EB8"))
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=11)

def furniture(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
    c.drawString(15*mm, H-10*mm, "Westmoor Community Health NHS Trust")
    c.drawRightString(W-15*mm, H-10*mm, "Board of Directors (Public) - 1 July 2027 - Agenda item 3.1")
    c.drawString(15*mm, 8*mm, "Draft minutes of the meeting held in public on 3 June 2027 - subject to approval")
    c.drawCentredString(W/2, 8*mm, "OFFICIAL")
    c.drawRightString(W-15*mm, 8*mm, f"Page {d.page + 8} of 142")
    c.restoreState()

doc = BaseDocTemplate(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "385_fiftyfirst_trust_board_paper_actions_arising_appendix.pdf"), pagesize=landscape(A4),
                      leftMargin=15*mm, rightMargin=15*mm, topMargin=16*mm, bottomMargin=15*mm,
                      title="Board of Directors (Public) 1 July 2027 - Item 3.1 Appendix 1", author="Trust Secretariat")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=furniture)])

story = [
 Paragraph("Appendix 1: Actions arising from the Board meeting held in public on 3 June 2027, and open actions from previous meetings", h1),
 Paragraph("Status key: <b>C</b> = complete, proposed for closure; <b>O</b> = open, on track; <b>R</b> = open, revised date (Board approval of revised date recorded in minute 27/118); <b>W</b> = withdrawn. "
           "Completed actions are removed from the log once the Board has approved closure.", body),
 Spacer(1, 4*mm),
]
cols = ["Ref", "Meeting", "Minute", "Action", "Lead", "Due", "Update (as at 24 June 2027)", "Status"]
rows = [
 ["PB/27/041", "01/04/2027", "27/061", "Present a revised SEND health advice compliance trajectory to the Board", "Chief Nurse", "June 2027",
  "Presented at item 9 on 3 June 2027. Board assured. Propose closure.", "C"],
 ["PB/27/044", "01/04/2027", "27/064", "Children's therapies waiting list deep dive to be taken to Quality Committee and reported to Board via the committee chair's report", "Head of Children's Therapies (GA)", "Sep 2027 QC (was Jul 2027)",
  "Deferred to the September Quality Committee at the request of the committee chair, so that Q1 validated data can be included.", "R"],
 ["PB/27/049", "06/05/2027", "27/088", "Undertake review of transition from children's to adult community services for young people with a learning disability", "Director of Operations", "29/10/2027 (was 03/06/2027)",
  "Scoping complete. Fieldwork delayed by vacancy in the transitions nurse post. Revised date approved 3 June.", "R"],
 ["PB/27/050", "06/05/2027", "27/091", "Commission external review of the children's wheelchair service", "Director of Strategy", "30/09/2027",
  "Withdrawn - superseded by the ICB-led system review of wheelchair services, which will report to the ICB Board in the autumn.", "W"],
 ["PB/27/058", "03/06/2027", "27/112", "Provide the Board with a breakdown of complaints relating to the neurodevelopmental assessment pathway by locality and age band", "Dr A Patel / Medical Director", "30/07/2027",
  "", "O"],
 ["PB/27/059", "03/06/2027", "27/114", "Arrange a Board development session on SEND statutory duties, jointly delivered with the Local Authority Head of SEND", "Trust Secretary", "30/09/2027",
  "Provisional date offered by LA for September development day.", "O"],
 ["PB/27/060", "03/06/2027", "27/114", "Write to the ICB Designated Clinical Officer confirming the Trust's position on the six-week turnaround for EHC health advice", "Chief Executive", "17/06/2027",
  "Letter drafted; awaiting sign-off following Executive Team on 28 June.", "O"],
 ["PB/27/061", "03/06/2027", "27/117", "Include staff survey results for children's services, including vacancy and turnover data for therapies, in the Integrated Performance Report", "Director of People", "Next meeting",
  "", "O"],
 ["PB/27/062", "03/06/2027", "27/119", "Board approved the revised Freedom to Speak Up policy", "-", "-",
  "Decision recorded for completeness - no action.", "C"],
]
data = [[Paragraph(c, cellb) for c in cols]] + [[Paragraph(v, small if j < 3 else cell) for j, v in enumerate(r)] for r in rows]
tbl = Table(data, colWidths=[21*mm, 22*mm, 15*mm, 66*mm, 34*mm, 26*mm, 67*mm, 16*mm], repeatRows=1)
style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
         ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
for i, r in enumerate(rows, 1):
    col = {"C": "#C6EFCE", "O": "#FFFFFF", "R": "#FFE699", "W": "#D9D9D9"}[r[-1]]
    style.append(("BACKGROUND", (-1, i), (-1, i), colors.HexColor(col)))
tbl.setStyle(TableStyle(style))
story.append(tbl)
story.append(Spacer(1, 5*mm))
story.append(Paragraph("Actions closed at the previous meeting (PB/27/012, PB/27/030, PB/27/038) have been removed from this log in line with the Board's standing orders.", body))
doc.build(story)
