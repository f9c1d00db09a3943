import sys; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels, crlf

STEM = "576_seventyninth_outlook_reply_all_health_dates_moved"

body = """Hi Ruth,

Small thing - your recap below says A2 moves to the 25th, but Grace and I agreed Weds 24th (the newsletter goes to the printer Thursday morning). Otherwise all looks right to me.

Tom

Tom Evans
Co-chair, Westmoor Parent Carer Forum
Volunteer - I work Mon/Tues/Thurs so may be slow to reply

From: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Sent: 17 March 2027 11:48
To: Yusuf Okafor <yusuf.okafor1@nhs.net>; Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>; Anita Patel <anita.patel7@nhs.net>; Mary Walker <Mary.Walker@westmoor.gov.uk>; Tom Evans <tom.evans@westmoorpcf.org.uk>; Helen Brooks <hbrooks@riverside.westmoor.sch.uk>; Liam Porter <Liam.Porter@westmoor.gov.uk>
Cc: Priya Shah <Priya.Shah@westmoor.gov.uk>; Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>
Subject: RE: Health & SEND workstream 11/03 - draft actions

All,

Thanks for the replies. I've updated the log (attached) - summary of changes:

- A1 (Anita, ND waiting list breakdown) now Monday 22 March
- A2 (Grace/Tom, SALT parent update) now 25 March
- A3 (Liam, dashboard) - goes in the April dashboard, 9 April
- A5 (letter to special schools) now Priya, same date

Everything else unchanged. Final notes will go to the Board papers for 21 April.

Kind regards
Ruth

Ruth Hill
Partnership Business Support Officer | SEND & Inclusion | Westmoor Council
Tel 01632 960 418 | Teams preferred
Please note I work Tuesday to Friday

From: Yusuf Okafor <yusuf.okafor1@nhs.net>
Sent: 16 March 2027 17:22
To: Liam Porter <Liam.Porter@westmoor.gov.uk>; Ruth Hill <Ruth.Hill@westmoor.gov.uk>; [...]
Subject: RE: Health & SEND workstream 11/03 - draft actions

Fine, Liam - 9 April it is. No point forcing it into a locked dashboard.

Y

From: Liam Porter <Liam.Porter@westmoor.gov.uk>
Sent: 16 March 2027 15:09
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>; [...]
Subject: RE: Health & SEND workstream 11/03 - draft actions

Hi all, sorry I missed Thursday (was at the SEN2 validation session).

Happy to pick up A3 but the March dashboard is already locked - the health advice measure would go into the April one, which publishes Friday 9 April. OK with everyone?

Liam

Liam Porter
Data and Performance Manager
Westmoor Council

From: Mary Walker <Mary.Walker@westmoor.gov.uk>
Sent: 15 March 2027 09:31
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>; [...]
Cc: Priya Shah <Priya.Shah@westmoor.gov.uk>
Subject: RE: Health & SEND workstream 11/03 - draft actions

Ruth - on A5, Priya would rather this goes out from her as Director given it's about a gap in commissioned provision. I've spoken to her this morning and she has agreed to take it; I'll do the draft for her. Please put it against Priya, same date (19th).

Priya - copying you in so you can see the thread.

Mary

Mary Walker
Head of SEND | Westmoor Council

From: Tom Evans <tom.evans@westmoorpcf.org.uk>
Sent: 12 March 2027 21:40
To: Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>; [...]
Subject: Re: Health & SEND workstream 11/03 - draft actions

Yes - copy to me by Weds 24th please and I'll get it into the April newsletter. 300 words max if you can!

Tom

Sent from my iPhone

From: Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>
Sent: 12 March 2027 16:55
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>; [...]
Subject: RE: Health & SEND workstream 11/03 - draft actions

Hi Ruth

Re A2 - the 26th is Good Friday, and Tom tells me the PCF newsletter deadline is actually the Wednesday before. Shall we go with Weds 24th? Tom, can you confirm?

Thanks
Grace

Grace Adeyemi
Head of Children's Therapies
Westmoor Community Health NHS Trust
"Working together for healthier communities"

From: Yusuf Okafor <yusuf.okafor1@nhs.net>
Sent: 12 March 2027 15:20
To: Anita Patel <anita.patel7@nhs.net>; Ruth Hill <Ruth.Hill@westmoor.gov.uk>; [...]
Subject: RE: Health & SEND workstream 11/03 - draft actions

Yes fine Anita. Ruth - please update the log.

Yusuf

Yusuf Okafor
Designated Clinical Officer for SEND
NHS Westmoor Integrated Care Board

From: Anita Patel <anita.patel7@nhs.net>
Sent: 12 March 2027 14:47
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>; [...]
Subject: RE: Health & SEND workstream 11/03 - draft actions

Thanks Ruth, notes look fine.

A1 - I'm on leave all of next week so Friday 19th won't happen, sorry. Can I do Monday 22nd?

Anita

Dr Anita Patel
Consultant Community Paediatrician
Westmoor Community Health NHS Trust

From: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Sent: 12 March 2027 10:14
To: Yusuf Okafor <yusuf.okafor1@nhs.net>; Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>; Anita Patel <anita.patel7@nhs.net>; Mary Walker <Mary.Walker@westmoor.gov.uk>; Tom Evans <tom.evans@westmoorpcf.org.uk>; Helen Brooks <hbrooks@riverside.westmoor.sch.uk>; Liam Porter <Liam.Porter@westmoor.gov.uk>
Cc: Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>; Jo Bramley <jo.bramley@wchs.nhs.uk>
Subject: Health & SEND workstream 11/03 - draft actions

Dear all,

Thank you for attending yesterday's Health & SEND workstream. Draft notes and actions below - please let me know by Wednesday if anything is wrong or missing. Slides from the ND pathway item were circulated in the meeting chat and are also on the Teams channel.

HEALTH & SEND WORKSTREAM - Thursday 11 March 2027, 2.00-3.30pm, MS Teams

Present: Yusuf Okafor (DCO, chair), Grace Adeyemi, Dr Anita Patel, Mary Walker, Tom Evans (PCF), Helen Brooks (SENCo, Riverside), Jo Bramley (CAMHS Service Manager, for item 2), Ruth Hill (notes)
Apologies: Liam Porter, Claire Dunmore

1. Welcome and last actions
All actions from January closed except the school nursing mapping, which is now covered under item 4.

2. Neurodevelopmental (ND) pathway waiting times
Anita presented the February position: 2,140 children and young people waiting for ND assessment, longest wait 29 months. Under-5s now have a separate pathway via the child development centre and waits there are much shorter. Tom said parents are telling the PCF they get no contact at all while waiting and several have been told to "go private". Jo explained CAMHS do not hold the ND list but do see many of the same families; the eating disorder referral question raised by Tom will go through the Trust's own quality governance, not this group.
Group agreed the waiting-well offer needs to be visible on the Local Offer - Grace noted this is already in the Local Offer workstream's plan so no separate action here.
ACTION A1: Anita to circulate the ND waiting list breakdown by age band and by school phase - by Friday 19 March.

3. Speech and language therapy (SALT) waiting list recovery
Grace reported waiting list down from 610 to 488 since September following the recruitment of two band 6 posts. The "talk drop-in" sessions in family hubs have had good feedback. Tom asked that parents hear this good news - the forum only ever hears the bad.
ACTION A2: Grace to draft a short parent-facing update on SALT waiting times, with Tom, for the PCF April newsletter - by Friday 26 March.

4. Health advice for EHC needs assessments (6-week timescale)
February: 61% of health advices returned within 6 weeks (January 58%). Paediatrics is the main area of delay; therapies at 84%. Mary noted that the statutory timeliness figure the Board sees does not currently show health advice separately.
ACTION A3: Liam (in his absence) to add health advice timeliness to the monthly SEND dashboard - by end of March.
Helen said the new health advice template is much better but SENCos have not yet seen it in practice.
ACTION A6: Helen to test the new health advice template with two other SENCos and feed back - before the Easter holidays (schools break up Thursday 25th).
The school nursing gap in the three special schools was discussed at length: since the provider change in January there is no named nurse at Oakfield or Brookside, and Hollins Park has cover two days a week. Yusuf confirmed this is a commissioning issue for the ICB and he has already escalated it to the ICB's Director of Nursing; a response is expected at the ICB Quality Committee in April.
ACTION A5: Mary to write to the three special school heads explaining the interim arrangements - by Friday 19 March.

5. DCO annual report 2026
Yusuf took the group through the draft. Minor comments from Grace on the therapy figures which Yusuf will pick up. The group was happy for the report to go forward.
ACTION A4: Yusuf to take the DCO annual report to the Partnership Board on 21 April.

6. AOB
- The ICB joint commissioning strategy consultation closes 31 March. Organisations to respond individually; not a group response.
- Tom thanked Grace's team for the drop-in at Brookside family hub last week.
- Next meeting: Thursday 13 May 2027, 2.00pm, Teams.

SUMMARY OF ACTIONS
A1  Anita - ND waiting list breakdown by age band / phase - Fri 19 March
A2  Grace (with Tom) - parent-facing SALT update for PCF newsletter - Fri 26 March
A3  Liam - health advice timeliness on SEND dashboard - end of March
A4  Yusuf - DCO annual report to Partnership Board - 21 April
A5  Mary - letter to special school heads re school nursing - Fri 19 March
A6  Helen - test health advice template with two SENCos - before Easter hols

Kind regards
Ruth

Ruth Hill
Partnership Business Support Officer | SEND & Inclusion | Westmoor Council

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Westmoor Council may monitor email traffic.
"""

headers = """Received: from EX-MBX04.westmoor.gov.uk (10.20.4.14) by EX-MBX02.westmoor.gov.uk
 (10.20.4.12) with Microsoft SMTP Server id 15.2.1258.28; Wed, 17 Mar 2027
 20:03:11 +0000
From: Tom Evans <tom.evans@westmoorpcf.org.uk>
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
CC: Yusuf Okafor <yusuf.okafor1@nhs.net>, Grace Adeyemi
 <grace.adeyemi@wchs.nhs.uk>, Anita Patel <anita.patel7@nhs.net>, Mary Walker
 <Mary.Walker@westmoor.gov.uk>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>,
 Liam Porter <Liam.Porter@westmoor.gov.uk>, Priya Shah
 <Priya.Shah@westmoor.gov.uk>, Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>
Subject: Re: Health & SEND workstream 11/03 - draft actions
Thread-Topic: Health & SEND workstream 11/03 - draft actions
Thread-Index: AQHdFq2bX1c9y0k7TkWZ3n8a2Q0WbQAbcD4AAAhP2QAAAk1JAAAC1Q==
Date: Wed, 17 Mar 2027 20:03:04 +0000
Message-ID: <CAF3x9+Qm2tY0@mail.westmoorpcf.org.uk>
In-Reply-To: <LO2P265MB4471A0E2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>
References: <LO2P265MB44719912@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>
 <LO2P265MB4471A0E2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

"""
write_doc(STEM + ".eml", crlf(headers + body))

style = ("A plain-text .eml of an Outlook reply-all thread, top-posted, newest first: Tom Evans's last reply on 17 March sits on top, "
 "Ruth Hill's original draft notes of the Health & SEND workstream (Thursday 11 March 2027) are at the very bottom, with its own action summary. "
 "Reading order is bottom-up and the later replies change the actions. Traps: the bottom summary gives the original dates/owners, which are all "
 "superseded for A1, A2, A3 and A5; Ruth's recap (17 March) itself contains a mistake (A2 'now 25 March') which Tom's top reply corrects to Wednesday 24th, "
 "as Grace and Tom had agreed on 12 March; the eating disorder referral question goes to the Trust's own governance (other body); the waiting-well "
 "Local Offer item is already in another workstream's plan ('no separate action'); the school nursing escalation is already done by Yusuf and the ICB "
 "Quality Committee is another body; the consultation response is 'individually', not a group action; the ND slides were already circulated. "
 "Labels (final forms): A1 Anita, originally Friday 19 March, moved by her 'Can I do Monday 22nd?' and Yusuf's 'Yes fine' = 2027-03-22; "
 "A2 Grace, originally Friday 26 March (Good Friday), moved to Wednesday 24 March 2027 (owner Grace; Tom only receives the copy); "
 "A3 Liam, 'end of March' replaced by the April dashboard published Friday 9 April 2027, agreed by Yusuf; "
 "A4 Yusuf, Partnership Board 21 April = 2027-04-21; A5 letter to the special school heads handed from Mary to Priya (Shah), same date Friday 19 March 2027 "
 "- the key quotes the original wording and the owner is the reply's 'Priya'; A6 Helen, 'before the Easter holidays (schools break up Thursday 25th)' = 2027-03-25.")
write_labels(STEM, "2027-03-11", style, [
 ("Anita to circulate the ND waiting list breakdown", "Anita", "Anita Patel", "2027-03-22"),
 ("Grace to draft a short parent-facing update", "Grace", "Grace Adeyemi", "2027-03-24"),
 ("Liam (in his absence) to add health advice", "Liam", "Liam Porter", "2027-04-09"),
 ("Yusuf to take the DCO annual report", "Yusuf", "Yusuf Okafor", "2027-04-21"),
 ("write to the three special school heads", "Priya", "Priya Shah", "2027-03-19"),
 ("Helen to test the new health advice template", "Helen", "Helen Brooks", "2027-03-25"),
])
