"""Workstream notes in the layouts and tools people keep them in: an email's quick list above minutes that
close with their own list, an action update table with RAG ratings, a PDF's header cells broken in two, a
template's example row and guidance, a page of to-do boxes with mentions, an action handed on further down,
typed-up notes with a struck-out owner and "b4 1/2 term". Written in new words: none of this text is in the
scored corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.due import MEETING_IN_MONTH, read_due
from tracker.importer.owners import defined_initials
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 6)  # a Wednesday
NAMES = frozenset({"bea", "lowry", "kit", "marsh", "omar", "faraz", "ines", "tovey", "ravi", "kaur", "jo", "hale"})


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    meeting = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True)
    return {s.title: (s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested}


QUICK_LIST_EMAIL = """From: Bea Lowry <bea.lowry@eastvale.org.uk>
Date: Thu, 7 Oct 2027 09:10:00 +0100
Subject: Short breaks group - notes

Hi everyone, quick list first for those in a hurry:

QUICK ACTIONS
- Kit - holiday club places audit - by 15 Oct
- Omar - parent leaflet - end of October
- Ines - book the venue for the open day - 20 Oct

SHORT BREAKS GROUP
Wednesday 6 October 2027, Eastvale Hub

1. Holiday clubs
Kit reported that places fell this summer. The group will want to see where. Kit will count the places by
provider and bring them back.

2. Open day
Ines said the hall is free in November and she will hold a date.

ACTIONS
1. Kit Marsh to audit holiday club places by provider - by 22 Oct
2. Ines Tovey to book the hall for the open day - by 20 Oct
3. Ravi Kaur to ask the play service for its waiting list - by 29 Oct

Bea
"""


def test_an_emails_quick_list_gives_way_to_the_list_the_minutes_close_with():
    assert ticked(QUICK_LIST_EMAIL) == {
        "Audit holiday club places by provider - by 22 Oct": ("Kit Marsh", date(2027, 10, 22)),
        "Book the hall for the open day - by 20 Oct": ("Ines Tovey", date(2027, 10, 20)),
        "Ask the play service for its waiting list - by 29 Oct": ("Ravi Kaur", date(2027, 10, 29)),
    }


RAG_UPDATE = """Transport Workstream - Minutes
Wednesday 6 October 2027

1. Action update (RAG)
Key: G on track; A at risk; R overdue; B done.

Ref\tAction\tOwner\tDue\tRAG\tUpdate
TR-11\tSurvey parents on bus pick-up times\tKit Marsh\t30/09/27\tB\tDone, 41 replies.
TR-12\tPrice a second minibus\tOmar Faraz\t31/10/27\tA\tQuotes awaited.

2. New actions

Ref\tAction\tOwn er\tDue
N1\tWrite to the bus firm about late pick-ups\tInes Tovey\t20/10/27
N2\tShare the survey results with the parent forum\tKit Marsh\t27/10/27
"""


def test_an_action_update_table_with_rag_ratings_holds_no_new_actions():
    found = ticked(RAG_UPDATE)
    assert "Survey parents on bus pick-up times" not in found and "Price a second minibus" not in found


def test_a_header_cell_a_pdf_broke_in_two_still_names_its_column():
    found = ticked(RAG_UPDATE)
    assert found["Write to the bus firm about late pick-ups"] == ("Ines Tovey", date(2027, 10, 20))
    assert found["Share the survey results with the parent forum"] == ("Kit Marsh", date(2027, 10, 27))


TEMPLATE = """Youth Panel - Meeting Notes

[Guidance: fill in every section. Remove the grey text before sending.]

1. News from schools

- Northgate (Jo): the new quiet room opened and is busy at lunch.
- Parkside (Ravi): the sports day went well, thanks to all.

[Guidance: these are updates only, NOT actions. Actions go in the table below.]

2. Actions

WHEN\tWHO\tWHAT
e.g. 01/01\tName\tWhat needs doing
Fri 15 Oct\tJo Hale\tPrint the panel's poster for every school
"""


def test_a_templates_example_row_and_guidance_text_are_not_actions():
    assert ticked(TEMPLATE) == {"Print the panel's poster for every school": ("Jo Hale", date(2027, 10, 15))}


TO_DO_PAGE = """# Play Workstream – 6 October 2027

## Parks

- Omar: the parks team say the swings are council business, not ours.
- Kit will add the new map to the website – done in the meeting, live now ✅
- [ ]  @Omar Faraz ask the parks team for the accessible swing plans – by @October 20, 2027
- [ ]  @Kit Marsh check the changing places toilets list – by @October 27, 2027

## Clubs

- We'll want to look at the holiday club prices again in spring.
- [ ]  @Ravi Kaur collect club prices from the three providers – by @October 29, 2027

> **Update 8 October (Bea):** Ravi is away for two weeks. @Ines Tovey will do the club prices instead – same date.
"""


def test_a_page_of_to_do_boxes_keeps_its_actions_there_and_its_bullets_are_discussion():
    found = ticked(TO_DO_PAGE)
    assert set(found) == {
        "Ask the parks team for the accessible swing plans – by October 20, 2027",
        "Check the changing places toilets list – by October 27, 2027",
        "Collect club prices from the three providers – by October 29, 2027",
    }


def test_an_action_handed_on_further_down_the_page_is_the_new_owners():
    found = ticked(TO_DO_PAGE)
    assert found["Collect club prices from the three providers – by October 29, 2027"] == ("Ines Tovey", date(2027, 10, 29))


def test_an_owner_struck_out_and_another_written_beside_it_owns_the_line():
    notes = """PLAY GROUP - Wed 6/10/27 - notes typed up

2. Clubs
 - ~~KM~~ OF to ring the three clubs about prices by Fri
"""
    assert ticked(notes) == {"Ring the three clubs about prices by Fri": ("OF", date(2027, 10, 8))}


def test_half_term_shortened_in_notes_is_half_term():
    due = read_due("send the dates b4 1/2 term", date(2027, 1, 18))
    assert due is not None and due.on == date(2027, 2, 12)


def test_the_month_of_a_networks_meeting_is_that_meeting():
    due = read_due("bring an outline to the November network", HELD)
    assert due is not None and due.kind == MEETING_IN_MONTH


def test_initials_given_after_a_name_broken_over_two_lines_are_that_persons():
    text = "Present: Bea Lowry (BL), Chair; Ines\nTovey (IT), Head of Play; Kit Marsh (KM)."
    assert defined_initials(text, NAMES)["IT"] == "Ines Tovey"


def test_the_meetings_listed_after_the_next_one_date_an_action_due_at_them():
    notes = """Play Group - notes
Wednesday 6 October 2027

1. Clubs
Kit Marsh to bring the club prices for the December mtg.

5. Date of next meeting: Wednesday 3 November 2027, then Wednesday 8 December 2027.
"""
    assert ticked(notes) == {"Bring the club prices for the December mtg": ("Kit Marsh", date(2027, 12, 8))}


def test_an_owner_the_typist_could_not_read_is_the_one_their_note_names():
    notes = """PLAY GROUP - Wed 6/10/27 - typed up from Bea's pad

3. Parks
 - [illeg.] to ring the parks team about the swing
   [asked Bea 8/10 - this is OF, he said it at the end]
 - KM to tell the youth club [not a workstream action - the club isn't in the group]
"""
    assert ticked(notes) == {"Ring the parks team about the swing": ("OF", None)}


def test_a_row_carried_forward_from_the_log_is_not_new():
    table = """Play Group - notes
Wednesday 6 October 2027

Item\tNotes\tAction\tOwner\tBy when
1. Action log\tAction 3 still open.\tCarried forward (action 3)\tKM\tas per log
2. Parks\tSwings broken.\tOF to report the swings to the council\tOF\t20 Oct
"""
    assert ticked(table) == {"OF to report the swings to the council": ("OF", date(2027, 10, 20))}


def test_initials_the_typists_note_names_in_full_are_that_persons():
    notes = """PLAY GROUP - Wed 6/10/27 - typed up from Bea's pad

4. Clubs
 - IT to price the holiday club coaches by Fri
   [not Ian Turner - this is Ines Tovey, Bea confirmed]
"""
    assert list(ticked(notes).values()) == [("Ines Tovey", date(2027, 10, 8))]
