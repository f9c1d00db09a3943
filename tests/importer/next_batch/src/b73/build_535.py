"""Builds 535: ICB SEND Joint Governance Group minutes (two places), NHS PDF house style, action log appendix."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfgen import canvas

OUT = HERE.parent / "535_seventythird_icb_joint_governance_group_pdf_minute_refs_action_log_appendix.pdf"
NHS_BLUE = colors.HexColor("#005EB8")

base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
bold = ParagraphStyle("bo", parent=base, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=NHS_BLUE)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6)


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
            self.furniture(n)
            super().showPage()
        super().save()

    def furniture(self, n):
        w, h = A4
        self.setFont("Helvetica-Bold", 9)
        self.drawCentredString(w / 2, h - 12 * mm, "OFFICIAL")
        self.setFillColor(NHS_BLUE)
        self.rect(w - 52 * mm, h - 24 * mm, 34 * mm, 9 * mm, fill=1, stroke=0)
        self.setFillColor(colors.white)
        self.setFont("Helvetica-Bold", 15)
        self.drawCentredString(w - 35 * mm, h - 21.3 * mm, "NHS")
        self.setFillColor(colors.black)
        self.setFont("Helvetica", 8)
        self.drawRightString(w - 18 * mm, h - 28 * mm, "Westmoor")
        self.drawRightString(w - 18 * mm, h - 31.5 * mm, "Integrated Care Board")
        self.setFont("Helvetica", 8)
        self.drawString(18 * mm, 12 * mm, "CYP SEND Joint Governance Group – minutes 10.12.2026 – DRAFT for approval 11.02.2027")
        self.drawRightString(w - 18 * mm, 12 * mm, f"Page {self._pageNumber} of {n}")
        self.drawString(18 * mm, 7 * mm, "Chair’s initials: ________")


def P(t, s=base):
    return Paragraph(t, s)


story = []
story.append(Spacer(1, 14 * mm))
story.append(P("Children and Young People with SEND – Joint Governance Group (Westmoor and Eastdale places)", h1))
story.append(P("Minutes of the meeting held on <b>Thursday 10 December 2026</b>, 10:00 – 12:00, via MS Teams", base))

members = [
    ["Name", "Role", "Organisation"],
    ["Yusuf Okafor (YO) – Chair", "Designated Clinical Officer, Westmoor place", "NHS Westmoor ICB"],
    ["Lorraine Fenwick (LF)", "Designated Clinical Officer, Eastdale place", "NHS Westmoor ICB"],
    ["Ian Cartwright (IC)", "Deputy Director of Nursing (Quality)", "NHS Westmoor ICB"],
    ["Jo Mercer (JM)", "Senior Commissioning Manager, CYP Mental Health", "NHS Westmoor ICB"],
    ["Dr Anita Patel (AP)", "Consultant Community Paediatrician", "Westmoor Community Health NHS Trust"],
    ["Grace Adeyemi (GA)", "Head of Children’s Therapies", "Westmoor Community Health NHS Trust"],
    ["Mary Walker (MW)", "Head of SEND", "Westmoor Council"],
    ["Nicola Bryce (NB)", "Head of SEND Assessment and Review", "Eastdale Metropolitan Borough Council"],
    ["Kerry Lang (KL)", "Parent Champion", "Westmoor Parent Carer Forum"],
    ["Hasan Ali (HA)", "Chair", "Eastdale Parent Carer Forum"],
    ["<i>In attendance</i>", "", ""],
    ["Beth Summers (BS)", "Corporate Governance Officer (minutes)", "NHS Westmoor ICB"],
    ["<i>Apologies</i>", "", ""],
    ["Dr Sunil Rao", "Clinical Director, Children’s Services", "Eastdale Community Services"],
    ["Priya Shah", "Director of Education", "Westmoor Council"],
]
mt = Table([[P(c, small) for c in r] for r in members], colWidths=[52 * mm, 68 * mm, 54 * mm])
mt.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")),
    ("SPAN", (0, 11), (-1, 11)), ("SPAN", (0, 13), (-1, 13)),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story += [mt, Spacer(1, 5 * mm)]

minutes = [
    ("JGG 26/070", "Welcome, apologies and declarations of interest", [
        "The Chair welcomed members. Apologies were noted as above. HA declared an interest in item 26/072 as a parent of a child currently on the Eastdale ND waiting list; the Chair agreed HA could take part in the discussion.",
    ]),
    ("JGG 26/071", "Minutes of the previous meeting (8 October 2026) and action log", [
        "The minutes were APPROVED as an accurate record.",
        "The Group REVIEWED the action log (Appendix A). All actions arising from the October meeting had been completed and were CLOSED.",
    ]),
    ("JGG 26/072", "Neurodevelopmental (ND) assessment pathway – waiting times", [
        "Dr Patel presented the position for Westmoor: 1,140 children and young people waiting, median wait 58 weeks. LF presented Eastdale: 870 waiting, median wait 71 weeks. Eastdale has already agreed to commission an independent sector provider for 300 additional assessments from February 2027, funded from the place’s own recovery allocation.",
        "The Group discussed whether the Westmoor triage criteria, which have reduced inappropriate referrals by 22% since April, could be adopted in Eastdale. Dr Patel agreed to share the Westmoor triage criteria and referral form with Eastdale colleagues by 18 December.",
        "JM advised that the ICB’s all-age ND programme board will be scoping a single pathway across both places during 2027/28; a paper is expected at that board in the summer.",
    ]),
    ("JGG 26/073", "Health advice for EHC needs assessments – 6-week compliance", [
        "GA and MW reported Westmoor compliance of 72% in October (September 68%); NB reported Eastdale at 64%. The main delays are in OT and community paediatrics. NB described Eastdale’s improvement plan, which will introduce weekly huddles with providers from January.",
        "GA to provide a breakdown of late advice by profession and reason for delay for the next meeting.",
        "MW will confirm who the named contact in the Westmoor SEND team is for escalation of overdue health advice, and let providers know, by Friday 8 January.",
    ]),
    ("JGG 26/074", "Designated Clinical Officer annual report 2025/26", [
        "YO presented the report. The Group NOTED the report and its recommendations and ENDORSED it for submission to the ICB Quality and Performance Committee. IC will present it to the Committee at its meeting on 19 January 2027.",
        "KL asked whether a family-friendly summary could be produced. YO said he would be happy to do one at some point in the spring, once the Committee had considered the report.",
    ]),
    ("JGG 26/075", "Risk register", [
        "Risk 14 (OT capacity, Eastdale): the Group agreed that the score should increase from 12 to 16 given the two further vacancies. LF to update the score and mitigations for risk 14 on the register by the end of December.",
        "Risk 9 (paediatric audiology, Westmoor): score remains at 15. The Chair will write to the WCHT Medical Director this week regarding the long-standing audiology vacancy and the impact on assessment timescales.",
        "No other changes to scores. Risks 3 and 11 remain tolerated.",
    ]),
    ("JGG 26/076", "Parent carer forum feedback", [
        "KL reported that Westmoor families continue to find the CAMHS waiting-list letters confusing; HA said Eastdale parents report the same. JM confirmed that the provider is rewriting its letter templates as part of its own contract improvement plan, due for completion in March 2027.",
        "JM said she would be happy to come along to a PCF coffee morning in the new year. KL welcomed this and said the Forum would consider it when planning its spring programme.",
        "Members were asked to send any further examples of unclear letters to BS so they can be passed to the provider.",
    ]),
    ("JGG 26/077", "Any other business", [
        "IC informed the Group that the ICB is consulting staff on a restructure of its place teams, to take effect from April 2027. No impact on the DCO roles is anticipated.",
        "<b>Forward plan – February:</b> health assessments for children looked after with SEND; annual SEND health dashboard; ToR annual review.",
        "<b>Date of next meeting:</b> Thursday 11 February 2027, 10:00 – 12:00, MS Teams.",
    ]),
]

for ref, title, paras in minutes:
    rows = [[P(f"<b>{ref}</b>", base), P(f"<b>{title}</b>", base)]]
    for i, t in enumerate(paras, 1):
        rows.append([P(f"{ref[-3:]}.{i}", small), P(t, base)])
    tb = Table(rows, colWidths=[24 * mm, 150 * mm])
    tb.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NHS_BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    story += [tb, Spacer(1, 3 * mm)]

story.append(PageBreak())
story.append(Spacer(1, 14 * mm))
story.append(P("Appendix A – Action log (as at 10 December 2026)", h2))
log = [
    ["No.", "Minute", "Action", "Lead", "Due", "Status"],
    ["062", "JGG 26/058", "Circulate SEND health dashboard Q2 to members", "YO", "22/10/26", "Complete – closed"],
    ["063", "JGG 26/058", "Confirm Eastdale OT locum cover arrangements", "LF", "30/11/26", "Complete – closed"],
    ["064", "JGG 26/061", "Add SENDIASS managers to distribution list", "BS", "15/10/26", "Complete – closed"],
    ["065", "JGG 26/062", "DCO annual report draft to Chair", "YO", "30/11/26", "Complete – on agenda 26/074"],
    ["066", "JGG 26/072", "Share Westmoor ND triage criteria and referral form with Eastdale", "AP", "18/12/26", "New"],
    ["067", "JGG 26/073", "Breakdown of late health advice by profession / reason", "GA", "Next meeting", "New"],
    ["068", "JGG 26/073", "Confirm named SEND team escalation contact to providers", "MW", "08/01/27", "New"],
    ["069", "JGG 26/074", "Present DCO annual report to Quality & Performance Committee", "IC", "19/01/27", "New"],
    ["070", "JGG 26/075", "Update risk 14 score and mitigations", "LF", "31/12/26", "New"],
]
lt = Table([[P(c, small) for c in r] for r in log],
           colWidths=[10 * mm, 20 * mm, 74 * mm, 11 * mm, 21 * mm, 38 * mm], repeatRows=1)
lt.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")),
    ("BACKGROUND", (0, 1), (-1, 4), colors.HexColor("#DDEEDD")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story.append(lt)
story.append(Spacer(1, 4 * mm))
story.append(P("<i>Closed actions will be removed from the log once the minutes of this meeting are approved.</i>", small))

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                  topMargin=22 * mm, bottomMargin=20 * mm,
                  title="JGG minutes 10 December 2026").build(story, canvasmaker=NumberedCanvas)
print(OUT)
