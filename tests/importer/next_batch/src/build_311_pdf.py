"""Builds 311_fortyfirst_contract_monitoring_record.pdf: the council commissioning
team's quarterly Contract Monitoring Meeting Record (template CM-02) for the
SENDIASS contract, as a form with KPI tables, narrative and an agreed-actions grid."""
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/fortyfirst_pylib")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "311_fortyfirst_contract_monitoring_record.pdf"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=9.2, leading=12)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
cell = ParagraphStyle("cell", parent=body, fontSize=8.4, leading=10.4)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=TA_CENTER)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=8,
                    spaceAfter=3, textColor=colors.HexColor("#003B5C"))

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
])
FORM = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def P(t, s=cell):
    return Paragraph(t, s)


def table(rows, widths, style=GRID, header=True):
    data = [[P(c, cellb if (header and i == 0) else cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    t.setStyle(style)
    return t


TOTAL = [0]


def furniture(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Bold", 8)
    canv.drawString(18 * mm, 287 * mm, "OFFICIAL - SENSITIVE (COMMERCIAL)")
    canv.setFont("Helvetica", 8)
    canv.drawRightString(192 * mm, 287 * mm, "Westmoor Council | Commissioning & Contracts Team")
    canv.drawString(18 * mm, 10 * mm, "Template CM-02 v4 (Contract Monitoring Meeting Record)  |  Ref: CC/SEND/0147/Q1-2728")
    canv.drawRightString(192 * mm, 10 * mm, f"Page {doc.page} of {TOTAL[0]}")
    canv.restoreState()


story = [
    P("CONTRACT MONITORING MEETING RECORD", h1),
    Spacer(1, 4),
    table([
        ["Contract", "Westmoor Special Educational Needs and Disabilities Information, Advice and Support Service (SENDIASS) - contract CC/SEND/0147 (year 3 of 3+2)"],
        ["Provider", "Westmoor SENDIASS (hosted by Westmoor Advocacy & Advice CIO)"],
        ["Monitoring period", "Quarter 1 2027/28 (1 April - 30 June 2027)"],
        ["Date / venue", "Wednesday 21 July 2027, 14:00-15:40, MS Teams"],
        ["Present", "Dev Sandhu (DS), Commissioning Officer, Westmoor Council (chair &amp; note); Claire Dunmore (CD), "
                    "SENDIASS Service Manager; Mary Walker (MW), Head of SEND, Westmoor Council (items 1-4); Yusuf Okafor (YO), "
                    "Designated Clinical Officer, ICB (co-commissioner, health element); Tom Evans (TE), PCF co-chair "
                    "(service user voice, items 2-5); Beth Arkwright (BA), SENDIASS Deputy Manager"],
        ["Apologies", "Liam Porter (LP), Data and Performance Manager; Anjali Ward, Procurement"],
        ["Contract value", "£312,600 p.a. (LA £268,000 / ICB £44,600)"],
        ["Overall RAG (commissioner)", "AMBER (Q4 2026/27: AMBER)"],
    ], [38, 136], style=FORM, header=False),

    P("1. Actions from previous meeting (Q4 2026/27, 20 April 2027)", h2),
    table([
        ["Ref", "Action", "Owner", "Status at Q1"],
        ["Q4-01", "Provider to recruit 0.6 FTE IAS Officer (post-16)", "CD", "Complete - started 01/06/27"],
        ["Q4-02", "Commissioner to confirm reporting template for KPI 6 (social value)", "DS", "Complete"],
        ["Q4-03", "Provider to produce easy-read version of complaints leaflet", "CD", "Complete - on website"],
        ["Q4-04", "ICB to confirm health element funding for 2027/28", "YO", "Complete - confirmed 03/05/27"],
        ["Q4-05", "Commissioner to share Local Offer page analytics with provider quarterly", "DS", "Carried forward - awaiting web team"],
    ], [14, 96, 16, 48]),

    P("2. Key performance indicators - Q1", h2),
    table([
        ["KPI", "Measure", "Target", "Q4 26/27", "Q1 27/28", "RAG"],
        ["1", "Initial contact responded to within 2 working days", "95%", "97%", "96%", "G"],
        ["2", "Cases opened (children, YP and parent carers)", "Info", "241", "268", "-"],
        ["3", "Tribunal appeal casework: first substantive response within 5 working days", "90%", "81%", "74%", "R"],
        ["4", "Service users rating advice as helpful/very helpful", "85%", "91%", "89%", "G"],
        ["5", "Proportion of referrals from young people (16-25) themselves", "15%", "9%", "11%", "A"],
        ["6", "Training sessions delivered to practitioners / parent groups", "6 per qtr", "7", "5", "A"],
    ], [10, 86, 18, 20, 20, 20]),
    Spacer(1, 3),
    P("Source: provider quarterly return received 12/07/27. LP unable to attend; council data validation of KPI 3 "
      "not yet complete.", small),

    P("3. Performance discussion", h2),
    P("<b>KPI 3 (tribunal casework).</b> CD explained the drop reflects the rise in appeals lodged since the autumn "
      "(SENDIASS supported 57 appeal cases in Q1 against 33 a year earlier) and one IAS officer on long-term sick "
      "leave. Cases are triaged and every family gets an acknowledgement the same day, but the first substantive "
      "response is slipping. DS said KPI 3 has now been red for two consecutive quarters. It was agreed that the "
      "provider will submit a written recovery plan for KPI 3 (see A1). MW said the LA would not want families "
      "directed to the LA's own mediation line instead; CD agreed.", body),
    Spacer(1, 4),
    P("<b>Health advice in tribunal bundles.</b> CD said that in 11 of the Q1 appeal cases the family had been unable "
      "to obtain the health advice referred to in the EHC plan in time for the bundle deadline. YO said this was a "
      "known issue with therapies letters being held in two record systems. YO agreed to raise the gap in health "
      "advice letters at the ICB SEND Steering Group on 9 August and report back to DS and CD.", body),
    Spacer(1, 4),
    P("<b>Young people's voice (KPI 5).</b> Still below target. BA described the pilot drop-in at Westmoor College. The "
      "provider intends to extend the drop-in to the sixth form at Hollin Bank from September (provider's service "
      "plan, no commissioner decision required). TE said PCF families were not aware that young people could refer "
      "themselves and asked that the new self-referral form be tested with parents first. TE offered to gather "
      "feedback from PCF members on the new self-referral form; agreed (A4).", body),
    Spacer(1, 4),
    P("<b>Case studies.</b> The provider's return included two anonymised case studies (a Year 9 EBSA case and a "
      "post-16 placement dispute). TE asked to see them in full. CD will circulate the two anonymised case studies to "
      "TE before the next meeting, subject to the families' consent already held.", body),

    P("4. Data and information sharing", h2),
    P("MW reported that SENDIASS currently sees EHC timeliness data only at year end. The draft data-sharing "
      "agreement (DSA) from 2025 does not cover monthly extracts. Agreed that LP should review the data-sharing "
      "agreement so that SENDIASS can receive monthly EHC timeliness data (LP was absent but had said in advance he would pick this up) - to "
      "come back to the next meeting (A3). It was noted that the KPI definitions themselves fall to be reviewed at the "
      "annual contract review in January 2028; no change proposed now.", body),

    P("5. Safeguarding, complaints and compliments", h2),
    table([
        ["Area", "Q1 position"],
        ["Safeguarding referrals made by provider", "2 (both to Westmoor Front Door; both accepted)"],
        ["Complaints received", "1 (parent, re: delay in call-back; investigated, upheld in part, apology given)"],
        ["Compliments", "14"],
        ["DBS / training compliance", "100% DBS; 92% mandatory training (1 new starter outstanding)"],
    ], [60, 114]),
    Spacer(1, 3),
    P("DS asked for the learning from the upheld complaint to be shared. CD to send a short learning summary "
      "from the complaint to commissioners by Friday 13 August.", body),

    P("6. Finance and social value", h2),
    P("Invoices for Q1 paid. CD queried the 2027/28 inflationary uplift, which had been discussed informally but "
      "not confirmed. DS confirmed that the contract allows an uplift in line with the council's provider "
      "uplift policy (1.8% for 2027/28) and that this had been approved by the Head of Commissioning on 5 July; "
      "formal confirmation letter to follow (A2). Social value: 3 volunteer placements, 1 apprentice.", body),

    P("7. Performance notice", h2),
    P("No formal Performance Improvement Notice (PIN) issued at this stage. Commissioner will consider issuing a "
      "PIN if KPI 3 remains red at Q2, taking into account the recovery plan. Provider noted this.", body),

    P("8. Agreed actions", h2),
    table([
        ["Ref", "Action", "Responsible", "Timescale"],
        ["Q1-A1", "Provider to submit a written recovery plan for KPI 3 (tribunal appeal casework first substantive "
                  "response) including staffing cover and trajectory to 90%", "CD", "Within 10 working days"],
        ["Q1-A2", "Confirm in writing the 2027/28 inflationary uplift (1.8%) and revised quarterly payment schedule",
         "DS", "By 31 August 2027"],
        ["Q1-A3", "Review the DSA re: monthly EHC timeliness extract to SENDIASS", "LP", "Next meeting"],
        ["Q1-A4", "Gather PCF members' feedback on the SENDIASS self-referral form (young people and parent versions) "
                  "and share with BA", "TE", "End of September"],
    ], [16, 104, 24, 30]),
    Spacer(1, 3),
    P("Other actions recorded in the body of this note (sections 3 and 5) are also to be followed up.", small),

    P("9. Any other business", h2),
    P("BA advised that the service's office is moving within the Civic Centre (to floor 2) in October; no impact "
      "on families expected. Noted.", body),

    P("10. Date of next meeting", h2),
    P("Q2 2027/28 monitoring meeting: Wednesday 20 October 2027, 14:00, MS Teams. Provider return due 11 October.", body),
    Spacer(1, 10),
    table([
        ["Signed (Commissioner)", "Dev Sandhu", "Date: 23/07/2027"],
        ["Signed (Provider)", "C. Dunmore", "Date: 26/07/2027"],
    ], [50, 70, 54], style=FORM, header=False),
]

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                        bottomMargin=16 * mm, title="Contract Monitoring Meeting Record - SENDIASS Q1 2027/28",
                        author="Dev Sandhu")
import copy  # noqa: E402

first = copy.deepcopy(story)
doc.build(first, onFirstPage=furniture, onLaterPages=furniture)
TOTAL[0] = doc.page
doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
