"""Formal council and NHS governance papers: minutes whose action column holds only initials and a
short date, an executive's response to scrutiny recommendations (accepted rows are actions, with their
lead and timescale), a resolution that changes one row's timescale. Written here in new words, not
taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.tables import unstacked

HELD = date(2027, 4, 6)  # a Tuesday
NAMES = frozenset({"ruth", "bello", "kwame", "darko", "ines", "moreau", "hal", "finch"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


MARGIN_MINUTES = """Northvale Health Board - minutes of the meeting held in public on 6 April 2027

Present (voting members)

Ruth Bello\tChair\t(RB)
Kwame Darko\tDirector of Strategy\t(KD)
Ines Moreau\tNon-Executive Member\t(IM)

Minute\tItem\tACTION
27/041\tWorkforce report KD presented the report. IM asked for vacancies by profession. KD agreed that the dashboard will carry vacancy rates by profession from the Q2 2027/28 edition.\tKD Q2 2027/28
27/042\tEstates plan The Board asked KD to bring the revised estates plan to the June Board. IM will visit the two community hubs with the estates team. The Chair thanked members.\tKD 15/06/27 IM
"""


def test_an_action_column_of_initials_and_dates_gives_the_minutes_commitments_their_owners_and_dates():
    found = ticked(MARGIN_MINUTES)
    assert found["Bring the revised estates plan to the June Board"] == ("KD", date(2027, 6, 15))  # the column's date
    assert found["Visit the two community hubs with the estates team"] == ("IM", None)
    # initials the minute gives no commitment of their own: the last sentence naming them, due as the column says
    said = next(title for title in found if "vacancy rates by profession" in title)
    assert found[said] == ("KD", date(2027, 9, 30))


def test_an_attendance_table_under_present_with_a_note_in_brackets_is_who_came_not_actions():
    found = suggested(MARGIN_MINUTES)
    assert not [title for title in found if title in ("Chair", "Director of Strategy", "Non-Executive Member")]


def test_a_stacked_action_and_lead_column_takes_its_lead_from_the_words_and_leaves_wrapped_prose_whole():
    rows = [["No.", "Action and lead officer", "Timescale"],
            ["1", "The libraries team will add a quiet hour on Saturdays. Lead: Head of\nLibraries.", "June 2027"],
            ["2", "Parents have sat on the steering group since\nMarch 2026.", "Complete"]]
    table = unstacked(rows, is_date=lambda cell: cell.strip().endswith("2026."))
    assert table[0] == ["No.", "Action", "Owner", "Timescale"]  # no date stacked in it: no Due column
    assert table[1] == ["1", "The libraries team will add a quiet hour on Saturdays.", "Head of Libraries", "June 2027"]
    assert table[2] == ["2", "Parents have sat on the steering group since March 2026.", "", "Complete"]


RESPONSE_MINUTE = """Cabinet - minutes of the meeting held on 6 April 2027

57. LIBRARIES SCRUTINY REVIEW: EXECUTIVE RESPONSE
Councillor Finch presented the review. She proposed that the timescale for recommendation 2 be brought forward.
RESOLVED: That the executive response be approved, subject to the timescale for recommendation 2 being
amended from Q4 2027/28 to Q2 2027/28.

No.\tRecommendation\tExecutive response\tAction\tOwner\tTimescale
R1\tThat opening hours are reviewed.\tAccepted.\tReview Saturday opening hours with users\tHead of Libraries\t31 July 2027
R2\tThat the home library service is expanded.\tAccepted.\tExpand the home library service to 200 readers\tOutreach Manager\tQ4 2027/28
R3\tThat the Council buys a mobile library.\tNot accepted.\t-\t\t-
"""


def test_a_resolution_that_changes_one_recommendations_timescale_dates_its_row_and_proposing_it_is_no_action():
    found = suggested(RESPONSE_MINUTE)
    assert found["Review Saturday opening hours with users"] == ("Head of Libraries", date(2027, 7, 31), True)
    assert found["Expand the home library service to 200 readers"] == ("Outreach Manager", date(2027, 9, 30), True)
    proposal = [title for title, (_, _, tick) in found.items() if title.startswith("Bring forward the timescale")]
    assert proposal and not any(found[title][2] for title in proposal)


DISCUSSION_POINTS = """Cabinet - minutes of the meeting held on 6 April 2027

In discussion the following points were made:
(a) Councillor Bello asked Cabinet to reconsider recommendation 4. The Leader said the matter had been raised with the
regional office in January 2027 and an answer was awaited. Councillor Finch undertook to write to the regional director about rural bus routes.
(b) Councillor Darko asked about the timing of the consultation.
"""


def test_a_request_its_answer_then_an_undertaking_gives_the_undertaking_to_whoever_gave_it():
    found = ticked(DISCUSSION_POINTS)
    assert found["Write to the regional director about rural bus routes"] == ("Councillor Finch", None)
    assert "Reconsider recommendation 4" not in found
