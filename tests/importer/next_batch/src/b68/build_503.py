"""503: Microsoft Planner 'Export plan to Excel' - EHCP Timeliness Improvement Board, board of Tue 18 May 2027."""
import json, hashlib, base64
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent.parent
STEM = "503_sixtyeighth_ehcp_timeliness_board_planner_export_buckets_per_board"

def tid(s):
    return base64.urlsafe_b64encode(hashlib.sha256(s.encode()).digest()).decode()[:28]

H = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date", "Start date",
     "Due date", "Is Recurring", "Late", "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
     "Labels", "Description"]
B18 = "Actions \u2013 Board 18/05/2027"
B20 = "Actions \u2013 Board 20/04/2027"
BAU = "Standing items"

def t(name, bucket, progress, priority, assigned, created, start, due, late, completed="", completed_by="", cl_done="",
      cl="", labels="", desc="", created_by="Ruth Hill"):
    return [tid(name), name, bucket, progress, priority, assigned, created_by, created, start, due, "false", late, completed,
            completed_by, cl_done, cl, labels, desc]

tasks = [
    t("Recruit two locum EPs to clear the statutory advice backlog", B18, "Not started", "Urgent", "David Lowe",
      "19/05/2027", "", "30/06/2027", "false", cl_done="0/3",
      cl="Get agency quotes;Finance sign-off (Priya S);Confirm start dates", labels="Board action;Education",
      desc="Agreed at Timeliness Board 18/05/27. DL to recruit 2 locum EPs (up to 6 months) funded from the recovery budget."),
    t("Weekly 20-week tracker to all EHC caseworkers", B18, "Not started", "Important", "Liam Porter", "19/05/2027",
      "24/05/2027", "04/06/2027", "false", labels="Board action;Data",
      desc="Agreed 18/05. LP to automate the weekly tracker from Synergy and send every Monday; first one by 4 June."),
    t("Agree health advice turnaround standard with the Trust", B18, "Not started", "Important", "Yusuf Okafor;Grace Adeyemi",
      "19/05/2027", "", "", "false", labels="Board action;Health",
      desc="Agreed 18/05. YO leading, GA to input for therapies. Report back to next board (22 June)."),
    t("Parent update letter on timeliness recovery", B18, "In progress", "Medium", "Mary Walker", "19/05/2027", "",
      "28/05/2027", "false", labels="Board action;Comms",
      desc="Agreed 18/05. MW to co-produce with PCF (Tom Evans) and send before May half term."),
    t("Brief headteachers on the new assessment request form", B18, "Not started", "Medium", "Sarah Kent", "19/05/2027", "",
      "11/06/2027", "false", labels="Board action;Education",
      desc="Agreed 18/05. Via the headteacher briefing on 10 June and the schools bulletin."),
    t("Ask SENDIASS to add timeliness FAQs to their website", B18, "Not started", "Low", "Claire Dunmore", "19/05/2027", "",
      "18/06/2027", "false", labels="Board action;Comms", desc="Agreed 18/05. Claire offered at the board."),
    t("Pause the EHC team restructure until September", B18, "Completed", "Medium", "", "19/05/2027", "", "", "false",
      completed="19/05/2027", completed_by="Ruth Hill", labels="Decision",
      desc="DECISION 18/05 \u2013 recorded here so it shows on the board summary. No action."),
    t("Clear the unallocated EHC needs assessment requests (46)", B20, "In progress", "Urgent", "Jenny Marsh", "21/04/2027", "",
      "25/06/2027", "false", cl_done="1/2", cl="Triage by date of request;Allocate to caseworkers",
      labels="Board action;Education",
      desc="Agreed 20/04 (MW). 18/05 board: re-assigned from Mary Walker to Jenny Marsh (new EHC Team Manager started 10 May). "
           "New due date 25/06."),
    t("Monthly timeliness report to the DCS", B20, "In progress", "Important", "Liam Porter", "21/04/2027", "", "31/05/2027",
      "false", labels="Board action;Data", desc="Agreed 20/04. May report in progress."),
    t("Contact all families waiting over 30 weeks", B20, "Completed", "Urgent", "Mary Walker", "21/04/2027", "", "14/05/2027",
      "false", completed="13/05/2027", completed_by="Mary Walker", labels="Board action",
      desc="Agreed 20/04. Done \u2013 31 families phoned, 4 complaints logged."),
    t("Paediatric health advice audit", B20, "In progress", "Important", "Anita Patel", "21/04/2027", "", "14/05/2027", "true",
      labels="Board action;Health",
      desc="Agreed 20/04. 18/05: not finished \u2013 AP to bring to the June board. Owner unchanged."),
    t("Timeliness Board \u2013 agenda and papers", BAU, "Not started", "Medium", "Ruth Hill", "02/03/2027", "", "15/06/2027",
      "false", desc="Recurring admin. Papers out one week before each board.", created_by="Ruth Hill"),
    t("Monthly timeliness figures to the Partnership Board", BAU, "In progress", "Medium", "Liam Porter", "02/03/2027", "", "",
      "false", desc="Standing item."),
]

wb = Workbook()
ws = wb.active
ws.title = "EHCP Timeliness Improvement Boa"  # Planner truncates sheet names to 31 chars
ws["A1"] = "Plan name"; ws["B1"] = "EHCP Timeliness Improvement Board"
ws["A2"] = "Plan ID"; ws["B2"] = tid("plan")
ws["A3"] = "Export date"; ws["B3"] = "20/05/2027"
for i, h in enumerate(H, 1):
    ws.cell(row=5, column=i, value=h).font = Font(bold=True)
for r, row in enumerate(tasks, 6):
    for c, v in enumerate(row, 1):
        ws.cell(row=r, column=c, value=v if v != "" else None)
for col, wdt in zip("ABCDEFGHIJKLMNOPQR", [30, 52, 26, 12, 10, 28, 12, 12, 11, 11, 10, 7, 14, 14, 10, 40, 24, 70]):
    ws.column_dimensions[col].width = wdt
wb.save(OUT / (STEM + ".xlsx"))

labels_out = {
    "meeting_date": "2027-05-18",
    "style": ("Held-out batch sixtyeighth. A Microsoft Planner 'Export plan to Excel' workbook: Plan name / Plan ID / Export date "
              "rows, then the standard columns (Task ID, Task Name, Bucket Name, Progress, Priority, Assigned To, Created By, "
              "Created Date, Start date, Due date, Is Recurring, Late, Completed Date, Completed By, Completed Checklist Items, "
              "Checklist Items, Labels, Description), dates as dd/mm/yyyy text. One bucket per board. The meeting is Tuesday 18 May "
              "2027 (bucket 'Actions - Board 18/05/2027', 'Agreed 18/05' in descriptions); trap: Created Date is 19/05/2027 (typed "
              "up next day) and Export date 20/05/2027. Labelled: the six open tasks in the 18/05 bucket and the April task "
              "re-assigned at this board from Mary Walker to Jenny Marsh (EHC Team Manager, not in the cast). Not labelled: the "
              "'Pause the EHC team restructure' Decision task, checklist items (steps of a task, not separate actions), April "
              "tasks carried with the same owner (the late paediatric audit is re-dated to June, owner unchanged), completed tasks "
              "and standing items. Two assignees on the health advice task: the description says YO is leading, so owner Yusuf "
              "Okafor. Dates: Due date column; the health advice task has no Due date but 'report back to next board (22 June)' "
              "= Tuesday 22 June 2027."),
    "held_out": True,
    "actions": [
        {"key": "Recruit two locum EPs to clear the statutory", "owner": "David Lowe", "person": "David Lowe", "due": "2027-06-30"},
        {"key": "Weekly 20-week tracker to all EHC caseworkers", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-06-04"},
        {"key": "Agree health advice turnaround standard with the Trust", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-06-22"},
        {"key": "Parent update letter on timeliness recovery", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-05-28"},
        {"key": "Brief headteachers on the new assessment request form", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-06-11"},
        {"key": "Ask SENDIASS to add timeliness FAQs", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-06-18"},
        {"key": "Clear the unallocated EHC needs assessment requests", "owner": "Jenny Marsh", "person": None, "due": "2027-06-25"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
