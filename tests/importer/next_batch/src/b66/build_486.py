"""486: Cabinet minutes extract (one minute) with the executive response to a scrutiny
task and finish review as Appendix A; two-page PDF, the response table splits across the page break."""
import sys
sys.path.insert(0, "/tmp/b66/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle

OUT = "/tmp/b66/486_sixtysixth_cabinet_minute_extract_scrutiny_response_appendix.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=11.2, spaceAfter=4)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=9.8, spaceBefore=4)
cellst = ParagraphStyle("c", parent=body, fontSize=8.2, leading=10, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cellst, fontName="Helvetica-Bold")
ind = ParagraphStyle("ind", parent=body, leftIndent=18, firstLineIndent=-18)


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.4 * cm,
                         bottomMargin=2.2 * cm, **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self.furniture)])

    def furniture(self, c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, A4[1] - 1.3 * cm, "Westmoor Council  |  Cabinet  |  Tuesday 9 February 2027")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Minutes (extract) - Minute 94")
        c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        c.drawString(2 * cm, 1.2 * cm, "Subject to confirmation at the meeting of Cabinet on 9 March 2027")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page} of 2")
        c.restoreState()


P = lambda t, s=body: Paragraph(t, s)
story = [
    P("CABINET", h1),
    P("Minutes of the meeting held on Tuesday 9 February 2027 at 6.00 pm in the Council Chamber, Westmoor Civic Centre"),
    P("<b>Present:</b> Councillor A. Whitby (Leader of the Council, in the Chair); Councillors R. Dhaliwal (Deputy "
      "Leader and Cabinet Member for Resources), S. Morgan (Cabinet Member for Children, Education and Families), "
      "K. O'Neill (Cabinet Member for Highways and Transport) and L. Fenton (Cabinet Member for Adult Social Care)."),
    P("<b>Also present:</b> Councillor Bethan Jones (Chair, Children and Young People Scrutiny Committee) for "
      "minute 94."),
    P("<b>Officers:</b> Chief Executive; Director of Education (Priya Shah); Assistant Director, SEND and Inclusion "
      "(James Whitfield); Head of Transport (Mark Walsh); Democratic Services Officer."),
    P("<i>This extract contains minute 94 only. Minutes 89 to 93 and 95 to 99 are published separately.</i>"),
    P("94. HOME TO SCHOOL TRANSPORT FOR CHILDREN AND YOUNG PEOPLE WITH SEND: SCRUTINY TASK AND FINISH GROUP "
      "REPORT AND EXECUTIVE RESPONSE", h2),
    P("Cabinet considered the report of the Director of Education (agenda item 7) setting out the proposed executive "
      "response to the nine recommendations of the Children and Young People Scrutiny Committee's Task and Finish "
      "Group on home to school transport for children and young people with SEND, whose report was published on "
      "12 November 2026."),
    P("Councillor Jones presented the Group's findings. The Group had heard from 41 parents and carers, two special "
      "school headteachers, the Parent Carer Forum and transport operators. The strongest theme was communication: "
      "parents did not know who to ring when a route changed or a passenger assistant was absent."),
    P("Councillor Morgan welcomed the review and thanked the Group. The proposed response accepts six of the "
      "recommendations in full or in part. She proposed that the timescale for recommendation 6 (independent travel "
      "training) be brought forward, given the numbers of young people in Year 11 who would benefit this year."),
    P("In discussion the following points were made:"),
    P("(a) Councillor O'Neill asked why recommendation 3 was not accepted. The Head of Transport explained that "
      "route-planning software had already been procured through the corporate fleet programme and is due to go live "
      "in June 2027; a separate procurement would duplicate it.", ind),
    P("(b) Councillor Jones asked Cabinet to reconsider recommendation 7. The Leader noted that he had written to "
      "the Secretary of State in November 2026 and had received a reply. Councillor Morgan undertook to write to the "
      "Minister for School Standards about the post-16 transport duty, enclosing the Group's report.", ind),
    P("(c) Councillor Jones asked that the Committee be kept informed. The Leader agreed that the Director of "
      "Education will report progress against the accepted recommendations to the Committee on 21 September 2027.", ind),
    P("(d) Councillor Fenton asked whether personal transport budgets could be extended to adult day services. The "
      "Leader said this was outside the scope of the review and could be raised through the adult social care "
      "budget process.", ind),
    P("<b>RESOLVED:</b>"),
    P("(1) That the Task and Finish Group be thanked for its work.", ind),
    P("(2) That the executive response at Appendix A be approved, subject to the timescale for recommendation 6 "
      "being amended from Q3 2027/28 to Q2 2027/28.", ind),
    P("(3) That authority be delegated to the Director of Education, in consultation with the Cabinet Member for "
      "Children, Education and Families, to make minor amendments to the post-16 transport policy statement before "
      "its publication.", ind),
    P("<b>Reason for decision:</b> to respond to the Scrutiny Committee within the two months required by the "
      "Constitution. <b>Alternative options considered:</b> none."),
    Spacer(1, 4),
    P("APPENDIX A - EXECUTIVE RESPONSE TO THE TASK AND FINISH GROUP'S RECOMMENDATIONS", h2),
]

rows = [
    ["No.", "Recommendation", "Executive response", "Action / lead officer", "Timescale"],
    ["R1", "That eligibility decision letters explain appeal rights clearly and in plain English.",
     "Accepted.", "The Transport team will redesign the eligibility decision letter with the PCF, setting out appeal "
     "rights in plain English. Lead: Head of Transport.", "Q1 2027/28"],
    ["R2", "That families of children with complex medical needs have a single named contact.",
     "Partially accepted. Extending this to every route would cost c. £96k a year.",
     "A named Transport Co-ordinator will be allocated to each of the 40 children on medical routes. "
     "Lead: Transport Operations Manager.", "By 1 April 2027"],
    ["R3", "That the Council procures route-planning software.",
     "Not accepted - already procured through the corporate fleet programme (go-live June 2027).", "-", "-"],
    ["R4", "That passenger assistants receive SEND awareness training, including autism and epilepsy.",
     "Accepted.", "Commissioning team to add mandatory SEND awareness training (autism, epilepsy, de-escalation) "
     "to the passenger assistant contract specification before the re-let. Lead: Commissioning team.",
     "31 March 2027"],
    ["R5", "That transport complaint data is reported to the Committee every six months.",
     "Accepted.", "Data and Performance Manager to provide a six-monthly report on transport complaints and "
     "stage 2 appeals. Lead: Data and Performance Manager.",
     "First report to the Committee meeting on 13 July 2027"],
    ["R6", "That independent travel training (ITT) is expanded.",
     "Accepted.", "Expand independent travel training from 35 to 60 places, prioritising Year 11 and post-16. "
     "Lead: Preparing for Adulthood Lead.", "Q3 2027/28"],
    ["R7", "That the Council lobbies the DfE for additional transport funding.",
     "Noted. The Leader wrote to the Secretary of State on 18 November 2026.", "No further action proposed.", "-"],
    ["R8", "That parent carers are involved in the review of the transport policy.",
     "Accepted - already in place.", "The PCF has been a member of the Travel Policy Working Group since "
     "October 2026.", "Complete"],
    ["R9", "That the Council publishes a clear explanation of personal transport budgets (PTBs).",
     "Accepted.", "SEND and Inclusion service to publish clear guidance on personal transport budgets on the "
     "Local Offer, co-produced with the PCF. Lead: Assistant Director, SEND and Inclusion.", "End of April 2027"],
]
data = [[Paragraph(c, cellb if i == 0 else cellst) for c in r] for i, r in enumerate(rows)]
tbl = Table(data, colWidths=[1.0 * cm, 4.2 * cm, 3.9 * cm, 5.2 * cm, 2.7 * cm], repeatRows=1)
tbl.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story += [tbl, Spacer(1, 8), P("The meeting closed at 8.12 pm.  Chair ..........................")]
Doc(OUT).build(story)
print("wrote", OUT)
