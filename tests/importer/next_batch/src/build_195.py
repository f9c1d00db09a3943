"""195: Children's social care QA team email - outcome of a multi-agency thematic audit moderation meeting (.eml)."""
from common import OUT, write_labels

STEM = "195_twentyfourth_social_care_audit_moderation_email"
body = """\
Hi all,

Thank you for giving up your Tuesday morning for moderation. Below is the outcome of the
moderation meeting for the February multi-agency thematic audit, plus what we agreed. Please
shout by Monday if I have got anything wrong - after that this goes to the QA Board as the final
record.

----------------------------------------------------------------------
MULTI-AGENCY THEMATIC AUDIT: DISABLED CHILDREN ON CHILD IN NEED PLANS
Moderation meeting: Tuesday 2nd March 2027, 9.30-12.00, Room 3.14 Civic Centre / Teams
----------------------------------------------------------------------

Moderators present: Lorraine Adair (QA Practice Lead, chair), James Whitfield (AD SEND and
Inclusion), Femi Adebayo (Team Manager, Disabled Children's Team), Yusuf Okafor (DCO, ICB),
Helen Brooks (SENCo, Riverside Primary - school auditor), Claire Dunmore (SENDIASS),
Dev Sharma (IRO service)
Apologies: Mary Walker (Head of SEND) - comments sent in advance

1. SCOPE
8 children open to the Disabled Children's Team on a CIN plan who also have an EHCP. Each case
audited by one social care and one partner auditor using the multi-agency audit tool (v4).

2. GRADES AFTER MODERATION

  Case  Auditor grade   Moderated grade   Note
  A1    Good            Good              -
  A2    RI              RI                -
  A3    Good            RI                CIN plan not reviewed in 6 months
  A4    Good            Good              -
  A5    Good            RI                Regraded - no EHCP outcomes in CIN plan
  A6    Outstanding     Good              -
  A7    RI              RI                -
  A8    Good            Good              -

  Summary: Outstanding 0 | Good 4 | RI 4 | Inadequate 0

  Regrades are final and have been recorded on the audit tool - nothing further needed on those.

3. THEMES
  - Strength: children's voice was strong in 6/8 cases; good use of communication aids.
  - CIN plans and EHCPs rarely talk to each other. Only 2/8 CIN plans referenced EHCP outcomes.
  - Health advice was missing from 3 of the 8 most recent annual reviews.
  - Schools attend CIN meetings but contributions are often a verbal update only.
  - Families were not always told about SENDIASS.

4. IMMEDIATE SAFEGUARDING / PRACTICE ALERTS
  Case A3 was escalated to the team manager on the day (Femi confirmed it was picked up
  Tuesday afternoon and a CIN review is booked) - closed.

5. WHAT WE AGREED

  a) Femi to make sure all eight children have an updated CIN plan that references
     their EHCP outcomes - by 31 March.

  b) James Whitfield will take the EHCP / CIN plan alignment theme to the SEND Partnership
     Board on 15 April and ask for it to go on the improvement plan.

  c) Yusuf to find out why health advice was missing from the three annual reviews and
     report back to me by Thurs 25/3 (before the Easter break - please note Good Friday
     is a bank holiday so nothing is due on the 26th).

  d) Helen agreed to draft a one-page "what good looks like" for school contributions
     to CIN meetings, first draft by end of April.

  e) QA team to schedule the re-audit of the four RI cases - dates in diaries by
     Friday 19th March, re-audit itself to happen in June.

  f) Claire Dunmore to run a SENDIASS briefing at the Disabled Children's Team meeting
     on Tuesday 13 April.

6. NOT AGREED / FOR OTHERS
  - The Safeguarding Children Partnership's Practice Review Group will consider whether this
    becomes a partnership-wide learning theme - Dev to flag it through their usual route; that
    is their decision, not ours.
  - Mary's written comment suggested a joint CIN/EHCP review template. Everyone liked the idea
    but we agreed to wait for the Partnership Board discussion before doing anything.
  - It would be good to repeat this audit in a year's time to see if things have shifted.

Final report will go to the QA Board on 22 March and to the SEND Partnership Board pack.

Thanks again - really rich discussion.

Lorraine

Lorraine Adair
Practice Lead - Quality Assurance and Audit
Children's Social Care | Westmoor Council
M: 07700 900431 | Working days Mon-Thu

OFFICIAL-SENSITIVE: contains case references. Do not forward outside the moderation group.
"""
eml = f"""\
Return-Path: <lorraine.adair@westmoor.gov.uk>
Received: from EXCH-HYB02.westmoor.local (10.40.2.17) by EXCH-HYB01.westmoor.local
 (10.40.2.16) with Microsoft SMTP Server; Thu, 4 Mar 2027 16:42:09 +0000
From: Lorraine Adair <lorraine.adair@westmoor.gov.uk>
To: James Whitfield <james.whitfield@westmoor.gov.uk>, Femi Adebayo <femi.adebayo@westmoor.gov.uk>,
 Yusuf Okafor <yusuf.okafor1@nhs.net>, Helen Brooks <senco@riverside.westmoor.sch.uk>,
 Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Dev Sharma <dev.sharma@westmoor.gov.uk>
Cc: Mary Walker <mary.walker@westmoor.gov.uk>, QA Team <qa.team@westmoor.gov.uk>
Subject: Moderation outcome - MA thematic audit (disabled children on CIN plans) - Feb 2027
Date: Thu, 4 Mar 2027 16:42:07 +0000
Message-ID: <DB9PR06MB7712C0A4E1F2@DB9PR06MB7712.eurprd06.prod.outlook.com>
Importance: High
Sensitivity: Company-Confidential
X-MS-Has-Attach:
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{body}"""
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")

write_labels(STEM, "2027-03-02",
    "Children's social care QA practice lead's plain-text email sent two days after a multi-agency thematic audit moderation "
    "meeting (disabled children on child in need plans): case grade table, themes, practice alerts, lettered 'What we agreed' "
    "list and a 'Not agreed / for others' section. The meeting date is the moderation meeting (Tue 2 March), not the send date. "
    "Traps: regrades are final decisions already recorded; case A3 escalation done on the day (closed); the Safeguarding "
    "Children Partnership Practice Review Group 'will consider' (another body); the joint template idea was deliberately "
    "parked; 'It would be good to repeat this audit' is a wish; final report going to the QA Board is routine process; "
    "'shout by Monday' is a general request. Labelling choices: 'Thurs 25/3' = 2027-03-25 (email itself warns Good Friday "
    "26th is a bank holiday); 'end of April' = 2027-04-30; the SEND Partnership Board 'on 15 April' is a named "
    "meeting so labelled meeting 2027-04; the QA team's due is the diary-booking date 19 March, not the June re-audit; Femi is not in the people "
    "list (person null); 'QA team' is a team.",
    [("all eight children have an updated CIN plan", "Femi", None, "2027-03-31"),
     ("take the EHCP / CIN plan alignment theme", "James Whitfield", "James Whitfield", "meeting 2027-04"),
     ("find out why health advice was missing", "Yusuf", "Yusuf Okafor", "2027-03-25"),
     ("draft a one-page what good looks like", "Helen", "Helen Brooks", "2027-04-30"),
     ("schedule the re-audit of the four RI cases", "QA team", None, "2027-03-19"),
     ("run a SENDIASS briefing at the Disabled Children's Team", "Claire Dunmore", "Claire Dunmore", "2027-04-13")])
