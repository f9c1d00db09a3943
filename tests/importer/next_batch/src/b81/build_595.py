import sys, json
sys.path.insert(0, "/tmp/b81/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.units import cm

STEM = "/tmp/b81/595_eightyfirst_health_wellbeing_board_minutes_pdf"
ss = getSampleStyleSheet()
B = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
I = ParagraphStyle("i", parent=B, leftIndent=28, firstLineIndent=-28)
H = ParagraphStyle("h", parent=B, fontName="Times-Bold", spaceBefore=10)
T = ParagraphStyle("t", parent=B, fontName="Times-Bold", fontSize=13, leading=17, alignment=1)
story = []
def p(t, s=B): story.append(Paragraph(t, s))

p("WESTMOOR HEALTH AND WELLBEING BOARD", T)
p("Minutes of a meeting of the Health and Wellbeing Board held at the Civic Centre, Westmoor on Thursday 23 September 2027 at 2.00 pm", T)
p("<b>Present:</b> Councillor A. Whitcombe (Leader of the Council) (Chair), Dr Sam Whitlock (Vice-Chair, ICB Partner Member for Primary Care), Councillor P. Grantham (Cabinet Member for Children's Services), Councillor Bethan Jones (Chair, Children and Young People Scrutiny Committee), Councillor R. Ellery (Cabinet Member for Adult Social Care), Dr Fiona Marsh (Director of Public Health), Priya Shah (Director of Education), Neil Stroud (Director of Adult Social Services), Richard Hale (Chief Executive, Westmoor ICB), Angela Fenwick (Chief Executive, Westmoor Community Health NHS Trust), Tom Evans (Parent Carer Forum) and Maxine Doyle (Healthwatch Westmoor).")
p("<b>Also in attendance:</b> Mary Walker (Head of SEND), Liam Porter (Data and Performance Manager), Sarah Khan (Participation Officer), Dr Anita Patel (Consultant Community Paediatrician), Dr Yusuf Okafor (Designated Clinical Officer) and Ian Meadows (Democratic Services Officer).")
p("<b>Apologies:</b> Chief Superintendent D. Royce (Westmoor Police), Ms K. Abbott (Voluntary Sector Alliance).")

p("HWB 21/27 DECLARATIONS OF INTEREST", H)
p("Dr Whitlock declared an interest in minute HWB 25/27 (Pharmaceutical Needs Assessment) as a GP partner in a dispensing practice and took no part in that item.")
p("HWB 22/27 MINUTES", H)
p("RESOLVED that the minutes of the meeting held on 8 July 2027 be approved as a correct record.")
p("HWB 23/27 JOINT STRATEGIC NEEDS ASSESSMENT: CHILDREN AND YOUNG PEOPLE WITH SEND", H)
p("The Director of Public Health presented the draft SEND chapter of the Joint Strategic Needs Assessment, which had been developed with the SEND Partnership. The chapter projected a 23 per cent increase in the number of children and young people with EHC plans by 2031, with the fastest growth in autism and social, emotional and mental health needs, and identified significant variation in identification rates between primary schools.")
p("Members welcomed the chapter. Councillor Grantham commented that the chapter said little about outcomes for young people after 16. The Director of Public Health agreed and said that data from the careers service had not been available when the draft was prepared. Mr Porter undertook to add post-16 destinations data for young people with EHC plans to the JSNA chapter before publication.")
p("Ms Doyle reported that Healthwatch had heard from families about inconsistent access to equipment in special schools and asked that this be reflected. The Director of Public Health would incorporate the feedback from this meeting into the final chapter, which is due to be published on the Westmoor Insight website on 29 October 2027.")
p("Dr Okafor noted that the ICB's own needs analysis for the neurodevelopmental pathway had been completed in August and had been shared with the Director of Public Health's team, and that the two were consistent.")
p("RESOLVED that (1) the draft SEND chapter of the JSNA be endorsed for publication, subject to the amendments set out above; and (2) the Board's thanks be recorded to the officers and families who contributed.")
p("HWB 24/27 LOCAL AREA SEND ANNUAL REPORT 2026/27", H)
p("The Director of Education presented the Local Area SEND Annual Report, setting out progress against the Priority Action Plan following the 2026 area inspection. She highlighted the improvement in EHCP timeliness to 61 per cent in the last quarter, the reduction in overdue annual reviews, and the launch of the parent-led quality assurance panel in October.")
p("Councillor Jones noted a discrepancy in table 3, where the number of EHCPs maintained appeared to be higher than the figure reported to her Committee in June. Ms Walker explained that transfers-in from other authorities had been double-counted. Ms Walker would correct the EHCP figures in table 3 before the report went to Cabinet on 12 October.")
p("Councillor Jones indicated that she would consider whether the Scrutiny Committee should add the annual report to its work programme; members noted that this was a matter for the Committee.")
p("Mr Evans welcomed the report but said that families needed to see their voice in it. The Chair proposed that the report include a foreword from the Parent Carer Forum. Mr Evans confirmed that the Forum would provide its foreword to the Director of Education by Friday 8 October.")
p("Ms Khan described the work of the young people's SEND panel. It was agreed that the Participation Officer would produce a young-person-friendly version of the annual report in time for the Youth Council meeting on 11 November.")
p("Dr Patel commented that the report said little about the physical health of young people with SEND as they moved into adult services, including access to annual health checks from age 14. The Chair asked that this be picked up at a future development session. Dr Patel would prepare a short paper on the health of young people with SEND in transition for the Board's December development session.")
p("RESOLVED that the Local Area SEND Annual Report 2026/27 be endorsed and recommended to Cabinet, subject to the correction of table 3 and the inclusion of a foreword from the Parent Carer Forum.")
p("HWB 25/27 PHARMACEUTICAL NEEDS ASSESSMENT 2027", H)
p("The Director of Public Health presented the draft Pharmaceutical Needs Assessment for statutory consultation. RESOLVED that the draft be approved for a 60-day consultation, with delegated authority to the Director of Public Health to make minor amendments.")
p("HWB 26/27 BETTER CARE FUND QUARTER 1 RETURN", H)
p("The Director of Adult Social Services reported that the Quarter 1 return had been submitted to NHS England on 31 August in accordance with national deadlines, under the delegation agreed in July. RESOLVED that the submission be retrospectively endorsed.")
p("HWB 27/27 FORWARD PLAN", H)
p("The Board noted its forward plan. The Democratic Services Officer would add the transition health paper to the December development session agenda.")
p("HWB 28/27 DATE OF NEXT MEETING", H)
p("Thursday 25 November 2027 at 2.00 pm. Development session: Thursday 16 December 2027 (closed session).")
p("The meeting closed at 4.10 pm.")
story.append(Spacer(1, 18))
p("Chair ........................................................")

def foot(c, d):
    c.saveState(); c.setFont("Times-Italic", 8)
    c.drawCentredString(10.5*cm, 1.2*cm, "Health and Wellbeing Board - 23.09.27 - %d" % d.page); c.restoreState()
SimpleDocTemplate(STEM + ".pdf", pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm).build(story, onFirstPage=foot, onLaterPages=foot)

labels = {
 "meeting_date": "2027-09-23",
 "style": ("Held-out batch eightyfirst. A Health and Wellbeing Board's formal minutes as a PDF in council committee style (HWB 21/27-28/27 minute numbers, 'RESOLVED that', reported speech with titles such as 'Mr Porter', 'Ms Walker', 'the Participation Officer'), no action log. Two of the five substantive items are not about SEND. "
  "Traps: the JSNA and annual report endorsements are RESOLVED decisions, not actions; the ICB needs analysis was already completed and shared; Councillor Jones (who is in the people list) only 'would consider' a scrutiny work-programme item, explicitly a matter for her Committee, so not labelled; the Chair 'proposed' the PCF foreword but the action is Mr Evans's confirmation; the Chair asking for a development session item becomes Dr Patel's paper; the PNA consultation and BCF return are other business (the BCF return is already submitted); the Democratic Services Officer's agenda addition is admin and not labelled. The Director of Public Health is not in the people list (person null). "
  "Dates: Mr Porter 'before publication' and the Director of Public Health's final chapter both resolve to the publication date given, Friday 29 October 2027; Ms Walker 'before the report went to Cabinet on 12 October' = Tuesday 12 October 2027; Mr Evans 'by Friday 8 October' = 2027-10-08; the Participation Officer 'in time for the Youth Council meeting on 11 November' = Thursday 11 November 2027; Dr Patel 'for the Board's December development session', whose date is given as Thursday 16 December 2027 = 2027-12-16."),
 "held_out": True,
 "actions": [
  {"key": "add post-16 destinations data for young people", "owner": "Mr Porter", "person": "Liam Porter", "due": "2027-10-29"},
  {"key": "incorporate the feedback from this meeting into the final", "owner": "The Director of Public Health", "person": None, "due": "2027-10-29"},
  {"key": "correct the EHCP figures in table 3", "owner": "Ms Walker", "person": "Mary Walker", "due": "2027-10-12"},
  {"key": "the Forum would provide its foreword", "owner": "Mr Evans", "person": "Tom Evans", "due": "2027-10-08"},
  {"key": "produce a young-person-friendly version of the annual report", "owner": "the Participation Officer", "person": "Sarah Khan", "due": "2027-11-11"},
  {"key": "prepare a short paper on the health", "owner": "Dr Patel", "person": "Anita Patel", "due": "2027-12-16"},
 ]}
json.dump(labels, open(STEM + ".labels.json", "w"), indent=1, ensure_ascii=False)
