"""532: working-group workbook with one tab per meeting; the labelled meeting is the newest tab (16 Mar 27, the active sheet)."""
import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent
STEM = "532_seventysecond_annual_reviews_wg_workbook_one_tab_per_meeting"

wb = Workbook()
wb.remove(wb.active)
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def sheet(name, rows, widths=(8, 60, 16, 14, 34)):
    ws = wb.create_sheet(name)
    for r in rows:
        ws.append(list(r))
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = WRAP
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A1"].font = Font(bold=True, size=13)
    for row in ws.iter_rows():
        if row[0].value in ("Ref", "#", "Item", "Jan actions – update", "Notes", "Actions", "Actions agreed"):
            for c in row:
                c.font = BOLD
                if row[0].value in ("Ref", "#", "Item"):
                    c.fill = HEAD
    return ws


sheet("Sep 26", [
    ("EHCP Annual Reviews Working Group",),
    ("15/09/2026 – first meeting – Teams",),
    ("Present: Mary W (chair), Ruth H, Bev C, Liam P, Helen B, Claire D",),
    (),
    ("Notes",),
    ("Item", "Discussion"),
    (1, "Terms of reference – draft agreed with one change (add PCF rep). Meet every 8 weeks."),
    (2, "Baseline: 1,140 EHCPs due an annual review this year; no reliable data on how many held on time."),
    (3, "Membership – need a special school rep and a PCF rep."),
    (),
    ("Actions",),
    ("#", "Action", "Who", "By", "Status"),
    (1, "Invite PCF to nominate a parent rep to the group", "Mary", D(2026, 10, 2), "Done – Priya M joined Nov"),
    (2, "Ask special school heads for an AR coordinator to join", "Mary", D(2026, 10, 2), "Done – Gaz from Nov"),
    (3, "Count ARs held v due for the summer term (manual)", "Liam", D(2026, 10, 30), "Done"),
])

sheet("Nov 26", [
    ("EHCP Annual Reviews WG",),
    ("10 Nov 2026, Civic Centre room 3",),
    ("Present: Mary W, Ruth H, Bev C, Liam P, Helen B, Priya M, Gaz H (Greenfields). Apols: Claire D",),
    (),
    ("Notes",),
    ("Item", "Discussion"),
    (1, "Welcome Priya M (PCF) and Gaz (Greenfields AR coordinator)."),
    (2, "Process map of an annual review walked through – 14 hand-offs, 3 places paperwork gets stuck."),
    (3, "Summer term count: 57% of reviews held by the due date."),
    (),
    ("Actions",),
    ("#", "Action", "Who", "By", "Status"),
    (1, "Tidy up the process map and circulate", "Ruth", D(2026, 11, 20), "Done"),
    (2, "Options for an AR dashboard from the case system", "Liam", D(2027, 1, 19), "Done – draft at Jan mtg"),
    (3, "Feedback from special schools on the invite letter", "Gaz", D(2027, 1, 19), "Done"),
])

sheet("Jan 27", [
    ("EHCP Annual Reviews WG",),
    ("19 Jan 2027 – Teams",),
    ("Present: Mary W, Ruth H, Bev C, Liam P, Helen B, Priya M, Gaz H, Claire D",),
    (),
    ("Notes",),
    ("Item", "Discussion"),
    (1, "Invite letters – Gaz fed back that special schools want one letter not three. Bev to redraft."),
    (2, "Paperwork deadline – SENCos not clear that paperwork is due 2 weeks after the review."),
    (3, "Dashboard – Liam showed options, group chose option B."),
    (4, "Parent guide – PCF to write a short guide to annual reviews."),
    (),
    ("Actions",),
    ("Ref", "Action", "Who", "By", "Status"),
    ("J1", "Draft AR letter templates (single invite letter)", "Bev", D(2027, 2, 26), "see March tab"),
    ("J2", "Write to SENCos re 2-week paperwork deadline", "Mary", D(2027, 2, 12), "see March tab"),
    ("J3", "AR dashboard draft (option B)", "Liam", D(2027, 3, 12), "see March tab"),
    ("J4", "PCF parent guide to annual reviews", "Priya M", D(2027, 3, 31), "see March tab"),
])

ws = sheet("16 Mar 27", [
    ("EHCP Annual Reviews Working Group",),
    ("Tue 16th March 2027, 2–3.30pm, Teams",),
    ("Chair: Mary Walker (Head of SEND). Notes: Ruth Hill",),
    ("Present: Mary W, Ruth H, Helen B (Riverside), Bev C (EHC Hub), Liam P, Priya M (PCF), Claire D (SENDIASS), Gaz H (Greenfields AR coordinator)",),
    ("Apols: David Lowe (EP)",),
    (),
    ("Jan actions – update",),
    ("Ref", "Action (from Jan)", "Who", "Due", "Update 16/3"),
    ("J1", "Draft AR letter templates (single invite letter)", "Bev", D(2027, 2, 26), "Done – templates live 1 March. Close"),
    ("J2", "Write to SENCos re 2-week paperwork deadline", "Mary", D(2027, 2, 12), "Not done – Mary off sick in Feb. Re-assigned to Ruth, send by 25/03"),
    ("J3", "AR dashboard draft (option B)", "Liam", D(2027, 3, 12), "Done – see item 1. Close"),
    ("J4", "PCF parent guide to annual reviews", "Priya M", D(2027, 3, 31), "On track – no change"),
    (),
    ("Notes",),
    ("Item", "Discussion"),
    ("1 Dashboard", "Liam showed the live AR dashboard: 62% of reviews held on time but only 38% of amendment notices issued within 4 weeks. "
     "Gaz said special schools hold the review on time but the paperwork comes back late, which the dashboard can't see. Agreed Liam to add "
     "a 'review held, paperwork not returned' category to the dashboard by 9th April."),
    ("2 Paperwork pilot", "New single AR paperwork pack agreed in principle. Helen and Gaz to pilot the new paperwork pack in two schools "
     "(Riverside and Greenfields) and report back by May half term."),
    ("3 Amendment backlog", "Bev reported 40 amendment notices overdue. Mary APPROVED an agency caseworker for 3 months. Bev to clear the "
     "overdue amendment notices by 31/3 with the agency caseworker."),
    ("4 SENDIASS", "Claire said calls about AR timescales are up 30% on the autumn. Claire to update the SENDIASS annual review "
     "factsheet by the twentieth of April."),
    ("5 Parent experience", "Priya M to collect five parent experiences of AR meetings (good and bad) for the next meeting."),
    ("6 Admin", "Ruth to set up a SharePoint folder for the WG this week and move the trackers out of email."),
    ("AOB", "Gaz asked if the group could look at post-16 reviews. Mary – park until the summer, not for now."),
    (),
    ("Next meeting: Tue 11th May 2027, 2pm, Teams",),
    (),
    ("Actions agreed",),
    ("#", "Action", "Who", "By when", "Status"),
    (1, "Add 'paperwork not returned' category to AR dashboard", "Liam", D(2027, 4, 9), "Open"),
    (2, "Pilot new AR paperwork pack – Riverside + Greenfields", "Helen & Gaz", "May half term", "Open"),
    (3, "Clear 40 overdue amendment notices", "Bev", D(2027, 3, 31), "Open"),
    (4, "Update SENDIASS AR timescales factsheet", "Claire", D(2027, 4, 20), "Open"),
    (5, "5 parent experiences of AR meetings", "Priya M", "next mtg 11/5", "Open"),
    (6, "SharePoint folder for WG", "Ruth", "this week", "Open"),
    (7, "Letter to SENCos re 2-week paperwork deadline (was J2)", "Ruth (was Mary)", D(2027, 3, 25), "Re-assigned"),
])
wb.active = wb.sheetnames.index("16 Mar 27")
for s in wb.worksheets:
    s.sheet_view.tabSelected = s.title == "16 Mar 27"
wb.save(OUT / f"{STEM}.xlsx")

labels = {
    "meeting_date": "2027-03-16",
    "style": (
        "Held-out batch seventysecond. EHCP Annual Reviews Working Group workbook with one tab per meeting (Sep 26, Nov 26, Jan 27, "
        "16 Mar 27); only the newest tab, the active sheet for Tuesday 16 March 2027, is labelled. Earlier tabs' actions are all "
        "done or reviewed on the March tab (J1, J3 closed; J4 on track, unchanged) and are not labelled; J2 (Mary's SENCo letter) is "
        "re-assigned at this meeting to Ruth with a new date, so it is labelled under Ruth. The March tab has notes and an 'Actions "
        "agreed' table with the same actions in shorter wording and real Excel date cells. Traps: the agency caseworker is a "
        "decision; Gaz's post-16 idea is parked; 'Helen & Gaz' is shared (person = Helen Brooks; Gaz H not cast); Bev C and Gaz not "
        "cast. Dates: 'by 9th April' = 2027-04-09; 'by May half term' = half term w/c Monday 31 May (bank holiday) so Friday "
        "2027-05-28; 'by 31/3' = 2027-03-31; 'by the twentieth of April' = 2027-04-20; 'for the next meeting' = Tue 11th May 2027 as "
        "given; Ruth 'this week' = Friday 19 March 2027; J2 'send by 25/03' = Thursday 2027-03-25."
    ),
    "held_out": True,
    "actions": [
        {"key": "Liam to add a 'review held, paperwork not returned'", "owner": "Liam", "person": "Liam Porter", "due": "2027-04-09"},
        {"key": "Helen and Gaz to pilot the new paperwork pack", "owner": "Helen and Gaz", "person": "Helen Brooks", "due": "2027-05-28"},
        {"key": "Bev to clear the overdue amendment notices", "owner": "Bev", "person": None, "due": "2027-03-31"},
        {"key": "Claire to update the SENDIASS annual review factsheet", "owner": "Claire", "person": "Claire Dunmore", "due": "2027-04-20"},
        {"key": "Priya M to collect five parent experiences", "owner": "Priya M", "person": "Priya Mistry", "due": "2027-05-11"},
        {"key": "Ruth to set up a SharePoint folder", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-03-19"},
        {"key": "Letter to SENCos re 2-week paperwork deadline", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-03-25"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
