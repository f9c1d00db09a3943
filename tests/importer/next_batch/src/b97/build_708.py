"""Builds 708: short email thread cancelling the 2 Dec 2027 Board, actions carried (.md)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "708_ninetyseventh_cancelled_board_email_thread"

doc = """# FW: CANCELLED - SEND Partnership Board Thurs 2 Dec

_Pasted into the Board notebook by RH, 30/11/2027, so the carried actions are in one place. Newest first._

---

**From:** Ruth Hill
**Sent:** Tuesday, 30 November 2027 10:48
**To:** SEND Partnership Board members
**Subject:** RE: CANCELLED - SEND Partnership Board Thurs 2 Dec

Thanks everyone. Owen's item is now showing against the February Board and I've added Tom's short breaks item to January's agenda. I'll re-send the calendar invite for 13 January this afternoon as a few people say it hasn't appeared.

Ruth

---

**From:** Mary Walker
**Sent:** Monday, 29 November 2027 17:20
**Subject:** RE: CANCELLED - SEND Partnership Board Thurs 2 Dec

Given the delay I'll send members the SEND capital update by email by Friday 17 December rather than wait until January.
M

---

**From:** Tom Evans
**Sent:** Monday, 29 November 2027 15:02
**Subject:** RE: CANCELLED - SEND Partnership Board Thurs 2 Dec

Shame but understood. Could the PCF item on short breaks go on January's agenda please? Also fyi the forum's own AGM is on 20 Jan so we might be a bit light on parents at the Board that week.
Tom

---

**From:** Anne Price
**Sent:** Monday, 29 November 2027 12:31
**Subject:** RE: CANCELLED - SEND Partnership Board Thurs 2 Dec

Thank you Ruth, and apologies all. So that people aren't left in the dark I'll circulate a written chair's update on the inspection feedback by 10 December.
Anne

---

**From:** Owen Reid
**Sent:** Monday, 29 November 2027 11:05
**Subject:** RE: CANCELLED - SEND Partnership Board Thurs 2 Dec

Thanks Ruth. I'm on leave the first half of January - could I present the PfA pathway at the February Board instead?
Owen

> **Anne Price** 11:40: Fine by me. Ruth, please move it.

---

**From:** Sarah Khan
**Sent:** Monday, 29 November 2027 09:47
**Subject:** RE: CANCELLED - SEND Partnership Board Thurs 2 Dec

Hi Ruth, 8 is done - co-production week is 8-12 May 2028 and I sent the save the date this morning.
Sarah

---

**From:** Ruth Hill
**Sent:** Monday, 29 November 2027 09:12
**To:** SEND Partnership Board members
**Cc:** Anne Price
**Subject:** CANCELLED - SEND Partnership Board Thurs 2 Dec

Dear all

Anne is unwell and, as the inspection feedback letter still hasn't arrived, she has asked me to cancel Thursday's Board. We will next meet on **Thursday 13 January 2028, 2-4pm, Council Chamber** (Teams link unchanged).

Open actions from the 4 November meeting are carried forward as below. Where an action was due at the December Board please treat it as due at the January Board unless you tell me otherwise.

| # | Action | Owner | Was due | Now due |
|---|--------|-------|---------|---------|
| 3 | Circulate the revised EHCP annual review guidance to SENCos | Helen Brooks | Dec Board | Jan Board |
| 5 | Report on the wheelchair service waiting list recovery plan | Yusuf Okafor | Dec Board | Jan Board |
| 7 | Present the draft preparing for adulthood pathway | Owen Reid | Dec Board | Jan Board |
| 8 | Confirm dates for the 2028 co-production week | Sarah Khan | 30/11/2027 | 30/11/2027 (no change) |
| 9 | Send scrutiny committee the SEND data pack | Liam Porter | 26/11/2027 | Complete - sent 25/11 |

Actions 1, 2, 4 and 6 were closed at the November meeting so aren't listed.

Kind regards
Ruth

Ruth Hill | Partnership Business Support Officer | Westmoor Council
"""

labels = {
    "meeting_date": "2027-11-04",
    "style": (
        "Held-out batch ninetyseventh. A short Outlook email thread pasted into a Markdown notebook by Ruth Hill (RH) "
        "on 30 November 2027, newest first: Ruth cancels the SEND Partnership Board of Thursday 2 December 2027 and "
        "carries the open actions from the meeting of Thursday 4 November 2027 (the meeting_date, since that is where "
        "the actions were agreed) to the rescheduled Board on Thursday 13 January 2028, in a Markdown table; replies "
        "then change or add items. Labelling choices: carried items due 'Jan Board' = meeting 2028-01 (not 'next "
        "meeting', because the next scheduled meeting was the cancelled one); Owen's item 7 moved to the February "
        "Board with Anne's agreement = meeting 2028-02; Anne's own chair's update 'by 10 December' = Friday 10 "
        "December 2027; Mary 'by Friday 17 December' = Friday 17 December 2027; Ruth 're-send the calendar invite "
        "this afternoon' in her Tuesday 30 November email = Tuesday 30 November 2027. Traps: item 8 (Sarah Khan's "
        "co-production week dates) reported done; item 9 complete; items 1, 2, 4, 6 closed and not listed; Tom's "
        "short breaks agenda item is already added by Ruth; the PCF AGM is the forum's own event; moving Owen's item "
        "on the tracker is done; the cancellation and new meeting date are information."
    ),
    "held_out": True,
    "actions": [
        {"key": "Circulate the revised EHCP annual review guidance to SENCos", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "meeting 2028-01"},
        {"key": "Report on the wheelchair service waiting list recovery plan", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "meeting 2028-01"},
        {"key": "Present the draft preparing for adulthood pathway", "owner": "Owen Reid", "person": "Owen Reid", "due": "meeting 2028-02"},
        {"key": "circulate a written chair's update on the inspection feedback", "owner": "Anne Price", "person": "Anne Price", "due": "2027-12-10"},
        {"key": "send members the SEND capital update by email", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-12-17"},
        {"key": "re-send the calendar invite for 13 January", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-11-30"},
    ],
}

(OUT / f"{STEM}.md").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
