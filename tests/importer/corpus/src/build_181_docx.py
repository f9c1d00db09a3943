"""Builds 181_twentysecond_health_advice_qa_moderation.docx: an EHCP health advice quality assurance moderation note."""
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
STEM = "181_twentysecond_health_advice_qa_moderation"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Westmoor ICB  |  Westmoor Community Health NHS Trust          OFFICIAL-SENSITIVE (no child identifiable data)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "EHCP Health Advice QA moderation note v1.1 - 14.07.2027 - Owner: Designated Clinical Officer - Review date: October 2027"
fp.runs[0].font.size = Pt(8)

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("EHCP Health Advice Quality Assurance\nModeration meeting - note of findings and follow-up")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)


def para(text, bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        b = p.add_run(bold_lead)
        b.bold = True
    q = p.add_run(text)
    q.italic = italic
    return p


para("Wednesday 14 July 2027, 13:30 - 16:00, Seminar Room B, Westmoor Child Development Centre", "Date / venue: ")
para("Yusuf Okafor (Designated Clinical Officer, ICB) - chair; Grace Adeyemi (Head of Children's Therapies); "
     "Dr Anita Patel (Consultant Community Paediatrician); Mary Walker (Head of SEND, Westmoor Council) - for "
     "item 4 only; Liam Porter (Data and Performance Manager) - for item 5; Priya Mistry (Parent Representative, "
     "PCF) - moderating parent; Beth Carr (CAMHS team lead, Westmoor Minds) - for item 3.", "Present: ")
para("Dr Hannah Green (Designated Medical Officer) - on leave; Kerry Lang (PCF).", "Apologies: ")
para("None declared. Dr Patel noted she had authored two of the sampled advices and did not rate those.",
     "Declarations of interest: ")

doc.add_heading("1. Purpose and sample", level=2)
para("Quarterly moderation of health advice submitted for EHC needs assessments. The sample this quarter was 12 "
     "advices (April-June 2027) drawn at random by the Therapies admin team: 4 SALT, 3 OT, 2 physiotherapy, "
     "2 community paediatrics, 1 CAMHS. Each advice was rated independently by two moderators and the parent "
     "representative against the Westmoor health advice standard (outcomes, provision specified and quantified, "
     "child/family voice, timeliness).")

doc.add_heading("2. Overall ratings", level=2)
tbl = doc.add_table(rows=1, cols=4)
tbl.style = "Light Grid Accent 1"
for c, h in zip(tbl.rows[0].cells, ["Standard", "Good", "Requires improvement", "Inadequate"]):
    c.text = h
for row in [("SMART outcomes", "5", "6", "1"), ("Provision specified and quantified", "7", "4", "1"),
            ("Child and family voice", "4", "7", "1"), ("Returned within 6 weeks", "8", "-", "4")]:
    cells = tbl.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
para("")
para("Two advices (one OT, one physio) were re-rated during the meeting from RI to Good once the full provision "
     "tables were found in the appendices - completed in the meeting, no further action.", italic=True)

doc.add_heading("3. Learning points and follow-up", level=2)

para("Outcomes are still too often written as 'to improve' / 'to develop' with no measure. Therapists said they "
     "want worked examples rather than another training session.", "3.1  Outcome writing. ")
para("Grace to circulate the outcome-writing guide with three worked examples to all therapists.", "Follow-up: ")
para("Lead: GA     Timescale: by 30/07/2027")

para("4 of 12 advices were late; 3 of those were paediatrics. Dr Patel thinks the cause is clinic capacity rather "
     "than awareness of the deadline but wants to check.", "3.2  Timeliness. ")
para("Dr Patel to audit all Q1 paediatric advices against the six-week deadline and report the reasons for delay.",
     "Follow-up: ")
para("Lead: Dr Patel     Timescale: Q2 - by 30 September 2027")

para("The CAMHS advice in the sample was rated Inadequate (generic text, no provision). Beth explained Westmoor "
     "Minds are rewriting their advice template over the summer - this is the provider's own improvement work and "
     "will be monitored through contract management, not here.", "3.3  CAMHS advice. ")
para("DCO to raise the late and generic CAMHS advice with the provider at the August contract review meeting.",
     "Follow-up: ")
para("Lead: DCO     Timescale: August contract review")

para("Priya M noted that several advices did not reflect what parents had said; in three cases the request from "
     "the council had not included the parental views form.", "3.4  Family voice. ")
para("Head of SEND to remind SEND case officers to attach parental views to every advice request.", "Follow-up: ")
para("Lead: Head of SEND     Timescale: next case officer team meeting, 21 July")
para("Priya also suggested parents could co-moderate every quarter, not just one parent rep. The group liked the "
     "idea and would like to consider it at the October moderation once the DMO is back - not agreed today.",
     italic=True)

doc.add_heading("4. Data", level=2)
para("Liam showed the current dashboard. Health advice timeliness is reported as one figure for all of health, "
     "which hides the paediatrics problem.")
para("LP to add health advice timeliness broken down by team to the SEND dashboard.", "Follow-up: ")
para("Lead: LP (Council data)     Timescale: for the September Partnership Board")

doc.add_heading("5. Next sample", level=2)
para("Agreed: keep the same four-point rating scale and the same standard for the next round (no change). "
     "Sample size to rise to 15.")
para("Therapies admin team to pull the random sample of 15 July-September advices and send it to moderators.",
     "Follow-up: ")
para("Lead: Therapies admin team     Timescale: by 08/10/27")

doc.add_heading("6. Actions from the April moderation", level=2)
para("A1 - SALT advice template updated to include a provision table - COMPLETE (in use from 1 June).")
para("A2 - DCO to share moderation summary with the SEND Partnership Board - COMPLETE (May Board).")

doc.add_heading("7. Date of next moderation", level=2)
para("Wednesday 20 October 2027, 13:30, Seminar Room B.")

doc.save(OUT / f"{STEM}.docx")

LABELS = {
    "meeting_date": "2027-07-14",
    "style": ("Held-out batch twentysecond. Word moderation note of an NHS/ICB EHCP health advice quality assurance "
              "meeting written by health practitioners: header/footer, ratings table, learning points each with a "
              "'Follow-up:' sentence and a separate 'Lead: / Timescale:' line. Traps: ratings table is findings; "
              "two advices re-rated in the meeting (done); Westmoor Minds rewriting its template is the provider's "
              "own work (another body); parent co-moderation is 'would like to consider' (not agreed); rating scale "
              "unchanged and sample size 15 are decisions; April actions all COMPLETE; next moderation date. "
              "Labelling choices: owner taken from the Lead line (GA, Dr Patel, DCO, Head of SEND, LP, Therapies "
              "admin team); DCO = Yusuf Okafor (chair and DCO); Dr Patel = Anita Patel, not Anne Price. 'August "
              "contract review' and 'for the September Partnership Board' labelled as meeting months. 'Q2 - by 30 "
              "September 2027' taken as 2027-09-30."),
    "held_out": True,
    "actions": [
        {"key": "circulate the outcome-writing guide with three worked examples", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-07-30"},
        {"key": "audit all Q1 paediatric advices against the six-week deadline", "owner": "Dr Patel", "person": "Anita Patel", "due": "2027-09-30"},
        {"key": "raise the late and generic CAMHS advice", "owner": "DCO", "person": "Yusuf Okafor", "due": "meeting 2027-08"},
        {"key": "remind SEND case officers to attach parental views", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-07-21"},
        {"key": "add health advice timeliness broken down by team", "owner": "LP", "person": "Liam Porter", "due": "meeting 2027-09"},
        {"key": "pull the random sample of 15 July-September advices", "owner": "Therapies admin team", "person": None, "due": "2027-10-08"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
