"""Panel registers, staff briefings, tool exports and the other kinds of writing met in the ninth
session's held-out batches. Written here in new words, not taken from the corpus."""
from __future__ import annotations

import json
from datetime import date

import pytest

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_upload
from tracker.importer.due import NEXT_MEETING, read_due
from tracker.importer.owners import (
    Candidate,
    defined_initials,
    match_owner,
    names_capitalised,
    typed_in_lower_case,
    words_in_ordinary_use,
)

HELD = date(2027, 6, 9)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kemi", "adams", "lou", "barker"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


PANEL_REGISTER = """Resource Allocation Panel - record of decisions
Panel date\tWed 09/06/2027

Panel members present\tInitials\tRole
Anne Price\tAP\tChair
Owen Reid\tOR\tPreparing for Adulthood Lead
Farida Osei\tFO\tSocial Worker (from 10:30)

Decisions
Case\tDecision\tFollow-up\tWho\tBy
R-0112\tAGREED\tSend the funding letter to the college\tOR\t18/06/2027
"""


def test_a_table_of_the_members_present_is_who_came_not_their_actions():
    found = suggested(PANEL_REGISTER)
    assert not any(title in ("Chair", "Preparing for Adulthood Lead") or title.startswith("Social Worker")
                   for title in found)
    assert ticked(PANEL_REGISTER)["Send the funding letter to the college"] == ("OR", date(2027, 6, 18))


STAFF_BRIEFING = """Monday briefing 7/6

Jobs this week

Job\tWhose\tDone by
Order the sensory room kit\tKA\tFri 11/6
Ring the transport team about the new route\tLB\tWeds
"""


def test_a_staff_briefings_job_whose_done_by_table_is_a_table_of_actions():
    found = ticked(STAFF_BRIEFING, date(2027, 6, 7))
    assert found["Order the sensory room kit"] == ("KA", date(2027, 6, 11))
    assert found["Ring the transport team about the new route"] == ("LB", date(2027, 6, 9))
    assert "Job" not in suggested(STAFF_BRIEFING, date(2027, 6, 7))


RACI_AFTER_NOTES = """Inclusion leads network - notes, Wednesday 9 June 2027

Item\tDiscussion\tOutcome
3. Reporting\tAnne to report the outcomes to the trustees in July.\tNoted

Task log
Updated after meeting 09/06/27 (LB). Please update your own rows.

Task\tOwner\tDue\tStatus
Report the outcomes to the trustees\tAP\t13/07/2027\tNot started
Order the sensory room kit\tKA\t25/06/2027\tNot started
"""


def test_a_note_that_the_log_was_updated_after_the_meeting_starts_no_meeting_of_its_own():
    found = ticked(RACI_AFTER_NOTES)
    assert found["Order the sensory room kit"] == ("KA", date(2027, 6, 25))
    # the notes and the log are one meeting: the action is told once, with the log's day, not July's end
    reports = [due for title, (_, due) in found.items() if "outcomes to the trustees" in title]
    assert reports == [date(2027, 7, 13)]


CALL_WORKBOOK = """ACTIONS – funding review call 09/06/27
Task\t\t\tWho / when\t\tProgress
No.\tRaised\tTask\tLead\tDue\tStatus
FR-4\t09/06/2027\tSend the revised place numbers to the funder\tOR\tb4 next call\tOpen
FR-5\t09/06/2027\tBook the site visit with the finance team\tKA\t18/06/2027\tOpen

Call notes
The funder will publish new guidance in the spring – no action for us until then.
"""


def test_a_band_naming_its_own_columns_over_a_full_header_is_left_out():
    found = ticked(CALL_WORKBOOK)
    assert found["Send the revised place numbers to the funder"][0] == "OR"
    assert found["Book the site visit with the finance team"] == ("KA", date(2027, 6, 18))
    assert not any(title.startswith("FR-") or "funding review call" in title for title in found)


def test_before_the_next_call_is_due_at_the_next_meeting_and_no_action_for_us_is_none():
    found = suggested(CALL_WORKBOOK)
    assert found["Send the revised place numbers to the funder"] == ("OR", None, True)
    assert read_due("b4 next call", HELD).kind == NEXT_MEETING
    assert read_due("before the next check-in", HELD).kind == NEXT_MEETING
    assert not any(tick for title, (_, _, tick) in found.items() if "guidance" in title)


ZOOM_SAVED_CHAT = """14:02:10 From Lou Barker to Everyone:
\tHello all, agenda in the files tab
14:05:31 From Kemi Adams (she/her) to Everyone:
\tReacted to "Hello all, agenda..." with 👍
14:09:12 From Kemi Adams (she/her) to Everyone:
\tI can send round the sibling group dates, will do by Friday
14:11:40 From Lou Barker to Everyone:
\tReplying to "I can send round the..."
\tthanks Kemi
14:15:02 From Lou Barker to Everyone:
\t@Owen Reid are you ok to update the leaflet for the drop-in?
14:15:30 From Owen Reid to Everyone:
\tno probs, will do it tomorrow
14:20:44 From Owen Reid to Lou Barker (Direct Message):
\tI'll ring the venue about parking before the next meeting
"""


def test_a_zoom_saved_chat_is_read_as_its_senders_messages():
    found = ticked(ZOOM_SAVED_CHAT)
    assert found["Send round the sibling group dates, will do by Friday"] == ("Kemi Adams", date(2027, 6, 11))
    leaflet = next(value for title, value in found.items() if title.startswith("Update the leaflet for the drop-in"))
    assert leaflet == ("Owen Reid", date(2027, 6, 10))  # "no probs, will do it tomorrow": his, by the day after
    assert found["Ring the venue about parking before the next meeting"][0] == "Owen Reid"
    assert not any("Reacted to" in title or "Replying to" in title for title in suggested(ZOOM_SAVED_CHAT))


PHONE_EMAIL = """From: Anne Price <anne@example.org>
Subject: panel today - actions

lou hi - typing on the bus, actions as I have them, pls check against your notes

- apols - Kemi, Sue from finance
- owen - updated place figures to you for the pack by fri 18th
- kemi adams to ring the college about the start date
- lou b to book the hall for the july session
- me - write to the trust about the minibus, by end of month
- AOB someone asked for a standing item on transport - I said I'd think about it. dont minute it as an action, I havent decided
"""


def test_names_typed_in_lower_case_on_a_phone_are_still_the_peoples_names():
    found = ticked(PHONE_EMAIL)
    assert found["Updated place figures to you for the pack by fri 18th"] == ("Owen", date(2027, 6, 18))
    assert found["Ring the college about the start date"][0] == "Kemi Adams"
    assert found["Book the hall for the july session"][0] == "Lou B"
    assert not any(title.lower().startswith("apols") for title in found)  # who sent apologies
    assert not any("standing item" in title for title in found)  # "I havent decided"


def test_only_a_text_typed_in_lower_case_has_its_peoples_names_put_in_capitals():
    typed = "Minutes\n\nOwen will price the new route.\nKemi to ask the college.\nLou to check the hill walk.\n" \
            "Anne to chair.\nThe board noted the figures.\n"
    assert not typed_in_lower_case(typed)  # an ordinary text is left alone
    on_a_phone = "notes\n\n- will to price it\n- owen to ask\n- kemi - figures by fri\n- lou b to ring\n- sue to go\n"
    assert typed_in_lower_case(on_a_phone)
    assert names_capitalised(on_a_phone, NAMES) == \
        "notes\n\n- will to price it\n- Owen to ask\n- Kemi - figures by fri\n- Lou B to ring\n- sue to go\n"


COMMITTEE_PAGE = """<html><body>
<h1>Schools Forum</h1>
<ul><li><a href="/a.pdf">Agenda reports pack PDF 2 MB</a></li></ul>
<table class="Items">
<tr><td>4.</td><td>
 <div class="Title">Early years funding</div>
 <div class="Docs">Supporting documents: <a href="/r.pdf">Report of the Finance Lead (PDF, 310 KB)</a></div>
 <div class="Minutes"><p>Kemi Adams presented the report.</p>
 <ul>
 <li>Councillor Ward asked for the figures split by ward. The Finance Lead undertook to provide this to all members
 within five working days.</li>
 <li>Lou Barker, Inclusion Manager, described the waiting list for places. She agreed to send the list to the clerk.</li>
 </ul>
 <p>RESOLVED - That the report be noted.</p></div>
</td></tr>
<tr><td>5.</td><td><div class="Title">Date of next meeting</div><p>Wednesday 14 July 2027.</p><p>Room 2.</p></td></tr>
</table></body></html>"""


def test_a_committee_systems_page_laid_out_in_a_table_is_read_as_its_items_paragraphs():
    text = text_from_upload("minutes.html", COMMITTEE_PAGE.encode())
    found = suggested(text)
    ticked_now = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked_now["Provide the figures split by ward"] == ("The Finance Lead", date(2027, 6, 16))
    assert ticked_now["Send the list to the clerk"][0] == "Lou Barker"  # "She", the person the sentence before is about
    assert not any(tick for title, (_, _, tick) in found.items() if "PDF" in title)  # links to papers


STATUS_UPDATE = """Transport workstream – update to the Board, 9 June 2027

Ref\tDeliverable\tLead\tDue\tRAG\tUpdate this period / next steps
W1\tNew route planning tool\tOR\t31/12/27\tA\tSupplier chosen at the May Board. Next: OR to bring the rollout plan to next Board.
W2\tPersonal travel budgets\tKA\t30/09/27\tG\tTake-up up to 140 families. Next: KA to publish the revised rates by 25 June.
W3\tRail passes for post-16\tDfT\tn/a\tR\tOutside our gift – the DfT review reports in the spring. No workstream action.

Next steps
• Previous action (May) – OR to confirm the escort budget: done, agreed 2 June.
• Leaflet for families – already done, copies at reception.
"""


def test_a_status_updates_next_steps_column_holds_the_actions_dated_by_their_own_sentence():
    found = suggested(STATUS_UPDATE)
    ticked_now = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    assert ticked_now == {"Bring the rollout plan to next Board": ("OR", None),
                          "Publish the revised rates by 25 June": ("KA", date(2027, 6, 25))}
    assert "New route planning tool" not in found  # the plan's deliverable, not this meeting's task


DELIVERY_PLAN = """Improvement plan – updated after the monitoring board on 9 June 2027

Timescales: 'end of summer term' = Friday 16 July 2027; 'end of autumn term' = Friday 10 December 2027.

1. The regional adviser will visit on 14 September 2027; no local action at this stage.

Ref\tAction\tLead (post)\tTimescale\tRAG
1.1\tRecruit two more caseworkers\tHead of SEND\tMar 2027\tBlue
1.2\tNEW (agreed 09/06/27): Audit ten draft plans with the families\tPrincipal EP\tBy end of autumn term\tNEW
1.3\tNEW (agreed 09/06/27): Publish the easy read guide\tAssistant Director\tEnd of summer term\tNEW
"""


def test_a_plans_own_term_dates_and_new_rows_marked_with_the_day_they_were_agreed():
    found = ticked(DELIVERY_PLAN)
    assert found["Audit ten draft plans with the families"] == ("Principal EP", date(2027, 12, 10))
    assert found["Publish the easy read guide"] == ("Assistant Director", date(2027, 7, 16))
    assert not any("regional adviser" in title.lower() or "visit on 14 September" in title for title in found)


def test_a_job_title_written_with_its_last_words_as_initials_is_the_person_with_that_title():
    people = [Candidate(id=1, name="Rosa Diaz", job_title="Principal Educational Psychologist", organisations=("Council",)),
              Candidate(id=2, name="Ian Holt", job_title="Principal Social Worker", organisations=("Council",))]
    assert match_owner("Principal EP", people).person.name == "Rosa Diaz"
    assert match_owner("Principal SW", people).person.name == "Ian Holt"
    assert match_owner("Principal", people).person is None


PLAN_SUMMARY = """Summary of changes agreed at the monitoring board, 9 June 2027

1. Action 2.3 re-assigned and re-profiled (see Area 2).
2. New actions 1.7, 3.2 and 4.1 added (marked NEW in the tables).
3. Appendix 2 – case studies (OR).
4. Owen Reid to send the revised plan to the regional adviser by 30 June 2027.

Papers: Appendix 1 – budget summary (KA). Appendix 2 – case studies (OR).
"""


def test_a_plans_summary_of_changes_to_its_log_and_its_list_of_appendices_are_not_actions():
    assert ticked(PLAN_SUMMARY) == {"Send the revised plan to the regional adviser by 30 June 2027":
                                    ("Owen Reid", date(2027, 6, 30))}


HANDED_ON_LOG = """Board action log – updated after the Board on 9 June 2027

Ref\tAction\tLead\tDue\tStatus\tUpdate
B-11\tMap the short breaks offer by district\tKA (was OR)\t30/09/2027 (revised from 31/07/2027)\tOpen\tAt the 09/06/2027 Board the lead for this action transferred from OR to KA.
B-12\tRefresh the transport FAQ\tOR\t31/07/2027\tOpen\tOn track.
B-14\tWrite to the colleges about places\tLB\t30/06/2027\tNew\tAgreed today.
"""


def test_an_earlier_rows_lead_handed_on_at_this_meeting_makes_it_this_meetings_with_its_revised_date():
    found = suggested(HANDED_ON_LOG)
    assert found["Map the short breaks offer by district"] == ("KA (was OR)", date(2027, 9, 30), True)
    assert found["Write to the colleges about places"][2]
    assert not found["Refresh the transport FAQ"][2]  # carried on unchanged


AUDIT_EXPORT = '''"Action Code","Agreed Management Action","Assigned To","Original Due Date","Due Date","Status","Latest Note"
"IA-9.01","Reconcile the bus passes to the school rolls","Kemi Adams","30/04/2027","30/09/2027","In Progress","Re-assigned from the Fleet Manager to Kemi Adams at the close-out meeting on 09/06/2027; new date agreed."
"IA-9.02","Publish the appeals timescales","Owen Reid","31/07/2027","31/07/2027","Not Started","Agreed at the close-out meeting 09/06/2027."
"IA-8.04","Review the escort rota","Owen Reid","31/03/2027","31/03/2027","Completed","Closed."
'''


def test_an_audit_systems_export_reads_the_agreed_action_and_the_due_date_it_has_now():
    found = suggested(AUDIT_EXPORT)
    assert found["Reconcile the bus passes to the school rolls"] == ("Kemi Adams", date(2027, 9, 30), True)
    assert found["Publish the appeals timescales"] == ("Owen Reid", date(2027, 7, 31), True)
    assert not found["Review the escort rota"][2]
    assert not any(title.startswith("IA-") for title in found)


SEMICOLON_LOG = """\ufeffSibling support group - ACTION LOG;;;;;;
Last updated 10.06.2027 after meeting of 09.06.2027;;;;;;
;;;;;;
ID;Date raised;Action;Owner;Due;Status;Notes
SS-4;12.05.2027;Book the summer venue;Kemi Adams;01.06.2027;Done;Booked 28.05
SS-5;12.05.2027;Ask the trust for the referral figures;Owen Reid;09.06.2027;Open;"09.06: reassigned to Lou Barker - Owen on leave.
New due date 30.06.2027"
SS-7;09.06.2027;"Print 200 leaflets; check the wording first";Kemi Adams;18.06.2027;Open;
SS-8;09.06.2027;"For info: the council's own survey closes 1,5 weeks early; council process";Owen Reid (info);;For info;
"""


def test_a_csv_saved_with_semicolons_is_read_as_its_rows_and_a_row_handed_on_takes_its_new_owner_and_date():
    found = suggested(SEMICOLON_LOG)
    assert found["Print 200 leaflets; check the wording first"] == ("Kemi Adams", date(2027, 6, 18), True)
    assert found["Ask the trust for the referral figures"] == ("Lou Barker", date(2027, 6, 30), True)
    assert not found["Book the summer venue"][2]
    assert not any(tick for title, (_, _, tick) in found.items() if title.startswith("For info"))


OUTLINE_COPY = """Copied from the deck's outline view - the table did not come across, retyped below.

Transport review - update to the panel
\tWednesday 9 June 2027
What changed
\tNew routes live in the east
\tEscort training finished in May
Questions
\tCan we see the costs by route?
Agreed actions
\t[table retyped by LB: action - who - when]
\tSend the route costs to panel members - Owen Reid - 18 June
\tBook the autumn escort refresher - Kemi Adams - next panel
Next panel
\tWednesday 14 July 2027
"""


def test_a_deck_copied_from_its_outline_view_reads_its_points_as_bullets_under_each_slide():
    found = ticked(OUTLINE_COPY)
    assert found == {"Send the route costs to panel members": ("Owen Reid", date(2027, 6, 18)),
                     "Book the autumn escort refresher": ("Kemi Adams", None)}


NOTES_APP_CHECKLIST = """# Respite forum planning - Wed 9 Jun
## Summer session
- [ ] Venue
    - [ ] @Lou B book the hall by Fri 18 Jun
    - [ ] me: ask the heads to release staff for the afternoon by 25 Jun
    - [ ] ~~Owen to survey the families~~ dropped - use the census instead
"""


def test_a_notes_apps_checklist_reads_me_a_mention_with_an_initial_and_a_struck_item():
    found = suggested(NOTES_APP_CHECKLIST)
    assert found["Book the hall by Fri 18 Jun"] == ("Lou B", date(2027, 6, 18), True)
    assert found["Ask the heads to release staff for the afternoon by 25 Jun"] == ("Me", date(2027, 6, 25), True)
    assert not any(tick for title, (_, _, tick) in found.items() if "survey the families" in title)


SCRUTINY_MINUTES = """Present: Councillor Kemi Adams (Chair), Councillors Bell and Crane.

5. Respite places
Lou Barker, Inclusion Manager, who attended at the invitation of the Chair, described the waiting list. She agreed
to send the list to members.
RESOLVED - That the Chair write to the provider seeking assurance on staffing.
"""


def test_the_chair_the_attendance_names_is_who_the_chair_means_and_she_is_the_speaker_with_an_appositive():
    found = ticked(SCRUTINY_MINUTES)
    assert found["Send the list to members"][0] == "Lou Barker"
    assert found["Write to the provider seeking assurance on staffing"][0] == "Kemi Adams"


CHAT_CHANGES = """14:02:10 From Lou Barker to Everyone:
\t@Kemi Adams can you do a post about the respite survey?
14:02:40 From Kemi Adams to Everyone:
\tyep on it tomorrow
14:05:31 From Owen Reid to Everyone:
\tI'll send round the holiday club dates by Friday
14:20:12 From Lou Barker to Everyone:
\t@Anne Price are you ok to do the post about the respite survey instead of Kemi?
14:20:40 From Anne Price to Everyone:
\tno probs
14:30:02 From Owen Reid to Everyone:
\tLou - small correction, I said Mon not Fri for the dates, sorry!
"""


def test_a_chats_own_correction_of_a_day_and_a_task_handed_to_someone_instead():
    found = ticked(CHAT_CHANGES)
    assert found["Send round the holiday club dates by Mon"] == ("Owen Reid", date(2027, 6, 14))
    assert [owner for title, (owner, _) in found.items() if "respite survey" in title] == ["Anne Price"]


LOG_WITH_KEY = """Respite working group tracker – meeting 9 June 2027

Date raised\tDue\tStatus\tRef\tAction\tOwner
09/06/2027\t25/06/2027\tOpen\tRW-4\tBook the hall for the July session\tKemi Adams
09/06/2027\tn/a\tFor info\tRW-5\tThe trust's new booking line goes live in July\tOwen Reid

Status key
Open\tAction agreed and not yet done
Decision\tRecorded for reference - not an action

Action note: APr 24.06.27, SKh 28.06.27
"""


def test_a_logs_status_key_is_no_list_of_actions_and_initials_like_apr_are_no_month():
    found = ticked(LOG_WITH_KEY)
    assert found == {"Book the hall for the July session": ("Kemi Adams", date(2027, 6, 25))}
    assert read_due("APr 24.06.27", HELD).on == date(2027, 6, 24)  # Anne Price's initials, not April


ACTION_NOTE = """ACTION NOTE – meeting held on Wednesday 9 June 2027

Present:\tAnne Price, Independent Chair (APr) (Chair) Dr Anita Patel, Consultant Community Paediatrician (AP) Owen Reid, PfA Lead (OR)

\t\tAction
1.\tWelcome. OR advised that Kemi would pick up the forum's actions as required.\t-
2.\tClinic space. AP to liaise with the head about a room for the autumn clinics.\tAP asap
"""


def test_initials_defined_after_a_name_and_its_role_are_that_person():
    assert defined_initials(ACTION_NOTE, frozenset({"anne", "price", "anita", "patel", "owen", "reid"})) == {
        "APr": "Anne Price", "AP": "Anita Patel", "OR": "Owen Reid"}
    found = ticked(ACTION_NOTE)
    assert not any("as required" in title for title in found)


IPHONE_CHAT = """[09/06/2027, 19:40:02] Sibling Group 🌈: \u200eMessages and calls are end-to-end encrypted.
[09/06/2027, 19:58:41] Lou Barker: Back from the panel. So
1) Owen will send the new referral form for us to check by Thurs 17th
2) Owen will ring the families on the waiting list by end of next week
[09/06/2027, 20:02:05] Lou Barker: *Fri 18th sorry, not Thurs 17th. For the form I mean
[09/06/2027, 20:04:40] Kemi Adams: I'll put a post on the group tomorrow morning
[09/06/2027, 20:31:40] Sibling Group 🌈: \u200eKemi Adams removed +44 7700 900412
"""


def test_an_iphones_chat_export_drops_its_own_lines_and_reads_a_senders_starred_correction():
    found = ticked(IPHONE_CHAT)
    assert found["Send the new referral form for us to check by Fri 18th"] == ("Owen", date(2027, 6, 18))
    assert found["Put a post on the group tomorrow morning"] == ("Kemi Adams", date(2027, 6, 10))


def test_a_social_media_export_written_byte_by_byte_is_read_as_its_words_and_emoji_numbers_as_a_list():
    post = ("Who came: Owen Reid and Kemi Adams. \U0001F4E2\n\nWHAT THEY SAID THEY\u2019LL DO\n"
            "1\ufe0f\u20e3 Owen Reid will publish the respite figures by Friday 18 June.\n"
            "2\ufe0f\u20e3 Kemi Adams is going to book the hall for July.\n\n"
            "The council is going to survey families in the autumn. That\u2019s their survey, not something we agreed.")
    garbled = post.encode("utf-8").decode("latin-1")  # as Facebook's "Download your information" writes it
    export = json.dumps({"group_posts_v2": [{"timestamp": 1812345678, "data": [{"post": garbled}],
                                             "title": "Lou Barker posted in Sibling Support Group."}]}, indent=2)
    found = ticked(export)
    assert found["Publish the respite figures by Friday 18 June"] == ("Owen Reid", date(2027, 6, 18))
    assert any(title.startswith("Book the hall for July") and owner == "Kemi Adams" for title, (owner, _) in found.items())
    assert not any("survey families" in title for title in found)


TWO_TABLES = """Respite providers' forum – notes

Table B – Actions from this meeting (who / what / when)

#\tWho\tWhat\tWhen
1\tOR\tCirculate the draft statement to all providers\tFri 18 June
2\tKA\tBring the holiday club figures\tNext forum

Table A – Actions from 12 May 2027 forum (for information)

#\tWho\tWhat\tWhen\tStatus
1\tOR\tPublish the summer directory\t4 June\tComplete
"""


def test_an_earlier_meetings_table_titled_actions_from_its_date_starts_no_meeting_of_its_own():
    found = ticked(TWO_TABLES)
    assert found == {"Circulate the draft statement to all providers": ("OR", date(2027, 6, 18)),
                     "Bring the holiday club figures": ("KA", None)}


OUTCOME_TABLE = """Meeting summary – Wednesday 9 June 2027

No.\tItem\tDiscussion\tOutcome
1\tReferral forms\tOR said the form asks for more than the service needs.\tAgreed a shorter form from September. Owen to share the revised form with schools by 18 June.
2\tUpdates\tKA gave the figures for May.\tNoted. For information only.
"""


def test_an_agenda_tables_outcome_column_holds_what_was_agreed():
    assert ticked(OUTCOME_TABLE) == {"Share the revised form with schools by 18 June": ("Owen", date(2027, 6, 18))}


def test_a_social_media_posts_comments_are_read_as_its_thread_each_by_its_writer():
    export = json.dumps({"feed": {"data": [{
        "from": {"name": "Lou Barker"}, "created_time": "2027-06-09T14:10:00+0000",
        "message": "Thanks all for coming this morning!\nWhat we said we would do next:\n"
                   "1) I will send the slides round by Friday 11 June.",
        "comments": {"data": [
            {"from": {"name": "Owen Reid"}, "created_time": "2027-06-09T15:00:00+0000",
             "message": "Lovely to meet you all. I'll put the dates on the website by 18 June."},
            {"from": {"name": "Kemi Adams"}, "created_time": "2027-06-09T15:30:00+0000",
             "message": "Could someone ask about the parking?"},
            {"from": {"name": "Lou Barker"}, "created_time": "2027-06-09T16:00:00+0000",
             "message": "The event for July is up now."}]}}]}}, indent=2)
    found = ticked(export)
    assert found["Put the dates on the website by 18 June"] == ("Owen Reid", date(2027, 6, 18))
    assert any(owner == "Lou Barker" and "slides" in title for title, (owner, _) in found.items())


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_csv_whose_stray_quote_makes_a_cell_longer_than_the_csv_module_reads_is_read_not_a_server_error(separator):
    # an upload may be megabytes: the csv module refuses a cell of more than 131,072 characters
    text = separator.join(["Ref", "Action", "Owner", "Due"]) + "\n" + separator.join(
        ["R-1", '"Send the notes' + f"{separator} and more" * 30_000]) + "\n" \
        + separator.join(["R-2", "Book the hall", "Kemi Adams", "18/06/2027"]) + "\n"
    found = suggested(text)  # (it raised _csv.Error: field larger than field limit: a server error on upload)
    assert all(len(title) < 1_000 for title in found)  # and the broken cell is no suggestion


def test_a_name_that_is_also_a_word_the_text_uses_as_a_word_is_no_name_in_phone_notes():
    names = frozenset({"kemi", "adams", "penn", "owen"})
    notes = "- penn to price up the minibus\n- the penn estate is closed\n- owen to ring the hall\n- kemi - figs by fri\n- x\n"
    ordinary = words_in_ordinary_use(notes)
    lines = [names_capitalised(line, names, ordinary) for line in notes.splitlines()]
    assert lines[0].startswith("- penn to")  # "the penn estate": a place here, not a person
    assert lines[2].startswith("- Owen to") and lines[3].startswith("- Kemi -")
