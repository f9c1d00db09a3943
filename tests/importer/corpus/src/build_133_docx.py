import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

d = Document()
s = d.sections[0]
s.orientation = WD_ORIENT.LANDSCAPE
s.page_width, s.page_height = s.page_height, s.page_width
for m in ("left_margin", "right_margin"):
    setattr(s, m, Cm(1.5))
s.header.paragraphs[
    0
].text = "OFFICIAL – SENSITIVE (when completed)                    Westmoor Integrated Care Board"
s.footer.paragraphs[
    0
].text = "SEND Health Subgroup action log v7 | Owner: Designated Clinical Officer | Page 1"
d.add_heading("SEND Health Subgroup – Action Log", 1)
d.add_paragraph(
    "Meeting: 9 June 2027, 14:00–15:30, MS Teams. Chair: Yusuf Okafor (DCO). Log maintained by Ruth Hill."
)
d.add_paragraph(
    "Actions proposed for closure will be closed at the next meeting unless a member objects. RAG/Status key at end."
)
cols = ["Ref", "Date added", "Action", "Lead", "Due", "Status", "Update / Proposed closure rationale"]
rows = [
    [
        "HS-031",
        "10/03/2027",
        "Audit health advice returned for EHC needs assessments within 6 weeks (Q4 sample)",
        "Grace Adeyemi",
        "30/04/2027",
        "Proposed for closure",
        "Audit completed; 71% compliance. Report presented 09/06. Propose close.",
    ],
    [
        "HS-033",
        "10/03/2027",
        "Agree escalation route for late paediatric advice",
        "Anita Patel",
        "31/05/2027",
        "Superseded",
        "Superseded by HS-041 (wider advice quality work).",
    ],
    [
        "HS-035",
        "14/04/2027",
        "Share the ICB's SEND training offer with primary care networks",
        "Yusuf Okafor",
        "31/05/2027",
        "Complete",
        "Shared via PCN bulletin 20/05.",
    ],
    [
        "HS-036",
        "14/04/2027",
        "Update health section of the Local Offer on therapy waiting times",
        "Grace Adeyemi",
        "30/06/2027",
        "Open",
        "Draft with comms team. On track.",
    ],
    [
        "HS-039",
        "09/06/2027",
        "Present the neurodevelopmental pathway waiting list data split by age band and school phase",
        "Anita Patel",
        "Next meeting",
        "Open",
        "New",
    ],
    [
        "HS-040",
        "09/06/2027",
        "Write to GP practices reminding them of the SEND health advice template and the 6-week deadline",
        "Yusuf Okafor",
        "30/06/2027",
        "Open",
        "New",
    ],
    [
        "HS-041",
        "09/06/2027",
        "Develop a quality standard for health advice in EHC plans with the EP service, using the audit findings",
        "Grace Adeyemi / David Lowe",
        "17/09/2027",
        "Open",
        "New – replaces HS-033",
    ],
    [
        "HS-042",
        "09/06/2027",
        "Confirm the number of children awaiting speech and language therapy assessment for over 18 weeks",
        "Grace Adeyemi",
        "23/06/2027",
        "Open",
        "New",
    ],
    [
        "HS-043",
        "09/06/2027",
        "Invite the PCF to co-present the parent experience survey results at July meeting",
        "Tom Evans",
        "July meeting",
        "Open",
        "New",
    ],
    [
        "HS-044",
        "09/06/2027",
        "Subgroup agreed the revised terms of reference (no action – for record)",
        "—",
        "—",
        "Complete",
        "Agreed at meeting 09/06.",
    ],
    [
        "HS-045",
        "09/06/2027",
        "Add a SEND health item to the ICB Quality Committee forward plan",
        "Yusuf Okafor",
        "TBC",
        "Proposed for closure",
        "Raised and closed in meeting – Quality Committee already scheduled this for August.",
    ],
]
t = d.add_table(rows=1, cols=len(cols))
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, cols, strict=False):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r, strict=False):
        c.text = v
for row in t.rows:
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9)
d.add_paragraph()
d.add_heading("Notes from the meeting (not actions)", 2)
d.add_paragraph(
    "The subgroup discussed the rise in requests for sensory processing assessments. Members hoped the new occupational therapy post would be recruited to by the autumn; this is being managed through the Trust's workforce plan."
)
d.add_paragraph(
    "The Local Authority will report on its own EHCP timeliness to the Partnership Board, not to this subgroup."
)
d.add_heading("Status key", 2)
for k in [
    "Open – action in progress",
    "Complete – action done, removed from log after next meeting",
    "Proposed for closure – lead believes action met; closure agreed at next meeting",
    "Superseded – replaced by a later action (see rationale)",
]:
    d.add_paragraph(k, style="List Bullet")
d.save(CORPUS + "/133_fifteenth_nhs_log.docx")
json.dump(
    {
        "meeting_date": "2027-06-09",
        "held_out": True,
        "style": "Held-out batch fifteenth. A landscape Word action log for the SEND Health Subgroup in NHS style, with an OFFICIAL-SENSITIVE header, a single table with Ref, Date added, Action, Lead, Due, Status and an 'Update / Proposed closure rationale' column, followed by meeting notes and a status key. New actions are those whose Date added is 09/06/2027. Traps: rows added in March and April (open, complete, superseded, proposed for closure), a row dated this meeting that only records a decision on the terms of reference, a row dated this meeting that was raised and closed in the meeting, a hope about recruitment, and a note that the Local Authority reports elsewhere.",
        "actions": [
            {
                "key": "neurodevelopmental pathway waiting list data split by age band",
                "owner": "Anita Patel",
                "person": "Anita Patel",
                "due": "next meeting",
            },
            {
                "key": "Write to GP practices reminding them",
                "owner": "Yusuf Okafor",
                "person": "Yusuf Okafor",
                "due": "2027-06-30",
            },
            {
                "key": "Develop a quality standard for health advice",
                "owner": "Grace Adeyemi / David Lowe",
                "person": "Grace Adeyemi",
                "due": "2027-09-17",
            },
            {
                "key": "awaiting speech and language therapy assessment",
                "owner": "Grace Adeyemi",
                "person": "Grace Adeyemi",
                "due": "2027-06-23",
            },
            {
                "key": "co-present the parent experience survey results",
                "owner": "Tom Evans",
                "person": "Tom Evans",
                "due": "meeting 2027-07",
            },
        ],
    },
    open(CORPUS + "/133_fifteenth_nhs_log.labels.json", "w"),
    indent=1,
    ensure_ascii=False,
)
