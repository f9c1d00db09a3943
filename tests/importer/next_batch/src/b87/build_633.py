"""Batch eightyseventh, doc 633: therapies sub-group notes sent as an Outlook email, pasted as plain text."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "633_eightyseventh_therapies_subgroup_outlook_paste"

TEXT = """From: ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST) <grace.adeyemi@nhs.net>
Sent: 15 April 2027 16:47
To: OKAFOR, Yusuf (NHS WESTMOOR ICB) <yusuf.okafor@nhs.net>; Brooks, Helen <hbrooks@riverside.westmoor.sch.uk>; Walker, Mary <Mary.Walker@westmoor.gov.uk>; Tom Evans <tom@westmoorpcf.org.uk>; Kent, Sarah <Sarah.Kent@westmoor.gov.uk>; Porter, Liam <Liam.Porter@westmoor.gov.uk>
Cc: Hill, Ruth <Ruth.Hill@westmoor.gov.uk>
Subject: Therapies waiting times sub-group - notes from this morning

Hi all,

Apologies these are quick - straight into clinic this afternoon. Notes from this morning's
sub-group below, shout if I've missed anything or got anything wrong. Not formal minutes.

Attendees: Grace (chair), Yusuf, Helen, Mary, Tom, Liam. Apols Sarah Kent.

Waiting list position
·         SLT longest wait now 58 weeks (was 61). OT 44 wks. Physio within 18 wks.
·         Big driver is still EHCP advice requests - approx 30% of SLT capacity going on
          statutory advice.
·         Tom said parents are told "you're on the list" and then nothing for a year.
          Agreed we need a proper "waiting well" offer. I will draft a one page waiting well
          leaflet with Tom - ACTION GA/TE by end of the month
o    Tom to test it with the Champions network before it goes out

Proposal to stop accepting new over-16 referrals into SLT (signpost to college instead)
·         Discussed at length. Mary and Tom both against - the duty continues to 25 for
          young people with EHCPs. NOT agreed, we will not be doing this.
·         Trust Exec are looking at the SLT business case on 6 May - that's a Trust decision,
          I'll let you know the outcome but nothing for us to do yet.

Data
·         Liam and my BI lead (Kamal) to get together and match up the EHCP list with the
          therapy waiting list so we can see the overlap. ACTION Liam - w/c 10 May
·         Yusuf asked for waiting times split by locality for the ICB quality report -
          Kamal to send ASAP (Kamal's not in the group but noting it so it doesn't get lost)

Schools
·         Helen raised that schools don't know what the SLT drop-in is. Helen to put a piece
          in the SENCo bulletin - next edition is 30th April
·         Helen also asked about ELKLAN training for TAs - we did this in the autumn and it's
          already running, dates are on the Local Offer. No action.

ICB
·         Yusuf to take the waiting list position to the ICB SEND Board on 27 April and
          ask about the non-recurrent money
·         Yusuf to confirm whether the 20k underspend can be carried forward. ASAP please Yusuf!

Next meeting - Thurs 13th May, 9.30, Teams. Mary to chair as I'm on leave.

Thanks
Grace

Grace Adeyemi
Head of Children's Therapies
Westmoor Community Health NHS Trust
Mob: 07700 900412

********************************************************************************************
This message may contain confidential and privileged information. If you are not the
intended recipient please accept our apologies; please do not disclose, copy or distribute
information in this e-mail or take any action in reliance on its contents: to do so is
strictly prohibited and may be unlawful. Please inform us that this message has gone astray
before deleting it. Thank you for your co-operation.
NHSmail is approved for exchanging health and social care information.
********************************************************************************************

From: ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST)
Sent: 18 March 2027 12:02
To: OKAFOR, Yusuf (NHS WESTMOOR ICB); Brooks, Helen; Walker, Mary; Tom Evans; Kent, Sarah; Porter, Liam
Subject: Therapies waiting times sub-group - actions

All - actions from today:
1. Grace - circulate the SLT recovery trajectory - DONE (attached)
2. Liam - add therapy waits to the SEND dashboard
3. Yusuf - share the ICB quality report template
[Update 15/4: 2 and 3 both done, thanks both]

G
"""

LABELS = {
    "meeting_date": "2027-04-15",
    "style": (
        "Held-out batch eightyseventh. A therapies waiting-times sub-group's informal notes sent by the NHS "
        "Trust lead as an Outlook email and pasted as plain text: header block with NHSmail names, Outlook "
        "bullets turned into '·' and 'o' with runs of spaces, hard-wrapped lines, 'ACTION GA/TE', 'ACTION "
        "Liam', first names, an NHSmail disclaimer and a quoted earlier email whose March actions are all "
        "done (not labelled). Traps: first-person action ('I will draft' = Grace, written ACTION GA/TE; one "
        "action, person Grace Adeyemi); the over-16 referral proposal is NOT agreed; Trust Exec's business "
        "case is a Trust decision; ELKLAN training is already running (no action); 'Mary to chair' is a "
        "meeting arrangement, not labelled; Kamal (Trust BI lead, not a partnership member) is given an "
        "action, labelled with person null. Dates: 'by end of the month' = Friday 30 April 2027; 'w/c 10 "
        "May' = Friday 14 May 2027; Helen's bulletin piece is due for the next edition on Friday 30 April "
        "2027; Yusuf's ICB SEND Board item is due on the Board date Tuesday 27 April 2027; 'ASAP' gives null "
        "(Kamal, Yusuf's underspend); Tom's testing 'before it goes out' has no date (null)."
    ),
    "held_out": True,
    "actions": [
        {"key": "I will draft a one page waiting well", "owner": "GA/TE", "person": "Grace Adeyemi", "due": "2027-04-30"},
        {"key": "Tom to test it with the Champions network", "owner": "Tom", "person": "Tom Evans", "due": None},
        {"key": "get together and match up the EHCP list", "owner": "Liam", "person": "Liam Porter", "due": "2027-05-14"},
        {"key": "waiting times split by locality for the ICB", "owner": "Kamal", "person": None, "due": None},
        {"key": "Helen to put a piece", "owner": "Helen", "person": "Helen Brooks", "due": "2027-04-30"},
        {"key": "Yusuf to take the waiting list position", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-04-27"},
        {"key": "Yusuf to confirm whether the 20k underspend", "owner": "Yusuf", "person": "Yusuf Okafor", "due": None},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
