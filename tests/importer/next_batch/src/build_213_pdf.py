"""Builds 213_twentyseventh_dco_quarterly_report.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/twentyseventh_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = Path(__file__).resolve().parent.parent / "213_twentyseventh_dco_quarterly_report.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
H = ParagraphStyle("h", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, textColor=colors.HexColor("#005EB8"))
C = ParagraphStyle("c", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)

def furniture(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.drawString(2 * cm, A4[1] - 1.2 * cm, "OFFICIAL")
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "NHS Westmoor Integrated Care Board")
    canv.drawString(2 * cm, 1.2 * cm, "DCO Quarterly Report Q2 2027/28 - SEND Partnership Board 27.10.27 - Agenda item 6")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canv.restoreState()

def tbl(rows, widths):
    data = [[Paragraph(str(c), C) for c in r] for r in rows]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t

s = []
s.append(Paragraph("Designated Clinical Officer (SEND) - Quarterly Report", ss["Title"]))
s.append(tbl([
    ["Meeting", "Westmoor SEND Partnership Board"],
    ["Date of meeting", "27 October 2027"],
    ["Report period", "Quarter 2 2027/28 (1 July - 30 September 2027)"],
    ["Author", "Yusuf Okafor, Designated Clinical Officer (DCO), Westmoor ICB"],
    ["Report date", "20/10/2027"],
    ["Purpose", "For assurance and discussion. Recommendations in section 9."],
], [4, 12]))
s.append(Spacer(1, 10))

s.append(Paragraph("1. Purpose", H))
s.append(Paragraph("This report gives the Board an update on the health contribution to the SEND system in Westmoor for Q2, covering "
    "timeliness and quality of health advice for EHC needs assessments, children's therapies waiting times, the neurodevelopmental (ND) "
    "pathway, health-related tribunal appeals, and progress on the DCO work plan. It should be read alongside the Board dashboard "
    "(item 4) prepared by the council's Data and Performance team.", N))

s.append(Paragraph("2. Summary", H))
s.append(Paragraph("Timeliness of health advice has improved for the third quarter running (78% within 6 weeks, up from 71% in Q1). "
    "Quality remains variable, particularly outcomes in section C of the plan. Speech and language therapy (SLT) waits are the "
    "single biggest risk, with the longest wait now 52 weeks. The ND pathway waiting list has grown to 1,412 children and young "
    "people. There were 4 tribunal appeals with health elements in the quarter, none of which required the ICB to fund additional "
    "provision.", N))

s.append(Paragraph("3. Timeliness of health advice (EHC needs assessments)", H))
s.append(tbl([
    ["Provider / service", "Requests Q2", "Returned within 6 wks", "%", "Q1 %"],
    ["Community paediatrics", "96", "81", "84%", "80%"],
    ["Children's therapies (SLT/OT/physio)", "142", "101", "71%", "62%"],
    ["CAMHS", "38", "29", "76%", "74%"],
    ["Health visiting / school nursing", "57", "49", "86%", "81%"],
    ["Total", "333", "260", "78%", "71%"],
], [6, 2.4, 3.4, 1.6, 1.6]))
s.append(Spacer(1, 6))
s.append(Paragraph("Most of the improvement in therapies is due to the temporary administrative post funded from the ICB "
    "slippage monies, which ends on 31 March 2028. A decision on whether to continue this post sits with the ICB Executive, not "
    "the Board; I will present the evidence there in January.", N))
s.append(Paragraph("The remaining delays are mainly where requests arrive without a current consent form or with the wrong "
    "contact details. Working with the SEND casework team, I will refresh the health advice request template so that it "
    "cannot be submitted without these fields (see action 10.2).", N))

s.append(Paragraph("4. Quality assurance of health advice and EHCP health sections", H))
s.append(Paragraph("The multi-agency QA panel audited 12 finalised plans in Q2. Health advice was graded good or better in 7 of 12 (58%). "
    "Common issues: outcomes that are not SMART, provision in section G described as 'access to' a service rather than specified, "
    "and advice that is more than 12 months old being used without checking. Feedback has gone to each author. "
    "Parent carer representatives on the panel (Westmoor PCF) noted that families still find section G confusing; the PCF has "
    "asked for a plain English guide - this is already in the Local Offer refresh programme and is not a new action for health.", N))
s.append(Paragraph("In Q3 I will carry out a targeted audit of 20 EHCP health sections written since April, focusing on section G "
    "specificity, and report findings to the December Board.", N))

s.append(Paragraph("5. Children's therapies waiting times", H))
s.append(tbl([
    ["Service", "Waiting list (30/09)", "Median wait (wks)", "Longest (wks)", "Trend"],
    ["SLT", "1,086", "38", "52", "worsening"],
    ["OT", "412", "21", "34", "stable"],
    ["Physiotherapy", "133", "9", "16", "improving"],
], [4, 3.5, 3, 3, 2.5]))
s.append(Spacer(1, 6))
s.append(Paragraph("SLT remains the main concern. Recruitment to two band 6 posts has failed twice. The Trust has introduced "
    "universal drop-in clinics and a parent workshop offer, which families have rated well, but this has not reduced the "
    "waiting list. I have asked Grace Adeyemi, Head of Children's Therapies at the Trust, to provide a recovery trajectory for "
    "the SLT waiting list by 30 November 2027, showing the effect of the new skill-mix model. This will allow the Board to "
    "judge whether escalation to the ICB Quality Committee is needed.", N))
s.append(Paragraph("It would help if the council's Early Years team could consider a joint communication and language offer "
    "with the Trust; I have raised this informally and it may come back to a future meeting.", N))

s.append(Paragraph("6. Neurodevelopmental (ND) pathway", H))
s.append(Paragraph("The ND waiting list (autism and ADHD assessment, 0-18) stands at 1,412 (Q1: 1,297). The independent provider "
    "contract covers 40 assessments per month. A waiting list validation exercise is required because we believe a proportion "
    "of children have been assessed elsewhere (e.g. privately or through Right to Choose) and remain on the list. This needs a "
    "data-sharing agreement with the provider. Dr Anita Patel (Consultant Community Paediatrician) and I will agree the data-sharing "
    "agreement and start validation - see action 10.4.", N))
s.append(Paragraph("The Board is reminded that the all-age ND strategy is being led by the ICB Mental Health, Learning Disability "
    "and Autism programme and will be brought to the Board in March 2028.", N))

s.append(Paragraph("7. Tribunals and complaints with a health element", H))
s.append(Paragraph("Four appeals registered in Q2 included health or social care elements under the extended powers; two were "
    "conceded on education grounds only, one is listed for January 2028, one withdrawn. No health-related complaints were upheld "
    "by the Local Government and Social Care Ombudsman this quarter.", N))
s.append(Paragraph("We do not currently report tribunal outcomes with a health element on the Board dashboard. Liam Porter "
    "(Data and Performance Manager, Westmoor Council) has kindly agreed to add health-related tribunal outcomes to the dashboard "
    "in time for the December Board.", N))
s.append(Paragraph("Claire Dunmore (SENDIASS Service Manager) will share anonymised themes from SENDIASS enquiries that involve "
    "health with me by the end of October, so that they can inform the GP training below.", N))

s.append(Paragraph("8. Progress on Q1 actions (reported to Board July 2027)", H))
s.append(tbl([
    ["No.", "Action", "Lead", "Target", "RAG / update"],
    ["8.1", "Agree health advice 6-week KPI with all providers", "DCO", "31/07/27", "GREEN - complete. In all contracts from 1 Aug."],
    ["8.2", "Recruit admin post to health advice hub", "DCO / GA", "31/08/27", "GREEN - complete, in post 2 Aug."],
    ["8.3", "Present DCO annual report to ICB Board", "DCO", "Sept 27", "GREEN - complete (presented 22/09/27)."],
    ["8.4", "Publish health pages of the Local Offer (with Participation team)", "DCO / S Khan", "30/09/27",
     "AMBER - not complete; young people's review of wording took longer. Moved into Q3 plan - see 10.5."],
    ["8.5", "Joint health and education training for SENCos", "DCO / HB", "Sept 27", "GREEN - delivered 28/09/27, 41 attended."],
], [1, 5.5, 2.3, 1.8, 5.4]))

s.append(Paragraph("9. Recommendations", H))
s.append(Paragraph("The Board is asked to:", N))
for r in [
    "R1. NOTE the continued improvement in the timeliness of health advice and the risk posed by SLT waiting times.",
    "R2. ENDORSE the proposal that health advice timeliness becomes a standing KPI on the Board dashboard.",
    "R3. SUPPORT the DCO in raising SLT workforce pressures with the ICB Quality Committee should the recovery trajectory not "
    "show improvement by Q4.",
    "R4. AGREE to receive the all-age ND strategy at its March 2028 meeting.",
]:
    s.append(Paragraph(r, N))

s.append(Paragraph("10. DCO work plan - actions for Q3 (October - December 2027)", H))
s.append(tbl([
    ["No.", "Action", "Lead", "Due", "Links"],
    ["10.1", "Targeted audit of 20 EHCP health sections (section G focus), report findings", "DCO", "Dec Board", "s.4"],
    ["10.2", "Refresh health advice request template with SEND casework team (mandatory consent/contact fields)",
     "DCO / Mary Walker", "17/12/2027", "s.3"],
    ["10.3", "Deliver EHC needs assessment training to GPs at Protected Learning Time event (PCF co-delivering - Tom Evans)",
     "DCO", "13 Jan 2028", "s.7"],
    ["10.4", "ND waiting list - agree data-sharing agreement with provider and begin validation", "DCO / Dr A Patel", "mid-Dec", "s.6"],
    ["10.5", "Publish health pages of the Local Offer (c/f from 8.4)", "DCO / Sarah Khan", "31/12/2027", "s.8"],
], [1, 7.3, 3, 2.2, 2.5]))
s.append(Spacer(1, 8))
s.append(Paragraph("The Q3 report will come to the Board in January 2028.", N))
s.append(Paragraph("Yusuf Okafor<br/>Designated Clinical Officer for SEND, NHS Westmoor ICB<br/>yusuf.okafor@nhs.net (example)", N))

doc = SimpleDocTemplate(str(OUT), pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm, leftMargin=2 * cm, rightMargin=2 * cm,
                        title="DCO Quarterly Report Q2 2027-28")
doc.build(s, onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
