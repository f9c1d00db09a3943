"""Builds 264_thirtyfourth_data_subgroup_minutes_kpi_table.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/thirtyfourth_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "264_thirtyfourth_data_subgroup_minutes_kpi_table.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
H = ParagraphStyle("h", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=4)
T = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=14)
C = ParagraphStyle("c", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)

def footer(canvas, doc):
    canvas.saveState(); canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "Westmoor SEND Partnership - Data, Performance & QA Subgroup - 16.09.2027 - DRAFT until approved")
    canvas.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()

s = []
P = lambda t: s.append(Paragraph(t, N))
Hd = lambda t: s.append(Paragraph(t, H))
def tbl(rows, widths):
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t); s.append(Spacer(1, 8))

s.append(Paragraph("Westmoor SEND Partnership<br/>Data, Performance and Quality Assurance Subgroup", T))
P("<b>Minutes of the meeting held on Thursday 16 September 2027, 10.00-12.00, Committee Room 1, Westmoor Civic Centre and MS Teams</b>")
P("<b>Present:</b> Liam Porter (LP), Data and Performance Manager (Chair); Yusuf Okafor (YO), Designated Clinical Officer, ICB; "
  "Grace Adeyemi (GA), Head of Children's Therapies, WCHT; Mary Walker (MW), Head of SEND; Claire Dunmore (CD), SENDIASS Service Manager; "
  "Priya Mistry (PM), Parent Representative, Westmoor PCF<br/><b>In attendance:</b> Ruth Hill (RH), Partnership Business Support (minutes); "
  "Ben Ashworth, ICB Business Intelligence (item 4 only)<br/><b>Apologies:</b> Priya Shah; Owen Reid")

Hd("1. Welcome, apologies and declarations of interest")
P("LP welcomed members, in particular Ben Ashworth from ICB BI who was attending for item 4. Apologies were noted as above. "
  "PM declared that she has a child with an EHCP who is currently in the annual review process; this was noted and did not "
  "require her to withdraw from any item.")

Hd("2. Minutes of the previous meeting (15 July 2027) and action log")
P("The minutes were agreed as an accurate record. The action log was reviewed:")
tbl([["Ref", "Action", "Owner", "Due", "Update 16/09"],
     ["DQ-14", "Produce data quality report on SEN support coding by school", "LP", "31/08/27", "Complete - circulated 27/08. Close."],
     ["DQ-15", "Agree definition of 'health advice on time' with WCHT", "YO / GA", "15/09/27", "Complete - agreed definition at Appendix B. Close."],
     ["DQ-16", "Add SENDIASS enquiry themes as standing item", "RH", "Sept mtg", "Complete - on today's agenda (item 6). Close."],
     ["DQ-17", "Share parent survey draft with PCF", "LP", "30/07/27", "Complete. See item 7 for next step."],
     ["DQ-18", "Data sharing agreement (DSA) - legal review", "MW", "31/08/27", "Legal review complete. Signatures outstanding - see item 8."]],
    [1.4 * cm, 6 * cm, 1.6 * cm, 1.8 * cm, 5.2 * cm])

Hd("3. SEND performance dashboard - Q1 2027/28")
P("LP presented the Q1 dashboard. The headline figures are set out below. LP reminded members that the 'Target' and 'Target date' "
  "columns are those set in the SEND and AP Improvement Plan and are not new commitments of this subgroup.")
tbl([["Measure", "Q4 26/27", "Q1 27/28", "England", "Target", "Target date", "RAG"],
     ["New EHCPs issued within 20 weeks (excl. exceptions)", "48%", "53%", "50.3%", "65%", "31 Mar 2028", "A"],
     ["EHC needs assessment requests (number)", "211", "236", "-", "n/a", "-", "-"],
     ["Health advice returned within 6 weeks", "71%", "64%", "-", "90%", "31 Dec 2027", "R"],
     ["Annual reviews completed within 4 weeks of meeting", "38%", "41%", "-", "60%", "30 Jun 2028", "R"],
     ["SLT waiting list > 18 weeks (number)", "312", "344", "-", "< 150", "31 Mar 2028", "R"],
     ["Pupils with EHCP in mainstream (%)", "41%", "41%", "41.5%", "45%", "Sept 2028", "A"],
     ["Tribunal appeals registered (number)", "19", "23", "-", "n/a", "-", "-"]],
    [5.2 * cm, 1.6 * cm, 1.6 * cm, 1.5 * cm, 1.5 * cm, 2.2 * cm, 1 * cm])
P("Members welcomed the improvement in 20-week timeliness, which is now just above the England average for the first time since 2023. "
  "MW cautioned that the Q1 figure is flattered by a lower number of requests in April because of the Easter holidays and she did not expect "
  "the improvement to be sustained in Q2 without the additional EP capacity. The subgroup noted that the national SEN2 return for January 2028 "
  "will be published by the DfE in June 2028 and that comparisons until then are with the 2027 national figures.")
P("PM said parents on the PCF Facebook group consistently report that secondary transfer plans are the latest, and asked whether the dashboard "
  "could show timeliness by phase of education. LP said the case management system holds phase, so this is possible. "
  "<b>Action: LP to add EHCP 20-week timeliness split by phase to the dashboard for the October subgroup.</b>")
P("There was a long discussion about annual review timeliness. CD said SENDIASS is seeing a growing number of families whose annual review "
  "was held months ago and who have had no amended plan. MW said the service knows this is the weakest area and is the subject of a separate "
  "recovery plan going to the Partnership Board in November; she did not want this subgroup to duplicate that. The subgroup agreed to keep "
  "the measure on the dashboard but not to set up a separate workstream. No action.")

Hd("4. Health data - ICB Business Intelligence")
P("Ben Ashworth presented the new health SEND data set, which brings together community paediatrics, therapies and CAMHS waits for children "
  "and young people with an EHCP or open assessment. Members found this very helpful. The ICB is required to report some of these measures to "
  "NHS England quarterly from October; this is an ICB responsibility and not a subgroup action.")
P("Health advice timeliness has fallen from 71% to 64%. YO explained that the main issue is advice from the acute trust's paediatric "
  "services rather than the community trust, and that a number of requests had been sent to the wrong inbox over the summer. "
  "YO will get health advice 6-week compliance figures from the Trust, broken down by service, and send them to LP by 30 September so "
  "that the October dashboard shows the true position.")
P("GA said therapies are now prioritising EHC advice over routine reviews, which is why the SLT waiting list has grown. She was concerned that "
  "the dashboard gives only a single county-wide number. GA agreed to provide therapy waiting list data by locality in time for the next meeting. "
  "PM asked whether waiting list figures could eventually be linked to school data so that schools could see which of their pupils are waiting. "
  "Members agreed this would be good in the long term but raised information governance issues; it was noted as an aspiration only.")

Hd("5. Data quality - SEN support coding")
P("LP summarised the data quality report (DQ-14). Eleven schools have either no pupils or more than 30% of pupils recorded at SEN support, "
  "which suggests coding problems in one direction or the other. The school census day is Thursday 7 October. "
  "MW agreed to write to all heads about SEN support coding ahead of census day (Thurs 7 Oct), attaching the DfE guidance and the list of "
  "codes. MW will ask Sarah Kent to follow up individually with the eleven schools through school improvement visits; MW said she would "
  "raise this with Sarah directly and it did not need to be an action of this group.")
P("CD asked whether schools with low SEN support numbers also have high numbers of EHC needs assessment requests. LP said he would look "
  "at this when the census data is in, but it would not be before the new year. Members agreed this should be picked up as part of the "
  "annual data quality report in February rather than as a separate action.")

Hd("6. SENDIASS - enquiry themes")
P("CD gave a verbal update. SENDIASS handled 604 enquiries in Q1, the highest number on record. The main themes were: annual reviews and "
  "amendments (31%), requests for assessment (22%), school exclusions and part-time timetables (14%), and transport (9%). "
  "CD is happy to share anonymised themes but would need to check the wording with the SENDIASS steering group to protect impartiality. "
  "CD to share anonymised themes from SENDIASS enquiries for Q1 with the subgroup by the end of October.")
P("Members thanked CD and noted the strong overlap between the SENDIASS themes and the dashboard measures that are rated red.")

Hd("7. Parent and carer survey 2027")
P("LP said the online parent and carer survey will go live on Monday 4 October and run for six weeks. The draft had been shared with the PCF in "
  "July (DQ-17). PM said the forum's steering group wanted to look at the wording of three questions, especially the question about "
  "'feeling listened to', which parents found confusing last year. "
  "<b>Action: PM to check the survey wording with PCF steering group and come back to LP by Fri 1st Oct.</b>")
P("GA asked whether the survey could include a question on therapies. LP said it already does (Q14). No action.")

Hd("8. Data sharing agreement")
P("MW reported that legal review of the DSA between the council, ICB and WCHT is complete and the final version is ready for signature. "
  "Signatures are needed from the Caldicott Guardian (ICB and WCHT) and the council's SIRO. "
  "RH to recirculate the data sharing agreement for signature by 24 September. YO said the ICB signature may take longer because "
  "the Caldicott Guardian is on leave until mid-October; members accepted that.")

Hd("9. Reporting to the Partnership Board")
P("The Partnership Board meets on 11 November. The Chair of the Board has asked for the joint education and health dashboard to be presented "
  "for the first time. LP to present the joint dashboard at the November Partnership Board, with YO attending to answer health questions.")
P("MW reminded members that the Ofsted/CQC area SEND inspection could come at any time and that the dashboard and this subgroup's minutes "
  "would be among the first documents requested. Members should therefore make sure their sections are accurate. This was noted.")

Hd("10. Any other business")
P("(a) YO mentioned that NHS England is consulting on a new national SEND health data set. The consultation closes on 29 October. "
  "The ICB will respond; YO will share the ICB response with members for information once submitted. Members did not think a separate "
  "subgroup response was needed.")
P("(b) PM thanked members for the clearer dashboard layout, which the PCF steering group had found much easier to read.")

Hd("11. Date of next meeting")
P("Thursday 21 October 2027, 10.00-12.00, Teams. Future dates: 16 December 2027, 17 February 2028.")
P("<i>Minutes taken by Ruth Hill. Draft to Chair 17/09/27.</i>")

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                  title="Data Subgroup minutes 16.09.27").build(s, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
