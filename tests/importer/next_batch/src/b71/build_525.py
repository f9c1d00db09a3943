"""525: Inclusion workstream minutes (docx) with a cumulative action tracker table (RAG + Update) at the end."""
import json
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
STEM = "525_seventyfirst_inclusion_workstream_minutes_cumulative_tracker_rag_update"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def p(text, bold=False, size=None, style=None):
    para = doc.add_paragraph(style=style)
    r = para.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return para


p("Inclusion Workstream", bold=True, size=16)
p("Westmoor SEND & AP Partnership – reporting to the SEND Partnership Board", size=9)
p("Minutes – Wednesday 14 July 2027, 15:45–17:15, Riverside Primary School (staff room)", bold=True)

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in [
    ("Present", "David Lowe, Principal EP (DL) – Chair; Helen Brooks, SENCo, Riverside Primary (HB); Nadia Khan, "
                "Headteacher, Riverside Primary (NK); Sarah Kent, School Improvement Adviser (SK); Liam Porter, Data "
                "and Performance (LP); Gemma Rowe, Inclusion and Attendance Manager (GR); Simon Adair, Headteacher, "
                "Horizon AP Academy (SA); Tom Evans, PCF (TE)"),
    ("Apologies", "Priya Shah; Sarah Khan; Grace Adeyemi"),
    ("Minutes", "Ruth Hill"),
]:
    c = t.add_row().cells
    c[0].text, c[1].text = a, b
    c[0].paragraphs[0].runs[0].bold = True
    c[0].width, c[1].width = Cm(3), Cm(14)

items = [
    ("1. Welcome and apologies",
     "DL welcomed everyone and thanked NK for hosting. Apologies as above."),
    ("2. Minutes of 12 May and action tracker",
     "Minutes of 12 May agreed. The tracker was reviewed – see updates in the table at the end of these minutes. "
     "Actions 9, 10 and 14 are complete and can close. On action 12 (managed move protocol), SA confirmed he is "
     "leaving Horizon at the end of August; the group agreed that GR will take this over and that the due date "
     "moves to the end of September so that secondary heads can be consulted in the first weeks of term."),
    ("3. Inclusion Charter – launch to all schools",
     "Following the Board's decision in March, the Charter will be offered to all Westmoor schools from September. "
     "SK presented the launch pack (charter, self-evaluation tool, case studies from the pilot schools). The group "
     "endorsed the launch pack with two small wording changes, which SK made in the meeting. SK will send the pack "
     "to every school before they break up on Wednesday 21 July so that heads can look at it over the summer "
     "(action 15). TE asked that parents are involved in reviewing how the Charter is working after its first year; "
     "agreed – TE will find two parents to sit on a Charter review panel (action 20)."),
    ("4. Part-time timetables",
     "LP presented the summer term data: 184 pupils on part-time timetables, 61% with SEN support or an EHCP, and "
     "27 of them on a part-time timetable for more than six weeks. SK said SIAs need to see this by school to "
     "challenge it on visits. LP will share the data by school with SIAs every term, starting from the end of Q2 "
     "(action 16). NK asked whether the figures could be published by school; the group agreed this would not be "
     "appropriate at this stage and did not pursue it."),
    ("5. Ordinarily available provision – training",
     "DL said the EP service can offer two whole-school training sessions on the ordinarily available provision "
     "guidance in the autumn term, open to any school. Dates to be confirmed at the September meeting (action 17)."),
    ("6. Emotionally based school avoidance (EBSA)",
     "HB reported good take-up of the EBSA toolkit. NK offered to host a peer visit at Riverside for two schools "
     "that are starting out with the toolkit, in mid-September (action 18). HB will suggest "
     "schools from the SENCo network – no separate action as she will pass names straight to NK."),
    ("7. Suspensions guidance",
     "GR explained that the suspensions guidance for schools needs updating to reflect the new DfE guidance and the "
     "Charter. TE said the PCF would like to see it before it goes to schools, not after. GR will redraft the "
     "guidance with PCF input as soon as possible (action 19)."),
    ("8. AOB",
     "The group thanked SA for his contribution to the workstream and to the AP review over the last three years. "
     "Date of next meeting: Wednesday 15 September 2027, 15:45, venue TBC."),
]
for head, body in items:
    p(head, bold=True, size=11)
    p(body)

# landscape section for the tracker
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
new.left_margin = new.right_margin = Cm(1.5)
p("Inclusion Workstream – action tracker (updated 14 July 2027)", bold=True, size=12)
p("RAG: Green = complete / on track; Amber = some risk to delivery; Red = overdue or off track. New = raised at this "
  "meeting. Completed actions are removed after they have been reported closed once.", size=8.5)

rows = [
    ("9", "12/05/27", "Circulate EBSA toolkit to all SENCos", "HB", "30/06/27", "Green", "Complete – sent 21/06 via SENCo bulletin. Close."),
    ("10", "12/05/27", "Add suspensions of pupils with EHCPs to the inclusion dashboard", "LP", "14/07/27", "Green", "Complete – now on p.4 of the dashboard. Close."),
    ("11", "12/05/27", "Agree AP commissioning framework principles with Horizon", "SA / GR", "30/09/27", "Amber", "Draft shared 8/07, comments from heads awaited. GR to pick up after SA leaves."),
    ("12", "10/03/27", "Review managed move protocol with secondary heads", "GR (was SA)", "30/09/27 (was 30/06/27)", "Amber (was Red)", "Re-assigned to GR at 14/07 meeting as SA leaves Horizon end of Aug. New date agreed."),
    ("13", "12/05/27", "Build SEN support audit into SIA visits", "SK", "Ongoing", "Amber", "In the autumn visit schedule; first visits w/c 20/09."),
    ("14", "12/05/27", "Share Charter pilot evaluation with Schools Forum", "DL", "25/06/27", "Green", "Complete – went to Schools Forum 24/06. Close."),
    ("15", "14/07/27", "Send Inclusion Charter launch pack to all schools", "SK", "Before summer hols", "New", ""),
    ("16", "14/07/27", "Share part-time timetable data by school with SIAs termly", "LP", "End Q2", "New", ""),
    ("17", "14/07/27", "Confirm 2 dates for EP autumn training on OAP", "DL", "Sept mtg", "New", ""),
    ("18", "14/07/27", "Host EBSA peer visit for 2 schools at Riverside", "NK", "w/c 13/09", "New", ""),
    ("19", "14/07/27", "Redraft suspensions guidance with PCF input", "GR", "ASAP", "New", ""),
    ("20", "14/07/27", "Recruit 2 parents for Charter review panel", "TE", "Sept mtg", "New", ""),
]
hdr = ["No.", "Date raised", "Action", "Owner", "Due", "RAG", "Update"]
tt = doc.add_table(rows=1, cols=len(hdr))
tt.style = "Table Grid"
for i, h in enumerate(hdr):
    c = tt.rows[0].cells[i]
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "D9E2F3")
colours = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "New": "FFFFFF"}
widths = [Cm(1.1), Cm(2.0), Cm(7.5), Cm(2.4), Cm(3.0), Cm(2.4), Cm(7.5)]
for r in rows:
    cells = tt.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
        cells[i].width = widths[i]
        for run in cells[i].paragraphs[0].runs:
            run.font.size = Pt(9)
    shade(cells[5], colours[r[5].split()[0]])

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-07-14",
    "style": (
        "Held-out batch seventyfirst. Word minutes of an Inclusion workstream (Wednesday 14 July 2027): short prose "
        "items that refer to '(action NN)' without owner/date detail, then a landscape cumulative action tracker "
        "table (No. / Date raised / Action / Owner / Due / RAG / Update) where rows 9-14 are carried from earlier "
        "meetings and rows 15-20 are 'New' (raised 14/07/27). Keys come from the tracker's Action column. Traps: rows "
        "9, 10, 14 are complete (closed); row 11 is an ongoing amber item with only an update (not labelled, even "
        "though its update says GR will pick it up); row 13 is ongoing; row 12 is RE-ASSIGNED at this meeting from "
        "SA to GR with a new date (minute item 2) - labelled as GR's action; decisions (launch pack endorsed, "
        "by-school publication not pursued) and HB passing names to NK ('no separate action') are not labelled. "
        "Owners are initials defined in the Present box: SK here is Sarah Kent (School Improvement Adviser; Sarah "
        "Khan is an apology), NK = Nadia Khan, GR and SA are not in the cast (person null). Dates: '30/09/27 (was "
        "30/06/27)' = 2027-09-30; 'Before summer hols' with break-up stated 'Wednesday 21 July' = 2027-07-21; 'End "
        "Q2' = end of financial Q2, 30 September 2027; 'Sept mtg' = stated next meeting Wednesday 15 September 2027; "
        "'w/c 13/09' = Monday 13 September 2027 (labelled with its Monday; the minutes say 'mid-September'); "
        "'ASAP' = null."
    ),
    "held_out": True,
    "actions": [
        {"key": "Review managed move protocol with secondary heads", "owner": "GR", "person": None, "due": "2027-09-30"},
        {"key": "Send Inclusion Charter launch pack to all schools", "owner": "SK", "person": "Sarah Kent", "due": "2027-07-21"},
        {"key": "Share part-time timetable data by school with SIAs", "owner": "LP", "person": "Liam Porter", "due": "2027-09-30"},
        {"key": "Confirm 2 dates for EP autumn training", "owner": "DL", "person": "David Lowe", "due": "2027-09-15"},
        {"key": "Host EBSA peer visit for 2 schools", "owner": "NK", "person": "Nadia Khan", "due": "2027-09-13"},
        {"key": "Redraft suspensions guidance with PCF input", "owner": "GR", "person": None, "due": None},
        {"key": "Recruit 2 parents for Charter review panel", "owner": "TE", "person": "Tom Evans", "due": "2027-09-15"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
