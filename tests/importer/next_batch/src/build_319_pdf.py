"""Builds 319_fortysecond_pins_programme_steering_record.pdf"""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/fortysecond_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

OUT = Path(__file__).resolve().parent.parent / "319_fortysecond_pins_programme_steering_record.pdf"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=colors.HexColor("#005EB8"), spaceAfter=2)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3, textColor=colors.HexColor("#003087"))


def furniture(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Bold", 8)
    canv.drawCentredString(A4[0] / 2, A4[1] - 1.1 * cm, "OFFICIAL")
    canv.setFont("Helvetica", 7.5)
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.1 * cm, "NHS Westmoor Integrated Care Board")
    canv.drawString(2 * cm, 1.2 * cm, "PINS Steering Group | 19.05.27 | DRAFT v0.2 - subject to approval at next meeting")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canv.drawCentredString(A4[0] / 2, 0.7 * cm, "OFFICIAL")
    canv.restoreState()


s = []
s.append(Paragraph("Partnerships for Inclusion of Neurodiversity in Schools (PINS)", h1))
s.append(Paragraph("Westmoor Local Area Steering Group - Minutes", ParagraphStyle("t2", parent=h2, fontSize=12, spaceBefore=0)))
s.append(Paragraph("Wednesday 19 May 2027, 13:30-15:00, Boardroom 1, Westmoor ICB (Quayside House) and MS Teams", body))
s.append(Spacer(1, 4))

att = [
    ["Present", ""],
    ["Yusuf Okafor (YO)", "Designated Clinical Officer, Westmoor ICB - Chair"],
    ["Fiona Marsh (FM)", "PINS Programme Coordinator, Westmoor ICB - minutes"],
    ["Grace Adeyemi (GA)", "Head of Children's Therapies, Westmoor Community Health NHS Trust"],
    ["Dr Leon Baptiste (LB)", "Clinical Psychologist, Westmoor CAMHS"],
    ["Helen Brooks (HB)", "SENCo, Riverside Primary School (wave 1 school rep)"],
    ["Sue Ingram (SI)", "Inclusion Lead, Westmoor Learning Trust"],
    ["Sarah Kent (SK)", "School Improvement Adviser, Westmoor Council"],
    ["Kerry Lang (KL)", "Parent Champion, Westmoor Parent Carer Forum"],
    ["Apologies", "Mary Walker (Head of SEND); Dr Anita Patel (Consultant Community Paediatrician)"],
]
t = Table(att, colWidths=[4.6 * cm, 12 * cm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
    ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
    ("SPAN", (0, 0), (1, 0)),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")),
    ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F4F4F4")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#AEB7BD")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
s.append(t)
s.append(Spacer(1, 6))

P = lambda x: s.append(Paragraph(x, body))
H = lambda x: s.append(Paragraph(x, h2))

H("1. Welcome, apologies and declarations of interest")
P("The Chair welcomed members. Apologies as above. SI declared that two Westmoor Learning Trust schools are nominated for wave 2 (item 4); she did not take part in that decision.")

H("2. Minutes of 21 April 2027 and action log")
P("The minutes were agreed as accurate. Action log: A3, A5 and A6 complete and closed. A7 (wave 1 school self-evaluation returns): 14 of 18 returned; SK continues to chase the remaining four - carried forward on the log, no new date set. A4 (OT observation template) complete - closed.")

H("3. Wave 1 progress report (FM) - overall RAG: AMBER")
P("FM presented the highlight report. Since September: 18 schools engaged; 212 school staff trained in the neurodiversity-affirming practice modules; 31 whole-school environment walks completed jointly by OT and SENCo; 9 parent and carer workshops held with 164 attendees (target 150). Spend to 30 April is £141,600 against a budget of £180,000.")
P("The Amber rating reflects occupational therapy capacity. GA reported one OT vacancy since March and a second post-holder going on maternity leave in July. Wave 1 environment walks will still be completed, but the team may not be able to support the twelve wave 2 schools from September without backfill. Members discussed whether the speech and language therapy team could take on some of the environment walks; GA felt this would not be appropriate as the assessments need OT sensory expertise. GA undertook to confirm, before the May half-term break, whether the OT team can cover the wave 2 schools or whether agency backfill will be needed.")
P("HB gave a school view: staff confidence scores at Riverside rose from 2.4 to 3.8 (out of 5) and there have been no suspensions of pupils on the neurodevelopmental pathway this year. Members thanked HB and the Riverside staff.")

H("4. Wave 2 school selection")
P("Nineteen schools applied for wave 2. The Steering Group <b>agreed</b> that wave 2 will comprise 12 schools (8 primary, 3 secondary, 1 all-through), prioritised on suspension rates and numbers of children awaiting neurodevelopmental assessment; the list is at Appendix A (not reproduced). The seven schools not selected will be offered places on the central training modules.")
P("FM will circulate the final wave 2 school list to all headteachers by Friday, with a covering note explaining the criteria. SK will brief headteachers at the Primary Heads' Forum on 8 June so that unsuccessful schools hear the reasons directly.")

H("5. Parent and carer offer")
P("KL fed back from PCF members: workshops have been valued but many working parents cannot attend daytime sessions, and fathers are under-represented (11% of attendees). There was strong support for an evening format. HB agreed to co-design an evening parent workshop with SI and to bring a draft outline to the next meeting, with KL to be involved in the design.")
P("KL will also run a short feedback survey on the PINS parent offer at the PCF coffee morning on 9 June and share the results with FM.")

H("6. Finance and carry-forward")
P("FM forecasts an underspend of £38,400 at 31 August, mainly because OT backfill was not recruited. NHS England's grant conditions allow carry-forward only with the regional team's written agreement. YO agreed to write to the NHS England regional PINS lead within 10 working days requesting carry-forward of the underspend into 2027/28, to be used for OT backfill.")
P("Members noted that NHS England and the DfE intend to publish a national PINS evaluation report in the autumn; the local area has no role in its timing.")

H("7. Evaluation")
P("The national evaluation partner (an independent research organisation) requires a local data extract. LB to provide the anonymised CAMHS referral extract for the wave 1 schools (September 2026 to March 2027) to the evaluation partner by 30 June. FM confirmed the data-sharing agreement was signed on 2 May.")

H("8. Risk register")
P("R3 (therapy workforce) increased from 12 to 16 (likelihood 4 x impact 4); risk owner remains GA, no change to mitigations beyond those in item 3. R5 (school engagement) reduced to 6. No new risks.")

H("9. Any other business")
P("HB advised that Riverside Primary is hosting the NAS 'Autism and girls' twilight on 10 June and all PINS schools are welcome - details in the SENCo bulletin. KL thanked the group for the evening workshop decision, which PCF members had asked for.")

H("10. Date of next meeting")
P("Wednesday 16 June 2027, 13:30-15:00, MS Teams.")
s.append(Spacer(1, 10))
s.append(Paragraph("Signed (Chair): ..................................................  Date: ....................", small))
s.append(Paragraph("Minutes: F. Marsh, PINS Programme Coordinator. Action log updated separately and held on the ICB SharePoint (PINS > Governance).", small))

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                        title="PINS Steering Group minutes 19 May 2027", author="Fiona Marsh")
doc.build(s, onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
