"""Build 200: email thread, actions buried in the middle of the secretary's message (.eml)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "200_twentyfifth_email_thread_actions_middle"

TEXT = """From: Tom Evans <tom.evans@westmoorpcf.org.uk>
To: Ruth Hill <ruth.hill@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>, Mary Walker <mary.walker@westmoor.gov.uk>,
 Yusuf Okafor <yusuf.okafor@nhs.net>, David Lowe <david.lowe@westmoor.gov.uk>,
 Liam Porter <liam.porter@westmoor.gov.uk>, Grace Adeyemi <grace.adeyemi@nhs.net>
Subject: RE: Tuesday's board - room for May, notes, and actions
Date: Fri, 23 Apr 2027 08:12:40 +0100
Message-ID: <AM0PR07MB4410A1@westmoorpcf.org.uk>
In-Reply-To: <LO2P265MB0951C2@westmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Morning Ruth

Thanks for this. Just to say I sent the parent survey link round the forum's mailing list last night
so you can cross mine off already.

Committee Room 2 is fine by me, I can't do the Teams link that week anyway.

Tom

Sent from my phone

-----Original Message-----
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
Sent: Thursday, April 22, 2027 4:47 PM
To: Anne Price; Mary Walker; Yusuf Okafor; David Lowe; Liam Porter; Grace Adeyemi; Tom Evans
Subject: Tuesday's board - room for May, notes, and actions

Hi all

Hope you've all recovered from Tuesday - it was a long one!

A few bits of housekeeping first. The civic centre have double-booked the Council Chamber for
18 May so we're moving to Committee Room 2, which is smaller, so please let me know if you're
bringing anyone extra. There's no parking on site that day because of the market so the Mill Lane
car park is best (pay and display, sorry). I've asked for tea and coffee but not lunch this time.

Draft notes are attached - Anne has had a quick look. Please send me any corrections by the end of
next week and I'll get them finalised.

Actions as I have them from Tuesday (shout if I've got any wrong):

- Mary - share the revised EHCP needs assessment timeline with SENCos by Friday 30 April
- Yusuf - find out from the trust when the SALT recovery plan goes to their board, and let
  Anne know
- David - run the two EP drop-in sessions for parents before half term (w/c 24 May at the latest)
- Liam - add the tribunal figures to the dashboard for the May meeting
- Grace - send round the OT referral criteria so the PCF can check the wording, by 7 May
- Tom - send the parent survey link out through the forum mailing list
- Anne - letter to Cllr Jones about the scrutiny date (done - thanks Anne)
- me - book the room for the June workshop and send the invite out

The short breaks review went to Cabinet last week so we didn't need to do anything on that one
- it's with them now. And the item about the new special school was for information only.

On the Teams side, I'll send the link with the papers as usual. If anyone's having trouble with
the new Teams app on council laptops, IT say to clear the cache (I know, I know).

Papers deadline for May is Friday 7 May - I know that's tight after the bank holiday, sorry.
Next meeting Tuesday 18 May, 2-4pm, Committee Room 2.

Thanks
Ruth

Ruth Hill
Partnership Business Support Officer
Westmoor SEND Partnership | Westmoor Council
Civic Centre, Mill Lane, Westmoor WM1 2AB
01632 960 418

This email and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender and delete it. Westmoor Council may monitor email
traffic data and content for security and training purposes.

-----Original Message-----
From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Sent: Wednesday, April 21, 2027 9:03 AM
To: Ruth Hill
Subject: notes from yesterday

Ruth - notes look fine, thank you. Could you get the actions out before the end of the week
please, people are forgetting between meetings. I've done the Cllr Jones letter already.
And we should really think about a longer session on transitions at some point - not for May.

A
"""

LABELS = {
    "meeting_date": "2027-04-20",
    "style": ("Held-out batch twentyfifth. An Outlook email thread (newest reply on top, two quoted messages below) "
              "where the secretary's actions from Tuesday's board sit in the middle of her message, between room/"
              "parking housekeeping and Teams/papers reminders; owners by first name and 'me'. Traps: Tom's reply "
              "on top says his survey-link action is already done; Anne's letter to Cllr Jones marked done; short "
              "breaks review is with Cabinet (another body); special school item for information; corrections by "
              "end of next week and the papers deadline are requests to everyone, not agreed actions; Anne's 'we "
              "should really think about' transitions session is a wish; Anne's request for actions to go out "
              "(fulfilled by the email itself). Labelling choices: 'me' = Ruth Hill (the sender); 'before half term "
              "(w/c 24 May at the latest)' taken as the end of that week, Friday 2027-05-28 (half term starts with the 31 May bank holiday); 'for the May meeting' = meeting 2027-05; Yusuf's "
              "and Ruth's actions have no date; Tom's action excluded because the thread reports it done."),
    "held_out": True,
    "actions": [
        {"key": "share the revised EHCP needs assessment timeline with SENCos", "owner": "Mary",
         "person": "Mary Walker", "due": "2027-04-30"},
        {"key": "find out from the trust when the SALT recovery", "owner": "Yusuf", "person": "Yusuf Okafor",
         "due": None},
        {"key": "run the two EP drop-in sessions for parents", "owner": "David", "person": "David Lowe",
         "due": "2027-05-28"},
        {"key": "add the tribunal figures to the dashboard", "owner": "Liam", "person": "Liam Porter",
         "due": "meeting 2027-05"},
        {"key": "send round the OT referral criteria", "owner": "Grace", "person": "Grace Adeyemi",
         "due": "2027-05-07"},
        {"key": "book the room for the June workshop", "owner": "me", "person": "Ruth Hill", "due": None},
    ],
}

(OUT / f"{STEM}.eml").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
