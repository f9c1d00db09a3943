"""An assistant's recap of "Task: / Owner: / Due:" blocks, a list of actions numbered "A1." that the
discussion points to, and the like. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.due import NEXT_MEETING
from tracker.importer.owners import looks_like_owner
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 9, 15)  # a Wednesday


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    names = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams"})
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=names), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, bool(s.due and s.due.kind == NEXT_MEETING))
            for s in found if s.suggested}


TASK_BLOCKS = """Recap – Inclusion Panel
Wednesday 15 September 2027

Summary
• Omar Lewis said exclusions had fallen this term; no further work was agreed.

Follow-up tasks
Task: Write to the three secondary heads about the reduced-timetable figures
Assigned to: Nadia Shah
Due: 24 September 2027

Task: Book a room for the October parent drop-in
Owner: Bea Cole
Deadline: Friday 1 October

Task: Find out how many pupils were on part-time timetables in the spring
Assigned to: Kemi Adams
Due: Not specified

Task: Invite a parent panel to review the letter
Assigned to: Jo Price, Omar Lewis
Due: Before next meeting
"""


def test_task_blocks_each_give_one_action_with_its_owner_and_due_date():
    found = ticked(TASK_BLOCKS)
    assert found["Write to the three secondary heads about the reduced-timetable figures"][:2] == (
        "Nadia Shah", date(2027, 9, 24))
    assert found["Book a room for the October parent drop-in"][:2] == ("Bea Cole", date(2027, 10, 1))
    # "Due: Not specified" leaves it undated, though the task itself says "in the spring"
    assert found["Find out how many pupils were on part-time timetables in the spring"][:2] == ("Kemi Adams", None)
    assert found["Invite a parent panel to review the letter"][0] == "Jo Price"
    assert found["Invite a parent panel to review the letter"][2]  # by the next meeting
    assert len(found) == 4


def test_a_task_that_starts_with_a_verb_and_its_object_is_not_an_owner():
    assert not looks_like_owner("Invite a parent panel")
    assert not looks_like_owner("Arrange the annual review training")
    assert looks_like_owner("All the SENCos")
    assert looks_like_owner("The parent panel")


CITED_LIST = """Inclusion Panel – minutes, 15 September 2027

3. Part-time timetables
3.1 Figures were shared; the number is falling. NS to write to the secondary heads - see P1.
3.2 KA asked for the spring figures. KA to find them - see P2.
3.3 The trust will report to the Trust Board rather than here.
3.4 The attendance strategy will be redrafted by the council; this is for the Schools Forum, not the Panel.

ACTIONS
P1. Write to the three secondary heads about the reduced-timetable figures (NS) [24/09/27]
P2. Find out how many pupils were on part-time timetables in the spring (KA) [TBC]
P3. Book a room for the October parent drop-in (BC) [October meeting]
"""


def test_sentences_that_point_to_the_action_list_leave_the_list_its_actions():
    found = ticked(CITED_LIST)
    assert found == {
        "Write to the three secondary heads about the reduced-timetable figures": ("NS", date(2027, 9, 24), False),
        "Find out how many pupils were on part-time timetables in the spring": ("KA", None, False),
        "Book a room for the October parent drop-in": ("BC", date(2027, 10, 31), False),
    }


def test_another_bodys_matter_is_not_this_groups_action():
    found = ticked("""Notes

Omar Lewis will take the transport appeals to the Transport Board rather than here.
The council will review the offer; this is for the Schools Forum, not the group.
Bea Cole will book the hall for the parent event.
""")
    assert list(found) == ["Book the hall for the parent event"]


def test_a_list_item_with_no_owner_takes_the_owner_of_the_sentence_that_cites_it():
    found = ticked("""Inclusion Panel – minutes, 15 September 2027

Jo Price to ask the PCF for two parents to join the panel - see B1.
Bea Cole to update the Local Offer page - see B2.

Actions
B1. Ask the PCF for two parents to join the review panel [1 October 2027]
B2. Update the Local Offer page on part-time timetables [end of October]
""")
    assert found == {"Ask the PCF for two parents to join the review panel": ("Jo Price", date(2027, 10, 1), False),
                     "Update the Local Offer page on part-time timetables": ("Bea Cole", date(2027, 10, 31), False)}


PLANNER_PASTE = """Inclusion Panel – task list copied out for the meeting on 15 September 2027

Bucket: Attendance
Task: Refresh the persistent absence dashboard - Westfield Academy
Assigned to: Omar Lewis
Start date: 01/09/2027
Due date: 24/09/2027
Progress: In progress
Checklist: 1/2
[x] Pull the August census
[ ] Check with Kemi
Notes: Kemi to sense-check the numbers first.

Task: Welcome letter for new families
Assigned to: Bea Cole
Due date: 03/09/2027
Progress: Completed
Completed date: 02/09/2027

Task: Review the part-time timetable guidance
Assigned to: Jo Price; Nadia Shah
Due date: 30/09/2027
Comments:
Jo Price (10/09/2027): Can we go after the heads' meeting?
Nadia Shah (11/09/2027): Yes, moved.
Due date (updated): 08/10/2027

Task: Scrutiny to look at the exclusions report
Assigned to: (unassigned)
Due date: (none)
Notes: The Scrutiny Committee's business, not ours. Kept here for the date.

Task: A parent buddy scheme?
Assigned to: (unassigned)
Notes: An idea from the summer workshop. Not agreed.
"""


def test_a_task_tools_blocks_read_their_fields_notes_checklists_and_comments():
    found = ticked(PLANNER_PASTE)
    assert found == {
        # "Assigned to" is the owner, not "Westfield Academy" after the dash; the checklist and
        # "Kemi to sense-check ..." in its notes are the task's detail, not actions of their own
        "Refresh the persistent absence dashboard - Westfield Academy": ("Omar Lewis", date(2027, 9, 24), False),
        # the due date moved in a comment, then in its field
        "Review the part-time timetable guidance": ("Jo Price", date(2027, 10, 8), False),
    }


NOTEBOOK = """Inclusion Panel 15/9/27 2pm rm 4
(my notes - KA - typed up quickly, proper minutes to follow)

1. Part-time timetables
   -> OL: numbers down again, 14 pupils now
   -> council's own review of the guidance due Nov - theirs
   -> letter to the three secondary heads => NS by 24/9

2. Parent drop-in
   -> BC: hall free on 1/10
   -> room booking + refreshments for the drop-in => me by Fri
   -> flyer to schools for the October meeting -> JP
"""


def test_typed_up_notebook_arrows_mark_whose_each_line_is():
    found = ticked(NOTEBOOK)
    assert found == {
        "Letter to the three secondary heads": ("NS", date(2027, 9, 24), False),
        # "me" is the writer, named at the top; "by Fri" after the arrow is the deadline
        "Room booking + refreshments for the drop-in": ("KA", date(2027, 9, 17), False),
        "Flyer to schools for the October meeting": ("JP", date(2027, 10, 31), False),
    }


NHS_MINUTES = """Inclusion Panel
Minutes of the meeting held on 15 September 2027

3.   EXCLUSIONS
3.1  OL presented the data. Members agreed to close P/27/01 and P/27/02.
     ACTION P/27/03: NS to write to the three secondary heads about the figures.
3.2  The council will review the guidance at its meeting on 6 October; this is a matter for the
     Cabinet and not for this group.
3.3  Members to let the PCF know directly if they are interested.

ACTION LOG (updated 15/09/2027)

Ref      | Action                                   | Lead | Due          | Status
---------+------------------------------------------+------+--------------+-------------
P/27/01  | Share the draft exclusions guidance with | BC   | 01/09/2027   | Complete –
         | the PCF for comment                      |      |              | CLOSED
P/27/03  | Write to the three secondary heads about | NS   | 24/09/2027   | Open
         | the figures                              |      |              |
P/27/04  | Book the hall for the parent drop-in     | JP   | 01/10/2027   | Open
"""


def test_a_log_typed_with_pipes_and_plus_signs_reads_its_wrapped_rows_whole():
    found = ticked(NHS_MINUTES)
    assert found == {"Write to the three secondary heads about the figures": ("NS", date(2027, 9, 24), False),
                     "Book the hall for the parent drop-in": ("JP", date(2027, 10, 1), False)}


DECISION_NOTICE = """Record of Executive Decision

Reference\tED/CYP/2027/011
Title\tOutreach from special schools
Decision maker\tCllr J. Okoro, Cabinet Member for Children's Services
Date of decision\tWednesday 15 September 2027
Call-in deadline\t5pm, Wednesday 22 September 2027

1. Decision
1.1 To approve the new outreach offer from the special schools.
1.2 That the Head of Inclusion publish the outreach referral form on the Local Offer by 1 October 2027.
1.3 That the update be noted.

2. Alternatives considered
2.1 Option A – keep the current offer. Rejected.
2.2 Option B – buy outreach from a provider. Rejected: it would cost more.

3. Implementation
An annual report on outreach will be presented to Cabinet in July as usual.

Signed: J. Okoro (Cabinet Member) Date: 16/09/2027
"""


def test_a_decision_notice_gives_its_that_clauses_owners_and_no_more():
    assert ticked(DECISION_NOTICE) == {
        "Publish the outreach referral form on the Local Offer by 1 October 2027":
            ("the Head of Inclusion", date(2027, 10, 1), False)}


BOARD_EXPORT = """Card ID,Card name,List,Members,Due date,Labels,Description,Archived,Last activity
ip-1,TEMPLATE - copy me,To do,,,,Copy this card for a new action.,false,2027-01-04 09:00
ip-7,Write to the three secondary heads,To do,Nadia Shah,2027-09-24 17:00,Letters,Use the new template.,false,2027-09-15 10:00
ip-8,Book the hall for the parent drop-in,In progress,Bea Cole,2027-10-01 17:00,Events,,false,2027-09-15 10:02
ip-5,Relaunch the newsletter in print,Parked,Jo Price,2027-06-30 17:00,Comms,No budget.,false,2027-06-20 12:00
ip-3,Invite the trust to speak,Waiting on others,Omar Lewis,,External,,false,2027-08-01 11:00
ip-2,Publish the summer newsletter,Done,Jo Price,2027-07-01 17:00,Comms,,false,2027-07-01 15:00
ip-4,Set up a Padlet for feedback,To do,Bea Cole,2027-09-30 17:00,Comms,Not going ahead.,true,2027-09-01 10:00
"""


def test_a_boards_export_reads_card_members_and_list_and_leaves_closed_lists_out():
    assert ticked(BOARD_EXPORT) == {
        "Write to the three secondary heads": ("Nadia Shah", date(2027, 9, 24), False),
        "Book the hall for the parent drop-in": ("Bea Cole", date(2027, 10, 1), False)}


WHATSAPP = """[15/09/2027, 19:02] Jo Price: Evening all, the main bits from tonight's call
[15/09/2027, 19:03] Jo Price: 1) we want a proper list of the part-time timetables before we meet the council
[15/09/2027, 19:03] Jo Price: 2) the drop-in
[15/09/2027, 19:05] Bea Cole: I'm at the heads' meeting on Thursday so I'll raise the timetables with Nadia directly
[15/09/2027, 19:06] Jo Price: Perfect
[15/09/2027, 19:07] Bea Cole: \u200eimage omitted
[15/09/2027, 19:08] Omar Lewis: I'll send the drop-in flyer to the group tomorrow so you can share it
[15/09/2027, 19:09] Kemi Adams: This message was deleted
"""


def test_a_chats_promises_are_read_and_its_placeholders_and_one_word_replies_are_not():
    found = ticked(WHATSAPP)
    assert found == {
        "Raise the timetables with Nadia directly": ("Bea Cole", date(2027, 9, 16), False),  # "on Thursday"
        # not "(Perfect)", a reply read as the heading, nor "(image omitted)" run on to it
        "Send the drop-in flyer to the group tomorrow so you can share it": ("Omar Lewis", date(2027, 9, 16), False),
    }


TURNS = """Inclusion Panel catch-up (Teams), 15 September 2027
Transcript generated automatically.

Jo Price: Thanks all. First, the letters. So Nadia, could you write to the three secondary heads before the October meeting?
Shah, Nadia (Westmoor Council): Yes, will do. I'll write it with the September figures.
Jo Price: Lovely. The dashboard still has the June numbers. Can you refresh the dashboard so it shows the September ones?
Omar Lewis: Yep, I can do that for Friday.
Jo Price: Great. Right, a dry run for the parents' evening would help. Bea, could you set that up?
Bea Cole: Yes. I'll send a poll out tomorrow for the dry run and book the hall.
Jo Price: And the buddy scheme, we'll park that one and come back to it in March.
Kemi Adams: Fine by me.
Jo Price: Thanks everyone.
Omar Lewis: Bye all.
"""


def test_speakers_turns_without_times_are_read_as_a_conversation():
    assert ticked(TURNS) == {
        # the request, as the answer agreed to it ("I'll write it ..." points back to it)
        "Write to the three secondary heads before the October meeting": ("Nadia Shah", date(2027, 10, 31), False),
        # asked of no one by name: the one who answers; "for Friday" in the answer is when
        "Refresh the dashboard so it shows the September ones, for Friday": ("Omar Lewis", date(2027, 9, 17), False),
        # the answer's own words say what "set that up" means
        "Send a poll out tomorrow for the dry run and book the hall": ("Bea Cole", date(2027, 9, 16), False),
    }


def test_a_month_naming_a_thing_is_no_deadline_but_for_friday_is():
    from tracker.importer.due import read_due

    assert read_due("refresh the dashboard so it shows the January figures", HELD) is None
    assert read_due("book a trainer for the June inset day", HELD).on == date(2028, 6, 30)
    assert read_due("I can have it ready for Friday", HELD).on == date(2027, 9, 17)


RAID_LOG = """Risks

Ref\tRisk description\tLikelihood\tImpact\tOwner\tMitigation\tStatus
R-2\tNot enough outreach places for the spring\t3\t4\tNadia Shah\tCommission two more places by January.\tOpen
R-3\tThe buddy scheme loses its volunteers\t2\t3\tJo Price\tRecruit through the PCF.\tOpen

Actions

ACTIONS - updated after the Panel 15/09/2027
Ref\tAction\tOwner\tDue\tStatus
A-7\tWrite to the three secondary heads\tNadia Shah\t24/09/2027\tOpen
A-8\tBook the hall for the parent drop-in\tBea Cole\t01/10/2027\tOpen

Decisions

Ref\tDate\tDecision\tMade by\tFollow-up
D-4\t15/09/2027\tKeep the drop-in at the Family Hub\tPanel\tOmar Lewis to tell the families
"""


def test_a_raid_logs_risks_and_decisions_are_not_actions():
    assert ticked(RAID_LOG) == {"Write to the three secondary heads": ("Nadia Shah", date(2027, 9, 24), False),
                                "Book the hall for the parent drop-in": ("Bea Cole", date(2027, 10, 1), False)}


YOU_SAID_WE_WILL = """You said, we will

This is our write-up of what you told us and what we are going to do about it.

You said\tWe will\tBy when
"Nobody tells us who the caseworker is."\tBea Cole will publish the caseworker list on the Local Offer.\t30 November 2027
"We want fewer reduced timetables."\tWe did: the protocol was published in September.\tDone
"Tell us about drop-ins."\tOmar Lewis will run a drop-in in each family hub.\tFirst one 4 November 2027

Things we heard that we are still thinking about

- A parent buddy scheme. We would like to find a way.
- Whether to meet in the evening. We will ask at the next one.
"""


def test_a_you_said_we_will_tables_by_when_column_dates_each_promise():
    assert ticked(YOU_SAID_WE_WILL) == {
        "Publish the caseworker list on the Local Offer": ("Bea Cole", date(2027, 11, 30), False),
        "Run a drop-in in each family hub": ("Omar Lewis", date(2027, 11, 4), False)}


def test_by_a_day_says_when_over_an_event_on_a_date():
    from tracker.importer.due import read_due

    due = read_due("Omar will check whether staff can come to the training day on 9 October and tell me by Friday", HELD)
    assert due.on == date(2027, 9, 17)
    assert read_due("Bea will run the drop-in on 9 October", HELD).on == date(2027, 10, 9)


CHECKLIST_NOTES = """# Inclusion Panel huddle

## Notes
- @Omar Lewis said the Schools Forum will agree the outreach budget on 6 October. That's their decision, nothing for us until it's through.

## Action items
- [ ] @Bea Cole set up a short survey for parents on the drop-in — Sep 24, 2027
- [ ] Do we still need the huddle over half term? (discuss next time)
- [ ] @Jo Price email the trust to invite them to the next huddle — Sep 30, 2027
"""


def test_a_checklists_named_tasks_questions_and_other_bodies_decisions():
    assert ticked(CHECKLIST_NOTES) == {
        # "set" is a task here, in a list of action items, not a report of something set up
        "Set up a short survey for parents on the drop-in — Sep 24, 2027": ("Bea Cole", date(2027, 9, 24), False),
        "Email the trust to invite them to the next huddle — Sep 30, 2027": ("Jo Price", date(2027, 9, 30), False)}


def test_action_none_and_the_routine_are_not_actions():
    found = ticked("""Notes

The trust gave its update. **Action: none from the trust – for information.**
The council will continue to publish the 20-week figure in the monthly dashboard as now.
Bea Cole will book the hall for the drop-in.
""")
    assert list(found) == ["Book the hall for the drop-in"]


SLACK = """#inclusion-panel
Exported 15 September 2027

--- Wednesday, September 15th ---

Jo Price  10:02 AM
Thanks all for the call :wave: actions in the thread
:eyes: 3

    Jo Price  10:04 AM  replied to a thread
    @Bea Cole you said you'd book the hall for the parent drop-in by 24 September?
    Bea Cole  10:10 AM  replied to a thread
    yep will do :+1:
    :white_check_mark: 1

    Jo Price  10:05 AM  replied to a thread
    @Omar Lewis to send the figures to the three secondary heads
    Omar Lewis  10:20 AM  replied to a thread
    Will do, I'll get them out by Friday
    :+1: 2

    Jo Price  10:06 AM  replied to a thread
    Nadia - the letter. Are you OK to take the final draft to the heads' meeting on 6 October?
    Nadia Shah  10:30 AM  replied to a thread
    Yes, I'll add it to that agenda

    Kemi Adams  10:40 AM  replied to a thread
    ha noted! not one for this group but I'll mention it at the trust's meeting
"""


def test_a_slack_threads_requests_and_promises_are_read_as_a_conversation():
    assert ticked(SLACK) == {
        "Book the hall for the parent drop-in by 24 September": ("Bea Cole", date(2027, 9, 24), False),
        "Send the figures to the three secondary heads, by Friday": ("Omar Lewis", date(2027, 9, 17), False),
        "Take the final draft to the heads' meeting on 6 October": ("Nadia Shah", date(2027, 10, 6), False),
    }


COMMITTEE = """Children and Young People Scrutiny Committee
Minutes of the meeting held on 15 September 2027

47. Outreach review

RESOLVED:

(1) That the report be noted.

(2) That the Assistant Director, SEND and Inclusion provide Members with a breakdown of outreach take-up by ward by 1 October 2027.

(3) That the Committee would welcome more outreach places, subject to funding being identified.

Reason for decision: The Council must publish its outreach statement by 31 May each year.

Action sheet

Minute\tAction\tOfficer\tDeadline\tStatus
47(4)\tReport back young people's views on the offer\tBea Cole\t06/10/2027\tNew
"""


def test_a_committees_resolutions_and_action_sheet():
    found = ticked(COMMITTEE)
    assert found == {
        # one job title, with its team after a comma
        "Provide Members with a breakdown of outreach take-up by ward by 1 October 2027":
            ("the Assistant Director, SEND and Inclusion", date(2027, 10, 1), False),
        "Report back young people's views on the offer": ("Bea Cole", date(2027, 10, 6), False)}


def test_an_action_sheet_row_that_only_names_the_matter_takes_the_minutes_wording():
    found = ticked("""Inclusion Panel, 15 September 2027

3. Letters
Omar Lewis agreed to rewrite the exclusion letters in plain English with the parent carer forum.

Action sheet

Minute\tAction\tOfficer\tDeadline\tStatus
3\tPlain English exclusion letters: draft, test with families, publish\tOmar Lewis\t29/10/2027\tNew
""")
    assert found == {"Rewrite the exclusion letters in plain English with the parent carer forum":
                     ("Omar Lewis", date(2027, 10, 29), False)}


NHS_LOG = """Inclusion Panel – Action Log

Meeting: 15 September 2027. Chair: Omar Lewis (DCO). Log kept by Jo Price.

Ref\tDate added\tAction\tLead\tDue\tStatus
P-31\t14/07/2027\tAudit the reduced timetables in the summer term\tNadia Shah\t31/07/2027\tProposed for closure
P-39\t15/09/2027\tWrite to the three secondary heads about the figures\tNadia Shah\t24/09/2027\tOpen

Notes from the meeting (not actions)

The trust will recruit the new outreach post by the autumn.

Status key

- Open – action in progress
- Complete – action done, removed from log after next meeting
"""


def test_a_logs_closure_proposals_notes_and_key_are_not_actions():
    assert ticked(NHS_LOG) == {
        "Write to the three secondary heads about the figures": ("Nadia Shah", date(2027, 9, 24), False)}


NEWSLETTER = """You asked, they said: the Inclusion Panel, 15 September 2027

1. Reduced timetables

What happens next: Nadia will set up a tracker so every pupil gets a review within six weeks of the timetable starting. She'll tell the Panel how it's going at the December meeting.

2. Getting to college

What happens next: Bea Cole, Participation Officer, will hold a workshop with the Forum to redesign the travel form in November. The trust is raising transport with the ICB – that's a matter for the ICB board and we'll report back when we hear.

Things we're still pushing for

We would love the Council to bring back face-to-face surgeries.
"""


def test_a_newsletters_promises_their_report_backs_and_wishes():
    assert ticked(NEWSLETTER) == {
        # "within six weeks of the timetable starting" is a standard, not a deadline; the report-back dates it
        "Set up a tracker so every pupil gets a review within six weeks of the timetable starting":
            ("Nadia", date(2027, 12, 31), False),
        "Hold a workshop with the Forum to redesign the travel form in November": ("Bea Cole", date(2027, 11, 30), False)}


def test_no_new_action_and_another_bodys_own_event_are_not_actions():
    found = ticked("""Notes

Omar Lewis will report in December as already agreed – no new action.
The forum will hold its own AGM on 9 November and members are welcome.
Bea Cole will book the hall for the drop-in.
""")
    assert list(found) == ["Book the hall for the drop-in"]


def test_a_committee_agreeing_to_recommend_is_a_decision():
    found = ticked("""SEN committee

The committee agreed to recommend the revised SEN policy to the full governing board for approval.
Clerk to circulate the revised SEN report to all governors by Friday.
""")
    assert found == {"Circulate the revised SEN report to all governors by Friday": ("Clerk", date(2027, 9, 17), False)}


def test_a_discussion_and_action_tables_action_cell_naming_only_who_and_when():
    found = ticked("""Inclusion Panel minutes, 15 September 2027

Discussion\tAction
3. Outreach: the trust and the council to agree a termly drop-in for SENCos.\tOL / NS – end of term
4. Timetables: NS reported 41 pupils on reduced timetables.\tACTION: NS to audit reduced timetables – October meeting
5. The minutes of the last meeting were agreed.\tNoted
""")
    assert found == {
        # the action cell says who and when; the discussion beside it says what
        "Agree a termly drop-in for SENCos": ("OL", date(2027, 12, 19), False),  # the autumn term's end, by rule
        "Audit reduced timetables – October meeting": ("NS", date(2027, 10, 31), False)}


LIST_VIEW = """Inclusion Panel > Reduced timetables 2027
List view - copied on 15 Sep 2027

SECTION  Letters

[ ] Write to the three secondary heads about the figures
      Assignee: Nadia Shah         Due: 24 Sep 2027      Completed: -
      Description: use the new template, and copy in the
      attendance team.
      Subtasks
         [ ] Check the letter's wording with the forum
               Assignee: Jo Price        Due: 22 Sep 2027
         [x] Pull the list of schools
               Assignee: Omar Lewis      Due: 10 Sep 2027     Completed: 9 Sep 2027

[ ] Hold reviews for the ten longest cases
      Assignee: Attendance Team Due: 29 Oct 2027      Completed: -

[ ] Book the hall for a parents' evening - spring
      Assignee: Bea Cole           Due: 1 Oct 2027
      Marked as duplicate of "Book the hall for the parent drop-in"

[ ] Work out how many pupils have no review date
      Assignee: -                  Due: -
      Comment (Omar Lewis, 3 Sep): not sure the system can do it, parking it for now.

[x] Send the trust the list of pupils being reviewed to
      Assignee: Bea Cole           Due: 5 Sep 2027       Completed: 3 Sep 2027
"""


def test_a_task_tools_list_view_reads_boxes_fields_and_subtasks():
    assert ticked(LIST_VIEW) == {
        "Write to the three secondary heads about the figures": ("Nadia Shah", date(2027, 9, 24), False),
        "Check the letter's wording with the forum": ("Jo Price", date(2027, 9, 22), False),
        # a column overrun: "Attendance Team Due: 29 Oct 2027" is still two fields
        "Hold reviews for the ten longest cases": ("Attendance Team", date(2027, 10, 29), False)}


SCANNED_LIST = """Scanned with CamScanner                                   15-09-2027 17:42

  Inclusion  Panel   catch -up        Wed  15 / 09 / 27
  present :   Jo P ,  Bea C ,  0mar L ,  Nadia S

                        A C T I 0 N S
  ___________________________________________________________

  1 .   NS  -   letter  to  the  three  sec0ndary  heads   by  24/O9

  2 .   v'  BC  -  flyer  for  the  sch00l  drop-in       D0NE

  3 .   OL  -   book  the  hall  for  the  0ct  drop-in
              ( Family  Hub ?  or  library )

  4 .   Jo  P   -   speak  at  the  Nov  event  -  she  has  agreed   v'

  1O .  ??  who  owns  the  Local  0ffer  page  -   ask  Anne
"""


def test_a_scanned_action_list_is_mended_and_read():
    found = ticked(SCANNED_LIST)
    # the spaced-out heading, "1 ." numbers, "24/O9" and a handwritten tick ("v'") read as meant
    assert found == {
        "Letter to the three secondary heads by 24/09": ("NS", date(2027, 9, 24), False),
        "Book the hall for the Oct drop-in ( Family Hub ? or library )": ("OL", date(2027, 10, 31), False)}


ZOOM_SUMMARY = """# Meeting summary for Inclusion Panel (09/15/2027)

## Quick recap
Jo chaired. Omer gave an update on exclusions, and Omer explained the new protocol.

## Next steps
- Omer will circulate the exclusion figures to members by the end of next week.
- Nadia will add the outcomes to the dashboard.
- The panel will continue to monitor the figures.

## Comments
Bea Cole – 16 Sep 2027 at 9:02pm
Thanks! Kemi will add a note to the newsletter saying so.
"""


def test_a_recap_dated_month_first_its_speakers_and_its_readers_comments():
    assert ticked(ZOOM_SUMMARY) == {
        # "09/15/2027" is 15 September, the day asked for; "Omer" (not in the directory) speaks twice
        "Circulate the exclusion figures to members by the end of next week": ("Omer", date(2027, 9, 24), False),
        "Add the outcomes to the dashboard": ("Nadia", None, False)}


FOLLOW_UP_EMAIL = """From: Jo Price <jo.price@example.org>
Subject: RE: Inclusion Panel - what we agreed

Hi all,

What we agreed
- We won't set up a separate exclusions group.
- The outreach offer will be built around the three localities.

Next steps
1. NADIA - write to the three secondary heads by Friday.

-----Original Message-----
From: Omar Lewis <omar.lewis@example.org>
Subject: Inclusion Panel - agenda

Reminder of where we got to on the actions from the June meeting:
 - BEA to book the hall - done
 - KEMI to run the parent survey - live until 30 September
"""


def test_a_follow_up_emails_decisions_and_the_earlier_emails_actions_are_not_new():
    assert ticked(FOLLOW_UP_EMAIL) == {"Write to the three secondary heads by Friday": ("NADIA", date(2027, 9, 17), False)}


BILINGUAL = """Cofnodion y cyfarfod a gynhaliwyd ddydd Mercher 15 Medi 2027.
Minutes of the meeting held on Wednesday 15 September 2027.

----------------------------------------------------------------------
1. Croeso / Welcome
----------------------------------------------------------------------

Cytunwyd y byddai'r cyfarfod yn cael ei gynnal yn ddwyieithog.

It was agreed that the meeting would be held bilingually.

----------------------------------------------------------------------
2. Cofnodion y cyfarfod diwethaf a materion yn codi / Minutes of the last meeting and matters arising
----------------------------------------------------------------------

Gweithredu: NS i ysgrifennu at y penaethiaid erbyn dydd Gwener.

Action: NS to write to the three secondary heads by Friday.
"""


def test_bilingual_minutes_headings_and_how_the_meeting_is_held():
    assert ticked(BILINGUAL) == {"Write to the three secondary heads by Friday": ("NS", date(2027, 9, 17), False)}


def test_an_action_cell_noted_with_its_reason_holds_no_action():
    assert ticked("""Heads' forum, 15 September 2027

Discussion\tAction
Transport: late buses raised again.\tNoted - being handled by Transport through their route review. No forum action.
SEN support: new descriptors out.\tNS to send the updated descriptors to all schools by Friday
""") == {"Send the updated descriptors to all schools by Friday": ("NS", date(2027, 9, 17), False)}


def test_initials_with_a_letter_more_tell_two_people_apart():
    from tracker.importer.owners import Candidate, match_owner

    people = [Candidate(id=1, name="Nadia Shah", job_title="", organisations=(), group_role=None, email=""),
              Candidate(id=2, name="Nadia Sharma", job_title="", organisations=(), group_role=None, email="")]
    assert match_owner("NSh", people).person is None  # both Sh...
    assert match_owner("NShar", people).person is None  # not initials at all
    people.append(Candidate(id=3, name="Omar Lewis", job_title="", organisations=(), group_role=None, email=""))
    people.append(Candidate(id=4, name="Omar Lyons", job_title="", organisations=(), group_role=None, email=""))
    assert match_owner("OLe", people).person.name == "Omar Lewis"  # not Omar Lyons
    assert match_owner("OL", people).person is None  # either of them


def test_decisions_required_from_the_board_are_not_actions():
    assert ticked("""Highlight report, 15 September 2027

Key actions for next period

- Nadia Shah to write to the three secondary heads by Friday.

Decisions required from the Board

1. Approve extending the two outreach posts to 31 March 2028.
2. Agree whether the gap should be escalated to the Director.
""") == {"Write to the three secondary heads by Friday": ("Nadia Shah", date(2027, 9, 17), False)}


def test_a_word_discussion_and_action_table_with_empty_action_cells_stays_one_table():
    import io

    from docx import Document

    from tracker.importer.documents import text_from_upload

    document = Document()
    document.add_paragraph("Inclusion Panel minutes, 15 September 2027")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Discussion", "Action"
    for discussion, action in [
            ("2. Reduced timetables: NS described rising numbers. The panel agreed the draft guidance as written.", ""),
            ("NS offered to write to the three secondary heads about the figures.", "ACTION: NS by 24/9"),
            ("3. Outreach: OL to book the hall for the parent drop-in.", "ACTION: OL – 1/10")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = discussion, action
    data = io.BytesIO()
    document.save(data)
    assert ticked(text_from_upload("panel.docx", data.getvalue())) == {
        "Write to the three secondary heads about the figures": ("NS", date(2027, 9, 24), False),
        "Book the hall for the parent drop-in": ("OL", date(2027, 10, 1), False)}


def test_a_forum_posts_other_bodies_matters_are_not_its_actions():
    assert ticked("""What we talked about
• Reviews – the council is "looking into" admin support. (That's theirs to sort – we'll keep asking!)
• Transport – not a forum action, but we'll chase at the next Partnership Board.

Actions for us
• Bea will share the survey results with members by 29 September.
""") == {"Share the survey results with members by 29 September": ("Bea", date(2027, 9, 29), False)}


def test_a_chats_promise_is_dated_by_the_answer_to_when():
    found = ticked("""[15/09/2027, 19:02] Jo Price: Thanks all, main bits from tonight
[15/09/2027, 19:04] Bea Cole: I'll collate everyone's timetable stories into one sheet, just send them to me privately
[15/09/2027, 19:05] Jo Price: Amazing. When do you think you could have it done by?
[15/09/2027, 19:07] Bea Cole: Friday 24th? Gives people a week
[15/09/2027, 19:08] Jo Price: Perfect
""")
    assert found == {"Collate everyone's timetable stories into one sheet, just send them to me privately":
                     ("Bea Cole", date(2027, 9, 24), False)}


def test_a_scans_loose_spacing_is_not_a_table():
    found = ticked("""Scanned with CamScanner
  sec0ndary  sch00l  panel       15 / 09 / 27

                        A C T I 0 N S

  1 .   NS  -   letter  to  the  three  heads   by  24/O9

  2 .   Mark  W  ( transp0rt )   reviewing   routes  -   THEIR
              action    not  ours   !!
""")
    assert found == {"Letter to the three heads by 24/09": ("NS", date(2027, 9, 24), False)}


def test_a_first_name_and_initial_is_the_one_person_the_minutes_name_in_full():
    found = ticked("""Present: Omar Lewis, Nadia Shah, Nadia Sharma

Actions
- Omar L to book the hall for the drop-in by Friday.
- Nadia S to write to the heads by Friday.
""")
    assert found["Book the hall for the drop-in by Friday"][0] == "Omar Lewis"
    assert found["Write to the heads by Friday"][0] == "Nadia S"  # two Nadia S... in the minutes: the reviewer chooses


def test_with_the_papers_for_the_next_meeting_is_due_when_the_papers_are():
    found = ticked("""Inclusion Panel minutes, 15 September 2027

ACTION P/27/05: NS to update the terms of reference and circulate them with the papers for the next meeting.

Date of next meeting
Wednesday 10 November 2027, 2pm.
Papers by Wednesday 3 November 2027.
""")
    assert found["Update the terms of reference and circulate them with the papers for the next meeting"][:2] == (
        "NS", date(2027, 11, 3))


def test_an_item_on_the_last_meetings_minutes_is_not_this_meetings_date():
    found = ticked("""Inclusion Panel

1. Welcome and minutes of 14 July 2027

The minutes were agreed. Action: NS to write to the three secondary heads by Friday.
""")
    # "by Friday" counts from this meeting (15 September), not from 14 July
    assert found == {"Write to the three secondary heads by Friday": ("NS", date(2027, 9, 17), False)}


BRACKETED = """Inclusion Panel minutes, 15 September 2027

Key: [initials, date] = owner and deadline.  [done] = completed.  [noted] = for information.

2. Matters arising
   2.1  Send the revised terms of reference to members [JP, 8/9] [done]
   2.2  Audit sample of 20 timetables - [OL, 30/9] still open, on track.

3. Letters
   3.1  Write to the three secondary heads about the figures [NS, 24/9]
   3.2  The trust reported on its own review. [noted]
   3.3  Arrange a feedback session with the youth panel [BC/JP, next mtg]
"""


def test_owners_and_deadlines_in_square_brackets():
    # not the one done, nor the one noted, nor the matter arising (an earlier meeting's, still open)
    assert ticked(BRACKETED) == {
        "Write to the three secondary heads about the figures by 24/9": ("NS", date(2027, 9, 24), False),
        "Arrange a feedback session with the youth panel by next mtg": ("BC", None, True)}


def test_a_task_lists_mention_takes_only_a_date_on_the_line_under_it():
    """A pasted task list's assignee on the line under each task, its date on the next when it has one: a line
    under the mention that only looks like a word and a number ("Room 12") is no date, and is left as it was."""
    from tracker.importer.layout import mentions_under_tasks

    assert mentions_under_tasks(["Follow-up tasks", "Book the hall for the parents' evening", "@Bea Cole", "Room 12",
                                 "Send the minutes round", "@Jo Price", "Dec 10", "Chase the venue", "@Kemi Adams",
                                 "Fri 12th"]) == [
        "Follow-up tasks", "- Book the hall for the parents' evening – @Bea Cole", "Room 12",
        "- Send the minutes round – @Jo Price – Dec 10", "- Chase the venue – @Kemi Adams – Fri 12th"]
