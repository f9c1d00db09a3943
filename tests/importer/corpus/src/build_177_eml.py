"""Builds 177_twentysecond_pa_typed_chair_list.eml: the chair's PA types up her handwritten list."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "177_twentysecond_pa_typed_chair_list"

EML = """Return-Path: <jo.marsh@westmoorsendpartnership.org.uk>
Received: from mail.westmoor.gov.uk (10.20.4.11) by exch02.westmoor.gov.uk
 (10.20.4.12) with Microsoft SMTP Server id 15.2.1258.28; Mon, 8 Feb 2027
 09:14:52 +0000
From: Jo Marsh <jo.marsh@westmoorsendpartnership.org.uk>
To: SEND Partnership Board members <sendboard@westmoor.gov.uk>
CC: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: Anne's action list from Thursday's Board (4 Feb) - typed up
Date: Mon, 8 Feb 2027 09:14:49 +0000
Message-ID: <LO2P265MB3391A7C1E0F@LO2P265MB3391.GBRP265.PROD.OUTLOOK.COM>
Importance: normal
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Good morning all,

Ruth is on leave this week so the draft minutes from Thursday won't be
out until w/c 22nd Feb. In the meantime Anne asked me to type up the
list she scribbled on the back of her agenda so people can crack on.

I've copied it as faithfully as I can (her writing is "characterful"!).
Anything in [square brackets] is me, not Anne. Where I couldn't read
something I rang her on Friday afternoon and checked.

Kind regards
Jo

Jo Marsh | PA to the Independent Chair
Westmoor SEND Partnership | Tel 01632 960 418
Working days Mon, Tues, Thurs

-----------------------------------------------------------------
BOARD 4/2/27 - my list  (AP)
-----------------------------------------------------------------

Apols: JW, CD, Cllr BJ.  No DOIs.  Mins of 7/1 OK'd.

1. Transport -> MW to chase Mark W for the post-16 travel training
   numbers, back to Board in March.
   [Mark W = Mark Walsh, Head of Transport. March Board is Thurs 4th.]

2. Therapies backlog -> YO to get ICB sign-off of recovery plan
   by 26/2 ??
   [Anne wrote "??" because Yusuf said in the meeting the ICB exec
   might not sit until mid-March. She still wants 26/2 as the target.]

3. PCF survey - TE put the link in the chat during the meeting.  DONE.

4. Dashboard - LP to add 20wk timeliness split by school phase
   for next Board.

5. SENCo network - HB to invite DL to speak at the 17/3 network,
   invite out by 19/2.
   [DL = David Lowe, Principal EP.]

6. Scrutiny - Cllr Jones wants a briefing before her committee.
   PS to send briefing note to Cllr J by 9/3 (cttee is 11/3).

7. Me - ask Grace re SALT waiting list figures (before they go to
   the ICB).
   [No date on this one - Anne says she'll catch Grace informally.]

8. Easy read SEF summary - SK to draft for the April Board.
   [I queried whether SK was Sarah Khan or Sarah Kent. Anne confirmed
   on the phone it's Sarah Khan (Participation), NOT Sarah Kent.]

9. ~~JW to present at April Board~~
   [Crossed out - James has sent apols for April so not needed.]

10. TOR - revised terms of reference AGREED. No further changes.

11. ICB to publish all-age autism strategy "spring" - their
    timetable, not ours. Board to note.

12. Would be lovely: joint event with SENDIASS in the summer.
    (nice to have - not now)

13. Me - write to the DfE adviser re safety valve update before
    Easter.
    [Anne has blocked out Weds 24/3 in her diary to do this, as
    Good Friday is the 26th and she's away that week.]

Next Board: Thurs 4 March, 2pm, Committee Room 2 / Teams.
-----------------------------------------------------------------

[End of Anne's list. The full minutes will supersede this, but
please don't wait for them to start on your actions.]

This email and any attachments are confidential and intended solely
for the addressee. If you have received it in error please notify the
sender and delete it. Westmoor Council may monitor email traffic.
"""

LABELS = {
    "meeting_date": "2027-02-04",
    "style": ("Held-out batch twentysecond. Pasted .eml from the chair's PA typing up the Independent Chair's "
              "handwritten action list from a partnership board, with the PA's [square-bracket] clarifications. "
              "Traps: item 3 PCF survey link already shared in the meeting (DONE); item 9 struck through and not "
              "needed; item 10 terms of reference is a decision only; item 11 is the ICB's own timetable (another "
              "body, 'to note'); item 12 'would be lovely' is a wish; apologies/DOIs/minutes approval line. "
              "Labelling choices: 'Me' in Anne's list is Anne Price (the list is signed AP); owner written as 'Me'. "
              "SK resolved to Sarah Khan because the PA records Anne's confirmation. 'back to Board in March', "
              "'for next Board' and 'for the April Board' labelled as meeting months. Item 2 keeps 26/2 despite the "
              "'??' because the chair confirmed it as the target. Item 5 uses the invite-out date 19/2, not the "
              "network date 17/3. Item 13 'before Easter' resolved by the PA's note to Weds 24/3."),
    "held_out": True,
    "actions": [
        {"key": "chase Mark W for the post-16 travel training", "owner": "MW", "person": "Mary Walker", "due": "meeting 2027-03"},
        {"key": "YO to get ICB sign-off of recovery plan", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-02-26"},
        {"key": "LP to add 20wk timeliness split by school phase", "owner": "LP", "person": "Liam Porter", "due": "meeting 2027-03"},
        {"key": "HB to invite DL to speak at the 17/3", "owner": "HB", "person": "Helen Brooks", "due": "2027-02-19"},
        {"key": "PS to send briefing note to Cllr J", "owner": "PS", "person": "Priya Shah", "due": "2027-03-09"},
        {"key": "ask Grace re SALT waiting list figures", "owner": "Me", "person": "Anne Price", "due": None},
        {"key": "Easy read SEF summary - SK to draft", "owner": "SK", "person": "Sarah Khan", "due": "meeting 2027-04"},
        {"key": "write to the DfE adviser re safety valve update", "owner": "Me", "person": "Anne Price", "due": "2027-03-24"},
    ],
}

(OUT / f"{STEM}.eml").write_text(EML, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
