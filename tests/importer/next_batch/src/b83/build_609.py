"""609: Jira CSV export - SEND Data & Dashboards project, EHCP timeliness data subgroup, Thu 20 May 2027."""
import csv
from pathlib import Path

OUT = Path("/tmp/b83/609_eightythird_jira_csv_data_subgroup_repeated_columns_comment_moves_date.csv")
U = {
    "Liam Porter": "712020:4c1e8b9a-2f6d-4a3e-9b71-0d5f2c8e61a4",
    "Mary Walker": "712020:9a07d3c2-5b1e-4f88-a2c4-7e6b1d09f3c5",
    "David Lowe": "712020:1f5b6c7d-8e9a-4b0c-a1d2-e3f405162738",
    "Ruth Hill": "712020:e2d3c4b5-a697-4881-b9aa-cbdcedfe0f10",
    "Tom Evans (PCF)": "712020:77aa21c9-03be-4d55-8f1e-2b6a4c9d0e13",
    "Priya Shah": "712020:5d4c3b2a-1908-4f7e-8d6c-5b4a39281706",
    "Sarah Kent": "712020:0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
    "Sarah Khan": "712020:c3b2a190-8f7e-4d6c-9b5a-493827160514",
}
HDR = ["Summary", "Issue key", "Issue id", "Parent id", "Issue Type", "Status", "Project key", "Project name", "Priority", "Resolution",
       "Assignee", "Assignee Id", "Reporter", "Reporter Id", "Created", "Updated", "Resolved", "Due date", "Labels", "Labels",
       "Description", "Custom field (Meeting date)", "Comment", "Comment", "Watchers", "Watchers"]

def issue(summary, key, iid, parent, itype, status, prio, res, assignee, created, updated, resolved, due, labels, desc, mdate, comments=(), watchers=()):
    labels = list(labels) + [""] * (2 - len(labels))
    comments = list(comments) + [""] * (2 - len(comments))
    watchers = list(watchers) + [""] * (2 - len(watchers))
    return [summary, key, iid, parent, itype, status, "SDD", "SEND Data & Dashboards", prio, res,
            assignee, U.get(assignee, ""), "Ruth Hill", U["Ruth Hill"], created, updated, resolved, due] + labels + [desc, mdate] + comments + watchers

rows = [
    issue("Add 'exceptions applied' flag to the 20-week timeliness measure", "SDD-141", "10741", "", "Task", "To Do", "High", "",
          "Liam Porter", "20/May/27 2:47 PM", "20/May/27 2:47 PM", "", "04/Jun/27 12:00 AM", ["subgroup-20May27", "timeliness"],
          "From the data subgroup 20/05. Flag each case where a legal exception applies (school holidays, family request etc). "
          "Show headline and excluding-exceptions rates side by side as the Board asked in March.", "20/May/27",
          ["20/May/27 2:50 PM;712020:4c1e8b9a-2f6d-4a3e-9b71-0d5f2c8e61a4;Fine. Half term week is quiet so 4 June is realistic."], ["Liam Porter", "Mary Walker"]),
    issue("Back-calculate the exceptions flag for Sep 2026 to Apr 2027 cases", "SDD-146", "10746", "10741", "Sub-task", "To Do", "Medium", "",
          "Liam Porter", "20/May/27 3:05 PM", "20/May/27 3:05 PM", "", "11/Jun/27 12:00 AM", ["subgroup-20May27"],
          "Sub-task of SDD-141 - needed so the trend line isn't broken.", "20/May/27"),
    issue("Agree definition of 'draft plan issued' with the EHC team", "SDD-142", "10742", "", "Task", "To Do", "High", "",
          "Mary Walker", "20/May/27 2:52 PM", "21/May/27 10:05 AM", "", "11/Jun/27 12:00 AM", ["subgroup-20May27", "definitions"],
          "Two teams are counting different things. Mary to agree a single definition with the EHC coordinators. Originally due 28/May/27.", "20/May/27",
          ["21/May/27 9:12 AM;712020:9a07d3c2-5b1e-4f88-a2c4-7e6b1d09f3c5;Can we move this to 11 June? EHC team are away on training the week before half term.",
           "21/May/27 10:05 AM;712020:e2d3c4b5-a697-4881-b9aa-cbdcedfe0f10;Done - due date updated to 11/Jun."], ["Mary Walker"]),
    issue("Provide EP advice returns extract for April and May", "SDD-143", "10743", "", "Task", "To Do", "Medium", "",
          "David Lowe", "20/May/27 2:58 PM", "20/May/27 2:58 PM", "", "28/May/27 12:00 AM", ["subgroup-20May27"],
          "David to send the extract from the EP case system; Liam builds the tile later (next sprint - not yet an issue).", "20/May/27"),
    issue("Parent-facing version of the timeliness dashboard - scope", "SDD-144", "10744", "", "Story", "To Do", "Medium", "",
          "Tom Evans (PCF)", "20/May/27 3:01 PM", "20/May/27 3:01 PM", "", "", ["subgroup-20May27", "pcf"],
          "Tom and Sarah Khan to scope with PCF reps over the summer term. Report back at the July subgroup (Thursday 15 July). "
          "Tom is the lead / assignee; Sarah supports.", "20/May/27", [], ["Sarah Khan"]),
    issue("Check DPIA implications of publishing locality-level figures", "SDD-145", "10745", "", "Task", "Blocked", "Medium", "",
          "", "20/May/27 3:03 PM", "20/May/27 3:03 PM", "", "", ["subgroup-20May27", "IG"],
          "Information Governance team to advise - IG ticket IG-3310 raised. Sits with IG, not the subgroup.", "20/May/27"),
    issue("Send dashboard screenshots to Cllr Jones ahead of Scrutiny", "SDD-147", "10747", "", "Task", "Done", "Low", "Done",
          "Priya Shah", "20/May/27 3:08 PM", "20/May/27 4:10 PM", "20/May/27 4:10 PM", "26/May/27 12:00 AM", ["subgroup-20May27"],
          "For Bethan Jones before the 27 May Scrutiny meeting.", "20/May/27",
          ["20/May/27 4:10 PM;712020:5d4c3b2a-1908-4f7e-8d6c-5b4a39281706;Sent straight after the meeting. Closing."]),
    issue("Validate school census SEN support numbers against the dashboard", "SDD-148", "10748", "", "Task", "To Do", "Medium", "",
          "Sarah Kent", "20/May/27 3:12 PM", "20/May/27 3:12 PM", "", "30/Jun/27 12:00 AM", ["subgroup-20May27", "schools"],
          "Spring census vs dashboard - differences over 5% by school to be listed.", "20/May/27"),
    issue("NOTE: subgroup agreed to publish monthly not weekly", "SDD-149", "10749", "", "Task", "Done", "Lowest", "Won't Do",
          "", "20/May/27 3:14 PM", "20/May/27 3:14 PM", "20/May/27 3:14 PM", "", ["subgroup-20May27", "decision"],
          "Decision logged for the record. No work.", "20/May/27"),
    # ---- older issues
    issue("Locality filter on the EHCP dashboard", "SDD-118", "10718", "", "Story", "Done", "High", "Done",
          "Liam Porter", "09/Feb/27 4:01 PM", "12/Mar/27 11:20 AM", "12/Mar/27 11:20 AM", "12/Feb/27 12:00 AM", ["timeliness"], "", "09/Feb/27"),
    issue("Annual review backlog by school phase", "SDD-131", "10731", "", "Task", "In Progress", "Medium", "",
          "Liam Porter", "22/Apr/27 3:30 PM", "20/May/27 2:40 PM", "", "28/May/27 12:00 AM", ["subgroup-22Apr27"],
          "Carried at 20/05 - secondary done, special schools outstanding.", "22/Apr/27",
          ["20/May/27 2:40 PM;712020:4c1e8b9a-2f6d-4a3e-9b71-0d5f2c8e61a4;Carried, same date."]),
    issue("SENDIASS caseload data feed", "SDD-133", "10733", "", "Task", "Blocked", "Medium", "",
          "Sarah Khan", "22/Apr/27 3:34 PM", "20/May/27 2:42 PM", "", "", ["subgroup-22Apr27"],
          "Waiting on the data sharing agreement (Claire Dunmore / IG).", "22/Apr/27"),
    issue("Tribunal outcomes - add to quarterly pack", "SDD-135", "10735", "", "Task", "Done", "Medium", "Done",
          "Mary Walker", "22/Apr/27 3:39 PM", "14/May/27 9:00 AM", "14/May/27 9:00 AM", "14/May/27 12:00 AM", ["subgroup-22Apr27"], "", "22/Apr/27"),
]
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(HDR)
    w.writerows(rows)
