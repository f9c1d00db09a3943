"""464: PfA workstream minutes pasted from Word into a plain-text email body; the
minutes table has collapsed to one cell per line, and the action-log table has lost
its cell breaks altogether (cells run together). A reply on top corrects an owner."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "464_sixtythird_word_minutes_pasted_email_cells_collapsed"

EML = """\
From: Owen Reid <owen.reid@westmoor.gov.uk>
To: Ruth Hill <ruth.hill@westmoor.gov.uk>
Cc: PfA Workstream <pfa.workstream@westmoor.gov.uk>
Subject: RE: PfA workstream 8 June - draft minutes
Date: Wed, 9 Jun 2027 16:42:11 +0100
Message-ID: <AM9PR06MB7731B2F0C4@AM9PR06MB7731.eurprd06.prod.outlook.com>
In-Reply-To: <DB8PR06MB6204A91E77@DB8PR06MB6204.eurprd06.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Thanks Ruth.

FYI the table has come through as one long column on my phone (and the
action log bit at the bottom is all squashed together) so people may want
to wait for the Word version on the Teams site.

One correction: item 3, the supported internships data is Sarah Kent's
action, not mine - she offered in the meeting because it sits with School
Improvement now. Same date. Everything else looks right to me.

Owen

Owen Reid
Preparing for Adulthood Lead | Westmoor Council

-----Original Message-----
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
Sent: 09 June 2027 11:05
To: PfA Workstream <pfa.workstream@westmoor.gov.uk>
Subject: PfA workstream 8 June - draft minutes

Hi all,

Draft minutes from yesterday below (pasted in as a few people said they
can't open attachments from the shared mailbox). Any changes to me by
Friday please.

Ruth

Preparing for Adulthood (PfA) Workstream
Minutes
Tuesday 8 June 2027, 2.00pm - 3.30pm, Room 2.14 Civic Centre and Teams

Present: Owen Reid (OR) PfA Lead (Chair); Sarah Khan (SKh) Participation
Officer; Tom Evans (TE) PCF; Sarah Kent (SKe) School Improvement Adviser;
Grace Adeyemi (GA) Children's Therapies; Liam Porter (LP) Data and
Performance; Jo Fenwick (JF) Westmoor College; Ruth Hill (RH) notes
Apologies: Mary Walker; Claire Dunmore; Yusuf Okafor

Item
Discussion
Action
Owner
Due

1
Welcome, apologies and minutes of 11 May
Minutes of 11 May agreed as an accurate record. No matters arising not covered by the action log.
None


2
Action log
See action log below. PfA/09 and PfA/12 remain open. OR confirmed he emailed Yusuf after the last meeting asking whether the ICB has a named transition lead; answer still awaited.
Noted


3
Supported internships
SKe reported 14 interns started in September, 11 still on programme. Group wanted to see where last year's cohort ended up before the autumn recruitment push. JF said the college will run its own destinations survey of leavers in September and will share headline results when it has them.
Circulate the supported internship destinations data for 2025/26 leavers to the group
OR
2 July

4
PfA in Year 9 reviews
Discussion of how many Year 9 annual reviews actually have a PfA section completed. TE said parents report it is often left blank. Agreed the PfA outcomes prompt sheet will be adopted as drafted - no further changes.
Pull the number of Year 9 annual reviews with the PfA section completed, by school
LP
Next meeting

5
Health transition
GA outlined the draft handover protocol between children's and adult therapies. TE asked whether PCF members could give examples of what good transition to adult health has looked like for them.
GA to share the draft adult therapies handover protocol with OR for comment
TE to ask PCF members for examples of good transition to adult health services
GA

TE
25 June

30 June

6
Young people's voice
SKh said the young people's forum reviewed the PfA Local Offer pages in March and their changes went live in May. Forum keen to look at the new "moving on from school" guide.
Arrange a session with the young people's forum on the draft moving on from school guide
SKh
16 July

7
AOB
RH asked whether independent travel training should come to the July meeting. Agreed yes.
Invite Mark Walsh to the July meeting for the independent travel training item
RH
1 July

Date of next meeting: Tuesday 13 July 2027, 2.00pm, Teams only

ACTION LOG (open and recently closed)
RefActionOwnerDue / updateStatus
PfA/07Share the employer engagement contacts list with Westmoor CollegeSKeDone 20 MayClosed
PfA/09Update on high needs places at Westmoor College for Sept 2027ORc/f to JulyOpen
PfA/10Add PfA workstream page to the Local OfferSKhLive 2 JuneClosed
PfA/11Circulate the DfE PfA outcomes guidance summaryRHSent 12 MayClosed
PfA/12Liaise with Mark Walsh re post-19 travel assistance policyMary WalkerReassigned to OR while MW on leave - by 9 JulyOpen

Ruth Hill
Partnership Business Support Officer
Westmoor Council
"""

LABELS = {
    "meeting_date": "2027-06-08",
    "style": (
        "Held-out batch sixtythird. Preparing for Adulthood workstream minutes (Tuesday 8 June 2027) that the "
        "secretary pasted from Word into a plain-text email body: the five-column minutes table (Item / Discussion / "
        "Action / Owner / Due) has collapsed to one cell per line, so item 5's two actions, owners and dates appear "
        "as separate stacked lines that must be paired up in order, and the action log at the bottom has lost its "
        "cell breaks entirely (Ref, action, owner, update and status run together, e.g. 'PfA/12Liaise ...policyMary "
        "Walker'). A reply on top from Owen Reid corrects the owner of item 3 ('Sarah Kent's action, not mine ... "
        "Same date'). Traps: 'None'/'Noted' in the action column of items 1-2; OR's email to Yusuf already sent; the "
        "college's own destinations survey (other body); the decision to adopt the PfA outcomes prompt sheet; the "
        "forum's March review already live; closed log items PfA/07, /10, /11; PfA/09 simply carried forward (not "
        "labelled). Labels: item 3 owner per the correction = Sarah Kent, due 2 July 2027 (Fri); LP's Year 9 "
        "count due 'Next meeting' which the minutes date as Tuesday 13 July 2027; GA protocol 25 June, TE PCF "
        "examples 30 June (paired from stacked cells); SKh forum session 16 July; RH invite Mark Walsh 1 July; "
        "PfA/12 re-assigned from Mary Walker to OR 'by 9 July' is labelled as re-assigned, owner OR = Owen Reid. "
        "Key for PfA/12 starts after the run-together 'PfA/12Liaise' token."
    ),
    "held_out": True,
    "actions": [
        {"key": "Circulate the supported internship destinations data", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-07-02"},
        {"key": "Pull the number of Year 9 annual reviews", "owner": "LP", "person": "Liam Porter", "due": "2027-07-13"},
        {"key": "share the draft adult therapies handover protocol", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-06-25"},
        {"key": "ask PCF members for examples of good transition", "owner": "TE", "person": "Tom Evans", "due": "2027-06-30"},
        {"key": "Arrange a session with the young people's forum", "owner": "SKh", "person": "Sarah Khan", "due": "2027-07-16"},
        {"key": "Invite Mark Walsh to the July meeting", "owner": "RH", "person": "Ruth Hill", "due": "2027-07-01"},
        {"key": "with Mark Walsh re post-19 travel assistance", "owner": "OR", "person": "Owen Reid", "due": "2027-07-09"},
    ],
}

(OUT / f"{STEM}.eml").write_text(EML, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
