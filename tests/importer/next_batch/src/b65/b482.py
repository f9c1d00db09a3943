"""482: verbatim-style record of public question time at the Board's meeting in public, prepared from the
webcast; officers' promises to respond are spoken commitments inside answers."""
import json
from pathlib import Path

OUT = Path("/tmp/b65")
STEM = "482_sixtyfifth_public_question_time_verbatim_record"

txt = """WESTMOOR SEND PARTNERSHIP BOARD - MEETING HELD IN PUBLIC
Wednesday 14 July 2027, 6.00pm, Council Chamber, Westmoor House (and webcast)

ITEM 3: PUBLIC QUESTION TIME
Record of proceedings prepared from the webcast recording by Democratic Services. Lightly edited
for readability; hesitations and repetitions removed. Questions were submitted in advance unless
marked (supplementary). Timestamps refer to the webcast.

Present for this item: Anne Price (Independent Chair); Mary Walker (Head of SEND); Yusuf Okafor
(Designated Clinical Officer, ICB); Mark Walsh (Head of Transport, attending for Q2); Sarah Khan
(Participation Officer); Liam Porter (Data and Performance Manager); Claire Dunmore (SENDIASS);
other Board members as listed in the main minutes.

-----------------------------------------------------------------------------------------------
[00:04:10]
THE CHAIR (Anne Price): Good evening everyone and welcome to those joining us on the webcast. We
have four questions submitted in advance and we have up to thirty minutes. Can I remind everyone
that we can't discuss individual children in a public meeting. If your question is about your own
child, officers will speak to you privately. Our first question is from Mrs Lorraine Hughes.

Q1 - Mrs Lorraine Hughes
MRS HUGHES: Thank you. My son's annual review was in February and we still haven't had the amended
plan. The law says four weeks after the decision. How many annual reviews are currently past that
deadline, and what is the Board doing about it?

MARY WALKER (Head of SEND): Thank you, Mrs Hughes, and I'm sorry about your son's review. I can tell
you we changed the letter that goes out after an annual review back in May, so families now get a
named officer and a date, and that's already in place. On the number, I don't want to give you a
figure off the top of my head tonight that turns out to be wrong. I will come back to you in writing
within ten working days with the number of reviews past the deadline and what we're doing about them.

MRS HUGHES (supplementary): Will that be published for everyone, not just me?

THE CHAIR: Yes - written answers to tonight's questions will be published with the draft minutes on
the Local Offer by Friday 30 July. Mary's reply to you will go into that too.

[00:09:45]
Q2 - Mr Daniel Foster
MR FOSTER: My daughter's taxi to her special school was changed at Easter and the new route has her
in the car for an hour and twenty minutes each way. I've been told the policy is seventy-five minutes.
Who monitors this?

MARK WALSH (Head of Transport): Thank you, Mr Foster. The seventy-five minutes is guidance for
secondary-age pupils rather than a hard limit, but an hour twenty is longer than I'd expect. I'll look
into that route personally, and I'll get someone from the transport team to ring you by Friday to talk
it through. In terms of monitoring more generally, the route review that the council's Cabinet agreed in
March is under way and Cabinet gets the results in September, so that's a council process rather than
something the Board decides.

MR FOSTER: Thank you.

THE CHAIR: And Mr Foster, Claire from SENDIASS is here - Claire, could you have a word with Mr Foster
at the break in case there's anything we can do in the meantime?

CLAIRE DUNMORE (SENDIASS): Of course, I'll catch you at the break.

[00:14:20]
Q3 - Ms Jade Allen (on behalf of the Autism Parents Group, Eastfield)
MS ALLEN: The Board's own report says the autism assessment wait is 68 weeks. Parents in our group
are being told it's over two years. Which is right, and how many children are waiting?

YUSUF OKAFOR (Designated Clinical Officer): Thank you. Both can be right, because the 68 weeks is an
average from referral to diagnosis and some children wait much longer. I haven't got the number
waiting in front of me tonight - it changes weekly - but I will make sure the current number waiting,
and the longest wait, are in the written answers that go out with the minutes. I'd also say the ICB
Board is taking a business case for the neurodevelopmental pathway tomorrow, so there should be news
on extra capacity soon, though that's the ICB's decision.

MS ALLEN (supplementary): Does the 68 weeks include children who moved here from another area and
had already been waiting?

YUSUF OKAFOR: That's a very good question and I genuinely don't know.

LIAM PORTER (Data and Performance Manager): Chair, if I may - I can check whether the figure includes
transfers in from other areas, and I'll add a note on that to Yusuf's written answer.

THE CHAIR: Thank you, Liam.

[00:19:05]
Q4 - Ellie (aged 16, Westmoor Youth Forum)
ELLIE: Hi. When the Board talks about co-production, how can young people who don't come to the Youth
Forum get involved? Lots of my friends can't do Tuesday evenings.

SARAH KHAN (Participation Officer): Thanks Ellie, that's a brilliant question. We already moved two
of the summer sessions to Saturdays after feedback in the spring, and we've got an online survey
running. I'll send you the dates of the Saturday sessions tomorrow, and you can share them with
your friends.

ELLIE: Thanks.

THE CHAIR: Ellie, I'd add that I'd like the Board to hear directly from young people about this. I
will ask for a young people's item on how to get involved to come to the September Board, which
is Thursday 23 September, and I hope you'll come and help us present it.

[00:23:30]
THE CHAIR: We have a few minutes left. There's a late question from Mr Grant, which I've agreed to take.

Q5 (late) - Mr Peter Grant
MR GRANT: Would the Board consider having question time at the end of the meeting rather than the
start, so we can respond to what's been discussed?

THE CHAIR: That's a fair point. The Board's terms of reference set the order of business, and we
reviewed them in April, so we won't be changing it tonight. But we'll take that as a comment, to be
considered whenever the terms of reference are next reviewed, which isn't until next April.

MR GRANT: Fair enough.

THE CHAIR: Thank you all. That concludes public question time. We'll take a five-minute break.

[00:25:50]  -- End of Item 3 --

Note from Democratic Services: Where officers have undertaken to provide a written response, the
response will be sent to the questioner and published on the Local Offer with the draft minutes.
Questioners' names are published with their consent.
"""
(OUT / f"{STEM}.txt").write_text(txt, encoding="utf-8")

labels = {
    "meeting_date": "2027-07-14",
    "style": ("Held-out batch sixtyfifth. A verbatim-style record of public question time (Item 3) at the Board's meeting "
              "in public, prepared by Democratic Services from the webcast: timestamps, SPEAKER NAME (role): labels, questions "
              "from members of the public and a young person, supplementaries, and officers' spoken promises to respond. Traps: "
              "questions themselves; done changes (annual review letter changed in May, Saturday sessions already moved); "
              "other bodies' decisions (council Cabinet route review in September, ICB Board business case tomorrow); Claire "
              "Dunmore's word with Mr Foster 'at the break' happens during the meeting (not labelled); the Chair's handling of Mr "
              "Grant's comment is a 'take that as a comment' for a review 'next April' (not labelled as an "
              "action); the Democratic Services standing note. Labels: Mary Walker's 'within ten working days' from Wednesday 14 "
              "July = Wednesday 28 July 2027; Mark Walsh's call 'by Friday' = Friday 16 July; Yusuf's figures go into the written "
              "answers published 'by Friday 30 July'; Liam's note on transfers is added to Yusuf's written answer, so also 30 July; "
              "Sarah Khan's 'tomorrow' = Thursday 15 July; the Chair ('I', Anne Price) asks for the item 'to come to the September "
              "Board, which is Thursday 23 September'. Owners are written as speaker labels, e.g. 'MARY WALKER', 'I'."),
    "held_out": True,
    "actions": [
        {"key": "I will come back to you in writing", "owner": "MARY WALKER", "person": "Mary Walker", "due": "2027-07-28"},
        {"key": "get someone from the transport team to ring", "owner": "MARK WALSH", "person": "Mark Walsh", "due": "2027-07-16"},
        {"key": "the current number waiting, and the longest wait", "owner": "YUSUF OKAFOR", "person": "Yusuf Okafor",
         "due": "2027-07-30"},
        {"key": "I can check whether the figure includes transfers", "owner": "LIAM PORTER", "person": "Liam Porter",
         "due": "2027-07-30"},
        {"key": "I'll send you the dates of the Saturday", "owner": "SARAH KHAN", "person": "Sarah Khan", "due": "2027-07-15"},
        {"key": "will ask for a young people's item", "owner": "I", "person": "Anne Price", "due": "2027-09-23"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
