import html
OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "371_fortyninth_nhse_regional_checkin_debrief.eml")

plain = """Hi all,

Quick debrief from this morning's quarterly SEND check-in with NHS England (Laura Benn from the regional SEND team and their clinical adviser, Dr Mike Harte). Yusuf and I attended for the ICB; Grace joined for the therapies item.

Overall it was positive - they were complimentary about the DSR work and the keyworking numbers. The two areas they pushed on were therapy waits and the neurodevelopmental pathway.

What was agreed with NHSE
- Our self-assessed rating for the ND pathway stays at RED. We agreed with NHSE that there is no point moving it to amber until the validation work has been done.
- The rating for health advice timeliness moves from red to AMBER.

Already done
- I shared the updated health actions from the WSoA during the call, so that one is off our list.
- The action from the July check-in about reviewing the DCO job description is closed - NHSE were happy with what we sent in August.

For information - NHSE's own plans
- They will circulate the regional benchmarking pack in November.
- They are running a DCO network session on 12 November (Yusuf is already booked on it).

What we need to do
1. Yusuf - could you pull together a two-page DCO annual report summary for the regional return? It is due 13 November.
2. Grace - NHSE asked for a breakdown of therapy waits by school phase (early years / primary / secondary / post-16). Could your team get that to Liam by the end of next week?
3. Liam - once you have Grace's figures, please fold them into the joint dashboard before the next check-in, which will be in January (date to follow from NHSE).
4. Anita (copied) - NHSE are setting up a regional community paediatrics task and finish group on ND waits and would like a clinician from each system. Could you nominate someone? No rush, whenever you can.

I'll write to Anita's service about the audiology referral route question NHSE raised (they think our hearing pathway still goes via the GP) and confirm the position back to NHSE by Monday.

One more - NHSE were very keen to hear the parent voice directly. Tom has offered (via Yusuf) to join the January check-in. Yusuf, please forward Tom the January invite tomorrow so it is in his diary before half term.

Shout if I've missed anything.

Thanks
Hannah

Hannah Crowe
Deputy Director of Nursing and Quality (Children and Young People)
NHS Westmoor Integrated Care Board
Tel: 0161 496 0734 | Teams: Hannah Crowe (WICB)
I work flexibly - please don't feel you need to reply outside your own working hours.
"""

body_html = "".join(
    "<p class=MsoNormal>%s<o:p></o:p></p>\n" % (html.escape(line) if line.strip() else "&nbsp;")
    for line in plain.split("\n"))
htmlpart = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
--></style></head>
<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'><div class=WordSection1>
""" + body_html + "</div></body></html>\n"

headers = """Received: from LO4P123MB6789.GBRP123.PROD.OUTLOOK.COM ([fe80::3c1a]) by
 LO4P123MB6789.GBRP123.PROD.OUTLOOK.COM ([fe80::3c1a%5]) with mapi id
 15.20.8093.027; Thu, 22 Oct 2026 13:12:44 +0000
From: "CROWE, Hannah (NHS WESTMOOR ICB)" <hannah.crowe@nhs.net>
To: "OKAFOR, Yusuf (NHS WESTMOOR ICB)" <yusuf.okafor2@nhs.net>,
 "ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <grace.adeyemi@nhs.net>,
 "Porter, Liam" <liam.porter@westmoor.gov.uk>
CC: "PATEL, Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <anita.patel7@nhs.net>,
 "Walker, Mary" <mary.walker@westmoor.gov.uk>
Subject: NHSE SEND check-in this morning - debrief and a few asks
Thread-Topic: NHSE SEND check-in this morning - debrief and a few asks
Thread-Index: AdtEa7Bq9cQ0nXhKSkq6m4Pj1cR2Qg==
Date: Thu, 22 Oct 2026 13:12:43 +0000
Message-ID: <LO4P123MB67894C1E0D2B@LO4P123MB6789.GBRP123.PROD.OUTLOOK.COM>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
Importance: Normal
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_LO4P123MB67894C1E0D2B_"
"""

eml = (headers + "\n--_000_LO4P123MB67894C1E0D2B_\n"
       "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + plain +
       "\n--_000_LO4P123MB67894C1E0D2B_\n"
       "Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + htmlpart +
       "\n--_000_LO4P123MB67894C1E0D2B_--\n")
open(OUT, "w", encoding="utf-8").write(eml)
print("wrote", OUT)
