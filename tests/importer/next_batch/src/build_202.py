"""Build 202: plain-text email with a Word action table pasted in, collapsed to one cell per line (.eml)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "202_twentyfifth_pasted_table_plain_email"

ROWS = [
    ("Ref", "Action", "Lead", "By when", "Status"),
    ("27/33", "Confirm date recovery plan goes to trust board", "YO", "23 Jul", "Complete"),
    ("27/36", "Prepare relaunch plan for co-production charter", "SK", "Sept mtg", "Complete – on today's agenda"),
    ("27/39", "Share OT waiting list by school with SENCos", "GA", "21/07", "Complete"),
    ("27/41", "Circulate revised SEND sufficiency plan to board members", "PS", "1 Oct", "New"),
    ("27/42", "Agree data-sharing wording for health advice returns with the trust", "YO", "15/10", "New"),
    ("27/43", "Arrange a PCF listening event on EHCP annual reviews", "PCF", "w/e 22 Oct", "New"),
    ("27/44", "Update Local Offer short breaks page with new eligibility criteria", "SK", "29/10", "New"),
    ("27/45", "Cabinet decision on post-16 transport policy", "Board", "", "Noted – no action for us"),
    ("27/46", "Sign off WSoA progress report for DfE/NHSE", "Chair", "", "Done in meeting"),
    ("27/47", "Bring EP helpline pilot evaluation to December meeting", "DL", "Dec mtg", "New"),
    ("27/48", "Update risk R4 (EP capacity) wording in risk register", "RH", "before next mtg", "New"),
    ("27/49", "Whether to join regional SEND data collaborative", "All", "", "For consideration in Nov – no decision"),
]
table = "\n".join(cell for row in ROWS for cell in row)

TEXT = f"""From: Ruth Hill <ruth.hill@westmoor.gov.uk>
To: SEND Partnership Board members <sendpartnershipboard@westmoor.gov.uk>
Subject: Action log from Thursday (16 Sept) - on behalf of Anne
Date: Fri, 17 Sep 2027 13:05:22 +0100
Message-ID: <CWLP265MB3381E7@westmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear all

Sent on behalf of Anne Price, Independent Chair.

Thank you for Thursday's meeting. Below is the action log - new actions from Thursday are 27/41
onwards, and I've left the last few from July in so you can see they're closed.

{table}

Sorry, the table's come out a bit oddly - I'm on the Outlook app on my phone at the inclusion
conference. The proper Word version is on the Board's Teams channel under Files > 2027 > Sept.

Anne has asked me to remind everyone that the December meeting will be an extended session
(1-5pm) with the written statement of action review, so please keep the afternoon free.

The next meeting is Thursday 18 November, 2pm, Committee Room 2 and Teams. Papers by Friday 5th.

Kind regards
Ruth

Ruth Hill
Partnership Business Support Officer
Westmoor SEND Partnership
Sent from Outlook for Android
"""

LABELS = {
    "meeting_date": "2027-09-16",
    "style": ("Held-out batch twentyfifth. A plain-text email from the secretary (on behalf of the chair) where a "
              "five-column Word action log was pasted from a phone and collapsed to one cell per line, with blank "
              "lines for empty cells so the columns drift. An action log: only rows from this meeting (27/41 "
              "onwards) count; the July rows shown are all Complete. Traps: 27/33, 27/36, 27/39 complete; 27/45 "
              "noted, no action; 27/46 done in meeting; 27/49 for consideration, no decision; December extended "
              "session and papers deadline are reminders. Labelling choices: '1 Oct' = 2027-10-01; '15/10' = "
              "2027-10-15; 'w/e 22 Oct' (week ending Friday) = 2027-10-22; '29/10' = 2027-10-29; 'Dec mtg' = "
              "meeting 2027-12; 'before next mtg' with next meeting 18 November = meeting 2027-11; PCF is the "
              "forum (person null)."),
    "held_out": True,
    "actions": [
        {"key": "Circulate revised SEND sufficiency plan to board members", "owner": "PS", "person": "Priya Shah",
         "due": "2027-10-01"},
        {"key": "Agree data-sharing wording for health advice returns", "owner": "YO", "person": "Yusuf Okafor",
         "due": "2027-10-15"},
        {"key": "Arrange a PCF listening event on EHCP", "owner": "PCF", "person": None, "due": "2027-10-22"},
        {"key": "Update Local Offer short breaks page", "owner": "SK", "person": "Sarah Khan", "due": "2027-10-29"},
        {"key": "Bring EP helpline pilot evaluation to December meeting", "owner": "DL", "person": "David Lowe",
         "due": "meeting 2027-12"},
        {"key": "Update risk R4 (EP capacity) wording", "owner": "RH", "person": "Ruth Hill",
         "due": "meeting 2027-11"},
    ],
}

(OUT / f"{STEM}.eml").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
