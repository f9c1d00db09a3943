"""196: Primary school Pastoral Support Programme (PSP) review - form export from the school's safeguarding/pastoral system (.txt)."""
from common import OUT, write_labels

STEM = "196_twentyfourth_school_psp_review_form"
text = """\
================================================================================
 RIVERSIDE PRIMARY SCHOOL                         Pastoral record - FORM EXPORT
 Printed by: hbrooks  on 11/11/2027 08:14          Category: SEND > Behaviour
================================================================================

 PASTORAL SUPPORT PROGRAMME (PSP) - REVIEW MEETING                  Review no: 2

 ---- Section A: Pupil details -------------------------------------------------
 Pupil .............................. J.T.
 Year / class ....................... Year 5 / Kingfishers
 SEN status ......................... SEN Support (K)
 Other agencies ..................... CAMHS (referral accepted 10/2027, awaiting
                                      first appt); Westmoor EP service
 PSP start date ..................... 15/09/2027
 Date of this review ................ Wednesday 10 November 2027, 3.30pm
 Location ........................... Family room

 ---- Section B: Present -------------------------------------------------------
 Mrs N. Khan (Headteacher) - NK
 Mrs H. Brooks (SENCo) - HB, chairing
 Mr K. Osei (class teacher)
 Mrs T. (mum)
 Dr D. Lowe (Principal Educational Psychologist) - DL
 Apologies: Inclusion Support Service outreach worker (Ms Reilly)

 ---- Section C: Review of targets set on 13/10/2027 ---------------------------
 Target 1: J will stay in class for the whole of morning lessons 4 days out of 5
   Outcome ......................... PARTLY MET (3 days out of 5 on average)
 Target 2: J will use his "time out" card instead of leaving the room
   Outcome ......................... MET - used 11 times in 4 weeks
 Target 3: No physical incidents at lunchtime
   Outcome ......................... NOT MET (2 incidents, both on the field,
                                      both logged, parents informed same day)

 ---- Section D: What has changed / views --------------------------------------
 Pupil view (gathered by Mr Osei 08/11): "I like maths now. Lunch is too loud.
 I want to be a goalkeeper."
 Parent view: Mum feels school is trying hard and things are better at home since
 half term. Worried about the taxi dropping J off early at 8.20 before the gates
 open, which means he starts the day unsettled.
 School view: Mornings improving. Lunchtime is the main trigger. The daily
 check-in with Mr Osei (in place since September) is working and will CONTINUE
 - this is existing support, not new.
 EP view: DL feels there may be an unmet sensory/communication need and that the
 pattern fits an EHC needs assessment request.

 ---- Section E: Decisions -----------------------------------------------------
 * The PSP will continue for a further 4 weeks.
 * A reduced timetable was discussed and NOT agreed - J stays on full time.
 * No suspension will be issued for the 04/11 incident (decision by NK, shared
   with mum at the meeting).
 * Target 2 closed as met; replaced with new lunchtime target (below).

 ---- Section F: New targets -------------------------------------------------
 Target 4: J will spend the second half of lunch in the Nest (quiet room) with
           a friend of his choice, 4 days out of 5.

 ---- Section G: Agreed support - who will do what ----------------------------
 1. What ........................ Observe J in class and at lunchtime and write
                                  up a short consultation note for school and
                                  family
    Who ......................... DL
    By .......................... before the next review

 2. What ........................ Submit the request for an EHC needs
                                  assessment to the SEND Casework team
    Who ......................... HB
    By .......................... Fri 19/11

 3. What ........................ Set up a movement break card with J and
                                  show lunchtime staff how it works
    Who ......................... Mr Osei
    By .......................... this week

 4. What ........................ Email Mark Walsh (Transport) about the taxi
                                  drop-off time
    Who ......................... NK
    By .......................... end of next week

 5. What ........................ Share the CAMHS appointment letter with
                                  school as soon as it arrives
    Who ......................... Mrs T. (mum)
    By .......................... when received

 6. What ........................ Continue daily check-in (existing - see D)
    Who ......................... Mr Osei
    By .......................... ongoing

 ---- Section H: Next review --------------------------------------------------
 Next PSP review ................... Wednesday 8 December 2027, 3.30pm
 Copy of this record to ............ Parent; EP; class teacher; pupil file
 Parent signature .................. [signed on paper copy]
 Completed by ...................... H. Brooks, SENCo

--------------------------------------------------------------------------------
 This record contains personal data. Store in line with the school's data
 protection policy. Do not email outside the school except by secure email.
--------------------------------------------------------------------------------
"""
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")

write_labels(STEM, "2027-11-10",
    "Primary school Pastoral Support Programme (PSP) review record printed from the school's pastoral system as a "
    "fixed-width form: dotted field labels, target review (MET / PARTLY MET / NOT MET), views, decisions, and a "
    "'Section G: Agreed support - who will do what' block with What/Who/By sub-fields for each item. Traps: target "
    "outcomes are reviews not actions; decisions to continue the PSP, refuse a reduced timetable and issue no suspension "
    "are decisions; item 6 'Continue daily check-in (existing)' is ongoing existing support, not new; incidents 'logged, "
    "parents informed same day' are done; the CAMHS referral is another service's. Labelling choices: 'before the next "
    "review' labelled meeting 2027-12 (next review 8 December 2027); 'Fri 19/11' = 2027-11-19; 'this week' = Friday "
    "12 November 2027 (end of the school week of the meeting); 'end of next week' = Friday 19 November 2027; 'when "
    "received' due null; Mr Osei and Mrs T. are not in the people list (person null); NK = Nadia Khan, HB = Helen Brooks, "
    "DL = David Lowe.",
    [("Observe J in class and at lunchtime", "DL", "David Lowe", "meeting 2027-12"),
     ("Submit the request for an EHC needs assessment", "HB", "Helen Brooks", "2027-11-19"),
     ("Set up a movement break card with J", "Mr Osei", None, "2027-11-12"),
     ("Email Mark Walsh (Transport) about the taxi drop-off time", "NK", "Nadia Khan", "2027-11-19"),
     ("Share the CAMHS appointment letter with school", "Mrs T. (mum)", None, None)])
