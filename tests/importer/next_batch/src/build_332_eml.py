"""Builds 332: an nhs.net reply with a quoted-printable UTF-8 body (as Outlook/NHSmail sends it)."""
import quopri
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "332_fortyfourth_nhsmail_quoted_printable_notes.eml"

body = """Hi all,

Apologies these are a day late – clinics ran over yesterday and then the
ND huddle ate my morning. Notes from Tuesday’s interface meeting below;
shout if I’ve got anything wrong or missed something, I was chairing and
scribbling at the same time.

Present: Grace Adeyemi (chair), Mary Walker, Yusuf Okafor, David Lowe,
Fiona Tait (SLT), Marcus Boyd (OT Team Lead), Liam Porter
Apologies: Anita Patel

1. Health advice timeliness

Liam’s pack showed 61% of health advices returned within 6 weeks in
December (November 58%). OT is still the main drag – Marcus was very
honest about the vacancy position.

We agreed the 90% target stays as it is for the board report – no
change to the trajectory.

Marcus to pull together a breakdown of the OT late returns by locality
and reason, for the March meeting.

Liam to rerun the December figures excluding the 14 cases that were
paused at parental request, and send to Mary by the 9th so it makes the board papers, which go
out on the 10th.

2. Duplicate requests via GPs

Some families are being asked for the same information by the EHC team
and by their GP practice. Yusuf has kindly agreed to write to the GP
practices about the duplicate requests – I’ll leave the wording to you
Yusuf, but ideally before half term (w/c 15th).

3. Paediatric input to EHCNAs

Anita couldn’t make it. Yusuf said the paediatricians have already
started using the new advice template since January, so that one is
sorted.

Whether the Trust can accept requests for advice through the EHC Hub
portal rather than by email was left open – Mary to check with the EHC
Hub supplier whether that is even possible with our licence.

4. Tribunal attendance

David raised that therapists are being asked to attend tribunal at very
short notice. Agreed: all requests for a therapist to attend go through
the council’s SEND Tribunal Officer, not direct to clinicians. I will
circulate a one-page protocol to the therapy leads by the end of next
week.

5. AOB

Fiona – SALT drop-ins at Riverside: Helen Brooks is keen. Fiona to sort
pilot dates with Helen for the summer term.

FYI the ICB’s commissioning review of children’s therapies is due to
report in April – their timetable, not ours, so nothing for us to do
until it lands.

Thanks all – good meeting.

Grace

Grace Adeyemi
Head of Children’s Therapies
Westmoor Community Health NHS Trust
Mob: 07700 900418 | Working days Mon–Thu

-----Original Message-----
From: PORTER, Liam <liam.porter@westmoor.gov.uk>
Sent: 29 January 2027 16:20
To: ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST) <grace.adeyemi@nhs.net>; Walker, Mary <mary.walker@westmoor.gov.uk>; OKAFOR, Yusuf (NHS WESTMOOR ICB) <yusuf.okafor2@nhs.net>
Subject: Therapies / SEND interface meeting 2 Feb - data pack

Hi Grace

Data pack for Tuesday attached (health advice timeliness to end Dec).
Could everyone please bring their locality lists on Tuesday so we can
reconcile the late ones in the room.

Thanks
Liam

********************************************************************
This message may contain confidential information. If you are not the
intended recipient please inform the sender that you have received the
message in error before deleting it. Please do not disclose, copy or
distribute information in this e-mail or take any action in relation
to its contents. To do so is strictly prohibited and may be unlawful.
Thank you for your co-operation.

NHSmail is the secure email and directory service available for all
NHS staff in England and Scotland.
********************************************************************
"""

headers = """Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03.outbound.protection.outlook.com [40.107.103.71])
 by mx.westmoor.gov.uk with ESMTPS id 4Tq2Lm0kPz; Wed, 03 Feb 2027 17:46:19 +0000 (GMT)
Received: from AS8PR10MB6420.EURPRD10.PROD.OUTLOOK.COM by AS8PR10MB6420.EURPRD10.PROD.OUTLOOK.COM; Wed, 3 Feb 2027 17:46:12 +0000
From: "ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <grace.adeyemi@nhs.net>
To: "Walker, Mary" <mary.walker@westmoor.gov.uk>, "OKAFOR, Yusuf (NHS WESTMOOR ICB)" <yusuf.okafor2@nhs.net>,
 "Lowe, David" <david.lowe@westmoor.gov.uk>, "TAIT, Fiona (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <fiona.tait3@nhs.net>,
 "BOYD, Marcus (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <marcus.boyd@nhs.net>, "Porter, Liam" <liam.porter@westmoor.gov.uk>
Cc: "PATEL, Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <anita.patel12@nhs.net>
Subject: [SECURE] RE: Therapies / SEND interface meeting 2 Feb - data pack
Thread-Topic: Therapies / SEND interface meeting 2 Feb - data pack
Thread-Index: AQHbc2Zp8mJr0V3yTk2mQn1S0x8Hqg==
Date: Wed, 3 Feb 2027 17:46:12 +0000
Message-ID: <AS8PR10MB64209C2F1E7B4A0D5E8B77C1D4A52@AS8PR10MB6420.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <LO2P265MB5112A07C3E1F4D2B9A3B6E11C8D72@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Sensitivity: Company-Confidential
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""

# Outlook sends each paragraph as one long line; QP then soft-wraps it at 76 columns.
top, sep, rest = body.partition("-----Original Message-----")
paras = top.split("\n\n")
keep_lines = ("Present:", "Grace Adeyemi\nHead")
top = "\n\n".join(p if p.startswith(keep_lines) or "Mob:" in p else p.replace("\n", " ") for p in paras)
body = top + sep + rest
enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
OUT.write_text(headers.replace("\n", "\r\n") + "\r\n" + enc.replace("\n", "\r\n"), encoding="ascii", newline="")
print("wrote", OUT)
