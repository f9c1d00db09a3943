"""Builds 298_thirtyninth_listening_event_feedback_response_matrix.xlsx into the batch folder."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "298_thirtyninth_listening_event_feedback_response_matrix.xlsx"

wb = Workbook()

# ---- Sheet 1: About ----
ws = wb.active
ws.title = "About this log"
about = [
    ["Preparing for Adulthood Listening Event – feedback and response log"],
    [],
    ["Event", "PfA Listening Event: “What happens after school?”"],
    ["Date", "Thursday 11 March 2027, 4pm – 7pm (drop-in), Westmoor College, Lecture Theatre 2 & Atrium"],
    ["Attended", "63 people signed in: 29 parents/carers, 22 young people (aged 14–24), 12 professionals"],
    ["Run by", "Westmoor Council PfA team with Westmoor Parent Carer Forum and Westmoor College student union"],
    ["Log kept by", "Nat Osei (PfA Co-ordinator) – comments typed up from post-its, the graffiti wall and the 9 table facilitators' sheets"],
    ["Responses", "Agreed at the facilitators' debrief straight after the event (7.15pm, same day). Chaired by Owen Reid."],
    [],
    ["Key to the Lead column"],
    ["OR", "Owen Reid, Preparing for Adulthood Lead"],
    ["MW", "Mark Walsh, Head of Transport"],
    ["SK", "Sarah Khan, Participation Officer"],
    ["LO team", "Local Offer web team (council)"],
    ["DCO", "Designated Clinical Officer (ICB) – Yusuf Okafor"],
    ["Coll.", "Westmoor College – Simone Amin, Head of Foundation Learning"],
    [],
    ["Status key", "NEW = new commitment from this event · IN PLACE = already happening · REFERRED = for another organisation to decide · NOTED = heard, no change planned now"],
    [],
    ["Please do not sort this sheet – refs are used in the You Said We Did poster."],
]
for r in about:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14, color="00707A")
ws["A10"].font = Font(bold=True)
for row in ws.iter_rows(min_row=3, max_row=20, max_col=1):
    for c in row:
        c.font = Font(bold=True)
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 110

# ---- Sheet 2: the matrix ----
m = wb.create_sheet("Feedback v response")
head = ["Ref", "You told us…", "Theme", "No. of comments", "What we'll do / our response",
        "Lead", "When", "Status", "Notes (internal)"]
rows = [
    ["PfA-01", "“I didn't know there was a PfA hub” / “where do you go for help at 16?”", "Information", 9,
     "The PfA hub on the Local Offer launched in January 2027. We handed out 200 hub cards on the night.",
     "OR", "–", "IN PLACE", "Cards ran out by 6pm"],
    ["PfA-02", "Nobody explained what a supported internship is until Year 13", "Employment", 7,
     "Supported internship stand to be included at the College careers fair, with current interns talking to families.",
     "Coll.", "Careers fair 17 June", "NEW", "Simone agreed on the night"],
    ["PfA-03", "Young people want to meet other young people, not just staff", "Friendships & community", 6,
     "Youth forum already meets monthly – info shared. Will look at a college-based group in future (not agreed yet).",
     "SK", "", "NOTED", ""],
    ["PfA-04", "“What happens to my EHCP when I'm 19?” – lots of confusion about 19–25", "Education / EHCP", 14,
     "Owen to co-produce a one-page guide on what happens to an EHCP from 19 to 25, written with young people from the youth forum.",
     "OR", "end of April", "NEW", "Top theme of the night"],
    ["PfA-05", "Adult social care assessments feel scary and come out of nowhere", "Social care", 8,
     "Noted – we will keep listening. Transitions protocol is being reviewed by Adult Social Care this year (their review).",
     "–", "", "NOTED", "ASC not present on the night"],
    ["PfA-06", "Bus passes / transport after 16 – parents only found out in August", "Transport", 11,
     "Transport to send post-16 travel assistance and travel training information to all Year 11 parents of pupils with EHCPs.",
     "MW", "by Wed 24 March", "NEW", "Before Easter hols"],
    ["PfA-07", "Benefits at 16 (PIP, appointeeship) – “nobody tells you”", "Money", 5,
     "Referred to DWP partnership manager – it is their decision whether to run a Westmoor session.",
     "–", "", "REFERRED", ""],
    ["PfA-08", "The 18+ pages on the Local Offer still talk about services that closed", "Information", 6,
     "Local Offer team to review and correct every 18+ page and remove closed services.",
     "LO team", "within 10 working days", "NEW", ""],
    ["PfA-09", "Moving from children's to adult health services – “you just fall off a cliff at 18”", "Health", 10,
     "Not ours to fix alone: raised with ICB. DCO to bring an update on the health transition pathway to the next listening event.",
     "DCO", "next event – Sept 2027", "NEW", "Date of Sept event TBC"],
    ["PfA-10", "Where do I get independent advice about college choices?", "Advice", 4,
     "Done on the night – Claire Dunmore (SENDIASS) gave out contact cards and booked 6 follow-up calls.",
     "–", "11/03/27", "IN PLACE", ""],
    ["PfA-11", "Parents want one named contact for PfA at the council", "Information", 7,
     "SK to put PfA team contact details in the April parent newsletter (out Fri 9 April).",
     "SK", "April newsletter", "NEW", ""],
    ["PfA-12", "More work experience in real workplaces, not just in school", "Employment", 5,
     "Would like to grow this – depends on the Supported Employment bid result (summer). No commitment yet.",
     "OR", "", "NOTED", ""],
]
m.append(head)
for r in rows:
    m.append(r)
thin = Side(style="thin", color="999999")
fill = PatternFill("solid", fgColor="DDEFF0")
for c in m[1]:
    c.font = Font(bold=True)
    c.fill = fill
for row in m.iter_rows(min_row=1, max_row=m.max_row):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
widths = [9, 42, 16, 10, 55, 9, 18, 11, 26]
for i, w in enumerate(widths, 1):
    m.column_dimensions[get_column_letter(i)].width = w
m.freeze_panes = "C2"
m.auto_filter.ref = f"A1:I{m.max_row}"

# ---- Sheet 3: raw counts ----
t = wb.create_sheet("Theme counts")
t.append(["Theme", "Comments", "% of all"])
counts = {}
for r in rows:
    counts[r[2]] = counts.get(r[2], 0) + r[3]
total = sum(counts.values())
for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
    t.append([k, v, round(100 * v / total, 1)])
t.append(["Total", total, 100.0])
for c in t[1]:
    c.font = Font(bold=True)
t.column_dimensions["A"].width = 26

wb.save(OUT)
print(OUT)
