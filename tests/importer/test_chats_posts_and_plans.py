"""A Teams meeting chat copied as text, a Facebook post's comment promises, an improvement plan's
update, and the like. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.due import NEXT_MEETING
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 14)  # a Thursday


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool, bool]]:
    """Each suggestion's title: (owner, due date, due by the next meeting, ticked)."""
    names = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams"})
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=names), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, bool(s.due and s.due.kind == NEXT_MEETING),
                      s.suggested) for s in found}


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return {title: found[:2] for title, found in suggested(text, held).items() if found[3]}


TEAMS_CHAT = """Meeting chat - Inclusion Panel (Teams)
Thursday 14 October 2027

[14:00] Bea Cole
Afternoon everyone, the papers are pinned at the top of the chat

[14:03] Omar Lewis
The attendance chart on page 6 is last term's. I'll send the updated chart to Bea tonight so it goes with the notes
1 reaction: 👍 (2)

[14:06] Kemi Adams
Honestly I think we should move the panel to a Wednesday, Thursdays clash with the heads' meeting
Edited

[14:08] Jo Price
Nadia - can you check the room bookings for November by Friday?

[14:09] Nadia Shah
Friday's the training day 🙈 I'll sort them out Monday

[14:11] Jo Price
Agreed - Kemi can you draft the letter to parents about the new times please?

[14:11] Kemi Adams
Yep will do
2 reactions: 👍 (3) ❤️ (1)

[14:15] Bea Cole
Has anyone got the outreach referral numbers?

[14:16] Omar Lewis
Not yet - my fault. Bea I'll get them to you by next Wednesday

[14:40] Omar Lewis
Chart sent Bea ✅
"""


def test_a_teams_chat_copied_as_text_is_read_as_a_chat():
    found = ticked(TEAMS_CHAT)
    # "Bea I'll get them to you ...": said to Bea, and Omar's promise
    assert found["Get them to you by next Wednesday"] == ("Omar Lewis", date(2027, 10, 20))
    # "Nadia - can you ...?" answered with another day: the request, by the day the answer gives
    assert found["Check the room bookings for November, by Monday"] == ("Nadia Shah", date(2027, 10, 18))
    # "Agreed - Kemi can you ...?" answered "Yep will do"
    assert found["Draft the letter to parents about the new times"][0] == "Kemi Adams"
    assert len(found) == 3, found


def test_a_chat_promise_reported_done_later_in_the_chat_is_not_suggested():
    found = suggested(TEAMS_CHAT)
    chart = next(title for title in found if "updated chart" in title)
    assert not found[chart][3]


def test_a_view_of_what_we_should_do_is_not_an_action():
    assert not any("Wednesday, Thursdays" in title for title in ticked(TEAMS_CHAT))
    found = ticked("Notes of the panel, 14 October 2027\n\nI think we should ask the heads again about this.\n\n"
                   "Nadia Shah will write to the heads by Friday.\n")
    assert list(found) == ["Write to the heads by Friday"]


def test_a_question_word_before_i_will_is_not_whom_the_message_speaks_to():
    chat = ("Chat, 14 October 2027\n[09:00] Omar Lewis: Morning all\n[09:01] Bea Cole: Morning\n"
            "[09:02] Omar Lewis: What I will do is write to the colleges. I'll get that done by next Tuesday.\n"
            "[09:03] Bea Cole: Thanks\n")
    assert ticked(chat) == {"Get that done by next Tuesday": ("Omar Lewis", date(2027, 10, 19))}


LOG_THEN_NOTES = """Action log

Inclusion Panel – action log
Last updated after the panel meeting on Thu 14/10/27 – BC. Key: NEW - raised this meeting

Ref\tRaised\tAction\tLead\tDue\tStatus
IP-07\t09/09/2027\tMap the alternative provision places by locality\tOL\t30/09/2027\tGREEN - complete
IP-11\t14/10/2027\tWrite to the academy trusts about part-time timetables\tNadia Shah\t29/10/2027\tNEW
IP-12\t14/10/2027\tRun a focus group with six parents of excluded pupils\tKA\tDecember IPG\tNEW

Notes

Inclusion Panel – brief notes, Thursday 14 October 2027
Present: Bea Cole (chair), Omar Lewis, Nadia Shah, Kemi Adams
1. Exclusions data (OL): 41 suspensions this half term. For information.
2. Part-time timetables – Nadia presented the figures; new action IP-11
3. Parent voice – Kemi suggested a focus group; agreed (IP-12).
4. Panel dates – decided to meet on Wednesdays from January.
"""


def test_an_action_log_sheet_that_names_its_meeting_belongs_to_that_meetings_notes():
    found = ticked(LOG_THEN_NOTES)
    assert found["Write to the academy trusts about part-time timetables"] == ("Nadia Shah", date(2027, 10, 29))
    assert found["Run a focus group with six parents of excluded pupils"][0] == "KA"
    assert len(found) == 2, found


def test_a_month_and_a_groups_initials_is_that_months_meeting():
    found = suggested(LOG_THEN_NOTES)["Run a focus group with six parents of excluded pupils"]
    assert found[1] == date(2027, 12, 31)
    parsed = outcomes_for(parse_outcomes(LOG_THEN_NOTES, meeting_date=HELD), HELD, lenient=True)
    due = next(each.due for each in parsed.suggestions if each.title.startswith("Run a focus group"))
    assert (due.kind, due.month) == ("meeting_in_month", date(2027, 12, 1))


def test_a_numbered_items_notes_are_not_actions_and_a_note_citing_a_log_row_is_that_row():
    found = suggested(LOG_THEN_NOTES)
    notes = [title for title in found if title.startswith(("Exclusions data", "Part-time", "Parent voice", "Panel dates"))]
    assert len(notes) == 4 and not any(found[title][3] for title in notes)


LEARNING_PAGE = """<html><body><main>
<h1>Inclusion Panel – learning from complaints</h1>
<p>Meeting held: Thursday 14 October 2027.</p>
<dl><dt>Meeting date</dt><dd>14 October 2027</dd><dt>Attended by:</dt>
<dd>Bea Cole (chair), Omar Lewis, Nadia Shah and Kemi Adams from the inclusion service</dd></dl>
<h2>Case A – a late annual review</h2>
<dl>
<dt>What we will change</dt>
<dd>Send every school a reminder when an annual review is six weeks away.
<br><span>Lead: NS</span> <span>By: 12 November 2027</span></dd>
<dd>Train the caseworkers on the new review timetable.
<br><span>Lead: AD SEND &amp; Inclusion</span> <span>By: 30 November 2027</span></dd>
</dl>
<dl><dt>Action</dt><dd>Publish the review timetable on the Local Offer for all families.</dd>
<dt>Lead</dt><dd>Kemi Adams</dd><dt>By when</dt><dd>3 December 2027</dd></dl>
<p>It was agreed that the panel will keep meeting each half term (decision, no action).</p>
</main></body></html>"""


def test_a_definition_lists_sentences_under_a_heading_are_actions_with_their_lead_and_date():
    from tracker.importer.documents import text_from_html

    found = ticked(text_from_html(LEARNING_PAGE))
    assert found["Send every school a reminder when an annual review is six weeks away"] == ("NS", date(2027, 11, 12))
    # "AD SEND & Inclusion": an Assistant Director by the portfolio, though no one by that name is known
    assert found["Train the caseworkers on the new review timetable"] == ("AD SEND & Inclusion", date(2027, 11, 30))
    # a definition list of fields ("Action", "Lead", "By when") is still one action with its fields
    assert found["Publish the review timetable on the Local Offer for all families"] == ("Kemi Adams", date(2027, 12, 3))
    assert len(found) == 3, found  # not the attendance, nor "(decision, no action)"


FORUM_POST = """**Westmoor Inclusion Forum**
14 October 2027 at 19:40 · Public

Thanks to everyone who came to the exclusions drop-in tonight. Notes to follow.

Comments

> **Amy Fenwick**
> Will the slides be shared? The screen was hard to see at the back.
> Like · Reply · 2h · 👍 3

>> **Nadia Shah - Westmoor Council** (Inclusion Officer)
>> Hi Amy, yes. I'll email the slides to the forum by Monday so they can share them.
>> Like · Reply · 1h

> **Lee Carter**
> The appeal form link on the school's page is broken.
> Like · Reply · 1h · 😡 2

>> **Omar Lewis - Westmoor Council** (Head of Inclusion)
>> Thanks Lee, we'll get the link fixed by Friday and post here when it works.
>> Like · Reply · 40m

> **Kemi Adams**
> Great night, thank you all.
> Like · Reply · 20m
"""


def test_a_posts_comments_are_read_as_a_chat_each_promise_its_writers():
    found = ticked(FORUM_POST)
    assert found["Email the slides to the forum by Monday so they can share them"] == ("Nadia Shah", date(2027, 10, 18))
    # "we'll" in a comment: the one who wrote it answers for it
    fixed = next(title for title in found if title.startswith("Get the link fixed by Friday"))
    assert found[fixed] == ("Omar Lewis", date(2027, 10, 15))
    assert len(found) == 2, found


WIKI_PAGE = """---
title: Inclusion Panel - 2027-10-14
layout: meeting-note
---

# Inclusion Panel — Thu 14 October 2027

| Handle | Name | Role |
|---|---|---|
| @nshah | Nadia Shah | Inclusion Officer |
| @olewis | Omar Lewis | Head of Inclusion |

## 1. Actions from last time

- [ ] @olewis: reduced timetable audit — **still open**.

## 2. Part-time timetables

Omar showed the figures. Bea wants the heads to present their plans in November.

➡️ **@nshah** to write to the three academies about part-time timetables — *by Fri 29 October*.

Kemi to add it to the next agenda rather than make it an action today.
"""


def test_a_wikis_handles_are_the_people_its_table_names_and_an_arrow_emoji_marks_an_action():
    found = ticked(WIKI_PAGE)
    assert found["Write to the three academies about part-time timetables — by Fri 29 October"] == (
        "Nadia Shah", date(2027, 10, 29))
    assert len(found) == 1, found  # not "Bea wants the heads ...", nor what goes on the agenda rather than an action


def test_an_owner_then_a_task_after_a_colon_does_not_define_a_handle():
    from tracker.importer.markdown import markdown_notes

    lines = markdown_notes(["---", "title: notes", "---", "- [ ] @olewis: Reduced timetable audit", "",
                            "@olewis to send the audit to heads.", "", "@nshah: Nadia Shah (inclusion)", "",
                            "@nshah to book the room."])
    assert "@olewis to send the audit to heads." in lines  # not "Reduced timetable audit to send ..."
    assert "Nadia Shah to book the room." in lines  # a name after the colon does define the handle


def test_a_handle_names_the_person_it_is_made_from():
    from tracker.importer.owners import Candidate, match_owner

    people = [Candidate(id=1, name="Nadia Shah"), Candidate(id=2, name="Omar Lewis")]
    assert match_owner("@nshah", people).person.name == "Nadia Shah"
    assert match_owner("@omar.lewis", people).person.name == "Omar Lewis"
    assert match_owner("@omarl", people).person.name == "Omar Lewis"
    assert match_owner("@kadams", people).person is None


DICTATION = """Voice memo transcript
Recorded: 14/10/2027 16:20    Transcribed automatically (en-GB)
------------------------------------------------------------
okay this is bea cole notes from the inclusion panel today thursday the
fourteenth of october new paragraph item one exclusions the figures are
down again full stop omar lewis is going to write to the three academies
about part time timetables by the twenty second of october new paragraph
item two parent voice nadia will no scratch that kemi will run the focus
group with parents before half term new paragraph item three training i
will book the caseworker training for november new paragraph end of memo
"""


def test_a_dictated_transcript_wrapped_at_its_width_reads_as_speech():
    names = frozenset({"bea", "cole", "omar", "lewis", "nadia", "shah", "kemi", "adams"})
    found = {s.title: s.owner_text for s in outcomes_for(parse_outcomes(DICTATION, meeting_date=HELD, names=names),
                                                        HELD, lenient=True).suggestions if s.suggested}
    # a sentence begins where someone named takes something on, though nothing was said to end the last
    assert found["Write to the three academies about part time timetables by 22 October"] == "Omar Lewis"
    # "nadia will no scratch that kemi will ...": Kemi's
    assert found["Run the focus group with parents before half term"] == "Kemi"
    # "i will" is the one who says "this is Bea Cole"
    assert found["Book the caseworker training for november"] == "Bea Cole"
    assert len(found) == 3, found


def test_what_will_change_labels_an_action_with_its_lead_and_when_below():
    text = ("Learning panel, 14 October 2027\n\nLearning point 1: parents hear about delays too late.\n\n"
            "What will change → Send families a letter at week 16 when a plan will be late.\n\n"
            "Lead: NS     When: by 12 November 2027\n\nLearning point 2: nothing was logged.\n\n"
            "What we will do: Log every missed review in the casework system.\n\nLead: Omar Lewis     When: end of November\n")
    assert ticked(text) == {
        "Send families a letter at week 16 when a plan will be late": ("NS", date(2027, 11, 12)),
        "Log every missed review in the casework system": ("Omar Lewis", date(2027, 11, 30))}


REVIEW_NOTES = """ANNUAL REVIEW - PERSON-CENTRED NOTES
Date of review: Thursday 14th October 2027

Who came:
  Mum and Dad
  Kemi Adams - SENCo (notes)
  Rhys - Occupational Therapist
  Pip - class teacher

-----------------------------------------------
THINGS WE TALKED ABOUT
-----------------------------------------------
 * Lunchtimes - Mum would like an adult nearby. Pip will look at it in the staffing review. (Not agreed today - to be considered.)

-----------------------------------------------
WHAT NEEDS TO HAPPEN NEXT (agreed at the end and read back to Mum and Dad)
-----------------------------------------------
 1. Rhys will send new OT targets to Kemi by Friday 29th October.
 2. Mum will email the hospital letter to Kemi this week.
"""


def test_a_reviews_next_steps_belong_to_those_listed_under_who_came_and_to_mum():
    found = ticked(REVIEW_NOTES)
    assert found["Send new OT targets to Kemi by Friday 29th October"] == ("Rhys", date(2027, 10, 29))
    letter = next(title for title in found if title.startswith("Email the hospital letter to Kemi this week"))
    assert found[letter][0] == "Mum"
    assert len(found) == 2, found  # the heading's note in brackets aside, it heads the list; not "not agreed today"


CHAIRS_LIST = """From: Pat Lane <pat.lane@example.org>
Subject: Bea's list from the panel (14 Oct), typed up

Hello all, Bea asked me to type up her list. Anything in [square brackets] is me.

PANEL 14/10 - my list  (BC)

1. Exclusions -> OL to write to the academy trusts by 29/10.
   [OL = Omar Lewis.]
2. Parent voice - KA to run the focus group before half term.
3. ~~NS to redo the attendance chart~~ not needed, already fixed
4. Me - ask the heads about part-time timetables.
5. NS/KA - joint training for caseworkers - dates out by 19/11
6. OL - EP traded service review ... nice to have - PARK till spring
7. TOR - revised terms of reference AGREED.
"""


def test_a_chairs_typed_list_topics_crossings_out_and_me():
    found = ticked(CHAIRS_LIST)
    # "Exclusions -> OL to ...", OL named in full by the typist's "[OL = Omar Lewis.]"
    assert found["Write to the academy trusts by 29/10"] == ("Omar Lewis", date(2027, 10, 29))
    assert found["Run the focus group before half term"][0] == "KA"  # "Parent voice - KA to ..."
    assert found["Ask the heads about part-time timetables"][0] == "BC"  # "Me" on "my list (BC)"
    training = next(title for title in found if title.startswith("Joint training for caseworkers"))
    assert found[training] == ("NS", date(2027, 11, 19))  # initials first, in any list (KA the other owner)
    # not the crossed-out item, the one parked, the decision, nor the typist's note taken for a heading
    assert len(found) == 4, found


PASTED_TABLE = """Dear all,

The action log from Thursday is below (it came out oddly from my phone).

Ref
Action
Lead
By when
Status
IP/07
Map alternative provision places by locality
OL
30/09
Complete
IP/11
Write to the academy trusts about part-time timetables
NS
29/10
New
IP/12
Cabinet decision on the transport policy
Panel

Noted - no action for us
IP/13
Bring the focus group findings to the December panel
KA
Dec mtg
New

Sorry about the layout - I'm on the phone app at a conference all day today and tomorrow.
Bea
"""


def test_a_table_pasted_into_an_email_one_cell_a_line_with_empty_cells_as_blank_lines():
    found = ticked(PASTED_TABLE)
    assert found["Write to the academy trusts about part-time timetables"] == ("NS", date(2027, 10, 29))
    assert found["Bring the focus group findings to the December panel"] == ("KA", date(2027, 12, 31))  # "Dec mtg"
    assert len(found) == 2, found  # not the completed row, nor the one noted with no action


NOTES_CSV = """item,time,typed_by,note
-,09:58,BC,"Inclusion Panel 14/10/2027 - merged notes (BC in the room, NS online)."
1,10:02,BC,Present: BC (chair) OL NS KA.
1,10:05,NS,"Omar showed the exclusions figures, down again"
1,10:07,BC,ACTION OL to write to the academy trusts about part-time timetables by 29/10.
2,10:15,NS,"me - focus group invite to parents, aim for Dec panel"
2,10:16,BC,Focus group agreed. No further action for the panel.
"""


def test_notes_kept_a_row_at_a_time_in_a_spreadsheet_are_read_as_paragraphs():
    found = ticked(NOTES_CSV)
    assert found["Write to the academy trusts about part-time timetables by 29/10"] == ("OL", date(2027, 10, 29))
    assert len(found) == 1, found


def test_action_in_capitals_then_an_owner_is_an_action_label():
    found = ticked("Panel notes, 14 October 2027\n\nACTION KA to book the room for the focus group by 5/11.\n\n"
                   "ACTION LOG reviewed and agreed.\n")
    assert found == {"Book the room for the focus group by 5/11": ("KA", date(2027, 11, 5))}


IMPROVEMENT_LOG = """Project on a page

Aim\tFewer missed first appointments
Last huddle\t14/10/2027
Next huddle\t11/11/2027

Cycle log

Cycle\tChange idea\tDo / Study (what happened)\tNext step\tLead\tBy when\tStatus
1\tText reminders\tMissed appointments fell from 18% to 12%\tMake the reminders business as usual\tAdmin hub\t30/09/2027\tComplete
2\tPhone calls for repeat misses\tSeven of twelve families came\tExtend the calls to the under-fives list\tNS\t29/10/2027\tOpen - new

Huddle notes

Huddle - Thursday 14 October 2027, Teams
1. Cycle 2 review - agreed to extend the calls, see the log.
2. Contracting will review the schedule in Q3; for information only.
"""


def test_an_improvement_log_sheet_named_for_its_last_huddle_gives_its_next_steps():
    found = ticked(IMPROVEMENT_LOG)
    assert found == {"Extend the calls to the under-fives list": ("NS", date(2027, 10, 29))}


PRINTED_FORM = """ SUPPORT PLAN - REVIEW MEETING
 Date of this review ................ Thursday 14 October 2027, 3.30pm

 ---- Section C: Review of targets set on 16/09/2027 ----------------------
 Target 1 ........................... MET

 ---- Section G: Agreed support - who will do what ------------------------
 1. What ........................ Observe K at lunchtime and write up a
                                  short note for school and family
    Who ......................... NS
    By .......................... Fri 29/10

 2. What ........................ Email Omar Lewis about the taxi drop-off
                                  time
    Who ......................... KA
    By .......................... end of next week
"""


def test_a_printed_forms_what_who_by_fields_are_one_action_each():
    found = ticked(PRINTED_FORM)
    assert found["Observe K at lunchtime and write up a short note for school and family"] == ("NS", date(2027, 10, 29))
    # "Email Omar Lewis ..." names a person, but is the task; KA owns it
    assert found["Email Omar Lewis about the taxi drop-off time"] == ("KA", date(2027, 10, 22))
    assert len(found) == 2, found  # and "targets set on 16/09/2027" is not another meeting's heading


def test_a_task_that_is_a_question_with_no_one_assigned_is_not_an_action():
    text = ("Panel tasks, 14 October 2027\n\nTask: Could we use the new review template instead of ours?\n"
            "Assigned to: -\nDue: -\n\nTask: Book the room for the focus group\nAssigned to: Kemi Adams\nDue: 5 November 2027\n")
    assert ticked(text) == {"Book the room for the focus group": ("Kemi Adams", date(2027, 11, 5))}


CLERK_NOTES = """# Incl Panel – 14/10/27 – rough notes (BC)

## 3. Exclusions (OL)
- OL – 41 suspensions this half term. Slightly down on last yr.
- KA – parents want it by school. Agreed: by phase not school.
- → **OL**: exclusions paper to SLT by 29/10
- → **NS**: refresh the dashbd w/ phase split b4 nxt mtg
- → **OL/NS**: nil – happy w/ current RAG
- KA – will consider funding a 2nd yr of outreach – no commitment today
- → KA: draft letter to heads – end Nov
"""


def test_a_clerks_shorthand_arrows_to_owners_and_speakers_notes():
    found = suggested(CLERK_NOTES)
    ticked_now = {title: value[:3] for title, value in found.items() if value[3]}
    assert ticked_now["Exclusions paper to SLT by 29/10"][:2] == ("OL", date(2027, 10, 29))
    assert ticked_now["Refresh the dashbd w/ phase split b4 nxt mtg"] == ("NS", None, True)  # "b4 nxt mtg"
    assert ticked_now["Draft letter to heads – end Nov"][:2] == ("KA", date(2027, 11, 30))  # "end Nov"
    # not what OL or KA said ("OL – 41 suspensions ..."), "nil", nor "no commitment today"
    assert len(ticked_now) == 3, ticked_now


VISIT_LETTER = """Dear Ms Carver

Re: Inclusion review visit – Thursday 14 October 2027

What we agreed
1. Omar Lewis will reconcile the attendance return against our list and send it to you by 29 October.
2. Marcus agreed to nominate a college representative for the steering group.
3. The college will send us the revised destinations data by 30 November.
4. The group will meet every term.

Your governors will consider the accessibility audit in the spring. That is of course a matter for your governors.

Yours sincerely
Nadia Shah
"""


def test_in_a_list_of_what_was_agreed_someone_named_taking_something_on_is_an_action():
    found = ticked(VISIT_LETTER)
    reconcile = next(title for title in found if title.startswith("Reconcile the attendance return against our list"))
    assert found[reconcile] == ("Omar Lewis", date(2027, 10, 29))
    assert found["Nominate a college representative for the steering group"][0] == "Marcus"
    assert found["Send us the revised destinations data by 30 November"] == ("The college", date(2027, 11, 30))
    # not how the group meets, nor the governors' own matter
    assert len(found) == 3, found


FUNDING_PANEL = """JOINT FUNDING PANEL – record of decisions and follow-ups

Date\tThursday 14 October 2027\tTime\t10:00 – 12:00
Chair\tBea Cole (AD SEND & Inclusion)\tVenue\tTeams
Education\tNadia Shah (Inclusion)\tHealth\tOmar Lewis (DCO)
Also\tKemi Adams (data)\tApologies\tNone

Case 27-074 – Y7, residential placement
Panel decision APPROVED for 12 months.
Follow-up OL to seek sign-off for the health contribution by 29/10/27.

Case 27-083 – Y4, short breaks
Follow-up The review team will reassess eligibility in January (health process – outside this panel).

General business
Panel chair (BC) to raise the funding split at the commissioning group in December.
Agreed that Kemi Adams will attend every panel as the data lead from now on (decision).
"""


def test_a_funding_panels_record_details_follow_ups_and_a_role_with_initials():
    found = ticked(FUNDING_PANEL)
    # "Date | Thursday 14 October 2027 | Time | ...": the record's details, not rows of actions
    assert found["Seek sign-off for the health contribution by 29/10/27"] == ("OL", date(2027, 10, 29))
    # "Panel chair (BC)": the role, and who holds it, kept for matching
    assert found["Raise the funding split at the commissioning group in December"][0] == "Panel chair (BC)"
    assert len(found) == 2, found  # not another body's process, nor "(decision)"


REVIEW_TABLES = """Annual review record, Thursday 14 October 2027

What's working and what's not working

From the point of view of\tWhat's working\tWhat's not working
Kemi\tMaths group with Mr Shah and walking to class with her buddy.\tThe dinner hall is too loud.
Mum\tThe home-school book is used every day.\tStill no therapy review since April.

Action plan

What needs to happen\tWho\tWhen
Arrange an updated therapy assessment for the plan\tNS\tend of autumn term – Thurs 16 December
"""


def test_a_reviews_working_and_not_working_table_is_not_an_action_table():
    assert ticked(REVIEW_TABLES) == {"Arrange an updated therapy assessment for the plan": ("NS", date(2027, 12, 16))}


def test_a_date_with_its_weekday_cut_short_is_read():
    from tracker.importer.due import read_due

    assert read_due("by Thurs 25 March", date(2027, 2, 9)).on == date(2027, 3, 25)
    assert read_due("Weds 24 March", date(2027, 2, 9)).on == date(2027, 3, 24)


TRANSITION_NOTES = """Notes of panel held Thursday 14th October 2027

Case: K.M. - Year 13
  -> NS to allocate an adult social worker for K.M. by 1st November.
Panel AGREED that the case will be held on the high risk list (decision - no action).
Travel training could be offered later in the year. Not an action.
Would be lovely to have young people present the guide (wish - Kemi will see who is interested).
  -> Transport (Omar) to confirm the travel arrangements with the family.

ACTION SUMMARY (for the tracker)
  NS   - allocate adult SW, K.M.               - by 01/11
  OL   - travel arrangements                   - 22/10
"""


def test_a_panels_notes_and_its_action_summary_lines():
    found = ticked(TRANSITION_NOTES)
    assert found["Allocate an adult social worker for K.M. by 1st November"] == ("NS", date(2027, 11, 1))
    assert found["Confirm the travel arrangements with the family"][0] == "Transport (Omar)"
    # the summary's lines stay apart: not one run-on item "allocate adult SW ... by 01/11 OL - travel arrangements"
    assert not any("01/11" in title and "travel arrangements" in title.lower() for title in suggested(TRANSITION_NOTES))
    assert not any("high risk" in title or "Travel training" in title or "who is interested" in title for title in found)


def test_a_team_and_who_in_it_by_first_name():
    from tracker.importer.owners import Candidate, match_owner

    people = [Candidate(id=1, name="Omar Lewis"), Candidate(id=2, name="Nadia Shah")]
    assert match_owner("Transport (Omar)", people).person.name == "Omar Lewis"


PDF_NOTES = """Inclusion Panel Operational Group
Thursday 14 October 2027, 09:30-11:00, Teams
2. Action tracker from September (exceptions only)

No.\tAction\tLead\tStatus
09-4\tRebuild the exclusions report\tData team\tIn progress

3. Exclusions
OL noted the figures continue to drift up.
fi NS to audit twenty part-time timetables and report themes - by 29/10/2027.
fi KA to update the parent leaflet so it explains the appeal route - Tues
2 November (Monday 1st is an INSET day).
fi OL to escalate the transport issue to the council before the next ops group.
"""


def test_a_pdfs_arrows_read_back_as_letters_and_an_earlier_meetings_tracker():
    found = ticked(PDF_NOTES)
    assert found["Audit twenty part-time timetables and report themes - by 29/10/2027"] == ("NS", date(2027, 10, 29))
    leaflet = next(title for title in found if title.startswith("Update the parent leaflet"))
    assert found[leaflet] == ("KA", date(2027, 11, 2))  # "- Tues" / "2 November": one date, wrapped
    escalate = suggested(PDF_NOTES)["Escalate the transport issue to the council before the next ops group"]
    assert escalate[0] == "OL" and escalate[2]  # by the next meeting
    assert len(found) == 3, found  # not the September tracker's row


def test_a_date_in_an_aside_about_another_day_is_not_the_due_date():
    from tracker.importer.due import read_due

    assert read_due("update the leaflet - Tues 2 November (Monday 1st is an INSET day)", HELD).on == date(2027, 11, 2)
    # but brackets that only give the day of what was said do
    assert read_due("bring it to the November Board (Thursday 18 November)", HELD).on == date(2027, 11, 18)


RECORD_FORM = """Record of meeting, Thursday 14 October 2027

5. Parent survey

Follow-up: KA to share the survey questions with members for comment.

Responsible officer: Kemi Adams (KA)

Target date: 29 Oct

Follow-up: Add transport to the forward plan for the December meeting.

Responsible officer: NS

Target date: Mon 1st November
"""


def test_a_record_forms_responsible_officer_and_target_date_paragraphs():
    found = ticked(RECORD_FORM)
    assert found["Share the survey questions with members for comment"] == ("Kemi Adams (KA)", date(2027, 10, 29))
    assert found["Add transport to the forward plan for the December meeting"] == ("NS", date(2027, 11, 1))


STOCKTAKE_EMAIL = """Subject: Follow-up from the inclusion stocktake, 14 October 2027

AGREED FOLLOW-UP - for Westmoor
  a) Share the refreshed exclusions dashboard with the new counting rules - Nadia Shah, by 29 October.
  b) Send the updated improvement plan with RAG ratings and evidence of impact - Omar,
     Friday 5 November.
  c) Confirm the trajectory for part-time timetables, with termly milestones -
     Kemi, by end of November (30/11).

FOR THE DfE (not for you to action)
  - I will share the regional benchmarking pack (w/c 25 October).
"""


def test_a_follow_up_list_with_who_and_when_after_a_dash_and_wrapped_items():
    found = ticked(STOCKTAKE_EMAIL)
    assert found["Share the refreshed exclusions dashboard with the new counting rules"] == ("Nadia Shah", date(2027, 10, 29))
    assert found["Send the updated improvement plan with RAG ratings and evidence of impact"] == ("Omar", date(2027, 11, 5))
    assert found["Confirm the trajectory for part-time timetables, with termly milestones"] == ("Kemi", date(2027, 11, 30))
    assert len(found) == 3, found  # not the DfE's own list


def test_a_groups_working_agreement_is_how_it_works_not_tasks():
    text = ("Co-production group notes, 14 October 2027\n\nOUR WORKING AGREEMENT (re-read and agreed - no changes)\n"
            "- Everyone's voice counts the same\n- Use plain words or explain them\n\n"
            "Next steps\n- Kemi to design a poster for the college drop-ins\n")
    assert list(ticked(text)) == ["Design a poster for the college drop-ins"]


ACTIONS_EMAIL = """From: Bea Cole <bea.cole@example.org>
Sent: Thursday, October 14, 2027 4:47 PM
Subject: Panel actions

Hi all, actions as I have them:

- Nadia - share the revised timeline with SENCos by Friday 29 October
- Omar - letter to the trust about the scrutiny date (done - thanks Omar)
- me - book the room for the November workshop and send the invite out

We should really think about a longer session on transitions at some point - not for November.

Bea
"""


def test_an_emailed_action_list_me_is_the_sender_and_done_in_brackets():
    found = ticked(ACTIONS_EMAIL)
    assert found["Share the revised timeline with SENCos by Friday 29 October"] == ("Nadia", date(2027, 10, 29))
    room = next(title for title in found if title.startswith("Book the room for the November workshop"))
    assert found[room][0] == "Bea Cole"
    assert len(found) == 2, found  # not Omar's letter, done; nor a session "at some point - not for November"


def test_a_volunteers_minutes_going_to_and_happy_to():
    text = ("Catch up, Thursday 14 October 2027\n\n"
            "Kemi's going to get a feedback button put on the page by the 29th.\n\n"
            "Nadia said she's happy to look over the draft before it goes out, Omar said yes please.\n\n"
            "Tom said the forum is happy to share anything the council sends out.\n")
    found = ticked(text)
    assert found["Get a feedback button put on the page by the 29th"] == ("Kemi", date(2027, 10, 29))
    draft = next(title for title in found if title.startswith("Look over the draft before it goes out"))
    assert found[draft][0] == "Nadia"
    assert len(found) == 2, found  # "the forum is happy to share ...": goodwill, not a task


def test_what_was_not_agreed_or_is_for_others_and_no_promises():
    text = ("Audit moderation, 14 October 2027\n\nWhat we agreed\n- Nadia to send every school its audit grade by 29 October.\n"
            "- Omar will take the surgery idea away and think about it, no promises.\n\n"
            "NOT AGREED / FOR OTHERS\n- It would be good to repeat this audit in a year's time.\n"
            "- The safeguarding partnership will consider whether this becomes a learning theme.\n")
    assert ticked(text) == {"Send every school its audit grade by 29 October": ("Nadia", date(2027, 10, 29))}


CHAIRS_NOTES = """Board development afternoon – Thursday 14 October 2027

These are my own notes rather than formal minutes. Bea Cole, Independent Chair.

Chair's summary
1. Omar will agree a named health contact for each special school with the trust, by half term.
2. Nadia will set up a shared inbox for families' questions in the next fortnight.
3. I will meet Councillor Jones about the inquiry before Christmas.
"""


def test_a_chairs_own_notes_signed_at_the_end_of_a_line_and_a_person_who_will_agree():
    found = ticked(CHAIRS_NOTES)
    assert found["Agree a named health contact for each special school with the trust, by half term"][0] == "Omar"
    assert found["Set up a shared inbox for families' questions in the next fortnight"] == ("Nadia", date(2027, 10, 28))
    assert found["Meet Councillor Jones about the inquiry before Christmas"][0] == "Bea Cole"


PSP_FORM = """ SUPPORT REVIEW - Thursday 14 October 2027

 ---- Section E: Decisions ------------------------------------------
 * The support plan will continue for a further 4 weeks.
 * No suspension will be issued for the 04/10 incident (decision by OL).

 ---- Section G: Agreed support - who will do what -----------------
 * Nadia Shah to book the review room by 21 October.

 Action ............ Continue the daily check-in (existing - see D)
 Who ............... Omar Lewis
"""


def test_a_forms_ruled_headings_decisions_and_existing_support():
    found = suggested(PSP_FORM)
    assert {title: value[:2] for title, value in found.items() if value[3]} == {
        "Book the review room by 21 October": ("Nadia Shah", date(2027, 10, 21))}
    assert found["Book the review room by 21 October"][:2] == ("Nadia Shah", date(2027, 10, 21))


def test_we_and_the_team_in_brackets_is_the_teams_action():
    text = ("Network, Thursday 14 October 2027\n\nNext steps – agreed in the room\n\n"
            "We (Inclusion Team) will set up a transition drop-in for childminders before 26 November.\n")
    assert ticked(text) == {"Set up a transition drop-in for childminders before 26 November": (
        "Inclusion Team", date(2027, 11, 26))}


def test_another_bodys_job_in_brackets_is_not_ours():
    text = ("Forum committee, Thursday 14 October 2027\n\n"
            "The council will publish a new Local Offer page on waits in November (council's job).\n\n"
            "Kemi Adams will send the committee the draft survey by 29 October.\n")
    assert ticked(text) == {"Send the committee the draft survey by 29 October": ("Kemi Adams", date(2027, 10, 29))}


def test_comments_copied_without_the_dots_between_like_and_reply_are_read_too():
    found = ticked(FORUM_POST.replace("Like · Reply · ", "Like  Reply  "))
    assert found["Email the slides to the forum by Monday so they can share them"] == ("Nadia Shah", date(2027, 10, 18))
