"""642: SEND Champions network action & decision log saved from Excel as CSV (two header lines, blank rows, A/D/I types)."""
import csv, io, json
from pathlib import Path

OUT = Path("/tmp/b88"); STEM = "642_eightyeighth_champions_network_log"
lines = [
    ["Westmoor Network of SEND Champions - Action & Decision Log 2026/27", "", "", "", "", "", "", "", "", ""],
    ["Last updated: 10/06/2027 after network meeting Wed 9 June. Next network meeting: Wed 8 September 2027 (Autumn). Summer term ends Wed 21 July.", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["ACTION DETAILS", "", "", "", "", "", "PROGRESS", "", "", ""],
    ["No.", "Date raised", "Raised at", "Action / decision", "Type (A/D/I)", "Lead", "Target date", "RAG", "Latest update", "Closed date"],
    ["1", "10-Mar-27", "Network (Mar)", "Spring Champions newsletter to include Local Offer top tips", "A", "Participation Officer", "Spring term", "B",
     "Completed - newsletter went out 2/6 (late but done)", "02-Jun-27"],
    ["2", "10-Mar-27", "Network (Mar)", "Kerry Lang to collate Champions' case studies for the Partnership Board", "A", "PCF", "30-Apr-27", "R",
     "Slipped - only 3 received. Kerry now aiming for 30 June. Chase at drop-in.", ""],
    ["3", "10-Mar-27", "Network (Mar)", "Ruth to add a Champions page to the Local Offer website", "A", "Business Support", "31/5/27", "A",
     "9/6: Web team have taken this over as part of the LO refresh - remove from our log.", "09-Jun-27"],
    ["4", "10-Mar-27", "Network (Mar)", "Champions meetings to move from half-termly to termly", "D", "Chair", "", "",
     "Agreed. Autumn dates to be published with the newsletter.", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["5", "09-Jun-27", "Network (Jun)", "Champions to be offered autism awareness training through the EP service", "A", "PEP", "14-Jul-27", "G",
     "DL offering two twilight dates, 1st before 14/7.", ""],
    ["6", "09-Jun-27", "Network (Jun)", "DCO to set up a health drop-in slot at the next Champions network", "A", "DCO", "next network meeting", "G",
     "", ""],
    ["7", "09-Jun-27", "Network (Jun)", "Head of SEND to share the draft inclusion strategy with Champions for comment", "A", "Head of SEND", "before the summer hols", "G",
     "", ""],
    ["8", "09-Jun-27", "Network (Jun)", "SENDIASS relaunching their helpline with longer opening hours from 1 July", "I", "SENDIASS", "01-Jul-27", "",
     "For information - SENDIASS to send flyer.", ""],
    ["9", "09-Jun-27", "Network (Jun)", "Sarah Khan to run a short feedback survey of Champions on the network", "A", "Participation Officer", "end of the month", "G",
     "", ""],
    ["10", "09-Jun-27", "Network (Jun)", "Proposal that Champions get a named SENCo contact in every school", "D", "Chair", "", "",
     "Not agreed - schools not represented today; to be raised with SENCo network. No action for this group.", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "Open actions:", "5", "", ""],
    ["Type key: A = action, D = decision, I = information only. RAG: B = complete, G = on track, A = at risk, R = off track", "", "", "", "", "", "", "", "", ""],
]
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(lines)
(OUT / f"{STEM}.csv").write_text(buf.getvalue(), encoding="cp1252", newline="")

labels = {"meeting_date": "2027-06-09", "style": (
    "Held-out batch eightyeighth. An Excel action and decision log of the Network of SEND Champions saved as CSV (Windows-1252, "
    "trailing empty columns, a title row, a 'last updated' row, a group header row 'ACTION DETAILS / PROGRESS' above the real "
    "header, blank spacer rows, a count row and a key row). Updated after the network meeting on Wednesday 9 June 2027. Leads are "
    "written as roles or organisations ('PEP', 'DCO', 'Head of SEND', 'Participation Officer', 'PCF'); owner labelled as the words naming "
    "the owner (the name in the action text where there is one, else the role), person from people.json job titles. Traps: row 1 "
    "complete (B, closed date); row 3 handed to the web team and removed from the log; row 4 and row 10 are decisions (D), row 10 "
    "not agreed; row 8 is information about SENDIASS (I). Dates: row 2 target 30-Apr-27 moved by the update to 30 June 2027 "
    "(owner 'Kerry Lang' as named in the action; lead column says PCF); row 5 14-Jul-27; row 6 'next network meeting' = Wednesday 8 "
    "September 2027 (dated in the header); row 7 'before the summer hols' = last working day before them, the end of term given as "
    "Wednesday 21 July 2027; row 9 'end of the month' = 30 June 2027."),
    "held_out": True, "actions": [
    {"key": "Kerry Lang to collate Champions' case studies", "owner": "Kerry Lang", "person": "Kerry Lang", "due": "2027-06-30"},
    {"key": "offered autism awareness training through the EP service", "owner": "PEP", "person": "David Lowe", "due": "2027-07-14"},
    {"key": "DCO to set up a health drop-in slot", "owner": "DCO", "person": "Yusuf Okafor", "due": "2027-09-08"},
    {"key": "Head of SEND to share the draft inclusion strategy", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-07-21"},
    {"key": "Sarah Khan to run a short feedback survey", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-06-30"},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
