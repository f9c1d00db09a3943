"""Batch eightyseventh, doc 632: EHCP timeliness T&F notes pasted from Word into a text box."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "632_eightyseventh_ehcp_timeliness_tandf_word_paste"

TEXT = """EHCP TIMELINESS TASK AND FINISH GROUP
Notes of meeting held Tuesday 9th March 2027, 2.00-3.30pm, Room 4 Westmoor House / Teams

Present: David Lowe (Chair - PEP), Mary Walker (Head of SEND), Liam Porter (Data), Helen Brooks (SENCo Riverside), Tom Evans (PCF), Yusuf Okafor (DCO), Ruth Hill (notes)
Apologies: Grace Adeyemi, Claire Dunmore

1.\tWELCOME AND APOLOGIES
DL welcomed everyone. Grace has sent apologies but has sent the therapy advice figures through
(see item 3).

2.\tACTIONS FROM LAST MEETING (9 Feb)
Action\tOwner\tUpdate
Circulate revised advice request template\tRH\tDone - sent 12/2
Ask EP team to log advice return dates on the system\tDL\tDone. Live from 1 March
Contact the 3 schools with late school advice\tHB\tOngoing - 2 of 3 done. HB to finish by end of next week
PCF survey on annual review experience\tTE\tClosed 28/2, results at item 4

3.\t20 WEEK TIMELINESS - CURRENT POSITION
LP shared the dashboard. Jan 2027 = 41% within 20 weeks (Dec 38%). Main delay still health
and EP advice. EP advice over 6 weeks in 27 cases. Health advice overdue is mostly from
community paeds - YO said the Trust are recruiting a locum paediatrician and the Trust's own
recovery plan goes to their board in April, so not one for this group.
Discussion about whether to "stop the clock" where advice is over 6 weeks and issue plans
without it. MW said this would not be lawful and the group agreed NOT to do this.
LP to split the figures by advice type so we can see which is the biggest delay - for next meeting.
YO will raise the paediatric advice delays at the ICB SEND Delivery Group on 18th March and
feed back.

4.\tPCF SURVEY RESULTS
TE presented - 112 responses. Key themes: not knowing where the request was up to, not being
told when the 6 week decision was made, draft plans arriving with no covering letter.
Agreed:
-\ta standard covering letter for draft plans - MW to draft and bring back to the group. TE asked
\tif the PCF could co-produce it, agreed, MW will involve TE before it comes back.
-\tparents to get a text/email at each stage (6wk, 16wk draft, final). LP to check with ICT if
\tthe case management system can send automatic messages. Report back by the end of the month.

5.\tEP CAPACITY
DL explained 2 associate EPs start after Easter. DL to share the revised allocation model with
MW by Friday 26th -- correction, 26th is Good Friday, so Thursday 25th.
Helen suggested schools could provide the EP advice themselves to speed things up - DL said not
possible, EP advice is a statutory requirement. No action.

6.\tAOB
Ruth on leave w/c 22 March - notes for the April meeting may go out late.

Date of next meeting: Tuesday 13 April 2027 2pm Teams

ACTION SUMMARY
Action\tWho\tWhen
Finish contacting late schools\tHB\t19/03
Split timeliness by advice type\tLP\tnext mtg
Raise paeds delays at ICB SDG + feed back\tYO\t13/04
Covering letter for draft plans (involve TE)\tMW\t13/04
Automatic parent updates - ask ICT\tLP\t31/03
Revised EP allocation model to MW\tDL\t25/03
"""

LABELS = {
    "meeting_date": "2027-03-09",
    "style": (
        "Held-out batch eightyseventh. EHCP timeliness task-and-finish group notes written in Word by the "
        "clerk and pasted as plain text: tables (matters-arising log and closing action summary) flattened "
        "to tab-separated rows, Word dashes turned into '-' plus tab, lines hard-wrapped, numbered capital "
        "headings, owners as initials. Traps: three of four matters-arising rows are done/closed and not "
        "labelled, but the 'ongoing' school-advice row carries a new commitment (HB to finish by end of next "
        "week = Friday 19 March 2027) and is labelled; the 'stop the clock' idea is explicitly rejected; the "
        "Trust's recovery plan and locum recruitment belong to another body; Helen's suggestion is refused "
        "('No action'); Ruth's leave is not an action; the TE/MW co-production is folded into MW's covering "
        "letter action (one action, owner MW); the closing summary duplicates the body, each action labelled "
        "once with its key from the body. Dates: 'for next meeting' and 'feed back' resolve to the stated "
        "next meeting Tuesday 13 April 2027 (the summary confirms 13/04 for YO and MW); 'by the end of the "
        "month' = Wednesday 31 March 2027; DL's 'Friday 26th' is corrected in the text to Thursday 25 March "
        "2027 because 26 March is Good Friday."
    ),
    "held_out": True,
    "actions": [
        {"key": "HB to finish by end of next week", "owner": "HB", "person": "Helen Brooks", "due": "2027-03-19"},
        {"key": "LP to split the figures by advice type", "owner": "LP", "person": "Liam Porter", "due": "2027-04-13"},
        {"key": "YO will raise the paediatric advice delays", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-04-13"},
        {"key": "a standard covering letter for draft plans", "owner": "MW", "person": "Mary Walker", "due": "2027-04-13"},
        {"key": "LP to check with ICT if", "owner": "LP", "person": "Liam Porter", "due": "2027-03-31"},
        {"key": "DL to share the revised allocation model", "owner": "DL", "person": "David Lowe", "due": "2027-03-25"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
