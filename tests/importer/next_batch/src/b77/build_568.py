import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(HERE), "568_seventyseventh_childrens_jcg_minutes_pdf_action_table_split_across_pages.pdf")
W, H = A4
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=3)
cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11.2, spaceAfter=0)
cellh = ParagraphStyle("ch", parent=cell, fontName="Helvetica-Bold")


class NC(canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._p = []

    def showPage(self):
        self._p.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        tot = len(self._p)
        for st in self._p:
            self.__dict__.update(st)
            self.setFont("Helvetica-Bold", 9)
            self.setFillColor(colors.HexColor("#b00020"))
            self.drawCentredString(W / 2, H - 11 * mm, "OFFICIAL-SENSITIVE")
            self.drawCentredString(W / 2, 8 * mm, "OFFICIAL-SENSITIVE")
            self.setFillColor(colors.black)
            self.setFont("Helvetica", 8)
            self.drawString(18 * mm, 13 * mm, "Children's Joint Commissioning Group - minutes 16 July 2027")
            self.drawRightString(W - 18 * mm, 13 * mm, f"Page {self._pageNumber} of {tot}")
            super().showPage()
        super().save()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                        bottomMargin=20 * mm, title="CJCG minutes 16.07.27", author="Ruth Hill")
s = []
s.append(Paragraph("<b>Westmoor Children's Joint Commissioning Group (CJCG)</b>",
                   ParagraphStyle("t", parent=body, fontSize=14, leading=18)))
s.append(Paragraph("Minutes of the meeting held on Friday 16 July 2027, 10:00 - 12:00<br/>"
                   "Meeting Room 1, Westmoor ICB, Kingsway House / MS Teams", body))
att = [["Present", "Rebecca Stone (RS), Head of Children's Commissioning, NHS Westmoor ICB - Chair<br/>"
        "James Whitfield (JW), Assistant Director, SEND and Inclusion<br/>"
        "Mary Walker (MW), Head of SEND<br/>"
        "Yusuf Okafor (YO), Designated Clinical Officer, ICB<br/>"
        "Owen Reid (OR), Preparing for Adulthood Lead<br/>"
        "Dan Pike (DP), Commissioning Manager, Children's Services<br/>"
        "Lorraine Ash (LA), Finance Business Partner, Westmoor Council<br/>"
        "Tom Evans (TE), Co-chair, Westmoor Parent Carer Forum"],
       ["In attendance", "Mark Walsh (MWa), Head of Transport (item 6)<br/>Ruth Hill, Partnership Business Support (notes)"],
       ["Apologies", "Priya Shah, Director of Education; Grace Adeyemi, Head of Children's Therapies"]]
t = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in att], colWidths=[28 * mm, 146 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
s.append(t)


def item(title, *paras):
    s.append(Paragraph(title, hd))
    for p in paras:
        s.append(Paragraph(p, body))


item("1. Welcome, apologies and declarations of interest",
     "RS welcomed members. Apologies as above. No declarations.")
item("2. Notes of 18 June 2027 and action log",
     "Notes agreed. The previous action log is at the end of these minutes; all June actions are closed apart from "
     "JCG27/06/04 (options for a jointly funded key worker post), which has been superseded by the decision at item 4 "
     "and is closed.")
item("3. Short breaks re-procurement",
     "DP presented the procurement paper. The current short breaks contracts end on 31 March 2028. The paper "
     "recommends an open procedure in four lots (overnight, community activities, holiday schemes, sitting/befriending) "
     "with a contract term of 3 + 2 years. The CJCG APPROVED the recommended route and the lot structure.",
     "The market engagement notice needs to go out before the summer so providers have time to respond; DP will "
     "publish it on the procurement portal by 30 July. TE said the PCF's short breaks survey had 340 responses and "
     "parents had strong views about holiday provision for older young people; he will share the survey findings "
     "with DP by Friday 23 July so they can shape the specification.",
     "Members discussed whether to keep a separate lot for sitting and befriending, which has attracted few bids "
     "in the past. JW felt it should stay because it is the service families most often say they cannot find, and "
     "the market engagement exercise will show whether there is interest. TE asked that parents are on the evaluation panel; RS "
     "confirmed this is already written into the procurement plan, with two PCF-nominated evaluators who will be "
     "paid for their time.",
     "For information, the regional commissioning hub intends to re-tender the specialist residential framework in "
     "2028; Westmoor will decide nearer the time whether to join it.")
item("4. Tripartite funding - complex placements",
     "MW and YO reported that three young people in residential placements are still awaiting agreement on the "
     "education/social care/health split, in one case for seven months. The group agreed this is not acceptable and "
     "that the new tripartite funding protocol should apply from 1 September. YO, working with MW, will review the "
     "three outstanding cases against the protocol and bring recommended funding splits to the August CJCG.",
     "TE said parents of two of the young people had contacted the PCF because they had been told by different "
     "agencies that the delay was the other agency's fault. RS apologised on behalf of the partnership and said the "
     "protocol's 20-working-day dispute stage should stop this happening again.",
     "JW noted that a jointly funded key worker post would not be taken forward this year (see item 2).")
item("5. SALT Section 75 agreement - variation",
     "The variation adds the school-based SALT triage pilot to the Section 75 agreement from November. The ICB has "
     "agreed its share (&#163;84,000 for 2027-28) and the group ENDORSED the variation. The council's contribution "
     "has not yet been confirmed in writing; LA to confirm it within 10 working days so the variation can be signed. "
     "The variation will then go through the usual ICB and council sign-off.")
item("6. Preparing for adulthood - supported internships and post-16 transport",
     "OR reported that 41 supported internship places are commissioned for 2027-28, but the group does not know how "
     "this compares with the young people in Years 13 and 14 with EHC plans who might want one. OR will map the "
     "commissioned places against the Year 13/14 EHCP cohort, by college and by need, by the end of August.",
     "MWa confirmed that the post-16 transport policy statement was published on 28 May as required. He agreed to "
     "provide the number of supported interns with an EHC plan who are receiving transport assistance for the "
     "September CJCG (date to be confirmed).")
item("7. Continuing care assessments",
     "YO reported 23 continuing care assessments for children are overdue, the oldest by five months. Families "
     "have raised this through the PCF. The nursing team has lost two assessors since April and the locum "
     "assessor finishes in August. YO said the position is similar across the region and NHS England is aware. "
     "RS will escalate the backlog to the ICB Director of Nursing by the end of July "
     "and ask for a recovery plan.")
item("8. Any other business",
     "JW reported that the DfE has announced the 2027-28 high needs capital allocations; Westmoor's is "
     "&#163;3.1m. A paper on how it will be used will come to a future meeting.",
     "Next meeting: Friday 20 August 2027, 10:00, MS Teams (shortened meeting - tripartite cases and short breaks "
     "only).")

hdr = [Paragraph(x, cellh) for x in ["Ref", "Action", "Owner", "Due date", "Update"]]
s.append(Paragraph("PREVIOUS ACTIONS - 18 JUNE 2027", hd))
prev = [["JCG27/06/01", "Circulate short breaks procurement options paper", "DP", "09/07/2027", "Closed - paper at item 3"],
        ["JCG27/06/02", "Draft tripartite funding protocol for sign-off", "YO / MW", "16/07/2027", "Closed - signed off by DCS and ICB CNO 8 July"],
        ["JCG27/06/03", "Confirm ICB share of SALT Section 75 variation", "RS", "16/07/2027", "Closed - see item 5"],
        ["JCG27/06/04", "Options for jointly funded key worker post", "JW", "16/07/2027", "Closed - superseded (item 4)"],
        ["JCG27/06/05", "Invite Head of Transport to July meeting for post-16 item", "RH", "16/07/2027", "Closed"]]
rows = [hdr] + [[Paragraph(x, cell) for x in r] for r in prev]
t = Table(rows, colWidths=[24 * mm, 68 * mm, 18 * mm, 22 * mm, 42 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]))
s.append(t)

s.append(Paragraph("ACTIONS ARISING - 16 JULY 2027", hd))
acts = [["JCG27/07/01", "Publish the short breaks market engagement notice on the procurement portal", "DP", "30/07/2027", ""],
        ["JCG27/07/02", "Share the PCF short breaks survey findings with DP to inform the specification", "TE", "23/07/2027", ""],
        ["JCG27/07/03", "Review the three outstanding tripartite cases against the new protocol and bring recommended "
         "funding splits to CJCG", "YO (with MW)", "August CJCG (20/08/2027)", ""],
        ["JCG27/07/04", "Confirm in writing the council's 2027-28 contribution to the SALT Section 75 variation", "LA",
         "10 working days (30/07/2027)", ""],
        ["JCG27/07/05", "Map commissioned supported internship places against the Year 13/14 EHCP cohort by college "
         "and by need", "OR", "31/08/2027", ""],
        ["JCG27/07/06", "Number of supported interns with an EHC plan receiving transport assistance", "MWa",
         "September CJCG", ""],
        ["JCG27/07/07", "Escalate continuing care assessment backlog to ICB Director of Nursing; request recovery plan",
         "RS", "31/07/2027", ""]]
rows = [hdr] + [[Paragraph(x, cell) for x in r] for r in acts]
t = Table(rows, colWidths=[24 * mm, 78 * mm, 20 * mm, 28 * mm, 24 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]))
s.append(t)

s.append(Paragraph("CJCG FORWARD PLAN", hd))
fp = [["August 2027", "Tripartite cases - recommendations; short breaks market engagement feedback"],
      ["September 2027", "High needs capital - proposed use; PfA supported internships sufficiency; continuing care recovery plan"],
      ["October 2027", "Short breaks specification sign-off; Section 75 annual review"]]
t = Table([[Paragraph(a, cellh), Paragraph(b, cell)] for a, b in fp], colWidths=[30 * mm, 144 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
s.append(PageBreak())
s.append(Paragraph("APPENDIX - SHORT BREAKS SURVEY: HEADLINES (tabled by TE)", hd))
for line in ["340 responses (parents and carers of 0-25s with SEND); 61% had used a short break in the last year.",
             "Holiday provision for 14-19s was the biggest gap named: 'there is nothing once he is too old for the play scheme'.",
             "Overnight short breaks: 44 families waiting; average wait reported as 9 months.",
             "Families want to be able to book online and see availability, not ring round providers.",
             "Parents valued consistency of staff above everything else - 'the same faces'.",
             "Direct payments: 37% said they could not find a personal assistant to employ."]:
    s.append(Paragraph(line, ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=2, bulletText="\u2022")))
s.append(Paragraph("The full report will be published on the PCF website in September.", body))
s.append(Spacer(1, 8))
s.append(Paragraph("<i>Abbreviations: CNO - Chief Nursing Officer; DCS - Director of Children's Services; EHCP - "
                   "education, health and care plan; PfA - preparing for adulthood; SALT - speech and language "
                   "therapy; Section 75 - pooled budget/partnership agreement under the NHS Act 2006.</i>", body))
doc.build(s, canvasmaker=NC)
print("wrote", OUT)
