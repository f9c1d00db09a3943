"""Batch eightyseventh, doc 638: transport sub-group notes typed by the business support officer, pasted."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "638_eightyseventh_transport_subgroup_notes_with_summary"

TEXT = """HOME TO SCHOOL TRANSPORT (SEND) SUB-GROUP
NOTES - WEDNESDAY 1 DECEMBER 2027, 1.30PM, TEAMS

ATTENDING: Mark Walsh (Head of Transport, chair), Mary Walker, Owen Reid, Tom Evans (PCF),
Kerry Lang (PCF / Champions), Sarah Khan, Ruth Hill (notes)
APOLOGIES: Liam Porter, Claire Dunmore

NB in these notes MW = Mark Walsh, MWa = Mary Walker, SK = Sarah Khan

1. NOTES AND ACTIONS FROM 3 NOVEMBER
Agreed. All actions complete except:
- Route review for Oakfield special school - MW was due to report back today. Not ready,
  contractor data late. NOW TO JANUARY MEETING.
- Transport complaints data (Liam). Liam not here, Ruth to chase.

2. PERSONAL TRAVEL BUDGETS
MWa said take-up of PTBs is now 38 families. Tom said parents don't know the mileage rate has
gone up. Agreed a letter to all eligible families plus an FAQ.
ACTION - KL to draft a parent FAQ on PTBs with the new mileage rate
[later in the meeting Kerry said she can't take this on before Christmas - SK to do it
instead, Kerry to check it over. Needs to go out before the Christmas break (schools finish
Fri 17th)]
ACTION - MWa to sign off the letter to eligible families w/c 6 Dec

3. INDEPENDENT TRAVEL TRAINING
OR: 14 YP completed ITT this term, 3 more in January. OR proposed extending ITT to Year 7s in
mainstream. MW said there is no budget this year - not agreed for now. MW happy for OR to bring
a costed proposal back to the March meeting as part of 2028/29 budget setting.

4. DRIVER AND PA TRAINING
MW: all new PAs now do the autism awareness module. Tom asked if PCF parents could co-deliver
part of it. MW happy in principle.
ACTION - TE/MW to meet and plan a co-delivered session - new year

5. POST-16 POLICY STATEMENT
Goes to Cabinet on 15 Dec - for info, Cabinet decision. Kerry asked that the Champions get the
link - OR already sent it to Kerry this morning.

6. AOB
SK - transport section of the Local Offer is out of date (still shows 2025 forms).
SK to update the Local Offer page by Friday.

NEXT MEETING: Wednesday 12 January 2028, 1.30pm, Teams

ACTIONS AGREED
1. Oakfield route review - MW - 12/01/28
2. Complaints data - chase Liam - RH
3. PTB FAQ - SK (KL to check) - 17/12
4. Letter to eligible families - MWa - w/c 6/12
5. Co-delivered PA session - TE/MW - new year
6. Local Offer transport page - SK - Fri 3/12
"""

LABELS = {
    "meeting_date": "2027-12-01",
    "style": (
        "Held-out batch eightyseventh. Home to school transport sub-group notes typed by the business "
        "support officer and pasted as plain text: capital headings, 'ACTION - XX to ...' lines, a bracketed "
        "later-in-the-meeting correction, and a closing 'ACTIONS AGREED' list that repeats the body with "
        "different wording. Traps: an initials collision resolved by a note at the top (MW = Mark Walsh, MWa "
        "= Mary Walker) - MW must not be read as Mary; the FAQ action is written for KL but reassigned to SK "
        "later in the meeting (label SK / Sarah Khan; Kerry's checking it over is part of the same action); "
        "the Oakfield route review is carried forward with its date moved from today to the January meeting; "
        "the ITT extension is not agreed now but OR is invited to bring a costed proposal to the March "
        "meeting - it is missing from the closing summary but is still an agreed action; the Cabinet "
        "decision is another body's; OR's link to the Champions was already sent. Each action labelled once "
        "with its key from the body. Dates: 'JANUARY MEETING' = the stated next meeting Wednesday 12 January "
        "2028; Ruth's chase has no date (null); 'before the Christmas break (schools finish Fri 17th)' = Friday "
        "17 December 2027; 'w/c 6 Dec' = Friday 10 December 2027; the March meeting has no date in the "
        "document so 'meeting 2028-03'; 'new year' is too vague for a date (null); 'by Friday' = Friday 3 "
        "December 2027 (the summary confirms Fri 3/12). The joint TE/MW action is labelled once, person Tom "
        "Evans (first named)."
    ),
    "held_out": True,
    "actions": [
        {"key": "Route review for Oakfield special school", "owner": "MW", "person": "Mark Walsh", "due": "2028-01-12"},
        {"key": "Liam not here, Ruth to chase", "owner": "Ruth", "person": "Ruth Hill", "due": None},
        {"key": "draft a parent FAQ on PTBs", "owner": "SK", "person": "Sarah Khan", "due": "2027-12-17"},
        {"key": "MWa to sign off the letter", "owner": "MWa", "person": "Mary Walker", "due": "2027-12-10"},
        {"key": "a costed proposal back to the March meeting", "owner": "OR", "person": "Owen Reid", "due": "meeting 2028-03"},
        {"key": "TE/MW to meet and plan a co-delivered session", "owner": "TE/MW", "person": "Tom Evans", "due": None},
        {"key": "SK to update the Local Offer page", "owner": "SK", "person": "Sarah Khan", "due": "2027-12-03"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
