"""Builds 113_thirteenth_eml_qp.eml: a raw .eml with a quoted-printable body (soft line breaks)."""

import quopri
from pathlib import Path

BODY = """Hi all,

Thank you for coming on Tuesday (9 March 2027) - short notes from the Joint Commissioning Workstream below. Please shout by Monday if anything is wrong; I’ll put them on the SharePoint site after that.

Present: Anne Price (AP, chair), Mary Walker (MW), Yusuf Okafor (YO), Grace Adeyemi (GA), Tom Evans (TE, PCF), Liam Porter (LP), Ruth Hill (RH, notes)
Apologies: Priya Shah, David Lowe

1. Actions from February
All closed except one. LP shared the EHCP timeliness dashboard on 1 March (done - thanks Liam). GA has already circulated the therapy workforce paper. The outstanding one (MW letter to the Dioceses) has been overtaken by events - see item 3.

2. Neurodevelopmental pathway
YO talked through where the ICB is on the pathway re-procurement. The group agreed that the parent-facing summary must be co-produced with the PCF before anything goes out. TE asked whether parents could see the draft specification before sign-off; YO said it is already on the April agenda, so no separate action.
ACTION: Yusuf to send the revised neurodevelopmental pathway specification to Grace by this Friday so the Trust can check the therapy elements.
YO said he might be able to get the ICB finance lead to come in April - not confirmed, no action at this stage.

3. Special school outreach pilot
Noted: the £180k for the outreach pilot was approved at Schools Forum in February. MW reported the Dioceses letter is no longer needed because the pilot now covers maintained schools only.
ACTION: MW to write to the three special school heads about the outreach pilot referral criteria within two weeks.

4. Sufficiency
LP said the new EHCP projections are in. The model itself is held by the Commissioning Support Unit, not by us.
ACTION: Commissioning Support Unit to re-run the sufficiency model with the new projections - end of March please (LP to pass the request on, which he did during the meeting).

5. Data
ACTION: Liam to bring speech and language therapy waiting times split by locality to the next meeting.
AP would like to see a trend line too but accepted that might not be possible with the current system.

6. Parent voice
TE reported that 212 families replied to the autumn survey - a big increase on last year. The group thanked the PCF.
ACTION: Tom to circulate the spring survey link through the SEND Champions network by 19/03.

7. AOB
The April meeting is expected to be busy.
ACTION: RH to book a bigger room in Westmoor House for the April meeting.
Someone asked if we should invite the new Director of Public Health - AP will think about it.

Next meeting: Tuesday 13 April 2027, 2pm, Westmoor House.

Many thanks,
Ruth

Ruth Hill
Partnership Business Support Officer | Westmoor Council
"""

HEAD = """Return-Path: <ruth.hill@westmoor.gov.uk>
Received: from EXCH-HUB02.westmoor.local (10.20.4.12) by EXCH-MBX01.westmoor.local
 (10.20.4.10) with Microsoft SMTP Server id 15.2.1118.40; Thu, 11 Mar 2027
 09:14:52 +0000
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
To: SEND Joint Commissioning Workstream <send-jcw@westmoor.gov.uk>
CC: Anne Price <anne.price@westmoorsend.org.uk>
Subject: Notes and actions - Joint Commissioning Workstream 9 March
Thread-Topic: Notes and actions - Joint Commissioning Workstream 9 March
Date: Thu, 11 Mar 2027 09:14:50 +0000
Message-ID: <LO2P265MB3321A8F0C1E4D2B7@LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="_000_LO2P265MB3321A8F0C1E4D2B7_"

--_000_LO2P265MB3321A8F0C1E4D2B7_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""

body = quopri.encodestring(BODY.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
body = body.replace("=0D\n", "\n").replace("\r\n", "\n")
out = HEAD + body + "\n--_000_LO2P265MB3321A8F0C1E4D2B7_--\n"
Path(__file__).resolve().parents[1].joinpath("121_fourteenth_eml_qp.eml").write_text(out, encoding="utf-8")
print(out)
