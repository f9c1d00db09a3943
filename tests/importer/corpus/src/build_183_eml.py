"""Builds 183_twentysecond_mailchimp_ask_the_partnership.eml: a PCF Mailchimp campaign after an 'Ask the Partnership' evening."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "183_twentysecond_mailchimp_ask_the_partnership"

ITEMS = [
    ("Post-16 transport",
     "Lots of you asked about the proposed change to post-16 transport. Mark Walsh (Head of Transport) agreed to "
     "write to all affected families about the post-16 transport policy change by Friday 3 December, a week before "
     "the consultation closes on 10 December."),
    ("EHCP timeliness",
     "Mary Walker (Head of SEND) committed to publishing the EHCP 20-week figures every month on the Local Offer, "
     "with the first monthly update by 14 January 2028. She also confirmed the new panel dates for 2028 are already "
     "on the website - so that one's done!"),
    ("Sensory clinic letters",
     "Several families have had appointment letters sent to old addresses. Yusuf Okafor (ICB) will find out why the "
     "sensory clinic letters are going astray and report back at our December steering group."),
    ("Annual reviews",
     "Claire Dunmore from SENDIASS confirmed SENDIASS will run an extra annual reviews workshop for parents in the "
     "spring term - date to follow."),
    ("Short breaks",
     "The wait for a short breaks assessment came up again and again. Tom will raise the short breaks waiting times "
     "at the Partnership Board on 2 December."),
    ("Your unanswered questions",
     "We ran out of time for 23 questions. We'll send all the unanswered questions to the council by Friday 26 "
     "November and publish the replies when we get them."),
]

NOT_ACTIONS_TXT = """A few other things you might like to know:
- The council hopes to open a new autism resource base at Hillcrest Secondary in September 2028 (subject to
  Cabinet and funding - it is not confirmed yet).
- Cabinet decided in October to keep the SEND travel assistance policy for under-16s as it is. That was
  Cabinet's decision, not something the forum can change, but we did make our views known.
- It would be brilliant to have the ICB's Chief Nurse at the next one - we'll ask nicely!"""

TEXT = """** View this email in your browser (https://mailchi.mp/westmoorpcf/ask-the-partnership-roundup)

------------------------------------------------------------
WESTMOOR PARENT CARER FORUM
"Ask the Partnership" - what you asked, what they said
------------------------------------------------------------

Hi *|FNAME|*,

Thank you to everyone who came to our "Ask the Partnership" evening at Westmoor Hub on Tuesday 16
November, and to the 60+ of you who joined on Zoom. The panel was Mary Walker (Head of SEND), Yusuf
Okafor (Designated Clinical Officer), Mark Walsh (Head of Transport) and Claire Dunmore (SENDIASS),
chaired by our co-chair Tom Evans.

Here's what the panel promised to do.

""" + "\n\n".join(f"** {h.upper()}\n{b}" for h, b in ITEMS) + """

We'll check in on every one of these at our steering group and let you know how they're getting on.

------------------------------------------------------------
""" + NOT_ACTIONS_TXT + """

------------------------------------------------------------
DATES FOR YOUR DIARY
- Christmas coffee morning: Saturday 11 December, 10am-12, Westmoor Hub
- Office closed 24 December to 3 January (bank holidays 27 and 28 December)
------------------------------------------------------------

With best wishes,
Tom, Kerry and the Westmoor PCF team

Copyright (C) 2027 Westmoor Parent Carer Forum CIO, All rights reserved.
You are receiving this email because you joined the Westmoor PCF mailing list.

Our mailing address is:
Westmoor Parent Carer Forum CIO
Unit 4, Westmoor Hub, Station Road
Westmoor WM1 4PQ
United Kingdom

Want to change how you receive these emails?
You can update your preferences (https://westmoorpcf.us21.list-manage.com/profile?u=7f3a&id=9c2e) or
unsubscribe (https://westmoorpcf.us21.list-manage.com/unsubscribe?u=7f3a&id=9c2e)
"""

ITEM_HTML = "\n".join(
    f'<tr><td class="mcnTextContent" style="padding:9px 18px;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
    f'line-height:150%;color:#202020;"><h3 style="color:#6b2c91;margin:0 0 6px 0;">{h}</h3><p style="margin:0;">{b}</p>'
    f'</td></tr>'
    for h, b in ITEMS)

HTML = """<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<title>Ask the Partnership - what you asked, what they said</title>
<style type="text/css">p{margin:10px 0;padding:0}table{border-collapse:collapse}#bodyTable{background:#FAFAFA}</style>
</head><body>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" id="bodyTable"><tr><td align="center" valign="top">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer">
<tr><td style="padding:9px 18px;font-size:11px;color:#656565;">Your round-up from Tuesday's evening &middot; <a href="https://mailchi.mp/westmoorpcf/ask-the-partnership-roundup">View this email in your browser</a></td></tr>
<tr><td align="center"><img src="https://mcusercontent.com/7f3a/images/wpcf-banner.png" alt="Westmoor Parent Carer Forum" width="564"></td></tr>
<tr><td class="mcnTextContent" style="padding:9px 18px;font-family:Helvetica,Arial,sans-serif;font-size:15px;">
<p>Hi *|FNAME|*,</p>
<p>Thank you to everyone who came to our &ldquo;Ask the Partnership&rdquo; evening at Westmoor Hub on Tuesday 16 November, and to the 60+ of you who joined on Zoom.</p>
<p><strong>Here&rsquo;s what the panel promised to do.</strong></p>
</td></tr>
""" + ITEM_HTML + """
<tr><td class="mcnTextContent" style="padding:9px 18px;background:#f4eefa;font-size:13px;">
<p><strong>A few other things you might like to know</strong></p>
<ul><li>The council hopes to open a new autism resource base at Hillcrest Secondary in September 2028 (subject to Cabinet and funding).</li>
<li>Cabinet decided in October to keep the SEND travel assistance policy for under-16s as it is.</li>
<li>It would be brilliant to have the ICB&rsquo;s Chief Nurse at the next one &ndash; we&rsquo;ll ask nicely!</li></ul>
</td></tr>
<tr><td style="padding:9px 18px;font-size:12px;color:#656565;text-align:center;">
<em>Copyright &copy; 2027 Westmoor Parent Carer Forum CIO, All rights reserved.</em><br>
<a href="https://westmoorpcf.us21.list-manage.com/profile?u=7f3a&amp;id=9c2e">update your preferences</a> or <a href="https://westmoorpcf.us21.list-manage.com/unsubscribe?u=7f3a&amp;id=9c2e">unsubscribe</a><br>
<a href="http://eepurl.com/hPcF"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp" width="139"></a>
</td></tr>
</table></td></tr></table></center>
</body></html>
"""

EML = """Return-Path: <bounce-mc.us21_7f3a.1843-hello=westmoorpcf.org.uk@mail156.suw41.mcdlv.net>
Received: from mail156.suw41.mcdlv.net (mail156.suw41.mcdlv.net [198.2.180.156])
 by mx.example.net with ESMTPS id 4Xq2Lk0sZqz9; Fri, 19 Nov 2027 12:00:07 +0000 (GMT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcdlv.net; s=k2; t=1826366407;
 h=From:Subject:To:Date:MIME-Version:Content-Type; bh=Zm9vYmFyYmF6cXV4=; b=Tm90IGEgcmVhbCBzaWduYXR1cmU=
From: Westmoor Parent Carer Forum <hello@westmoorpcf.org.uk>
Reply-To: Westmoor Parent Carer Forum <hello@westmoorpcf.org.uk>
To: <member@example.org.uk>
Subject: =?utf-8?Q?Ask_the_Partnership_=E2=80=93_what_they_promised?=
Date: Fri, 19 Nov 2027 12:00:03 +0000
Message-ID: <d41e8b0c7a2f1d9a.7f3a.1843@mail156.suw41.mcdlv.net>
List-Unsubscribe: <https://westmoorpcf.us21.list-manage.com/unsubscribe?u=7f3a&id=9c2e>
X-Mailer: Mailchimp Mailer - **CID7f3a1843**
X-Campaign: mailchimp7f3a.1843
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1826366403"

This is a multi-part message in MIME format

--_----------=_MCPart_1826366403
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: 8bit

""" + TEXT + """
--_----------=_MCPart_1826366403
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + HTML + """
--_----------=_MCPart_1826366403--
"""

LABELS = {
    "meeting_date": "2027-11-16",
    "style": ("Held-out batch twentysecond. Mailchimp campaign email (.eml, multipart/alternative with the same "
              "content in text/plain and Mailchimp HTML) from a parent carer forum rounding up an 'Ask the "
              "Partnership' evening with council, ICB, transport and SENDIASS panellists: 'what the panel promised "
              "to do' sections plus the forum's own commitments. Traps: panel dates already on the website (done); "
              "resource base 'hopes' subject to Cabinet; Cabinet's October decision (another body, past); "
              "'would be brilliant... we'll ask nicely' is a wish; generic 'we'll check in on every one'; dates for "
              "the diary and office closure; the whole body appears twice (text and HTML parts) - each action "
              "labelled once. Labelling choices: 'report back at our December steering group' and 'at the "
              "Partnership Board on 2 December' labelled meeting 2027-12; SENDIASS workshop 'date to follow' null, "
              "owner Claire Dunmore as the person who confirmed it; 'We' = the forum, person null; first monthly "
              "update due 2028-01-14 as written."),
    "held_out": True,
    "actions": [
        {"key": "write to all affected families about the post-16", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-12-03"},
        {"key": "publishing the EHCP 20-week figures every month", "owner": "Mary Walker", "person": "Mary Walker", "due": "2028-01-14"},
        {"key": "find out why the sensory clinic letters", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "meeting 2027-12"},
        {"key": "run an extra annual reviews workshop for parents", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": None},
        {"key": "raise the short breaks waiting times", "owner": "Tom", "person": "Tom Evans", "due": "meeting 2027-12"},
        {"key": "send all the unanswered questions to the council", "owner": "We", "person": None, "due": "2027-11-26"},
    ],
}

(OUT / f"{STEM}.eml").write_text(EML, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
