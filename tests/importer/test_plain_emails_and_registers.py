"""A plain-text email's to-do list typed with hanging indents and owners after a dash, and the kinds
of writing met in the sixth session's held-out batches. Written here in new words, not taken from
the corpus."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    """Each suggestion's title: (owner, due date, ticked)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested) for s in found}


HANGING_EMAIL = """From: Jo Price <jo.price@example.org>
Date: Wed, 13 Oct 2027 18:02:11 +0100
Subject: Short breaks review - where we got to

Hi all, thanks for today. To-dos:

(1) collate the numbers of families waiting for an overnight short
    break, by age band and need - Nadia, Fri 22nd please

(2) the provider survey has stalled. Omar to ring the four providers
    who have not answered - by half term (Fri 22 October)

(3) write up the option for a second holiday club - me, end of the
    month

(4) Bea kindly said she would share the parent panel's notes once
    they are typed up - next week is fine

Jo
"""


def test_a_to_do_wrapped_under_its_number_is_one_action_with_its_owner_and_date_after_a_dash():
    found = suggested(HANGING_EMAIL)
    title = ("Collate the numbers of families waiting for an overnight short break, by age band and need"
             " - Nadia, Fri 22nd please")
    assert title not in found  # the owner and date are read, not left in the title
    owner, due, ticked = next(each for text, each in found.items() if text.startswith("Collate the numbers"))
    assert (owner, due, ticked) == ("Nadia", date(2027, 10, 22), True)
    # the wrapped line "who have not answered - by half term ..." is the item's, not a heading over the rest
    assert found["Ring the four providers who have not answered - by half term (Fri 22 October)"][:2] == (
        "Omar", date(2027, 10, 22))


def test_me_after_a_dash_in_an_email_is_its_sender():
    found = suggested(HANGING_EMAIL)
    owner, due, ticked = next(each for text, each in found.items() if text.startswith("Write up the option"))
    assert (owner, due, ticked) == ("Jo Price", date(2027, 10, 31), True)


def test_an_agenda_title_and_its_indented_notes_stay_apart():
    text = """1. WELCOME AND APOLOGIES
   The chair welcomed Bea to her first meeting.

2. Minutes of 8 September -> agreed, no changes
   Action log: all closed.

3. SHORT BREAKS REVIEW
   Nadia to send the waiting list figures to Omar by 20 October.
"""
    found = suggested(text)
    assert found["Send the waiting list figures to Omar by 20 October"] == ("Nadia", date(2027, 10, 20), True)
    assert not any("chair welcomed" in title.lower() and ticked for title, (_, _, ticked) in found.items())


def test_a_topic_then_what_was_agreed_in_capitals_is_a_decision_in_a_list_of_actions():
    text = """Actions from the meeting:
1. OL - ring the four providers who have not answered by 22 October.
2. TOR - revised terms of reference AGREED. No further changes.
3. KA - send the survey link to the parent panel by Friday.
"""
    found = suggested(text)
    assert found["Ring the four providers who have not answered by 22 October"][2] is True
    assert not any(ticked for title, (_, _, ticked) in found.items() if "terms of reference" in title)


CLERKS_MINUTES = """SHORT BREAKS COMMISSIONING BOARD

MINUTES of a meeting of the Short Breaks Commissioning Board held in Room 4, Town Hall on WEDNESDAY, 13 OCTOBER 2027 at 10.00 am

SB/27/40\tSHORT BREAKS REVIEW

Members received the review. The parent panel had asked that commissioners visit every holiday club before
renewing contracts. Mr Lewis undertook to send the provider survey results to members by the end of the month.

SB/27/41\tANY OTHER BUSINESS

(a) KA reported that the holiday club leaflet was out of date. Reprint the holiday club leaflet with the new dates – KA, Friday.

APPENDIX A – ACTION TRACKER (as at 13 October 2027)

Ref\tAction\tOfficer\tTarget\tStatus
SB/27/11\tMap the overnight short breaks offer\tNS\tSep 2027\tCarried forward
SB/27/19\tShare the eligibility criteria with the PCF\tJP\tAug 2027\tClosed
"""


def test_a_clerks_long_opening_line_dates_the_minutes_and_an_appendix_as_at_that_day_does_not():
    found = suggested(CLERKS_MINUTES)
    assert found["Send the provider survey results to members by the end of the month"][1:] == (date(2027, 10, 31), True)
    # "– KA, Friday" ends the sentence before it: the owner and the Friday after the meeting
    assert found["Reprint the holiday club leaflet with the new dates"] == ("KA", date(2027, 10, 15), True)


def test_a_request_reported_as_made_before_the_meeting_and_a_carried_forward_row_are_not_new_actions():
    found = suggested(CLERKS_MINUTES)
    assert not any(ticked for title, (_, _, ticked) in found.items() if "visit every holiday club" in title.lower())
    assert found["Map the overnight short breaks offer"][2] is False  # an earlier meeting's, carried forward
    assert [title for title, (_, _, ticked) in found.items() if ticked] == [
        "Send the provider survey results to members by the end of the month",
        "Reprint the holiday club leaflet with the new dates"]


PANEL_WORKBOOK = """Panel 13.10.27

Panel date\tWed 13/10/2027
Register kept by\tBea Cole

Decisions

#\tCase ref\tPresented by\tPanel decision\tFollow-up detail\tWho\tTarget
1\tEH-0101\tNS\tAGREE TO ASSESS\tSend the agree-to-assess letter to the family\tNS\t5 w/days
2\tEH-0102\tOL\tDEFERRED\tOL to arrange an updated EP visit\tOL\t10/11/27

F-U from 06.10

Follow-ups from panel 06/10/27
Case ref\tFollow-up\tWho\tDue\tUpdate at 13/10
EH-0090\tEP advice outstanding (EP off sick)\tOL\t13/10\tStill outstanding - carried to 20/10

Notes

General notes - not case specific
1. Volume: 9 listed, 7 heard.
2. KA raised that OT advices come in late. No fix agreed. In the meantime KA to send NS a list of the late OT advices by 27/10.
3. Jo Price not at panel - OL to ask her whether the dashboard can show each locality.
4. Would be good to get the panel onto the Board's agenda at some point - NS to mention it, a wish more than anything.
"""


def test_a_panel_workbooks_sheets_its_due_columns_and_the_earlier_panels_follow_ups():
    found = suggested(PANEL_WORKBOOK)
    # "Presented by" is who brought the case, not when the follow-up is due: "Target" is
    assert found["Send the agree-to-assess letter to the family"] == ("NS", date(2027, 10, 20), True)  # 5 working days
    assert found["OL to arrange an updated EP visit"][:2] == ("OL", date(2027, 11, 10))
    assert found["EP advice outstanding (EP off sick)"][2] is False  # the panel of 6 October's follow-up


def test_a_note_then_who_will_do_what_after_a_dash_or_in_the_meantime():
    found = suggested(PANEL_WORKBOOK)
    assert found["Send NS a list of the late OT advices by 27/10"] == ("KA", date(2027, 10, 27), True)
    assert found["Ask her whether the dashboard can show each locality"][::2] == ("OL", True)
    assert not any(ticked for title, (_, _, ticked) in found.items() if "mention it" in title.lower())


def test_a_dotted_date_needs_two_figure_day_and_month_so_a_paragraph_number_is_no_date():
    from tracker.importer.parse import find_dates

    assert [found.day for found in find_dates("Panel 14.01.27")] == [date(2027, 1, 14)]
    assert find_dates("3.4.12 Transport to college") == []
    assert find_dates("Version 1.02.03 of the form") == []


NOTE_TO_FILE = """NOTE TO FILE

Author:        Omar Lewis, Short Breaks Lead
Date of note:  15/10/2027
Re:            Meeting with Hillside Youth Club, Wed 13 October 2027, 4-5pm

1. Previous note (14/07/2027)
Nothing outstanding from July.

2. Places
I said I would send Kemi the draft place numbers letter by Friday 22nd. I will also confirm the
six new sessions with Finance by the end of the month. Kemi Adams to share the club's waiting list
with me. Jo P.
to check whether the minibus can take two wheelchairs and let me know by 1 Nov.

Follow-up (my list)
 - OL: place numbers letter to Kemi ........ Fri 22/10
 - OL: 6 new sessions, with Finance ........ end Oct

OL 15/10/27
"""


def test_a_note_to_file_is_its_authors_first_person_record_of_one_meeting():
    found = suggested(NOTE_TO_FILE)  # not refused for "Date of note", "Previous note (...)" or "OL 15/10/27"
    assert found["Send Kemi the draft place numbers letter by Friday 22nd"] == ("Omar Lewis", date(2027, 10, 22), True)
    assert found["Confirm the six new sessions with Finance by the end of the month"][::2] == ("Omar Lewis", True)
    # "Jo P." ends a line and "to check whether ..." goes on with the sentence
    assert found["Check whether the minibus can take two wheelchairs and let me know by 1 Nov"][::2] == ("Jo P", True)


def test_my_list_repeating_the_notes_in_other_words_is_not_told_twice():
    ticked = [title for title, (_, _, tick) in suggested(NOTE_TO_FILE).items() if tick]
    # "OL" is Omar Lewis, the "6" the "six": the list's lines are the same actions as the notes'
    assert [title for title in ticked if "place numbers" in title.lower()] == [
        "Send Kemi the draft place numbers letter by Friday 22nd"]
    assert [title for title in ticked if "sessions" in title.lower()] == [
        "Confirm the six new sessions with Finance by the end of the month"]


def test_what_was_heard_stays_discussion_though_an_action_follows_the_list():
    text = """3. Transition to adult services
What we heard
• OL: the service's transition policy was revised in 2025 and says planning should begin at 14.
• OL said the service is planning to pilot a young adult clinic from January (the service's own plan).
Nadia Shah agreed to share the transition policy with Bea Cole by 22 October.
"""
    found = suggested(text)
    assert [title for title, (_, _, ticked) in found.items() if ticked] == [
        "Share the transition policy with Bea Cole by 22 October"]


def test_an_item_of_general_business_says_who_will_act_in_its_last_sentence():
    text = """General business
• Funding formula. The council and the ICB still disagree about the split for 52-week placements. Panel chair
(JC) to raise the funding formula dispute at the commissioning group in December.
• Reporting. Members asked for an overview of the whole cohort. Kemi Adams to produce a summary of joint
packages for the January panel.
"""
    found = suggested(text)
    assert found["Raise the funding formula dispute at the commissioning group in December"][::2] == (
        "Panel chair (JC)", True)
    owner, _, ticked = next(each for title, each in found.items() if title.startswith("Produce a summary"))
    assert (owner, ticked) == ("Kemi Adams", True)


PHONE_NOTES = """forum cttee 13/10/27

on zoom 7.30 - started late bc of wifi

here: kemi (chair tonight), omar, nadia s, jo (£), me (bea - notes, sorry for typos), sam (new!!)
apols: lou

1. money
jo - £1,204 in the bank. grant 2nd instalment not in yet. jo to chase the funder if not in by end of month
insurance due march - jo has it in hand, no action needed yet

2. website
bea did the update to the events page ✅
sam said she's keen to help with the fb page - bea to give her admin access this wk
someone asked about the autism fair in may - would be nice to get a stall but no one has time rn so parked

3. transport
lots of msgs about the late buses. kids arriving 40 mins late
nadia s said she'd draft the transport survey qs and send round b4 next cttee
kemi to raise the late buses at next partnership board on 4th nov
"""


def test_notes_typed_in_lower_case_on_a_phone_give_each_line_and_each_person_their_own():
    found = suggested(PHONE_NOTES)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked["Chase the funder if not in by end of month"] == ("Jo", date(2027, 10, 31))
    assert ticked["Draft the transport survey qs and send round b4 next cttee"][0] == "Nadia S"
    # "sam said she's keen to help - bea to give her admin access": Bea's part, after the dash; this week's Friday
    assert next(each for title, each in ticked.items() if title.startswith("Give her admin access")) == (
        "Bea", date(2027, 10, 15))
    # "on 4th nov" says which partnership board: that day
    assert ticked["Raise the late buses at next partnership board on 4th nov"] == ("Kemi", date(2027, 11, 4))
    # a line is not run on into the next ("... admin access this wk" / "someone asked about ... in may")
    assert not any("autism fair" in title for title in ticked)
    assert not any(title.startswith("Insurance") for title in ticked)


KEEP_EXPORT = """{
  "notes": [
    {"isTrashed": false, "title": "Coffee morning 13/10 - my notes",
     "textContent": "Coffee morning Weds 13th Oct - St Lukes hall\\n\\nTRANSITION\\n- Nadia Shah offered to send round the photo booklet template, b4 half term (22/10)\\n\\nnext one Weds 10th Nov same place"},
    {"isTrashed": false, "title": "follow ups",
     "listContent": [
       {"text": "Book hall for Nov", "isChecked": true},
       {"text": "Omar Lewis - put the clubs list on the FB page by sat", "isChecked": false}
     ]},
    {"isTrashed": true, "title": "old", "textContent": "Kemi Adams to send the raffle money\\nby Friday"}
  ]
}
"""


def test_a_notes_apps_json_export_is_read_as_its_notes_and_checklist():
    found = suggested(KEEP_EXPORT)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    owner, due = next(each for title, each in ticked.items() if title.startswith("Send round the photo booklet"))
    assert (owner, due) == ("Nadia Shah", date(2027, 10, 22))
    # a checklist's open item is to do, by the Saturday after the meeting; its ticked one is done
    assert ticked["Put the clubs list on the FB page by sat"] == ("Omar Lewis", date(2027, 10, 16))
    assert found["Book hall for Nov"][2] is False
    assert not any("raffle" in title.lower() for title in found)  # a note in the bin


@pytest.mark.parametrize("words, held, due", [
    ("before Easter", date(2027, 3, 17), date(2027, 3, 25)),  # Easter Sunday 28 March 2027
    ("by Easter", date(2028, 3, 1), date(2028, 4, 13)),  # Easter Sunday 16 April 2028
    ("before the Easter break", date(2027, 4, 7), date(2028, 4, 13)),  # this year's is past: next year's
])
def test_easter_is_read_from_the_calendar_not_a_fixed_day(words, held, due):
    from tracker.importer.due import read_due

    assert read_due(words, held).on == due


def test_an_attendance_table_under_present_is_not_a_table_of_actions():
    text = """Minutes of the meeting held on Wednesday 13 October 2027

Present
Nadia Shah (NS)\tAssistant Director, SEND and Inclusion – workstream lead (chair)
Omar Lewis (OL)\tData and Performance Manager
Kemi Adams (KA)\tHeadteacher, Hillside Pupil Referral Unit
Jo Price (JP)\tCo-chair, Parent Carer Forum
Sam Reed (SR)\tPartnership Business Support (minutes)
Apologies\tBea Cole, Lou Grant (Schools Funding Team)

1. Data
OL will add the attendance figures to the dashboard by 20 October.
"""
    found = suggested(text)
    assert [title for title, (_, _, ticked) in found.items() if ticked] == [
        "Add the attendance figures to the dashboard by 20 October"]


def test_an_action_line_in_its_own_words_is_not_given_to_the_sentence_before():
    text = """Minutes of the meeting held on Wednesday 13 October 2027

4.3 OL will add the attendance data to the inclusion dashboard for the next meeting.
Action: OL – attendance data to dashboard – next meeting
4.4 KA suggested the forum ask parents about part-time timetables. Members welcomed this.
Action: KA / Forum – parent survey on part-time timetables – end November
4.5 The guidance will be rewritten into the protocol (NS is already redrafting it under the work plan – no new action).
4.6 The highlight report for the Board will be prepared by NS and OL in the usual way.
"""
    found = suggested(text)
    ticked = {title: owner for title, (owner, _, tick) in found.items() if tick}
    assert ticked["Add the attendance data to the inclusion dashboard for the next meeting"] == "OL"
    survey = next(title for title in ticked if "parent survey" in title.lower())
    assert ticked[survey].startswith("KA")
    assert len(ticked) == 2  # not the redrafting already under way, nor the usual report


SCHOOL_NOTES = """# Inclusion team mtg — Wed 13th October 2027

**Present:** Nadia Shah (NS, SENCo), Omar Lewis (OL, Head), Mrs Cole (TA lead), Julie (office)

- **MB** (Y3) to start the Lego therapy group from Monday with Jo — parents happy. *(already set up, Jo sorted the timetable last week)*
- **AR** (Y6) to visit the academy for transition on 18th Nov w/ Mrs Cole — already booked by the academy.

Agreed all class teachers to complete the APDR review sheets by Friday 22nd. NS will remind in staff briefing (not an action, she does it every week anyway).

The SIA has since agreed to come in and do a learning walk on adaptive teaching, w/c 8th November. OL to confirm the day with her (same thing, not separate).

**Office (Julie) to send the parent consultation letters** Mon (18th).

Mrs Cole said she will rota TAs for the lunchtime nurture club.

- Parent coffee morning w/ the forum? — OL to think about it, not decided
"""


def test_a_schools_own_notes_say_what_is_new_work_and_what_is_in_hand():
    found = suggested(SCHOOL_NOTES)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked["Complete the APDR review sheets by Friday 22nd"] == ("all class teachers", date(2027, 10, 22))
    assert ticked["Send the parent consultation letters Mon (18th)"] == ("Office (Julie)", date(2027, 10, 18))
    assert next(owner for title, (owner, _) in ticked.items() if title.startswith("Rota TAs")) == "Mrs Cole"
    assert any(title.startswith("Come in and do a learning walk") for title in ticked)
    # set up or booked already, the routine, the same thing again, and what is not decided
    assert not any(word in title.lower() for title in ticked
                   for word in ("lego", "visit the academy", "remind", "confirm the day", "think about"))


YOUNG_WRITERS_FORM = """Youth Forum Meeting Record

Date and time\tWed 13th October 2027, 4.30 till 6
Written up by\tBea, age 16

1. Who came

[List everyone who came, including staff and visitors.]

Name\tYoung person / staff / visitor
Bea (me)\tyoung person – writing this
Tariq\tyoung person
Nadia Shah\tstaff – Participation Officer

2. Anything from last time

What we said we'd do\tWho\tDone?
Posters for the Hub about the forum\tTariq\tyes ✔ they look great

3. What we talked about

Tariq and Bea are going to make a short video explaining what an annual review is.

4. Ideas for the future

[Things people want but nobody has agreed to do yet.]

- Councillor Jones coming to a meeting
- A trip to the bowling alley
"""


def test_a_form_filled_in_by_a_young_person_reads_its_sections_for_what_they_are():
    found = suggested(YOUNG_WRITERS_FORM)
    ticked = {title: owner for title, (owner, _, tick) in found.items() if tick}
    # the people in the table of who came are people, so "Tariq and Bea are going to ..." is theirs
    assert ticked == {"Make a short video explaining what an annual review is": "Tariq"}


QA_WRITE_UP = """Ask the SEND leaders: live online Q&A, Wednesday 13 October 2027

Looking back: what we promised at the June Q&A
In June we said we would publish the monthly timeliness figures on the Local Offer. These went live on 1 September.

Your questions
Nadia Shah did not have the figures to hand on the night, so she committed to bring the numbers of reviews waiting to the next Q&A.
Omar Lewis committed that the forum will run a session on tribunal rights in the spring.
Kemi Adams said the forum would love to meet in person and it will be discussed at the forum's committee. Nothing agreed yet.
"""


def test_a_qa_write_up_keeps_what_was_promised_before_apart_and_reads_who_committed_to_what():
    found = suggested(QA_WRITE_UP)
    ticked = {title: owner for title, (owner, _, tick) in found.items() if tick}
    assert ticked == {
        "Bring the numbers of reviews waiting to the next Q&A": "Nadia Shah",  # "so she committed": she is Nadia
        "Run a session on tribunal rights in the spring": "the forum",
    }


MIND_MAP = """Mind map text export
Workshop on short breaks, Wednesday 13 October 2027

1 Who's in the room
\t1.1 NS - Nadia Shah
\t1.2 OL - Omar Lewis
2 Ideas that got green dots (AGREED)
\t[Icon: Flag green]
\t2.1 Dashboard of short breaks waiting by age band
\t\tTask Info: Resources: OL; Priority: 1; Due Date: 14/01/2028; % Complete: 0%
\t\tNotes: OL can build it off the case system.
\t2.2 Send round the provider list before the workshop
\t\t[Icon: Smiley happy]
\t\tTask Info: Resources: NS; Due Date: 08/10/2027; % Complete: 100%
\t2.3 One-page guide to short breaks for parents
\t\tTask Info: Resources: NS; Due Date: next workshop; % Complete: 0%
3 Ideas with a question mark (NOT agreed)
\t3.1 Text message reminders to parents
"""


def test_a_mind_maps_topics_with_task_information_are_its_actions():
    found = suggested(MIND_MAP)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked == {"Dashboard of short breaks waiting by age band": ("OL", date(2028, 1, 14)),
                      "One-page guide to short breaks for parents": ("NS", None)}
    assert found["Send round the provider list before the workshop"][2] is False  # 100% complete
    guide = outcomes_for(parse_outcomes(MIND_MAP, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    assert next(s for s in guide if s.title.startswith("One-page")).due_by_next_meeting  # "next workshop"


def test_invited_to_the_next_meeting_is_where_and_the_date_after_it_is_when():
    text = "Actions\n- Nadia Shah to email Omar Lewis to invite him to the next huddle — Oct 21, 2027\n"
    assert suggested(text)["Email Omar Lewis to invite him to the next huddle — Oct 21, 2027"] == (
        "Nadia Shah", date(2027, 10, 21), True)


def test_a_posters_cards_each_take_their_own_when_from_the_line_under_them():
    text = """Parents' evening round-up, Wednesday 13 October 2027

WHO'S DOING WHAT
Nadia Shah will write up answers to all the questions\tTariq (Hillside College) will send us the open evening dates
When: by the end of October When: within 2 weeks
"""
    found = suggested(text)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked == {"Write up answers to all the questions – by the end of October": ("Nadia Shah", date(2027, 10, 31)),
                      "Send us the open evening dates – within 2 weeks": ("Tariq (Hillside College)", date(2027, 10, 27))}


TO_DO_EXPORT = '''List,Task,Status,Importance,Due date,Created,Completed,Notes
Panel,Panel 13 Oct - my notes,NotStarted,Normal,,13/10/2027 13:05,,"Panel Weds 13/10
There: me (chair), Nadia, Omar, Kemi
- Omar to bring refreshed waiting figures for November.
- Kemi said she'd reply to the forum's letter by the 22nd.
- A line
- Another line
- And another
- Still in the one cell
- Next panel Weds 10 Nov."
Panel,WAITING FOR: Omar - refreshed waiting figures for November,NotStarted,Normal,05/11/2027,13/10/2027 13:23,,
Panel,WAITING FOR: Kemi - reply to the forum's letter,NotStarted,High,22/10/2027,13/10/2027 13:24,,letter sent 22/9
Panel,Book the hall,Completed,Normal,08/10/2027,01/10/2027 08:12,09/10/2027 10:00,
'''


def test_a_to_do_lists_export_reads_its_long_notes_cell_and_waiting_for_someone_as_theirs():
    found = suggested(TO_DO_EXPORT)
    rows = {title: each for title, each in found.items() if title.startswith(("Refreshed waiting", "Reply to the forum"))}
    assert rows == {"Refreshed waiting figures for November": ("Omar", date(2027, 11, 5), True),
                    "Reply to the forum's letter": ("Kemi", date(2027, 10, 22), True)}
    assert found["Book the hall"][2] is False  # completed


@pytest.mark.parametrize("words, due", [
    ("in the first week of November", date(2027, 11, 5)),  # Monday 1 November 2027
    ("the second week in November", date(2027, 11, 12)),
    ("by the last week of July", date(2028, 7, 28)),  # the month's last Friday, not the Friday in August
])
def test_a_week_of_a_month_is_its_friday(words, due):
    from tracker.importer.due import read_due

    assert read_due(words, HELD).on == due


def test_a_summary_table_takes_the_date_the_notes_gave_when_it_has_none():
    text = """Practitioner forum, Wednesday 13 October 2027

Nadia Shah will circulate the presentation slides from all of today's sessions within a week, and they will also be
posted on this page.

Summary of what happens next
What\tWho
Slides circulated and posted here\tNadia Shah
"""
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    ticked = [(s.owner_text, s.due_on) for s in found if s.suggested]
    assert ticked == [("Nadia Shah", date(2027, 10, 20))]  # the row is the action, due as the notes said


TEAM_NOTES = """OUTREACH TEAM - weekly team mtg
Wed 13/10  (Teams)

In: Dee (TM), Kev, Jo, Sana
Apols: Bev

--- last wks actions ---
* Jo chase Oakfield re visit report .............. not done, head off sick. c/f
* Dee to ask Finance re mileage ................... done, see below

1. Oakfield
Jo to chase Oakfield again by Fri (try the deputy if head still off).

2. Parent workshop
Kev to book the room at the Family Hub for the parent workshop asap.
"""


def test_a_teams_weekly_notes_know_who_is_in_and_last_weeks_actions():
    found = suggested(TEAM_NOTES)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked["Chase Oakfield again by Fri (try the deputy if head still off)"] == ("Jo", date(2027, 10, 15))
    assert ticked["Book the room at the Family Hub for the parent workshop asap"][0] == "Kev"
    assert len(ticked) == 2  # last week's two: one carried forward in its own list, one done


def test_a_typed_who_what_by_board_whose_rows_wrap_is_one_row_each():
    text = """Huddle, Wednesday 13 October 2027

TO DO  (who / what / by)
   OL     | update the waiting list letter template with the new
          | wording + link to SENDIASS                   | by 29/10
   NS     | audit 10 advices against the quality checklist
          | and bring findings to team mtg               | by 25/10
   KA     | ~~ring the supplier~~ (moved to safety, see above)
"""
    found = suggested(text)
    ticked = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked == {
        "Update the waiting list letter template with the new wording + link to SENDIASS": ("OL", date(2027, 10, 29)),
        "Audit 10 advices against the quality checklist and bring findings to team mtg": ("NS", date(2027, 10, 25))}


def test_a_trackers_mtg_date_column_is_when_it_was_agreed_not_when_it_is_due():
    text = """Action log
Ref\tMtg date\tAction required\tLead\tDue\tBRAG
Q-044\t13/10/2027\tProvide the breakdown of therapy waits by locality\tOL\t12/11/2027\tG
"""
    assert suggested(text)["Provide the breakdown of therapy waits by locality"] == ("OL", date(2027, 11, 12), True)


def test_a_note_then_a_dash_then_someone_elses_matter_is_not_an_action():
    text = """Notes of the meeting on 13 October 2027

We discussed, but did not agree, whether the ICB should set a local maximum wait - Omar will consider this with the ICB executive but it is a matter for them.
"""
    assert not any(ticked for _, _, ticked in suggested(text).values())
