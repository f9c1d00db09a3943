import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

TEXT = """
SEND Partnership Board – November
Thursday, 18 November 2027 · 10:00 – 12:00
Meeting notes
Shared with: SEND Partnership Board (16)
Last edited by Ruth Hill just now

Agenda
Welcome and apologies
SEND Champions programme – one year on
Joint commissioning update
Inclusion charter
AOB

Notes
Welcome and apologies
Apologies: Priya Shah, David Lowe, Liam Porter. Anne chairing. Nadia Khan (Riverside head) joined for the charter item.
SEND Champions programme – one year on
Kerry presented (slides in chat). 46 Champions trained across 31 schools, 9 of them secondary.
Champions survey link went out to all schools on 5 Nov – thanks Sarah 🙌
Feedback from Champions: EHCP hub is hard to use on phones; parents don't know who their caseworker is; training day was too long.
Tom: could we do a Champions podcast with young people? Everyone liked it but no capacity this year – revisit in 2028.
Anne will invite one of the young Champions to speak at the February Board.
👍 3  ❤️ 1
Joint commissioning update
Yusuf: ICB and council signed the section 75 agreement for therapies on 1 Nov (done 🎉).
Grace – new OT clinic at Westmoor Children's Centre opens in January, the Trust's own plan, will report when live.
Question about the ICB autism waiting list validation exercise – nobody knew the timescale.
Inclusion charter
Nadia said heads are broadly supportive. Helen: SENCos want it shorter. Draft v3 agreed as the basis for consultation.
AOB
Ruth – Christmas meeting cancelled, next Board is in January.

Follow-up tasks
Draft SEND Champions newsletter for January
@Kerry Lang
Dec 10
Book venue for the Champions celebration event
@Ruth Hill
Jan 14
Pull together Champions feedback on the EHCP hub
@Sarah Khan
Send Champions survey link to all schools
@Sarah Khan
Nov 5
Take the draft inclusion charter to Primary Heads Forum
@Nadia Khan
Dec 1
Find out timescale for ICB autism waiting list validation
@Yusuf Okafor
Before next meeting
Update Champions training slides for secondary schools
Dan Mercer (Barnardo's) – not on Teams, Kerry to forward
Add Champions page to the Local Offer
@Ruth Hill
Oct 29
+ Add a task

Parking lot 💡
Champions podcast (2028?)
Half-day training instead of full day?
Champions badge / lanyard

Add a comment
Type / to insert
"""

STYLE = ("Held-out batch ninetysixth. A Teams Loop 'Meeting notes' page for the Partnership Board on Thursday 18 November 2027, kept by Ruth Hill "
 "and pasted as plain text: the task-list checkboxes are lost, so ticked (completed) tasks look exactly like open ones, and each task's "
 "assignee (@mention) and date fall on their own lines; emoji reactions and Loop chrome ('+ Add a task', 'Type / to insert') come along. "
 "Traps: 'Send Champions survey link to all schools' (Nov 5) and 'Add Champions page to the Local Offer' (Oct 29) were ticked – the first "
 "is confirmed done in the notes, both dates are before the meeting; Champions' feedback is feedback; the podcast and the other 'Parking lot' "
 "items are ideas not agreed; the section 75 agreement is done; the OT clinic is the Trust's own plan; 'Draft v3 agreed' is a decision; "
 "Christmas meeting cancelled is a notice. Dan Mercer (Barnardo's) is outside people.json. Dates (year inferred from the meeting): Kerry 'Dec 10' = "
 "Friday 10 December 2027; Ruth 'Jan 14' = Friday 14 January 2028; Sarah Khan no date = null; Nadia Khan 'Dec 1' = Wednesday 1 December 2027; "
 "Yusuf 'Before next meeting' = next meeting; Dan Mercer none = null; Anne 'February Board' = meeting 2028-02.")

ACTIONS = [
 ("Draft SEND Champions newsletter for January", "Kerry Lang", "Kerry Lang", "2027-12-10"),
 ("Book venue for the Champions celebration event", "Ruth Hill", "Ruth Hill", "2028-01-14"),
 ("Pull together Champions feedback on the EHCP hub", "Sarah Khan", "Sarah Khan", None),
 ("Take the draft inclusion charter to Primary Heads Forum", "Nadia Khan", "Nadia Khan", "2027-12-01"),
 ("Find out timescale for ICB autism waiting list validation", "Yusuf Okafor", "Yusuf Okafor", "next meeting"),
 ("Update Champions training slides for secondary schools", "Dan Mercer", None, None),
 ("invite one of the young Champions to speak", "Anne", "Anne Price", "meeting 2028-02"),
]
write("700_ninetysixth_teams_loop_notes_paste", TEXT, "2027-11-18", STYLE, ACTIONS)
