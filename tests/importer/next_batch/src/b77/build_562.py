import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether)
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(HERE), "562_seventyseventh_partnership_board_minutes_pdf_cover_page_contents.pdf")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=12, spaceBefore=10, spaceAfter=5,
                    textColor=colors.HexColor("#1f3864"))
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
num = ParagraphStyle("n", parent=body, leftIndent=28, firstLineIndent=-28)
act = ParagraphStyle("a", parent=body, leftIndent=28, fontName="Helvetica-Bold")
cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)


class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self._pageNumber > 1:
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(20 * mm, 287 * mm, "Westmoor Local Area SEND Partnership Board")
                self.drawRightString(190 * mm, 287 * mm, "Minutes - 9 March 2027 - DRAFT v1.0")
                self.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
                self.drawString(20 * mm, 12 * mm, "OFFICIAL")
                self.drawRightString(190 * mm, 12 * mm, f"Page {self._pageNumber} of {n}")
            super().showPage()
        super().save()


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm, title="SEND Partnership Board minutes 9 March 2027",
                      author="Ruth Hill")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="cover", frames=[frame]), PageTemplate(id="main", frames=[frame])])

s = []
# ---------------- cover
s.append(Spacer(1, 8 * mm))
s.append(Paragraph("Westmoor Council &nbsp;&nbsp;|&nbsp;&nbsp; NHS Westmoor Integrated Care Board &nbsp;&nbsp;|&nbsp;&nbsp; Westmoor Parent Carer Forum",
                   ParagraphStyle("logos", parent=body, fontSize=9, textColor=colors.HexColor("#666666"))))
s.append(Spacer(1, 45 * mm))
s.append(Paragraph("Westmoor Local Area<br/>SEND Partnership Board",
                   ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=26, leading=32,
                                  textColor=colors.HexColor("#1f3864"))))
s.append(Spacer(1, 8 * mm))
s.append(Paragraph("Minutes of the meeting held on Tuesday 9 March 2027<br/>14:00 - 16:20, Committee Room 2, Westmoor Civic Centre and via MS Teams",
                   ParagraphStyle("t2", parent=body, fontSize=13, leading=18)))
s.append(Spacer(1, 55 * mm))
dc = [["Document control", ""],
      ["Version", "1.0 DRAFT"],
      ["Status", "Draft - for approval at the Board meeting on 11 May 2027"],
      ["Prepared by", "Ruth Hill, Partnership Business Support Officer"],
      ["Checked by", "Anne Price, Independent Chair (15/03/2027)"],
      ["Circulation", "Board members, named deputies, SEND Partnership SharePoint"],
      ["Classification", "OFFICIAL"]]
t = Table(dc, colWidths=[38 * mm, 110 * mm])
t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#1f3864")),
                       ("TEXTCOLOR", (0, 0), (1, 0), colors.white), ("FONTNAME", (0, 0), (1, 0), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("FONTNAME", (0, 1), (0, -1), "Helvetica-Bold")]))
s.append(t)
s.append(NextPageTemplate("main"))
s.append(PageBreak())

# ---------------- contents
s.append(Paragraph("Contents", h1))
toc = [("", "Attendance and apologies", "2"),
       ("1", "Welcome, introductions and declarations of interest", "3"),
       ("2", "Minutes of the previous meeting (12 January 2027) and matters arising", "3"),
       ("3", "Draft Inclusion Strategy 2027-30", "3"),
       ("4", "EHCP timeliness and Q3 performance report", "3"),
       ("5", "Health update: neurodevelopmental pathway and therapies", "4"),
       ("6", "Parent Carer Forum update", "4"),
       ("7", "Westmoor special free school - revised opening date", "4"),
       ("8", "Any other business and forward plan", "4"),
       ("", "Appendix A - Action log (new actions; actions from 12 January 2027)", "5"),
       ("", "Appendix B - Glossary of abbreviations", "5")]
rows = [[a, Paragraph(b + " " + "." * (95 - len(b)), cell), c] for a, b, c in toc]
t = Table(rows, colWidths=[10 * mm, 145 * mm, 12 * mm])
t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
s.append(t)
s.append(Spacer(1, 10 * mm))
s.append(Paragraph("Attendance and apologies", h1))
att = [["Present", ""],
       ["Anne Price (AP)", "Independent Chair"],
       ["Mary Walker (MW)", "Head of SEND, Westmoor Council"],
       ["Priya Shah (PS)", "Director of Education, Westmoor Council"],
       ["Yusuf Okafor (YO)", "Designated Clinical Officer, Westmoor ICB"],
       ["Tom Evans (TE)", "Co-chair, Westmoor Parent Carer Forum"],
       ["Helen Brooks (HB)", "SENCo, Riverside Primary School (primary SENCo representative)"],
       ["David Lowe (DL)", "Principal Educational Psychologist"],
       ["Grace Adeyemi (GA)", "Head of Children's Therapies, Westmoor Community Health NHS Trust"],
       ["Liam Porter (LP)", "Data and Performance Manager, Westmoor Council"],
       ["Sarah Khan (SKh)", "Participation Officer, Westmoor Council"],
       ["In attendance", ""],
       ["James Whitfield (JW)", "Assistant Director, SEND and Inclusion (item 3)"],
       ["Claire Dunmore (CD)", "SENDIASS Service Manager"],
       ["Ruth Hill (RH)", "Partnership Business Support Officer (minutes)"],
       ["Apologies", ""],
       ["Cllr Bethan Jones", "Chair, Children and Young People Scrutiny Committee"],
       ["Owen Reid", "Preparing for Adulthood Lead (written update circulated)"]]
t = Table(att, colWidths=[48 * mm, 118 * mm])
t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                       ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 11), (1, 11)), ("SPAN", (0, 15), (1, 15)),
                       ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#d9e2f3")),
                       ("BACKGROUND", (0, 11), (1, 11), colors.HexColor("#d9e2f3")),
                       ("BACKGROUND", (0, 15), (1, 15), colors.HexColor("#d9e2f3")),
                       ("FONTNAME", (0, 0), (1, 0), "Helvetica-Bold"), ("FONTNAME", (0, 11), (1, 11), "Helvetica-Bold"),
                       ("FONTNAME", (0, 15), (1, 15), "Helvetica-Bold")]))
s.append(t)
s.append(PageBreak())


def P(n, text):
    s.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{text}", num))


def A(text):
    s.append(Paragraph(text, act))


s.append(Paragraph("1. Welcome, introductions and declarations of interest", h1))
P("1.1", "AP welcomed members, in particular Claire Dunmore attending for the first time since taking up the SENDIASS "
         "Service Manager post. Apologies were noted as above; Owen Reid's PfA update had been circulated with the papers "
         "and was taken as read.")
P("1.2", "HB declared an interest in item 3 as Riverside Primary hosts one of the proposed inclusion hubs. No other "
         "declarations.")
s.append(Paragraph("2. Minutes of the previous meeting and matters arising", h1))
P("2.1", "The minutes of 12 January 2027 were AGREED as an accurate record, subject to the correction of the school "
         "name at 4.3 (Oakfield, not Oakwood).")
P("2.2", "All five actions from January are complete and are shown as closed in Appendix A. On 27/01/04, Mark Walsh had "
         "confirmed by email that the revised transport appeals leaflet went onto the Local Offer on 22 February. "
         "Nothing further was raised.")
s.append(Paragraph("3. Draft Inclusion Strategy 2027-30", h1))
P("3.1", "JW presented the draft strategy and the six proposed priorities, which have come out of the autumn "
         "co-production events. He stressed this is still a working draft and the wording on reduced timetables and "
         "part-time provision is being rewritten after feedback from SENDIASS.")
P("3.2", "TE said the Forum welcomed the direction but parents wanted to see the strategy say plainly what a family "
         "can expect from a mainstream school, not just what the local authority will do. HB asked how mainstream "
         "schools without a hub would get access to outreach; JW replied that the hub model would be tested in two "
         "localities first.")
P("3.3", "The Board AGREED the six priorities in principle. The steering group will be widened to include parents: "
         "the PCF will put forward two parent representatives for the steering group, names to RH by Thursday 25 March.")
A("Action: TE")
P("3.4", "SKh reminded members that the young people's consultation on the strategy is open until 2 April and is being "
         "promoted through the youth forum and schools. PS will bring the final draft to the May Board for sign-off, "
         "taking account of the consultation.")
A("Action: PS")
P("3.5", "Members would like the strategy to be launched at the SEND conference in the autumn if the timetable allows.")

s.append(Paragraph("4. EHCP timeliness and Q3 performance report", h1))
P("4.1", "LP took members through the Q3 report. 20-week timeliness for new EHC plans was 41% for December (rolling "
         "three months), up from 33% in Q2 but still well below the England average. The number of requests for "
         "assessment is 18% higher than the same period last year.")
P("4.2", "There was discussion of the difference between localities - the North locality is noticeably behind. AP asked "
         "for the data to be broken down so the Board can see where the delays sit. LP will provide a locality "
         "breakdown of the 20-week figures for the May Board, including the stage at which each late plan was delayed.")
A("Action: LP")
P("4.3", "MW reported that the revised EHC needs assessment request form went live on 1 March. Some schools are still "
         "using the old version. MW to write to all SENCos explaining the changes and the reasons for them by the end "
         "of March.")
A("Action: MW")
P("4.4", "DL updated on EP statutory advice: the backlog has reduced from 212 to 96 since November. Locum EPs are "
         "contracted until July and the two trainee EPs qualify in September. The Board NOTED the update.")

s.append(Paragraph("5. Health update", h1))
P("5.1", "YO reported that 1,840 children and young people are waiting for a neurodevelopmental assessment. The ICB "
         "Executive approved a recovery trajectory on 24 February. Members asked to see it; YO agreed to share the "
         "trajectory with Board members within 14 days.")
A("Action: YO")
P("5.2", "GA said the SALT waiting list validation exercise is under way (every family on the list is being contacted). "
         "GA will circulate the outcome of the validation exercise to members once it is complete.")
A("Action: GA")
P("5.3", "For information: the ICB will consult on an all-age autism strategy over the summer; details will follow "
         "from the ICB engagement team.")

s.append(Paragraph("6. Parent Carer Forum update", h1))
P("6.1", "TE presented headlines from the PCF's winter survey (412 responses). Communication when a plan is late "
         "remains the biggest complaint; 61% of parents said nobody had told them why. The full report will be "
         "published on the PCF website at the end of the month.")
P("6.2", "CD offered to run a briefing for Board members on tribunal trends. AP thanked her but felt this would be "
         "better picked up through the Quality Assurance subgroup than as a Board session; no action for the Board.")

s.append(Paragraph("7. Westmoor special free school - revised opening date", h1))
P("7.1", "PS reported that the DfE has told the council the opening of the new special free school is now expected in "
         "September 2029, a year later than planned, because of delays to the planning application. Members were "
         "very concerned about the effect on sufficiency of specialist places.")
P("7.2", "The Board AGREED that the Chair should write on its behalf to the DfE regional director setting out the "
         "impact of the delay. AP will send the letter by 30 April and share a copy with members.")
A("Action: AP")

s.append(Paragraph("8. Any other business and forward plan", h1))
P("8.1", "TE asked that SEND transport complaints come to the July meeting as a substantive item; this has "
         "been added to the forward plan. PfA will be the deep-dive at the May meeting, led by Owen Reid.")
P("8.2", "Date of next meeting: Tuesday 11 May 2027, 14:00 - 16:30, Committee Room 2 and MS Teams.")
s.append(PageBreak())

s.append(Paragraph("Appendix A - Action log", h1))
s.append(Paragraph("<b>Part 1: actions arising from this meeting (9 March 2027)</b>", body))
hdr = [Paragraph(x, cellb) for x in ["Ref", "Action", "Lead", "Due", "Status"]]
new = [["27/03/01", "Nominate two parent representatives for the Inclusion Strategy steering group (names to RH)", "TE", "25/03/2027", "Open"],
       ["27/03/02", "Bring final draft Inclusion Strategy to the May Board for sign-off", "PS", "May Board", "Open"],
       ["27/03/03", "Locality breakdown of the 20-week figures, with stage of delay", "LP", "May Board", "Open"],
       ["27/03/04", "Write to all SENCos explaining the revised EHC needs assessment request form", "MW", "31/03/2027", "Open"],
       ["27/03/05", "Share ND pathway recovery trajectory with Board members", "YO", "23/03/2027", "Open"],
       ["27/03/06", "Circulate outcome of SALT waiting list validation exercise", "GA", "When complete", "Open"],
       ["27/03/07", "Letter to DfE regional director re special free school delay; copy to members", "AP", "30/04/2027", "Open"]]
rows = [hdr] + [[Paragraph(c, cell) for c in r] for r in new]
tsty = TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                   ("VALIGN", (0, 0), (-1, -1), "TOP")])
t = Table(rows, colWidths=[18 * mm, 88 * mm, 14 * mm, 26 * mm, 24 * mm], repeatRows=1)
t.setStyle(tsty)
s.append(t)
s.append(Spacer(1, 6 * mm))
s.append(Paragraph("<b>Part 2: actions from 12 January 2027</b>", body))
old = [["27/01/01", "Circulate draft Inclusion Strategy to members two weeks before March Board", "JW", "23/02/2027", "Closed - circulated 22/02"],
       ["27/01/02", "Add annual review timeliness to the Q3 performance report", "LP", "March Board", "Closed"],
       ["27/01/03", "Confirm ICB sign-off date for ND recovery trajectory", "YO", "March Board", "Closed - approved 24/02"],
       ["27/01/04", "Publish revised transport appeals leaflet on the Local Offer", "Mark Walsh", "28/02/2027", "Closed - published 22/02"],
       ["27/01/05", "Invite new SENDIASS manager to future Board meetings", "RH", "March Board", "Closed"]]
rows = [hdr] + [[Paragraph(c, cell) for c in r] for r in old]
t = Table(rows, colWidths=[18 * mm, 88 * mm, 14 * mm, 26 * mm, 24 * mm], repeatRows=1)
t.setStyle(tsty)
s.append(t)
s.append(Spacer(1, 8 * mm))
s.append(Paragraph("Appendix B - Glossary of abbreviations", h1))
gl = ("<b>DfE</b> Department for Education; <b>EHC(P)</b> Education, Health and Care (plan); <b>EP</b> Educational "
      "Psychologist; <b>ICB</b> Integrated Care Board; <b>ND</b> neurodevelopmental; <b>PCF</b> Parent Carer Forum; "
      "<b>PfA</b> Preparing for Adulthood; <b>SALT</b> Speech and Language Therapy; <b>SENCo</b> Special Educational "
      "Needs Co-ordinator; <b>SENDIASS</b> SEND Information, Advice and Support Service.")
s.append(Paragraph(gl, body))

doc.build(s, canvasmaker=NumberedCanvas)
print("wrote", OUT)
