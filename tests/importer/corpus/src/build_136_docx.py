import json
import os

from docx import Document
from docx.shared import Pt

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
d.sections[0].footer.paragraphs[
    0
].text = "Westmoor SEND Partnership Board – minutes 13.10.27 – DRAFT until approved"
d.add_heading("Westmoor SEND Partnership Board", 0)
d.add_paragraph(
    "Minutes of the meeting held on Wednesday 13 October 2027, 10:00–12:00\nCouncil Chamber annexe, Westmoor Civic Centre (hybrid)"
)
d.add_heading("Attendance", 2)
att = [
    ("Name", "Role", "Organisation", "Initials"),
    ("Anne Price", "Independent Chair", "Westmoor SEND Partnership", "AP"),
    ("Mary Walker", "Head of SEND", "Westmoor Council", "MW"),
    ("Yusuf Okafor", "Designated Clinical Officer", "Westmoor ICB", "YO"),
    ("Tom Evans", "PCF co-chair", "Westmoor Parent Carer Forum", "TE"),
    ("Kerry Lang", "Parent Champion (for item 4)", "Westmoor Parent Carer Forum", "KL"),
    ("Helen Brooks", "SENCo", "Riverside Primary School", "HB"),
    ("David Lowe", "Principal Educational Psychologist", "Westmoor Council", "DL"),
    ("Sarah Khan", "Participation Officer", "Westmoor Council", "SK"),
    ("Grace Adeyemi", "Head of Children's Therapies", "Westmoor Community Health NHS Trust", "GA"),
    ("Liam Porter", "Data and Performance Manager", "Westmoor Council", "LP"),
    ("Ruth Hill", "Partnership Business Support Officer (minutes)", "Westmoor Council", "RH"),
    ("Apologies: Priya Shah (Director of Education)", "", "", ""),
]
t = d.add_table(rows=0, cols=4)
t.style = "Table Grid"
for r in att:
    c = t.add_row().cells
    for x, v in zip(c, r, strict=False):
        x.text = v


def item(h, *paras):
    d.add_heading(h, 2)
    for p in paras:
        d.add_paragraph(p)


item(
    "1. Welcome, apologies and declarations",
    "AP welcomed members, in particular KL who was attending for item 4. Apologies as above. No declarations of interest were made.",
)
item(
    "2. Minutes of 22 September and matters arising",
    "The minutes were agreed as an accurate record.",
    "Matters arising: LP confirmed the annual review figures were published on the Local Offer on 8 October (closed). DL reported the school contact lists went out on 11 October (closed). The tracker for annual review letters is in progress and MW will report in December as already agreed – no new action.",
)
item(
    "3. Written statement of action – progress",
    "MW presented the quarterly progress report against the written statement of action. Five of the eight areas are now rated green. The board discussed the two amber areas (joint commissioning and the quality of EHC plans) at length.",
    "The board agreed that the quality assurance framework for EHC plans should be refreshed. DL to lead a multi-agency audit of 20 plans issued since April, with findings to the January board. Action: DL",
    "YO noted that health advice quality had improved since the June audit but said it was too early to say if it would last.",
    "MW to prepare the next quarterly return to the DfE adviser by 5 November. Action: MW",
)
item(
    "4. Parent experience – coffee morning feedback",
    "KL shared feedback from the autumn coffee mornings. Parents still find it hard to know who to contact during the summer holidays when schools are closed. TE said the Forum would like the Council to consider a holiday helpline; MW said this would need to go to the Council's budget setting process and was not something the board could decide.",
    "KL to pull together the coffee morning themes into a short written report for members, by the end of October. Action: KL",
    "SK and TE to plan a joint 'meet the SEND team' evening for parents in the new year; SK to confirm a date and venue by 26 November. Action: SK/TE",
)
item(
    "5. Therapies update",
    "GA reported that SALT waits over 52 weeks had fallen from 143 to 96 children. The drop-in session for parents was held on 6 October and was well attended. Members welcomed the progress.",
    "GA to bring a proposal for a therapy offer for children in special school sixth forms to the next meeting. Action: GA",
)
item(
    "6. Any other business",
    "HB asked whether the board could look at exclusions of children with SEN support. It was agreed this would be a deep dive item in the spring; AP and RH to add it to the forward plan. Action: RH",
    "AP reminded members that the annual conference is on 17 November and encouraged everyone to attend.",
    "Date of next meeting: Wednesday 8 December 2027.",
)
d.add_heading("Summary of actions", 2)
sm = [
    ("No.", "Action", "Who", "By when"),
    ("3.1", "Multi-agency audit of 20 EHC plans (QA framework refresh)", "David Lowe", "January board"),
    ("3.2", "Quarterly WSoA return to DfE adviser", "Mary Walker", "05/11/27"),
    ("4.1", "Written report on coffee morning themes", "Kerry Lang", "31/10/27"),
    ("4.2", "'Meet the SEND team' evening – date and venue", "Sarah Khan / Tom Evans", "26/11/27"),
    ("5.1", "Therapy offer for special school sixth forms – proposal", "Grace Adeyemi", "8 Dec meeting"),
    ("6.1", "Exclusions deep dive on forward plan", "Ruth Hill", "spring"),
]
t2 = d.add_table(rows=0, cols=4)
t2.style = "Table Grid"
for r in sm:
    c = t2.add_row().cells
    for x, v in zip(c, r, strict=False):
        x.text = v
d.save(CORPUS + "/136_fifteenth_minutes.docx")
json.dump(
    {
        "meeting_date": "2027-10-13",
        "held_out": True,
        "style": "Held-out batch fifteenth. Word minutes of a partnership board with an attendance table that gives each member's initials, actions written inline in the discussion and tagged 'Action: DL' or 'Action: SK/TE', and a closing 'Summary of actions' table that repeats each action in shorter, different wording with full names and a 'By when' column ('January board', '05/11/27', '8 Dec meeting', 'spring'); each action is labelled once, keyed on the inline wording. Owners must be resolved through the initials column (AP is Anne Price, not Anita Patel; SK is Sarah Khan, not Sarah Kent; MW is Mary Walker, not Mark Walsh). Traps: matters arising closed, a December report already agreed last time, a board decision, a forum wish for a holiday helpline that belongs to the Council's budget process, a session already held, a conference reminder and the next meeting date.",
        "actions": [
            {
                "key": "lead a multi-agency audit of 20 plans",
                "owner": "DL",
                "person": "David Lowe",
                "due": "meeting 2028-01",
            },
            {
                "key": "prepare the next quarterly return to the DfE adviser",
                "owner": "MW",
                "person": "Mary Walker",
                "due": "2027-11-05",
            },
            {
                "key": "coffee morning themes into a short written report",
                "owner": "KL",
                "person": "Kerry Lang",
                "due": "2027-10-31",
            },
            {
                "key": "plan a joint 'meet the SEND team' evening",
                "owner": "SK/TE",
                "person": "Sarah Khan",
                "due": "2027-11-26",
            },
            {
                "key": "proposal for a therapy offer for children",
                "owner": "GA",
                "person": "Grace Adeyemi",
                "due": "next meeting",
            },
            {"key": "RH to add it to the forward plan", "owner": "RH", "person": "Ruth Hill", "due": None},
        ],
    },
    open(CORPUS + "/136_fifteenth_minutes.labels.json", "w"),
    indent=1,
    ensure_ascii=False,
)
