"""481: Health and Education Interface Group meeting summary - a Word table with Item | Discussion | Outcome
columns and NO action column; actions are mixed into the Outcome cells with decisions, notes and done items."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b65/pylib")
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

OUT = Path("/tmp/b65")
STEM = "481_sixtyfifth_health_education_interface_discussion_outcome_table"

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(1.8)
    hp = s.header.paragraphs[0]
    hp.text = "Westmoor SEND Partnership  -  Health and Education Interface Group"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]
    fp.text = "Summary prepared by the DCO office. Not a verbatim record."
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

h = doc.add_paragraph()
r = h.add_run("Meeting Summary")
r.bold = True
r.font.size = Pt(16)
doc.add_paragraph("Health and Education Interface Group\nWednesday 23 June 2027, 10:00-11:30, Room 2.14 Westmoor House / Teams")
doc.add_paragraph("Chair: Yusuf Okafor (Designated Clinical Officer, ICB)\n"
                  "Attending: Grace Adeyemi (Head of Children's Therapies), Dr Anita Patel (Consultant Community Paediatrician), "
                  "Mary Walker (Head of SEND), Helen Brooks (SENCo, Riverside Primary), Claire Dunmore (SENDIASS Service Manager), "
                  "Amira Hassan (DCO office, notes)\n"
                  "Apologies: Priya Shah, Tom Evans (PCF - comments sent in advance, see item 4)")

rows = [
    ("1", "Welcome, introductions, notes of 21 April",
     "YO welcomed Claire Dunmore, who now attends for SENDIASS. Notes of 21 April agreed. From the April log: the letter to GP "
     "practices about the health advice form went out on 10 June (YO). The paediatric audit dates were confirmed by AP in May.",
     "Noted. April notes agreed. Both April actions complete - removed from the log."),
    ("2", "Health advice for EHC needs assessments - timeliness",
     "MW reported health advice returned within 6 weeks in 71% of cases in May (target 90%). Most late advice is from therapies "
     "where the child was not already known to the service. GA said the SALT referral form schools use still asks for information "
     "the service no longer needs, which delays triage. AP raised the quality of some advice - outcomes are often not specific "
     "enough for the plan writers.",
     "Agreed that a shorter SALT referral form is used from September. Grace to share the revised SALT referral form with school "
     "SENCos by 9 July. Dr Patel to draft a health advice quality checklist for the September meeting, drawing on the regional "
     "template."),
    ("3", "Requests copied to the DCO",
     "YO asked whether the EHC hub could copy all health advice requests to the DCO inbox so late returns can be escalated "
     "earlier. MW was not sure whether the case management system allows automatic copying.",
     "MW - check with the EHC hub whether health advice requests can be copied to the DCO inbox, and report back at the next meeting."),
    ("4", "What families are telling us",
     "CD summarised SENDIASS enquiries since April: health provision in plans not being delivered is the second most common "
     "theme. Tom's written comments from the PCF made a similar point about OT. HB suggested a termly drop-in for SENCos with "
     "therapists; the group felt this sat better with the Therapies Workstream, which is already looking at a school link model.",
     "Referred to the Therapies Workstream - no action for this group. Claire will send anonymised SENDIASS case themes to Yusuf "
     "before the end of term (schools break up 21 July). Tom to be thanked for the written comments (done at the meeting by YO "
     "via Teams chat)."),
    ("5", "School-side flowchart: health needs in school",
     "HB presented the draft flowchart for schools on who to contact about health needs. The community trust's governance group "
     "still needs to approve the health section. GA expects that in July.",
     "Flowchart agreed in principle, subject to trust approval. Once approved, Helen will circulate the school-side flowchart to "
     "the SENCo network."),
    ("6", "ICB updates",
     "YO: the ICB Board will consider the neurodevelopmental pathway business case on 15 July. This is an ICB decision; the "
     "group will hear the outcome in September. AP asked whether paediatric clinic capacity had been modelled; YO said yes.",
     "Noted. For information only."),
    ("7", "AOB / next meeting",
     "None.",
     "Next meeting: Wednesday 15 September 2027, 10:00."),
]

t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ["No.", "Item", "Discussion", "Outcome"]):
    c.text = ""
    rr = c.paragraphs[0].add_run(txt)
    rr.bold = True
for row in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        c.text = txt
widths = [Cm(1.0), Cm(3.6), Cm(7.4), Cm(5.6)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

p = doc.add_paragraph()
p.add_run("\nCirculation: group members; DCO shared drive > Interface Group > 2027. ").italic = True
p.add_run("Please let the DCO office know of any inaccuracies within 5 working days.").italic = True

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-06-23",
    "style": ("Held-out batch sixtyfifth. A Health and Education Interface Group 'Meeting Summary' in Word, chaired by the DCO: "
              "a four-column table (No. | Item | Discussion | Outcome) with no action column, so actions sit inside the Outcome "
              "cells alongside decisions ('Agreed that a shorter SALT referral form is used from September'), notes and done "
              "items. Traps: April actions complete (GP letter sent 10 June, audit dates confirmed); a suggestion referred to "
              "another workstream ('no action for this group'); thanking Tom was done at the meeting; the ICB Board's decision on "
              "15 July is another body's business; 'flowchart agreed in principle' is a decision while Helen circulating it is a "
              "conditional action with no date; Tom Evans and Priya Shah are apologies. Dates: Grace's form 'by 9 July' = Friday 9 "
              "July 2027; 'the September meeting' / 'the next meeting' = Wednesday 15 September 2027 as given in item 7; 'before the "
              "end of term (schools break up 21 July)' = 2027-07-21. Owners as written: Grace, Dr Patel, MW, Claire, Helen."),
    "held_out": True,
    "actions": [
        {"key": "Grace to share the revised SALT referral form", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-07-09"},
        {"key": "Dr Patel to draft a health advice quality checklist", "owner": "Dr Patel", "person": "Anita Patel",
         "due": "2027-09-15"},
        {"key": "check with the EHC hub whether health advice", "owner": "MW", "person": "Mary Walker", "due": "2027-09-15"},
        {"key": "Claire will send anonymised SENDIASS case themes", "owner": "Claire", "person": "Claire Dunmore",
         "due": "2027-07-21"},
        {"key": "Helen will circulate the school-side flowchart", "owner": "Helen", "person": "Helen Brooks", "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
