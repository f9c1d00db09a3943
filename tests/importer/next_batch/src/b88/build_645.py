"""645: Excel priority action plan printed to PDF, columns spilling onto a second page (print titles repeat Ref)."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/b88/pylib")
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, PageBreak, Spacer

OUT = Path("/tmp/b88"); STEM = "645_eightyeighth_action_plan_print_spill"
st = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
sb = ParagraphStyle("b", parent=st, fontName="Helvetica-Bold")
P = lambda t, s=st: Paragraph(t, s)

rows = [  # ref, priority, action, owner, support, due, rag, update
    ("P1.1", "Sufficiency", "Publish the refreshed SEND sufficiency plan", "AD SEND", "Head of SEND", "31-Dec-27", "A",
     "Draft with CMT 24/11. On track for Dec."),
    ("P1.2", "Sufficiency", "Embed the EHCP quality assurance framework", "PEP", "Head of SEND", "Q3", "B",
     "Complete - QA framework live from 1 Oct. Closed at Board 17/11."),
    ("P2.1", "Health", "Jointly commissioned SALT offer for secondary schools", "DCO", "Head of Therapies", "Q4", "A",
     "Revised to 31/03/28 - agreed by ICB Exec. Board noted."),
    ("P2.2", "Transport", "Scrutiny review of home to school transport for SEND", "Scrutiny Cttee", "Head of Transport", "Jan-28", "-",
     "For info - led by CYP Scrutiny (Cllr Jones). Not a PAP action; remove at next version."),
    ("P3.1", "Inclusion", "Roll out the ordinarily available provision guidance to all schools", "DoE", "SIAs", "Spring term 2028", "G",
     "Launch event moved to 20 Jan 2028 (Riverside hall)."),
    ("P3.2", "Inclusion", "Alternative provision review", "DoE", "", "Sep-27", "B", "Complete - report to Sept Board."),
    ("P4.1", "Communication", "Parent carer survey on communication with the SEND team", "PCF", "Participation Officer", "28/02/28", "G",
     "Questions co-designed. Survey opens Jan."),
    ("P4.2", "Data", "Produce the quarterly SEND dashboard for Board and scrutiny", "LP", "", "ongoing (quarterly)", "G",
     "Q2 dashboard presented 17/11."),
    ("P4.3", "Data", "Replace EHCP case management system", "IT / Head of SEND", "", "Mar-27", "Closed",
     "Superseded by corporate IT programme - closed."),
]

def page1():
    data = [[P("Ref", sb), P("Priority", sb), P("Action", sb), P("Owner", sb), P("Support", sb)]]
    data += [[P(r[0]), P(r[1]), P(r[2]), P(r[3]), P(r[4])] for r in rows]
    data += [["", "", "", "", ""],
             [P("", st), P("<b>NOTES</b>", st), P("New action from Board 17/11 (RH to add as P1.3 in v13):", st), "", ""],
             ["", "", P("Short breaks statement review - MW to bring revised statement by Jan Board", st), "", ""],
             ["", "", P("Next Board: Wednesday 19 January 2028", st), "", ""]]
    t = Table(data, colWidths=[40, 80, 330, 110, 120], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, len(rows)), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t

def page2():
    data = [[P("Ref", sb), P("Due", sb), P("RAG", sb), P("Update (Board 17/11/27)", sb)]]
    ragc = {"A": "#FFC000", "G": "#92D050", "B": "#9BC2E6", "Closed": "#BFBFBF", "-": "#FFFFFF"}
    data += [[P(r[0]), P(r[5]), P(r[6]), P(r[7])] for r in rows]
    t = Table(data, colWidths=[40, 95, 45, 400], repeatRows=1)
    sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
           ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, r in enumerate(rows, 1):
        sty.append(("BACKGROUND", (2, i), (2, i), colors.HexColor(ragc[r[6]])))
    t.setStyle(TableStyle(sty))
    return t

def deco(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    w, h = landscape(A4)
    c.drawCentredString(w / 2, h - 25, "Westmoor SEND Partnership - Priority Action Plan: monitoring")
    c.drawString(30, 20, "SEND_PAP_monitoring_v12_Nov27.xlsx")
    c.drawCentredString(w / 2, 20, f"Page {d.page} of 2")
    c.drawRightString(w - 30, 20, "Printed 18/11/2027 09:41")
    c.restoreState()

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40,
                        title="SEND_PAP_monitoring_v12_Nov27", author="rhill")
doc.build([page1(), PageBreak(), page2()], onFirstPage=deco, onLaterPages=deco)

labels = {"meeting_date": "2027-11-17", "style": (
    "Held-out batch eightyeighth. The Partnership Board's Priority Action Plan monitoring spreadsheet printed to PDF the morning after "
    "the Board of Wednesday 17 November 2027, with Excel's page-spill habit: page 1 holds Ref / Priority / Action / Owner / Support, "
    "and page 2 repeats only Ref and carries Due / RAG / Update, so a reader must join the two pages by Ref. Owners are roles and "
    "teams: 'AD SEND' (James Whitfield), 'DCO' (Yusuf Okafor), 'DoE' (Director of Education, Priya Shah), 'PCF' (an organisation, "
    "person null), 'LP' (Liam Porter); the Support column is not the owner. Traps: P1.2 and P3.2 complete; P4.3 superseded and "
    "closed; P2.2 is the Scrutiny Committee's own review, 'not a PAP action'; a new action appears only in a NOTES block under the "
    "table ('MW to bring revised statement by Jan Board'). Dates: P1.1 31-Dec-27 = 31 December 2027; P2.1 'Q4' revised by the update "
    "to 31/03/28; P3.1 'Spring term 2028' made concrete by the update (launch moved to 20 Jan 2028); P4.1 28/02/28 = 28 February "
    "2028; P4.2 'ongoing (quarterly)' = null; 'by Jan Board' = the next Board, dated on the page as Wednesday 19 January 2028."),
    "held_out": True, "actions": [
    {"key": "Publish the refreshed SEND sufficiency plan", "owner": "AD SEND", "person": "James Whitfield", "due": "2027-12-31"},
    {"key": "Jointly commissioned SALT offer for secondary schools", "owner": "DCO", "person": "Yusuf Okafor", "due": "2028-03-31"},
    {"key": "Roll out the ordinarily available provision guidance", "owner": "DoE", "person": "Priya Shah", "due": "2028-01-20"},
    {"key": "Parent carer survey on communication", "owner": "PCF", "person": None, "due": "2028-02-28"},
    {"key": "Produce the quarterly SEND dashboard", "owner": "LP", "person": "Liam Porter", "due": None},
    {"key": "MW to bring revised statement by Jan Board", "owner": "MW", "person": "Mary Walker", "due": "2028-01-19"},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
