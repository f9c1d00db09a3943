"""521: Preparing for Adulthood workstream notes (PDF) with an 'Actions arising' numbered list that re-words the body."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(OUT / "pylib"))

from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

STEM = "521_seventyfirst_pfa_workstream_notes_actions_arising_list_reworded"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_LEFT,
                      spaceAfter=5)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=2)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=7, spaceAfter=3,
                    textColor="#5b2c83")
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, textColor="#444444")


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor("#666666")
    canvas.drawString(18 * mm, 10 * mm, "PfA Workstream – notes 20/05/27 – v0.2 (draft for checking)")
    canvas.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


s = []
P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
P("Westmoor SEND Partnership – Preparing for Adulthood (PfA) Workstream", h1)
P("Notes of meeting: Thursday 20th May 2027, 10.00–12.00, Westmoor College (Learning Hub, Room LH2)", body)
P("<b>Chair:</b> Owen Reid, PfA Lead (OR)<br/>"
  "<b>Present:</b> Sarah Khan, Participation Officer (SK); Liam Porter, Data &amp; Performance (LP); Kerry Lang, "
  "Parent Champion, PCF (KL); Priya Mistry, PCF (PMi); Marcus Bell, Curriculum Manager – Supported Learning, "
  "Westmoor College (MB); Jenna Okoye, Transitions Social Worker, Adult Social Care (JO); Rachel Tan, Disability "
  "Employment Adviser, DWP (RT)<br/>"
  "<b>Apologies:</b> Dr Anita Patel; Sarah Kent (School Improvement); Helen Brooks<br/>"
  "<b>Notes:</b> Sarah Khan", small)
s.append(Spacer(1, 4))

P("1. Notes and actions from 18 March", h2)
P("Notes agreed. All five actions from March were complete apart from the Local Offer PfA pages refresh, which "
  "is with the Local Offer team and is now going live in June – no further action for this group. Kerry thanked "
  "Owen for the supported internship celebration event, which parents had really valued.")

P("2. Supported internships – places for 2028/29", h2)
P("Marcus reported 14 interns this year across three host employers (Westmoor General Hospital, the council "
  "and a hotel group), 9 of whom are on track for paid employment. The SEND strategy target is 25 places by "
  "September 2028. Marcus will need to go back to the college leadership team before he can commit to a number, "
  "but he thought 20 was realistic; he will come back to Owen with a firm figure by the end of June. Rachel said "
  "DWP could fund job coach hours through Access to Work for any additional interns.")

P("3. Year 9 annual reviews – quality of PfA content", h2)
P("Liam shared the data: of the 212 Year 9 annual reviews held in the autumn and spring terms, only 38% had "
  "a PfA outcome recorded in the amended plan, and only 22% showed evidence of the young person's views. "
  "Discussion about whether the issue is the template or the practice. The group agreed to do a dip sample "
  "before drawing conclusions: Owen will lead a dip sample of 30 Year 9 files in the week commencing 14 June, "
  "with Liam pulling the random sample beforehand. Findings to come back to July's meeting.")

P("4. Moving to adult health services", h2)
P("This item was deferred as Dr Patel sent apologies. Priya said the PCF is still hearing from families whose "
  "young people are discharged from paediatrics at 18 with no adult team in place. The group felt this needs "
  "the Designated Clinical Officer's input; Owen will email the DCO to ask for an update on the health "
  "transition protocol to be brought to July's meeting, and will do this as soon as possible.")

P("5. Young people's voice – 'moving on' guide", h2)
P("Sarah reported that the Youth Voice group (Westmoor Young Changemakers) want to write their own "
  "guide to leaving school, in their words. They have asked for two sessions with the college and adult social "
  "care. Sarah will set up both sessions before the summer holidays (Westmoor schools and the college break up "
  "on Wednesday 21 July), and JO and MB agreed to attend.")

P("6. Parent carers and Care Act transition assessments", h2)
P("Kerry said that most parents at the April coffee morning did not know that adult social care should be "
  "involved from Year 9, or that a Care Act transition assessment can be requested before 18. Jenna agreed to "
  "write a one-page explainer for parents for the Local Offer by the end of Q2, working with Kerry on the "
  "wording. Priya asked that it is also available in an easy read version – Jenna said that would be for the "
  "ASC communications team to decide and she could not commit to it here.")

P("7. Employment – DWP offer", h2)
P("Rachel outlined the DWP Youth Offer and Access to Work. She offered to speak at a PCF evening session in "
  "the autumn. Kerry will find a suitable date with the PCF steering group and let Rachel know. "
  "The group decided that the employment sub-group will be stood down and its work folded into this "
  "workstream from September.")

P("8. PfA dashboard", h2)
P("Liam presented the draft PfA dashboard. The group decided the dashboard will be reported quarterly to the "
  "Partnership Board rather than monthly. Owen asked for the percentage of young people with SEND who are NEET "
  "(split by EHCP and SEN support) to be added; Liam will add this for the next meeting.")

P("9. AOB / date of next meeting", h2)
P("None. Next meeting: Thursday 15th July 2027, 10.00–12.00, County Hall Room 4.")

s.append(Spacer(1, 6))
P("Actions arising", h2)
items = [
    "MB – confirm number of supported internship places Westmoor College can offer from Sept 2028. "
    "<b>Due:</b> 30/06/27",
    "OR (LP to pull sample) – carry out the Y9 annual review dip sample (30 files). <b>Due:</b> w/c 14 June",
    "OR – write to DCO re update on health transition protocol for July mtg. <b>Due:</b> ASAP",
    "SK – arrange two youth voice sessions on the 'moving on' guide with college and ASC. "
    "<b>Due:</b> before summer hols",
    "JO – produce a one-page Care Act transition assessment explainer for the Local Offer (with KL). "
    "<b>Due:</b> end of Q2",
    "KL – agree a date for the DWP parents' evening and confirm to RT. <b>Due:</b> tbc",
    "LP – add NEET percentage by SEN status to PfA dashboard. <b>Due:</b> next meeting",
]
s.append(ListFlowable([ListItem(Paragraph(i, body), leftIndent=14) for i in items], bulletType="1", bulletFormat="%s.",
                      leftIndent=14, bulletFontName="Helvetica", bulletFontSize=10))

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=16 * mm, bottomMargin=18 * mm, title="PfA Workstream notes 20 May 2027",
                        author="Sarah Khan")
doc.build(s, onFirstPage=footer, onLaterPages=footer)

labels = {
    "meeting_date": "2027-05-20",
    "style": (
        "Held-out batch seventyfirst. A PDF (reportlab text layer) of Preparing for Adulthood workstream notes, Thursday "
        "20 May 2027, written in narrative prose by item, followed by a numbered 'Actions arising' list that re-words "
        "every body action into 'INITIALS – task. Due: ...' form (keys taken from the list). Initials defined in the "
        "attendance: SK = Sarah Khan (Sarah Kent is an apology), KL = Kerry Lang, JO/MB/RT are not in the cast (person "
        "null). Traps: March actions all complete and the Local Offer refresh is 'no further action for this group'; "
        "the dip sample is led by OR with LP only pulling the sample (one action, owner OR); the health item is deferred "
        "and the DCO is absent - the action is OR's to write to the DCO, not the DCO's; Jenna's easy read version is "
        "explicitly not committed to; Rachel's offer to speak becomes Kerry's action to find a date; standing down the "
        "employment sub-group and quarterly reporting are decisions. Dates: 'by the end of June' / 30/06/27 = 2027-06-30; "
        "'w/c 14 June' = Monday 14 June 2027 (the week named; labelled with its Monday); 'ASAP' = null; 'before the summer "
        "holidays' with break-up stated as Wednesday 21 July = 2027-07-21; 'end of Q2' = end of the council's financial "
        "Q2, 30 September 2027; 'tbc' = null; 'next meeting' = stated Thursday 15 July 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "confirm number of supported internship places Westmoor College", "owner": "MB", "person": None, "due": "2027-06-30"},
        {"key": "carry out the Y9 annual review dip sample", "owner": "OR", "person": "Owen Reid", "due": "2027-06-14"},
        {"key": "write to DCO re update on health transition protocol", "owner": "OR", "person": "Owen Reid", "due": None},
        {"key": "arrange two youth voice sessions on the 'moving on'", "owner": "SK", "person": "Sarah Khan", "due": "2027-07-21"},
        {"key": "produce a one-page Care Act transition assessment explainer", "owner": "JO", "person": None, "due": "2027-09-30"},
        {"key": "agree a date for the DWP parents' evening", "owner": "KL", "person": "Kerry Lang", "due": None},
        {"key": "add NEET percentage by SEN status to PfA dashboard", "owner": "LP", "person": "Liam Porter", "due": "2027-07-15"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
