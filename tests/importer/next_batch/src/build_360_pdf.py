"""Builds 360_fortyeighth_ep_lead_workstream_notes_numbered.pdf"""
import sys
sys.path.insert(0, "/tmp/b48_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "360_fortyeighth_ep_lead_workstream_notes_numbered.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
num = ParagraphStyle("n", parent=body, leftIndent=1.1 * cm, firstLineIndent=-1.1 * cm)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=4)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)


def footer(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "Assessment & Annual Review Workstream \u2013 notes 13.01.27 \u2013 DL")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {d.page}")
    c.restoreState()


s = []
s.append(Paragraph("Westmoor SEND Partnership", body))
s.append(Paragraph("Assessment and Annual Review Workstream", title))
s.append(Paragraph("Notes of meeting \u2013 Wednesday 13 January 2027, 09:30\u201311:00, MS Teams", body))
s.append(Spacer(1, 4))
s.append(Paragraph("<b>Chair and notes:</b> David Lowe (DL), Principal Educational Psychologist and workstream lead", body))
s.append(Paragraph(
    "<b>Present:</b> Grace Adeyemi (GA), Helen Brooks (HB), Liam Porter (LP), Priya Mistry (Priya M, PCF), "
    "Hannah Cole (HC, SEND Casework Team Manager), Dr Sunil Rao (SR, Senior EP)", body))
s.append(Paragraph("<b>Apologies:</b> Claire Dunmore (SENDIASS), Dr Anita Patel", body))
s.append(Paragraph(
    "<i>Apologies for the brevity of these notes \u2013 I took them myself while chairing. Corrections to me please. DL</i>",
    body))

s.append(Paragraph("1. Actions from the last meeting", h))
s.append(Paragraph("1.1&nbsp;&nbsp;&nbsp;Reviewed \u2013 see the table at the end of these notes for the updates.", num))

s.append(Paragraph("2. Overdue annual reviews", h))
s.append(Paragraph(
    "2.1&nbsp;&nbsp;&nbsp;LP shared the January snapshot: 612 EHCPs whose last annual review was more than 12 months ago, "
    "214 of them for children and young people in Years 5, 6, 10 and 11. The position is slightly better than "
    "November (655) but still well short of where we need to be.", num))
s.append(Paragraph(
    "2.2&nbsp;&nbsp;&nbsp;HC explained that the casework team is two officers down until March. The group agreed "
    "that overdue reviews for pupils due to change phase in September 2027 will be prioritised ahead of all others.", num))
s.append(Paragraph(
    "2.3&nbsp;&nbsp;&nbsp;HB said that schools often do not know which of their own pupils are overdue, because the "
    "portal shows only the date of the last meeting. <b>Action: SEND Casework team to send each SENCo the list of "
    "their overdue annual reviews within ten working days.</b>", num))
s.append(Paragraph(
    "2.4&nbsp;&nbsp;&nbsp;The revised annual review form (v4) was welcomed. HB offered Riverside as a first test site. "
    "<b>Action: HB to pilot the revised form with three reviews before half term</b> (half term begins Monday "
    "15 February).", num))
s.append(Paragraph(
    "2.5&nbsp;&nbsp;&nbsp;Priya M asked that parents see the form before it goes any wider, as the 2025 version was "
    "criticised for reading like a checklist. <b>Action: Priya M to gather parent feedback on the form through "
    "the PCF by 3 February.</b>", num))

s.append(Paragraph("3. Health advice for EHC needs assessments", h))
s.append(Paragraph(
    "3.1&nbsp;&nbsp;&nbsp;GA reported that 64% of health advice was returned within six weeks in December. "
    "Therapies (OT and SLT) are above 80%; community paediatrics is the main gap, largely because of clinic "
    "capacity.", num))
s.append(Paragraph(
    "3.2&nbsp;&nbsp;&nbsp;<b>Action: GA to speak to Dr Patel about paediatric advice returns this week</b>, and to "
    "report back by email.", num))
s.append(Paragraph(
    "3.3&nbsp;&nbsp;&nbsp;SR asked whether paediatric advice could in some cases be written by the specialist "
    "nurses. Nobody present could answer this and it was left as an open question; it is a matter for the ICB "
    "and the Trust rather than this group.", num))

s.append(Paragraph("4. Joint EP / health advice template", h))
s.append(Paragraph(
    "4.1&nbsp;&nbsp;&nbsp;SR presented the task and finish group's draft, which brings EP, SLT and OT advice into "
    "one set of outcomes. Members liked the single outcomes section but felt the provision section was too long. "
    "<b>Action: DL (with the task and finish group) to bring the finished joint advice template to the next "
    "meeting.</b>", num))

s.append(Paragraph("5. Tribunal bundles", h))
s.append(Paragraph(
    "5.1&nbsp;&nbsp;&nbsp;Discussed whether preparation of tribunal bundles should sit with this workstream. Noted "
    "that the Partnership Board will decide at its March meeting where tribunal work is overseen. No action for "
    "this group at present.", num))

s.append(Paragraph("6. Any other business and next meeting", h))
s.append(Paragraph(
    "6.1&nbsp;&nbsp;&nbsp;None. Next meeting: Wednesday 10 February 2027, 09:30, Teams (SENDIASS attending).", num))

s.append(Spacer(1, 8))
s.append(Paragraph("Actions from the meeting of 8 December 2026 \u2013 updates", h))
data = [
    ["No.", "Action", "Owner", "Due", "Update at 13/01/27"],
    ["12", "Map annual review backlog by school and year group", "LP", "13/01",
     "Complete \u2013 presented at item 2. CLOSE"],
    ["13", "Draft guidance for health practitioners on advice timescales", "GA", "13/01",
     "In progress \u2013 first draft with YO for comment. New date 10/02. KEEP OPEN"],
    ["14", "Invite SENDIASS to February meeting", "DL", "Jan",
     "Done \u2013 Claire confirmed she will attend. CLOSE"],
    ["15", "Agree sampling approach for EHCP quality audit", "Casework team", "13/01",
     "Superseded by the new QA framework. CLOSE"],
]
data = [[Paragraph(c, small) for c in r] for r in data]
tb = Table(data, colWidths=[1 * cm, 6 * cm, 2.2 * cm, 1.4 * cm, 6.4 * cm], repeatRows=1)
tb.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
s.append(tb)

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                  bottomMargin=2 * cm, title="AAR workstream notes 13 Jan 2027", author="David Lowe").build(
    s, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
