"""434: Joint commissioning decision record circulated by email, with two replies correcting an owner and a date."""
from common import OUT, write_labels

STEM = "434_fiftyeighth_joint_commissioning_decision_record_email_corrections"

record = """JOINT COMMISSIONING DECISION RECORD
Westmoor SEND Joint Commissioning Group - Section 75 Partnership Agreement

Reference:        JCDR-2027-09
Title:            Speech and language therapy in Westmoor special schools -
                  contract extension and variation
Date of decision: 04/08/2027 (Joint Commissioning Group, Westmoor House)
Part:             A (for publication)

Decision makers:
  - Rachel Moyo, Director of Strategic Commissioning, NHS Westmoor ICB
    (delegated authority - ICB Scheme of Reservation and Delegation, para 4.3)
  - James Whitfield, Assistant Director, SEND and Inclusion, Westmoor Council
    (officer delegation - Constitution Part 3, Schedule 2)

Also present: Yusuf Okafor (Designated Clinical Officer), Mary Walker (Head of
SEND), Grace Adeyemi (Head of Children's Therapies, WCHT - provider), Tom Evans
(PCF co-chair, advisory/non-voting), Karen Brennan (ICB Contracts Manager),
Ruth Hill (notes).

Declarations of interest: Grace Adeyemi declared an interest as the provider's
Head of Children's Therapies and left the meeting before the decision was taken.

1. DECISION REQUIRED
Whether to extend and vary the contract with Westmoor Community Health NHS
Trust (WCHT) for speech and language therapy (SLT) in the five Westmoor
special schools, which expires on 31/03/2028.

2. OPTIONS CONSIDERED
Option 1 - Do nothing; allow the contract to expire. REJECTED: statutory
  provision in EHC plans could not be secured from 1 April 2028.
Option 2 - Extend for 12 months to 31/03/2029 and vary to add 2.4 WTE SLT.
  PREFERRED.
Option 3 - Re-procure now. REJECTED: insufficient time to mobilise; market
  engagement in May 2027 found only two interested providers.

3. DECISION
JCG agreed Option 2: to extend the contract for 12 months to 31 March 2029
and to vary it to add 2.4 WTE speech and language therapists across the five
special schools, at an additional annual cost of GBP 168,000, funded 60% ICB /
40% Council (high needs block) through the Section 75 pooled budget.

4. REASONS
Waiting times for SLT in special schools average 31 weeks; 46 EHC plans
specify SLT provision that is not currently being delivered in full. The
extension allows a joint re-procurement in 2028/29 aligned with the new
therapies model.

5. FINANCIAL IMPLICATIONS
Within the 2027/28 pooled budget envelope (part-year GBP 84,000). The Council
contribution is included in the safety valve high needs forecast.

6. CONDITIONS
The variation is subject to approval by the WCHT Trust Board on 26/08/2027.
The Council's key decision notice was published on the Forward Plan on
06/08/2027.

7. CO-PRODUCTION AND ENGAGEMENT
The PCF supported Option 2. Tom Evans asked that families are told what the
extra capacity means for their child - see action 6.

8. ACTIONS ARISING
No | Action                                            | Owner                         | By
---+---------------------------------------------------+-------------------------------+-----------
1  | Issue the contract variation notice to WCHT       | Karen Brennan, ICB Contracts  | 13/08/2027
   |                                                   | Manager                       |
2  | Publish key decision notice on the Council's      | Democratic Services           | COMPLETE
   | Forward Plan                                      |                               | 06/08/2027
3  | Agree KPIs and outcome measures for the           | Grace Adeyemi (WCHT)          | 31/08/2027
   | additional SLT capacity with the Trust            |                               |
4  | Circulate the decision and mobilisation plan to   | JW                            | 30/08/2027
   | SEND Partnership Board members                    |                               |
5  | Update Schedule 3 (pooled budget contributions)   | Council Head of Finance       | 30/09/2027
   | of the Section 75 agreement                       | (People) / ICB Deputy CFO     |
6  | Tell families about the extra therapy capacity    | Sarah Khan (Participation     | 17/09/2027
   | via the Local Offer and the PCF newsletter        | Officer) with PCF             |
7  | Refresh the equality impact assessment for the    | Council SEND Commissioning    | 27/08/2027
   | variation                                         | Officer                       |

9. REVIEW
JCG will review the impact of the additional capacity at its meeting in
March 2028.

Signed (ICB):      [signature pending]
Signed (Council):  J Whitfield   09/08/2027
"""

quoted = "\n".join(("> " + l) if l else ">" for l in record.splitlines())

eml = f"""Received: from EUR03-AM7-obe.outbound.protection.outlook.com (10.152.4.21)
 by westmoor-icb.nhs.net with Microsoft SMTP Server; Tue, 10 Aug 2027 15:01:47 +0100
From: James Whitfield <james.whitfield@westmoor.gov.uk>
To: Yusuf Okafor <yusuf.okafor1@nhs.net>, ICB Corporate Governance <westmoor.icb.governance@nhs.net>
Cc: Ruth Hill <ruth.hill@westmoor.gov.uk>, Rachel Moyo <rachel.moyo@nhs.net>
Subject: RE: JCDR-2027-09 Decision record for confirmation - SLT in special schools
Date: Tue, 10 Aug 2027 15:01:44 +0100
Message-ID: <LO2P265MB4410A7E2C1D94F6B88E1F0C2A35D9@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <DB9PR08MB6923F1B7A5C3E0D4E91B2F77C45D8@DB9PR08MB6923.eurprd08.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-MS-Has-Attach:
X-Classification: OFFICIAL

Agree with both of Yusuf's corrections - 1 September works for me. Council
side already signed (see below). Ruth, once governance have re-issued it can
you save the final version in the JCG folder rather than the draft.

James

James Whitfield
Assistant Director, SEND and Inclusion | Westmoor Council

-----Original Message-----
From: Okafor Yusuf (NHS WESTMOOR ICB) <yusuf.okafor1@nhs.net>
Sent: 10 August 2027 14:22
To: ICB Corporate Governance <westmoor.icb.governance@nhs.net>; James Whitfield <james.whitfield@westmoor.gov.uk>
Cc: Ruth Hill <ruth.hill@westmoor.gov.uk>; Rachel Moyo <rachel.moyo@nhs.net>
Subject: RE: JCDR-2027-09 Decision record for confirmation - SLT in special schools

Hi both,

Thanks for turning this round so quickly. Two corrections before it goes on
the register please:

1. Action 3 (KPIs and outcome measures) should sit with me, not Grace.
Grace's team will help draft them but the ICB is the commissioner and it was
me JCG asked. Same date.

2. Action 4 - 30 August is the bank holiday. James and I spoke this morning
and the mobilisation plan will go to Partnership Board members on Wednesday
1 September instead.

Everything else is fine. Rachel is on leave until the 16th so the ICB
signature will follow then.

Yusuf

Yusuf Okafor | Designated Clinical Officer for SEND
NHS Westmoor Integrated Care Board | 07700 900 318

-----Original Message-----
From: ICB Corporate Governance <westmoor.icb.governance@nhs.net>
Sent: 10 August 2027 09:05
To: James Whitfield <james.whitfield@westmoor.gov.uk>; Rachel Moyo <rachel.moyo@nhs.net>
Cc: Okafor Yusuf (NHS WESTMOOR ICB) <yusuf.okafor1@nhs.net>; Ruth Hill <ruth.hill@westmoor.gov.uk>
Subject: JCDR-2027-09 Decision record for confirmation - SLT in special schools

Dear colleagues,

Please find below the completed Joint Commissioning Decision Record for the
decision taken at the Joint Commissioning Group on 4 August 2027. Decision
makers are asked to confirm the record by reply by Friday 13 August so that it
can be entered on the joint decisions register and published.

Kind regards
Corporate Governance Team
NHS Westmoor Integrated Care Board

{quoted}

This e-mail and any attachments are confidential. NHSmail is the secure
email and directory service available for all NHS staff in England.
"""
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")

write_labels(STEM, "2027-08-04",
    "Held-out batch fiftyeighth. An Outlook reply chain (newest first) carrying a Section 75 Joint Commissioning "
    "Decision Record from the JCG meeting of Wednesday 4 August 2027: the ICB governance team's original (record "
    "quoted with '>' and a fixed-width ASCII actions table whose cells wrap onto continuation rows), the DCO's reply "
    "correcting two actions, and the AD's reply agreeing. Traps: options considered and the decision itself "
    "(not actions); the provider's declaration of interest; the WCHT Trust Board's approval on 26/08 (another body's "
    "condition); key decision notice already published (action 2 COMPLETE); JCG's March 2028 review (future agenda, "
    "no owner); email requests that are not meeting actions (decision makers to confirm the record by 13 August; "
    "James asking Ruth to save the final version; ICB signature to follow). Labels: the correction moves action 3 "
    "from Grace Adeyemi to the DCO ('should sit with me'), same date 2027-08-31, so owner 'me' = Yusuf Okafor; action "
    "4 (JW = James Whitfield) is re-dated from bank holiday Monday 30 August to Wednesday 2027-09-01; Karen Brennan, "
    "the finance leads and the SEND Commissioning Officer are not in people.json.",
    [("Issue the contract variation notice to WCHT", "Karen Brennan, ICB Contracts Manager", None, "2027-08-13"),
     ("Agree KPIs and outcome measures for the", "me", "Yusuf Okafor", "2027-08-31"),
     ("Circulate the decision and mobilisation plan to", "JW", "James Whitfield", "2027-09-01"),
     ("Update Schedule 3 (pooled budget contributions)", "Council Head of Finance (People) / ICB Deputy CFO", None, "2027-09-30"),
     ("Tell families about the extra therapy capacity", "Sarah Khan", "Sarah Khan", "2027-09-17"),
     ("Refresh the equality impact assessment for the", "Council SEND Commissioning Officer", None, "2027-08-27")])
