"""Batch eightyseventh, doc 637: data sub-group notes typed by the data manager, pasted as plain text."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "637_eightyseventh_data_subgroup_terse_notes"

TEXT = """SEND DATA & INSIGHT SUB-GROUP  -  notes  -  Mon 08/11/27

Attendees: Liam Porter (LP, notes), Mary Walker (MW), Yusuf Okafor (YO), Grace Adeyemi (GA),
Sarah Khan (SK), Tom Evans (TE)
Apols: David Lowe

1) Dashboard v3
- v3 signed off by MW subject to 2 changes:
    a. add EHCNA refusals by primary need
    b. show 20wk timeliness both incl. and excl. exceptions
  AP: LP to make both changes before it goes to Board on 24/11 -> so by Fri 19th
- TE asked for a parent-friendly version. Not agreed for now - MW wants v3 bedded in first.
  Revisit in new year.

2) Health data
- GA: therapy waits data now coming monthly from Trust BI. Thanks GA.
- YO: ICB can't share CAMHS waits at school level (IG issue) - ICB IG team looking at it, not
  for this group.
- AP: YO to send the DSA (data sharing agreement) draft to LP and legal -- YO said Fri 12th no
  good, agreed Wed 17th instead

3) Annual review tracker - carried from Oct
Item | Owner | Due | Status
Clear backlog of 2026 ARs on the system | Inclusion team | 31/12 | on track
Check AR dates against school census | LP | 30/11 | not started
Training for caseworkers on AR module | MW | Oct | DONE 28/10
=> AP (new): MW to ask caseworker managers for names of 2 super-users, ASAP

4) Parent survey (SK)
- SK presented the draft Qs. TE to take them to PCF steering group for comments by end of the
  month.
- SK to add a Q on transport (TE's suggestion) - agreed
- Translation: SK checking cost of Polish/Urdu/Romanian versions w/ comms. Report back next
  time (6 Dec)

Standing items (BAU - not on action log):
- monthly dashboard to Board - LP
- SEN2 return - LP - Jan (DfE guidance out Dec)

Next: Mon 6 Dec 2pm, Teams
"""

LABELS = {
    "meeting_date": "2027-11-08",
    "style": (
        "Held-out batch eightyseventh. A data manager's own terse notes of the SEND data and insight "
        "sub-group, typed in a plain editor and pasted: numbered '1)' headings, lettered sub-points, 'AP:' "
        "and '=>' action markers, a pipe-separated tracker table copied from Excel, dd/mm dates with no "
        "year. Traps: a due date moved inside the meeting (YO's DSA draft: 'Fri 12th no good, agreed Wed "
        "17th' - label Wednesday 17 November 2027); a parent-friendly dashboard is not agreed; the ICB IG "
        "team's work is for another body; the carried tracker has one DONE row (not labelled) and two open "
        "rows (labelled, one owned by a team - 'Inclusion team', person null); the 'Standing items (BAU - "
        "not on action log)' are routine business the writer excludes from the log and are not labelled, nor "
        "the DfE's guidance. Dates: 'by Fri 19th' = Friday 19 November 2027; tracker dates 31/12 and 30/11 = "
        "Friday 31 December and Tuesday 30 November 2027; 'ASAP' = null; 'by end of the month' = Tuesday 30 "
        "November 2027; 'Report back next time (6 Dec)' = Monday 6 December 2027; SK's transport question "
        "has no date (null)."
    ),
    "held_out": True,
    "actions": [
        {"key": "LP to make both changes before it goes", "owner": "LP", "person": "Liam Porter", "due": "2027-11-19"},
        {"key": "YO to send the DSA (data sharing agreement)", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-11-17"},
        {"key": "Clear backlog of 2026 ARs on the system", "owner": "Inclusion team", "person": None, "due": "2027-12-31"},
        {"key": "Check AR dates against school census", "owner": "LP", "person": "Liam Porter", "due": "2027-11-30"},
        {"key": "MW to ask caseworker managers for names", "owner": "MW", "person": "Mary Walker", "due": None},
        {"key": "TE to take them to PCF steering group", "owner": "TE", "person": "Tom Evans", "due": "2027-11-30"},
        {"key": "SK to add a Q on transport", "owner": "SK", "person": "Sarah Khan", "due": None},
        {"key": "SK checking cost of Polish/Urdu/Romanian versions", "owner": "SK", "person": "Sarah Khan", "due": "2027-12-06"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
