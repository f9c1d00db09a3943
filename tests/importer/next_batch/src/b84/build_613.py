import json
from pathlib import Path
OUT = Path("/tmp/b84")
STEM = "613_eightyfourth_team_around_the_service_review_post16"

text = """WESTMOOR SEND PARTNERSHIP
TEAM AROUND THE SERVICE (TAS) REVIEW MEETING
Adapted from the Team Around the Family / Child in Need review format - service level, no individual
children discussed by name. Young people referred to by initials or cohort only.

Service under review: Post-16 transition for young people with EHCPs moving to Westmoor College
                      (September 2027 cohort)
Review no.:           2 (first review held 20 January 2027)
Date of meeting:      Wednesday 3 March 2027, 10.00 - 12.00
Place:                Westmoor College, Learning Support Centre (Room LS2)
Lead professional:    Owen Reid, Preparing for Adulthood Lead (OR)
Minute taker:         Kay Adams, PfA team admin

PRESENT
  Owen Reid (OR) - PfA Lead, Westmoor Council (chair / lead professional)
  Dan Foley (DF) - Transition and Admissions Lead, Westmoor College
  Mark Walsh (MWa) - Head of Transport, Westmoor Council
  Grace Adeyemi (GA) - Head of Children's Therapies, Community Health Trust
  Claire Dunmore (CD) - SENDIASS Service Manager
  Tom Evans (TE) - PCF co-chair
  Sarah Khan (SK) - Participation Officer
  Angela Moyo (AM) - SEN Team Manager

APOLOGIES
  Mary Walker (Head of SEND) - AM attending
  Ellie Shaw, Careers Adviser (Ingeus) - sent cohort list in advance

-----------------------------------------------------------------------
1. PURPOSE OF TODAY / GROUND RULES
-----------------------------------------------------------------------
OR reminded everyone that this is a service-level review using the TAF format: what is working well,
what are we worried about, what needs to happen. Worries about individual young people go to their
own annual review or to the SEN team, not here. Scaling question at the end.

-----------------------------------------------------------------------
2. PROGRESS ON THE PLAN FROM REVIEW 1 (20 January)
-----------------------------------------------------------------------
  a) SEN team to send consultation letters to the college for all Y11s naming it - DONE (AM). 47 sent
     by 15 February, which is the statutory deadline.
  b) College to hold an extra open evening for EHCP families - DONE, 11 February, 23 families came.
  c) Transport: publish the post-16 transport policy statement - DONE by Mark's team on 26 February
     (it had to be out by 31 May anyway, so this was early).
  d) OR to get the Careers Service cohort list - DONE (Ellie sent it).
  e) GA to find out whether SALT follows young people into college - NOT DONE, carried into today's
     plan (see 5).

-----------------------------------------------------------------------
3. WHAT IS WORKING WELL
-----------------------------------------------------------------------
  - Consultations went out on time for the first year in three years.
  - College says the quality of EHCP section F has improved - they can see what they would need to provide.
  - Families who came to the open evening gave good feedback (TE has heard the same through the PCF).
  - Good joint working between the college learning support team and the SEN team.

-----------------------------------------------------------------------
4. WHAT ARE WE WORRIED ABOUT
-----------------------------------------------------------------------
  - From the careers list, 9 young people in the cohort have NO confirmed post-16 place or application
    at all, and a further 6 are applying only to a course they probably can't access at entry level.
  - Transport applications: the post-16 application window closes 30 April and families of young
    people still waiting for a consultation response may miss it.
  - Therapies: young people lose paediatric SALT at 19 in some cases and at 16 in others, and nobody
    can tell parents what the adult offer is.
  - Young people's own voice is missing - the whole plan has been written by adults.
  - Parents say they don't know where to go when the college and the school give different answers.
  - (College) High needs funding top-up rates for 2027/28 not yet confirmed - DF is worried about staffing.
    OR explained this is decided through Schools Forum and the high needs budget, not this group.
    Noted, no action here.

-----------------------------------------------------------------------
5. WHAT NEEDS TO HAPPEN (the plan)
-----------------------------------------------------------------------
  No. What                                                     Who     By when
  --- -------------------------------------------------------- ------- ----------------------------
  1   Owen Reid to map the nine young people without a          OR      Friday 19 March
      confirmed post-16 place against their schools and
      EHCP coordinators, and make sure each has a named
      person chasing it
  2   Dan to send the list of applicants who have applied       DF      within a week
      only for entry level 3 courses to the SEN team so
      annual reviews can look at it
  3   Mark Walsh to confirm whether the post-16 transport        MWa     within two weeks
      window can stay open for families still waiting on a
      consultation response (late applications policy)
  4   Claire Dunmore to run a SENDIASS drop-in for parents       CD      before the Easter holidays
      at the college on what to do if the school and college
      disagree
  5   GA to confirm which young people will lose SALT at 19     GA      next review
      and what the adult offer is (carried from review 1)
  6   Sarah Khan to run a young people's voice session with     SK      Friday 19 March
      the Foundation Learning group about what they want
      from transition
  7   Tom Evans to gather three families' experiences of the    TE      ongoing
      process for the next review

  Also agreed but not an action for this group: the college will review its own learning support
  staffing once top-up rates are known (college's internal process).

-----------------------------------------------------------------------
6. SCALING
-----------------------------------------------------------------------
  "On a scale of 0-10, where 10 is every young person in this cohort starting college in September
   with the right support and 0 is nobody does": scores 4, 5, 5, 6, 4, 5, 6, 5. Average 5
  (review 1 average was 3).

-----------------------------------------------------------------------
7. NEXT REVIEW
-----------------------------------------------------------------------
  Wednesday 14 April 2027, 10.00, Westmoor College (LS2). OR to send calendar invitation (sent).

-----------------------------------------------------------------------
ADDENDUM - added by OR, 8 March 2027
-----------------------------------------------------------------------
  Action 6: Sarah Khan is now off until the Easter holidays. The Foundation Learning group also has its
  exams that week. Sarah will run the young people's voice session after Easter instead - new date
  w/c 12 April, in time to feed into the next review. Owner unchanged.

  Action 2: Dan has already sent the list (5 March). Closed.

  Kay Adams, for Owen Reid
"""
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")

labels = {
    "meeting_date": "2027-03-03",
    "style": ("Held-out batch eightyfourth. Plain-text notes of a 'Team Around the Service' review (the TAF/CIN review "
              "format adapted to a service: working well / worried about / what needs to happen, with a fixed-width plan "
              "table and a scaling question) for the post-16 transition of the September 2027 cohort, Wednesday 3 March "
              "2027, led by Owen Reid. Traps: all review-1 actions are DONE except GA's SALT question, which is carried "
              "into today's plan as item 5 (labelled once, in its new form); high needs top-up rates are Schools Forum's "
              "business and the college's own staffing review is explicitly 'not an action for this group'; OR's calendar "
              "invitation was already sent; an addendum of 8 March moves action 6 (Sarah Khan, owner unchanged) from Friday "
              "19 March to 'w/c 12 April' and records Dan Foley's action 2 as already completed on 5 March - Dan's action is "
              "still labelled, since it is a new action assigned at the meeting and completed only afterwards (owner outside the "
              "partnership, person null), with its original due date. Tom Evans's 'ongoing' gathering has no date "
              "(null). 'MWa' is Mark Walsh (Mary Walker is an apology). Dates: 'Friday 19 March' = 2027-03-19; 'within a "
              "week' = Wednesday 10 March 2027; 'within two weeks' = Wednesday 17 March 2027; 'before the Easter holidays' "
              "(term ends Thursday 25 March; Good Friday 26 March) = 2027-03-25; 'next review' dated Wednesday 14 April "
              "2027; addendum 'w/c 12 April' = Friday 16 April 2027."),
    "held_out": True,
    "actions": [
        {"key": "Owen Reid to map the nine young people", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-03-19"},
        {"key": "Dan to send the list of applicants", "owner": "Dan", "person": None, "due": "2027-03-10"},
        {"key": "Mark Walsh to confirm whether the post-16 transport", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-03-17"},
        {"key": "Claire Dunmore to run a SENDIASS drop-in", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-03-25"},
        {"key": "GA to confirm which young people will lose SALT", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-04-14"},
        {"key": "Sarah Khan to run a young people's voice session", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-04-16"},
        {"key": "Tom Evans to gather three families' experiences", "owner": "Tom Evans", "person": "Tom Evans", "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
