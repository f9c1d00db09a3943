import sys, json
sys.path.insert(0, "/tmp/b81/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

STEM = "/tmp/b81/591_eightyfirst_icb_board_in_public_minutes_partial_log"
ss = getSampleStyleSheet()
B = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
H = ParagraphStyle("h", parent=B, fontName="Helvetica-Bold", spaceBefore=8)
T = ParagraphStyle("t", parent=B, fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=1)
S = ParagraphStyle("s", parent=B, fontSize=8.5, leading=10.5)
story = []
def p(t, s=B): story.append(Paragraph(t, s))

p("NHS Westmoor Integrated Care Board", T)
p("Minutes of the Board Meeting held in Public", T)
p("Thursday 4 March 2027, 10:00 - 13:15, Boardroom, Westmoor House, Station Road, and via MS Teams", B)
p("<b>Members present:</b> Dame Frances Okoye (Chair); Richard Hale (Chief Executive); Susan Mbeki (Chief Finance Officer); Dr Alan Turner (Chief Medical Officer); Joanne Pryce (Chief Nursing Officer); Martin Cross (Non-Executive Member, Audit); Dr Leila Haddad (Non-Executive Member, Quality); Peter Quinn (Partner Member, Local Authorities); Dr Sam Whitlock (Partner Member, Primary Care); Angela Fenwick (Partner Member, NHS Trusts).")
p("<b>In attendance:</b> Dr Yusuf Okafor (Designated Clinical Officer for SEND) (item ICB/27/036); Grace Adeyemi (Head of Children's Therapies, Westmoor Community Health NHS Trust) (item ICB/27/036); Priya Shah (Director of Education, Westmoor Council) (item ICB/27/036); Mrs L. Brennan (parent) (item ICB/27/035); Nicola Frost (Board Secretary, minutes).")
p("<b>Apologies:</b> Carl Benson (Director of Strategy and Partnerships); Professor Ruth Adair (Non-Executive Member, Remuneration).")

p("ICB/27/030 Welcome and apologies", H)
p("The Chair welcomed members, attendees and members of the public observing the meeting. Apologies were noted as above. The meeting was confirmed as quorate.")
p("ICB/27/031 Declarations of interest", H)
p("Dr Whitlock declared that his practice hosts a children's neurodevelopmental outreach clinic. The Chair ruled this did not prevent him participating in item ICB/27/036. No other interests were declared beyond those in the published register.")
p("ICB/27/032 Minutes of the meeting held on 7 January 2027", H)
p("The minutes were APPROVED as an accurate record.")
p("ICB/27/033 Action log and matters arising", H)
p("The Board NOTED that all actions from January were complete with the exception of action ICB/27/011 (digital inclusion strategy), which had been deferred to the May meeting by agreement of the Chair. There were no matters arising.")
p("ICB/27/034 Chief Executive's report", H)
p("The Chief Executive presented his report, highlighting the outcome of the system winter review, the publication of the national planning guidance and the progress of the joint forward plan refresh. The Board NOTED the report.")
p("ICB/27/035 Patient story: waiting for a diagnosis", H)
p("Mrs Brennan described her family's experience of waiting 26 months for an autism assessment for her son, now aged nine, and the impact on his school placement, which had broken down in Year 4. She spoke about the support received from the SENDIASS service and from his new school. Board members thanked Mrs Brennan for her courage in sharing her story. The Chair said she would write to Mrs Brennan personally. The Chief Nursing Officer noted that the story illustrated the themes in the paper at the next item.")
p("ICB/27/036 SEND Improvement: Joint Area Inspection progress report", H)
p("Dr Okafor presented the report, which summarised progress against the health elements of the Local Area SEND Priority Action Plan following the area SEND inspection in 2026. He reported that 2,140 children and young people were waiting for a neurodevelopmental assessment, with the longest wait being 118 weeks; that the timeliness of health advice for EHC needs assessments had improved from 54 per cent to 81 per cent within six weeks; and that the new single point of access for children's therapies had gone live in January.")
p("Dr Haddad asked whether there was a credible plan to reduce the neurodevelopmental waiting list. Dr Okafor acknowledged that the plan in the paper did not yet contain a trajectory and explained that modelling was being completed with the provider. It was agreed that the Designated Clinical Officer would bring a trajectory for the neurodevelopmental pathway waiting list to the Quality and Performance Committee meeting on 15 April 2027.")
p("Mr Quinn asked about speech and language therapy capacity in special schools, which had been raised by headteachers. Ms Adeyemi reported that four new speech and language therapy posts had been appointed to, with start dates between March and May. She was not able to say how many would be dedicated to special schools. Ms Adeyemi undertook to confirm to the Board Secretary by the end of the month how many of the four new posts would be dedicated to special schools.")
p("Mrs Shah thanked the ICB for its contribution to the joint plan and advised that the Council was refreshing its SEND and Alternative Provision Strategy with partners. Mrs Shah advised that she would circulate the draft refreshed SEND and Alternative Provision Strategy to Board members for comment by 19 March. The Chair welcomed this and asked that comments be coordinated through the Chief Nursing Officer.")
p("Dr Turner noted that the ICB's statutory responsibilities for SEND were not explicitly reflected in the Board Assurance Framework. The Board asked that the Chief Nursing Officer ensure SEND is included as a distinct risk in the Board Assurance Framework refresh that will come to the Board meeting on 6 May 2027.")
p("The Board APPROVED the ICB's contribution of £180,000 in 2027/28 to the jointly commissioned emotional wellbeing in schools service, as recommended by the Joint Commissioning Group.")
p("The Board NOTED the report and was PARTIALLY ASSURED on progress.")
p("ICB/27/037 Finance report: Month 10", H)
p("The Chief Finance Officer reported a forecast year-end position of breakeven, with pressures in prescribing and continuing healthcare, including children's continuing care. In response to a question from Mr Cross, she confirmed that the breakdown of the children's continuing care overspend requested in January had been provided to the Finance and Investment Committee at its February meeting. The Board NOTED the report.")
p("ICB/27/038 Integrated performance report", H)
p("The Chief Medical Officer and Chief Nursing Officer presented the report. The Board NOTED performance against urgent and emergency care, elective and cancer standards, and NOTED that children's community waiting times remained the area of greatest concern in community services.")
p("ICB/27/039 Committee escalation reports", H)
p("The Board NOTED the escalation reports from the Audit Committee, the Finance and Investment Committee and the Quality and Performance Committee. The Quality and Performance Committee had escalated children's community waiting times, which had been covered under ICB/27/036.")
p("ICB/27/040 Any other business", H)
p("Dr Okafor reminded the Board that the Designated Clinical Officer's annual report was due. It was agreed that Dr Okafor would present the DCO annual report for 2026/27 to the Board at its July 2027 meeting. There was no other business.")
p("ICB/27/041 Date of next meeting", H)
p("Thursday 6 May 2027, 10:00, Westmoor House.")
p("<i>Post-meeting note (Board Secretary, 9 March 2027): the April meeting of the Quality and Performance Committee has been moved from 15 April to 22 April 2027 owing to the Chair's availability. The neurodevelopmental trajectory (ICB/27/036) will therefore be taken on 22 April.</i>")
story.append(Spacer(1, 8))
p("Action log - new actions arising", H)
data = [["Ref", "Action", "Lead", "Due", "Status"],
        ["ICB/27/036a", Paragraph("ND pathway waiting list trajectory to Q&amp;P Committee", S), "DCO", "15/04/27", "Open"],
        ["ICB/27/036b", Paragraph("SEND to be added to BAF refresh", S), "CNO", "06/05/27", "Open"],
        ["ICB/27/011", Paragraph("Digital inclusion strategy (carried forward)", S), "DSP", "06/05/27", "Deferred"]]
t = Table(data, colWidths=[2.3*cm, 8*cm, 1.6*cm, 2*cm, 2*cm])
t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#005EB8")),
                       ("TEXTCOLOR", (0,0), (-1,0), colors.white), ("FONTSIZE", (0,0), (-1,-1), 8.5), ("VALIGN", (0,0), (-1,-1), "TOP")]))
story.append(t)
story.append(Spacer(1, 10))
p("Signed as a true record: ............................................ (Chair)   Date: ....................", S)

def foot(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(2*cm, 1.2*cm, "NHS Westmoor ICB - Board meeting in public - 4 March 2027 - Minutes (approved 6 May 2027)")
    c.drawRightString(19*cm, 1.2*cm, "Page %d" % d.page); c.restoreState()
SimpleDocTemplate(STEM + ".pdf", pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm).build(story, onFirstPage=foot, onLaterPages=foot)

labels = {
 "meeting_date": "2027-03-04",
 "style": ("Held-out batch eightyfirst. ICB Board meeting in public minutes as a PDF (reportlab): item numbers ICB/27/030-041, NOTED/APPROVED/PARTIALLY ASSURED in capitals, reported speech, and a partial 'Action log - new actions arising' table at the end that lists only two of the five new actions (plus a deferred old one) using abbreviations (DCO, CNO). Most of the meeting is not about SEND. "
  "Traps: action ICB/27/011 is an old deferred action (not labelled); the Chair writing to Mrs Brennan is a courtesy by someone outside the partnership, not tracked; the £180,000 contribution is an approval decision; the children's continuing care breakdown is already done; comments on the strategy being 'coordinated through the Chief Nursing Officer' is a process note, not an action; the Q&P escalation is noted; Dr Whitlock's declaration is not an action. The Chief Nursing Officer's BAF action is labelled with person null (not a partnership person). "
  "Dates: the DCO trajectory was due at Q&P on 15 April 2027 (and the log still says 15/04/27) but the post-meeting note moves that meeting to Thursday 22 April 2027, so the final due is 2027-04-22; Ms Adeyemi 'by the end of the month' = Wednesday 31 March 2027; Mrs Shah 'by 19 March' = Friday 19 March 2027; BAF refresh 'Board meeting on 6 May 2027' = 2027-05-06; DCO annual report 'July 2027 meeting' (no date given) = meeting 2027-07."),
 "held_out": True,
 "actions": [
  {"key": "bring a trajectory for the neurodevelopmental pathway waiting list", "owner": "the Designated Clinical Officer", "person": "Yusuf Okafor", "due": "2027-04-22"},
  {"key": "Ms Adeyemi undertook to confirm to the Board Secretary", "owner": "Ms Adeyemi", "person": "Grace Adeyemi", "due": "2027-03-31"},
  {"key": "circulate the draft refreshed SEND and Alternative Provision", "owner": "Mrs Shah", "person": "Priya Shah", "due": "2027-03-19"},
  {"key": "ensure SEND is included as a distinct risk", "owner": "the Chief Nursing Officer", "person": None, "due": "2027-05-06"},
  {"key": "present the DCO annual report for 2026/27", "owner": "Dr Okafor", "person": "Yusuf Okafor", "due": "meeting 2027-07"},
 ]}
json.dump(labels, open(STEM + ".labels.json", "w"), indent=1, ensure_ascii=False)
