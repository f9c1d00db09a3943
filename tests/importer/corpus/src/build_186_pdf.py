"""Builds 186_twentythird_joint_commissioning_group.pdf and its labels."""
import json
import sys

sys.path.append("/tmp/corpus23_pylib")  # reportlab (pip install --target) if not in the venv
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent
STEM = "186_twentythird_joint_commissioning_group"


class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for s in self._saved:
            self.__dict__.update(s); self.furniture(n); super().showPage()
        super().save()
    def furniture(self, n):
        w, h = A4
        self.setFont("Helvetica", 8)
        self.drawString(18 * mm, h - 12 * mm, "Westmoor Joint Commissioning Group (Education, Health and Care)")
        self.drawRightString(w - 18 * mm, h - 12 * mm, "Minutes – 14 April 2027 – OFFICIAL")
        self.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
        self.line(18 * mm, 16 * mm, w - 18 * mm, 16 * mm)
        self.drawString(18 * mm, 11 * mm, "DRAFT – subject to approval at the next meeting of the JCG")
        self.drawRightString(w - 18 * mm, 11 * mm, f"Page {self._pageNumber} of {n}")


ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
num = ParagraphStyle("n", parent=body, leftIndent=20 * mm, firstLineIndent=-20 * mm)
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)

S = []
S.append(Paragraph("WESTMOOR JOINT COMMISSIONING GROUP", title))
S.append(Paragraph("Minutes of the meeting held on Wednesday 14 April 2027 at 13:30, Meeting Room 3, Westmoor ICB offices, Kingsway House", body))
S.append(Spacer(1, 4))
tbl = Table([
    ["Present:", Paragraph("James Whitfield (JW), Assistant Director SEND and Inclusion, Westmoor Council – <b>Chair</b><br/>"
                           "Fiona Marsh (FM), Head of Children's Commissioning, Westmoor ICB – <b>Vice-chair</b><br/>"
                           "Yusuf Okafor (YO), Designated Clinical Officer, ICB<br/>"
                           "Mary Walker (MW), Head of SEND<br/>"
                           "Grace Adeyemi (GA), Head of Children's Therapies, Westmoor Community Health NHS Trust<br/>"
                           "Liam Porter (LP), Data and Performance Manager<br/>"
                           "Tom Evans (TE), PCF co-chair", body)],
    ["In attendance:", Paragraph("Ruth Hill (RH), Partnership Business Support (minutes); Gareth Doyle, Finance Business Partner (item 4)", body)],
    ["Apologies:", Paragraph("Priya Shah; Anita Patel", body)],
], colWidths=[30 * mm, 140 * mm])
tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
S.append(tbl)

def H(t): S.append(Paragraph(t, head))
def P(n, t): S.append(Paragraph(f"{n}\u00a0\u00a0\u00a0\u00a0{t}", num))

H("1. Welcome, apologies and quoracy")
P("JCG 27/029", "The Chair welcomed members. Apologies were noted as above. The meeting was quorate (both the Council and the ICB represented at senior level).")
H("2. Declarations of interest")
P("JCG 27/030", "GA declared an interest in item 5 as her service is the incumbent provider of the speech and language therapy contract. "
      "It was agreed that GA would present the service update and then leave the room for the decision. No other declarations were made.")
H("3. Minutes of the last meeting and matters arising")
P("JCG 27/031", "The minutes of 10 March 2027 were approved as a correct record.")
P("JCG 27/032", "Matters arising: action 27/018 (equipment protocol to schools) – MW confirmed the revised protocol had been sent to all schools on 9 April; complete. "
      "Action 27/020 (short breaks sufficiency statement) remains open on the action log and is on the forward plan for June.")
H("4. Section 75 pooled budget – Quarter 4 outturn 2026/27")
P("JCG 27/033", "Gareth Doyle presented the outturn. The pooled budget closed £212k overspent, largely on jointly funded residential placements. "
      "The ICB and Council contributions for 2027/28 remain at the 2026/27 split pending the variation.")
P("JCG 27/034", "The Group noted the outturn. FM explained that the Section 75 schedule needs varying to add the new equipment service. "
      "FM to circulate the draft Section 75 variation to members by 30 April for comment before it goes to the ICB Board and Cabinet.")
P("JCG 27/035", "The ICB Board will be asked to ratify the variation at its meeting on 27 May 2027; this is a matter for the Board and not the JCG.")
H("5. Speech and language therapy – contract extension")
P("JCG 27/036", "GA presented the service update: waiting times for initial assessment are 19 weeks against a 13-week standard, with four vacancies. "
      "Members asked for a clearer picture of the workforce position. GA to provide the therapy vacancy and agency figures by Friday 23rd April.")
P("JCG 27/037", "GA left the meeting. <b>DECISION:</b> the Group agreed to extend the current contract by 12 months to 31 March 2029 under "
      "the extension clause, with a variation to add a key performance indicator on the waiting time for initial assessment. "
      "Members hoped that the market engagement event planned for the autumn would attract local providers.")
P("JCG 27/038", "GA returned to the meeting.")
H("6. Neurodevelopmental (autism/ADHD) pathway")
P("JCG 27/039", "YO reported that 1,340 children and young people are waiting for an assessment, with a median wait of 71 weeks. "
      "TE said families regularly contact the Forum in distress about the wait and about access to support before diagnosis.")
P("JCG 27/040", "The Group was not assured by the trajectory presented. YO to bring a revised neurodevelopmental pathway trajectory "
      "to the next meeting, showing the effect of the additional independent sector capacity.")
P("JCG 27/041", "LP noted that health and education data are still held separately. LP to link health and education data for the "
      "joint strategic needs assessment chapter by the end of June.")
H("7. Equipment – joint funding protocol")
P("JCG 27/042", "MW reported 38 open equipment requests over 12 weeks old. Members agreed it would be sensible to consider a pooled budget "
      "for equipment at a future meeting once the Section 75 variation is settled; no action at this stage.")
P("JCG 27/043", "TE offered that the Forum would run a short survey of parents on equipment delays. Agreed: TE to run the survey and share "
      "headline results by 21 May.")
H("8. Forward plan and any other business")
P("JCG 27/044", "The Group approved its revised terms of reference (version 3.2) with immediate effect.")
P("JCG 27/045", "RH to update the JCG forward plan with the June items and re-circulate before the next meeting.")
P("JCG 27/046", "No other business. The meeting closed at 15:40.")
S.append(Spacer(1, 8))
S.append(Paragraph("<b>Date of next meeting:</b> Wednesday 12 May 2027, 13:30, Kingsway House.", body))
S.append(Spacer(1, 14))
S.append(Paragraph("Signed (Chair) ................................................   Date ..........................", body))

SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, topMargin=22 * mm, bottomMargin=22 * mm,
                  leftMargin=18 * mm, rightMargin=18 * mm, title="JCG minutes 14 April 2027").build(S, canvasmaker=NumberedCanvas)

labels = {
    "meeting_date": "2027-04-14",
    "style": ("Held-out batch twentythird. Joint Commissioning Group formal minutes as a PDF with numbered paragraphs "
              "(JCG 27/029 …) hanging-indented, a header and 'DRAFT … Page X of Y' footer on every page, and actions "
              "written inside the prose as 'XX to … by …'. Traps: matters arising action 27/018 is complete and 27/020 "
              "is an old log entry only mentioned; the outturn is noted; the contract extension is a DECISION; ICB Board "
              "ratification is another body's business; the market engagement hope; 'consider a pooled budget … no "
              "action at this stage'; terms of reference approved is a decision. Labelling choices: 'by Friday 23rd "
              "April' = 2027-04-23; 'by the end of June' = 2027-06-30; 'to the next meeting' and 'before the next "
              "meeting' = meeting 2027-05 (next meeting 12 May); FM (Fiona Marsh, ICB) is not in people.json so person null."),
    "held_out": True,
    "actions": [
        {"key": "FM to circulate the draft Section 75 variation", "owner": "FM", "person": None, "due": "2027-04-30"},
        {"key": "GA to provide the therapy vacancy and agency figures", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-04-23"},
        {"key": "YO to bring a revised neurodevelopmental pathway trajectory", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-05"},
        {"key": "LP to link health and education data", "owner": "LP", "person": "Liam Porter", "due": "2027-06-30"},
        {"key": "TE to run the survey and share headline results", "owner": "TE", "person": "Tom Evans", "due": "2027-05-21"},
        {"key": "RH to update the JCG forward plan", "owner": "RH", "person": "Ruth Hill", "due": "meeting 2027-05"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
