"""639: Partnership Board action log (.xlsx), three sheets, merged two-row header."""
import datetime as dt, json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = Path("/tmp/b88"); STEM = "639_eightyeighth_board_action_log"
wb = Workbook(); ws = wb.active; ws.title = "Action Log"
thin = Side(style="thin", color="999999"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="1F4E78"); hfont = Font(bold=True, color="FFFFFF")
RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}

ws["A1"] = "Westmoor SEND Partnership Board - Action Log"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Updated following Board meeting 17/03/2027 (RH).  Next meeting: Wednesday 19 May 2027, 2pm, Council Chamber / Teams"
ws["A2"].font = Font(italic=True)
# two-row header with merges
top = ["Ref", "Meeting", "Action", "Owner", "Due date", "Progress", None, None]
sub = [None, None, None, None, None, "RAG", "Status", "Update (Board 17/03)"]
for c, v in enumerate(top, 1):
    ws.cell(4, c, v)
for c, v in enumerate(sub, 1):
    if v: ws.cell(5, c, v)
for c in range(1, 6):
    ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=8)
for r in (4, 5):
    for c in range(1, 9):
        cell = ws.cell(r, c); cell.fill = hdr; cell.font = hfont; cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

D = dt.datetime
rows = [
    ("PB-031", D(2026, 11, 18), "MW to circulate revised EHCP timeliness recovery plan to Board members", "MW", D(2027, 1, 31), "G", "Complete",
     "Circulated 28/1 with Feb papers. Close."),
    ("PB-034", D(2026, 11, 18), "Data dashboard to include tribunal outcomes by phase (primary / secondary / post-16)", "LP", "31/3", "A", "In progress",
     "Q3 tribunal data delayed by MoJ release. LP now expects to bring to May Board (19/05)."),
    ("PB-035", D(2026, 11, 18), "NHS England to publish national ND assessment guidance", "NHSE", "Q4", None, "For info",
     "External - not a Board action. YO will flag when published."),
    ("PB-036", D(2027, 1, 20), "YO to confirm ICB position on funding for sensory OT assessments", "YO", "Q1", "R", "Open",
     "ICB decision deferred to ICB Exec in April. YO to report back by 30 April."),
    ("PB-037", D(2027, 1, 20), "Ask DfE for an extension to the Safety Valve reporting deadline", "PS", D(2027, 2, 28), None, "Not agreed",
     "Board did not support this on 20/01 - minuted. No action."),
    ("PB-038", D(2027, 1, 20), "Refresh of Local Offer pages on short breaks incl. eligibility criteria", "Participation team", "Spring term", "A", "In progress",
     "Web team capacity issue. New date agreed at Board: end of June."),
    ("PB-039", D(2027, 1, 20), "Write to schools re use of part-time timetables", "PS", D(2027, 3, 12), None, "Superseded",
     "Superseded - see PB-044 (joint letter)."),
    ("PB-040", D(2027, 1, 20), "SENDIASS annual report to come to Board", "CD", "March Board", "G", "Open",
     "Presented 17/03 - item 6. Complete."),
    ("PB-041", D(2027, 1, 20), "Invite Cllr Jones to a future Board", "AP", "ASAP", "G", "Complete", "Cllr Jones attended 17/03. Close."),
    ("PB-044", D(2027, 3, 17), "PS to issue joint letter to all headteachers on part-time timetables and attendance", "PS", "end of March", "G", "New", ""),
    ("PB-045", D(2027, 3, 17), "TE to bring PCF survey headline findings to next Board", "TE", "May Board", "G", "New",
     "Full report to follow in July."),
    ("PB-046", D(2027, 3, 17), "RH to update the Terms of Reference with the new quoracy wording", "RH", "ASAP", "G", "New", ""),
    ("PB-047", D(2027, 3, 17), "GA to share the therapies waiting list trajectory with members", "GA", "end of April", "G", "New",
     "Board asked for SLT and OT separately."),
    ("PB-048", D(2027, 3, 17), "Discussion: joint commissioning post for alternative provision", "-", "-", None, "Noted",
     "Discussed. Views differ - to be considered as part of budget setting in the autumn. No action at this stage."),
]
r = 6
for row in rows:
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v); cell.border = box; cell.alignment = Alignment(vertical="top", wrap_text=True)
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy" if c == 5 else "dd-mmm-yy"
    if row[5]:
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=RAG[row[5]])
    r += 1
for c, w in zip(range(1, 9), [9, 11, 55, 16, 13, 6, 12, 55]):
    ws.column_dimensions[get_column_letter(c)].width = w
ws.freeze_panes = "A6"; ws.auto_filter.ref = f"A5:H{r-1}"

cl = wb.create_sheet("Closed actions")
cl.append(["Ref", "Meeting", "Action", "Owner", "Due", "Closed", "Notes"])
for row in [
    ("PB-022", "16/09/2026", "Agree Board forward plan for 2026/27", "AP/RH", "Oct 26", "18/11/2026", "Forward plan agreed"),
    ("PB-026", "16/09/2026", "DL to present EP service capacity review", "DL", "Nov Board", "18/11/2026", "Presented"),
    ("PB-029", "18/11/2026", "Circulate SEF draft to partners for comment", "MW", "04/12/2026", "20/01/2027", "Comments collated by RH"),
    ("PB-032", "18/11/2026", "Confirm PCF participation funding for 27/28", "PS", "Jan Board", "20/01/2027", "Confirmed - letter sent 15/1"),
]:
    cl.append(list(row))
for c in cl[1]: c.font = Font(bold=True)
cl.column_dimensions["C"].width = 50

key = wb.create_sheet("Key")
for row in [["RAG", "Meaning"], ["R", "Off track / overdue - escalate"], ["A", "At risk / date revised"], ["G", "On track"],
            ["B", "Complete (move to Closed sheet at next update)"], [], ["Owner initials", ""],
            ["AP", "Anne Price (Chair)"], ["RH", "Ruth Hill"], ["MW", "Mary Walker"], ["PS", "Priya Shah"], ["YO", "Yusuf Okafor"],
            ["TE", "Tom Evans"], ["GA", "Grace Adeyemi"], ["LP", "Liam Porter"], ["DL", "David Lowe"], ["CD", "Claire Dunmore (SENDIASS)"]]:
    key.append(row)
key.column_dimensions["B"].width = 45
wb.save(OUT / f"{STEM}.xlsx")

labels = {"meeting_date": "2027-03-17", "style": (
    "Held-out batch eightyeighth. A Partnership Board action log kept in Excel by the business support officer, updated after the "
    "Board on Wednesday 17 March 2027: sheet 'Action Log' with a merged two-row header (Progress spanning RAG / Status / Update), a "
    "'Closed actions' sheet and a 'Key' sheet that decodes owner initials. Due dates mix real Excel dates, typed '31/3', 'Q1', 'Spring "
    "term', 'May Board', 'end of March' and 'ASAP'. Traps: PB-031 and PB-041 complete; PB-040 still says Open but the update says "
    "it was presented and complete; PB-035 belongs to NHS England (for info); PB-037 was not agreed; PB-039 superseded by PB-044; "
    "PB-048 a discussion with no action; the Closed sheet is all history. Dates moved by the update column win: PB-034 moves from "
    "'31/3' to the May Board, which the sheet dates as Wednesday 19 May 2027; PB-036 moves from 'Q1' to 'by 30 April'; PB-038 moves "
    "from 'Spring term' to 'end of June' = 30 June 2027 and its owner is the 'Participation team', a team, so person null. New rows: "
    "'end of March' = 31 March 2027; 'May Board' = 19 May 2027; 'end of April' = 30 April 2027; 'ASAP' = null. Owners labelled as the "
    "initials written in the Owner column, persons from the Key sheet."),
    "held_out": True, "actions": [
    {"key": "Data dashboard to include tribunal outcomes by phase", "owner": "LP", "person": "Liam Porter", "due": "2027-05-19"},
    {"key": "YO to confirm ICB position on funding", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-04-30"},
    {"key": "Refresh of Local Offer pages on short breaks", "owner": "Participation team", "person": None, "due": "2027-06-30"},
    {"key": "PS to issue joint letter to all headteachers", "owner": "PS", "person": "Priya Shah", "due": "2027-03-31"},
    {"key": "TE to bring PCF survey headline findings", "owner": "TE", "person": "Tom Evans", "due": "2027-05-19"},
    {"key": "RH to update the Terms of Reference", "owner": "RH", "person": "Ruth Hill", "due": None},
    {"key": "GA to share the therapies waiting list trajectory", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-04-30"},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
