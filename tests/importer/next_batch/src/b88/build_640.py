"""640: SharePoint list export (.csv) of the ND pathway task-and-finish group tracker."""
import csv, io, json
from pathlib import Path

OUT = Path("/tmp/b88"); STEM = "640_eightyeighth_sharepoint_nd_tracker"
cols = ["ID", "Title", "Description", "Assigned To", "Status", "Priority", "Due Date", "Comments", "Workstream", "Created", "Created By", "Modified"]
LP = "liam.porter@westmoor.gov.uk"; KL = "kerry.lang@westmoorpcf.org.uk"; HB = "h.brooks@riverside.westmoor.sch.uk"
YO = "yusuf.okafor@nhs.net"; AP = "anita.patel3@nhs.net"; RH = "ruth.hill@westmoor.gov.uk"
rows = [
    [10, "Baseline ND referral numbers", "Pull 3 years of ND referral data (CAMHS + paeds) for baseline", LP, "Completed", "(2) Normal", "26/02/2027",
     "[Liam Porter 01/03/2027 09:12] Baseline shared with T&F, see Teams folder.", "ND Pathway", "20/01/2027 14:02", RH, "01/03/2027 09:12"],
    [12, "Waiting list by age band", "Map current ND assessment waiting list by age band and school phase", LP, "In Progress", "(1) High", "28/05/2027",
     "[Liam Porter 06/04/2027 16:40] Paeds data in, CAMHS extract awaited.\n[Ruth Hill 11/05/2027 15:31] Update at T&F 11/05: CAMHS data now received. Date unchanged.",
     "ND Pathway", "20/01/2027 14:05", RH, "11/05/2027 15:31"],
    [14, "Parent leaflet", "Draft parent information leaflet on the ND pathway (what happens after referral)", KL, "In Progress", "(2) Normal", "30/04/2027",
     "[Ruth Hill 11/05/2027 15:34] Draft seen at T&F 11/05 - good feedback, some wording too clinical. Kerry to revise after feedback, new date 18/06.",
     "ND Pathway", "03/02/2027 10:11", RH, "11/05/2027 15:34"],
    [15, "Terms of reference", "Agree T&F terms of reference and membership", RH, "Completed", "(3) Low", "03/03/2027",
     "", "ND Pathway", "03/02/2027 10:13", RH, "03/03/2027 11:00"],
    [16, "Pilot schools", "Agree school-based screening pilot schools", HB, "Superseded", "(2) Normal", "31/03/2027",
     "[Ruth Hill 11/05/2027 15:37] Superseded by ID 21 - scope changed to 6 schools.", "ND Pathway", "03/02/2027 10:15", RH, "11/05/2027 15:37"],
    [17, "Pre-diagnostic support", "Scope options for a pre-diagnostic support offer for families on the waiting list", "ND Pathway T&F Group", "Not Started", "(2) Normal", "Q2 27/28",
     "[Ruth Hill 11/05/2027 15:40] Whole-group action. Options paper to come once waiting list data done.", "ND Pathway", "03/03/2027 12:20", RH, "11/05/2027 15:40"],
    [18, "National guidance", "Align local pathway with the national ND framework", YO, "On Hold", "(3) Low", "",
     "[Ruth Hill 11/05/2027 15:41] Parked by T&F 11/05 - not pursuing until NHSE publish national guidance.", "ND Pathway", "03/03/2027 12:22", RH, "11/05/2027 15:41"],
    [19, "Incomplete referrals audit", "Audit of referrals returned to schools as incomplete (sample of 50)", AP, "Not Started", "(2) Normal", "30/06/2027",
     "", "ND Pathway", "06/04/2027 09:00", RH, "06/04/2027 09:00"],
    [20, "Regional data request", "Request regional benchmarking data from NHS England", YO, "Completed", "(3) Low", "14/05/2027",
     "[Yusuf Okafor 10/05/2027 08:55] Requested and received 7/5, circulated.", "ND Pathway", "06/04/2027 09:03", RH, "10/05/2027 08:55"],
    [21, "Pilot schools (revised)", "Confirm 6 pilot schools for the school-based screening offer", HB, "In Progress", "(1) High", "28/05/2027",
     "[Ruth Hill 11/05/2027 15:38] Helen has 4 confirmed. Remaining 2 to be confirmed before half term.", "ND Pathway", "11/05/2027 15:36", RH, "11/05/2027 15:38"],
    [22, "GP letter", "Write to GP practices about the updated referral form", YO, "Not Started", "(2) Normal", "",
     "[Ruth Hill 11/05/2027 15:45] Agreed at T&F 11/05. Yusuf to send via primary care bulletin by end of June.", "ND Pathway", "11/05/2027 15:44", RH, "11/05/2027 15:45"],
    [23, "Training for SENCos", "SENCo briefing on new referral form (idea from Helen)", "", "Not Started", "(3) Low", "",
     "[Ruth Hill 11/05/2027 15:47] Suggested - group felt the SENCo network already covers this. Not taken forward.", "ND Pathway", "11/05/2027 15:47", RH, "11/05/2027 15:47"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(cols); w.writerows(rows)
(OUT / f"{STEM}.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")

labels = {"meeting_date": "2027-05-11", "style": (
    "Held-out batch eightyeighth. A Microsoft Lists / SharePoint export to CSV (BOM, CRLF, multi-line quoted Comments with "
    "'[Name dd/mm/yyyy hh:mm]' stamps) of the Neurodiversity Pathway task-and-finish group tracker, updated by the secretary at the "
    "T&F meeting on Tuesday 11 May 2027. Owners are written only as email addresses in 'Assigned To' (labelled as the email; person "
    "from the name in the address), or as a team. Traps: IDs 10, 15 and 20 Completed; ID 16 Superseded by ID 21; ID 18 On Hold "
    "(parked until NHSE guidance, not labelled); ID 23 a suggestion not taken forward; the Title column is a short name, so keys come "
    "from the Description. Dates: ID 12 Due Date 28/05/2027 unchanged; ID 14 Due 30/04/2027 moved by the comment to 'new date 18/06' "
    "= Friday 18 June 2027; ID 21 28/05/2027 (the Friday before May half term, consistent with 'before half term'); ID 17 'Q2 27/28' "
    "in an NHS/council financial year = July-September, so 30 September 2027, owner the 'ND Pathway T&F Group' (a team, person null); "
    "ID 19 30/06/2027; ID 22 has no Due Date but the comment says 'by end of June' = 30 June 2027."),
    "held_out": True, "actions": [
    {"key": "Map current ND assessment waiting list by age band", "owner": LP, "person": "Liam Porter", "due": "2027-05-28"},
    {"key": "Draft parent information leaflet on the ND pathway", "owner": KL, "person": "Kerry Lang", "due": "2027-06-18"},
    {"key": "Confirm 6 pilot schools for the school-based screening", "owner": HB, "person": "Helen Brooks", "due": "2027-05-28"},
    {"key": "Scope options for a pre-diagnostic support offer", "owner": "ND Pathway T&F Group", "person": None, "due": "2027-09-30"},
    {"key": "Audit of referrals returned to schools as incomplete", "owner": AP, "person": "Anita Patel", "due": "2027-06-30"},
    {"key": "Write to GP practices about the updated referral form", "owner": YO, "person": "Yusuf Okafor", "due": "2027-06-30"},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
