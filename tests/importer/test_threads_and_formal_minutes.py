"""A message board's notes and their comments, formal minutes in other areas' habits, and the other
kinds of writing met in the seventh session's held-out batches. Written here in new words, not taken
from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kemi", "adams"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


FORUM_NOTES = """Notes from this morning's employment forum

Who came

- Owen Reid (chairing)
- Tess Marlow (Supported Internships Coordinator, Northgate College)
- Ross Okoye (Employment Support Team)

What we agreed

- Three places unfilled - Tess will re-advertise the places through the school bulletins, by Friday 22 Oct. Any left then roll over to January.
- Benefits advice - waits are long. Ross explained the national review (nothing we can change here). We agreed Ross will write a short guide for families, with a draft to the next forum.
- The group will meet every six weeks.
- We agreed the forum should send a formal reply to the consultation.
"""


def test_a_first_name_listed_under_who_came_with_its_bullet_is_one_of_the_people():
    # "Tess" and "Ross" end in "s", as plurals do ("Videos"): listed under "Who came" they are people
    found = ticked(FORUM_NOTES)
    owner, due = next(each for title, each in found.items() if title.startswith("Re-advertise the places"))
    assert (owner, due) == ("Tess", date(2027, 10, 22))


def test_an_item_agreed_with_its_topic_before_a_dash_is_the_owners_action():
    found = ticked(FORUM_NOTES)
    assert any(title.startswith("Re-advertise the places") for title in found)  # not a decision: Tess will do it
    assert "Meet every six weeks" not in found  # the group itself, deciding how it works


def test_we_agreed_someone_will_is_their_action_but_we_agreed_the_forum_should_is_a_decision():
    found = ticked(FORUM_NOTES)
    owner = next(each for title, each in found.items() if title.startswith("Write a short guide for families"))[0]
    assert owner == "Ross"
    assert not any("formal reply" in title for title in found)


FORMAL_MINUTES = """NORTHGATE SEND IMPROVEMENT BOARD

MINUTES of the meeting held on Wednesday 13 October 2027 at 10.00 am

Present: Anne Price (Chair) (AP); Kemi Adams, Head of Inclusion (KA); Owen Reid, PfA Lead (OR)

NIB/27/11   MATTERS ARISING

11.1  Action 27/40: OR will send the employer pledge letter by Friday 22 October.

NIB/27/12   ANNUAL REVIEWS

12.1  KA presented the backlog figures.

12.2  RESOLVED that the Board:

(a)  notes the backlog position; and

(b)  requests that the Head of Inclusion write to all headteachers by 29 October 2027 about the new annual review form.

12.3  KA to return with a recovery trajectory, showing the position month by month.

12.4  The Chair asked OR to bring a further report to the Board's meeting in January 2028.

APPENDIX A - SCHEDULE OF ACTIONS (as updated following the meeting on 13 October 2027)

Status key: C = complete (to be closed); O = open

Ref | Action | Lead | Due | Status
27/38 | Publish the revised local offer page | KA | 30/09/2027 | C
27/40 | Employer pledge letter | OR | 22/10/2027 | O
27/41 | Annual review recovery trajectory to Board | KA | Next meeting | O
"""


def test_a_council_clerks_minutes_held_on_a_day_are_that_days_meeting_and_an_appendix_updated_after_it_is_not_another():
    found = ticked(FORMAL_MINUTES)
    assert any(title.startswith("Write to all headteachers") for title in found)  # the minutes' body is read
    assert any("recovery trajectory" in title for title in found)  # and the appendix's rows with it


def test_a_row_the_status_key_says_is_complete_is_done():
    found = suggested(FORMAL_MINUTES)
    assert found["Publish the revised local offer page"][2] is False
    assert any("pledge" in title and tick for title, (_, _, tick) in found.items())  # "O": open


def test_resolved_that_the_board_requests_that_someone_write_is_their_action():
    found = ticked(FORMAL_MINUTES)
    owner, due = next(each for title, each in found.items() if title.startswith("Write to all headteachers"))
    assert owner in ("the Head of Inclusion", "KA") and due == date(2027, 10, 29)
    assert not any(title.startswith("Notes the backlog") for title in found)  # noted: a decision
    assert not any(title.endswith("; and") for title in suggested(FORMAL_MINUTES))


def test_to_the_boards_meeting_in_a_month_is_that_meeting():
    text = "Notes of 13 October 2027\n\nActions\n\n- OR to bring a further report to the Board's meeting in January 2028.\n"
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    assert [(each.due.kind, each.due.month) for each in found if each.suggested] == [("meeting_in_month", date(2028, 1, 1))]


def test_a_sentence_and_the_schedules_row_with_the_same_owner_and_matter_are_one_action():
    found = ticked(FORMAL_MINUTES)
    trajectory = [title for title in found if "trajectory" in title]
    assert len(trajectory) == 1, trajectory
    assert found[trajectory[0]][0] in ("KA", "Kemi Adams")  # (the attendance defines KA: "Kemi Adams, Head of Inclusion (KA)")
    # the matters arising cite the schedule's row by its number: one action, worded as the minutes say it
    pledge = [title for title in found if "pledge" in title]
    assert pledge == ["Send the employer pledge letter by Friday 22 October"], pledge


COMMITTEE_SYSTEM_JSON = """{
  "meeting": {"dateTime": "2027-10-13T14:00:00+01:00", "status": "MinutesDraft"},
  "attendees": [
    {"name": "Owen Reid", "role": "Chair", "attendance": "Present"},
    {"name": "Tess Marlow", "role": "Member", "attendance": "Present"},
    {"name": "Kemi Adams", "role": "Member", "attendance": "Apologies"}
  ],
  "agendaItems": [
    {"minuteNumber": "PfA/27/13", "title": "Supported internships",
     "minuteText": "13.1 Tess Marlow reported on the cohort. 13.2 The PfA Lead undertook to circulate the cohort data, including independent providers, within ten working days.",
     "resolutions": ["That the Subcommittee note the outcomes for 2026/27.",
                     "That the Chair write to the college principal about high needs places, by 29 October 2027."],
     "actionPoints": [{"id": "PfA/27/05", "description": "Draft a transition protocol with adult social care",
                       "assignedTo": "Tess Marlow", "dueDate": "2027-12-17"}]}
  ],
  "actionRegister": [
    {"id": "PfA/26/09", "description": "Map post-16 options for young people with complex needs",
     "assignedTo": "KS", "dueDate": "2027-02-28", "status": "Complete"}
  ]
}
"""


def test_a_committee_systems_json_is_read_as_its_minutes_resolutions_and_action_points():
    found = suggested(COMMITTEE_SYSTEM_JSON)
    ticks = {title.split(",")[0]: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticks["Circulate the cohort data"][0] == "The PfA Lead"  # from the minute's own words
    assert ticks["Write to the college principal about high needs places"] == ("the Chair", date(2027, 10, 29))
    assert ticks["Draft a transition protocol with adult social care"] == ("Tess Marlow", date(2027, 12, 17))
    assert found["Map post-16 options for young people with complex needs"][2] is False  # complete
    assert not any(title.startswith("That the Subcommittee note") and tick for title, (_, _, tick) in found.items())


CRM_JSON = """{
  "activity": {
    "type": "Meeting", "subject": "Saturday club liaison", "owner": "Nina Ames",
    "notes_html": "<p><b>1. Where we are</b><br>The club is full, with 14 children waiting for a place at the moment.</p><p><b>2. Extra summer places</b><br>Kemi Adams agreed to confirm funding for the extra places by Friday.</p>"
  },
  "tasks_regarding_activity": [
    {"subject": "Send the attendance figures to the council", "assigned_to": "Bev Doherty", "due_date": "2027-10-27"}
  ]
}
"""


def test_a_crms_meeting_record_is_read_as_its_notes_in_markup_and_its_tasks():
    found = ticked(CRM_JSON)
    assert found["Send the attendance figures to the council"] == ("Bev Doherty", date(2027, 10, 27))
    assert any(title.startswith("Confirm funding for the extra places") and owner == "Kemi Adams"
               for title, (owner, _) in found.items())
    # "<b>2. Extra summer places</b><br>": a heading over what follows, not an item to do
    assert "Extra summer places" not in found and not any(title.startswith("Where we are") for title in found)


JOINT_BOARD = """JOINT COMMISSIONING BOARD
Minutes of the meeting held on Wednesday 13 October 2027

JCB 27/10 Pooled budget

10.1 The forecast was presented.

10.2 The Board:

1. Noted the Quarter 2 forecast;
2. Requested that Kemi Adams provide a reconciliation of health contributions by 29 October 2027;
3. Noted that the ICB Board will consider the pathway business case on 25 October 2027;
4. Delegated authority to the Assistant Director to approve contract variations of less than £50,000;
5. AGREED to meet monthly until the monitoring visit.

JCB 27/11 Risk register

11.1 The Co-Chair asked that risk JC-07 be re-scored by the risk owner, Owen Reid, before the next meeting.
"""


def test_the_boards_list_of_what_it_noted_requested_and_delegated_holds_only_its_requests_as_actions():
    found = ticked(JOINT_BOARD)
    owner, due = next(each for title, each in found.items() if title.startswith("Provide a reconciliation"))
    assert (owner, due) == ("Kemi Adams", date(2027, 10, 29))
    assert not any("business case" in title or "contract variations" in title or "monthly" in title
                   for title in found), found  # another body's plan, a power given, the Board's own decision


def test_a_passive_asked_for_names_its_owner_after_by():
    found = ticked(JOINT_BOARD)
    assert next(owner for title, (owner, _) in found.items() if title.startswith("Re-score risk JC-07")) == "Owen Reid"


FORWARD_PLAN = """Forward plan (updated after the Board on 13 October 2027)

Agenda item\tLead\tThu 18 Nov 2027\tThu 20 Jan 2028\tChange agreed
Minutes and action log\tChair\tYes\tYes\t-
Risk register\tKA\tYes\tYes\t-
Preparing for Adulthood\tOwen Reid\t\tNEW: Owen Reid to present the outcomes deep dive\tNEW - commissioned by the Board
Early help review\tKA\t(removed)\t\tREMOVED - goes to the Schools Forum

Action log
RAG: GREEN = complete / on track; BLUE = closed at this meeting.
Ref\tAction\tOwner\tDue\tRAG
27/12\tAgree the data-sharing agreement\tOR\t30/09/2027\tBLUE
27/14\tPublish the sufficiency statement\tKA\t30/11/2027\tGREEN
"""


def test_a_forward_plans_standing_items_are_agenda_items_and_a_commissioned_report_is_due_at_its_meeting():
    found = outcomes_for(parse_outcomes(FORWARD_PLAN, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    ticks = {each.title: each for each in found if each.suggested}
    assert not any(title.startswith(("Minutes and action log", "Risk register", "Early help")) for title in ticks)
    deep_dive = ticks["Present the outcomes deep dive"]
    assert (deep_dive.owner_text, deep_dive.due.kind, deep_dive.due.on) == ("Owen Reid", "meeting_in_month", date(2028, 1, 20))


def test_a_status_key_that_means_done_or_on_track_does_not_mark_a_row_done():
    found = suggested(FORWARD_PLAN)
    assert found["Publish the sufficiency statement"][2] is True  # GREEN: complete or on track
    assert found["Agree the data-sharing agreement"][2] is False  # BLUE: closed


FOI_LETTER = """Our ref: FOI-2027-0388
Date: 12 April 2028

The minutes of the first meeting (13 September 2027) are published; a link is at the end of this letter.
We will publish this response on our disclosure log within 20 working days.

Link (13 September 2027 minutes): www.northgate.gov.uk/localoffer/transport

ANNEX A
TRANSPORT TASK AND FINISH GROUP
Minutes of the meeting held on Wednesday 13 October 2027 at 10.00am, Committee Room 2

1. Minutes and actions of 13 September 2027

Agreed as a correct record.

2. Consultation

TE to propose dates to the Chair within ten working days.

Min 27/041 | Date of next meeting: Wednesday 17 November 2027 | |
"""


def test_a_clerks_opening_with_a_time_is_the_meeting_and_a_link_or_the_last_minutes_item_is_not():
    parsed = parse_outcomes(FOI_LETTER, meeting_date=HELD, names=NAMES)
    assert [meeting.date.day for meeting in parsed.meetings if meeting.date] == [HELD]
    found = ticked(FOI_LETTER)
    assert found["Propose dates to the Chair within ten working days"][1] == date(2027, 10, 27)  # from 13 October


def test_by_next_board_with_its_month_is_the_next_meeting_that_the_minutes_date():
    text = ("Board minutes, 13 October 2027\n\nRef | Action | Lead | Due\nB1 | Report the Cabinet outcome to the Board"
            " | OR | by next Board (November)\n\nDate of next meeting: Wednesday 17 November 2027\n")
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    assert [each.due.kind for each in found if each.suggested] == ["next_meeting"]


SLACK_EXPORT = """{
 "channel": {"name": "send-data-workstream"},
 "users": [
  {"id": "U01KA", "name": "kemi.adams", "real_name": "Kemi Adams"},
  {"id": "U02OR", "name": "owen.reid", "real_name": "Owen Reid"}
 ],
 "messages": [
  {"type": "message", "user": "U01KA", "ts": "1823524800.000100",
   "text": "Thanks all for this afternoon. What we agreed:\\n• <@U02OR|owen.reid> to rebuild the timeliness dashboard by Friday 15th\\n• Sarah already sent the survey questions to comms during the meeting"},
  {"type": "message", "user": "U02OR", "ts": "1823526000.000200", "text": "On it."},
  {"type": "message", "user": "U01KA", "ts": "1823527000.000300",
   "text": "And I'll write to the SENCo network about the census errors this week."}
 ]
}
"""


def test_a_chat_export_in_json_is_read_as_the_chat_each_message_said_by_its_sender():
    found = ticked(SLACK_EXPORT)
    assert found["Rebuild the timeliness dashboard by Friday 15th"] == ("Owen Reid", date(2027, 10, 15))
    owner, due = next(each for title, each in found.items() if title.startswith("Write to the SENCo network"))
    assert (owner, due) == ("Kemi Adams", date(2027, 10, 15))  # "I'll" in a message: its sender's
    assert not any(title.startswith("Sarah already sent") for title in found)  # done in the meeting


MESSENGER_EXPORT = """{
 "participants": [{"name": "Kemi Adams"}, {"name": "Owen Reid"}],
 "messages": [
  {"sender_name": "Owen Reid", "timestamp_ms": 1823536800000, "content": "Fine by me, I\\u00e2\\u0080\\u0099ll post the group rules tomorrow."},
  {"sender_name": "Kemi Adams", "timestamp_ms": 1823536200000, "content": "Can someone post the group rules?"},
  {"sender_name": "Kemi Adams", "timestamp_ms": 1823535600000, "content": "Right, admin meeting in here tonight."}
 ]
}
"""


def test_a_messenger_export_newest_first_with_its_bytes_spelt_out_reads_in_order_as_typed():
    # "Can someone post the group rules?" (asked before) answered "I’ll post the group rules tomorrow" (after)
    assert suggested(MESSENGER_EXPORT) == {"Post the group rules tomorrow": ("Owen Reid", date(2027, 10, 14), True)}


def test_a_task_that_mentions_its_owner_first_is_theirs():
    text = ("Action items\n\n- [ ] @Owen Reid Confirm the cut-over date with the supplier\n- [x] @Kemi Adams Share the template\n"
            "- [ ] @Kemi Adams adapt the transport FAQs for the Local Offer\n")
    found = suggested(text)
    assert found["Confirm the cut-over date with the supplier"] == ("Owen Reid", None, True)
    assert found["Share the template"][2] is False  # ticked off in the tool
    assert found["Adapt the transport FAQs for the Local Offer"] == ("Kemi Adams", None, True)  # in lower case


TEAMS_CHAT = """{"value": [
 {"createdDateTime": "2027-10-13T15:00:00Z", "from": {"user": {"displayName": "Kemi Adams"}},
  "body": {"contentType": "html", "content": "<p>Thanks all, good meeting.</p>"}},
 {"createdDateTime": "2027-10-13T15:02:00Z", "from": {"user": {"displayName": "Owen Reid"}},
  "body": {"contentType": "html", "content": "<p>I'll send the <b>employer pledge</b> letter by Friday.</p>"}},
 {"createdDateTime": "2027-10-13T15:03:00Z", "from": {"user": {"displayName": "Kemi Adams"}},
  "body": {"contentType": "html", "content": "<p>Great, thanks.</p>"}}
]}
"""


def test_a_teams_chats_json_is_read_with_each_senders_name_and_the_words_of_its_markup():
    assert ticked(TEAMS_CHAT) == {"Send the employer pledge letter by Friday": ("Owen Reid", date(2027, 10, 15))}


CORRECTED_DRAFT = """From: Anne Price <anne.price@example.org>
Date: Fri, 15 Oct 2027 07:41:12 +0100
Subject: RE: DRAFT minutes 13 October - for approval

Ruth, a few corrections below, marked AP>>.

> Minutes of the meeting held Wednesday 13 October 2027
>
> 4. QUALITY ASSURANCE
> 4.1 ACTION: OR to organise a parent reference group on the audit
>     tool by half term.

AP>> This should be Kemi, not Owen - she offered. And we said
AP>> before the schools break up, i.e. by Friday 22 October.

> 4.2 ACTION: KA to audit 10 plans for the quality of outcomes.
> 4.3 ACTION: ALL to review the draft QA tool.

AP>> Please delete the second one - we agreed to wait for the regional version. Not an action.

> 5.1 ACTION: RH to book the room for the December meeting.

AP>> You told me this is already done, so please delete.

> 6. ANY OTHER BUSINESS
> 6.1 None.

AP>> You've missed one. Owen said he would send me the employer pledge draft within two weeks. And
AP>> I said I'd raise the room booking with facilities - please add it.
"""


def test_an_approvers_corrections_typed_under_the_draft_are_written_into_its_actions():
    found = suggested(CORRECTED_DRAFT)
    assert found["Organise a parent reference group on the audit tool by Friday 22 October"] == (
        "Kemi", date(2027, 10, 22), True)  # the owner and the date as corrected
    assert found["Audit 10 plans for the quality of outcomes"][2] is True  # the first of the two, left alone
    assert not found["Review the draft QA tool"][2]  # "delete the second one"
    assert not next(tick for title, (_, _, tick) in found.items() if title.startswith("Book the room"))  # done
    owner, due, tick = next(each for title, each in found.items() if "employer pledge draft" in title)
    assert (owner, due, tick) == ("Owen", date(2027, 10, 27), True)  # the one the draft missed
    assert next(each for title, each in found.items() if "room booking" in title)[0] == "AP"  # "I": the corrector


def test_a_you_said_we_did_tracker_with_a_what_next_column_holds_its_next_steps_as_actions():
    text = ("Ref\tYou said\tWe did (so far)\tWhat next\tLead\tBy when\tStatus\n"
            "YS-15\tDrivers don't know my child's needs\tMet the Head of Transport 12 Oct\t"
            "Send Mark the passenger profile template\tOR\t20/10/2027\tIn progress\n"
            "YS-16\tThe website is hard to search\tParents tested it with the web team\tNothing further\tKA\t03/10/2027\tDone\n")
    found = ticked(text)
    assert found == {"Send Mark the passenger profile template": ("OR", date(2027, 10, 20))}


BOARD_THREAD = """Notes from this morning's forum

What we agreed

- Tess will re-advertise the places by Friday 22 Oct.

3 comments

TMTess Marlow · Oct 13 at 5:10pm

Thanks Owen - one more from me: I'll send the updated intern handbook to parents this week.

ROReid Owen · Oct 13 at 6:02pm

Great, thanks.

KAKemi Adams · Oct 14 at 9:12am

Will do - I'll send the figures over by Friday.
"""


def test_a_message_boards_comments_are_said_by_their_authors():
    found = ticked(BOARD_THREAD)
    owner = next(owner for title, (owner, _) in found.items() if title.startswith("Send the updated intern handbook"))
    assert owner == "Tess Marlow"  # her avatar's initials ("TM") are not part of her name
    assert next(owner for title, (owner, _) in found.items() if title.startswith("Send the figures")) == "Kemi Adams"


WEBINAR_QA = """Question And Answer Report
Report Generated:,11/25/2027 09:14 AM

Question Details
#,Question,Asker Name,Asker Email,Answer(s)
1,Why does the amended plan take months?,Parent (S.),,"Kemi Adams (Head of SEND): That is too long. I'll publish a timeline on the Local Offer by the end of next week. | 06:41 PM"
2,Can someone come to my daughter's review?,Anonymous Attendee,,"Owen Reid (PfA Lead): Yes - ring us. I'll put the dates on our Facebook page by Monday. | 06:44 PM"
"""


def test_a_webinars_question_and_answer_report_holds_the_answerers_promises_and_its_us_stamp_is_no_meeting():
    found = ticked(WEBINAR_QA)
    assert found["Publish a timeline on the Local Offer by the end of next week"] == ("Kemi Adams", date(2027, 10, 22))
    assert found["Put the dates on our Facebook page by Monday"] == ("Owen Reid", date(2027, 10, 18))


LOGSEQ_JOURNAL = (  # Logseq indents its blocks with tabs, a block's later lines with two spaces more
    "- [[Employment Forum]] 13/10/27 #meeting\n"
    "  collapsed:: false\n"
    "\t- venue:: Council Chamber\n"
    "\t  present:: OR, KA, Tess Marlow\n"
    "\t- ## 2. Matters arising\n"
    "\t\t- A-21 transport data - DONE\n"
    "\t- ## 3. Internships\n"
    "\t\t- TODO KA to model a recovery trajectory to March 2028\n"
    "\t\t  DEADLINE: <2027-10-29 Fri>\n"
    "\t\t- LATER OR to bring the revised pathway spec to next forum\n"
    "\t\t- DONE book the Chamber for December\n"
    "\t\t- TODO draft the December agenda\n"
    "\t\t  SCHEDULED: <2027-11-16 Tue>\n"
)


def test_an_outliners_journal_reads_its_task_keywords_deadlines_and_properties():
    found = suggested(LOGSEQ_JOURNAL)
    title, (owner, due, tick) = next((title, each) for title, each in found.items() if "recovery trajectory" in title)
    assert (owner, due, tick) == ("KA", date(2027, 10, 29), True) and "DEADLINE" not in title
    assert next(each for title, each in found.items() if "pathway spec" in title)[0] == "OR"
    assert next(each for title, each in found.items() if "book the chamber" in title.lower())[2] is False  # DONE
    assert not any("collapsed" in title.lower() or "SCHEDULED" in title for title in found)
    assert next(each for title, each in found.items() if "December agenda" in title)[1] is None  # a start, not due


SHARED_PAD = """# Task & finish group - shared notes pad

## Who's here
- Owen Reid - PfA Lead (chairing)
- Mo Rahman - Transitions Team Manager

## 3. The fair
- @tess.marlow will set up the young people's panel for the fair
  - <!-- Owen: parked, do not minute as an action -->
- ACTION (Mo): map the 17+ cohort against the transition assessments

## 5. Parking lot (ideas NOT agreed - do not action)
- job coach stall
- a "my first payslip" workshop
"""


def test_a_shared_pads_hidden_comments_handles_and_bracketed_owners_are_read_as_its_readers_see_them():
    found = ticked(SHARED_PAD)
    assert found["Set up the young people's panel for the fair"][0] == "Tess Marlow"  # "@tess.marlow"
    assert found["Map the 17+ cohort against the transition assessments"][0] == "Mo"  # "ACTION (Mo):"; Mo is listed
    assert not any("parked" in title or "minute as an action" in title for title in found)  # a hidden comment
    assert not any("stall" in title or "payslip" in title for title in found)  # ideas not agreed


def test_a_scans_misread_digits_in_a_date_are_mended_and_its_received_stamp_is_no_meeting():
    scan = ("WESTM0OR SEND B0ARD\nMinutes of the meeting held on Wednesday 1O October 2027, 2.00pm\n"
            "Council Chamber [stamp: RECEIVED 15 OCT 2027]\nPresent: Kemi Adams (KA) Head of lnclusion; Owen Reid (0R)\n\n"
            "2.1 KA to circu1ate the revised plan by l9 October 2027.   ACTI0N: KA\n")
    parsed = parse_outcomes(scan, meeting_date=date(2027, 10, 10), names=NAMES)
    assert [meeting.date.day for meeting in parsed.meetings if meeting.date] == [date(2027, 10, 10)]
    found = outcomes_for(parsed, date(2027, 10, 10), lenient=True).suggestions
    assert [(each.owner_text, each.due_on) for each in found if each.suggested] == [("Kemi Adams", date(2027, 10, 19))]


def test_before_the_easter_weekend_is_the_thursday_before_good_friday():
    from tracker.importer.due import read_due

    assert read_due("email both families before the Easter weekend", date(2027, 3, 24)).on == date(2027, 3, 25)


ROUND_UP_EMAIL = """From: Lou Barnes <lou.barnes@example.org>
Date: Thu, 14 Oct 2027 08:47:12 +0100
Subject: Champions 13 Oct - your bits to do

Morning champions,

WHO'S DOING WHAT
 * I'll circulate the revised role description by Friday week.
 * Kemi - you kindly said you'd share the one-page profile template with the group.

LAST MONTH'S LIST - where we are (updates in CAPITALS)

> 1. Owen to send the champions data pack (school-level EHCP and SEN
>    support numbers).
   DONE - attached again for anyone who missed it.
> 2. Owen to send the PfA champions pack for Year 9 reviews.
   STILL OPEN - it's with the designer; he's promised it by
   Friday 5 November.

Lou
"""


def test_an_earlier_lists_updates_in_capitals_mark_its_items_done_or_still_open_with_their_new_dates():
    found = suggested(ROUND_UP_EMAIL)
    assert not next(tick for title, (_, _, tick) in found.items() if "champions data pack" in title)  # DONE
    title, (owner, due, tick) = next((title, each) for title, each in found.items() if "PfA champions pack" in title)
    assert (owner, due, tick) == ("Owen", date(2027, 11, 5), True)  # STILL OPEN, with the date promised


def test_friday_week_is_a_week_on_friday_and_a_named_you_said_youd_is_theirs():
    found = ticked(ROUND_UP_EMAIL)
    assert next(due for title, (_, due) in found.items() if "role description" in title) == date(2027, 10, 22)
    assert next(owner for title, (owner, _) in found.items() if "one-page profile" in title) == "Kemi"


def test_a_row_with_another_organisation_is_watched_not_done_by_us_and_a_closed_tab_holds_nothing_to_do():
    text = ("Ref\tYou said\tWe did\tWhat next\tLead\tBy when\tStatus\n"
            "YS-14\tWe hear nothing while waiting\tRaised at the Board\tICB to start waiting well letters\tICB\tJan 2028\tWith ICB\n"
            "YS-15\tDrivers don't know my child\tMet Transport\tSend the passenger profile template\tOR\t20/10/2027\tIn progress\n"
            "\nClosed\n\nRef\tAction\tOwner\tDue\n"
            "YS-07\tHold two evening coffee mornings\tKA\t30/09/2027\n")
    assert ticked(text) == {"Send the passenger profile template": ("OR", date(2027, 10, 20))}


def test_an_action_column_naming_several_owners_takes_each_ones_commitment_from_the_minute_beside_it():
    text = ("Item\tMinute\tAction\n"
            "4\tHigh needs budget. 4.1 KA presented the budget. 4.2 RA to recirculate the revised model within two weeks. "
            "4.3 It was agreed that OR would bring a paper on place-led funding to the next meeting.\tRA OR\n")
    found = ticked(text)
    assert found["Recirculate the revised model within two weeks"] == ("RA", date(2027, 10, 27))
    assert next(owner for title, (owner, _) in found.items() if title.startswith("Bring a paper")) == "OR"
    assert "RA OR" not in found


def test_an_empty_due_cell_beside_an_update_naming_the_meeting_is_due_then():
    text = ("ID\tAction detail\tOwner\tDue date\tStatus\tUpdate / comments\n"
            "53\tBring the recovery plan to the Board\tKemi Adams\t\tNot started\tFor the December Board - no date yet.\n"
            "54\tConfirm the ICB sign-off\tOwen Reid\t30/11/2027\tOpen\tFor the December Board too.\n")
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    dues = {each.title: (each.due.kind, each.due.month or each.due.on) for each in found if each.suggested}
    assert dues == {"Bring the recovery plan to the Board": ("meeting_in_month", date(2027, 12, 1)),
                    "Confirm the ICB sign-off": ("date", date(2027, 11, 30))}  # its own date first


def test_an_item_marked_done_after_an_arrow_is_done():
    found = suggested("Actions\n\n- Kemi to bring the speaker back → done, it is here\n- Owen to send the slides -> done\n"
                      "- Kemi to book the room -> by Friday\n")
    assert {title: tick for title, (_, _, tick) in found.items()} == {
        "Bring the speaker back": False, "Send the slides": False, "Book the room → by Friday": True}


def test_a_lists_owner_other_column_names_the_owner_where_no_one_is_picked():
    text = ("ID\tAction detail\tOwner\tOwner (other)\tDue date\n"
            "55\tCirculate the terms of reference\tKemi Adams\t\t20/10/2027\n"
            "56\tArrange a development session on Preparing for Adulthood\t\tChair / Business Support\t\n")
    found = ticked(text)
    assert found["Arrange a development session on Preparing for Adulthood"][0] == "Chair / Business Support"


def test_an_item_about_an_earlier_meetings_action_does_not_start_a_meeting_of_its_own():
    text = ("EXTRAORDINARY BOARD\nMinutes of the extraordinary meeting held on Wednesday, 13 October 2027 at 10.00 am\n\n"
            "EB/27/1 BUDGET\n\nACTIONS:\n- KA to circulate the revised model by 20 October.\n\n"
            "EB/27/2 OUTSTANDING ACTION FROM THE MEETING OF 15 SEPTEMBER 2027\n\n"
            "ACTIONS:\n- OR to bring the deep dive to the November Board.\n")
    parsed = parse_outcomes(text, meeting_date=HELD, names=NAMES)
    assert [meeting.date.day for meeting in parsed.meetings if meeting.date] == [HELD]
    assert len([each for each in outcomes_for(parsed, HELD).suggestions if each.suggested]) == 2


def test_a_time_after_a_day_and_month_is_no_year_so_an_events_heading_starts_no_meeting():
    from tracker.importer.parse import find_dates

    assert find_dates("CHRISTMAS FAIR - Sat 5th Dec, 12-3") == []  # noon to three, not the year 2012
    assert [found.day for found in find_dates("Actions - Board 15 Sep 27")] == [date(2027, 9, 15)]
    text = ("PTA committee, Wednesday 13th October 2027\n\nCHRISTMAS FAIR - Sat 4th Dec, 12-3\n\n"
            "- Kemi to book the hall by Friday.\n")
    assert ticked(text) == {"Book the hall by Friday": ("Kemi", date(2027, 10, 15))}


def test_corrections_with_nothing_above_them_are_kept_as_their_lines():
    from tracker.importer.comments import corrections_applied

    assert corrections_applied(["AP>> Kemi to book the hall.", "AP>> Owen to send the slides.", "Thanks"]) == [
        "Kemi to book the hall.", "Owen to send the slides.", "Thanks"]  # not one paragraph of every line
    assert corrections_applied(["> 1. Liam to send the letter", "AP>> This should be Kemi, not Owen - by Friday 22 October"]) \
        == ["> 1. Kemi to send the letter by Friday 22 October"]


def test_a_part_after_a_dash_is_still_read_in_a_sentence_of_a_few_dashes():
    # (a run-on paste is read from its first eight dashes only, so that it takes a time in line with its length)
    assert ticked("Actions\n\n- Liam not at panel - MW to ask him for the figures by Friday.\n") == {
        "Ask him for the figures by Friday": ("MW", date(2027, 10, 15))}


def test_a_row_of_a_table_with_no_due_column_whose_status_names_the_next_meeting_is_due_then():
    text = ("Ref\tAction\tOwner\tStatus\n"
            "N3\tSALT vacancy and recruitment update\tKA\tOpen - carried forward, KA to update at next meeting\n"
            "N4\tSend the survey to the forum\tOR\tIn progress - see the file\n")
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    assert {each.title: each.due.kind if each.due else None for each in found if each.suggested} == {
        "SALT vacancy and recruitment update": "next_meeting", "Send the survey to the forum": None}


def test_a_ragged_forward_plan_and_a_chat_stamp_out_of_range_are_read_without_failing():
    plan = ("Agenda item\tLead\tThu 18 Nov 2027\tThu 20 Jan 2028\nRisk register\tKA\tYes\n"
            "Preparing for Adulthood\tOwen Reid\t\tNEW: Owen Reid to present the outcomes deep dive\n")
    assert "Present the outcomes deep dive" in ticked(plan)
    chat = ('{"messages": [' + ", ".join(
        f'{{"sender_name": "Kemi Adams", "timestamp_ms": 99999999999999{n}, "content": "I\'ll {task}."}}'
        for n, task in enumerate(["send the budget", "book the hall", "ring the college"])) + "]}")
    assert {owner for owner, _ in ticked(chat).values()} == {"Kemi Adams"} and len(ticked(chat)) == 3
