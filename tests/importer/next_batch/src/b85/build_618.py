"""618: Outlook reply-all chain saved as .eml, top-posted, newest first."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "618_eightyfifth_outlook_board_actions_reply_all"

COUNCIL = """
Ruth Hill
Partnership Business Support Officer | SEND and Inclusion
Westmoor Council | Civic Centre | Market Street | Westmoor WM1 2AB
Tel: 01632 960 418
Working days Mon-Thu

Westmoor Council: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it. Any views or opinions presented are solely those of the author and do not necessarily represent those of Westmoor Council. The Council may monitor email traffic data and the content of email for security and staff training purposes."""

NHS = """
*********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

*********************************************************************************************************************"""

TO = ("Anne Price <anne.price@westmoorsendpartnership.org.uk>; Mary Walker <Mary.Walker@westmoor.gov.uk>; "
      "Yusuf Okafor <yusuf.okafor1@nhs.net>; Priya Shah <Priya.Shah@westmoor.gov.uk>; Tom Evans <tom.evans.pcf@gmail.com>; "
      "Helen Brooks <hbrooks@riverside.westmoor.sch.uk>; David Lowe <David.Lowe@westmoor.gov.uk>; Sarah Khan <Sarah.Khan@westmoor.gov.uk>; "
      "Grace Adeyemi <grace.adeyemi@nhs.net>; Liam Porter <Liam.Porter@westmoor.gov.uk>")
SUBJ = "Actions - SEND Partnership Board 24 March 2027"

msgs = [
    # (from, sent, subject prefix, body)  oldest first
    ("Ruth Hill <Ruth.Hill@westmoor.gov.uk>", "25 March 2027 10:12", "",
     """Dear all,

Please find below the actions from yesterday's Board. Draft minutes will follow next week once Anne has had a look.

1. Yusuf Okafor to circulate the DCO annual report to Board members - by Friday 9 April
2. Liam to add EHCP 20-week timeliness by school phase to the performance dashboard - for the May Board (Wednesday 19 May)
3. Mary Walker and Tom Evans to agree the wording of the 'you said, we did' update for the Local Offer - by end of April
4. Helen Brooks to share the Riverside transition passport template with Sarah Khan - ASAP
5. Sarah K to set up the parent survey on the short breaks offer - before the Easter holidays
6. Grace to confirm the dates for the SALT drop-in sessions - by Wednesday 31 March
7. Priya Shah to send the Board the updated sufficiency plan - by 30 April
8. Ruth to book the venue for the Champions celebration event in June

If I have missed anything or got anything wrong please let me know.

Kind regards

Ruth
""" + COUNCIL),
    ("Yusuf Okafor <yusuf.okafor1@nhs.net>", "25 March 2027 11:30", "RE: ",
     """Hi Ruth

Thanks for these. On the DCO report - the final version won't be signed off until the ICB's Quality Committee on 13 April, so I'd rather not send out a draft. Can we say Friday 16 April?

Many thanks
Yusuf

Yusuf Okafor
Designated Clinical Officer for SEND
NHS Westmoor Integrated Care Board
Mob: 07700 900 214
""" + NHS),
    ("Anne Price <anne.price@westmoorsendpartnership.org.uk>", "25 March 2027 12:04", "RE: ",
     """16 April is fine.

Anne

Sent from Outlook for iOS"""),
    ("Helen Brooks <hbrooks@riverside.westmoor.sch.uk>", "25 March 2027 16:15", "RE: ",
     """Hi Ruth,

The transition passport went over to Sarah this morning so you can tick that one off.

Also on the short breaks survey - I think that's Sarah Khan not Sarah Kent? Sarah Kent wasn't there.

Thanks
Helen

Mrs H Brooks | SENCo | Riverside Primary School
"Learning together, growing together"
"""),
    ("Sarah Khan <Sarah.Khan@westmoor.gov.uk>", "30 March 2027 09:20", "RE: ",
     """Morning all,

Yes that's me! The schools broke up on Thursday so if we launch the survey now it will just get lost over Easter - I'd rather put it out when they go back. Can I have until Friday 23 April?

Thanks
Sarah

Sarah Khan (she/her)
Participation Officer - SEND
Westmoor Council
"""),
    ("Grace Adeyemi <grace.adeyemi@nhs.net>", "30 March 2027 10:02", "RE: ",
     """Ruth

Sorry, I wasn't very clear on Wednesday - the SALT drop-ins are being organised by Bev Marsh (our SLT team lead), not me. I've passed it on and she will confirm the dates to Sarah by Friday 9 April.

Grace

Grace Adeyemi
Head of Children's Therapies
Westmoor Community Health NHS Trust
""" + NHS),
    ("Liam Porter <Liam.Porter@westmoor.gov.uk>", "31 March 2027 08:47", "RE: ",
     """Hi Ruth

Timeliness by phase is fine for May. While I'm in there would it be useful to add tribunal outcomes as well?

Liam
"""),
    ("Mary Walker <Mary.Walker@westmoor.gov.uk>", "31 March 2027 09:30", "RE: ",
     """Ruth / Anne

Tom and I spoke yesterday - Tom is going to lead on the 'you said, we did' wording and I'll just sign it off. End of April still fine.

Mary

Mary Walker
Head of SEND
Westmoor Council
"""),
    ("Ruth Hill <Ruth.Hill@westmoor.gov.uk>", "31 March 2027 12:10", "RE: ",
     """Hi all,

Just to let you know the venue for the Champions celebration is now booked - Westmoor Methodist Hall, Thursday 24 June, 10am-2pm - so I'll mark that one complete.

Ruth
"""),
]

final_body = """Thanks all.

Happy with the changes - Yusuf's report on 16 April, Sarah's survey by 23 April and Bev picking up the SALT dates.

Liam - let's not add tribunal outcomes yet please. Keep the May report to timeliness and we can look at tribunals in the autumn.

Ruth - please update the tracker accordingly.

Best wishes
Anne

Anne Price
Independent Chair, Westmoor SEND Partnership Board
"""

SEP = "________________________________\n"


def quote_block(i):
    """Outlook-style history from message i downwards (newest first)."""
    out = []
    for frm, sent, pre, body in reversed(msgs[: i + 1]):
        out.append(SEP + f"From: {frm}\nSent: {sent}\nTo: {TO}\nSubject: {pre}{SUBJ}\n\n{body.strip()}\n\n")
    return "".join(out)


body = final_body + "\n" + quote_block(len(msgs) - 1)

TOP_TO = TO.replace("Anne Price <anne.price@westmoorsendpartnership.org.uk>", "Ruth Hill <Ruth.Hill@westmoor.gov.uk>")

eml = f"""Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [40.107.105.112])
 by mx.westmoor.gov.uk with ESMTPS id 4F7kQ21xYz; Wed, 31 Mar 2027 17:05:41 +0100
From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
To: {TOP_TO}
Subject: RE: {SUBJ}
Thread-Topic: {SUBJ}
Thread-Index: AQHdIX3kq7m2lPzW0e6bN0kK8yPq5gAAq1mAAAJ3gIAAB8mAAFQwXwAA
Date: Wed, 31 Mar 2027 16:05:38 +0000
Message-ID: <AM7PR02MB6153A1C2F4B9E0D7C8A6E3B1C9D42@AM7PR02MB6153.eurprd02.prod.outlook.com>
In-Reply-To: <CWLP265MB3812F0E5D3A7B2C1E0F9A8D6C5B4A@CWLP265MB3812.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{body}"""

(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")

labels = {
    "meeting_date": "2027-03-24",
    "style": (
        "Held-out batch eightyfifth. A single Outlook reply-all chain saved as .eml (plain text, top-posted, newest message first, "
        "each older message under a '____' rule with From/Sent/To/Subject, council and NHSmail disclaimers). The clerk's numbered list of "
        "eight actions from the Partnership Board of Wednesday 24 March 2027 sits at the very bottom; every change arrives in a later reply "
        "that names the owner or topic, never the number. Labelling: the DCO report moves from 9 April to Friday 16 April (Yusuf asks, Anne "
        "'16 April is fine'); Liam's timeliness-by-phase stays for the May Board, Wednesday 19 May, and his offer to add tribunal outcomes is "
        "turned down by the chair (not labelled); the 'you said, we did' wording passes to Tom alone ('Tom is going to lead', Mary only signs "
        "off) and keeps 'end of April' = 30 April; Helen reports the transition passport already sent (not labelled); 'Sarah K' is confirmed "
        "as Sarah Khan, and her survey moves from 'before the Easter holidays' to Friday 23 April; the SALT drop-in dates are handed by Grace "
        "to Bev Marsh, who is outside the partnership (person null), due Friday 9 April as Grace says; Priya Shah's sufficiency plan 'by 30 "
        "April' is untouched; Ruth's venue booking is reported complete (not labelled). Anne's closing 'Ruth - please update the tracker' is "
        "housekeeping, not a tracked action. Owners are given as written at the action or in the reply that reassigns it."),
    "held_out": True,
    "actions": [
        {"key": "circulate the DCO annual report to Board members", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-04-16"},
        {"key": "add EHCP 20-week timeliness by school phase", "owner": "Liam", "person": "Liam Porter", "due": "2027-05-19"},
        {"key": "wording of the 'you said, we did' update", "owner": "Tom", "person": "Tom Evans", "due": "2027-04-30"},
        {"key": "parent survey on the short breaks offer", "owner": "Sarah K", "person": "Sarah Khan", "due": "2027-04-23"},
        {"key": "confirm the dates for the SALT drop-in sessions", "owner": "Bev Marsh", "person": None, "due": "2027-04-09"},
        {"key": "send the Board the updated sufficiency plan", "owner": "Priya Shah", "person": "Priya Shah", "due": "2027-04-30"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
