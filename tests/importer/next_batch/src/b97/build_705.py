"""Builds 705: chair's follow-up email after the Board of Thu 16 Sept 2027 (.eml)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "705_ninetyseventh_chair_followup_email"

doc = """From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
To: westmoor-send-board@lists.westmoor.gov.uk
Cc: Ruth Hill <ruth.hill@westmoor.gov.uk>
Subject: Follow-up from yesterday's Partnership Board - as agreed, and a couple of questions
Date: Fri, 17 Sep 2027 16:42:10 +0100
Message-ID: <8f2c1e9a-77d0-4b1e-a3f4-2c1d0b6e9a41@westmoorsendpartnership.org.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0

Dear colleagues

Thank you for a constructive Board yesterday - and especially to Kerry and
Priya M for staying on for the item on annual reviews, which was the most
useful conversation we have had on it this year. Ruth's formal minutes will
follow in the usual way; this is just so that the main points are in your
inbox while they are fresh.

Decisions
- The Board approved the revised terms of reference (v3.2), which take effect
  from the October meeting.
- The Board endorsed the joint commissioning priorities for 2028/29 as
  presented by Yusuf, subject to the ICB board's own sign-off.

As agreed
1. James Whitfield will bring the written statement of action progress report
   to the October Board, with the RAG ratings we discussed.
2. Priya and Liam will produce a one-page summary of KS4 outcomes for pupils
   with EHCPs by Friday 1 October, ahead of the scrutiny committee.
3. Grace to share the refreshed therapies offer for special schools with
   headteachers by the end of October.
4. Tom will collate parents' comments on the draft Local Offer pages and send
   them to Sarah Khan by 8 October.
5. Lucy Fenwick (ICB communications) will refresh the health pages on the Local
   Offer by 22 October - Yusuf kindly agreed to brief her.
6. Cllr Jones has offered to host the Board at the November scrutiny session,
   which I have accepted. Ruth will circulate the scrutiny session invite once
   the date is confirmed.
7. I will write to the DCS about capacity in the EHC assessment team before
   the end of the month, copying Mary and James.

Already done - thank you
- David has already circulated the EP service slides, so no further action.
- Mary confirmed the tribunal figures were in the pack (p.12).

Not agreed / for another day
- We talked about moving Board meetings to the afternoon. No decision - let's
  come back to it when we do the 2028 calendar.
- Helen's suggestion of a SENCo seat on the Board was welcomed but needs a
  proper conversation with the headteacher reps first.
- NHS England are running their own review of the 0-25 therapies workforce;
  we will hear the outcome when they publish, nothing for us to do now.

Questions back to you
- Mark - is the transport policy consultation still closing on 31 October, or
  has it been extended?
- Yusuf - did the ICB board sign off the autism diagnostic funding last week,
  or is it still pending?
- Everyone - are you happy for the minutes to go on the public website in
  draft, or would you rather we waited for approval in October?

Next Board: Thursday 21 October 2027, 2pm, Council Chamber (and Teams).

With best wishes

Anne

Anne Price
Independent Chair, Westmoor SEND Partnership
M: 07700 900 613
www.westmoorsendpartnership.org.uk

This email and any attachments are confidential and intended solely for
the addressee. If you have received it in error please tell the sender and
delete it. Westmoor SEND Partnership is hosted by Westmoor Council.
"""

labels = {
    "meeting_date": "2027-09-16",
    "style": (
        "Held-out batch ninetyseventh. A plain-text .eml follow-up from the Independent Chair, Anne Price, sent on "
        "Friday 17 September 2027 the day after the SEND Partnership Board of Thursday 16 September 2027, ahead of "
        "Ruth's formal minutes, with headed sections: Decisions, As agreed (numbered), Already done, Not agreed, "
        "Questions back. Labelling choices: only the 'As agreed' items are actions; item 6's actionable part is "
        "Ruth's invite (Cllr Jones's offer is hers and accepted); item 7 is Anne's own ('I will'), owner written as "
        "Anne Price in the signature; 'Priya and Liam' is one shared action, person Priya Shah (named first); Lucy "
        "Fenwick (ICB communications) is outside people.json (person null); Yusuf's briefing of Lucy is folded into "
        "item 5, not a separate label. Traps: the approved terms of reference and endorsed priorities are decisions "
        "(no task attached); David's slides and Mary's "
        "tribunal figures are already done; the afternoon meetings and SENCo seat ideas are not agreed; NHS "
        "England's workforce review is another body's plan; the three 'Questions back' are questions, not agreed "
        "tasks; the next Board date is information. Dates: James 'to the October Board' = meeting 2027-10; "
        "Priya/Liam 'by Friday 1 October' = 2027-10-01; Grace 'by the end of October' = Sunday 31 October 2027; Tom "
        "'by 8 October' = Friday 8 October 2027; Lucy 'by 22 October' = Friday 22 October 2027; Ruth 'once the date "
        "is confirmed' = null; Anne 'before the end of the month' (September) = Thursday 30 September 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "James Whitfield will bring the written statement of action", "owner": "James Whitfield", "person": "James Whitfield", "due": "meeting 2027-10"},
        {"key": "Priya and Liam will produce a one-page summary", "owner": "Priya and Liam", "person": "Priya Shah", "due": "2027-10-01"},
        {"key": "share the refreshed therapies offer for special schools", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-10-31"},
        {"key": "Tom will collate parents' comments on the draft", "owner": "Tom", "person": "Tom Evans", "due": "2027-10-08"},
        {"key": "will refresh the health pages on the Local", "owner": "Lucy Fenwick", "person": None, "due": "2027-10-22"},
        {"key": "Ruth will circulate the scrutiny session invite once", "owner": "Ruth", "person": "Ruth Hill", "due": None},
        {"key": "I will write to the DCS about capacity", "owner": "Anne Price", "person": "Anne Price", "due": "2027-09-30"},
    ],
}

(OUT / f"{STEM}.eml").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
