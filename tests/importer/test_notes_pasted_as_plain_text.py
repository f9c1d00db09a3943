"""Workstream and sub-group notes pasted as plain text: a clerk's Item | Minute | Action table pasted one row
a line with the owner's initials in the last cell, and the other kinds of paste a partnership's notes come in.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"gwen", "pryce", "owen", "tate", "lena", "moss", "rhys", "hale", "ada", "finch"})


def owner_and_due(found: dict, words: str) -> tuple[str, date | None]:
    return next(value[:2] for title, value in found.items() if words.lower() in title.lower())


CLERKS_TABLE = """MINUTES OF THE SHORT BREAKS TASK GROUP HELD ON TUESDAY 9 MARCH 2027

PRESENT:
Gwen Pryce (GP)\tChair
Owen Tate (OT)\tCommissioning Officer
Lena Moss (LMo)\tSocial Worker
Ada Finch (AF)\tParent Representative

ITEM\tMINUTE\tACTION
1.\tPLAYSCHEMES
\t1.1\tOT set out the Easter playscheme bookings so far.\t
\t1.2\tMembers talked about the wait for places. It was agreed that the group would map the unused sessions across the borough, for the May meeting.\tAF / OT
\t1.3\tLMo to write to the families on the waiting list by 26 March.\tLMo
2.\tNEXT MEETING
\tTuesday 11 May 2027, 2pm.\t
"""


def test_a_clerks_table_pasted_one_row_a_line_reads_each_row_and_not_the_discussion():
    found = suggested_in(CLERKS_TABLE, HELD, NAMES)
    assert owner_and_due(found, "families on the waiting list") == ("Lena Moss", date(2027, 3, 26))
    assert not any(tick for title, (_, _, tick) in found.items() if "bookings" in title.lower())


def test_the_action_cell_names_the_owner_over_the_group_in_the_sentence():
    found = ticked_in(CLERKS_TABLE, HELD, NAMES)
    assert owner_and_due(found, "unused sessions") == ("Ada Finch", date(2027, 5, 11))


OUTLOOK_NOTES = """From: Pryce, Gwen <gwen.pryce@example.org>
Sent: 09 March 2027 15:20
To: Tate, Owen <owen.tate@example.org>; Hale, Rhys <rhys.hale@example.org>
Subject: Respite sub-group - notes from today

Hi all, quick notes from this morning below.

Overnight breaks
·         Occupancy at the Oak Lodge unit is 71 per cent over the winter, down from 80.
          Staffing remains the main limit on the nights we can offer.
·         Owen said families keep asking about weekend slots in the summer holidays.
          Agreed we should look at it. Owen to cost two extra weekend nights a month -
          ACTION OT by 26 March
·         Rhys and my finance partner (Dilys) to check the overnight budget line against
          the invoices from the provider.

Next meeting - Tues 13th April. Rhys to chair as I'm away.

Gwen
"""


def test_an_outlook_bullets_wrapped_lines_are_that_bullet_and_its_statements_are_not_actions():
    found = suggested_in(OUTLOOK_NOTES, HELD, NAMES)
    assert owner_and_due(found, "extra weekend nights") == ("Owen", date(2027, 3, 26))
    assert not any(tick for title, (_, _, tick) in found.items() if "occupancy" in title.lower() or "asking" in title.lower())


def test_someone_brought_in_by_role_and_then_name_owns_their_part():
    found = ticked_in(OUTLOOK_NOTES, HELD, NAMES)
    assert owner_and_due(found, "overnight budget line")[0] == "Rhys"


def test_who_chairs_the_next_meeting_is_not_an_action():
    found = suggested_in(OUTLOOK_NOTES, HELD, NAMES)
    assert owner_and_due(found, "weekend nights")[0] == "Owen"
    assert not any(tick for title, (_, _, tick) in found.items() if "chair" in title.lower())


PHONE_NOTES = """Play and leisure sub group
Tuesday, 9 March 2027

(my notes - Gwen)

1. summer scheme
- Owen booking the sports hall at the leisure centre for the August week
- Rhys doing the risk assessment before the scheme opens
- [ ] TODO me: email the swimming pool about a quiet session

Routine items (not on the action log):
- termly spend report to the panel - Owen
- register of volunteers - Rhys - April
"""


def test_a_note_of_who_is_doing_what_names_the_owner_and_keeps_the_words_as_written():
    found = outcomes_for(parse_outcomes(PHONE_NOTES, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    booking = next(each for each in found if "sports hall" in each.title.lower())
    assert (booking.owner_text, booking.suggested) == ("Owen", True)
    assert "Owen booking the sports hall" in booking.source
    assert owner_and_due(ticked_in(PHONE_NOTES, HELD, NAMES), "risk assessment")[0] == "Rhys"


def test_a_to_do_tag_after_an_open_box_leaves_the_writer_as_owner():
    assert owner_and_due(ticked_in(PHONE_NOTES, HELD, NAMES), "swimming pool")[0] == "Me"


def test_a_list_the_writer_keeps_off_the_action_log_is_not_ticked():
    found = suggested_in(PHONE_NOTES, HELD, NAMES)
    assert owner_and_due(found, "risk assessment")[0] == "Rhys"
    assert not any(tick for title, (_, _, tick) in found.items() if "spend report" in title.lower() or "volunteers" in title.lower())


def test_someone_going_to_a_session_is_attending_it_not_given_a_task():
    notes = PHONE_NOTES.replace("- Rhys doing the risk assessment before the scheme opens\n",
                                "- Rhys doing the risk assessment before the scheme opens\n"
                                "- Owen going to the youth forum on 20 March, will report back\n")
    found = ticked_in(notes, HELD, NAMES)
    assert not any("youth forum" in title.lower() for title in found)
    assert owner_and_due(found, "risk assessment")[0] == "Rhys"
