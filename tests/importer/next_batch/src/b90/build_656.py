import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
STEM = "656_ninetieth_champions_feedback_email_thread"
eml = """Return-Path: <ruth.hill@westmoor.gov.uk>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (10.14.2.77) by
 WMCEXCH02.westmoor.local with Microsoft SMTP Server; Thu, 30 Sep 2027 15:12:48 +0100
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
To: Tom Evans <tom.evans@westmoorpcf.org.uk>
CC: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: RE: Champions feedback for the Board - 28 Sept session
Date: Thu, 30 Sep 2027 15:12:41 +0100
Message-ID: <AM6PR02MB4471C2E0A1B34@AM6PR02MB4471.eurprd02.prod.outlook.com>
In-Reply-To: <CAF3x9Lq7Zr2mT@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Tom,

Thanks for this - really helpful. I've added "Feedback from the Champions Network" to the 20 October Board
agenda as item 6 and Anne is happy for you to take 10 minutes. No need for a separate paper, your email is
fine and I'll put it in the pack as it is.

Kind regards
Ruth

Ruth Hill
Partnership Business Support Officer | Westmoor SEND Partnership
Westmoor Council, Civic Centre, Westmoor WM1 1AA
Tel: 01632 960 118
[cid:image001.png@01DB12A3]
OFFICIAL - This email and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
From: Tom Evans <tom.evans@westmoorpcf.org.uk>
Sent: 30 September 2027 09:40
To: Ruth Hill <ruth.hill@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>; Kerry Lang <kerry.lang@westmoorpcf.org.uk>
Subject: Re: Champions feedback for the Board - 28 Sept session

Hi Ruth (and Anne),

Sorry this is a couple of days later than I said. Here's the feedback from Tuesday's Champions session
(28 Sept, Oakfield hub, 17 parents + Helen, Sarah and Yusuf came for the health bit). Could it go on the
October Board agenda please?

THREE THINGS FOR THE BOARD
1. Part-time timetables. This came up again and again. At least 9 of the 17 parents had a child on a
   reduced timetable at some point last year, some for months, and nobody seemed to be tracking it.
   Champions would like the Board to ask for data on how many children with SEND are on part-time
   timetables - maybe Liam's team could do it? That's for the Board to decide obviously.
2. Exclusions. Parents want to hear directly from the council about what's being done. Lots of
   questions we couldn't answer.
3. Neurodevelopmental pathway. Yusuf said the ICB is already reviewing the whole pathway and the review
   reports in January, so the Champions were OK to wait for that - nothing for the Board to do now,
   but they'd like to be involved when it reports.

WHAT WE AGREED ON THE DAY
- Kerry to pull together 3 or 4 anonymised case studies on part-time timetables by Fri 15 Oct, so the
  Board has real examples.
- Helen B agreed to raise part-time timetables at the SENCo network on 7 Oct and ask schools if they'd
  share their numbers.
- Me - write to Priya Shah this week inviting her to the 23 November session to talk about exclusions.
- Sarah (Khan) to update the Champions FAQ with the answers on transport appeals for the next session.
- Grace wasn't there but Yusuf said he'd ask her - Grace to send the OT drop-in dates to Sarah for
  the newsletter by the end of the month (Yusuf checked with her at lunchtime and she's fine with that).

Somebody suggested we do a petition about part-time timetables - we talked about it and decided not to,
the Board route first.

Thanks both
Tom

Tom Evans
Co-chair, Westmoor Parent Carer Forum
Sent from my iPhone

> On 20 Sep 2027, at 11:02, Ruth Hill <ruth.hill@westmoor.gov.uk> wrote:
>
> Hi Tom,
>
> Just a reminder that October Board papers go out on 13 October, so if the Champions want anything on the
> agenda can you send it over by Friday 1 October?
>
> Also, for completeness, the two actions from the July session are both closed:
> - Liam to send the dashboard link to the Champions - done 26 July
> - Sarah to book Oakfield hub for September - done, booked
>
> Thanks
> Ruth
"""
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")
write_labels(STEM, "2027-09-28",
  "An email thread saved as .eml: on top Ruth Hill's reply (30 September), then Tom Evans's email from his phone "
  "carrying the feedback and 'what we agreed on the day' from a SEND Champions session on Tuesday 28 September 2027 "
  "(the meeting date), and at the bottom Ruth's quoted reminder of 20 September. Traps: Ruth's reply says she has "
  "already added the item to the Board agenda and no paper is needed, so Tom's request is done; the part-time "
  "timetable data from Liam's team is only a suggestion for the Board to decide; the ICB pathway review is the ICB's "
  "own work and 'nothing for the Board to do now'; the petition was decided against; the quoted July actions are "
  "closed; the Board papers date (13 October) is not a due date. Owner words: 'Me' is Tom Evans writing about himself "
  "(labelled owner 'Me', person Tom Evans); 'Helen B' = Helen Brooks; 'Sarah (Khan)'; Grace's action is recorded as "
  "agreed through Yusuf (owner Grace, person Grace Adeyemi). Dates: 'by Fri 15 Oct' = 2027-10-15; SENCo network 'on "
  "7 Oct' = 2027-10-07; 'this week' counted from Tom's email (Thursday 30 September) = Friday 1 October 2027; 'for "
  "the next session' = the 23 November session named in the email = 2027-11-23; 'by the end of the month' = 2027-09-30.",
  [("Kerry to pull together 3 or 4 anonymised", "Kerry", "Kerry Lang", "2027-10-15"),
   ("Helen B agreed to raise part-time timetables", "Helen B", "Helen Brooks", "2027-10-07"),
   ("write to Priya Shah this week inviting her", "Me", "Tom Evans", "2027-10-01"),
   ("to update the Champions FAQ with the answers", "Sarah (Khan)", "Sarah Khan", "2027-11-23"),
   ("Grace to send the OT drop-in dates", "Grace", "Grace Adeyemi", "2027-09-30")])
