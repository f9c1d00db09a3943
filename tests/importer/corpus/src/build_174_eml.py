"""Email from the partnership business support officer circulating the chair's handwritten list, typed up as written."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
stem = "174_twentyfirst_chairs_list_email"
body = """Hi all,

Anne jotted the list below on the back of her agenda as we went along yesterday and has asked me to
send it round straight away, as written, so nobody is waiting for the full minutes (those will follow
by the end of next week once Anne has checked them).

I've typed it up exactly as she wrote it, arrows and all. Key to her marks:
  [tick]  = she ticked it off in the room (done there and then)
  ~~ ~~   = she crossed it out
  (?)     = I couldn't read a word - shout if you can!

---------------------------------------------------------------------
  PARTNERSHIP BD  16/6   -  my list   (AP)
---------------------------------------------------------------------

  1.  TE - PCF survey Qs to RH by Fri 25th  -> RH to format & send out

  2.  YO - DCO annual report -> to Board, Sept mtg

  3.  ~~MW - write to DfE re safety valve figs~~   not needed, PS already sent

  4.  LP - dashboard: add tribunal outcomes + mediation nos.  July?? -> "by 16 July" agreed

  5.  GA/HB - joint SALT training offer for SENCos - dates out to schools
      before they break up (Weds 21/7)

  6.  [tick] RH re-send item 4 papers (old version went out) - done in mtg

  7.  Me - letter to ICB Chair re therapies funding gap, w/c 21 June

  8.  DL - EP traded service review ... nice to have - PARK till autumn

  9.  SK - young people to present at the Oct Board - book them in (?) + travel

  10. Scrutiny (Cllr Jones) want SEND transport item - their call, not ours

  11. PS - confirm SEND capital bid outcome to members when we hear (DfE
      said "summer")

  ** AGREED - EBSA (school avoidance) task & finish group to stop, work
     now in Inclusion Strategy. Thank HB for chairing **

---------------------------------------------------------------------

A couple of other notes from me:

- Decisions are as Anne has starred them; nothing else was formally decided.
- Item 1 - Tom, I'll turn the survey round within two working days of getting the questions.
- Apologies yesterday were from David Lowe (left at 3.15 for a tribunal) and Claire Dunmore.
- Next Board: Wednesday 15 September 2027, 1.30pm, Westmoor Civic Centre (Room 4) - invites
  already in diaries.

Any questions just give me a ring.

Many thanks,
Ruth

Ruth Hill
Partnership Business Support Officer
Westmoor SEND Partnership | Westmoor Council
Civic Centre, Market Street, Westmoor WM1 2AB
Tel: 01632 960 418 | Teams: Ruth Hill
I work Monday to Thursday.

--
This email and any attachments are intended for the named recipient(s) only and may contain
OFFICIAL-SENSITIVE information. If you have received it in error please notify the sender and
delete it. Westmoor Council may monitor email traffic.
"""
eml = f"""Return-Path: <ruth.hill@westmoor.gov.uk>
Received: from EX-HYB01.westmoor.gov.uk (10.20.4.11) by EX-MBX03.westmoor.gov.uk (10.20.4.23)
 with Microsoft SMTP Server id 15.2.1544.11; Thu, 17 Jun 2027 09:42:18 +0100
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
To: SEND Partnership Board members <SENDPartnershipBoard@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: Partnership Board 16 June - Anne's action list (as written) ahead of minutes
Date: Thu, 17 Jun 2027 09:42:11 +0100
Message-ID: <DB9PR05MB7214A1C3E0B4F2D9@DB9PR05MB7214.eurprd05.prod.outlook.com>
Importance: Normal
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{body}"""
(OUT / f"{stem}.eml").write_text(eml, encoding="utf-8")

labels = {
    "meeting_date": "2027-06-16",
    "style": ("Held-out batch twentyfirst. Plain-text Outlook email (.eml) sent the day after the Partnership Board "
              "by the business support officer, circulating the chair's handwritten list typed 'as written' with a "
              "key for ticks, crossings-out and illegible words; arrows, abbreviations ('Bd', 'mtg', 'Qs'), 'Me' as "
              "owner. Traps: item 3 crossed out (not needed); item 6 ticked, done in the meeting; item 8 parked; item "
              "10 is scrutiny's business; the starred AGREED line is a decision; Ruth's own note 'I'll turn the survey "
              "round' is follow-on support to item 1, not a separate agreed action; next meeting date is not an "
              "action. Labelling choices: meeting date is 16 June 2027 (email is 17 June); 'Fri 25th' = 2027-06-25; "
              "'Sept mtg' and 'Oct Board' labelled 'meeting 2027-09' / 'meeting 2027-10'; 'Me' = the chair, Anne "
              "Price; 'w/c 21 June' labelled as the end of that working week, 2027-06-25; 'GA/HB' labelled to Grace "
              "Adeyemi (first named); 'before they break up (Weds 21/7)' = 2027-07-21; PS's 'when we hear' has no date "
              "so null."),
    "held_out": True,
    "actions": [
        {"key": "PCF survey Qs to RH by Fri 25th", "owner": "TE", "person": "Tom Evans", "due": "2027-06-25"},
        {"key": "DCO annual report -> to Board, Sept mtg", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-09"},
        {"key": "dashboard: add tribunal outcomes + mediation nos", "owner": "LP", "person": "Liam Porter", "due": "2027-07-16"},
        {"key": "joint SALT training offer for SENCos", "owner": "GA/HB", "person": "Grace Adeyemi", "due": "2027-07-21"},
        {"key": "letter to ICB Chair re therapies funding gap", "owner": "Me", "person": "Anne Price", "due": "2027-06-25"},
        {"key": "young people to present at the Oct Board", "owner": "SK", "person": "Sarah Khan", "due": "meeting 2027-10"},
        {"key": "confirm SEND capital bid outcome to members", "owner": "PS", "person": "Priya Shah", "due": None},
    ],
}
(OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
