"""Builds 188_twentythird_pfa_transition_panel.txt and its labels."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "188_twentythird_pfa_transition_panel"

TXT = """WESTMOOR COUNCIL / WESTMOOR ICB
PREPARING FOR ADULTHOOD (PfA) TRANSITION PANEL
=====================================================================
Notes of panel held Thursday 15th July 2027, 1.30pm - 4pm, Teams
Classification: OFFICIAL-SENSITIVE (personal data) - do not forward
=====================================================================

Chair:      Owen Reid (OR), Preparing for Adulthood Lead
Panel:      Deborah Nwosu (DN), Team Manager, Adult Transitions (ASC)
            Yusuf Okafor (YO), Designated Clinical Officer
            Helen Brooks (HB), SENCo, Riverside Primary (all-through
              SENCo network rep)
            Mark Walsh, Head of Transport (items 4-6)
            Sarah Khan, Participation Officer
            Paul Grant, Westmoor College - Foundation Learning manager
Notes:      Ruth Hill
Apologies:  Mary Walker (Head of SEND) - Owen chairing as agreed
            Careers adviser (Inspira) - no cover

Young people are referred to by initials and panel ref only.
Quoracy: education, health and adult social care present - quorate.

---------------------------------------------------------------------
1. Notes of 17 June panel / matters arising
---------------------------------------------------------------------
- Agreed as accurate.
- L.D. (PfA-0388): Care Act assessment completed 2/7 - closed.
- Transition tracker: OR updated the tracker live in the meeting to
  show the eight new Year 9 referrals - done.

---------------------------------------------------------------------
2. Case: J.T. (PfA-0412) - Year 11, autism, EHCP, moving to college
---------------------------------------------------------------------
Westmoor College place CONFIRMED for Sept 2027 (Foundation Learning,
3 days). Panel decision: EHCP to be amended to name the college -
this is already in the annual review timetable, caseworker aware.
Paul said the college hopes to offer J.T. a supported internship
place from 2028 - not yet agreed.
No new actions.

---------------------------------------------------------------------
3. Case: K.M. (PfA-0397) - Year 13, complex needs, turns 18 on 02.09.27
---------------------------------------------------------------------
Eligible for adult social care under the Care Act (assessment done).
No social worker allocated yet - panel very concerned given the
birthday date.
  -> DN to allocate an adult social worker for K.M. by 1st September.
  -> OR to request a Care Act carer's assessment for mum,
     by 30/07.
DWP will contact the family about the PIP claim - not ours.

---------------------------------------------------------------------
4. Case: R.A. (PfA-0401) - Year 12, life-limiting condition
---------------------------------------------------------------------
Currently funded through children's continuing care. Adult NHS CHC
screening has not been evidenced.
  -> YO to check the CHC checklist has been completed for R.A.
     and report to next panel (19 August).
Panel AGREED that R.A.'s case will be held on the 'high risk' list
(decision - no action).

---------------------------------------------------------------------
5. Case: S.B. (PfA-0406) - Year 11 into Year 12 at Kingsmead sixth form
---------------------------------------------------------------------
Family applied for post-16 transport late (June). Mark confirmed the
application is eligible under the 2027/28 policy statement.
  -> Transport (Mark) to confirm post-16 travel arrangements for S.B.
     with the family before term starts (Thurs 2 Sept).
Independent travel training could be offered later in the year -
"we'll think about it once he's settled" (Mark). Not an action.

---------------------------------------------------------------------
6. Year 9 PfA reviews - themes
---------------------------------------------------------------------
HB reported that of 26 Year 9 annual reviews this term, only 11 had a
PfA section completed with the young person's own words.
  -> Helen to share the Year 9 PfA review outcomes with the
     SENCo network and the careers service, by 10 Sept.
Panel to consider at a future meeting whether Year 9 cases should
come to panel earlier (Year 8 summer). Park for now.

---------------------------------------------------------------------
7. Youth voice - transition guide
---------------------------------------------------------------------
Sarah said the draft "Moving On" guide has not yet been tested with
young people.
  -> Sarah to arrange a youth voice session on the Moving On
     guide during the summer holidays.
Would be lovely to have young people co-present the guide at the
October conference (wish - Sarah will see who is interested).

---------------------------------------------------------------------
8. AOB
---------------------------------------------------------------------
- DN: adult social care restructure means the Transitions team moves
  under the Learning Disability service from 1 October. For
  information.
- Next panel: Thursday 19th August 2027, 1.30pm (Teams). August panel
  will be shorter - urgent cases only.

ACTION SUMMARY (for the tracker)
  DN   - allocate adult SW, K.M.               - by 01/09
  OR   - carer's assessment request, K.M.      - by 30/07
  YO   - CHC checklist, R.A.                   - Aug panel
  MWal - post-16 transport S.B.                - 02/09
  HB   - Y9 PfA outcomes to network/careers    - 10/09
  SK   - youth voice session, Moving On guide  - summer hols

[notes typed by RH 16/07/27 - please send corrections to Owen]
"""
(OUT / f"{STEM}.txt").write_text(TXT, encoding="utf-8")

labels = {
    "meeting_date": "2027-07-15",
    "style": ("Held-out batch twentythird. Preparing for Adulthood transition panel notes as plain text: ruled item headers, "
              "case blocks for young people by initials and panel reference, '->' action arrows under each case, and an "
              "ACTION SUMMARY block at the end that repeats the same actions in short form (not separate actions). "
              "Traps: young people's initials (J.T., K.M., R.A., S.B., L.D.) are not owners; L.D. closed and tracker "
              "updated live are done; college place confirmed, EHCP amendment already scheduled and high-risk listing are "
              "decisions; college supported internship is a hope; DWP contacting family is another body; independent travel "
              "training 'think about it', Year 9 earlier referral 'consider … park for now' and co-presenting at the "
              "conference are not actions; ASC restructure for information. Labelling choices: 'by 1st September' = "
              "2027-09-01; 'by 30/07' = 2027-07-30; 'next panel (19 August)' = meeting 2027-08; 'before term starts (Thurs 2 "
              "Sept)' = 2027-09-02; 'by 10 Sept' = 2027-09-10; 'during the summer holidays' left null; 'Transport (Mark)' "
              "and 'MWal' are Mark Walsh, not Mary Walker (MW, absent); 'Sarah' here is Sarah Khan (Participation Officer); "
              "DN (Deborah Nwosu, ASC) is not in people.json so person null."),
    "held_out": True,
    "actions": [
        {"key": "DN to allocate an adult social worker for K.M.", "owner": "DN", "person": None, "due": "2027-09-01"},
        {"key": "OR to request a Care Act carer's assessment", "owner": "OR", "person": "Owen Reid", "due": "2027-07-30"},
        {"key": "YO to check the CHC checklist has been completed", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-08"},
        {"key": "confirm post-16 travel arrangements for S.B.", "owner": "Transport (Mark)", "person": "Mark Walsh", "due": "2027-09-02"},
        {"key": "Helen to share the Year 9 PfA review outcomes", "owner": "Helen", "person": "Helen Brooks", "due": "2027-09-10"},
        {"key": "Sarah to arrange a youth voice session", "owner": "Sarah", "person": "Sarah Khan", "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
