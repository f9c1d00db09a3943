"""436: Microsoft Planner 'Export plan to Excel' workbook for the WSOA delivery group plan."""
from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Font

STEM = "436_fiftyninth_planner_export_to_excel_wsoa_delivery_plan"
wb = Workbook()
ws = wb.active
ws.title = "WSOA Delivery Group - Actions"[:31]
ws.append(["Plan name", "WSOA Delivery Group - Actions"])
ws.append(["Plan ID", "q9Xk2vLhREmP0c7WbN4sYJcAE3hT"])
ws.append(["Date of export", "09/06/2027"])
ws.append([])
hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
       "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
       "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
ws.append(hdr)
for c in ws[5]:
    c.font = Font(bold=True)

rows = [
 # new at 8 June
 ["JXq3mP8cW0-Lr7d2FhYtQmUAAK1e", "Draft revised EHCP quality assurance framework for sign-off", "Actions 8 June", "Not started", "Important",
  "Mary Walker", "Ruth Hill", "08/06/2027", "", "25/06/2027", "false", "false", "", "", "0/3",
  "Share draft with DL;Add PCF comments from the audit;Send to Ruth for July papers", "WSOA Area 2;Board paper",
  "Min 4.2 (8/6). QA framework to reflect the March audit findings. Board to sign off in July - decision already taken at Board in May, this is just the drafting."],
 ["Rr0aZ4e1PUuW9xGvD3sKjmUAF2Lb", "Reconcile 20-week timeliness figures with DfE SEN2 return", "Actions 8 June", "In progress", "Urgent",
  "Liam Porter", "Ruth Hill", "08/06/2027", "08/06/2027", "18/06/2027", "false", "false", "", "", "1/2",
  "Pull Capita extract;Compare with SEN2 table 1", "WSOA Area 1;Data",
  "The dashboard says 41%, the SEN2 return says 38%. LP to find out why before the DfE review meeting. (LP started this in the meeting.)"],
 ["Tb6pQ1cV8nS3yE7oKmWzLmUAP9Hc", "Book venue for co-production workshop on annual reviews", "Actions 8 June", "Not started", "Medium",
  "Sarah Khan", "Ruth Hill", "08/06/2027", "", "02/07/2027", "false", "false", "", "", "0/2",
  "Ask PCF re dates that avoid sports day week;Check Hub room accessibility", "WSOA Area 3;Co-production",
  "Workshop itself is planned for September - PCF leading the design. SK only booking the venue for now."],
 ["Kc2wE5rT7yU1iO9pAsDfGmUAX4Zq", "Confirm ICB sign-off route for health advice template", "Actions 8 June", "Not started", "Important",
  "Yusuf Okafor", "Ruth Hill", "08/06/2027", "", "15/06/2027", "false", "false", "", "", "", "",
  "WSOA Area 2;Health",
  "Does it need to go to the ICB quality committee or can the DCO sign off under delegation? YO to confirm."],
 ["Lm8nB3vC6xZ2aQ4wErTyHmUAD7Pk", "Map therapy advice turnaround against the 6-week deadline", "Actions 8 June", "Not started", "Medium",
  "Grace Adeyemi", "Ruth Hill", "08/06/2027", "", "30/06/2027", "false", "false", "", "", "0/3",
  "SLT;OT;Physio", "WSOA Area 1;Health", "By service, last two quarters."],
 ["Hs5dF7gJ9kL1zX3cVbNmQmUAR2Wy", "Send slides from today to Priya Mistry (PCF)", "Actions 8 June", "Completed", "Low",
  "Ruth Hill", "Ruth Hill", "08/06/2027", "", "09/06/2027", "false", "false", "08/06/2027", "Ruth Hill", "", "",
  "Admin", "Sent 4.15pm"],
 # re-assigned open task from May
 ["Pq1wS4eD6rF8tG0hYjUkImUAN5Bx", "Analyse tribunal outcomes by primary need", "Carried forward", "In progress", "Medium",
  "David Lowe", "Ruth Hill", "11/05/2027", "17/05/2027", "16/07/2027", "false", "false", "", "", "1/3",
  "Get SENDIST data for 2026;Split by primary need;Compare with EP advice themes", "WSOA Area 4;Data",
  "11/5: LP to lead, due 25/6.\n8/6: re-assigned from Liam Porter to David Lowe (LP on leave most of July). New due date 16/07/2027 agreed."],
 # carried forward, untouched
 ["Ab3cD5eF7gH9iJ1kLmNoPmUAS6Tv", "Refresh Local Offer pages on short breaks", "Carried forward", "In progress", "Medium",
  "Sarah Khan", "Ruth Hill", "11/05/2027", "", "30/06/2027", "false", "false", "", "", "2/4",
  "Eligibility;How to apply;Easy read version;Link to PCF guide", "WSOA Area 3;Local Offer", "No change 8/6 - on track."],
 ["Zx9cV7bN5mQ3wE1rTyUiOmUAB8Ln", "Publish parent survey results with 'you said, we did'", "Carried forward", "In progress", "Important",
  "Tom Evans", "Ruth Hill", "13/04/2027", "", "28/05/2027", "false", "true", "", "", "1/2",
  "Analysis;Infographic", "WSOA Area 3;Co-production", "8/6: PCF waiting for council comms sign-off. Date not changed."],
 ["Uy2tR4eW6qA8sD0fGhJkLmUAC3Mp", "Send monthly WSOA highlight to Board", "Carried forward", "Not started", "Medium",
  "Ruth Hill", "Ruth Hill", "11/05/2027", "", "30/06/2027", "true", "false", "", "", "", "",
  "Board paper", "Repeats monthly, last working day."],
 # done before the meeting
 ["Wq4eR6tY8uI0oP2aSdFgHmUAV1Nc", "Circulate WSOA progress report to DfE adviser", "Done", "Completed", "Important",
  "Mary Walker", "Ruth Hill", "11/05/2027", "", "04/06/2027", "false", "false", "07/06/2027", "Mary Walker", "2/2",
  "Final check with PS;Send", "WSOA Area 1;DfE", "Sent Monday - adviser acknowledged."],
 ["Ee7rT9yU1iO3pA5sDfGhJmUAK0Lz", "Confirm dates for summer term delivery group meetings", "Done", "Completed", "Low",
  "Ruth Hill", "Ruth Hill", "13/04/2027", "", "14/05/2027", "false", "false", "12/05/2027", "Ruth Hill", "", "",
  "Admin", ""],
 # decisions logged as tasks
 ["Dd1fG3hJ5kL7zX9cVbNmQmUAW2Er", "DECISION: group meets fortnightly over the summer holidays", "Decisions log", "Completed", "Medium",
  "Anne Price", "Ruth Hill", "08/06/2027", "", "", "false", "false", "08/06/2027", "Ruth Hill", "", "",
  "Decision", "Agreed 8/6. Not an action - logged here so it shows in the board view."],
 ["Gg4hJ6kL8zX0cV2bNmQwEmUAT5Ry", "DECISION: RAG for Area 2 stays amber", "Decisions log", "Completed", "Medium",
  "", "Ruth Hill", "08/06/2027", "", "", "false", "false", "08/06/2027", "Ruth Hill", "", "", "Decision", ""],
 # parking lot, not agreed
 ["Nn5mQ7wE9rT1yU3iOpAsDmUAF6Gh", "Idea: text-message reminders for annual review meetings?", "Parking lot", "Not started", "Low",
  "", "Priya Shah", "08/06/2027", "", "", "false", "false", "", "", "", "",
  "", "Raised by PS at the end - not discussed, nobody picked it up. Revisit in July if time."],
]
for r in rows:
    ws.append(r)
for col, w in zip("ABCDEFGHIJKLMNOPQR", [30, 52, 16, 12, 10, 16, 12, 12, 11, 11, 11, 7, 14, 14, 12, 40, 24, 70]):
    ws.column_dimensions[col].width = w
wb.save(OUT / f"{STEM}.xlsx")

write_labels(STEM, "2027-06-08",
 "Microsoft Planner 'Export plan to Excel' workbook for the WSOA (written statement of action) delivery group's plan, "
 "exported the day after its Tuesday 8 June 2027 meeting: plan name / plan ID / date of export rows above the header, "
 "then one row per task with Bucket Name, Progress, Assigned To (display names), Created Date, Due date (dd/mm/yyyy), "
 "Is Recurring, Late, Completed Date/By, checklist counts ('0/3') and semicolon-joined checklist items and labels. "
 "Traps: a task created and completed on the day (slides sent to Priya Mistry), tasks completed before the meeting "
 "(Done bucket), carried-forward open tasks with no change (Refresh Local Offer pages, the late parent survey task, a "
 "recurring monthly highlight), two DECISION rows logged as completed tasks (one assigned to the chair), an unassigned "
 "parking-lot idea nobody picked up, checklist items that look like sub-actions, and descriptions mentioning other "
 "plans (Board sign-off in July, PCF-led workshop in September). Labelled: the five open tasks created 8/6 in the "
 "'Actions 8 June' bucket with the Due date column as due, plus the carried-forward tribunal analysis task re-assigned "
 "from Liam Porter to David Lowe at this meeting with its new due date 16/07/2027.",
 [("Draft revised EHCP quality assurance framework for sign-off", "Mary Walker", "Mary Walker", "2027-06-25"),
  ("Reconcile 20-week timeliness figures with DfE SEN2 return", "Liam Porter", "Liam Porter", "2027-06-18"),
  ("Book venue for co-production workshop on annual reviews", "Sarah Khan", "Sarah Khan", "2027-07-02"),
  ("Confirm ICB sign-off route for health advice template", "Yusuf Okafor", "Yusuf Okafor", "2027-06-15"),
  ("Map therapy advice turnaround against the 6-week deadline", "Grace Adeyemi", "Grace Adeyemi", "2027-06-30"),
  ("Analyse tribunal outcomes by primary need", "David Lowe", "David Lowe", "2027-07-16")])
