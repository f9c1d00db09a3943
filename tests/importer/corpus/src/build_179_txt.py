"""Builds 179_twentysecond_person_centred_annual_review.txt: a SENCo's person-centred annual review notes."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "179_twentysecond_person_centred_annual_review"

TXT = """RIVERSIDE PRIMARY SCHOOL
EHCP ANNUAL REVIEW - PERSON-CENTRED MEETING NOTES
(typed up by Helen Brooks, SENCo, from the flipchart sheets)

Child:            J.M.  (Year 5, Oak class)      UPN held on file
Date of review:   Tuesday 11th May 2027, 3.30-5.00pm, SENCo room
Plan issued:      June 2024, last amended May 2026

Who came:
  J (for the first 20 minutes and the "what's important" bit)
  Lucy M (Mum), Dan M (Dad)
  Helen Brooks - SENCo (chairing + notes)
  Mr Osei - class teacher
  David Lowe - Principal Educational Psychologist (on Teams)
  Fern - Speech and Language Therapist, Children's Therapies
  Jas - SEND case officer, Westmoor Council (on Teams, 4pm onwards)

Couldn't come: Mrs Khan (Head) - sent her views in writing, read out at the start.
Views received in advance: OT (private, report not yet received), J's one-page profile (updated
with Mr Osei last week).


-----------------------------------------------------------------------
WHAT PEOPLE LIKE AND ADMIRE ABOUT J
-----------------------------------------------------------------------
 - Really kind to the younger ones at lunch - "he's a natural helper" (Mr Osei)
 - Knows EVERYTHING about trains and the Westmoor Valley line
 - Brilliant at Lego instructions, can follow 300-step builds
 - Funny! Mum: "he has us in stitches at teatime"


-----------------------------------------------------------------------
WHAT'S IMPORTANT TO J  (J told us / drew this)
-----------------------------------------------------------------------
 - Knowing what's happening next, especially if there's a supply teacher
 - Going on the Year 5 residential to Kingswood with his friends
 - Quiet place at lunch when the hall is "too shouty"
 - Sitting next to Alfie


-----------------------------------------------------------------------
WHAT'S WORKING
-----------------------------------------------------------------------
 - Reading age up 14 months since last review (now 8y 2m)
 - Morning check-in with Mrs Ahmed (TA) - calmer starts, fewer refusals
 - Lego therapy group on Weds
 - Home-school diary - both parents say this is the best thing this year
 - Residential: school has already booked J's place and a TA to go. Sorted. (J very happy!)


-----------------------------------------------------------------------
WHAT'S NOT WORKING
-----------------------------------------------------------------------
 - Afternoons, especially after lunch - 3 "walk-outs" in March
 - Changes to the timetable with no warning (swimming moved twice)
 - Written maths - knows the answer but can't get it down
 - SaLT targets in the plan are from 2024 and don't fit any more (Fern agrees)
 - Dad: "nobody told us about the new EP until the letter came" - Helen apologised,
   this was a communication slip on school's part.


-----------------------------------------------------------------------
QUESTIONS TO ANSWER / THINGS WE TALKED ABOUT
-----------------------------------------------------------------------
 * Placement - everyone agreed Riverside is still the right school. No change
   to placement. (Decision - Jas noted for the LA.)
 * Transport - Dad asked whether J would qualify. They live 0.4 miles away and
   walk; nobody thinks it's needed. Nothing to do.
 * Lunchtime 1:1 - Mum would really like J to have an adult with him at
   lunch. School can't promise this now; Mrs Khan will look at it in the
   September staffing review. (Not agreed today - to be considered.)
 * Year 6 to 7 transition - too early for detail; we'll plan this properly
   at next year's review. Parents to start looking at open evenings in the
   autumn if they want to (their choice, no pressure).
 * The EP service waiting list - David explained the new consultation model.


-----------------------------------------------------------------------
WHAT NEEDS TO HAPPEN NEXT  (agreed at the end - read back to Mum and Dad)
-----------------------------------------------------------------------

 1. Mr Osei will set up a visual timetable on J's desk and a "time out" card
    from Monday 17th May.

 2. Fern will send updated SaLT advice and new targets to Helen by
    half term (Fri 28th May - remember Mon 31st is the bank holiday).

 3. Mum will email the private OT report to Helen this week (by Fri 14th)
    so it can go in with the paperwork.

 4. David will do a short classroom observation of J in the afternoons,
    by the end of the summer term (Weds 21st July).

 5. Helen will send the review report and proposed amendments to the SEND
    team within two weeks, i.e. by Tues 25th May.

 6. Jas (SEND case officer) will let the family know the LA's decision on
    amending the plan - statutory 4 weeks from today, so by 8th June.

Already done in the meeting: J's one-page profile updated and signed by J and Mum.

Next annual review: May 2028 (Year 6) - date to be set in September.


Signed (SENCo): H Brooks           Date: 12/05/27
Copy to: parents, Jas (SEND team), David Lowe, Fern (SaLT), file
"""

LABELS = {
    "meeting_date": "2027-05-11",
    "style": ("Held-out batch twentysecond. Plain-text person-centred EHCP annual review notes typed up by a "
              "primary SENCo from flipchart sheets (like/admire, important to, working, not working, questions, "
              "'what needs to happen next'). Traps: residential place already booked (done); apology for "
              "communication slip is not an action; placement unchanged is a decision; transport 'nothing to do'; "
              "lunchtime 1:1 is 'to be considered' by the head in September (not agreed); parents looking at open "
              "evenings is optional ('their choice'); one-page profile already updated in the meeting; next review "
              "date to be set is not assigned. Labelling choices: owners by first name or title (Mr Osei, Fern, "
              "Mum, Jas) who are not in people.json get person null; David = David Lowe, Helen = Helen Brooks "
              "(the note writer). 'by half term' resolved by the document's own Fri 28th May; 'this week' resolved "
              "by the document's 'by Fri 14th'; 'from Monday 17th May' labelled as that date."),
    "held_out": True,
    "actions": [
        {"key": "set up a visual timetable on J's desk", "owner": "Mr Osei", "person": None, "due": "2027-05-17"},
        {"key": "send updated SaLT advice and new targets to Helen", "owner": "Fern", "person": None, "due": "2027-05-28"},
        {"key": "Mum will email the private OT report", "owner": "Mum", "person": None, "due": "2027-05-14"},
        {"key": "do a short classroom observation of J", "owner": "David", "person": "David Lowe", "due": "2027-07-21"},
        {"key": "send the review report and proposed amendments", "owner": "Helen", "person": "Helen Brooks", "due": "2027-05-25"},
        {"key": "let the family know the LA's decision", "owner": "Jas", "person": None, "due": "2027-06-08"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
