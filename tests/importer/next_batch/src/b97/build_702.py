"""Builds 702: reply-all email chain after the 11 Feb 2027 Board (.eml)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "702_ninetyseventh_reply_all_action_chain"

doc = """Return-Path: <mary.walker@westmoor.gov.uk>
Received: from EX-HYB02.westmoor.gov.uk (10.20.4.12) by EX-MBX01.westmoor.gov.uk
 with Microsoft SMTP Server; Tue, 16 Feb 2027 11:07:41 +0000
From: Mary Walker <mary.walker@westmoor.gov.uk>
To: Ruth Hill <ruth.hill@westmoor.gov.uk>, Liam Porter <liam.porter@westmoor.gov.uk>,
 Yusuf Okafor <yusuf.okafor@nhs.net>, Sarah Khan <sarah.khan@westmoor.gov.uk>,
 Helen Brooks <senco@riverside-primary.westmoor.sch.uk>, Grace Adeyemi <grace.adeyemi3@nhs.net>,
 Tom Evans <co-chair@westmoorpcf.org.uk>, David Lowe <david.lowe@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>, Priya Shah <priya.shah@westmoor.gov.uk>
Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
Date: Tue, 16 Feb 2027 11:07:38 +0000
Message-ID: <LO2P265MB0418E3C1A7B@LO2P265MB0418.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <LO2P265MB0418D9F22B1@LO2P265MB0418.GBRP265.PROD.OUTLOOK.COM>
Thread-Topic: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Thanks all, I think that's everyone. Summary so Ruth can finalise:

- Liam's date moves to 5 March - fine.
- GP letter: agree with Yusuf, Jo Bright to own it, same date.
- OK with Sarah's new date of Friday 16 April.
- Tom - agree, just a summary of the survey, at the May Board please.
- Grace's SALT figures are done so Ruth please mark 5 as complete.

One I missed on Thursday, which I'd said I would pick up:
I will update the SEF section on preparing for adulthood with Owen by 31 March.

On the joint training day with the ICB - that was only floated at the end, so
let's not add it as an action until Anne and Yusuf have talked it through.

Mary

Mary Walker
Head of SEND | Children's Services | Westmoor Council
T: 01632 960 418 | M: 07700 900 218
Working days Mon-Thu

-----Original Message-----
From: Tom Evans <co-chair@westmoorpcf.org.uk>
Sent: 15 February 2027 21:52
To: Ruth Hill; Liam Porter; Yusuf Okafor; Sarah Khan; Helen Brooks; Grace Adeyemi; David Lowe; Mary Walker
Cc: Anne Price; Priya Shah
Subject: Re: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm

Hi Ruth

Re 6 - I thought we agreed the full survey goes to our steering group first,
not to the Board? Happy to bring a summary of it to the May Board instead.

Tom
Sent from my iPhone

> On 15 Feb 2027, at 16:20, Sarah Khan <sarah.khan@westmoor.gov.uk> wrote:
>
> Hi Ruth, 3 is fine but end of March is tight with the Easter break and
> the college being closed. Could I have until Friday 16 April please?
> Sarah
>
> Sarah Khan | Participation Officer | Westmoor Council
> Pronouns: she/her
>
> From: Priya Shah <priya.shah@westmoor.gov.uk>
> Sent: 15 February 2027 12:03
> Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> For info, DfE are now saying the new national EHCP template will be published
> in the spring - nothing for us to do until then, so no action needed.
> P
>
> From: Grace Adeyemi <grace.adeyemi3@nhs.net>
> Sent: 15 February 2027 09:41
> Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> Morning, I sent the SALT waiting list figures to Liam first thing so
> please mark 5 as done.
> Kind regards, Grace
> Grace Adeyemi | Head of Children's Therapies
> Westmoor Community Health NHS Trust
> ********************************************************************
> This message may contain confidential information. If you are not the
> intended recipient please inform the sender that you have received the
> message in error before deleting it.
> ********************************************************************
>
> From: Yusuf Okafor <yusuf.okafor@nhs.net>
> Sent: 12 February 2027 17:15
> Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> Hi Ruth - I can't own 2. The letter to practices has to come from the ICB
> primary care team, not the DCO. I've spoken to Jo Bright (Primary Care
> Commissioning Manager) who has agreed to send it by 12 March. Cc'ing Jo.
> Yusuf
> Dr Yusuf Okafor, Designated Clinical Officer (SEND), NHS Westmoor ICB
>
> From: Helen Brooks <senco@riverside-primary.westmoor.sch.uk>
> Sent: 12 February 2027 15:58
> Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> Yes fine for me. H
>
> From: David Lowe <david.lowe@westmoor.gov.uk>
> Sent: 12 February 2027 14:30
> Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> 7 - OK, 5 March. D
>
> From: Liam Porter <liam.porter@westmoor.gov.uk>
> Sent: 12 February 2027 13:12
> Subject: RE: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> Happy with 1 but the January return isn't validated until 3 March, so can
> we say Fri 5 March rather than 26 Feb? Thanks, Liam
>
> From: Ruth Hill <ruth.hill@westmoor.gov.uk>
> Sent: 12 February 2027 10:26
> To: Liam Porter; Yusuf Okafor; Sarah Khan; Helen Brooks; Grace Adeyemi; Tom Evans; David Lowe; Mary Walker
> Cc: Anne Price; Priya Shah
> Subject: Draft actions - SEND Partnership Board 11/02/27 - please reply all to confirm
>
> Dear all
>
> Please find below the draft actions from Thursday's Board. Could you
> reply all to confirm you're happy to own yours, or suggest a new date
> if it doesn't work. Minutes to follow once Anne has signed them off.
>
> 1. Liam Porter - refresh the EHCP timeliness dashboard with January data - by 26 Feb
> 2. Yusuf Okafor - write to GP practices about the neurodevelopmental referral letter - by 12 March
> 3. Sarah Khan - arrange the young people's focus group on the Local Offer website - by end of March
> 4. Helen Brooks - circulate the SENCo network survey results - by next Board
> 5. Grace Adeyemi - confirm the SALT waiting list figures for the scrutiny report - 19 Feb
> 6. Tom Evans - share the PCF survey on annual reviews with the Board - next meeting
> 7. David Lowe - draft EP traded-service briefing for headteachers - 5 March
>
> Many thanks
> Ruth
>
> Ruth Hill
> Partnership Business Support Officer
> Westmoor Council, Civic Centre, Westmoor WM1 1AA
> Please note I work Tuesday to Friday
"""

labels = {
    "meeting_date": "2027-02-11",
    "style": (
        "Held-out batch ninetyseventh. A plain-text .eml of the last reply (Mary Walker, Tue 16 Feb 2027) in a "
        "reply-all chain started by Ruth Hill on Fri 12 Feb 2027 with seven draft actions from the SEND Partnership "
        "Board of Thursday 11 February 2027; older messages are quoted with '>' and the newest is on top, so the "
        "final state must be read bottom-up then Mary's summary. Labelling choices: each action's key is taken from "
        "Ruth's numbered draft line; owners and dates are the final agreed ones. Item 2 is declined by Yusuf and "
        "re-owned by Jo Bright (ICB Primary Care Commissioning Manager, outside people.json, person null), same date "
        "12 March 2027 (Fri). Item 1 re-dated from 26 Feb to Fri 5 March 2027. Item 3 re-dated from 'end of March' "
        "to Friday 16 April 2027 (accepted by Mary). Item 4 'by next Board' = next meeting. Item 6 changed by Tom to a "
        "summary 'at the May Board' = meeting 2027-05. Item 7 '5 March' = Friday 5 March 2027. Mary adds her own "
        "SEF action 'by 31 March' = Wednesday 31 March 2027 (owner written as Mary Walker in her signature). Traps: "
        "item 5 (Grace's SALT figures) already done and marked complete; Priya's note that DfE will publish the new "
        "EHCP template is another body's plan with 'no action needed'; the ICB joint training day was only floated "
        "and explicitly not added; 'Minutes to follow once Anne has signed them off' is process, not an action."
    ),
    "held_out": True,
    "actions": [
        {"key": "refresh the EHCP timeliness dashboard with January data", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-03-05"},
        {"key": "write to GP practices about the neurodevelopmental referral letter", "owner": "Jo Bright", "person": None, "due": "2027-03-12"},
        {"key": "young people's focus group on the Local Offer", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-04-16"},
        {"key": "circulate the SENCo network survey results", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "next meeting"},
        {"key": "share the PCF survey on annual reviews", "owner": "Tom Evans", "person": "Tom Evans", "due": "meeting 2027-05"},
        {"key": "draft EP traded-service briefing for headteachers", "owner": "David Lowe", "person": "David Lowe", "due": "2027-03-05"},
        {"key": "update the SEF section on preparing for adulthood", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-03-31"},
    ],
}

(OUT / f"{STEM}.eml").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
