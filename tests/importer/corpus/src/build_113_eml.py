"""Builds 113: a raw .eml with quoted-printable body (soft line breaks, =E2=80=99 etc.)."""

import quopri
from pathlib import Path

body = """Hi everyone,

Thank you to all who came along to the Network of SEND Champions on Tuesday 19 January 2027 (online, 10am). Here are my notes and the actions we agreed. Please shout if I’ve got anything wrong.

Present: Anne Price (AP, chair), Ruth Hill (RH, notes), Kerry Lang (KL), Priya Mistry (PMi), Sarah Khan (SK), Helen Brooks (HB), Claire Dunmore (SENDIASS), plus 11 parent/carer champions.
Apologies: Tom Evans, Yusuf Okafor.

1. Welcome and last time’s actions
AP welcomed two new champions from the Eastfield area. Last time’s actions were checked: Kerry shared the poster with the Facebook groups (done), and Ruth sent round the SENDIASS contact card (done). Tom had said he would look at a WhatsApp broadcast list – Anne said this is no longer needed now the council has a text service, so it was closed.

2. Champions poster and social media
The poster still lists two Facebook groups that have closed. Action: KL to update the Champions poster with the new group links by Friday 29 January. It was agreed that the poster will only list groups that have a named admin we can contact.

3. Drop-in sessions
Parents asked for a face-to-face drop-in before the February half term. Action: Sarah Khan to book the school hall for the spring drop-in by 12 February. Helen said Riverside Primary “might be able to” offer the hall for free but needs to check with Nadia first, so nothing is confirmed yet.

4. SENDIASS update
Claire reported that SENDIASS saw 412 new enquiries in the autumn term, up 18% on last year. This was noted. Claire said SENDIASS may run an evening session on transport appeals later in the year if there is demand. Action: SENDIASS to send champions the updated tribunal appeals leaflet within two weeks.

5. Training for champions
We discussed what training champions want. A short survey was suggested. Action: RH to circulate the training survey link to all champions by the end of next week. Anne asked whether the council would pay for Makaton training; nobody knew, it depends on the workforce budget, and it was left as an open question.

6. Newsletter
Priya Mistry offered to write up three short case studies (anonymised) for the spring newsletter. Action: PMi to draft three case studies for the newsletter before our next meeting on 16 February. The newsletter itself will go out in March – that was a decision, not an action for today.

7. SENCo network link
Action: HB to ask the SENCo network for volunteers to speak at a future champions meeting (no date set). Helen mentioned she already emailed the network chair before Christmas about joint meetings.

8. Future agenda items
- Short breaks review (Owen Reid to be invited)
- Moving from primary to secondary school
- Local Offer website feedback

Next meeting: Tuesday 16 February 2027 at 5pm (Teams). Future dates: Monday 15 March 10am, Tuesday 20 April 1pm.

Kind regards,
Ruth

Ruth Hill
Partnership Business Support Officer | Westmoor Council
Please consider the environment before printing this email.
"""

qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
headers = """Return-Path: <ruth.hill@westmoor.gov.uk>
Received: from mail.westmoor.gov.uk (10.20.4.11) by exch02.westmoor.gov.uk
 with Microsoft SMTP Server id 15.2.1118.40; Wed, 20 Jan 2027 09:14:52 +0000
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
To: SEND Champions <send.champions@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: Notes and actions - SEND Champions 19/01/27
Date: Wed, 20 Jan 2027 09:14:37 +0000
Message-ID: <AM6PR03MB4215A1C2D9E0F3B8@AM6PR03MB4215.eurprd03.prod.outlook.com>
Accept-Language: en-GB
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""
(Path(__file__).resolve().parents[1] / "113_thirteenth_qp_eml.eml").write_text(headers + qp, encoding="utf-8")
