"""643: NHS therapies workstream BRAG tracker (.xlsx) with Summary sheet, grouped two-row header, original/revised dates."""
import datetime as dt, json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = Path("/tmp/b88"); STEM = "643_eightyeighth_therapies_brag_tracker"
wb = Workbook()
sm = wb.active; sm.title = "Summary"
sm["A1"] = "Children's Therapies & SEND Workstream - Delivery Tracker"; sm["A1"].font = Font(bold=True, size=14)
sm["A2"] = "Owner: Grace Adeyemi, Head of Children's Therapies (WCHT). Version 7 - updated following workstream meeting 15/07/27"
sm["A4"] = "BRAG"; sm["B4"] = "No. actions"
for i, (k, n) in enumerate([("Blue - complete", 3), ("Red", 0), ("Amber", 3), ("Green", 4), ("Closed/superseded", 1)], 5):
    sm.cell(i, 1, k); sm.cell(i, 2, n)
sm["A11"] = "Reporting: highlight report to Partnership Board quarterly. NB FY quarters (Q1 = Apr-Jun)."
sm.column_dimensions["A"].width = 30

ws = wb.create_sheet("Actions")
fill = PatternFill("solid", fgColor="D9E1F2"); thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
groups = [("Ref", 1, 1), ("Action", 2, 2), ("Ownership", 3, 4), ("Timescale", 5, 6), ("Status", 7, 8), ("Commentary (15/07/27)", 9, 9)]
for name, a, b in groups:
    ws.cell(1, a, name)
    ws.merge_cells(start_row=1, start_column=a, end_row=1 if a != b else 2, end_column=b)
for c, v in {3: "Lead", 4: "Support", 5: "Original", 6: "Revised", 7: "BRAG", 8: "% complete"}.items():
    ws.cell(2, c, v)
for r in (1, 2):
    for c in range(1, 10):
        ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).fill = fill; ws.cell(r, c).border = box
        ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
D = dt.datetime
rows = [
    ("T1", "Recruit 2 x band 6 SLTs to the EHCP advice team", "GA", "HR business partner", D(2027, 5, 31), D(2027, 9, 30), "A", 0.5,
     "One appointed (starts Aug). Second post re-advertised - no suitable applicants first round."),
    ("T2", "Implement triage clinic to reduce statutory advice turnaround to 6 weeks", "SLT team", "OT team", "Q3 27/28", None, "G", 0.25,
     "Clinic model agreed. Go-live planned for the autumn."),
    ("T3", "Agree data sharing agreement with council for advice requests", "Liam Porter", "IG team", D(2027, 6, 30), D(2027, 8, 31), "A", 0.6,
     "DPIA with council IG. Revised date agreed at w/s."),
    ("T4", "Publish therapies 'ordinarily available' guide for schools", "GA", "Helen Brooks", D(2027, 4, 30), None, "B", 1,
     "Published 28/4 on Local Offer."),
    ("T5", "Parent workshops on sensory strategies (3 venues)", "OT lead (tbc)", "PCF", "Autumn term", "Oct half term", "G", 0,
     "Post vacant until Sept - interim OT lead to pick up. PCF to help with venues."),
    ("T6", "Yusuf to present therapies demand modelling to Partnership Board", "yusuf.okafor@nhs.net", "Liam Porter", "July Board", "Sept Board", "A", 0.4,
     "Modelling not ready for July; moved."),
    ("T7", "Review caseload weighting tool", "SLT team", "", D(2027, 3, 31), None, "B", 1, "Done."),
    ("T8", "SLT toolkit for mainstream classrooms", "GA", "Helen Brooks", D(2027, 6, 30), None, "G", 1,
     "Complete - toolkit signed off at w/s 15/07. Action from 15/07: Helen Brooks to pilot the SLT toolkit in Riverside by end Sept and report back."),
    ("T9", "Joint ND/therapies single point of access", "GA", "YO", "Q2", None, "Closed", None,
     "Superseded by ICB-wide action ND-07 (ND Pathway T&F). Closed."),
    ("T10", "Staff wellbeing survey for therapies staff", "GA", "", D(2027, 6, 1), None, "B", 1, "Complete"),
]
bf = {"B": "8EA9DB", "G": "A9D08E", "A": "FFD966", "R": "F4B084", "Closed": "BFBFBF"}
for i, row in enumerate(rows, 3):
    for c, v in enumerate(row, 1):
        cell = ws.cell(i, c, v); cell.border = box; cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.datetime):
            cell.number_format = "d-mmm-yy" if c == 5 else "dd/mm/yyyy"
        if c == 8 and v is not None:
            cell.number_format = "0%"
    ws.cell(i, 7).fill = PatternFill("solid", fgColor=bf[row[6]])
for col, w in zip("ABCDEFGHI", [6, 48, 20, 16, 12, 12, 8, 10, 60]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "C3"
wb.save(OUT / f"{STEM}.xlsx")

labels = {"meeting_date": "2027-07-15", "style": (
    "Held-out batch eightyeighth. An NHS workstream delivery tracker (.xlsx) kept by the Head of Children's Therapies, updated after the "
    "workstream meeting on Thursday 15 July 2027: a Summary sheet with BRAG counts and a note that quarters are financial-year "
    "quarters, and an Actions sheet with a merged grouped header (Ownership: Lead/Support; Timescale: Original/Revised; Status: "
    "BRAG/% complete). Traps: the Revised date overrides the Original; Blue rows T4, T7, T10 complete; T8 is complete but its "
    "commentary creates a NEW action for Helen Brooks (labelled; the row itself is not); T9 closed, superseded by an ICB-wide action "
    "of another group; Support column names are not owners. Owners: initials 'GA'; 'SLT team' and 'OT lead (tbc)' are a team and an "
    "unnamed post (person null); T6 lead written as an email. Dates: T1 revised 30/09/2027; T2 'Q3 27/28' (FY Oct-Dec) = 31 December "
    "2027; T3 revised 31/08/2027; T5 revised 'Oct half term' (half term w/c 25 October) = last working day before, Friday 22 October "
    "2027; T6 revised 'Sept Board' with no date given = 'meeting 2027-09'; the Helen Brooks pilot 'by end Sept' = 30 September 2027."),
    "held_out": True, "actions": [
    {"key": "Recruit 2 x band 6 SLTs", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-09-30"},
    {"key": "Implement triage clinic to reduce statutory advice turnaround", "owner": "SLT team", "person": None, "due": "2027-12-31"},
    {"key": "Agree data sharing agreement with council", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-08-31"},
    {"key": "Parent workshops on sensory strategies", "owner": "OT lead (tbc)", "person": None, "due": "2027-10-22"},
    {"key": "Yusuf to present therapies demand modelling", "owner": "yusuf.okafor@nhs.net", "person": "Yusuf Okafor", "due": "meeting 2027-09"},
    {"key": "Helen Brooks to pilot the SLT toolkit in Riverside", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-09-30"},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
