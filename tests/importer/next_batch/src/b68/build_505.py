"""505: combined action tracker CSV with ISO, US and UK dates mixed - High Needs Block Working Group 18 Nov 2026."""
import csv, json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "505_sixtyeighth_high_needs_working_group_combined_tracker_mixed_date_formats"

rows = [
    ["Meeting:", "High Needs Block Working Group (Schools Forum sub-group) - Wed 18/11/2026, 4pm, Teams", "", "", "", "", "", ""],
    ["Note:", "Combined tracker - rows pasted in from three trackers and not tidied yet. Council rows = ISO dates (yyyy-mm-dd). "
     "Trust rows came out of their Smartsheet with US dates (mm/dd/yyyy). Schools cluster rows = UK dates (dd/mm/yyyy). "
     "Please don't 'fix' the dates in place, Liam is building a proper version. RH", "", "", "", "", "", ""],
    ["Present:", "Priya Shah (chair), Liam Porter, Grace Adeyemi, Helen Brooks, Nadia Khan, Sarah Kent, Ruth Hill (notes). "
     "Apologies: Mary Walker, Yusuf Okafor", "", "", "", "", "", ""],
    ["Next meeting:", "Wed 20 Jan 2027 (4pm, Teams)", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Source", "Raised", "Action", "Owner", "Due", "Status", "Notes"],
    ["C-12", "Council", "2026-10-14", "Model top-up banding changes for 2027-28", "Priya Shah", "2026-11-30", "Open",
     "18/11: first model shared at the meeting. Continue - no change."],
    ["C-13", "Council", "2026-10-14", "Review the SEN support outreach SLA with Riverside", "Sarah Kent (was Mary Walker)",
     "2027-02-26", "Re-assigned 18/11", "Re-assigned at 18/11 meeting as outreach now sits with school improvement. New date end Feb."],
    ["C-14", "Council", "2026-10-14", "Publish high needs place numbers for 2027-28", "Liam Porter", "2026-11-13", "Complete",
     "Published 11/11/26."],
    ["T-04", "Trust", "10/14/2026", "Cost the therapy element in resourced provision", "Grace Adeyemi", "11/13/2026",
     "Complete", "Costing shared 11/10/2026."],
    ["S-02", "Schools", "14/10/2026", "Survey cluster SENCos on top-up paperwork", "Helen Brooks", "06/11/2026", "Complete",
     "22 responses. Summary in papers for 18/11."],
    ["C-15", "Council", "2026-11-18", "Circulate the draft 2027-28 high needs budget to Forum members", "Priya Shah",
     "2026-12-02", "Open", "Ahead of the December Forum."],
    ["C-16", "Council", "2026-11-18", "Analyse independent special school placements by cost band", "Liam P", "2027-01-13",
     "Open", "Include transport costs if possible (ask Mark Walsh's team)."],
    ["C-17", "Council", "2026-11-18", "DECISION: Forum to be asked to approve a 0.5% block transfer in January", "n/a", "",
     "Decision", "Not an action - for the record."],
    ["T-06", "Trust", "11/18/2026", "Confirm SALT contribution to the two new resourced provisions", "Grace Adeyemi",
     "12/04/2026", "Open", "GA to check with the SLT service leads first."],
    ["T-07", "Trust", "11/18/2026", "Share the Trust charging model for health top-ups", "Ken Osei (Trust finance)",
     "01/15/2027", "Open", "Ken not at meeting - Grace to let him know."],
    ["S-05", "Schools", "18/11/2026", "Collect exclusion and part-time timetable data for the cluster", "Helen Brooks",
     "11/12/2026", "Open", "Autumn term to date."],
    ["S-06", "Schools", "18/11/2026", "Nominate two headteachers for the banding moderation panel", "Nadia Khan", "next mtg",
     "Open", "Nadia to ask at heads' briefing."],
    ["S-07", "Schools", "18/11/2026", "Idea - shared SENCo for small schools (federation)", "", "", "Parked",
     "Helen raised; not for this group. No action."],
]
with open(OUT / (STEM + ".csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)

labels_out = {
    "meeting_date": "2026-11-18",
    "style": ("Held-out batch sixtyeighth. A combined action tracker CSV with a preamble (Meeting:, Note:, Present:, Next meeting:) "
              "then Ref/Source/Raised/Action/Owner/Due/Status/Notes rows pasted from three trackers whose dates differ by the Source "
              "column: Council ISO, Trust US mm/dd/yyyy (Smartsheet), Schools UK dd/mm/yyyy, as the Note row says. Meeting date "
              "from the 'Meeting:' cell, Wednesday 18/11/2026. Labelled: rows raised at this meeting (2026-11-18, 11/18/2026, "
              "18/11/2026) that are actions, and C-13, re-assigned at this meeting from Mary Walker to Sarah Kent. Not labelled: "
              "C-17 (decision), S-07 (parked idea, 'No action'), C-12 (carried, no change), completed October rows. Dates: T-06 "
              "'12/04/2026' is US = Friday 4 December 2026 (as UK it would be before the meeting); T-07 '01/15/2027' US = Friday 15 "
              "January 2027; S-05 '11/12/2026' is UK = Friday 11 December 2026 (as US it would be 12 Nov, before the meeting); S-06 "
              "'next mtg' = Wednesday 20 January 2027 from the Next meeting row. Owner 'Liam P' = Liam Porter; Ken Osei (Trust "
              "finance) is not in the cast."),
    "held_out": True,
    "actions": [
        {"key": "Review the SEN support outreach SLA with Riverside", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-02-26"},
        {"key": "Circulate the draft 2027-28 high needs budget", "owner": "Priya Shah", "person": "Priya Shah", "due": "2026-12-02"},
        {"key": "Analyse independent special school placements by cost band", "owner": "Liam P", "person": "Liam Porter", "due": "2027-01-13"},
        {"key": "Confirm SALT contribution to the two new resourced", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2026-12-04"},
        {"key": "Share the Trust charging model for health top-ups", "owner": "Ken Osei", "person": None, "due": "2027-01-15"},
        {"key": "Collect exclusion and part-time timetable data", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2026-12-11"},
        {"key": "Nominate two headteachers for the banding moderation panel", "owner": "Nadia Khan", "person": "Nadia Khan", "due": "2027-01-20"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
