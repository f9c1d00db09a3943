import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.comments import Comment

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "374_fiftieth_you_said_we_did_next_steps_tracker.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "YSWD live"
ws["A1"] = "Westmoor Parent Carer Forum - 'You said, we did, what next' tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Updated at Steering Group Mon 9 Nov 2026 (PM). Green = done, amber = in progress, grey = with another organisation (we monitor only)."
ws["A2"].font = Font(italic=True)
hdr = ["Ref", "Raised", "You said (what parents told us)", "We did (so far)", "What next", "Lead", "By when", "Status", "Last update"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="5B2C6F")
    c.alignment = Alignment(wrap_text=True, vertical="top")
D = dt.datetime
rows = [
    ["YS-12", "Jul survey", "Short breaks - nobody can tell us who is eligible", "Raised with commissioners; they confirmed a review is happening",
     "Council's short breaks review - their consultation opens Feb 2027 (council timetable, not ours). We promote it when live.", "LA commissioning", "Feb 2027", "With LA", "12/10 SG"],
    ["YS-13", "Sep coffee am", "Therapy reports are full of jargon", "Met Grace Adeyemi + SLT leads 6 Oct; parents co-wrote a plain English glossary",
     "Published on therapies web page 30 Oct", "Priya M", D(2026, 10, 30), "Done", "9/11 SG - closed, move to Closed tab at Dec SG"],
    ["YS-14", "Sep coffee am", "ASD assessment waiting list - we hear nothing for months", "Raised at SEND Board 24 Sep; DCO agreed to look at 'waiting well' contact",
     "ICB plan to start 'waiting well' letters Jan 2027 - ICB's action not ours. Check at Jan SG that letters have started.", "Yusuf Okafor (ICB)", "Jan 2027", "With ICB", "9/11 SG"],
    ["YS-15", "Oct survey", "Transport - drivers and escorts don't know anything about my child's needs",
     "Tom + Kerry met Mark Walsh (Head of Transport) 12 Oct. He agreed to trial a one-page passenger profile.",
     "Send Mark the parents' 'all about me' passport template so the trial can use it", "TE", D(2026, 11, 20), "In progress", "9/11 SG"],
    ["YS-16", "Oct survey", "Local Offer website is impossible to search", "6 parents did user testing with the council web team 3 Nov",
     "Nothing further - web team feeding back in their own newsletter", "Kerry L", D(2026, 11, 3), "Done", "9/11 SG"],
    ["YS-17", "Oct survey", "Annual reviews are late and no one tells us why", "Raised at Board; LA says timeliness improving",
     "Ask Liam Porter for the Q2 annual review timeliness figures so we can check the claim", "Priya M", D(2026, 12, 7), "Not started", "9/11 SG - Priya to get them before Dec SG"],
    ["YS-18", "Oct coffee am", "Nothing for siblings", "Nothing yet",
     "Find out what Westmoor Young Carers offers siblings of disabled children", "KL", "next SG", "Not started", "9/11 SG"],
    ["YS-19", "ongoing", "You never tell us what happened after we filled in the survey", "Started this tracker (Sept)",
     "Write the November 'You said, we did' page for the members' newsletter from this tab", "Newsletter team", "end of month", "In progress", "9/11 SG"],
    ["YS-20", "NEW 9/11", "SENDIASS drop-ins are at 3pm - clashes with the school run", "Raised at SG tonight",
     "Write to Claire Dunmore (SENDIASS) asking for an early-morning or evening drop-in", "Co-chairs", "within 2 weeks", "Not started", "9/11 SG - new"],
]
fills = {"Done": "C6EFCE", "In progress": "FFEB9C", "Not started": "FFFFFF", "With LA": "D9D9D9", "With ICB": "D9D9D9"}
for r in rows:
    ws.append(r)
    row = ws.max_row
    for c in ws[row]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.fill = PatternFill("solid", fgColor=fills[r[7]])
    if isinstance(r[6], dt.datetime):
        ws.cell(row, 7).number_format = "dd/mm/yyyy"
ws["F9"].comment = Comment("Tom will do this - Kerry has the template if he can't find it", "Kerry Lang")
for col, w in zip("ABCDEFGHI", [8, 12, 38, 40, 50, 16, 12, 12, 26]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"

n = wb.create_sheet("Notes 9 Nov")
notes = [
    ["Steering Group 9 November 2026 - notes to go with the tracker (Priya M)"],
    [""],
    ["Present: Tom Evans (co-chair), Aisha Rahman (co-chair), Priya Mistry, Kerry Lang, Jo Marsh. Guest for item 2: Helen Brooks (SENCo, Riverside Primary)."],
    [""],
    ["1. Tracker walk-through - see YSWD live tab. YS-13 and YS-16 closed. YS-20 added."],
    ["2. Helen offered to share the tracker with the SENCo cluster so schools see what parents are raising. Agreed."],
    ["   TE to send the tracker link (view only) to Helen Brooks by Friday."],
    ["3. Decision: we will NOT run a separate YSWD survey this term - too many surveys going out already. Use coffee mornings instead."],
    ["4. Question nobody could answer: does the council's new complaints process cover transport? Leave with Tom to raise informally if it comes up - not an action."],
    ["5. Next SG: Mon 7 Dec, 7pm, Zoom."],
]
for r in notes:
    n.append(r)
n["A1"].font = Font(bold=True)
n.column_dimensions["A"].width = 120

k = wb.create_sheet("Closed")
k.append(["Ref", "You said", "We did", "Closed"])
k.append(["YS-07", "Want evening events", "Two evening coffee mornings held (Jun, Sep)", "Sep SG"])
k.append(["YS-09", "Parents not told about the Local Offer Live event", "Posted in FB group + school newsletters", "Oct SG"])
k.append(["YS-11", "Can't get through on the SEND phone line", "LA added call-back option 1 Oct", "Oct SG"])
wb.save(OUT)
print("wrote", OUT)
