"""Builds 220_twentyeighth_pcf_agm_treasurer_minutes.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/twentyeighth_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "220_twentyeighth_pcf_agm_treasurer_minutes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=15)
h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

S = []
P = lambda t, s=body: S.append(Paragraph(t, s))

P("Westmoor Parent Carer Forum (CIO, charity no. 1187xxx)<br/>ANNUAL GENERAL MEETING – MINUTES", h1)
P("Saturday 12th June 2027, 10.00am – 12.15pm, The Hub, Westmoor Community Centre (and on Zoom)<br/>"
  "Creche and sibling room provided by Westmoor Play Rangers – thank you!")
P("<b>Present:</b> 38 members in the room, 11 on Zoom (attendance sheet held by the Secretary). "
  "<b>Trustees:</b> Tom Evans (co-chair, chairing), Kerry Lang (trustee &amp; parent champion), Jo Fenwick (Treasurer), "
  "Lou Marsh (Secretary), Priya Mistry (trustee). <b>Guests:</b> Mary Walker (Head of SEND, Westmoor Council), "
  "Yusuf Okafor (Designated Clinical Officer, ICB), Anne Price (Independent Chair, SEND Partnership), "
  "Claire Dunmore (SENDIASS) – for the Q&amp;A only.")
P("<b>Apologies:</b> Dee Clarke (co-chair – on leave), 6 members by email. <b>Minutes:</b> Lou Marsh")

P("1. Welcome and quorum", h2)
P("Tom welcomed everyone, especially the 9 people at their first forum event. The quorum for an AGM under our constitution "
  "is 20 members; 49 present so the meeting was quorate. Tom reminded people that the meeting is being recorded for the "
  "minutes only and the recording will be deleted once the minutes are approved.")

P("2. Minutes of the 2026 AGM and matters arising", h2)
P("The minutes of the AGM held on 13 June 2026 were approved as a true record (proposed Kerry Lang, seconded by a member, Sam O.). "
  "Matters arising: (a) the action to move to dual online banking signatories is complete – Jo and Tom are now both "
  "authorised. (b) Last year we agreed to write to the council about short breaks eligibility – Tom did this in July 2026 and "
  "the response is on our website. (c) The Facebook page moderation policy was agreed by the trustees in September. "
  "Nothing else outstanding.")

P("3. Chair's report (Tom Evans)", h2)
P("Tom gave the annual report, which members had been sent with the papers. Highlights: the forum now has 1,212 members "
  "(up from 960); we took part in 41 co-production meetings with the council and NHS; we ran 10 coffee mornings and 3 "
  "workshops (EHCP annual reviews, transport, and sleep). The biggest issue from families this year has again been "
  "annual reviews that do not happen on time, or happen and then nothing arrives afterwards. Tom said he would write "
  "formally to the Head of SEND, copying the Director of Education, setting out the annual review examples members had "
  "shared (anonymised) and asking for a response – he will do this by the end of June. Mary Walker, who was present, said "
  "she would welcome the letter.")
P("Tom thanked the area SEND inspection team for meeting parents last year and said the forum would keep challenging the "
  "partnership on the priority action plan, but also recognised that EHC needs assessment timeliness was improving. "
  "He thanked the outgoing trustee Marcus Bell for four years on the committee.")

P("4. Treasurer's report and accounts 2026/27 (Jo Fenwick)", h2)
P("Jo presented the accounts for the year ended 31 March 2027, which have been independently examined by "
  "R. Singh ACCA. Summary below (full accounts available on request and on the website once filed).")

data = [["", "2026/27 (£)", "2025/26 (£)"],
        ["Income – DfE PCF grant (via Contact)", "17,500", "17,500"],
        ["Income – Council participation contract", "12,000", "10,000"],
        ["Income – ICB co-production payments", "4,850", "1,200"],
        ["Income – donations / fundraising", "2,316", "3,904"],
        ["Total income", "36,666", "32,604"],
        ["Expenditure – participation fees to parents", "9,430", "7,115"],
        ["Expenditure – venue hire & refreshments", "5,022", "4,380"],
        ["Expenditure – coordinator (part-time, 18.5 hrs)", "14,880", "14,250"],
        ["Expenditure – insurance, website, Zoom, DBS", "2,107", "1,994"],
        ["Total expenditure", "31,439", "27,739"],
        ["Surplus / (deficit)", "5,227", "4,865"],
        ["Reserves at 31 March (of which restricted)", "21,904 (6,300)", "16,677 (4,100)"]]
tb = Table(data, colWidths=[9 * cm, 3.3 * cm, 3.3 * cm])
tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("FONT", (0, 5), (-1, 5), "Helvetica-Bold", 9),
                        ("FONT", (0, 10), (-1, 12), "Helvetica-Bold", 9),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
S.append(tb)
S.append(Spacer(1, 6))
P("Jo explained that reserves are now above the 3–6 months' running costs in our reserves policy, partly because the ICB "
  "co-production payments came in late in the year. The trustees will need to decide what to do with the unrestricted "
  "surplus. Jo will take a revised reserves policy to the July committee meeting so the trustees can review it. "
  "Members asked questions:")
P("• <i>Why did donations go down?</i> – No sponsored walk this year (the organiser moved away). Someone suggested a "
  "sponsored swim; Jo said lovely idea if anyone wants to organise one (nobody volunteered on the day).<br/>"
  "• <i>Are parents paid for going to meetings?</i> – Yes, £20 per hour under our participation payments policy, plus travel. "
  "The ICB now pays at the same rate.<br/>"
  "• <i>Is the coordinator job secure?</i> – Funded to March 2028 on current grants.")
P("<b>Resolved:</b> the accounts for 2026/27 were received and approved (proposed Priya Mistry, seconded Ann W.; "
  "carried, none against, 2 abstentions). <b>Resolved:</b> R. Singh ACCA re-appointed as independent examiner for 2027/28. "
  "Jo will submit the annual return and accounts to the Charity Commission by the 31 January deadline – Jo said she "
  "intends to file well before then, by the end of September 2027, \"while it's fresh\".")

P("5. Election of trustees", h2)
P("Under the constitution one third of trustees retire each year. Kerry Lang and Jo Fenwick stood for re-election and were "
  "re-elected unopposed. Two nominations had been received for new trustees: Femi Adebayo and Rachel Toms. Both spoke "
  "briefly and were elected by show of hands (no votes against). Marcus Bell stood down. The committee is now 7 trustees. "
  "Officer roles will be confirmed at the first committee meeting (July) – no change expected.")

P("6. Guest Q&amp;A – 'Ask the Partnership'", h2)
P("Tom introduced Mary Walker, Yusuf Okafor, Anne Price and Claire Dunmore. Questions had been collected in advance "
  "through the Facebook group (53 questions, grouped into themes by Kerry).")
P("<b>Neurodevelopmental waits.</b> Several parents described waiting over two years for an autism assessment. Yusuf said the "
  "longest wait is now 88 weeks and explained the independent provider contract. A parent asked whether some parts of "
  "Westmoor wait longer than others. Yusuf did not have the figures with him and agreed to send the forum the ND waiting "
  "list figures broken down by ward or postcode area, within two weeks. Kerry will share them in the Facebook group when "
  "they arrive.")
P("<b>Annual reviews.</b> Mary acknowledged the problem and said an annual review recovery team has been in place since April. "
  "She said she would rather not give numbers off the top of her head, and pointed to the letter Tom is sending (see item 3).")
P("<b>Transport.</b> Many questions about post-16 transport and late taxis. Mary said transport sits with Mark Walsh's team. "
  "Anne Price said she would take the transport questions from today back to the SEND Partnership Board as a formal item "
  "at its July meeting and ask for a written response to the forum. Members welcomed this.")
P("<b>SENDIASS.</b> Claire said SENDIASS waiting times for casework are now 3 weeks. Claire's session on "
  "'preparing for your annual review' is already in the autumn programme – pencilled in for Tuesday 5 October 2027 "
  "(agreed at the May committee), so members were asked to save the date.")
P("<b>Preparing for adulthood.</b> A question about college places for 19–25 year olds was taken away; Mary will pass it to "
  "Owen Reid (PfA lead) and the answer will go in the next newsletter. Lou to include Owen's answer in the July newsletter.")

P("7. Plans for 2027/28", h2)
P("Priya Mistry presented the draft plan for the year, drawn from the membership survey (last autumn) and the Facebook group "
  "polls. Priorities: (1) annual reviews and EHCP quality, (2) neurodevelopmental pathway, (3) transport, (4) reaching "
  "families who don't currently engage – in particular dads and male carers, and families in the east of the borough. "
  "Priya will circulate the 2027 membership survey by 9 July so members can comment on priorities before the trustees "
  "finalise the plan.")
P("Kerry said several dads had asked for something just for them. Kerry will set up a closed Facebook group for dads and "
  "male carers before the September coffee morning, and will ask Femi to help moderate. Femi agreed.")
P("It was suggested that the forum could hold a summer picnic for families again – the trustees will think about it "
  "if there's capacity (no commitment). A member asked whether the forum could offer a creche at every event – not "
  "affordable at present, noted.")

P("8. Any other business", h2)
P("• A member thanked the forum for the transport workshop. • The Contact national conference is in November – anyone "
  "interested in going should tell Lou. • Lou confirmed the approved 2026 AGM minutes went on the "
  "website this morning; the accounts follow automatically when the Charity Commission publishes them.")
P("Meeting closed 12.15pm. Next AGM: June 2028 (date tbc). Next committee meeting: Wednesday 14 July 2027, 7pm, online. "
  "Next coffee morning: Thursday 9 September 2027, St Mark's church hall.")

P("Summary of actions from the AGM (Secretary's list)", h2)
P("– Tom – letter to Head of SEND re annual reviews – end June<br/>"
  "– Jo – reserves policy to July committee<br/>"
  "– Yusuf (ICB) – ND waits by ward to forum – 2 weeks<br/>"
  "– Anne Price – transport questions to Partnership Board (July)<br/>"
  "– Priya M – survey out by 9/7<br/>"
  "– Kerry – dads' FB group before Sept coffee morning<br/>"
  "– Lou – Owen's PfA answer in July newsletter", small)
P("<i>Draft – to be approved at the 2028 AGM. Signed ........................ (Chair)  Date ............</i>", small)

def page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(2 * cm, 1.2 * cm, "Westmoor PCF AGM 12.06.2027 – DRAFT minutes")
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                  bottomMargin=2 * cm).build(S, onFirstPage=page, onLaterPages=page)
print("wrote", OUT)
