"""Builds 226_twentyninth_margin_action_minutes.pdf (professional minute-taker, ACTION: in right margin)."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/twentyninth_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

OUT = Path(__file__).resolve().parent.parent / "226_twentyninth_margin_action_minutes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13)
bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold")
marg = ParagraphStyle("m", parent=body, fontName="Helvetica-Bold", fontSize=9, alignment=2)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1)

rows = []  # (num, text, action)
def head(num, text):
    rows.append((num, f"<b>{text}</b>", ""))
def para(text, action=""):
    rows.append(("", text, action))

head("", "PRESENT")
para("Anne Price (Independent Chair) (AP); Mary Walker, Head of SEND (MW); Priya Shah, Director of Education (PS); "
     "Yusuf Okafor, Designated Clinical Officer, Westmoor ICB (YO); Tom Evans, PCF co-chair (TE); Helen Brooks, SENCo, "
     "Riverside Primary School (HB); David Lowe, Principal Educational Psychologist (DL); Sarah Khan, Participation Officer (SKh); "
     "Grace Adeyemi, Head of Children's Therapies, WCHT (GA); Liam Porter, Data and Performance Manager (LP).")
head("", "IN ATTENDANCE")
para("Mark Walsh, Head of Transport (MWa) (for item 36/27 only); Ruth Hill, Partnership Business Support Officer (RH) (minutes).")
head("", "APOLOGIES")
para("James Whitfield, Assistant Director, SEND and Inclusion; Anita Patel, Consultant Community Paediatrician.")

head("31/27", "WELCOME, APOLOGIES AND DECLARATIONS OF INTEREST")
para("The Chair welcomed members to the meeting, which was held in the Council Chamber at Westmoor House with two members "
     "joining remotely. Apologies were noted as above. HB declared an interest in item 35/27 as Riverside Primary School was one "
     "of the schools taking part in the graduated approach pilot. The Chair ruled that HB could take part in the discussion as "
     "the item was for information.")

head("32/27", "MINUTES OF THE PREVIOUS MEETING (8 SEPTEMBER 2027) AND MATTERS ARISING")
para("The minutes of the meeting held on 8 September 2027 were agreed as a correct record, subject to the correction of "
     "the spelling of a school's name at minute 24/27.")
para("Minute 22/27: DL reported that the educational psychology statutory advice data had been circulated to members on "
     "20 September as agreed.", "ACTION: Complete")
para("Minute 25/27: RH confirmed that the terms of reference had been amended to reflect the change of quorum. The revised "
     "version was tabled and members raised no further comments.", "ACTION: Complete")
para("Minute 27/27: LP advised that the request for the SEND Local Offer website analytics remained outstanding because "
     "of the supplier's contract renewal. Members agreed that this would be picked up under item 37/27 and the action was closed "
     "on the log.", "ACTION: Closed")
para("RESOLVED: (1) that the minutes of the meeting held on 8 September 2027 be approved as a correct record and signed by the Chair; "
     "(2) that the action log be updated accordingly.")

head("33/27", "EHCP TIMELINESS - RECOVERY PLAN UPDATE")
para("MW presented the report, which had been circulated in advance. She reminded the Board that timeliness of new "
     "Education, Health and Care Plans within 20 weeks had fallen to 41% in the quarter to June 2027, against a national "
     "figure of around 50%. The recovery plan agreed in July had focused on clearing the backlog of assessments awaiting "
     "educational psychology advice, and the additional locum capacity had now been in place for eight weeks.")
para("DL reported that the number of cases awaiting EP advice beyond six weeks had reduced from 212 to 138. He cautioned "
     "that the reduction was being achieved through locum capacity which was funded only until the end of March 2028 and that the "
     "permanent recruitment round had attracted two applicants for five posts.")
para("TE welcomed the improvement but said that parents continued to report poor communication while assessments were "
     "under way. Families were often not told when a deadline would be missed. MW acknowledged this and said that the "
     "casework team had begun sending a standard update letter at week 12, although this was not yet consistent.")
para("Members discussed whether the trajectory in the report was realistic. PS observed that the trajectory assumed a "
     "steady rate of new requests, whereas requests had risen by 18% year on year. The Chair asked that the trajectory be "
     "re-modelled using the higher rate of demand. MW agreed to bring a revised timeliness trajectory, modelled on current "
     "demand, to the December meeting of the Board.", "ACTION: MW")
para("RESOLVED: (1) that the Board noted the progress against the EHCP recovery plan; (2) that the Board endorsed the "
     "continuation of the locum arrangements to 31 March 2028, subject to the Council's budget setting process.")

head("34/27", "NEURODEVELOPMENTAL PATHWAY - WAITING TIMES")
para("YO introduced the report on behalf of the Integrated Care Board. The waiting list for autism assessment for children "
     "under 18 stood at 1,940, with a median wait of 71 weeks. The ICB had commissioned an independent validation of the list, "
     "which was expected to identify children who had moved out of area or were already under another service.")
para("GA noted that many families on the list were also waiting for speech and language therapy and occupational therapy, "
     "and that the two lists had never been cross-referenced. Members agreed this would be valuable.")
para("It was noted that the ICB Board would consider the business case for additional assessment capacity at its meeting "
     "in November, and that this was a matter for the ICB rather than the Partnership Board.")
para("YO undertook to write to the provider trust asking for the validation findings to be shared with the Board, with the "
     "letter to be sent by 29 October 2027.", "ACTION: YO")
para("GA agreed to work with LP to cross-reference the therapy waiting lists with the neurodevelopmental list and to report "
     "the findings to the February 2028 meeting.", "ACTION: GA / LP")
para("RESOLVED: that the Board noted the report and the ICB's intention to present a business case to the ICB Board.")

head("35/27", "GRADUATED APPROACH TOOLKIT - PILOT EVALUATION")
para("DL presented the interim evaluation of the graduated approach toolkit pilot, which had run in fourteen schools "
     "during the summer term. Feedback from SENCos had been largely positive, and requests for statutory assessment from "
     "pilot schools had fallen slightly compared with non-pilot schools, although DL stressed that the sample was too small "
     "to draw firm conclusions.")
para("HB spoke of her school's experience and said the toolkit had been most useful in structuring conversations with "
     "parents. She felt that the toolkit should be shared more widely with mainstream SENCos before roll-out. HB agreed to "
     "present the toolkit to the SENCo network at its meeting on 18 November 2027 and to feed back comments to DL.",
     "ACTION: HB")
para("TE asked whether parents had been involved in the evaluation. DL confirmed that a parent survey had been issued "
     "but the response rate had been low (23 responses). Members felt this was a gap. It was suggested that the PCF could "
     "help, but no firm commitment was made at this stage and the matter would be revisited when the final evaluation was "
     "presented.")
para("RESOLVED: (1) that the interim evaluation be noted; (2) that the final evaluation be presented to the Board in "
     "March 2028 before any decision on roll-out to all schools.")

head("36/27", "HOME TO SCHOOL TRANSPORT - POLICY CONSULTATION")
para("The Chair welcomed MWa to the meeting. MWa reported that the consultation on the revised post-16 transport policy "
     "statement had closed on 30 September. He had already circulated the summary of responses to members on 4 October, and "
     "he thanked the PCF for its help in promoting the consultation, which had received 612 responses.")
para("TE said that the main concern raised by families was the proposal to replace door-to-door transport with "
     "independent travel training for some young people aged 16 to 18. He asked that the final policy include a clear route of "
     "appeal. MWa said that the appeal route was set out in the draft and that Cabinet would take the final decision in "
     "January 2028.")
para("Members felt that the Board should put its views formally to the Cabinet Member before the decision. The Chair agreed "
     "to write to the Cabinet Member for Children and Families setting out the Board's comments on the transport policy, "
     "drawing on the points raised at the meeting.", "ACTION: AP")
para("MWa left the meeting at 11.05am.")

head("37/27", "SEND DATA DASHBOARD")
para("LP presented the quarterly dashboard. Members noted the improvement in the proportion of annual reviews completed "
     "within timescale (now 62%) and the continued rise in the number of children and young people educated in independent "
     "special schools.")
para("PS asked that the dashboard should in future include SEND tribunal outcomes, broken down by type of appeal, so the "
     "Board could see where decisions were being overturned. LP agreed to add the tribunal outcome measures to the dashboard "
     "in time for the next meeting of the Board.", "ACTION: LP")
para("LP also reported that the Local Offer website analytics would be available once the new contract was in place; members "
     "noted this and agreed that no further action was needed at this stage.")
para("RESOLVED: that the dashboard be noted.")

head("38/27", "CO-PRODUCTION AND PARTICIPATION")
para("SKh gave a verbal update on the work of the young people's SEND forum, which had met three times since the summer. "
     "The forum had asked to be involved in the design of the annual survey of children and young people.")
para("TE said that the PCF would also welcome the opportunity to shape the parent survey questions, as in previous years the "
     "questions had been set by the Council with little input. After discussion, it was agreed that the two surveys should be "
     "designed together. SKh and TE agreed to co-produce a draft set of annual survey questions with the youth forum and PCF "
     "members, and to send them to the Chair for sign-off by Friday 22 October 2027.", "ACTION: SKh / TE")
para("The Chair thanked SKh and the young people for their work.")

head("39/27", "CHILDREN'S THERAPIES WORKFORCE")
para("GA gave a brief verbal update on recruitment to children's therapy posts. Vacancy rates in speech and language therapy "
     "remained at 27%. A written paper setting out the workforce plan was being finalised. GA agreed to circulate the therapies "
     "workforce paper to members within two weeks of the meeting.", "ACTION: GA")
para("Members noted that recruitment was also being discussed by the regional workforce group and that the Trust was "
     "expected to report to its own Quality Committee in December.")

head("40/27", "ANY OTHER BUSINESS")
para("(a) RH reminded members that the annual development session for Board members would take place on 24 November 2027 "
     "at the Westmoor Hub, and that papers would be issued a week in advance.")
para("(b) The Chair asked members to read the draft SEND and Alternative Provision Strategy 2028-31 and send any comments "
     "to MW by 5 November 2027, so that they could be reflected before the strategy went out for consultation.", "ACTION: ALL")
para("(c) PS informed the Board that the Department for Education had confirmed the Council's participation in the next phase "
     "of the Change Programme. There was no further business.")

head("", "DATE OF NEXT MEETING")
para("Wednesday 8 December 2027, 10.00am, Council Chamber, Westmoor House.")
para("The meeting closed at 12.10pm.")
para("<br/>Signed ........................................ (Chair)        Date ....................")

def onpage(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 1.2 * cm, "Westmoor SEND Partnership Board - 13 October 2027 - DRAFT minutes subject to approval")
    c.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
    c.drawRightString(19 * cm, 28.4 * cm, "OFFICIAL")
    c.restoreState()

story = [Paragraph("WESTMOOR SEND PARTNERSHIP BOARD", title),
         Paragraph("MINUTES of the meeting held on Wednesday 13 October 2027 at 10.00am", title), Spacer(1, 12)]
data = []
for num, text, act in rows:
    data.append([Paragraph(f"<b>{num}</b>", body), Paragraph(text, body), Paragraph(act.replace(": ", ":<br/>"), marg)])
t = Table(data, colWidths=[1.5 * cm, 12.5 * cm, 3 * cm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                       ("LINEBEFORE", (2, 0), (2, -1), 0.5, (0.6, 0.6, 0.6))]))
story.append(t)
SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                  title="Partnership Board minutes 13 Oct 2027").build(story, onFirstPage=onpage, onLaterPages=onpage)
print("wrote", OUT)
