"""477: A Teams channel post (notes of a cluster catch-up) with its reply thread, copied out of Teams as plain text."""
import json
from pathlib import Path

OUT = Path("/tmp/b64")
STEM = "477_sixtyfourth_teams_channel_post_thread_copied"

text = """Westmoor SEND Partnership > Inclusion & Outreach (Workstream 3) > Posts

David Lowe
12/10 13:07
Notes from this morning's EP / SENCo cluster catch-up (Tue 12 Oct)

Thanks all for coming - 11 schools represented, which is the best yet. Quick notes and actions below, shout if I've missed anything.

Graduated approach toolkit - Helen has already circulated the draft to the cluster (thanks Helen!). Feedback so far is positive, main ask is more secondary examples.
Helen to collect feedback on the toolkit from cluster SENCos ahead of the SENCo network on Wednesday 20th.
EP consultation model for spring - I'll send the spring term EP consultation slots to all SENCos by Friday.
@Sarah Kent to share the attendance data template with the cluster heads by 22 Oct.
@Liam Porter to pull the suspensions data for the cluster schools by 29 Oct, so we can look at it next time.
@Mary Walker - can you confirm whether the top-up banding consultation closes on 5 Nov? A few SENCos weren't sure.
Nadia is presenting the cluster's work at the heads' forum on 4 Nov (agenda item 3) - no prep needed from the rest of us.

Next catch-up: Tuesday 16 November, 9.30, Riverside Primary (Helen hosting).

👍 6   ❤️ 2
(edited)

    Helen Brooks
    12/10 13:22
    Small correction - the SENCo network is Thursday 21st not Wednesday 20th! I'll get the toolkit feedback gathered before then. Hall is booked for the 16th already.
    👍 3

    Liam Porter
    12/10 14:05
    I'm on leave from the 25th so 29th won't work for me. Amir in my team can do the suspensions pull - @Amir Hussain are you ok with that?

    Amir Hussain
    12/10 14:31
    Yes no problem, I'll have the suspensions data to David by 29 Oct 👍

    David Lowe
    12/10 14:33
    Thanks Amir - over to you, same date. Liam enjoy your break!

    Mary Walker
    12/10 15:48
    Yes it closes 5 Nov. I'll get the response form re-sent to all SENCos tomorrow so nobody misses it.
    ❤️ 4

    Priya Shah
    12/10 16:10
    FYI the inclusion charter launch has moved to 1 December - comms will go out from my office nearer the time, nothing needed from the cluster for now.

    Sarah Kent
    Yesterday 09:12
    Template attached - apologies, I'd already sent it to the heads last week so some of you will have it twice.
    attendance_template_v3.xlsx

    Tom Evans
    Yesterday 11:40
    Could the PCF see the toolkit before it's final? Happy to get a couple of parents to read it.

    David Lowe
    Yesterday 11:52
    Good shout Tom - yes please. Tom to get two parents to read the toolkit and send comments to Helen by 5 Nov.
    👍 2

Reply
"""
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")

labels = {
    "meeting_date": "2027-10-12",
    "style": "Held-out batch sixtyfourth. A Teams channel post (David Lowe's notes of an EP / SENCo cluster catch-up, "
             "Tuesday 12 October 2027) with its reply thread, copied out of Teams as text: channel breadcrumb, author "
             "and dd/mm time lines, reactions, '(edited)', indented replies, 'Yesterday' timestamps, an attachment name "
             "and the trailing 'Reply'. Traps: the toolkit draft already circulated; a question to Mary Walker (the "
             "consultation date) whose reply turns into an action; Nadia presenting at the heads' forum (presenter, "
             "'no prep needed'); Helen hosting and the hall 'booked for the 16th already' (done); Priya Shah's FYI about "
             "the council's charter launch (other body, nothing needed); Sarah Kent's reply shows her template action was "
             "already done ('I'd already sent it to the heads last week'), so it is not labelled; a date correction in a reply (SENCo network Thursday 21st not Wednesday 20th); Liam's "
             "action re-assigned in the thread to Amir Hussain (not in people.json), same date. Labelling: 'I' in the "
             "post = David Lowe; 'by Friday' from Tuesday 12 October = 2027-10-15; Helen (Helen Brooks) feedback due "
             "at the corrected network date 2027-10-21; Mary Walker's 'tomorrow' = 2027-10-13; Tom (Tom Evans) by 5 Nov "
             "= 2027-11-05; Amir by 29 Oct = 2027-10-29.",
    "held_out": True,
    "actions": [
        {"key": "Helen to collect feedback on the toolkit", "owner": "Helen", "person": "Helen Brooks", "due": "2027-10-21"},
        {"key": "I'll send the spring term EP consultation slots", "owner": "I", "person": "David Lowe", "due": "2027-10-15"},
        {"key": "I'll have the suspensions data to David", "owner": "Amir Hussain", "person": None, "due": "2027-10-29"},
        {"key": "get the response form re-sent to all SENCos", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-10-13"},
        {"key": "Tom to get two parents to read the toolkit", "owner": "Tom", "person": "Tom Evans", "due": "2027-11-05"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
