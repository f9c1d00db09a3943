"""A school clerk's minutes (numbered items, "ACTION: role - task" lines, school-calendar dates), an
action log whose items carry a status in square brackets, a task tool's export cut off part way,
and commitments whose owner is named in a sentence after them. Written here in new words, not
taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.due import read_due
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 6, 9)  # a Wednesday in the summer term


def suggestions(text: str, held: date = HELD):
    names = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price"})
    return outcomes_for(parse_outcomes(text, meeting_date=held, names=names), held, lenient=True).suggestions


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return {s.title: (s.owner_text, s.due.on if s.due else None) for s in suggestions(text, held) if s.suggested}


CLERKS_MINUTES = """MAPLE GROVE ACADEMY - LOCAL GOVERNING BOARD

LGB/27/11\tSPECIAL EDUCATIONAL NEEDS REPORT

The SENCo presented her termly report. Governors thanked her for it.

ACTION: SENCo - circulate the updated provision map to all governors by 30 June.

LGB/27/12\tBUDGET

Governors RESOLVED to approve the revised budget for 2027-28.

The Chair said he would consider whether a finance working group is needed.

ACTION: BM - report the high-needs top-up income at the end of Q2.

ACTION: Clerk - book SEND training for new governors before October half term.

LGB/27/13\tDATES OF NEXT MEETINGS

Wednesday 6 October 2027 (LGB), Wednesday 8 December 2027 (LGB).
"""


def test_a_clerks_numbered_items_and_action_lines_are_read_as_minutes():
    assert ticked(CLERKS_MINUTES) == {
        "Circulate the updated provision map to all governors by 30 June": ("SENCo", date(2027, 6, 30)),
        "Report the high-needs top-up income at the end of Q2": ("BM", date(2027, 9, 30)),
        "Book SEND training for new governors before October half term": ("Clerk", date(2027, 10, 22)),
    }
    headings = {s.heading for s in suggestions(CLERKS_MINUTES)}
    assert "LGB/27/11 SPECIAL EDUCATIONAL NEEDS REPORT" in headings  # the tab after the number is not a table


def test_an_action_line_that_only_gives_an_owner_and_date_still_completes_the_sentence_before():
    text = "Item 4. The protocol needs to be checked against the new guidance.\n\nACTION: OL - by next meeting\n"
    [only] = [s for s in suggestions(text) if s.suggested]
    assert (only.owner_text, only.due_by_next_meeting) == ("OL", True)


def test_a_group_resolving_to_approve_something_is_a_decision_not_an_action():
    found = suggestions("Item 2. Budget\n\nGovernors RESOLVED to approve the revised budget.\n")
    assert not [s for s in found if s.suggested]


def test_someone_weighing_something_up_has_not_committed_to_it():
    assert ticked("Item 3. The Chair said he would consider whether a working group is needed.") == {}
    # and when they do commit, the owner is the speaker, not "The Chair said The Chair"
    assert ticked("Item 3. The Chair said he would write to the trust by 18 June.") == {
        "Write to the trust by 18 June": ("The Chair", date(2027, 6, 18))}


def test_an_item_marked_completed_in_a_paragraph_is_shown_unticked():
    text = ("Matters arising: LGB/27/04 - Clerk to update the register of interests - completed. "
            "LGB/27/05 - HT to send the attendance figures - completed, sent 2 May.")
    found = suggestions(text)
    assert {s.title for s in found} == {"Update the register of interests", "Send the attendance figures"}
    assert not [s for s in found if s.suggested]
    assert {s.owner_text for s in found} == {"Clerk", "HT"}  # the item's number is not part of its owner


def test_a_list_of_meeting_dates_is_not_an_action_for_the_initials_in_brackets():
    assert ticked("Future dates\n\nTuesday 5 October 2027 (FGB), Tuesday 7 December 2027 (FGB).\n") == {}


def test_the_next_meeting_of_a_body_named_by_its_initials():
    assert read_due("by the next FGB", HELD).kind == "next_meeting"
    assert read_due("to the next SPB meeting", HELD).kind == "next_meeting"
    assert read_due("the next EHCP", HELD) is None  # a plan, not a Board, Committee, Forum or Group
    assert read_due("next ICB-funded post", HELD) is None


def test_half_term_dates():
    assert read_due("before October half term", HELD).on == date(2027, 10, 22)  # half term from Monday 25 October
    assert read_due("by half-term", HELD).on == date(2027, 10, 22)  # the next one after the meeting
    assert read_due("during the May half term", HELD).on == date(2028, 6, 2)  # the Friday of that week
    assert read_due("by February half term", HELD).on == date(2028, 2, 11)  # half term from Monday 14 February
    assert read_due("by half term", date(2027, 1, 20)).on == date(2027, 2, 12)
    assert read_due("the week after half term", date(2027, 1, 20)).on == date(2027, 2, 26)


def test_a_season_naming_a_kind_of_thing_is_not_a_deadline():
    assert read_due("post the summer activities list in the groups", HELD) is None
    assert read_due("send the list over the summer", HELD).on == date(2027, 8, 31)
    assert read_due("the end of Q3", HELD).on == date(2027, 12, 31)


STATUS_LOG = """Action log

[DONE]  Jo Price to send the charter leaflet - sent 20 May.
[DROPPED]  Omar Lewis to find a speaker for June - not needed now.
[OPEN]  Bea Cole to confirm the stall booking by the end of June.
[In progress]  Nadia Shah to draft the transition checklist by Friday 2 July.
"""


def test_an_action_logs_status_tags_say_which_items_are_still_to_do():
    found = {s.title: s for s in suggestions(STATUS_LOG, date(2027, 5, 18))}
    assert ticked(STATUS_LOG, date(2027, 5, 18)) == {
        "Confirm the stall booking by the end of June": ("Bea Cole", date(2027, 6, 30)),
        "Draft the transition checklist by Friday 2 July": ("Nadia Shah", date(2027, 7, 2)),
    }
    dropped = next(s for title, s in found.items() if title.startswith("Find a speaker"))
    assert (dropped.suggested, dropped.owner_text) == (False, "Omar Lewis")
    assert dropped.reason.startswith("Marked “dropped”")


def test_a_promise_to_come_back_if_it_becomes_relevant_is_not_an_action():
    assert ticked("Notes\n\n- We will come back to the DBS question if it becomes relevant.\n") == {}


CUT_SHORT_EXPORT = """Sprint review, 9 June 2027. JSON from the tracker below (copied from the browser):

{"total":4,"issues":[
{"key":"LO-1","fields":{"issuetype":{"name":"Epic"},"summary":"Website refresh","assignee":{"displayName":"Jo Price"},"duedate":"2027-12-31"}},
{"key":"LO-2","fields":{"issuetype":{"name":"Task"},"summary":"Rewrite the transport page","status":{"name":"To Do"},"assignee":{"displayName":"Bea Cole"},"duedate":"2027-06-30",
 "description":"Raised today."}},
{"key":"LO-3","fields":{"issuetype":{"name":"Bug"},"summary":"Mend the broken form links","status":{"name":"To Do"},"assignee":null,"components":[{"name":"Digital Team"}],"duedate":"2027-06-16"}},
{"key":"LO-4","fields":{"issuetype":{"name":"Task"},"summary":"Check the contrast of the new buttons","status":{"name":"To Do"},"assignee":{"displayName":"Omar Lewis"},"duedate":"2027-07-02","created":"2027-06-09T11:1
...[truncated]

- Next review: 23 June.
"""


def test_a_task_export_cut_off_part_way_is_read_as_far_as_it_goes():
    assert ticked(CUT_SHORT_EXPORT) == {
        "Rewrite the transport page": ("Bea Cole", date(2027, 6, 30)),
        "Mend the broken form links": ("Digital Team", date(2027, 6, 16)),  # no one assigned: the team
        "Check the contrast of the new buttons": ("Omar Lewis", date(2027, 7, 2)),  # the last, cut off
    }  # and the epic holds tasks: it is not one


def test_a_paste_that_only_looks_like_json_is_left_as_text():
    text = "Notes\n\n{not json, just a note from Bea}\n{\"half\": \"an object\"\nOmar to call Jo about the form.\n"
    assert ticked(text) == {"Call Jo about the form": ("Omar", None)}


PROMISES = """## What we will do

1. **We will publish a one-page guide to post-16 options.** *Nadia Shah, with the forum* – by the end of July.
2. **We will map which therapies stop at 18.** *Omar Lewis*.
3. **We will hear from more young people** – *Bea* to visit the Thursday youth club by half term.
4. **We will explain the assessment letters.** *Family Support Team* – by 30 June.
5. **We will keep listening.** Pizza.
"""


def test_an_owner_named_in_the_sentence_after_a_promise_owns_it():
    assert ticked(PROMISES) == {
        "Publish a one-page guide to post-16 options": ("Nadia Shah", date(2027, 7, 31)),
        "Map which therapies stop at 18": ("Omar Lewis", None),
        "Visit the Thursday youth club by half term": ("Bea", date(2027, 10, 22)),
        "Explain the assessment letters": ("Family Support Team", date(2027, 6, 30)),
    }  # and "We will keep listening. Pizza." carries on what is done already ("Pizza." names no one)


def test_no_action_needed_before_a_name_means_no_action():
    assert ticked("Item 5. Transport. No action needed – BC will ring the college directly.") == {}


def test_a_sentence_citing_a_row_of_the_action_table_is_the_matter_the_row_records():
    text = ("5. Health\n\nBea Cole would pull the numbers together before half term (see A1).\n\n"
            "Action summary\n\nRef\tAction\tOwner\tDue\nA1\tSend waiting list figures by locality\tOL\t22.10.27\n")
    assert ticked(text, date(2027, 10, 13)) == {
        "Send waiting list figures by locality": ("OL", date(2027, 10, 22))}


def test_a_bullet_recording_what_a_team_agreed_to_keep_is_a_decision():
    text = "Other notes\n\n- Velocity was 30 points; the team agreed to keep the same sprint length.\n- Bea to book the room.\n"
    assert ticked(text) == {"Book the room": ("Bea", None)}


def test_a_way_of_working_promised_is_not_a_task():
    assert ticked("Our promises\n\nWe will always start with what matters to the young person.\n") == {}


def test_a_helper_named_with_the_owner_is_not_the_owner():
    text = "What we will do\n\n1. We will publish the guide. Nadia Shah, with the forum – by 30 June.\n2. We will tidy the page.\n"
    assert ticked(text)["Publish the guide"] == ("Nadia Shah", date(2027, 6, 30))


def test_reviewers_comments_and_formatting_marks_left_in_a_draft_are_dropped():
    text = ("3. Transport\n\n[Formatted: Bold]\n\nAction: Omar Lewis to write to the college by 30 June.\n\n"
            "[Comment [JP2]: Jo to check with Bea whether the bus idea should be an action? Not sure.]\n")
    assert ticked(text) == {"Write to the college by 30 June": ("Omar Lewis", date(2027, 6, 30))}
    assert {s.heading for s in suggestions(text)} == {"Transport"}


def test_trying_to_do_something_if_there_is_time_is_a_hope():
    assert ticked("4. Outreach\n\nBea will try to mention it at the coffee morning if there is time.\n") == {}


def test_something_left_for_a_future_meeting_without_a_decision_is_not_an_action():
    text = "5. Training\n\nJo said the group would look at Deaf awareness training at a future meeting - not a decision today.\n"
    assert ticked(text) == {}


TIMED_SUMMARY = """Interpreted session - summary of what was said

00:02:10\tJo Price (Chair)\tWelcomed everyone and introduced the interpreters.
00:06:40\tBea Cole (via interpreter)\tAsked for a second session in the evening because many parents work.
00:08:15\t[Interpreters swapped]\t-
00:09:30\tOmar Lewis (ICB)\tI'll raise captioning with the contract manager by 30 June. Follow-up: Nadia to book the evening room within two weeks.
"""


def test_a_table_of_who_said_what_when_is_read_as_a_transcript():
    assert ticked(TIMED_SUMMARY) == {
        "Raise captioning with the contract manager by 30 June": ("Omar Lewis", date(2027, 6, 30)),
        "Book the evening room within two weeks": ("Nadia", date(2027, 6, 23)),
    }  # asking for something is not doing it


def test_a_quoted_wish_is_not_an_action_for_whoever_it_names():
    assert ticked('Stickies\n\n> On its own: "SOMEONE should write a list of every benefit!!" - we loved this.\n') == {}


def test_an_offer_then_an_action_line_for_the_same_person_by_initials_is_one_action():
    text = ("6. Newsletter\nBea Cole offered to write up two short stories for the summer newsletter. "
            "Action: BCo to draft two stories for the newsletter by 30 June.\n")
    assert ticked(text) == {"Draft two stories for the newsletter by 30 June": ("BCo", date(2027, 6, 30))}


def test_an_earlier_promise_retold_or_no_longer_needed_is_not_a_new_action():
    text = ("1. Last time's actions\nOmar had said he would look at a text message service - Jo said this is no "
            "longer needed, so it was closed.\n\n2. Interns\nI said I'd raise the question of pay here, so, I've raised it.\n\n"
            "3. Careers\nThe careers service will send its report, so we'll wait for that, nothing for us to do.\n")
    assert ticked(text) == {}


def test_a_request_in_a_chat_after_a_few_words_of_lead_in_is_the_answerers_action():
    chat = ("[10:01] Jo Price: Morning all\n[10:02] Omar Lewis: Morning\n"
            "[10:05] Jo Price: Last thing, Bea, can you update the contacts page by 25 June?\n"
            "[10:06] Bea Cole: Yes, will do.\n")
    assert ticked(chat) == {"Update the contacts page by 25 June": ("Bea Cole", date(2027, 6, 25))}


def test_a_bilingual_decisions_heading_holds_decisions():
    text = "## 3. Decisions / Decyzje\n\nIt was agreed to hold these sessions every term.\nPL: Ustalono ...\n"
    assert ticked(text) == {}


def test_the_month_of_a_session_is_dated_by_the_next_session_line():
    text = ("Actions\n\n- Bea Cole to recruit two more parents – before the September session.\n\n"
            "Next session: Wednesday 22 September 2027, 6pm.\n")
    assert ticked(text) == {"Recruit two more parents – before the September session": ("Bea Cole", date(2027, 9, 22))}


def test_a_who_field_with_a_team_and_its_person_or_a_gloss_names_the_person():
    text = ("We will run two more courses in the autumn.\nWho: Community Paediatrics (Dr Nadia Shah) · By: 15 October\n\n"
            "We will publish waiting times every month.\nWho: Omar (data) · By: 30 July\n\n"
            "We will rewrite the report template.\nWho: Bea Cole with the youth forum · By: 30 September\n")
    owners = {title: owner for title, (owner, _due) in ticked(text).items()}
    assert owners == {"Run two more courses in the autumn": "Community Paediatrics (Dr Nadia Shah)",
                      "Publish waiting times every month": "Omar (data)",
                      "Rewrite the report template": "Bea Cole with the youth forum"}


def test_trying_to_do_something_if_the_budget_allows_is_a_hope():
    assert ticked("4. Training\n\nJo will try to get a Deaf awareness session, “if the training budget allows”.\n") == {}


def test_i_will_in_notes_whose_writer_is_not_named_is_an_action_for_the_reviewer_to_own():
    found = [s for s in suggestions("Slide 4 notes:\nI'll send the charter to all heads by 14 June.\n") if s.suggested]
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Send the charter to all heads by 14 June", "", date(2027, 6, 14))]
    assert found[0].reason.startswith("A commitment: “I will”, by whoever wrote it")
    assert ticked("Notes\n\nI will now hand over to Omar for the next item.\n") == {}  # no task


def test_a_posts_byline_names_who_i_is():
    post = ("What we agreed at the forum\n\nPosted on 10 June 2027 by Bea Cole, co-chair\n\n"
            "Thanks for coming. Finally, I promised to put the slides on the forum website, and I'll do that "
            "this weekend.\n")
    [(title, owned)] = ticked(post).items()
    assert title.startswith("Put the slides on the forum website") and owned == ("Bea Cole", date(2027, 6, 13))


def test_a_deferral_and_coming_along_are_not_actions():
    text = ("10. AOB\n\nIt was agreed to consider this when the scorecard is next reviewed.\n\n"
            "11. Session\n\nBea will run the session. Omar will just turn up and answer questions.\n")
    assert ticked(text) == {"Run the session": ("Bea", None)}


def test_a_request_by_name_after_a_clause_in_hurried_notes_is_theirs():
    text = "ToR - the terms were agreed with two changes, Omar can you circulate the new ToR pls by Fri so people have it.\n"
    assert ticked(text) == {"Circulate the new ToR pls by Fri so people have it": ("Omar", date(2027, 6, 11))}
    assert ticked("Transport - long talk, Oakfield can you believe it was late again.\n") == {}  # not one of the people


BARE_PIPES = """Item 2 - Support while waiting
The forum said families want help while they wait. Commissioning to map what is on offer in each locality before Christmas.

Action summary
Who | What | When
OL | Map pre-assessment support by locality | 18 December
BC | Phone call script for families | 7 December
"""


def test_a_table_typed_with_pipes_only_between_cells_is_the_action_table():
    assert ticked(BARE_PIPES, date(2026, 11, 9)) == {
        "Map pre-assessment support by locality": ("OL", date(2026, 12, 18)),
        "Phone call script for families": ("BC", date(2026, 12, 7)),
    }  # the discussion's "Commissioning to map ..." is the matter its row records
    one_line = "Options: yes | no | maybe\n\nBea Cole to choose one of the options.\n"  # one line: no table
    assert ticked(one_line) == {"Choose one of the options": ("Bea Cole", None)}


WORKSHOP = """## Our promises

**How we will work together**
- We will use plain words and no acronyms.
- We will be honest when we can't do something.

**What we will do**
1. We will publish the transitions guide. Omar Lewis – by 30 July.
"""


def test_how_a_group_means_to_work_is_not_a_task_and_a_bold_line_is_a_heading():
    found = suggestions(WORKSHOP)
    assert {s.title: (s.owner_text, s.due_on) for s in found if s.suggested} == {
        "Publish the transitions guide": ("Omar Lewis", date(2027, 7, 30))}
    plain = next(s for s in found if s.title.startswith("Use plain words"))
    assert (plain.heading, plain.reason) == (
        "How we will work together", "Listed under “How we will work together”: a way of working, not a task")


def test_a_meeting_dated_in_brackets_beside_the_deadline_is_that_date():
    assert read_due("co-write the guide – by the October Board (20 October 2027).", HELD).on == date(2027, 10, 20)
    assert read_due("at the next forum (Saturday 4 December 2027)", HELD).on == date(2027, 12, 4)
    assert read_due("at the next forum, which is busy (as ever)", HELD).kind == "next_meeting"


def test_initials_in_bold_after_the_sentence_own_it():
    assert ticked("4. Transport\nThe draft policy will be circulated to members by 30 June. **OL**\n") == {
        "Circulate the draft policy to members by 30 June": ("OL", date(2027, 6, 30))}
    assert ticked("4. Transport\nThe SEN team gave an update. SEN\n") == {}  # no commitment before it


def test_agreed_that_something_is_done_reads_as_be_done():
    text = "4. Transport\nIt was agreed that the route review is brought to the next meeting. Lead: Omar Lewis\n"
    [(title, (owner, _due))] = ticked(text).items()
    assert (title, owner) == ("Bring the route review to the next meeting", "Omar Lewis")
    assert ticked("4. Plan\nIt was agreed that the plan is approved.\n") == {}  # a decision
    assert ticked("4. Report\nIt was noted that the report is delayed.\n") == {}


def test_a_resolution_with_owners_in_brackets_is_theirs_and_a_spelt_out_name_is_not_an_owner():
    assert ticked("4. Transport\nAgreed: the draft policy to be circulated to members by 30 June (OL/BC).\n") == {
        "Circulate the draft policy to members by 30 June": ("OL", date(2027, 6, 30))}  # and BC
    assert ticked("4. Health\nAgreed: the letter to be sent to the Integrated Care Board (ICB).\n") == {
        "Send the letter to the Integrated Care Board (ICB)": ("", None)}


CELL_A_LINE = """Transport Group
Action table – meeting held 9 June 2027
Page 1 of 2
No.
Action
Owner
Due
Status
1
Carry forward: ask the college for the
route numbers
Omar Lewis
30/04/2027
Complete
2
Write to the operator about the late
routes on the north side
Bea Cole
30/06/2027
New
3
Group agreed to keep the current
operator (decision)
–
–
Noted
Transport Group – OFFICIAL
Page 2 of 2
No.
Action
Owner
Due
Status
4
Draft the travel policy for consultation
Nadia Shah
next meeting
New
"""


def test_a_pdf_table_pasted_a_cell_a_line_is_read_back_into_its_rows():
    found = {s.title: (s.suggested, s.owner_text, s.due_on, s.due_by_next_meeting) for s in suggestions(CELL_A_LINE)}
    assert found["Write to the operator about the late routes on the north side"] == (True, "Bea Cole", date(2027, 6, 30),
                                                                                     False)
    assert found["Draft the travel policy for consultation"] == (True, "Nadia Shah", None, True)  # after the page break
    assert not found["Carry forward: ask the college for the route numbers"][0]  # complete
    assert {title for title, (ticked_, *_rest) in found.items() if ticked_} == {
        "Write to the operator about the late routes on the north side", "Draft the travel policy for consultation"}


def test_a_table_of_who_is_who_is_not_a_list_of_actions():
    text = ("Attendance\n\nName\tRole\tOrganisation\tInitials\nJo Price\tIndependent Chair\tWestmoor\tJP\n"
            "Omar Lewis\tHead of Transport\tWestmoor Council\tOL\n\n1. Transport\nOL to write to the operator by 30 June.\n")
    # (and the table says who OL is)
    assert ticked(text) == {"Write to the operator by 30 June": ("Omar Lewis", date(2027, 6, 30))}


DICTATED = ("notes from the transport group ninth of june full stop jo chairing omar and bea there new line\n\n"
            "routes full stop omar to write to the operator about the late routes by the sixteenth of june new line\n\n"
            "we agreed the new pick up times so thats done no action new line\n\n"
            "bea to book the hall for the parents evening by the twenty first of june new line\n")


def test_dictated_notes_with_their_punctuation_spoken_are_read_as_written():
    assert ticked(DICTATED) == {
        "Write to the operator about the late routes by 16 June": ("Omar", date(2027, 6, 16)),
        "Book the hall for the parents evening by 21 June": ("Bea", date(2027, 6, 21)),
    }
    written = "Notes. We talked about a comma splice, a full stop and a new line in the style guide.\n"
    assert ticked(written) == {}  # the words used as words, in a text with its own capitals


def test_dictated_notes_a_phone_capitalised_are_read_too():
    capitalised = DICTATED.replace("omar", "Omar").replace("bea", "Bea").replace("jo ", "Jo ").replace("notes", "Notes")
    assert set(ticked(capitalised)) == set(ticked(DICTATED))
