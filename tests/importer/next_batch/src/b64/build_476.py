"""476: Partnership board Excel action log with a filter on Status (closed rows hidden) and an initials lookup tab."""
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b64/pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path("/tmp/b64")
STEM = "476_sixtyfourth_board_action_log_filtered_hidden_rows"

D = dt.datetime
wb = Workbook()
ws = wb.active
ws.title = "Action Log"

ws["A1"] = "Westmoor SEND Partnership Board – Action Log 2027/28"
ws["A1"].font = Font(bold=True, size=14, color="1F3864")
ws["A2"] = ("Maintained by Ruth Hill (Business Support). Updated after the 18/11/2027 meeting. Filter is set to show "
            "Open / In progress only – clear the filter on column G to see completed items.")
ws["A2"].font = Font(italic=True, size=9, color="595959")

hdr = ["Ref", "Date raised", "Meeting", "Action", "Owner", "Due", "Status", "RAG", "Update / comments"]
ws.append([])
ws.append(hdr)  # row 4
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="top")

S16, O21, N18 = D(2027, 9, 16), D(2027, 10, 21), D(2027, 11, 18)
rows = [
    # ref, raised, meeting, action, owner, due, status, rag, update
    (31, S16, "Board", "Publish the revised Local Offer short breaks page", "MW", D(2027, 10, 15), "Complete", "G",
     "Live 12/10."),
    (32, S16, "Board", "Share the SEND sufficiency plan draft with PCF before Cabinet", "PS", D(2027, 10, 8), "Complete", "G",
     "Sent 6/10."),
    (33, S16, "Board", "Provide a breakdown of EHC needs assessment refusals by phase", "LP", D(2027, 10, 21), "Open", "A",
     "21/10: partial data shown. 18/11: still awaiting secondary figures – carried forward."),
    (34, S16, "Board", "Arrange board development session on co-production", "AP", D(2027, 11, 18), "Complete", "G",
     "Held before the November meeting."),
    (35, O21, "Board", "Report on the therapy waiting list recovery plan", "GA", D(2027, 11, 18), "Complete", "G",
     "Presented 18/11 – see minutes item 5."),
    (36, O21, "Board", "Circulate the Ofsted/CQC self-evaluation draft for comment", "JW", D(2027, 11, 5), "Complete", "G",
     "Circulated 4/11."),
    (37, O21, "Board", "Invite Cllr Jones to the December board for the scrutiny item", "AP", D(2027, 11, 30), "In progress", "A",
     "Invitation sent; awaiting reply."),
    (38, O21, "Board", "Provide wheelchair service waiting list data by ward", "GA", D(2027, 12, 9), "Open", "A",
     "Was YO. 18/11: reassigned to GA as the Trust holds the data – new due date Dec board."),
    (39, O21, "Board", "Review the joint commissioning MOU", "YO", D(2027, 11, 18), "Closed", "G",
     "Superseded – ICB redrafting all MOUs in the new year (ICB's own programme)."),
    (40, N18, "Board", "Circulate the revised EHCP 20-week recovery trajectory to board members", "MW", D(2027, 11, 26),
     "Open", "G", ""),
    (41, N18, "Board", "Add tribunal outcomes by school phase to the performance dashboard", "LP", "Next meeting", "Open",
     "G", ""),
    (42, N18, "Board", "Share the PCF annual survey headline findings with the board", "TE", "Next meeting", "Open", "G",
     ""),
    (43, N18, "Board", "Pilot the one page profile template in the Riverside cluster and report back", "HB",
     D(2028, 1, 31), "Open", "G", ""),
    (44, N18, "Board", "Arrange a young people's forum session to review the Local Offer pages", "SK", D(2027, 12, 17),
     "Open", "G", "Check SK = Sarah Khan (not SKe)."),
    (45, N18, "Board", "Write to the ICB chief executive about neurodevelopmental pathway waiting times", "AP",
     D(2027, 12, 3), "Open", "G", ""),
    (46, N18, "Board", "Circulate the updated terms of reference", "RH", D(2027, 11, 19), "Complete", "G",
     "Sent 19/11 with the draft minutes."),
    (47, N18, "Board", "NOTE ONLY – board agreed to move the December meeting to Thursday 9 December", "-", "-",
     "For information", "", "Not an action – logged so the date change is recorded."),
    (48, N18, "Board", "Check whether transport appeals data can be shared with the board", "PS", D(2027, 12, 9),
     "Closed", "", "Duplicate of 49 – closed."),
    (49, N18, "Board", "Bring home to school transport appeals data to the December board", "MWa", D(2027, 12, 9), "Open",
     "G", "Mark to present. Replaces 48."),
]
thin = Side(style="thin", color="BFBFBF")
for r in rows:
    ws.append(list(r))
    row = ws.max_row
    for c in ws[row]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for col in ("B", "F"):
        if isinstance(ws[f"{col}{row}"].value, dt.datetime):
            ws[f"{col}{row}"].number_format = "dd/mm/yyyy"
    rag = ws[f"H{row}"].value
    if rag:
        ws[f"H{row}"].fill = PatternFill("solid", fgColor={"G": "92D050", "A": "FFC000", "R": "FF0000"}[rag])
    if r[6] not in ("Open", "In progress"):
        ws.row_dimensions[row].hidden = True

last = ws.max_row
ws.auto_filter.ref = f"A4:I{last}"
ws.auto_filter.add_filter_column(6, ["Open", "In progress"])
ws.freeze_panes = "A5"
for col, w in zip("ABCDEFGHI", [6, 11, 9, 52, 8, 12, 13, 6, 46]):
    ws.column_dimensions[col].width = w
dv = DataValidation(type="list", formula1='"Open,In progress,Complete,Closed,For information"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G5:G200")

lk = wb.create_sheet("Owners")
lk.append(["Initials", "Name", "Role"])
for row in [
    ("AP", "Anne Price", "Independent Chair"),
    ("APa", "Anita Patel", "Consultant Community Paediatrician"),
    ("GA", "Grace Adeyemi", "Head of Children's Therapies"),
    ("HB", "Helen Brooks", "SENCo, Riverside Primary"),
    ("JW", "James Whitfield", "AD SEND and Inclusion"),
    ("LP", "Liam Porter", "Data and Performance Manager"),
    ("MW", "Mary Walker", "Head of SEND"),
    ("MWa", "Mark Walsh", "Head of Transport"),
    ("PS", "Priya Shah", "Director of Education"),
    ("RH", "Ruth Hill", "Business Support"),
    ("SK", "Sarah Khan", "Participation Officer"),
    ("SKe", "Sarah Kent", "School Improvement Adviser"),
    ("TE", "Tom Evans", "PCF co-chair"),
    ("YO", "Yusuf Okafor", "Designated Clinical Officer, ICB"),
]:
    lk.append(list(row))
for c in lk[1]:
    c.font = Font(bold=True)
lk.column_dimensions["B"].width = 18
lk.column_dimensions["C"].width = 36

notes = wb.create_sheet("Meeting dates")
notes.append(["Meeting", "Date", "Note"])
for m in [("Board", D(2027, 9, 16), ""), ("Board", D(2027, 10, 21), ""), ("Board", D(2027, 11, 18), ""),
          ("Board", D(2027, 12, 9), "Moved from 16/12 – agreed 18/11"), ("Board", D(2028, 1, 20), "tbc")]:
    notes.append(list(m))
    notes.cell(notes.max_row, 2).number_format = "dd/mm/yyyy"
notes.column_dimensions["B"].width = 12
notes.column_dimensions["C"].width = 34

wb.save(OUT / f"{STEM}.xlsx")

labels = {
    "meeting_date": "2027-11-18",
    "style": "Held-out batch sixtyfourth. A SEND Partnership Board running action log in Excel kept by the business "
             "support officer, saved with an AutoFilter on Status showing only Open / In progress, so Complete, Closed "
             "and For information rows are hidden; title and instruction rows above the header, frozen panes, RAG "
             "fills, an 'Owners' initials lookup tab and a 'Meeting dates' tab. The log spans the September, October "
             "and November boards; the meeting labelled is 18 November 2027. Traps: hidden completed rows (including "
             "ref 46 raised on 18/11 and already done), hidden 'NOTE ONLY' decision row (47, December board moved), "
             "hidden duplicate closed row (48), closed row superseded by the ICB's own programme (39), older open items "
             "simply carried forward (33, 37) which are not new, initials clashes resolved by the Owners tab (AP = Anne "
             "Price not Anita Patel; SK = Sarah Khan not Sarah Kent 'SKe'; MWa = Mark Walsh not Mary Walker). Labelling: "
             "rows raised 18/11 that are Open, plus ref 38 re-assigned at this meeting from YO to GA; 'Next meeting' "
             "resolves to the moved December board, Thursday 9 December 2027 (row 47 and the Meeting dates tab); 'Dec "
             "board' likewise 2027-12-09; explicit Due dates as entered.",
    "held_out": True,
    "actions": [
        {"key": "Provide wheelchair service waiting list data by ward", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-12-09"},
        {"key": "Circulate the revised EHCP 20-week recovery trajectory", "owner": "MW", "person": "Mary Walker", "due": "2027-11-26"},
        {"key": "Add tribunal outcomes by school phase", "owner": "LP", "person": "Liam Porter", "due": "2027-12-09"},
        {"key": "Share the PCF annual survey headline findings", "owner": "TE", "person": "Tom Evans", "due": "2027-12-09"},
        {"key": "Pilot the one page profile template", "owner": "HB", "person": "Helen Brooks", "due": "2028-01-31"},
        {"key": "Arrange a young people's forum session", "owner": "SK", "person": "Sarah Khan", "due": "2027-12-17"},
        {"key": "Write to the ICB chief executive about neurodevelopmental", "owner": "AP", "person": "Anne Price", "due": "2027-12-03"},
        {"key": "Bring home to school transport appeals data", "owner": "MWa", "person": "Mark Walsh", "due": "2027-12-09"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
