"""480: a long, discursive email from the Independent Chair after the Board, with asks addressed to several
people by first name in the middle of sentences; her own earlier email (with last month's asks) quoted below."""
import json
from pathlib import Path

OUT = Path("/tmp/b65")
STEM = "480_sixtyfifth_chair_long_email_first_name_asks_mid_sentence"

eml = """Return-Path: <anne.price@westmoorsendpartnership.org.uk>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2071.outbound.protection.outlook.com [40.107.103.71])
 by mx.westmoor.gov.uk with ESMTPS; Thu, 18 Nov 2027 21:47:12 +0000
From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
To: Mary Walker <mary.walker@westmoor.gov.uk>, Yusuf Okafor <yusuf.okafor@nhs.net>,
 Tom Evans <chair@westmoorpcf.org.uk>, Ruth Hill <ruth.hill@westmoor.gov.uk>,
 Helen Brooks <senco@riverside.westmoor.sch.uk>, Priya Shah <priya.shah@westmoor.gov.uk>,
 Liam Porter <liam.porter@westmoor.gov.uk>, David Lowe <david.lowe@westmoor.gov.uk>
Cc: Kerry Lang <kerry@westmoorpcf.org.uk>
Subject: After today's Board - some thoughts and a few asks (sorry, long!)
Date: Thu, 18 Nov 2027 21:46:58 +0000
Message-ID: <AM9PR03MB7329C1E4A2F0B8D@AM9PR03MB7329.eurprd03.prod.outlook.com>
In-Reply-To: <AM9PR03MB73295D10F0@AM9PR03MB7329.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear all,

Thank you for this afternoon. I thought it was one of our better Boards - proper challenge on the
timeliness figures without anyone getting defensive, and it was lovely to have two young people from
the Youth Forum there for the first half. I'm writing this now while it's fresh rather than waiting for
Ruth's minutes, which will of course be the formal record, so please treat this as me thinking aloud
rather than anything official.

On timeliness, I came away reassured that we understand why the 20-week figure dipped in September
(the backlog of EP advice is clearing and David's new locum arrangement started on 1 November, which
is done and dusted) but less sure we can say when we'll be back above 60%. Mary, could you get the
revised timeliness trajectory to me by the end of next week, even in rough form, because I'm briefing
Bethan before her scrutiny committee and I'd rather she heard it from us than read it in the papers.
I don't need a paper, a page of numbers with a couple of lines of explanation is fine. Liam, I know you
offered to add a new chart to the dashboard for this, but honestly I think the dashboard is fine as it
is and I'd rather we didn't keep changing it, so please don't on my account.

Wheelchair waits. I thought Yusuf made the point well that the Board can't fix this on its own and that
the contract sits with the ICB, so the honest position is that our job is to keep it visible. Yusuf,
I think the ask from the Board is simply that you take the wheelchair waiting times to the ICB quality
committee on 7 December and let us know what they say - if they want to come to our January meeting
to talk about it, they'd be very welcome. Grace wasn't there today, but I rang her on the way home and
she's aware of the discussion, so no need for anyone else to brief her.

The co-production charter. Tom and Kerry did a brilliant job on this and I want that minuted. We agreed
it today, subject to the one change on page 3 about young people's consent, which Tom made on the
screen there and then, so that's done. Tom, would you mind circulating the final version to the
forum's members before Christmas - no rush beyond that, and do let me know if you'd like a foreword
from me (I'm happy either way). I know the council will want to put it through its own governance;
Priya mentioned Cabinet in January, which is a council process and nothing we need to do.

Alternative provision. Priya, I'm conscious we still haven't had the AP paper, but I know the AP review
is going to Cabinet on 14 December, so I'm not going to chase for this month - let's simply take it in
January once Cabinet has decided. I've told Ruth to leave it off the December forward plan.

Riverside and the SENCo sessions. Helen, you said you'd speak to Nadia about hosting the January SENCo
session at Riverside - thank you, and let me know if the hall turns out to be a problem, we can always
go back to the Civic Centre. David has already confirmed the EP input for that session so it's only the
venue we're waiting on.

Dates. Ruth, when you get a moment, can you put the 2028 Board dates in everyone's diaries? I'd like the
invitations out by 3 December if at all possible, because January fills up so quickly. The dates we
agreed are the ones on the back page of today's pack; I don't think anyone objected.

One thing for me: I said I'd write to the DfE adviser about the written statement of action progress
review, and I will write to the DfE adviser by Wednesday so she has it before her visit. I'll copy Mary
and Priya in.

Finally - and this isn't an ask - I'm aware several of you are carrying a lot at the moment, and I
really do appreciate the time you give to the Board. I'll be around on my mobile over the weekend if
anything above is wrong or unreasonable.

With best wishes,
Anne

Anne Price
Independent Chair, Westmoor SEND Partnership
07700 900418
Sent from Outlook for iOS

________________________________
From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Sent: Thursday, October 21, 2027 8:12 PM
To: Mary Walker; Yusuf Okafor; Tom Evans; Ruth Hill; Helen Brooks; Priya Shah; Liam Porter; David Lowe
Subject: After today's Board

Dear all, quick note from me after today:

> Mary - please could you share the EHC hub staffing plan with Priya before half term.
> Yusuf - can you find out when the new neurodevelopmental pathway letters go live?
> Tom - the charter: can you and Kerry bring a final draft to the November Board?
> Ruth - please set up a short call for me with Liam about the dashboard.

Thanks all, Anne
"""
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")

labels = {
    "meeting_date": "2027-11-18",
    "style": ("Held-out batch sixtyfifth. A long, discursive plain-text email (full headers) sent by Anne Price, the "
              "Independent Chair, on the evening of the Board on Thursday 18 November 2027, 'thinking aloud' by topic, with "
              "asks addressed to people by first name in the middle of sentences ('Mary, could you get...', 'Yusuf, I think the "
              "ask...is simply that you take...'). Her previous post-Board email of 21 October is quoted below with its own "
              "'>' asks (old, superseded - the charter has now been agreed - not labelled). Traps: done items (David's locum "
              "started 1 November, Tom's charter change made on screen, David already confirmed the EP input); a declined action "
              "(Liam's extra chart: 'please don't'); another body's process (council Cabinet in January for the charter, Cabinet "
              "on 14 December for AP); a deliberately not-chased paper (Priya's AP paper: 'let's take it in January' - deferral, "
              "no owner action); 'I've told Ruth to leave it off' (already done); the chair already rang Grace on the way home (done); the sign-off "
              "'isn't an ask'. Labels: 'by the end of next week' = Friday 26 November 2027; quality committee on Tuesday 7 December; "
              "'before Christmas' = last working day before Christmas Day, Friday 24 December 2027; Helen speaking to Nadia has no "
              "date; invitations out 'by 3 December'; 'I' is Anne Price, DfE letter 'by Wednesday' = Wednesday 24 November 2027."),
    "held_out": True,
    "actions": [
        {"key": "get the revised timeliness trajectory to me", "owner": "Mary", "person": "Mary Walker", "due": "2027-11-26"},
        {"key": "take the wheelchair waiting times to the ICB", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-12-07"},
        {"key": "circulating the final version to the forum's members", "owner": "Tom", "person": "Tom Evans", "due": "2027-12-24"},
        {"key": "speak to Nadia about hosting the January SENCo", "owner": "Helen", "person": "Helen Brooks", "due": None},
        {"key": "put the 2028 Board dates in everyone's diaries", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-12-03"},
        {"key": "I will write to the DfE adviser by Wednesday", "owner": "I", "person": "Anne Price", "due": "2027-11-24"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
