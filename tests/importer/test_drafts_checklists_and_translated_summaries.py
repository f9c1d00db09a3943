"""Drafts, checklists and summaries that arrive messy: a Word draft whose comment threads were left in the
text, a notes app's checklist exported as text, a summary for families with its actions translated, a
workbook's tab for one meeting, and the owners and dates such writers use ("Dave L", "Me (Owen)", "the
council's Transport team", "schools break up on ...").
Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due
from tracker.importer.owners import Candidate, known_names, match_owner

HELD = date(2027, 5, 12)  # a Wednesday
PEOPLE = [Candidate(id=1, name="Tom Evans"), Candidate(id=2, name="David Lowe"), Candidate(id=3, name="Kerry Lang"),
          Candidate(id=4, name="Owen Reid"), Candidate(id=5, name="Sarah Khan", group_role="member"),
          Candidate(id=6, name="Sarah Kent"), Candidate(id=7, name="Mark Walsh"), Candidate(id=8, name="Mary Walker"),
          Candidate(id=9, name="Grace Adeyemi")]
NAMES = known_names(PEOPLE)


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


DRAFT_WITH_THREADS = """Youth Participation Group - 12 May 2027

3. Summer events

Tom to book the sports hall for the July fun day by 20 May. [Comment [KL1]: Kerry Lang 14/05/2027 – I don't think we \
agreed this, the school said it would book the hall itself.]  [Reply: Owen Reid 15/05/2027 – Agreed, leave it with the \
school.]

Owen to send the summer leaflet to every family by 28 May. [Comment [OR2]: Owen Reid 14/05/2027 – Can we say 4 June? \
The printer is slow.]  [Reply: Kerry Lang 15/05/2027 – Agreed.]
"""


def test_a_comment_thread_left_in_the_text_is_applied_to_its_line_and_read_no_further():
    found = suggested(DRAFT_WITH_THREADS)
    assert not any("Reply" in title or "Comment" in title for title in found)
    hall = next(title for title in found if title.startswith("Book the sports hall"))
    assert found[hall][2] is False  # "I don't think we agreed this"
    assert ticked(DRAFT_WITH_THREADS)["Send the summer leaflet to every family by 4 June"] == ("Owen", date(2027, 6, 4))


KEEP_EXPORT = """Parent forum planning – Wed 12th May

☐ me + Sam – draw up a rota for the stall at the carnival, send round by 21/5
☐ Dave L to email the venue about wheelchair access before half term
☐ Sarah K – check the interpreter can come on the 9th, by Mon 17th
☐ order biscuits for the stall 🍪

✓ 2 ticked items
☑ Tom to print the posters
☑ everyone to share the survey link

Labels: Forum
Owner: Kerry Lang <k.lang@example.org>
Collaborators: s.kent@example.gov.uk, t.evans@example.org
"""


def test_a_checklist_export_ticks_its_open_boxes_and_leaves_its_ticked_ones_done():
    found = suggested(KEEP_EXPORT)
    assert found["Print the posters"][2] is False
    assert found["Share the survey link"][2] is False
    assert not any(title.startswith(("Everyone", "☑")) for title in ticked(KEEP_EXPORT))


def test_me_in_a_shared_note_is_the_note_s_owner_and_a_joint_item_goes_to_the_first_named():
    rota = next(value for title, value in ticked(KEEP_EXPORT).items() if title.startswith("Draw up a rota"))
    assert rota == ("Kerry Lang", date(2027, 5, 21))


def test_a_first_name_and_initial_is_the_collaborator_whose_address_the_note_gives():
    interpreter = next(value for title, value in ticked(KEEP_EXPORT).items() if title.startswith("Check the interpreter"))
    assert interpreter[0] == "Sarah Kent"
    assert match_owner(interpreter[0], PEOPLE).person.name == "Sarah Kent"


def test_a_short_first_name_is_the_person_it_is_short_for():
    venue = next(value for title, value in ticked(KEEP_EXPORT).items() if title.startswith("Email the venue"))
    assert match_owner(venue[0], PEOPLE).person.name == "David Lowe"
    assert match_owner("Dave", PEOPLE).person.name == "David Lowe"
    assert match_owner("Thomas Evans", PEOPLE).person.name == "Tom Evans"
    found = ticked("Notes, 12 May 2027\n\nAgreed: Tom and Dave to rewrite the terms of reference by 30 June.\n")
    assert found["Rewrite the terms of reference by 30 June"] == ("Tom", date(2027, 6, 30))


ATTENDANCE_TABLE = """Transport Working Group, 12 May 2027

Present

Mary Walker\tMW\tHead of SEND
Mark Walsh\tMWa\tHead of Transport

2. Route changes

MWa to send the route letters to families by 9 July.
"""


def test_initials_beside_a_name_in_an_attendance_table_with_no_header_are_that_person():
    assert ticked(ATTENDANCE_TABLE)["Send the route letters to families by 9 July"] == ("Mark Walsh", date(2027, 7, 9))


FAMILY_SUMMARY = """What the Forum agreed – a summary for families
Meeting on Wednesday 12th May 2027
Who was there
Tom Evans and Kerry Lang from the Parent Carer Forum; Owen Reid (Preparing for Adulthood Lead) and
Grace Adeyemi (Head of Children's Therapies).
What the Forum decided
• Every meeting will now end with ten minutes for questions from parents.
• The Forum will keep meeting in the library.
What happens next
• Owen Reid will send the new transition guide to every Year 9 family by 30 June.
• Tom and Kerry from the Parent Carer Forum will hold a coffee morning about the guide before the end of the summer
term (schools break up on Wednesday 21st July).
• The council's Transport team will publish the new bus times before the summer holidays.
• Grace Adeyemi's team will phone every family on the therapy waiting list by 25 June.
Resumen en español – Qué pasa ahora
• Owen Reid va a enviar la nueva guía a todas las familias de Year 9 antes del 30 de junio.
• Tom y Kerry, del Parent Carer Forum, van a organizar un café con las familias antes del fin del trimestre.
• El equipo de Transporte del council va a publicar los nuevos horarios de los autobuses.
"""


def test_a_summary_s_actions_translated_for_families_are_not_more_to_do():
    found = ticked(FAMILY_SUMMARY)
    assert found["Send the new transition guide to every Year 9 family by 30 June"] == ("Owen Reid", date(2027, 6, 30))
    assert not any(" va a " in title or " van a " in title for title in found)
    assert len(found) == 4


def test_a_heading_under_the_names_of_those_there_still_heads_its_list():
    found = suggested(FAMILY_SUMMARY)
    assert found["Every meeting will now end with ten minutes for questions from parents"][2] is False


def test_owners_named_with_where_they_are_from_and_whose_team_they_are():
    found = ticked(FAMILY_SUMMARY)
    coffee = next(value for title, value in found.items() if title.startswith("Hold a coffee morning"))
    assert coffee == ("Tom", date(2027, 7, 21))  # the term's end the summary gives
    bus = next(value for title, value in found.items() if title.startswith("Publish the new bus times"))
    assert bus[0] == "Transport team"
    phone = next(value for title, value in found.items() if title.startswith("Phone every family"))
    assert match_owner(phone[0], PEOPLE).person.name == "Grace Adeyemi"


WORKBOOK_TAB = """12 May 27

Inclusion Working Group
Wed 12th May 2027, Teams

April actions – update
Ref\tAction (from April)\tWho\tDue\tUpdate 12/5
A1\tDraft the parent letter\tOwen\t30/04/2027\tDone. Close
A2\tMap the nurture groups\tKerry\t07/05/2027\tNot done – now with Tom, by 28/05

Notes
Item\tDiscussion
1\tWe would hope, over time, to see every school run a nurture group.
2\tAgreed the council's Inclusion team will triage the waiting list within ten working days.
"""


def test_a_workbook_tab_s_update_on_last_month_s_actions_holds_no_new_ones():
    found = suggested(WORKBOOK_TAB)
    assert found["Draft the parent letter"][2] is False
    assert found["Map the nurture groups"][2] is False


def test_agreed_before_a_team_that_will_triage_is_that_team_s_action_and_a_hope_is_not():
    found = ticked(WORKBOOK_TAB)
    assert found["Triage the waiting list within ten working days"] == ("Inclusion team", date(2027, 5, 26))
    assert not any("hope" in title.lower() for title in found)


def test_me_with_a_name_in_brackets_is_that_person():
    found = ticked("Notes, 12 May 2027\n\nActions\n- Me (Owen) - redraw the catchment map by 2027-06-04.\n")
    assert found["Redraw the catchment map by 2027-06-04"] == ("Owen", date(2027, 6, 4))


def test_a_month_after_affected_by_is_no_deadline_and_a_summary_line_s_last_part_says_when():
    due = read_due("Mark to write to the families affected by the September timetable changes by 2nd June.", HELD)
    assert due is not None and due.on == date(2027, 6, 2)
    due = read_due("Sam - print the programmes for the 3rd of June fair - end of next week", HELD)
    assert due is not None and due.on == date(2027, 5, 21)
    due = read_due("Sam to print the programmes for the 3rd of June fair by the end of next week.", HELD)
    assert due is not None and due.on == date(2027, 5, 21)


LAST_MINUTES = """Youth Participation Group - 12 May 2027

2. Minutes of 14 April 2027 and action log

- Kerry to chase the bus company for the new timetable.
- B07 (OR – transition guide) – first draft written, final after the June panel. Keep open.

3. Transport

Tom asked for the Board to see bus complaints broken down by route. Kerry explained this was not possible yet. The chair
said it could be picked up outside the meeting; no action for the Board.

Owen to send the route map to the college by 30 May; no further action needed from the Board.
"""


def test_the_last_meeting_s_actions_under_its_minutes_item_and_a_log_s_reference_are_no_new_actions():
    found = suggested(LAST_MINUTES)
    assert found["Chase the bus company for the new timetable"][2] is False
    assert not any(title.startswith(("B07", "First draft")) and tick for title, (_o, _d, tick) in found.items())


def test_a_paragraph_ending_no_action_for_the_board_leaves_its_request_unticked():
    found = ticked(LAST_MINUTES)
    assert not any("broken down by route" in title for title in found)
    assert any(title.startswith("Send the route map to the college") and value == ("Owen", date(2027, 5, 30))
               for title, value in found.items())


PDF_ACTION_SUMMARY = """Transition Subgroup - notes 12 May 2027

Action summary
No. Action Owner By
1 Send the revised transition booklet to the Year 9 Transition Team 04/06/27
families
2 Book the college taster day for the SENCo network OR 28/05/27
3 Survey of parents on travel training KL / TE Next mtg
"""


def test_a_pdf_s_action_table_copied_as_words_is_read_by_its_last_cells_and_its_wrapped_lines():
    found = ticked(PDF_ACTION_SUMMARY)
    assert found["Send the revised transition booklet to the Year 9 families"] == ("Transition Team", date(2027, 6, 4))
    assert found["Book the college taster day for the SENCo network"] == ("OR", date(2027, 5, 28))
    assert found["Survey of parents on travel training"][0] == "KL"


def test_a_month_s_ht_in_a_log_is_its_half_term_and_ht_alone_is_no_date():
    assert read_due("Oct HT", HELD, whole_cell=True).on == date(2027, 10, 22)
    assert read_due("HT to sign off the bid", HELD) is None
