"""Build 211_twentysixth_coproduction_group_notes.txt and its labels."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "211_twentysixth_coproduction_group_notes"

TEXT = """WESTMOOR CO-PRODUCTION GROUP
Session 4 of 6 - "Outcomes that mean something" (EHCP outcomes and preparing for adulthood)
Thursday 23rd September 2027, 5.30pm - 7.30pm, The Hub, Market Street (pizza provided!)
Facilitated by Sarah Khan (Participation Officer). Notes written up by Sarah from the flipcharts.

Who came
  Parents/carers: Kerry Lang (PCF Parent Champion), Priya Mistry (PCF), Dawn, Marcus
  Young people (Westmoor Voices): Jay (17), Ellie (15), Reece (19)
  Practitioners: Mary Walker (Head of SEND), Owen Reid (Preparing for Adulthood Lead),
  Helen Brooks (SENCo, Riverside), a caseworker from the SEND team (Amira)
Couldn't make it: Tom Evans (PCF co-chair), Dr Patel

----------------------------------------------------------------
CHECK-IN ROUND (one word for how your week has been)
  "knackered", "hopeful", "busy", "exam-y", "fine", "sunny"... nothing to follow up.

----------------------------------------------------------------
OUR WORKING AGREEMENT (re-read and agreed - no changes)
  - Everyone's voice counts the same
  - Use plain words or explain them
  - What's said in the room about your own family stays in the room
  - It's fine to leave and come back

----------------------------------------------------------------
WHAT WE TALKED ABOUT

1) What makes an outcome "good"?
Young people said most outcomes in their plans are written for adults to tick off, e.g. "will
develop independence skills". Ellie: "I don't know what that would even look like on a Tuesday."
Parents agreed - outcomes are often copied from year to year.
Helen said schools find it hard when the outcomes are vague because they can't plan provision.
The group agreed outcomes should say what the young person will be able to do and by when, in
words they'd use themselves. (This is the group's view - it goes into our final report in
November, not a task today.)

Sarah will type up the group's outcome wording examples and send round to everyone by Fri 1 Oct.

2) Year 9 reviews and transition
Reece said nobody talked to him about adult life until year 11. Dawn's son had the same.
Owen explained the PfA pathway and that the year 9 review should be where this starts.
Owen agreed to bring the draft transition guide to the next session (21 Oct) so the group can
pull it apart.
Kerry to ask forum members for their experiences of year 9 reviews - before October half term
(which starts 25th).

3) The annual review form
Marcus pointed out the form still has a section called "Transition Plan" which confuses everyone
because it's nothing to do with moving school.
Mary W to find out why the annual review form still says "Transition Plan" and report back at
session 5.
Mary said she had already asked the team to stop sending the old version of the form home with
pupils - done last week.

4) Getting young people's views in
Jay suggested posters at the colleges to get more young people to the drop-ins. Jay to design
a poster for college drop-ins - no rush, whenever he's got time.
Amira said the SEND team would love to have young people help write the letters families get.
Nice idea - not agreed as anything yet.

----------------------------------------------------------------
PARKING LOT (things we're not dealing with now)
  * Transport to college for 19+ (Reece) - pass to PfA board? Sarah to check where this belongs
    before anyone promises anything.
  * Why do some schools use "one page profiles" and others don't
  * Money for the young people's group - vouchers for their time?

----------------------------------------------------------------
WHO'S TAKING WHAT AWAY
  Sarah   - typed outcome examples            - Fri 1 Oct
  Owen    - draft transition guide            - next session
  Kerry   - year 9 experiences from members   - before half term
  Mary W  - "Transition Plan" wording          - session 5
  Jay     - college poster                    - whenever

----------------------------------------------------------------
CHECK-OUT: one thing you're taking away
  "that it's not just us", "proper outcomes", "pizza was good"

Next session: Thursday 21st October 2027, 5.30pm, The Hub. Theme: health and therapies in plans.
Room already booked by Sarah.
"""

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")

labels = {
 "meeting_date": "2027-09-23",
 "style": ("Held-out batch twentysixth. Co-production group session notes written up from flipcharts by the "
           "participation officer (plain text, ruled sections, check-in/check-out rounds, working agreement, parking "
           "lot, and a 'Who's taking what away' recap that repeats the actions). Traps: check-in/out rounds; working "
           "agreement re-agreed (decision); the group's view on good outcomes is for the final report, 'not a task "
           "today'; Mary already stopped the old form going home (done); Amira's idea 'not agreed as anything yet'; "
           "parking lot items including 'Sarah to check where this belongs' which is parked, not agreed; room already "
           "booked. Labelling choices: 'next session (21 Oct)' and 'session 5' = meeting 2027-10; 'before October half "
           "term (which starts 25th)' = Friday 2027-10-22; Jay's 'no rush, whenever' = null and Jay is not in "
           "people.json; 'Mary W' = Mary Walker; 'Sarah' = Sarah Khan (the facilitator)."),
 "held_out": True,
 "actions": [
  {"key": "type up the group's outcome wording examples", "owner": "Sarah", "person": "Sarah Khan", "due": "2027-10-01"},
  {"key": "bring the draft transition guide to the next session", "owner": "Owen", "person": "Owen Reid", "due": "meeting 2027-10"},
  {"key": "ask forum members for their experiences of year", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-10-22"},
  {"key": "find out why the annual review form still says", "owner": "Mary W", "person": "Mary Walker", "due": "meeting 2027-10"},
  {"key": "design a poster for college drop-ins", "owner": "Jay", "person": None, "due": None},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
