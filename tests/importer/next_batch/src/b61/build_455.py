"""455: Dynamic Support Register review minutes, Word 'Save as Plain Text' - actions in an end table worded differently."""
from common import OUT, write_labels

STEM = "455_sixtyfirst_dsr_review_minutes_end_action_table_reworded"

T = "\t"
rows = [
    ["No.", "Action", "Lead", "Due", "Status"],
    ["07/01", "Refresh DSR terms of reference", "YO", "31/07/27", "Complete – signed off ICB Quality Cttee 03/08"],
    ["07/02", "Share CETR report for DSR-014 with members", "ZH", "06/08/27", "Complete"],
    ["07/03", "Medication review DSR-022", "AP", "06/08/27", "Complete – seen in clinic 05/08"],
    ["08/01", "Arrange urgent placement planning meeting (DSR-014)", "MW", "20/08/27", "Open"],
    ["08/02", "Confirm key worker availability for DSR-022 before term starts", "YO", "01/09/27", "Open"],
    ["08/03", "DSR-031 – add to PfA transitions tracker; invite adult LD/autism team to Sept DSR", "OR", "14/09/27", "Open"],
    ["08/04", "Reconcile DSR list v EHCP caseload / SEN support census", "LP", "31/08/27", "Open"],
]
table = "\n".join(T.join(r) for r in rows)

txt = f"""WESTMOOR DYNAMIC SUPPORT REGISTER (DSR) – CHILDREN AND YOUNG PEOPLE
Multi-agency Review Meeting
MINUTES

OFFICIAL-SENSITIVE: PERSONAL. Not for onward circulation. Children and young people are referred to by DSR number only.

Date:{T}Tuesday 10 August 2027, 10:00 – 12:00
Venue:{T}MS Teams
Chair:{T}Yusuf Okafor, Designated Clinical Officer, NHS Westmoor ICB
Minutes:{T}Zoe Hart, ICB Business Support

Present:
Yusuf Okafor (YO){T}Designated Clinical Officer, ICB (Chair)
Mary Walker (MW){T}Head of SEND, Westmoor Council
Dr Anita Patel (AP){T}Consultant Community Paediatrician, Westmoor Community Health NHS Trust
Dr Tariq Hussain (TH){T}Consultant Psychiatrist, CAMHS Learning Disability Team
Donna Pryce (DP){T}Team Manager, Disabled Children's Team
Owen Reid (OR){T}Preparing for Adulthood Lead, Westmoor Council
David Lowe (DL){T}Principal Educational Psychologist (items 1–4)
Liam Porter (LP){T}Data and Performance Manager (item 7 only)

Apologies:
Grace Adeyemi (GA){T}Head of Children's Therapies
Shona Briggs{T}Key Working Service Lead, ICB


1.{T}Welcome and apologies
YO welcomed members and noted apologies as above. YO reminded members that the meeting is confidential and that the discussion of individual children must not be shared beyond those who need to know.

2.{T}Minutes and action log from 13 July 2027
The minutes were agreed as an accurate record. The action log was reviewed (see Action Summary at the end of these minutes). All July actions are now complete; the terms of reference refresh was signed off by the ICB Quality Committee on 3 August.

3.{T}DSR-014 (15 years, autistic, residential special school) – RAG RED
The residential school gave 28 days' notice on 26 July following three serious incidents. A CETR was held on 2 August and the report has been circulated. The young person is at home with 2:1 support funded through the Disabled Children's Team package. Mum is exhausted and there is a real risk of admission to a Tier 4 bed if a placement is not found.
TH said admission would not be in the young person's best interests and the CETR panel had reached the same view.
MW said the SEND Team had consulted four schools: two have declined and two are still to respond. MW said she would pull together a meeting with mum, the two schools and DCT to plan the move as a matter of urgency, ideally within the next ten days.
DL noted that the EP service already links with both of the schools still considering the placement.
Outcome: remains RED. YO and MW to keep in touch fortnightly by exception until a placement is identified.

4.{T}DSR-022 (12 years, learning disability, behaviours that challenge) – RAG AMBER
The family are coping better since the PBS plan started in June. A key worker has still not been allocated; the key working service has a waiting list of nine.
YO said he would go back to the key working service to find out whether anyone could be allocated to DSR-022 before the start of the school term, and would let MW know.
AP had been asked in July to review medication – AP confirmed this was done in clinic on 5 August and the dose has been reduced.
DP said mum had asked for more short breaks over the summer holidays. DP would ask the short breaks team to bring forward the review of the family's package.
Outcome: remains AMBER.

5.{T}DSR-031 (17 years, autistic, mental health needs) – RAG AMBER
Turns 18 in January 2028. Adult services are not yet involved. OR said DSR-031 was not on the Preparing for Adulthood transitions tracker.
Agreed that OR would get DSR-031 onto the tracker and ask the adult learning disability and autism team to come to the September DSR meeting.
TH confirmed CAMHS will continue fortnightly appointments until transfer.
Outcome: remains AMBER.

6.{T}DSR-009 (10 years) – proposed step down
Stable for three months with no crisis contacts. Agreed to remove DSR-009 from the register. DP confirmed the family were told on 9 August.
Outcome: REMOVED from register.

7.{T}Data: the register compared with the EHCP caseload
LP presented a comparison. Of the 23 children and young people on the DSR, 14 have an EHCP, 6 are at SEN support and 3 are not known to the SEND Team at all. Members were concerned about the three.
LP will do a full check of the register against the EHCP caseload and the SEN support census by the end of the month and share it with MW only, under the data sharing agreement.
MW asked whether the DSR should become a standing item at the SEND Partnership Board. YO felt this was for the Board chair to decide; not agreed today.

8.{T}Any other business
None.

Date of next meeting: Tuesday 14 September 2027, 10:00, MS Teams


ACTION SUMMARY
{table}

Zoe Hart, ICB Business Support, 11/08/2027 – DRAFT until approved at next meeting
"""
(OUT / f"{STEM}.txt").write_text(txt, encoding="utf-8")

write_labels(STEM, "2027-08-10",
    "Minutes of a children's Dynamic Support Register multi-agency review (Tuesday 10 August 2027, ICB-chaired, case-level by DSR "
    "number), as a Word document 'saved as plain text': headers/footers gone, tables flattened to tab-separated lines, and the "
    "actions summarised in an ACTION SUMMARY table at the END whose wording differs from the body (e.g. body 'pull together a meeting "
    "with mum, the two schools and DCT to plan the move' vs table 'Arrange urgent placement planning meeting (DSR-014)'). "
    "Traps: July actions 07/01-07/03 in the end table are complete (ToR, CETR report, medication review - the last also reported "
    "done in the body); the DSR-009 removal and RAG outcomes are decisions; the fortnightly RED catch-up is a monitoring "
    "arrangement, not in the table; CAMHS continuing appointments is routine; DL's note about EP links is information; MW's "
    "standing-item question is 'not agreed today'; one body action (DP asking the short breaks team to bring forward the package "
    "review) is missing from the table but is still an action. "
    "Labels: keys for the tabled actions are taken from the END table (the formal action list, with Lead initials and dates: MW "
    "20/08, YO 01/09 'before term starts', OR 14/09 = next meeting, LP 31/08 'by the end of the month'); DP's action key comes from "
    "the body, no date (null); Donna Pryce is not in people.json.",
    [
        ("Arrange urgent placement planning meeting (DSR-014)", "MW", "Mary Walker", "2027-08-20"),
        ("Confirm key worker availability for DSR-022", "YO", "Yusuf Okafor", "2027-09-01"),
        ("add to PfA transitions tracker", "OR", "Owen Reid", "2027-09-14"),
        ("Reconcile DSR list v EHCP caseload", "LP", "Liam Porter", "2027-08-31"),
        ("DP would ask the short breaks team", "DP", None, None),
    ])
print("ok 455")
