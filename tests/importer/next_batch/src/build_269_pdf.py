"""Builds 269_thirtyfifth_health_send_subgroup_minutes.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/thirtyfifth_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "269_thirtyfifth_health_send_subgroup_minutes.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, textColor=colors.HexColor("#005EB8"))
T = ParagraphStyle("t", parent=N, fontName="Helvetica-Bold", fontSize=14, leading=18)
C = ParagraphStyle("c", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)

def furniture(canv, d):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.drawString(2 * cm, A4[1] - 1.2 * cm, "NHS Westmoor Integrated Care Board")
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Health SEND Subgroup – Minutes – 17 February 2027")
    canv.drawString(2 * cm, 1.2 * cm, "Unconfirmed until approved at the next meeting. Not for onward circulation.")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {d.page}")
    canv.restoreState()

s = []
a = s.append
a(Paragraph("Health SEND Subgroup", T))
a(Paragraph("Minutes of the meeting held on Wednesday 17 February 2027, 10:00 – 12:00<br/>MS Teams / Room G.04, ICB Offices, Westmoor House", N))
a(Paragraph("Present", B))
att = [["Yusuf Okafor", "YO", "Designated Clinical Officer, ICB (Chair)"],
       ["Dr Anita Patel", "AP", "Consultant Community Paediatrician / Designated Medical Officer, WCHT"],
       ["Grace Adeyemi", "GA", "Head of Children's Therapies, WCHT"],
       ["Rob Singh", "RS", "Service Manager, CAMHS, Westmoor & Fenbridge Partnership Trust"],
       ["Jen Ali", "JA", "Lead Nurse, 0-19 School Nursing Service"],
       ["Mary Walker", "MW", "Head of SEND, Westmoor Council (item 5 onwards)"],
       ["Liam Porter", "LP", "Data and Performance Manager, Westmoor Council"],
       ["Kerry Lang", "KL", "Parent Champion, Westmoor Parent Carer Forum"]]
a(Table(att, colWidths=[4 * cm, 1.2 * cm, 10.5 * cm], style=[("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
a(Paragraph("In attendance: Lucy Marsh, Corporate Governance Officer, ICB (minutes)", N))
a(Paragraph("Apologies: Designated Nurse Safeguarding Children; Acute Paediatric Matron, Westmoor General", N))

a(Paragraph("HSG 27/09  Welcome, apologies and declarations of interest", H))
a(Paragraph("The Chair welcomed members, in particular Jen Ali who has taken over as Lead Nurse for the 0-19 service. Apologies were noted as above. No declarations of interest were made in relation to the agenda.", N))
a(Paragraph("HSG 27/10  Minutes of the previous meeting (20 January 2027) and action tracker", H))
a(Paragraph("The minutes of the meeting held on 20 January 2027 were APPROVED as an accurate record.", N))
a(Paragraph("The action tracker was reviewed (see Appendix A). Members noted that action HSG-26-31 (health advice flowchart for casework officers) was completed on 11 February and the flowchart has been published on the practitioner pages of the Local Offer. Action HSG-27-03 (GA to circulate SALT advice timeliness by locality) was completed ahead of the meeting. HSG-26-28 remains open – see item HSG 27/13.", N))

a(Paragraph("HSG 27/11  DCO report", H))
a(Paragraph("YO presented the DCO quarterly report for Q3 2026/27. Key points: 412 requests for health advice received in Q3 (Q2: 366); 71% returned within 6 weeks (target 90%); the largest delays continue to be in community paediatrics and occupational therapy. There has been an increase in requests for children who are not known to any health service, which the new flowchart is intended to address.", N))
a(Paragraph("YO highlighted a specific issue regarding children who are under the care of the acute trust (e.g. long-term conditions managed at Westmoor General) where advice requests are being sent to community services who do not know the child. He will write to the acute trust's Chief Nurse setting out the expectation that acute clinicians provide advice where they are the lead clinician, and asking for a named acute contact. YO to send the letter by the end of February.", N))
a(Paragraph("The Subgroup NOTED the report. The report will also go to the ICB Quality and Performance Committee in March for assurance; this is a routine reporting line and no action arises for the Subgroup.", N))

a(Paragraph("HSG 27/12  Quality of health advice – 'no health needs identified'", H))
a(Paragraph("AP reported concerns raised by the SEND casework team and by parents that a number of health advices simply state 'no health needs identified' without indicating whether the child was seen, whether records were reviewed, or whether the child is open to any service. Members agreed this was not acceptable practice and represents a risk both to the quality of plans and at tribunal.", N))
a(Paragraph("KL said that from a parent perspective, being told there are no health needs when a child is on the ND waiting list is very upsetting, and parents do not understand why. She gave an example (anonymised) of a family whose child had a diagnosis of hypermobility which did not appear in the plan.", N))
a(Paragraph("It was AGREED that AP would audit a sample of 20 recent advices recorded as 'no health needs identified' across services, looking at whether the child was seen and whether records were checked, and report the findings to the April meeting. JA said the School Nursing health advice template does not currently have a field to record whether the child was seen or records reviewed. The School Nursing service will update the template to add a 'seen / not seen / records only' field by 31/03/27.", N))
a(Paragraph("GA commented that therapies already record this in their template and offered to share it; JA said she had already received it from GA last week. No further action.", N))
a(Paragraph("It was suggested that in future it would be helpful for all providers to use a single health advice template across the system. Members supported this in principle but recognised it is a larger piece of work that would need to be scoped by the ICB commissioning team; it was not taken forward as an action at this stage.", N))

a(Paragraph("HSG 27/13  Therapies – waiting times and advice", H))
a(Paragraph("GA presented the therapies update. SALT advice timeliness has improved to 79% within 6 weeks following the introduction of the weekly triage huddle from 25 January. OT remains the most challenged service: 94 children waiting for assessment, longest wait 41 weeks. Two OT posts have been recruited to with start dates in April.", N))
a(Paragraph("MW joined the meeting.", N))
a(Paragraph("In relation to open action HSG-26-28 (recovery plan for OT), GA explained that the trajectory has been delayed because the trust is waiting for confirmation of the non-recurrent funding from the ICB. YO confirmed the funding decision has now been made by the ICB Executive. GA will circulate the OT waiting list recovery trajectory to members by Friday 5 March. This replaces HSG-26-28, which will be closed.", N))
a(Paragraph("KL asked whether families on the OT waiting list could be given interim advice or signposting while they wait. GA said the service already sends out a 'while you wait' pack, which was updated in December. KL said not all parents seem to have received it; GA agreed to check – she later confirmed in the chat that the pack is sent with the acknowledgement letter, so this was resolved in the meeting.", N))

a(Paragraph("HSG 27/14  CAMHS and EHC needs assessments", H))
a(Paragraph("RS updated on CAMHS involvement in EHC needs assessments. Currently requests come in through the single point of access and are allocated to whichever clinician is free, which causes delays and inconsistency. RS proposed a named CAMHS contact for EHC needs assessment requests. Members welcomed this. RS to confirm the named CAMHS contact and share their details with the DCO office within two weeks.", N))
a(Paragraph("MW asked whether CAMHS could also attend the Council's SEND panel once a month. RS said this would depend on capacity and he would need to take it to his management team; he would come back to the Subgroup when he has an answer. (Not recorded as an action at RS's request – he did not feel able to commit.)", N))

a(Paragraph("HSG 27/15  Data – health indicators for the Partnership dashboard", H))
a(Paragraph("LP presented the draft SEND Partnership dashboard. The only health measure currently included is the overall percentage of health advice returned within 6 weeks. Members agreed that this hides the variation between services. LP will add health advice timeliness broken down by service (paediatrics, SALT, OT, physio, CAMHS, school nursing) to the dashboard, in time for the SEND Partnership Board on 24 March.", N))
a(Paragraph("LP requested that providers send data by the 5th working day of each month. AP noted that paediatrics data is extracted centrally by the trust's BI team so this would need to go through them. Agreed that YO would raise this at the Trust contract meeting – YO advised after the meeting that this was already on the agenda for the CQRM on 2 March, so it is recorded here for information only.", N))

a(Paragraph("HSG 27/16  Children placed out of area", H))
a(Paragraph("MW raised that for children with EHCPs placed in independent or non-maintained special schools outside Westmoor, it is often unclear which health services are responsible for advice and for delivering health provision in section G. YO noted this is a known national issue. MW will share with YO the list of children with EHCPs placed out of area (with school and home address) so that the DCO office can check GP registration and responsible commissioner, by 10 March.", N))
a(Paragraph("YO stated the ICB intends to write to neighbouring ICBs to agree a protocol; this will be led through the regional DCO network rather than by this Subgroup.", N))

a(Paragraph("HSG 27/17  Parent Carer Forum update", H))
a(Paragraph("KL reported that the PCF had received a number of calls about letters from the neurodevelopmental (ND) pathway which parents find confusing – in particular the letter stating that a child has been 'accepted onto the pathway', which many parents take to mean an appointment is imminent. The PCF champions will gather parent feedback on the ND waiting list letters through their coffee mornings and bring it to the next meeting. AP welcomed this and said the ND pathway group would consider any changes.", N))
a(Paragraph("KL also reminded members of the PCF annual conference on Saturday 20 March at Westmoor Racecourse.", N))

a(Paragraph("HSG 27/18  Risks and escalations", H))
a(Paragraph("No new risks were identified. The Subgroup AGREED to maintain the existing risk on OT waiting times (score 16) on the SEND risk register. There were no items for escalation to the SEND Partnership Board.", N))
a(Paragraph("HSG 27/19  Any other business", H))
a(Paragraph("None.", N))
a(Paragraph("Date of next meeting: Wednesday 21 April 2027, 10:00 – 12:00, MS Teams.", B))

a(Spacer(1, 10))
a(Paragraph("Appendix A – Action tracker (updated following the meeting)", H))
rows = [["Ref", "Meeting", "Action", "Lead", "Due", "Status"],
        ["HSG-26-28", "18/11/26", "Produce OT waiting list recovery plan", "GA", "20/01/27", "Closed – replaced by HSG-27-09"],
        ["HSG-26-31", "09/12/26", "Health advice flowchart for casework officers", "YO", "12/02/27", "Complete"],
        ["HSG-27-02", "20/01/27", "Provide 0-19 service contact list to SEND casework", "JA", "17/02/27", "Complete"],
        ["HSG-27-03", "20/01/27", "Circulate SALT advice timeliness by locality", "GA", "17/02/27", "Complete"],
        ["HSG-27-05", "20/01/27", "Review transition health checklist for Year 9 reviews", "AP", "21/04/27", "Open – on track"],
        ["HSG-27-06", "17/02/27", "Write to acute trust Chief Nurse re: advice where acute clinician is lead; request named contact", "YO", "28/02/27", "New"],
        ["HSG-27-07", "17/02/27", "Audit 20 'no health needs identified' advices and report findings", "AP", "April mtg", "New"],
        ["HSG-27-08", "17/02/27", "Add 'seen / not seen / records only' field to health advice template", "School Nursing (JA)", "31/03/27", "New"],
        ["HSG-27-09", "17/02/27", "Circulate OT waiting list recovery trajectory", "GA", "05/03/27", "New"],
        ["HSG-27-10", "17/02/27", "Confirm named CAMHS contact for EHC needs assessments to DCO office", "RS", "03/03/27", "New"],
        ["HSG-27-11", "17/02/27", "Add health advice timeliness by service to Partnership dashboard", "LP", "24/03/27", "New"],
        ["HSG-27-12", "17/02/27", "Share list of children with EHCPs placed out of area", "MW", "10/03/27", "New"],
        ["HSG-27-13", "17/02/27", "PCF champions to gather parent feedback on ND letters", "KL / PCF", "April mtg", "New"]]
rows = [[Paragraph(c, C) for c in r] for r in rows]
tab = Table(rows, colWidths=[2 * cm, 1.7 * cm, 6.6 * cm, 2.2 * cm, 1.7 * cm, 2.8 * cm], repeatRows=1)
tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
a(tab)

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                  title="Health SEND Subgroup minutes 17.02.27").build(s, onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
