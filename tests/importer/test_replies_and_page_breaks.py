"""Kinds of writing met in the eleventh held-out batch, tested in new words: a PDF page break inside an
action, a numbered item's title set apart by two spaces, an email reply above the minutes it
corrects, items marked done, "to note", a promise only to think about it, and reported speech taken
for the subject of a passive."""
from __future__ import annotations

from datetime import date

from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 6, 9)


def ticked(text: str, day: date = HELD) -> dict[str, tuple[str, date | None]]:
    meeting = outcomes_for(parse_outcomes(text, meeting_date=day), day, lenient=True)
    return {s.title: (s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested}


PDF = """Inclusion Partnership – 9 June 2027 – DRAFT

3.  Attendance and exclusions
3.1 NK presented the attendance figures for the summer term. Persistent absence
    among children with EHC plans had risen again.
    ACTION: NK to share the attendance figures for each special school with the
""" + " " * 60 + """Page 1 of 3
""" + " " * 60 + """OFFICIAL
Inclusion Partnership – 9 June 2027 – DRAFT

    head teachers' reference group by the end of June.
3.2 RM confirmed it would be discussed at the heads' conference in July.
    FP offered to draft a parent leaflet. FP will think about it.
""" + " " * 60 + """Page 2 of 3
""" + " " * 60 + """OFFICIAL
Inclusion Partnership – 9 June 2027 – DRAFT

4.  Any other business
    None.
""" + " " * 60 + """Page 3 of 3
""" + " " * 60 + """OFFICIAL
"""


def test_an_action_cut_by_a_page_break_joins_up_and_the_item_title_is_not_a_table():
    assert ticked(PDF) == {
        "Share the attendance figures for each special school with the head teachers' reference group by the "
        "end of June": ("NK", date(2027, 6, 30)),
        "Draft a parent leaflet": ("FP", None),
    }


REPLY = """From: Nadia Khan <nadia.khan@example.org>
Sent: Thursday, June 10, 2027 9:02 AM
To: Rhys Morgan <rhys.morgan@example.org>
Subject: RE: Draft actions - Inclusion Partnership 9 June

Rhys, thanks. Two things before these go out:

- One action is missing from item 2:
    * Ffion to write to the three academies about the outreach offer by 25 June.
- Otherwise fine.

Nadia

-----Original Message-----
From: Rhys Morgan <rhys.morgan@example.org>
Subject: Draft actions - Inclusion Partnership 9 June

> INCLUSION PARTNERSHIP
> Wednesday 9 June 2027
>
> ACTIONS
> 1. RM to book the venue for the heads' conference by 18 June.
> 2. All to note the revised exclusions guidance.
> 3. LJ to circulate the outreach referral form - done, sent 8 June.
"""


def test_a_reply_above_the_minutes_adds_the_actions_it_says_are_missing():
    assert ticked(REPLY) == {
        "Write to the three academies about the outreach offer by 25 June": ("Ffion", date(2027, 6, 25)),
        "Book the venue for the heads' conference by 18 June": ("RM", date(2027, 6, 18)),
    }


def test_a_line_to_note_and_a_line_marked_done_are_shown_unticked_with_why():
    found = outcomes_for(parse_outcomes(REPLY, meeting_date=HELD), HELD, lenient=True).suggestions
    reasons = {s.title: s.reason for s in found if not s.suggested}
    assert reasons["All to note the revised exclusions guidance"].startswith("Asks people to note something")
    assert reasons["Circulate the outreach referral form"] == "Marked as done"


def test_someone_reporting_is_not_the_subject_of_the_passive_that_follows():
    assert ticked("Members discussed whether the respite offer should be extended. RM agreed and said the forum "
                  "would be consulted once the costs are known.") == {}


def test_a_decision_bullet_naming_the_group_itself_is_the_decision_and_no_action_yet_unticks():
    found = outcomes_for(parse_outcomes(
        "Planning\n\n- Decision: the panel will meet fortnightly until the self-evaluation is finished.\n"
        "- Nadia will book the rooms for the next three meetings.\n\n"
        "AOB\n\nRM asked about a page on holiday clubs. LJ will raise it with the short breaks team. "
        "No action agreed yet.\n", meeting_date=HELD), HELD, lenient=True).suggestions
    assert [s.title for s in found if s.suggested] == ["Book the rooms for the next three meetings"]
    unticked = {s.title: s.reason for s in found if not s.suggested}
    assert unticked["Meet fortnightly until the self-evaluation is finished"] == "Written as the decision, not an action"
    assert unticked["Raise it with the short breaks team (AOB)"] == "The minutes go on: “No action agreed yet.”"


def test_a_lone_verb_is_no_task():
    assert ticked("Helen thinks two or three SENCos will come.") == {}


LOG = ("Ref\tAction no.\tAction\tOwner\tDue\n"
       "1\tLO-4\tPublish the revised charging policy\tHead of Finance / Head of Short Breaks\t30/06/27\n"
       "2\tLO-5\tMinutes agreed\tChair\tComplete\n")


def test_an_action_log_reads_its_action_column_job_titles_and_complete_in_the_due_column():
    found = parse_outcomes(LOG, meeting_date=HELD).meetings[-1].suggestions
    first, second = found
    assert (first.title, first.owner_text, first.other_owners, first.due.on, first.suggested) == (
        "Publish the revised charging policy", "Head of Finance", ("Head of Short Breaks",), date(2027, 6, 30), True)
    assert (second.title, second.suggested, second.reason) == ("Minutes agreed", False, "Marked “Complete” in the table")


PLANNER = ("Task ID,Task Name,Bucket Name,Progress,Assigned To,Created Date,Start Date,Due Date,Completed Date,Description\n"
           "aB3x9,Send the outreach referral form to SENCos,June actions,Not started,Rhys Morgan,09/06/2027,"
           "10/06/2027,25/06/2027,,\n"
           "Qz81k,Book the summer network venue,June actions,Completed,Ffion Price,09/06/2027,,18/06/2027,17/06/2027,\n")


def test_a_planner_export_reads_its_task_name_not_its_id_and_its_due_date_not_its_start():
    found = parse_outcomes(PLANNER, meeting_date=HELD).meetings[-1].suggestions
    assert [(s.title, s.owner_text, s.due.on, s.suggested) for s in found] == [
        ("Send the outreach referral form to SENCos", "Rhys Morgan", date(2027, 6, 25), True),
        ("Book the summer network venue", "Ffion Price", date(2027, 6, 18), False),
    ]


WHATSAPP = """[08/06/2027, 19:02] Messages and calls are end-to-end encrypted. Only people in this chat can read them.
[09/06/2027, 12:31] Nadia Khan: Thanks all for this morning, minutes to follow
[09/06/2027, 12:40] Nadia Khan: @Rhys can you send the outreach referral form to the SENCos by Friday?
[09/06/2027, 12:52] Rhys Morgan: Yes will do
[09/06/2027, 13:58] This message was deleted
09/06/2027, 14:05 - Ffion Price: I'll book the summer network venue by 18 June
"""


def test_a_whatsapp_export_is_read_as_a_chat_and_its_own_notices_are_not_headings():
    assert ticked(WHATSAPP) == {
        "Send the outreach referral form to the SENCos by Friday": ("Rhys Morgan", date(2027, 6, 11)),
        "Book the summer network venue by 18 June": ("Ffion Price", date(2027, 6, 18)),
    }


WHATSAPP_RECAP = """[09/06/2027, 12:31] Nadia Khan: Quick list of what we agreed this morning:
• Rhys – outreach referral form for SENCos by 18 June
• Ffion – venue options for the summer network, end of month
[09/06/2027, 12:35] Ffion Price: Looks right - I'll also ring the college about parking by Friday
[09/06/2027, 14:02] +44 7700 900123: Hi all, it's Sam from the hub, new phone! I'll send the session dates to Nadia tomorrow
"""


def test_a_chat_recaps_name_dash_items_and_a_sender_known_only_by_their_number():
    """Read with the partnership's names, as the import page reads it: "Rhys" alone is someone."""
    names = frozenset({"rhys", "morgan", "ffion", "price", "nadia", "khan"})
    meeting = outcomes_for(parse_outcomes(WHATSAPP_RECAP, meeting_date=HELD, names=names), HELD, lenient=True)
    assert {s.title: (s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested} == {
        "Outreach referral form for SENCos by 18 June": ("Rhys", date(2027, 6, 18)),
        "Venue options for the summer network, end of month": ("Ffion", date(2027, 6, 30)),
        "Ring the college about parking by Friday": ("Ffion Price", date(2027, 6, 11)),  # after "Looks right -"
        "Send the session dates to Nadia tomorrow": ("+44 7700 900123", date(2027, 6, 10)),
    }


INLINE_ANSWERS = """From: Jo Price <jo.price@example.org>
Sent: 10 June 2027 09:00
Subject: RE: notes from Wednesday

My answers below.

From: Bea Cole <bea.cole@example.org>
Sent: 9 June 2027 17:00
Subject: notes from Wednesday

Questions from the meeting

> Omar, can you send the waiting list figures by locality?

Yes, I'll send them by Friday – Omar L

> Nadia, could you ask the colleges about transport?

Not this term, sorry – Nadia
"""


def test_a_quoted_request_answered_yes_is_the_answerers_action_dated_by_the_answer():
    assert ticked(INLINE_ANSWERS) == {
        "Send the waiting list figures by locality": ("Omar L", date(2027, 6, 11))}  # Nadia said no


CORRECTED_DRAFT = """From: Jo Price <jo.price@example.org>
Sent: 10 June 2027 08:30
Subject: RE: DRAFT notes - Transport group 9 June

Bea, two changes please. Action 2 is Omar's, not Nadia's - he holds the contract. Action 3 wasn't an
action, we only talked about it, so please take it out. Otherwise fine.

Jo

-----Original Message-----
From: Bea Cole <bea.cole@example.org>
Sent: 9 June 2027 17:00
Subject: DRAFT notes - Transport group 9 June

> 2. Routes
> NS said two routes were late again. Item 3 is the budget.
>
> ACTIONS
> 1. BC to circulate the route map by 18 June.
> 2. NS to write to the operator about late routes by 16 June.
> 3. JP to draft a new travel policy by the end of July.
"""


def test_a_chairs_reply_correcting_the_draft_action_list_is_applied_to_it():
    found = {s.title: s for s in outcomes_for(parse_outcomes(CORRECTED_DRAFT, meeting_date=HELD), HELD,
                                              lenient=True).suggestions}
    assert ticked(CORRECTED_DRAFT) == {
        "Circulate the route map by 18 June": ("BC", date(2027, 6, 18)),
        "Write to the operator about late routes by 16 June": ("Omar", date(2027, 6, 16)),  # Omar's, not NS's
    }
    taken_out = found["Draft a new travel policy by the end of July"]
    assert not taken_out.suggested
    assert taken_out.reason.startswith("The reply above the draft says this was not an action")
