"""A task board's CSV export (Trello's columns), a group chat exported from Signal, a Loop page's
@mentions and month-first dates. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.due import read_due
from tracker.importer.owners import Candidate, match_owner
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    """Each suggestion's title: (owner, due date, ticked)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested) for s in found}


BOARD_CSV = """Card ID,Card Name,Card Description,Members,Due Date,Due Complete,List ID,List Name,Archived
a1,OL - attendance figures by school,From the June panel. Still collecting.,omarlewis,2027-10-01T10:00:00.000Z,false,l3,Doing,false
a2,NS - book the hall for the spring conference,Agreed at item 2.,nadiashah,2027-10-21T23:00:00.000Z,false,l7,Panel 13 Oct 27,false
a3,KA - draft the letter to parents about panel times,Agreed at item 4.,kemiadams,2027-11-02T00:00:00.000Z,false,l7,Panel 13 Oct 27,false
a4,JP - sign the outreach agreement,Signed in the meeting.,joprice,2027-10-13T10:00:00.000Z,true,l7,Panel 13 Oct 27,false
a5,BC - refresh the referral form,,beacole,2027-09-01T10:00:00.000Z,true,l9,Done,false
"""


def test_a_board_export_reads_the_moment_it_is_due_as_the_day_in_the_uk():
    found = suggested(BOARD_CSV)
    # 23:00 UTC on 21 October is midnight on the 22nd in London (summer time); in November, UTC is London's time
    assert found["Book the hall for the spring conference"] == ("NS", date(2027, 10, 22), True)
    assert found["Draft the letter to parents about panel times"] == ("KA", date(2027, 11, 2), True)


def test_a_board_export_keeps_only_the_cards_in_this_meetings_list_and_not_those_done():
    found = suggested(BOARD_CSV)
    assert found["OL - attendance figures by school"][2] is False  # "Doing": an earlier meeting's card
    assert found["Refresh the referral form"][2] is False  # in "Done"
    assert found["Sign the outreach agreement"][2] is False  # "Due Complete": true
    assert [title for title, each in found.items() if each[2]] == [
        "Book the hall for the spring conference", "Draft the letter to parents about panel times"]


SIGNAL_EXPORT = """# Inclusion panel - core group

[2027-10-13 17:40] Jo Price: Thanks all. My recap of what we agreed, shout if wrong:
1. Nadia – hall booking for the spring conference by 22nd
2. Me – letter to heads about the new panel times

(- Omar Lewis: 👍 -)

[2027-10-13 17:45] Kemi Adams: All looks right to me

[2027-10-13 17:52] Omar Lewis: I said I'd send the outreach numbers to Bea – I'll do that tomorrow

[2027-10-13 18:01] Bea Cole: Thanks Omar
"""


def test_a_signal_group_export_is_read_as_a_chat():
    found = suggested(SIGNAL_EXPORT)
    assert found["Hall booking for the spring conference by 22nd"] == ("Nadia", date(2027, 10, 22), True)
    assert found["Letter to heads about the new panel times"] == ("Jo Price", None, True)  # "Me": the sender
    assert found["Send the outreach numbers to Bea"][:1] == ("Omar Lewis",)
    assert not any("Omar Lewis" in title or "👍" in title for title in found)  # the reaction is not words
    assert not any(title.lower().startswith("do that") for title in found)  # the same promise again


def test_a_day_alone_needs_no_the():
    assert read_due("hall booking by 22nd", HELD).on == date(2027, 10, 22)
    assert read_due("hall booking by 2nd", HELD).on == date(2027, 11, 2)


def test_a_month_first_date_is_a_day_not_a_year():
    assert read_due("Due Mar 10", HELD).on == date(2028, 3, 10)
    assert read_due("by Oct 26", HELD).on == date(2027, 10, 26)
    assert read_due("3 Mar 28", HELD).on == date(2028, 3, 3)  # a day, a month and a year
    assert read_due("Feb 30", HELD).problem  # and no such day is said so
    assert read_due("median wait (Feb 69)", HELD) is None  # a figure, not February 2069


def test_an_at_mention_names_the_person():
    people = [Candidate(id=1, name="Nadia Shah"), Candidate(id=2, name="Omar Lewis")]
    assert match_owner("@Nadia Shah", people).person.name == "Nadia Shah"
    assert match_owner("@nshah", people).person.name == "Nadia Shah"  # a handle made from her name


SHEET_CSV = (
    "Inclusion workstream: ACTION TRACKER,,,,,,,,\n"
    "\"Last updated 13/10/2027 after the workstream meeting (BC). Please update your own rows,\n"
    "do not add columns\",,,,,,,,\n"
    ",,,,,,,,\n"
    "ACTION,,,TIMESCALE,,PROGRESS,,,\n"
    "Ref,Action,Owner,Due date,Revised due,Status,Update,,\n"
    "IW-03,Draft the outreach referral form,Nadia Shah,29/10/2027,,Not started,New,,\n"
    "IW-04,Share the attendance figures with heads,Omar Lewis,05/11/2027,,Not started,New,,\n"
)


def test_a_spreadsheet_export_padded_to_its_width_is_read_as_a_table_below_its_title_rows():
    found = suggested(SHEET_CSV)
    assert found["Draft the outreach referral form"] == ("Nadia Shah", date(2027, 10, 29), True)
    assert found["Share the attendance figures with heads"] == ("Omar Lewis", date(2027, 11, 5), True)
    assert not any(title.startswith(("Last updated", '"')) for title in found)  # who kept the record


REPORT = """SENCo report to governors - autumn term 2027
Meeting: Full Governing Body, Wednesday 13 October 2027

Priorities for the spring term (term ends Friday 1 April 2028)

Nadia Shah to relaunch the provision map for all classes by 26 November.
Omar Lewis to submit the two assessment requests by 10 December.
"""


def test_a_heading_that_says_when_a_term_ends_does_not_start_another_meeting():
    found = suggested(REPORT)
    assert found["Relaunch the provision map for all classes by 26 November"] == ("Nadia Shah", date(2027, 11, 26), True)
    assert found["Submit the two assessment requests by 10 December"] == ("Omar Lewis", date(2027, 12, 10), True)


SIGNED_OFF = """Short breaks group - minutes

Held Wednesday 13th October, 10am, Room 3

1. Holiday clubs
Nadia to ask SENCos about after-school club demand by 29 October.
Omar will pull the overnight short breaks data by ward for the next meeting.

Jo P - 13/10/27
"""


def test_the_minute_takers_dated_sign_off_does_not_take_the_minutes_for_another_meeting():
    found = suggested(SIGNED_OFF)
    assert found["Ask SENCos about after-school club demand by 29 October"] == ("Nadia", date(2027, 10, 29), True)
    assert found["Pull the overnight short breaks data by ward for the next meeting"][:1] == ("Omar",)


DROP_IN_LOG = """Parent drop-in,Wed 13/10/27,,,,,
No,Issue raised,Spoke to,Response on the day,F/U?,F/U owner,F/U by
1,Assessment now at week 24,NS,Will check where the assessment is up to and call the parent,Y,NS,2 wks
2,Wants to know about short breaks,OL,Signposted to the Local Offer page,N,,
3,Taxi escort changed three times,OL,OL to check the escort with the operator,Y,OL,next wk
"""


def test_a_log_whose_follow_up_column_says_no_holds_no_action_there():
    found = suggested(DROP_IN_LOG)
    assert found["OL to check the escort with the operator"] == ("OL", date(2027, 10, 22), True)  # the Friday of next week
    assert found["Signposted to the Local Offer page"][2] is False  # "N": nothing to follow up
    ticked = {title: each for title, each in found.items() if each[2]}
    assert len(ticked) == 2 and any(each == ("NS", date(2027, 10, 27), True) for each in ticked.values())


def test_a_due_cell_in_short_words_gives_a_day():
    assert read_due("2 wks", HELD, whole_cell=True).on == date(2027, 10, 27)
    assert read_due("next wk", HELD).on == date(2027, 10, 22)
    assert read_due("by end of wk", HELD).on == date(2027, 10, 15)
    assert read_due("for 2 weeks", HELD) is None  # how long, in a sentence: not when


NOTETAKER = """Inclusion panel - meeting notes
Notes generated automatically by Fireflies.ai.

OVERVIEW
- Nadia Shah will send the referral numbers to Bea before the cluster meeting.
- Omar Lewis said the hall is free in spring.

ACTION ITEMS

Nadia Shah
  ☐ Send the referral numbers by school to Bea Cole - by Fri Nov 12 (12:48)
  ☐ Kemi to draft the letter to parents by Oct 29 (40:02)

Omar Lewis
  ☐ Book the hall for the parents' conference (22:10)

Unassigned
  ☐ Find a date for the next family coffee morning (51:30)
"""


def test_an_ai_notetakers_action_items_grouped_by_person_are_theirs():
    found = suggested(NOTETAKER)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked == {
        "Send the referral numbers by school to Bea Cole - by Fri Nov 12 (12:48)": ("Nadia Shah", date(2027, 11, 12)),
        "Draft the letter to parents by Oct 29 (40:02)": ("Kemi", date(2027, 10, 29)),
        "Book the hall for the parents' conference (22:10)": ("Omar Lewis", None),
        "Find a date for the next family coffee morning (51:30)": ("", None),
    }  # and the overview's retelling of the first is left unticked


BOARD_GROUPS = """Inclusion panel - board export

Panel 13 October 2027
Name\tPerson\tStatus\tTimeline\tDate\tNotes
Draft the letter to parents about panel times\tKemi Adams\tWorking on it\t2027-10-14 - 2027-10-29\t\t
Book the hall for the parents' conference\tNadia Shah\tNot started\t\t05/11/2027\t

Carried over from September
Name\tPerson\tStatus\tTimeline\tDate\tNotes
Refresh the referral form\tOmar Lewis\tWorking on it\t\t30/09/2027\tStill with the print unit
"""


def test_a_boards_groups_its_item_name_column_and_its_timelines_end():
    found = suggested(BOARD_GROUPS)
    assert found["Draft the letter to parents about panel times"] == ("Kemi Adams", date(2027, 10, 29), True)
    assert found["Book the hall for the parents' conference"] == ("Nadia Shah", date(2027, 11, 5), True)
    assert found["Refresh the referral form"][2] is False  # carried over from an earlier meeting


ACTION_POINTS = """SLT team meeting notes - Wed 13/10/27

1. APs FROM LAST MTG (15/9)
AP09/01  Update the caseload spreadsheet - BC - DONE
AP09/02  Chase estates about room 5 - OL - still waiting

2. WAITING LIST
I  North 412 on the list.
   AP10/01 NS to escalate the band 6 vacancy to the workforce panel, by 29/10.
AP10/02 KA to draft the advice checklist and share it with Jo by Fri 5/11.
"""


def test_action_points_numbered_by_month_are_read_and_last_months_are_earlier():
    found = suggested(ACTION_POINTS)
    assert found["Escalate the band 6 vacancy to the workforce panel, by 29/10"] == ("NS", date(2027, 10, 29), True)
    assert found["Draft the advice checklist and share it with Jo by Fri 5/11 (WAITING LIST)"] == ("KA", date(2027, 11, 5), True)
    assert not any(each[2] for title, each in found.items() if "estates" in title)  # last meeting's


VISIT_REPORT = """Governor monitoring visit - SEND

Recommendations
1. Run a pupil voice survey with pupils with SEND this term.
2. Consider more SENCo release time.

Bea Cole, SEND link governor, 13 October 2027

Headteacher's response

Rec.\tResponse\tWho\tWhen
1\tAgreed. Nadia will run the pupil voice survey and share the results at the board.\tNS\t17/12/2027
2\tNot possible within this year's budget. Governors may revisit it in March.\tBoard\tMarch 2028

Jo Price, Headteacher, 20/10/27
"""


def test_a_writers_dated_signature_is_not_a_meeting_and_a_declined_response_is_no_action():
    found = suggested(VISIT_REPORT)  # (no "the text has the outcomes of the meetings on 13 and 20 October")
    assert found["Agreed. Nadia will run the pupil voice survey and share the results at the board"][:3] == (
        "NS", date(2027, 12, 17), True)
    assert not any(each[2] for title, each in found.items() if title.startswith("Not possible"))


REPLY_OVER_LAST_MONTHS = """From: Bea Cole <bea@forum.example>
Date: Thu, 14 Oct 2027 07:10:00 +0100
Subject: Re: steering group notes

Notes from last night (Weds 13th):
- Grant money from the trust STILL not arrived. Omar to chase the trust again by Friday.
- Kemi already sent the poster to the primaries, done.

Sent from my iPhone

> On 15 Sep 2027, at 21:48, Bea Cole <bea@forum.example> wrote:
>
> Actions
> - Nadia to send our response to the consultation by 22nd Sept
> - Jo to book the hall
"""


def test_a_bullets_later_sentence_names_who_does_what_and_last_months_quoted_email_is_earlier():
    found = suggested(REPLY_OVER_LAST_MONTHS)
    assert found["Chase the trust again by Friday"] == ("Omar", date(2027, 10, 15), True)
    last_months = {title: each for title, each in found.items() if "hall" in title or "consultation" in title}
    assert len(last_months) == 2 and not any(each[2] for each in last_months.values())
    assert not any("21:48" in each[0] for each in found.values())  # "On ..., at 21:48, Bea Cole wrote:": Bea


LETTERS = """Panel sitting of: Wednesday 13 October 2027
Panel follow-ups: Nadia to log the outcomes on the tracker by 15 October.

[LETTER 1 of 2]
Date: 14 October 2027
Re: Leo Adams   DOB: 03/02/2021   Request for an assessment

What happens next
- Omar Lewis will complete the assessment and send his advice by 25 November 2027.

[LETTER 2 of 2]
Date: 14 October 2027
Re: Amira Shah   DOB: 19/11/2018   Request for an assessment

What happens next
- Kemi Adams will offer the school a consultation by 29 October 2027.
"""


def test_a_letters_date_and_a_childs_date_of_birth_do_not_start_other_meetings():
    found = suggested(LETTERS)  # one meeting's: the panel's, and what its letters say will happen
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked["Complete the assessment and send his advice by 25 November 2027"] == ("Omar Lewis", date(2027, 11, 25))
    assert ticked["Offer the school a consultation by 29 October 2027"] == ("Kemi Adams", date(2027, 10, 29))
    assert ticked["Log the outcomes on the tracker by 15 October"] == ("Nadia", date(2027, 10, 15))


CALL_SUMMARY = """From: Jo Price <jo.price@school.example>
Date: Wed, 13 Oct 2027 16:47:51 +0100
Subject: Our call this afternoon

Hi Nadia,

Thanks for ringing back. Just so we've both got the same understanding:

1) Child B - the draft plan is with the writer. You said you'd chase the draft with the team manager
tomorrow. You're going to check with finance whether the top-up will be backdated, by the end of next week.
I'll send the costed provision map to the casework officer on Friday.

2) The taxi - late three times last week. You said
you'd raise the taxi with transport this week.

Best wishes
Jo
"""


def test_a_call_summarys_you_said_youd_is_the_promise_of_the_person_it_is_written_to():
    found = suggested(CALL_SUMMARY)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked["Chase the draft with the team manager tomorrow"] == ("Nadia", date(2027, 10, 14))
    assert ticked["Check with finance whether the top-up will be backdated, by the end of next week"] == (
        "Nadia", date(2027, 10, 22))
    assert ticked["Send the costed provision map to the casework officer on Friday"] == ("Jo Price", date(2027, 10, 15))
    assert any(title.startswith("Raise the taxi with transport") and each == ("Nadia", date(2027, 10, 15))
               for title, each in ticked.items())


NEWSLETTER = """WHAT THE PANEL AGREED ON 13 OCTOBER

* New referral form
  The panel signed off the new referral form. Nadia Shah will write to
  all SENCos by 29 October to explain the changes.

* Health advice
  Omar Lewis, our Designated Clinical Officer, will write to all GP practices
  during November about the new process.

* Things the panel noted
  The annual report of the advice service.
"""


def test_a_newsletters_items_titled_as_bullets_are_read_with_their_stories():
    found = suggested(NEWSLETTER)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked == {
        "Write to all SENCos by 29 October to explain the changes": ("Nadia Shah", date(2027, 10, 29)),
        "Write to all GP practices during November about the new process": ("Omar Lewis", date(2027, 11, 30)),
    }  # and the titles ("New referral form", "Health advice") are not actions


FORMAL_MINUTES = """Health and Wellbeing Board - minutes of 13 October 2027

1. Better Care Fund
Members noted that the metrics remained off-track and that the Integrated Care Board's Finance and Performance
Committee would consider a recovery proposal at its November meeting.

2. SEND strategy
The Vice-Chair noted that the council's Cabinet would consider the strategy on 12 November.
Mr Lewis undertook to circulate the timeliness dashboard to all Board members by the end of October 2027.

3. Date of next meeting
The next meeting of the Board will be held on Wednesday 24 November 2027 at 2.00 pm in Committee Room 2.
The Board development session will take place on Wednesday 8 December 2027.
"""


def test_the_diary_and_another_bodys_business_in_formal_minutes_are_not_actions():
    found = suggested(FORMAL_MINUTES)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked == {"Circulate the timeliness dashboard to all Board members by the end of October 2027": (
        "Mr Lewis", date(2027, 10, 31))}


PLAN_UPDATE = ("Ref\tAction (from plan)\tLead\tTarget\tProgress\tRAG\tNext steps (who / by when)\n"
               "P1.1\tClear the backlog of assessments\tNS\t31/03/28\tBacklog down to 131.\tAmber\t"
               "Omar Lewis to publish the timeliness dashboard on the Local Offer by 29 October.\n"
               "P1.2\tImprove the quality of health advice\tKA\t30/04/28\tTemplate revised.\tGreen\t"
               "Kemi Adams to complete a dip-sample audit of 20 plans by 12 November.\n"
               "P2.1\tPublish the provision guidance\tJP\tComplete\tPublished in September.\tBlue\t"
               "None this period – impact will be reported through the QA framework.\n")


def test_a_plans_progress_update_reads_the_next_steps_each_with_its_own_owner_and_date():
    found = suggested(PLAN_UPDATE)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked == {
        "Publish the timeliness dashboard on the Local Offer by 29 October": ("Omar Lewis", date(2027, 10, 29)),
        "Complete a dip-sample audit of 20 plans by 12 November": ("Kemi Adams", date(2027, 11, 12)),
    }  # not the plan's long-standing actions, leads and targets


RACI = ("Row\tTask\tR\tA\tC\tI\tDue\tStatus\n"
        "R4\tModerate a sample of support plans\tNS\tJP\tAll SENCOs\tHeads\t19/11/2027\tNot started\n"
        "R5\tDraft the parent letter about assessments\tKA\tJP\tTom\tParents\t05/11/2027\tNot started\n")


def test_a_raci_charts_responsible_column_is_the_owner():
    found = suggested(RACI)
    assert found["Moderate a sample of support plans"] == ("NS", date(2027, 11, 19), True)
    assert found["Draft the parent letter about assessments"] == ("KA", date(2027, 11, 5), True)


def test_a_promise_said_to_be_part_of_another_or_someone_elses_choice_is_not_a_new_action():
    found = suggested("Notes of 13 October\n\nOmar will send the figures to Jo by Friday. Jo will help with the charts "
                      "(that's part of Omar's action, not a separate one).\n\nKemi will ask the youth forum, but "
                      "it's their choice.\n\nNadia will book the hall.\n")
    assert {title for title, each in found.items() if each[2]} == {"Send the figures to Jo by Friday", "Book the hall"}


LOG_OVER_PAGES = ("Ref\tDate raised\tAction\tLead\tDue\tUpdate\tStatus\n"
                  "P-01\t15/09/27\tCirculate the terms of reference\tJP\t29/09/27\tCirculated 20/09.\tCLOSED\n"
                  "P-02\t13/10/27\tIssue the referral letter to all GP practices\tKA\t12/11/27\tNew\tOPEN - NEW\n"
                  "\nPanel log - page 1\n\n"
                  "Ref\tDate raised\tAction\tLead\tDue\tUpdate\tStatus\n"
                  "and to the practice managers (the briefing session is not part of this action).\n"
                  "P-03\t13/10/27\tConfirm funding for the extra clinics\tOL\t05/11/27\tNew\tOPEN - NEW\n")


def test_a_log_over_pages_keeps_its_columns_after_a_row_the_page_break_cut_and_reads_its_status_column():
    found = suggested(LOG_OVER_PAGES)
    assert found["Circulate the terms of reference"][2] is False  # "CLOSED" in Status, not the Update before it
    assert found["Issue the referral letter to all GP practices"] == ("KA", date(2027, 11, 12), True)
    assert found["Confirm funding for the extra clinics"] == ("OL", date(2027, 11, 5), True)  # not "13/10/27" raised


FORM_EXPORT = ('"ID","Start time","How useful was tonight\'s information evening?","What was the most useful part?",'
               '"Is there anything you are still waiting for an answer on?","Follow up (staff use)","Who","By","Status"\n'
               '"1","10/13/27 20:58","Very useful","The talk on internships","Which providers offer internships?",'
               '"Email the internships provider list to the parent","OL","20/10/2027","Open"\n'
               '"2","10/13/27 21:02","Quite useful","Talking to other parents","No","","","",""\n'
               '"3","10/13/27 21:05","Very useful","The advice stand","We have a tribunal deadline",'
               '"Call the parent back about the tribunal deadline","KA","15/10/2027","Open"\n')


def test_a_forms_export_with_questions_for_headers_reads_its_staff_follow_up_columns():
    found = suggested(FORM_EXPORT)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked == {"Email the internships provider list to the parent": ("OL", date(2027, 10, 20)),
                      "Call the parent back about the tribunal deadline": ("KA", date(2027, 10, 15))}


def test_an_email_signature_set_out_with_pipes_is_not_a_table_of_actions():
    found = suggested("Notes of the panel, 13 October\n\nNadia to issue the consultation to the school by 25/10.\n\n"
                      "Thanks\nJo\n\nJo Price | Business Support Officer | SEND & Inclusion\n"
                      "Westmoor Council | County Hall, Westmoor | 01632 960 114\n")
    assert {title: each[:2] for title, each in found.items() if each[2]} == {
        "Issue the consultation to the school by 25/10": ("Nadia", date(2027, 10, 25))}


def test_a_bullet_ticked_with_a_green_tick_emoji_is_done():
    found = suggested("Huddle notes 13/10\n\nImmediate actions\n- ✅ Omar to phone the parent and apologise\n"
                      "- Kemi to re-train the admin team on interpreter booking by 25 October\n")
    assert found["Phone the parent and apologise"][2] is False
    assert found["Re-train the admin team on interpreter booking by 25 October"] == ("Kemi", date(2027, 10, 25), True)


def test_the_last_panels_notes_dated_in_their_heading_do_not_start_another_meeting():
    found = suggested("PANEL NOTES\nDate:    Wednesday 13th October 2027, 1.30pm\n\n1. NOTES OF LAST PANEL (15/9/27) / MATTERS ARISING\n"
                      "   Case 2 - Nadia to send the transition notes - DONE\n\n"
                      "2. CASE 1 - Year 4\n   ACTION: Omar to issue the offer letter - by Mon 18/10.\n")
    assert found["Issue the offer letter - by Mon 18/10"] == ("Omar", date(2027, 10, 18), True)


def test_a_volunteers_here_line_names_who_came_so_their_first_names_own_actions():
    found = suggested("# Forum reps' debrief\n\nHere: Bea (co-chair), Dev (treasurer), Amira, me (Kemi – notes)\n"
                      "Sorry: Sue, Gareth\n\n## Website\n\nAmira will update the website with the new drop-in dates "
                      "this weekend.\n\n## Money\n\nThe monitoring return is due at the end of October – Dev to do it, "
                      "as always.\n")
    ticked = {title: each[:1] for title, each in found.items() if each[2]}
    assert ticked["Update the website with the new drop-in dates this weekend"] == ("Amira",)
    assert not any("Sue" in title or "Bea (co-chair)" in title for title in found)


PANEL_WITH_KEY = """PANEL NOTES - Wednesday 13/10/27

KEY TO OWNERS USED IN THESE NOTES
  ADM = Admissions team
  NS / OLe = Nadia / Omar Lewis

CASE 1
Actions:
  - OLe: home to school transport from the start date - arrange for Mon 18 Oct
  - ADM: send the case list to the panel by 29/10
"""


def test_a_key_to_the_owners_names_them_and_initials_with_a_colon_own_their_item():
    found = suggested(PANEL_WITH_KEY)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked["Home to school transport from the start date - arrange for Mon 18 Oct"] == (
        "Omar Lewis", date(2027, 10, 18))
    assert ticked["Send the case list to the panel by 29/10"] == ("ADM", date(2027, 10, 29))


LOG_LABELLED = """Workstream notes - 13 October 2027

1. Notes of last meeting
Action log from September (Jo ran through):

No.\tAction\tWho\tUpdate 13/10
9.1\tShare the weekly data with the managers\tOL\tDone - goes out Mondays. CLOSE
9.2\tMap the advice route for children not known to health\tKA\tIn progress

2. Performance
ACTION: NS – rebuild the tracker by stage. End Oct.
"""


def test_a_table_labelled_as_an_earlier_meetings_action_log_holds_earlier_actions():
    found = suggested(LOG_LABELLED)
    assert {title for title, each in found.items() if each[2]} == {"Rebuild the tracker by stage"}


def test_an_action_line_in_shorthand_initials_then_verb_is_theirs_and_the_same_as_the_sentence_before():
    found = suggested("Notes of 13 October\n\n5. Letters\nNS will draft the letter and send it to Jo by 29th Oct.\n\n"
                      "Actions: NS draft week-16 letter to Jo by 29/10.\n")
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert len(ticked) == 1 and list(ticked.values()) == [("NS", date(2027, 10, 29))]


FOLLOW_UPS = """Deep dive notes - 13 October 2027

Slide 2
➜ FOLLOW-UP 1: Data team (OL) – split the review figures by phase – November Board

Summary of follow-ups
1. Head of SEND – recovery plan and trajectory – 10 December
2. NS – survey review ... nice to have – PARK till spring
"""


def test_numbered_follow_ups_and_a_summary_of_who_what_when_are_read_with_their_owners_and_dates():
    found = suggested(FOLLOW_UPS)
    ticked = {title: each[:2] for title, each in found.items() if each[2]}
    assert ticked["Split the review figures by phase"] == ("Data team (OL)", date(2027, 11, 30))  # the November Board
    assert ticked["Recovery plan and trajectory"] == ("Head of SEND", date(2027, 12, 10))
    assert not any("survey review" in title for title in ticked)  # parked


def test_an_action_reported_done_in_the_minutes_is_not_a_new_one():
    found = suggested("Minutes of 13 October\n\nAction P-27-03 (Omar to circulate the figures by locality) was completed "
                      "ahead of the meeting.\n\nKemi agreed to check the parent pack – she later confirmed in the chat "
                      "that it is sent, so this was resolved in the meeting.\n\nNadia will book the hall by 29 October.\n")
    assert {title for title, each in found.items() if each[2]} == {"Book the hall by 29 October"}


def test_you_said_youd_in_an_email_to_everyone_is_not_given_to_anyone():
    found = suggested("From: Jo Price <jo@example.org>\nDate: Wed, 13 Oct 2027 16:00:00 +0100\nSubject: notes\n\n"
                      "Hi all,\n\nYou said you'd send the figures to the heads by Friday.\n\nJo\n")
    assert not any(each[0] == "all" for each in found.values())


def test_a_table_of_measures_and_their_targets_holds_no_actions():
    found = suggested("Data subgroup - 13 October 2027\n\nMeasure\tQ4 26/27\tQ1 27/28\tEngland\tTarget\tTarget date\tRAG\n"
                      "New plans issued within 20 weeks\t48%\t53%\t50.3%\t65%\t31 Mar 2028\tA\n"
                      "Assessment requests (number)\t211\t236\t-\tn/a\t-\t-\n"
                      "Health advice returned within 6 weeks\t71%\t64%\t-\t90%\t31 Dec 2027\tR\n"
                      "Waiting list over 18 weeks (number)\t312\t344\t-\t< 150\t31 Mar 2028\tR\n\n"
                      "Omar will add the timeliness split by phase to the dashboard by 29 October.\n")
    assert {title for title, each in found.items() if each[2]} == {
        "Add the timeliness split by phase to the dashboard by 29 October"}


def test_a_papers_recommendations_and_a_bodys_own_agenda_are_not_actions():
    found = suggested("DCO quarterly report to the Board, 13 October 2027\n\nRecommendations\n"
                      "R3. AGREE to receive the all-age strategy at its March 2028 meeting.\n\n"
                      "The ICB Board will receive the strategy at its March 2028 meeting.\n\n"
                      "Omar will send the figures to the Board by 29 October.\n")
    assert {title: each[0] for title, each in found.items() if each[2]} == {
        "Send the figures to the Board by 29 October": "Omar"}


def test_you_said_youd_in_an_email_body_pasted_without_its_headers_is_the_addressees():
    found = suggested("Hi Nadia,\n\nThanks for the call this afternoon. You said you'd chase the draft plan with the "
                      "team manager tomorrow.\n\nBest wishes\nJo\n")
    assert found["Chase the draft plan with the team manager tomorrow"][:2] == ("Nadia", date(2027, 10, 14))
