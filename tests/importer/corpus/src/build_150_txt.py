"""Builds 150: NHS Trust-template committee minutes as they come out of pdftotext -layout
(repeated page header/footer, form feeds, wrapped table rows)."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "150_eighteenth_nhs_committee.txt"

HEAD = """                                                                              OFFICIAL
Westmoor Community Health NHS Trust
Children's Health and SEND Assurance Group (Westmoor SEND Partnership health workstream)
"""
FOOT = """
Minutes – CHSAG – 14 January 2027 – v0.3 DRAFT               Page {n} of 4
                                                                              OFFICIAL
"""

pages = []

pages.append("""
                     MINUTES OF THE CHILDREN'S HEALTH AND SEND ASSURANCE GROUP
                 Thursday 14 January 2027, 14:00 – 15:45, Boardroom 2, Kingsley House
                                    and via MS Teams

Present:      Grace Adeyemi (GA)     Head of Children's Therapies, WCHT (Chair for this
                                     meeting)
              Yusuf Okafor (YO)      Designated Clinical Officer, Westmoor ICB
              Dr Anita Patel (AP)    Consultant Community Paediatrician, WCHT
              Mary Walker (MW)       Head of SEND, Westmoor Council
              Liam Porter (LP)       Data and Performance Manager, Westmoor Council
              Tom Evans (TE)         Co-chair, Westmoor Parent Carer Forum
In attendance: Ruth Hill (RH)        Partnership Business Support Officer (minutes)
Apologies:    Anne Price (Independent Chair), David Lowe, Helen Brooks

1.   WELCOME, APOLOGIES AND DECLARATIONS OF INTEREST
1.1  GA welcomed members. Anne Price had sent apologies and asked GA to chair. Apologies
     as above. No declarations of interest were made.

2.   MINUTES OF THE PREVIOUS MEETING (12 NOVEMBER 2026) AND ACTION LOG
2.1  The minutes were agreed as an accurate record subject to one correction at 4.2 (the
     figure for children waiting over 52 weeks for an autism assessment should read 311,
     not 331).
2.2  The action log was reviewed and updated – see the log at the end of these minutes.
     Members agreed to close H/26/14 and H/26/17. H/26/15 has been superseded by the new
     action H/27/03 below.

3.   SPEECH AND LANGUAGE THERAPY – WAITING TIMES RECOVERY
3.1  GA presented the paper. The number of children waiting more than 18 weeks for a first
     SALT appointment has fallen from 412 in September to 356 at the end of December. Two
     Band 6 posts have been offered and the service hopes both postholders will be in post
     by Easter, although this depends on pre-employment checks.
3.2  TE said parents are still telling the forum that they hear nothing while they wait.
     GA agreed and noted that the "waiting well" letter had been redrafted with the PCF in
     December and has been in use since 4 January.
3.3  MW asked whether the trajectory assumed the additional agency capacity continued past
     March. GA confirmed that it did not; a revised trajectory without agency capacity would
     be shared.
     ACTION H/27/01: GA to circulate the revised SALT waiting list trajectory to members.
""")

pages.append("""
4.   HEALTH ADVICE FOR EHC NEEDS ASSESSMENTS (6-WEEK TIMELINESS)
4.1  LP reported that 58% of health advices for EHC needs assessments were returned within
     6 weeks in Q3 (Q2: 61%). Community paediatrics accounted for most of the late returns.
4.2  AP explained that late returns were mostly for children not already known to the
     service, where an appointment had to be offered first. She proposed a case audit of
     late returns from October to December to test this.
4.3  The group agreed that the audit should go ahead and that a sample of 20 cases would be
     enough.
     ACTION H/27/02: AP to complete a case audit of late health advice returns (Q3 sample
     of 20) and bring findings to the group.
4.4  Members discussed whether health advice timeliness should be reported monthly rather
     than quarterly. It was agreed that it should.
     ACTION H/27/04: LP to add monthly health advice timeliness to the partnership
     performance dashboard.

5.   NEURODEVELOPMENTAL PATHWAY – FUNDING FOR 2027/28
5.1  YO updated that the ICB's planning round is still open. The ICB Board will consider
     the all-age autism strategy at its meeting on 3 February 2027; this is a matter for
     the ICB Board and not for this group.
5.2  TE asked whether the non-recurrent waiting list funding would continue. YO was not able
     to say until the planning round closes.
     ACTION H/27/03: YO to confirm the ICB funding position for the neurodevelopmental
     pathway once the planning round closes, and report to the next meeting.
5.3  The group noted the risk on the partnership risk register (R12) remains scored at 16.
     No change to the score was proposed.

6.   TERMS OF REFERENCE
6.1  The group's terms of reference are due for annual review. RH noted that the membership
     list still refers to the CCG and to a post that no longer exists.
""")

pages.append("""
6.2  It was agreed that RH would bring a tracked-changes version for approval.
     ACTION H/27/05: RH to update the terms of reference (membership and ICB references)
     and circulate with the papers for the next meeting.
6.3  MW suggested the group might in future meet jointly with the Education workstream.
     Members were not persuaded and it was agreed to leave this for now.

7.   CLINICAL AUDIT PLAN 2027/28 (FOR APPROVAL)
7.1  The group approved the children's services clinical audit plan for 2027/28 as
     presented. GA thanked AP and the audit team.

8.   ANY OTHER BUSINESS
8.1  TE gave notice that the PCF annual conference will be on 22 April 2027 and that
     health colleagues would be welcome to run a stall. Members to let the PCF know
     directly if they are interested.
8.2  YO said the Designated Clinical Officer annual report is being written and will
     go to the ICB Quality Committee in March.

9.   DATE OF NEXT MEETING
     Thursday 11 March 2027, 14:00 – 15:45, Boardroom 2, Kingsley House and MS Teams.
     Papers by Thursday 4 March 2027.
""")

pages.append("""
ACTION LOG – CHILDREN'S HEALTH AND SEND ASSURANCE GROUP (updated 14/01/2027)

Ref      | Action                                       | Lead | Due          | Status
---------+----------------------------------------------+------+--------------+-----------------
H/26/14  | Share the revised "waiting well" letter with  | GA   | 10/12/2026   | Complete –
         | the PCF for comment                          |      |              | CLOSED 14/01/27
H/26/15  | Provide an update on neurodevelopmental      | YO   | 14/01/2027   | Superseded by
         | pathway funding                              |      |              | H/27/03
H/26/16  | Agree the data sharing agreement for the     | LP   | 14/01/2027   | Complete –
         | dashboard with WCHT information governance   |      |              | CLOSED
H/26/17  | Circulate the 52-week autism waits paper to  | RH   | 19/11/2026   | Complete –
         | members                                      |      |              | CLOSED 14/01/27
H/27/01  | Circulate the revised SALT waiting list       | GA   | 29/01/2027   | Open
         | trajectory (no agency capacity past March)   |      |              |
H/27/02  | Case audit of late health advice returns     | AP   | 26/02/2027   | Open
         | (Q3 sample of 20); findings to the group     |      |              |
H/27/03  | Confirm ICB funding position for the         | YO   | Next meeting | Open
         | neurodevelopmental pathway                   |      | (11/03/2027) |
H/27/04  | Add monthly health advice timeliness to the  | LP   | 12/02/2027   | Open
         | partnership performance dashboard            |      |              |
H/27/05  | Update the terms of reference; circulate     | RH   | 04/03/2027   | Open
         | with the papers for the next meeting         |      |              |

Status key: Open / Complete / Superseded / On hold. Completed actions are removed from
the log at the meeting after they are closed.
""")

text = ""
for i, body in enumerate(pages, 1):
    text += HEAD + body + FOOT.format(n=i)
    if i < len(pages):
        text += "\f"
OUT.write_text(text, encoding="utf-8")
print(OUT)
