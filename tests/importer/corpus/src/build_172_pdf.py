"""Area SEND inspection Priority Action Plan monitoring board minutes: numbered-paragraph PDF, header/footer each page."""
import json
import sys

sys.path.append("/tmp/corpus21_pylib")  # reportlab, if not in the venv
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent
stem = "172_twentyfirst_pap_monitoring_board"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
num = ParagraphStyle("n", parent=body, leftIndent=12 * mm, firstLineIndent=-12 * mm)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass


def furniture(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(20 * mm, 287 * mm, "OFFICIAL")
    c.setFont("Helvetica", 8)
    c.drawRightString(190 * mm, 287 * mm, "Westmoor Local Area SEND Partnership – Priority Action Plan (PAP) Monitoring Board")
    c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
    c.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
    c.drawString(20 * mm, 10 * mm, "PAP Board minutes 22.04.2027 – DRAFT v0.2 subject to approval at next meeting")
    c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
    c.restoreState()


doc = Doc(str(OUT / f"{stem}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm)
doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 22 * mm, 170 * mm, 258 * mm)], onPage=furniture)])

P = lambda t, s=body: Paragraph(t, s)
N = lambda n, t: Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", num)
story = [
    P("Priority Action Plan Monitoring Board", title),
    P("Minutes of the meeting held on Thursday 22 April 2027, 14:00–16:15, Committee Room 2, Westmoor Civic Centre and MS Teams"),
    Spacer(1, 4),
    Table([
        ["Present", "Anne Price (AP) – Independent Chair; Priya Shah (PS) – Director of Education; Mary Walker (MW) –\n"
                    "Head of SEND; Yusuf Okafor (YO) – DCO, ICB; Grace Adeyemi (GA) – Head of Children's Therapies;\n"
                    "Liam Porter (LP) – Data and Performance; Sarah Khan (SK) – Participation Officer;\n"
                    "Tom Evans (TE) – PCF co-chair; Kerry Lang (KL) – PCF Parent Champion"],
        ["In attendance", "DfE SEND Adviser (RC); NHS England SEND case lead (FM); Ruth Hill (RH) – minutes"],
        ["Apologies", "James Whitfield; Helen Brooks (David Lowe not required for this meeting)"],
    ], colWidths=[28 * mm, 142 * mm], style=TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                                                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                                       ("VALIGN", (0, 0), (-1, -1), "TOP")])),
    Spacer(1, 6),
    P("1. Welcome, apologies and declarations of interest", h),
    N("1.1", "AP welcomed members, in particular FM attending for the first time for NHS England. Apologies as above."),
    N("1.2", "TE and KL declared an interest in item 5 as parents of children on the neurodevelopmental pathway "
             "waiting list. The Chair ruled that they could take part in the discussion."),
    P("2. Minutes of the last meeting (25 March 2027) and matters arising", h),
    N("2.1", "The minutes were agreed as a true record."),
    N("2.2", "Matters arising: the revised EHCP quality assurance framework has been published (complete). "
             "The letter to parents about the inspection outcome went out on 6 April (complete). The "
             "co-production charter refresh has been withdrawn from the PAP as it now sits with the SEND Partnership "
             "Board (closed)."),
    P("3. Inspection outcome and PAP overview", h),
    N("3.1", "MW reminded the Board that the area inspection in January found widespread and/or systemic failings "
             "and that the PAP was accepted by Ofsted and CQC on 2 March. There are five priority areas. Monitoring "
             "is by the DfE and NHS England every six months; the first formal review is in July."),
    N("3.2", "RC confirmed that the DfE will write to the Director of Children's Services ahead of the July review "
             "setting out the evidence it will expect. This is for the DfE to do and is noted here for information."),
    N("3.3", "RESOLVED: that the Board receives the PAP overview and agrees the RAG ratings as presented (priority "
             "areas 1 and 4 red; 2, 3 and 5 amber)."),
    P("4. Priority area 1 – timeliness of EHC needs assessments", h),
    N("4.1", "LP presented the dashboard. 20-week timeliness for the rolling three months is 31% (England 2025: "
             "46%). The backlog of assessments over 20 weeks has fallen from 212 to 168. Members asked whether the "
             "fall was because of more EP capacity or because of more refusals to assess."),
    N("4.2", "LP to split the 20-week timeliness data by area and by reason for delay, and circulate it "
             "to members by Friday 7 May."),
    N("4.3", "MW reported that the new online portal for requests for assessment goes live on 4 May. MW will "
             "write to all SENCos explaining the new request portal and the evidence needed, by 14 May."),
    N("4.4", "PS said the Board would welcome a peer review of EHCP quality from a neighbouring authority at some "
             "point in the autumn. No commitment was made at this stage."),
    P("5. Priority area 2 – waiting times for neurodevelopmental assessment", h),
    N("5.1", "YO reported that the median wait for an autism assessment (5–18) is 94 weeks. The ICB has agreed "
             "additional non-recurrent funding of £420k for 2027/28; this decision was taken by the ICB's Finance and "
             "Performance Committee on 8 April and is reported for assurance."),
    N("5.2", "FM asked how the trajectory had been modelled. YO shared the modelling spreadsheet on screen during the "
             "meeting; no further information was required."),
    N("5.3", "YO undertook to bring a revised waiting list trajectory, including the effect of the new funding, "
             "to the June meeting of the Board."),
    N("5.4", "TE asked what families are told while they wait. The Board asked TE and KL to test the "
             "'waiting well' pages of the Local Offer with ten families and feed back by 21 May. TE and KL agreed."),
    P("6. Priority area 3 – therapy provision in EHC plans", h),
    N("6.1", "GA explained that speech and language therapy provision specified in Section F is not always being "
             "delivered, particularly in mainstream secondary schools. There are 61 children waiting more than 18 "
             "weeks for a SALT review."),
    N("6.2", "After discussion, the Board asked GA to produce a short options paper on reducing the SALT review "
             "backlog for the next meeting on 24 June."),
    N("6.3", "PS will take the proposal for a jointly funded inclusion outreach team to Schools Forum on 13 May "
             "and report back. The decision on the high needs block sits with Schools Forum."),
    P("7. Priority area 5 – co-production and the voice of children and young people", h),
    N("7.1", "SK reported on the Youth Voice group's review of the PAP 'plain English' summary (complete, "
             "published 15 April)."),
    N("7.2", "SK to recruit two young people to sit on the PAP Board from September, with training and payment "
             "agreed under the participation policy, by Friday 16 July."),
    N("7.3", "The Board discussed whether the PCF should co-chair future meetings. It was agreed to consider this "
             "at the six-month review; no action is needed now."),
    P("8. Risk register", h),
    N("8.1", "Risks were reviewed. No new risks. Risk R7 (EP recruitment) reduced from 16 to 12."),
    P("9. Any other business and date of next meeting", h),
    N("9.1", "None. Next meeting: Thursday 24 June 2027, 14:00, Committee Room 2 and Teams."),
    Spacer(1, 8),
    P("Summary of new actions is held on the PAP tracker (SharePoint). Chair's approval: ____________________"),
]
doc.build(story)

labels = {
    "meeting_date": "2027-04-22",
    "style": ("Held-out batch twentyfirst. Area SEND inspection Priority Action Plan monitoring board minutes as a "
              "numbered-paragraph PDF with OFFICIAL header, draft-version footer and page numbers on every page; "
              "attendance table; actions written inside numbered paragraphs in several phrasings ('LP to', 'MW will "
              "write', 'undertook to', 'the Board asked GA to', 'PS will take'). Traps: matters arising are complete "
              "or closed; 3.2 is the DfE's own action; 3.3 RESOLVED RAG ratings is a decision; 4.4 'would welcome a "
              "peer review' is a wish with no commitment; 5.1 ICB funding decision reported for assurance; 5.2 done in "
              "the meeting; 7.1 complete; 7.3 'agreed to consider' at six-month review is not an action; Schools "
              "Forum's decision belongs to another body. Labelling choices: initials mapped to people.json; 'the June "
              "meeting of the Board' and 'the next meeting on 24 June' labelled 'meeting 2027-06'; PS taking the "
              "proposal to Schools Forum on 13 May is PS's action due 2027-05-13; joint owner 'TE and KL' labelled to "
              "Tom Evans."),
    "held_out": True,
    "actions": [
        {"key": "split the 20-week timeliness data by area", "owner": "LP", "person": "Liam Porter", "due": "2027-05-07"},
        {"key": "write to all SENCos explaining the new request portal", "owner": "MW", "person": "Mary Walker", "due": "2027-05-14"},
        {"key": "bring a revised waiting list trajectory", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-06"},
        {"key": "test the 'waiting well' pages of the Local Offer", "owner": "TE and KL", "person": "Tom Evans", "due": "2027-05-21"},
        {"key": "produce a short options paper on reducing the SALT", "owner": "GA", "person": "Grace Adeyemi", "due": "meeting 2027-06"},
        {"key": "take the proposal for a jointly funded inclusion", "owner": "PS", "person": "Priya Shah", "due": "2027-05-13"},
        {"key": "recruit two young people to sit on the PAP", "owner": "SK", "person": "Sarah Khan", "due": "2027-07-16"},
    ],
}
(OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
