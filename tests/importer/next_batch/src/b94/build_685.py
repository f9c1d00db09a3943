import datetime as dt, sys
sys.path.insert(0, "/tmp/b94/src")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
import lab
STEM = "685_ninetyfourth_smartsheet_health_delivery_plan_export"
D = dt.datetime
wb = Workbook()
ws = wb.active; ws.title = "Health SEND Delivery Plan 2027"
ws.append(["Task Name", "Assigned To", "Start Date", "Due Date", "Status", "RYG", "% Complete", "Latest Comment", "Created", "Modified", "Modified By"])
rows = [
 (0, ["Workstream 1 - Health advice for EHC needs assessments", None, D(2027, 1, 4), D(2027, 12, 17), "In Progress", "Yellow", 0.4, None, D(2026, 12, 10, 9, 2), D(2027, 4, 22, 16, 40), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Agree 6-week health advice standard with providers", "Yusuf Okafor", D(2027, 1, 4), D(2027, 2, 26), "Complete", "Green", 1, "Signed off at Feb meeting", D(2026, 12, 10, 9, 3), D(2027, 2, 25, 14, 1), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Audit health advice returned within 6 weeks - Q4 sample", "yusuf.okafor@westmoor.icb.nhs.uk", D(2027, 4, 23), D(2027, 5, 14), "Not Started", "Green", 0, "22/04 mtg: added. YO to pull 20 cases from Q4", D(2027, 4, 22, 15, 50), D(2027, 4, 22, 15, 50), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Add health advice timeliness to monthly SEND dashboard", "Liam Porter", None, None, "Not Started", "Yellow", 0, "22/04 mtg: LP happy to do, asap pls so it's in before the Board sees it", D(2027, 4, 22, 15, 52), D(2027, 4, 22, 15, 52), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Recruit to DCO admin support post", "Yusuf Okafor", D(2027, 1, 18), D(2027, 6, 4), "In Progress", "Red", 0.25, "22/04 mtg: ICB recruitment pause - end date moved from 31/03 to 4 June, agreed by group", D(2026, 12, 10, 9, 5), D(2027, 4, 22, 16, 1), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (0, ["Workstream 2 - Neurodevelopmental (ND) pathway", None, D(2027, 1, 4), D(2028, 3, 31), "In Progress", "Red", 0.2, None, D(2026, 12, 10, 9, 6), D(2027, 4, 22, 16, 5), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["ND hub go-live (milestone)", None, D(2027, 10, 1), D(2027, 10, 1), "Not Started", "Yellow", 0, "Milestone - no change", D(2026, 12, 10, 9, 7), D(2027, 3, 18, 11, 0), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Share ND pathway waiting list data with Data & Performance team", "Dr Anita Patel", D(2027, 4, 23), D(2027, 5, 7), "Not Started", "Green", 0, "22/04 mtg: new. By locality and age band.", D(2027, 4, 22, 15, 55), D(2027, 4, 22, 15, 55), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Business case for ND hub clinical staffing", "Community Health Trust Board", D(2027, 3, 1), D(2027, 6, 30), "In Progress", "Yellow", 0.5, "Trust Board process - tracked by Trust, here for visibility only", D(2026, 12, 10, 9, 8), D(2027, 4, 2, 10, 12), "a.patel@westmoorhealth.nhs.uk"]),
 (1, ["Parent webinar on ND pathway changes", "Tom Evans", D(2027, 3, 1), D(2027, 3, 31), "Complete", "Green", 1, "Ran 17/3 with PCF, 64 parents", D(2026, 12, 10, 9, 9), D(2027, 3, 19, 9, 40), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (0, ["Workstream 3 - Therapies", None, D(2027, 1, 4), D(2027, 12, 17), "In Progress", "Yellow", 0.3, None, D(2026, 12, 10, 9, 10), D(2027, 4, 22, 16, 8), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Develop single referral form for SALT and OT", "g.adeyemi@westmoorhealth.nhs.uk", D(2027, 4, 23), D(2027, 6, 30), "Not Started", "Green", 0, "22/04 mtg: new - Grace leading, HB offered SENCo input", D(2027, 4, 22, 15, 58), D(2027, 4, 22, 15, 58), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Therapy workforce gap analysis", "Grace Adeyemi", D(2027, 2, 1), D(2027, 7, 30), "In Progress", "Yellow", 0.5, "22/04: on track, no change", D(2026, 12, 10, 9, 11), D(2027, 4, 22, 16, 8), "yusuf.okafor@westmoor.icb.nhs.uk"]),
 (1, ["Decision: SALT drop-in model to continue to March 2028", None, D(2027, 4, 22), D(2027, 4, 22), "Complete", "Green", 1, "Agreed at 22/04 meeting - record only", D(2027, 4, 22, 16, 10), D(2027, 4, 22, 16, 10), "yusuf.okafor@westmoor.icb.nhs.uk"]),
]
for lvl, r in rows:
    ws.append(r)
    c = ws.cell(ws.max_row, 1)
    c.alignment = Alignment(indent=lvl * 2)
    if lvl == 0: c.font = Font(bold=True)
    for col in (3, 4): ws.cell(ws.max_row, col).number_format = "dd/mm/yy"
    for col in (9, 10): ws.cell(ws.max_row, col).number_format = "dd/mm/yy hh:mm"
    ws.cell(ws.max_row, 7).number_format = "0%"
    if lvl == 1: ws.row_dimensions[ws.max_row].outlineLevel = 1
for c in ws[1]: c.font = Font(bold=True)
for col, w in zip("ABCDEFGHIJK", [58, 32, 11, 11, 12, 8, 10, 60, 15, 15, 32]): ws.column_dimensions[col].width = w
wb.save(f"/tmp/b94/{STEM}.xlsx")

lab.write(STEM, "2027-04-22",
 "A Smartsheet project sheet exported to Excel (one sheet, parent/child rows with outline indent, contact cells showing a mix of names and email addresses, real date cells, RYG column, system Created/Modified columns) for the ICB-led Health SEND delivery plan group, reviewed at its meeting on Thursday 22 April 2027 (comments '22/04 mtg'). Traps: bold workstream rows are headings; completed rows (6-week standard, parent webinar by Tom Evans); the ND hub go-live milestone 'no change'; the ND hub business case is the Trust Board's ('for visibility only'); therapy workforce gap analysis 'on track, no change' (still open, not re-dated); the SALT drop-in decision is 'record only'; HB's offer of SENCo input is not an action. Labelled: new rows created 22/04 and the DCO admin post re-dated from 31/03 to 4 June. Owners are the Assigned To cell as written (email addresses for YO and Grace). Dates are the Due Date cells: 2027-05-14, 2027-06-04, 2027-05-07, 2027-06-30; Liam's row has no due date, only 'asap' = null.",
 [("Audit health advice returned within 6 weeks", "yusuf.okafor@westmoor.icb.nhs.uk", "Yusuf Okafor", "2027-05-14"),
  ("Add health advice timeliness to monthly SEND dashboard", "Liam Porter", "Liam Porter", None),
  ("Recruit to DCO admin support post", "Yusuf Okafor", "Yusuf Okafor", "2027-06-04"),
  ("Share ND pathway waiting list data with", "Dr Anita Patel", "Anita Patel", "2027-05-07"),
  ("Develop single referral form for SALT and OT", "g.adeyemi@westmoorhealth.nhs.uk", "Grace Adeyemi", "2027-06-30")])
