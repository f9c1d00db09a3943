"""Build 208_twentysixth_nd_operational_group.pdf and its labels."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/corpus26_pylib")
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent
STEM = "208_twentysixth_nd_operational_group"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=3)
arrow = ParagraphStyle("a", parent=body, leftIndent=14, textColor=colors.HexColor("#003087"))
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16)


def furniture(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#005EB8"))
    c.drawString(2 * cm, A4[1] - 1.2 * cm, "Westmoor Community Health NHS Trust  |  Children's Neurodevelopmental Pathway")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "OFFICIAL - NOT FOR PUBLICATION")
    c.setFillColor(colors.black)
    c.drawString(2 * cm, 1.0 * cm, "ND Pathway Operational Group - notes 22.04.2027 - v0.2 draft")
    c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"Page {d.page}")
    c.restoreState()


S = []
P = lambda t, st=body: S.append(Paragraph(t, st))
P("Neurodevelopmental (ND) Pathway Operational Group", title)
P("Thursday 22 April 2027, 09:30-11:00, MS Teams")
P("<b>Chair:</b> Grace Adeyemi (GA), Head of Children's Therapies")
P("<b>Present:</b> Dr Anita Patel (AP), Consultant Community Paediatrician; Yusuf Okafor (YO), DCO, ICB; "
  "Leanne Cross, ND pathway coordinator; Dr S. Iqbal, CAMHS; Jo Marsh, SALT team lead; "
  "Liam Porter (LP), Council data (item 4 only); Kerry Lang, Parent Champion, PCF.")
P("<b>Apologies:</b> Helen Brooks (school rep) - comments sent in advance; Trust BI lead.")
P("<b>Notes:</b> Trust PA to the Children's Division")

P("1. Welcome and introductions", h)
P("GA welcomed Kerry to her first operational group. Notes of 25 March agreed.")

P("2. Action tracker from March (exceptions only)", h)
t = Table([["No.", "Action", "Lead", "Status"],
           ["03-1", "Re-issue referral criteria to GP practices", "AP", "Closed - issued 1 April"],
           ["03-2", "Confirm locum paediatrician start date", "GA", "Closed - starts 10 May"],
           ["03-4", "Trust BI to rebuild the waiting list report", "Trust BI", "In progress (Trust BI's own plan)"]],
          colWidths=[1.3 * cm, 8 * cm, 2 * cm, 5 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5)]))
S.append(t)
P("All other March actions reported complete; see tracker on the shared drive.")

P("3. Waiting list position (standing item)", h)
w = Table([["", "Under 5s", "5-11", "12-18"],
           ["Open referrals", "212", "1,046", "588"],
           ["Median wait (weeks)", "31", "68", "54"],
           ["Longest wait (weeks)", "58", "121", "97"]], colWidths=[4.5 * cm, 3 * cm, 3 * cm, 3 * cm])
w.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5)]))
S.append(w)
P("AP noted the 5-11 median continues to drift up. Around a fifth of school-age referrals are being "
  "returned as incomplete, which adds weeks for families. Kerry said parents often do not know the "
  "referral was returned.")
P("&#8594; AP to audit twenty school-age referrals returned as incomplete and report themes - by 14/05/2027.", arrow)
P("&#8594; Leanne to update the parent information leaflet so it explains what happens if a referral is "
  "returned - Tues 4 May (Monday 3rd is the bank holiday).", arrow)

P("4. School-level referral data", h)
P("LP showed referral rates by school. Three secondary schools account for a disproportionate share. "
  "The group discussed whether this reflects need or practice; no conclusion. It would be useful to "
  "involve the inclusion team at some point, but the group did not want to overload them this term.")
P("&#8594; LP to provide school-level referral data split by year group for the June meeting.", arrow)

P("5. Joint triage with SALT", h)
P("Jo Marsh described the pilot in the south locality where SALT and paediatrics triage together. "
  "Early results show fewer duplicate referrals. The group AGREED the pilot should continue to July "
  "in the south only (decision - no extension yet).")
P("&#8594; Grace to agree a joint triage slot with SALT leads for the north locality - by Fri 28 May.", arrow)

P("6. Right to choose providers", h)
P("YO reported that two right to choose providers have paused new assessments because of capacity. "
  "Families are being told at short notice. This is a contracting issue for the ICB.")
P("&#8594; YO to escalate the right to choose capacity issue to ICB contracting before the next ops group.", arrow)
P("Dr Iqbal mentioned CAMHS may be able to lend a clinician for ADHD medication reviews over the "
  "summer - to be explored by CAMHS internally, nothing for this group yet.")

P("7. Risks and escalation to SEND Partnership Board", h)
P("The group agreed the 5-11 waiting time should be escalated as a risk (score 16).")
P("&#8594; Chair to write an escalation note for the Partnership Board meeting on 11 May.", arrow)
P("No other escalations. Risk 7 (paediatric workforce) reduced from 20 to 16 now that the locum is "
  "confirmed - no further action.")

P("8. AOB", h)
P("Kerry asked whether parents could see the pathway dashboard. GA said she would like that too and "
  "will think about what could safely be shared. Not an action at this stage.")
P("Next meeting: Thursday 20 May 2027, 09:30, Teams. June meeting: Thursday 24 June 2027.")

SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                  topMargin=2 * cm, bottomMargin=1.8 * cm, title="ND Pathway Operational Group 22.04.2027").build(
    S, onFirstPage=furniture, onLaterPages=furniture)

labels = {
 "meeting_date": "2027-04-22",
 "style": ("Held-out batch twentysixth. NHS trust health operational group notes (neurodevelopmental pathway) as a "
           "PDF with NHS-blue running header and footer on each page, a waiting-list data table, an exceptions-only "
           "action tracker table from the previous meeting, and new actions marked with arrows under each item. "
           "Traps: March tracker rows are closed or belong to Trust BI's own plan (old, not new); the south-locality "
           "pilot continuing is an AGREED decision; 'it would be useful to involve the inclusion team' is a wish; CAMHS "
           "exploring a clinician loan is another body's and 'nothing for this group yet'; risk 7 reduced with no "
           "further action; GA 'will think about' sharing the dashboard, 'not an action at this stage'. Labelling "
           "choices: 'Tues 4 May' is after the 3 May bank holiday; 'before the next ops group' = meeting 2027-05 "
           "(20 May); 'for the June meeting' = meeting 2027-06; Partnership Board on 11 May labelled as meeting "
           "2027-05; 'Chair' resolves to Grace Adeyemi; Leanne (pathway coordinator) is not in people.json."),
 "held_out": True,
 "actions": [
  {"key": "audit twenty school-age referrals returned as incomplete", "owner": "AP", "person": "Anita Patel", "due": "2027-05-14"},
  {"key": "update the parent information leaflet so it explains", "owner": "Leanne", "person": None, "due": "2027-05-04"},
  {"key": "provide school-level referral data split by year group", "owner": "LP", "person": "Liam Porter", "due": "meeting 2027-06"},
  {"key": "agree a joint triage slot with SALT leads", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-05-28"},
  {"key": "escalate the right to choose capacity issue", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-05"},
  {"key": "write an escalation note for the Partnership Board", "owner": "Chair", "person": "Grace Adeyemi", "due": "meeting 2027-05"},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
