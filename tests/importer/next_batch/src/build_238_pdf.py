"""Builds 238_thirtieth_senco_termly_report_governors.pdf into the parent folder."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/thirtieth_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = Path(__file__).resolve().parent.parent / "238_thirtieth_senco_termly_report_governors.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=10, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)
cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12, spaceAfter=0)


def P(t, st=body):
    return Paragraph(t, st)


def tbl(rows, widths, head=True):
    data = [[Paragraph(str(c), cell) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
    t.setStyle(TableStyle(style))
    return t


def furniture(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 28.6 * cm, "Riverside Primary School  |  Full Governing Body  |  17 March 2027  |  Agenda item 6")
    c.drawRightString(19 * cm, 28.6 * cm, "CONFIDENTIAL - contains pupil-level data - not for publication")
    c.drawString(2 * cm, 1.2 * cm, "SENCo Report to Governors - Spring Term 2027")
    c.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
    c.restoreState()


s = []
s.append(P("Riverside Primary School", h1))
s.append(P("<b>SENCo Report to the Full Governing Body - Spring Term 2027</b>"))
s.append(P("Author: Helen Brooks, SENCo (NASENCo)<br/>Meeting: Full Governing Body, Wednesday 17 March 2027<br/>"
           "Link governor for SEND: Mr Femi Oyelaran<br/>Headteacher: Mrs Nadia Khan", body))

s.append(P("1. Purpose of this report", h2))
s.append(P("This report updates governors on provision for pupils with special educational needs and disabilities (SEND) "
           "during the spring term, in line with the governing body's duties under the Children and Families Act 2014 "
           "and the SEND Code of Practice. It covers the SEN register, Education, Health and Care Plans (EHCPs), "
           "interventions and their impact, staffing and training, work with outside agencies, funding, and my "
           "priorities for the summer term. Governors are asked to note the report and to approve the revised SEND "
           "policy (Appendix A)."))

s.append(P("2. The SEN register", h2))
s.append(P("At the spring census (21 January 2027) there were 412 pupils on roll. The table below shows the number of "
           "pupils at each stage compared with the autumn term."))
s.append(tbl([["", "Autumn 2026", "Spring 2027", "National (Jan 26)"],
              ["SEN support", "61 (14.9%)", "66 (16.0%)", "13.6%"],
              ["EHCP", "14 (3.4%)", "16 (3.9%)", "4.8%"],
              ["EHC needs assessment in progress", "3", "4", "-"],
              ["Total SEND", "75 (18.3%)", "82 (19.9%)", "18.4%"]], [6 * cm, 3.2 * cm, 3.2 * cm, 3.6 * cm]))
s.append(Spacer(1, 6))
s.append(P("The largest primary area of need remains communication and interaction (44% of pupils on the register), "
           "followed by social, emotional and mental health (27%). Five pupils were added to the register this term, "
           "all following the four-part assess-plan-do-review cycle and discussion with parents. Two pupils were "
           "removed after making sustained progress in reading. Boys continue to be over-represented (58 of 82)."))

s.append(P("3. Education, Health and Care Plans", h2))
s.append(P("Two new EHCPs were issued this term, both within the 20-week timescale. Eleven annual reviews were held; nine "
           "amended plans have been received from the local authority and two are outstanding, one of which is now "
           "14 weeks overdue. I have raised this through the usual channels. The local authority has told us that it "
           "intends to clear its backlog of amended plans by the summer; this is the local authority's commitment and "
           "not something the school can control."))
s.append(P("Following the Year 6 phase transfer deadline, all four Year 6 pupils with EHCPs have a named secondary school. "
           "Transition meetings with receiving SENCos will take place in June and July as in previous years."))

s.append(P("4. Provision and interventions", h2))
s.append(P("Interventions this term were tracked on the provision map. Headline outcomes:"))
s.append(tbl([["Intervention", "Pupils", "Impact (entry to exit)"],
              ["Talk Boost (Reception/Y1)", "12", "10 of 12 made accelerated progress in language scores"],
              ["Precision teaching - reading", "15", "Average gain of 7 months in reading age over 10 weeks"],
              ["ELSA sessions", "9", "Boxall profile improved for 7 of 9; 2 referred on"],
              ["Lego therapy", "6", "Too early to judge - started February"],
              ["Fine motor group", "8", "Handwriting legibility improved for all; OT programme continued"]],
             [5.5 * cm, 2 * cm, 8.5 * cm]))
s.append(Spacer(1, 6))
s.append(P("The provision map is not yet used consistently by all class teachers. In three classes it was updated only "
           "at the end of the term, which makes it hard to judge impact in real time. This is carried forward as a "
           "priority (see section 10)."))

s.append(P("5. Staffing and training", h2))
s.append(P("We now have 11 teaching assistants, of whom 6 are deployed to support pupils with EHCPs. Mrs Ellis completed "
           "her ELSA supervision and continues to deliver sessions three afternoons a week. All teaching staff attended "
           "the February INSET on adaptive teaching led by the local authority's School Improvement Adviser, Sarah Kent. "
           "Feedback was very positive, and Mrs Kent has offered a follow-up session for the autumn if we want one; "
           "no decision has been made on this yet."))
s.append(P("Teaching assistants have asked for more training on emotional regulation. This is included in the summer "
           "priorities."))

s.append(P("6. Outside agencies", h2))
s.append(P("<b>Educational Psychology.</b> Our EP time was reduced this term because of vacancies in the service and we "
           "received only 3 of our 6 planned visits. Two pupils are waiting for EP involvement for statutory advice. "
           "Mrs Khan agreed at the SLT meeting on 10 March that she will raise the delay in EP allocation with David Lowe, "
           "the Principal Educational Psychologist, at the headteachers' briefing on 22 April."))
s.append(P("<b>Speech and language therapy.</b> The NHS speech and language therapy service visited fortnightly. Waiting "
           "times for new referrals are around 40 weeks. The Trust has told SENCos that it will recruit additional "
           "therapists during 2027; again, this is for the Trust and not the school."))
s.append(P("<b>Other.</b> Two referrals to CAMHS were accepted this term. The school nurse ran a continence clinic in "
           "February for three families."))

s.append(P("7. SEND funding", h2))
s.append(P("Notional SEN budget for 2026/27 is &#163;186,400. Top-up funding is received for the 16 pupils with EHCPs. "
           "Expenditure is on track. A summary of spend by category is in Appendix B. The Finance Committee will "
           "consider the 2027/28 allocation at its meeting on 28 April."))

s.append(P("8. Attendance, suspensions and exclusions", h2))
s.append(P("Attendance of pupils with SEND this term is 91.8% compared with 95.1% for all pupils. Two pupils with EHCPs "
           "account for much of the gap and both have individual attendance plans. There were three suspensions this "
           "term (one pupil on SEN support, one with an EHCP, one without SEN). There were no permanent exclusions."))

s.append(P("9. Parent and pupil voice", h2))
s.append(P("Twenty-eight parents returned the SEND questionnaire in February. 86% agreed or strongly agreed that "
           "their child is well supported at Riverside. The most common comment was that parents would like more "
           "information about what interventions their child is receiving. Parents also said they would value a chance "
           "to meet other families. Pupil voice interviews with 12 pupils on the register showed that most could name an "
           "adult they would go to if they were worried. I would like, at some point, to explore setting up a nurture "
           "group, but this depends on the budget for next year and is not a plan at this stage."))

s.append(P("10. Review of spring priorities and priorities for the summer term", h2))
s.append(P("<b>Spring term priorities - progress</b>"))
s.append(tbl([["Spring priority", "Lead", "Status"],
              ["Introduce the new One Page Profile template for all pupils with EHCPs", "HB", "Achieved - all 16 completed by 26 Feb"],
              ["Audit of reading interventions in KS2", "HB / English lead", "Achieved - reported to Curriculum Committee 3 March"],
              ["Provision map updated half-termly by all class teachers", "Class teachers", "Partly achieved - carried forward (summer priority 1)"],
              ["SEND governor visit focused on pupil voice", "Mr Oyelaran", "Achieved - visit 9 February, note circulated"]],
             [7.5 * cm, 3.5 * cm, 5 * cm]))
s.append(Spacer(1, 8))
s.append(P("<b>Summer term priorities</b> (term ends Wednesday 21 July 2027)"))
s.append(tbl([["#", "Priority / action", "Lead", "By when"],
              ["1", "Relaunch the provision map on Edukey for all classes, with a short guide for class teachers", "HB", "May half term"],
              ["2", "Deliver Zones of Regulation training to teaching assistants", "HB / Mrs Ellis (ELSA)", "INSET day, Mon 7 June"],
              ["3", "Submit EHC needs assessment requests for two Year 1 pupils", "HB", "30 April"],
              ["4", "Review and publish the SEN Information Report on the school website", "HB with SEN link governor", "Before 1 July"],
              ["5", "Hold a coffee morning for parents of pupils on the register, jointly with the Parent Carer Forum", "HB / Tom Evans (PCF)", "Summer 1"]],
             [0.8 * cm, 8.2 * cm, 4 * cm, 3 * cm]))
s.append(Spacer(1, 6))
s.append(P("In addition, Mr Oyelaran and I have agreed that he will carry out a learning walk focused on adaptive "
           "teaching for pupils with SEND during the summer term."))

s.append(P("11. Recommendations", h2))
s.append(P("Governors are asked to:"))
s.append(P("a) note the contents of this report;<br/>b) approve the revised SEND policy at Appendix A;<br/>"
           "c) note that the SEN Information Report will be brought for approval at the summer meeting."))
s.append(P("Questions governors may wish to ask: How do we know interventions are making a difference? Is the rise in "
           "the register reflected in our staffing? What are we doing about the attendance gap?", small))
s.append(P("Helen Brooks, SENCo - 10 March 2027", small))

doc = SimpleDocTemplate(str(OUT), pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm, leftMargin=2 * cm, rightMargin=2 * cm,
                        title="SENCo Report to Governors - Spring 2027", author="H Brooks")
doc.build(s, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
