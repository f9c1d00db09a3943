"""Builds 320_fortysecond_workforce_training_plan_workbook.xlsx"""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment

OUT = Path(__file__).resolve().parent.parent / "320_fortysecond_workforce_training_plan_workbook.xlsx"
wb = Workbook()

thin = Side(style="thin", color="BFBFBF")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="E7E6E6")
newfill = PatternFill("solid", fgColor="E2EFDA")
hdrfill = PatternFill("solid", fgColor="7030A0")

# --- Read me
ws = wb.active
ws.title = "Read me"
lines = [
    "SEND Workforce Development Plan 2027-28 - working copy",
    "",
    "Output from the planning workshop held Thursday 8 July 2027, Training Room 1, Civic Centre (9.30-12.30).",
    "Came along: Mary Walker (MW), David Lowe (DL), Helen Brooks (HB, for the SENCo network), Sarah Khan (SK), Ruth Hill (RH), Claire Dunmore (CD, SENDIASS), Dee Harrow (DH, L&D Business Partner - keeper of this file).",
    "Couldn't make it: Tom Evans (PCF) - sent ideas by email, see row T06.",
    "",
    "HOW TO READ THE 'Plan 27-28' TAB",
    "Green rows = NEW, agreed at the workshop on 8/7. The person in 'Who's sorting it' said they'd do it.",
    "Grey rows = business as usual, carrying on as before, nothing new needed.",
    "'Parked' = good idea but no money and/or nobody to do it yet. Do not chase.",
    "'Go-live by' is when the thing needs to be done/ready, not the course date (course dates are in Notes).",
    "Last year's sessions are on the 'Done 26-27' tab for reference only.",
    "",
    "Budget for 27-28: £24,500 (DSG high needs training line) + £3,000 PCF co-production grant.",
    "Questions to Dee on ext 4471.",
]
for i, l in enumerate(lines, 1):
    ws.cell(row=i, column=1, value=l)
ws["A1"].font = Font(bold=True, size=14, color="7030A0")
ws["A7"].font = Font(bold=True)
ws.column_dimensions["A"].width = 120

# --- Plan
wp = wb.create_sheet("Plan 27-28")
headers = ["Ref", "Course / thing", "For who", "Who's sorting it", "Go-live by", "Status (Jul)", "Notes"]
wp.append(["SEND workforce plan 2027-28  |  last updated DH 09/07/27"])
wp["A1"].font = Font(bold=True, size=12)
wp.append([])
wp.append(headers)
for c in wp[3]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = hdrfill
    c.border = box
    c.alignment = Alignment(wrap_text=True, vertical="top")

D = dt.date
rows = [
    ("T01", "SENCo induction day - book venue & catering for 40", "New SENCos (schools)", "RH", D(2027, 7, 23), "NEW", "Day itself is 16/09. Riverside can't host this year - try Westmoor College."),
    ("T02", "EHCP outcomes writing workshop (SMART outcomes) - design the session & materials", "Casework officers + EPs", "DL", "by 1st Sept", "NEW", "Ofsted/CQC feedback said outcomes too vague. Deliver in Sept INSET week."),
    ("T03", "Autism awareness level 1 refresher", "All front-line staff", "Westmoor Autism Service", "rolling", "BAU", "Their programme, booked via LMS. No change."),
    ("T04", "PfA 'what good looks like' for Y9 reviews", "Schools & colleges", "?? (Owen Reid not at workshop)", "", "Parked", "MW to mention to Owen at some point - not agreed, no budget yet."),
    ("T05", "SENDIASS 'know your rights' session for school staff - set up booking page & dates", "School staff, SENCos", "CD", D(2027, 10, 29), "NEW", "Claire's team to deliver, we pay venue. 2 sessions autumn."),
    ("T06", "Co-production 'Working Together' training with the PCF - agree content & trainers with PCF", "Council + health managers", "SK (with PCF)", "end of Sept", "NEW", "Tom's idea (email 6/7). Uses PCF grant £3k."),
    ("T07", "Annual review chairing refresher", "Casework officers", "MW", D(2027, 6, 24), "Delivered 24/06", "28 attended, feedback 4.6/5. Keep for next year."),
    ("T08", "E-learning: 'The graduated approach' - upload module to LMS and go live", "All school staff", "DH", D(2027, 9, 6), "NEW", "Content finished by HB + DL in June. Needs accessibility check first."),
    ("T09", "EBSA (emotionally based school avoidance) twilight", "SENCos, pastoral leads", "DL?", "", "Parked", "Needs EP capacity - revisit Jan."),
    ("T10", "Training needs survey to all SENCos (what do you want next year?)", "SENCos", "HB", D(2027, 7, 16), "NEW", "Send before schools break up (Wed 21/7). Use MS Forms template from last year."),
    ("T11", "Evaluation of 26-27 programme - one-page summary of feedback forms for the Partnership Board", "Partnership Board", "DH", "Sept Board", "NEW", "Board meets 23/09."),
    ("T12", "Makaton level 1 (foundation)", "Early years practitioners", "EY team", "rolling", "BAU", "Termly, via Early Years Hub."),
    ("T13", "Induction module for new casework officers", "Casework officers", "MW", "", "BAU", "Updated Jan 27, fine as is."),
]
for r in rows:
    wp.append(list(r))
    row = wp.max_row
    fill = newfill if r[5] == "NEW" else (grey if r[5] in ("BAU",) or r[5].startswith("Delivered") else None)
    for c in wp[row]:
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            c.fill = fill
    if isinstance(r[4], dt.date):
        wp.cell(row=row, column=5).number_format = "dd/mm/yyyy"
wp["D8"].comment = Comment("Claire said OK but will need our comms team to promote it - DH", "Dee Harrow")
for col, w in zip("ABCDEFG", [6, 48, 24, 22, 14, 16, 50]):
    wp.column_dimensions[col].width = w
wp.freeze_panes = "A4"

# --- Done
wd = wb.create_sheet("Done 26-27")
wd.append(["Session", "Date", "Attended", "Avg feedback (/5)", "Led by"])
for c in wd[1]:
    c.font = Font(bold=True)
for r in [
    ("SENCo induction day", D(2026, 9, 17), 34, 4.4, "RH / DL"),
    ("Preparing for Adulthood in annual reviews", D(2026, 11, 12), 41, 4.1, "Owen Reid"),
    ("SENDIASS know your rights (pilot)", D(2027, 2, 4), 19, 4.7, "Claire Dunmore"),
    ("Writing good section F provision", D(2027, 3, 10), 26, 3.9, "DL"),
    ("Annual review chairing refresher", D(2027, 6, 24), 28, 4.6, "MW"),
]:
    wd.append(list(r))
    wd.cell(row=wd.max_row, column=2).number_format = "dd/mm/yyyy"
wd.append([])
wd.append(["Total attendances", None, "=SUM(C2:C6)"])
wd.append(["All done - for reference only, nothing to action"])
for col, w in zip("ABCDE", [44, 12, 10, 16, 16]):
    wd.column_dimensions[col].width = w

# --- Budget
wbud = wb.create_sheet("Budget")
wbud.append(["Line", "£"])
for r in [("DSG high needs training", 24500), ("PCF co-production grant", 3000), ("Committed (T01, T05 venues)", -2150), ("Remaining", 25350)]:
    wbud.append(list(r))

wb.save(OUT)
print(OUT)
