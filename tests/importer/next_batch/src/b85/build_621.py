"""621: Outlook conversation copied out of the reading pane into a .txt; a busy lead's terse recap and short replies."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "621_eightyfifth_outlook_paste_sufficiency_workstream"

doc = """From: Mary Walker
Sent: 24 May 2027 17:12
To: Liam Porter; Owen Reid; Sarah Kent; Mark Walsh; Helen Brooks; David Lowe; Priya Shah; Yusuf Okafor
Cc: Ruth Hill
Subject: Sufficiency workstream - actions from today

All - actions from today, sorry for brevity, straight into another meeting.

Liam - SEN2 place data by setting type to the group, by Fri 28/5
Owen - list of post-16 providers with SEMH capacity, w/c 14 June
Sarah Kent - school improvement visits to the 3 ARPs (resourced provision) - by end of term
Mark W - transport cost modelling for the new Bramley ARP - for next mtg
Helen - SENCo survey on in-year admissions of children with EHCPs - by 31 May
Me - paper to DMT on the special school expansion, w/c 7 June
Admissions team - review the in-year admissions protocol

Thanks
Mary

Mary Walker
Head of SEND | Westmoor Council
Sent from my iPad

-----------------------------------------------------------

From: Ruth Hill
Sent: 25 May 2027 08:55
To: Mary Walker; Liam Porter; Owen Reid; Sarah Kent; Mark Walsh; Helen Brooks; David Lowe; Priya Shah; Yusuf Okafor
Subject: RE: Sufficiency workstream - actions from today

Morning all, just to add the next meeting is Monday 28 June, 2-4pm, Civic Centre Room 3 - invites have gone out.

Ruth Hill
Partnership Business Support Officer

-----------------------------------------------------------

From: Helen Brooks <hbrooks@riverside.westmoor.sch.uk>
Sent: 25 May 2027 12:31
To: Mary Walker
Cc: Ruth Hill; Liam Porter; Owen Reid; Sarah Kent; Mark Walsh; David Lowe; Priya Shah; Yusuf Okafor
Subject: Re: Sufficiency workstream - actions from today

Mary - 31 May is the bank holiday and it's half term that week anyway, so no SENCos will see it. Can we say Friday 11 June?
H

-----------------------------------------------------------

From: Mary Walker
Sent: 25 May 2027 12:40
To: Helen Brooks
Cc: Ruth Hill; Liam Porter; Owen Reid; Sarah Kent; Mark Walsh; David Lowe; Priya Shah; Yusuf Okafor
Subject: RE: Sufficiency workstream - actions from today

Yes fine - 11th.

-----------------------------------------------------------

From: Liam Porter
Sent: 25 May 2027 14:02
To: Mary Walker
Cc: Ruth Hill; Owen Reid; Sarah Kent; Mark Walsh; Helen Brooks; David Lowe; Priya Shah; Yusuf Okafor
Subject: RE: Sufficiency workstream - actions from today

Hi Mary

The SEN2 place data went to the group on 20 May - it was tab 3 of the pre-read pack. Nothing more needed unless you want it split by phase as well?

Liam

Liam Porter
Data and Performance Manager
Westmoor Council

-----------------------------------------------------------

From: Mary Walker
Sent: 25 May 2027 14:20
To: Liam Porter
Cc: Ruth Hill; Owen Reid; Sarah Kent; Mark Walsh; Helen Brooks; David Lowe; Priya Shah; Yusuf Okafor
Subject: RE: Sufficiency workstream - actions from today

Ah yes, thanks Liam. No need for phase.

-----------------------------------------------------------

From: Priya Shah
Sent: 26 May 2027 09:14
To: Mary Walker
Cc: Ruth Hill; Liam Porter; Owen Reid; Sarah Kent; Mark Walsh; Helen Brooks; David Lowe; Yusuf Okafor
Subject: RE: Sufficiency workstream - actions from today

Mary - just to say the in-year admissions protocol review is for the Admissions Forum, not us. It's already on their September agenda. Suggest we take it off our list.

Priya

-----------------------------------------------------------

From: Sarah Kent
Sent: 26 May 2027 16:47
To: Mary Walker
Cc: Ruth Hill; David Lowe
Subject: RE: Sufficiency workstream - actions from today

Hi Mary

I'm really sorry but I can't take on the ARP visits this term - I'm covering the north locality schools until the end of July on top of my own. Could the EP service pick them up? The link EPs visit all three anyway.

Sarah

Sarah Kent
School Improvement Adviser
Westmoor Council

-----------------------------------------------------------

From: David Lowe
Sent: 27 May 2027 08:30
To: Sarah Kent; Mary Walker
Cc: Ruth Hill
Subject: RE: Sufficiency workstream - actions from today

Happy to. I'll ask the link EPs to fold them into their summer term visits - all three done by 16 July. I'll use Sarah's visit template so it's consistent.

David

-----------------------------------------------------------

From: Mary Walker
Sent: 27 May 2027 18:05
To: Priya Shah; David Lowe; Sarah Kent; Yusuf Okafor
Cc: Ruth Hill; Liam Porter; Owen Reid; Mark Walsh; Helen Brooks
Subject: RE: Sufficiency workstream - actions from today

Thanks all.

Priya - agreed, admissions protocol off our list.
David - brilliant, thank you. ARP visits with you by 16 July.

Yusuf - one I forgot on Monday: could you find out whether the ICB would co-fund the therapy space at Bramley? Before the next meeting if you can.

M

Sent from my iPad

-----------------------------------------------------------

From: Yusuf Okafor
Sent: 28 May 2027 10:11
To: Mary Walker
Cc: Ruth Hill
Subject: RE: Sufficiency workstream - actions from today

Will do Mary - I'll raise it with the estates lead and come back to you before the 28th.

Yusuf
"""

(OUT / f"{STEM}.txt").write_text(doc, encoding="utf-8")

labels = {
    "meeting_date": "2027-05-24",
    "style": (
        "Held-out batch eightyfifth. An Outlook conversation copied out of the reading pane into a plain .txt, oldest first, messages "
        "separated by dashed rules, display names only (no addresses for internal senders), a busy Head of SEND's terse 'Name - task, "
        "date' recap of the Sufficiency workstream on Monday 24 May 2027 ('today'), sent from an iPad. Labelling: Liam's SEN2 data is "
        "reported already sent on 20 May and Mary accepts it (not labelled; the offer to split by phase is declined); Owen's list 'w/c 14 "
        "June' = Friday 18 June; Sarah Kent declines the ARP visits and David Lowe takes them ('Happy to ... all three done by 16 July'), "
        "owner 'David', due Friday 16 July (the original 'by end of term' is superseded); Mark W's modelling 'for next mtg' resolves to the "
        "date Ruth gives, Monday 28 June; Helen's SENCo survey 'by 31 May' falls on the bank holiday in half term and is moved to Friday "
        "11 June (Mary: 'Yes fine - 11th'); Mary's own DMT paper ('Me') 'w/c 7 June' = Friday 11 June; the admissions team's protocol "
        "review belongs to the Admissions Forum and is taken off the list (not labelled); a new action arises in the thread: Yusuf to find "
        "out whether the ICB would co-fund the Bramley therapy space, accepted ('Will do'), due before the next meeting = 28 June."),
    "held_out": True,
    "actions": [
        {"key": "list of post-16 providers with SEMH capacity", "owner": "Owen", "person": "Owen Reid", "due": "2027-06-18"},
        {"key": "school improvement visits to the 3 ARPs", "owner": "David", "person": "David Lowe", "due": "2027-07-16"},
        {"key": "transport cost modelling for the new Bramley ARP", "owner": "Mark W", "person": "Mark Walsh", "due": "2027-06-28"},
        {"key": "SENCo survey on in-year admissions of children", "owner": "Helen", "person": "Helen Brooks", "due": "2027-06-11"},
        {"key": "paper to DMT on the special school expansion", "owner": "Me", "person": "Mary Walker", "due": "2027-06-11"},
        {"key": "find out whether the ICB would co-fund", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-06-28"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
