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


DECISION_SESSION = """Decision Session - Executive Member for Housing

Tuesday, 6th April, 2027 2.00 pm

Decisions - the decisions will come into force at 5.00 pm on Wednesday 14 April 2027 unless called in. Any call-in must be submitted to Democratic Services by 4.00 pm on Tuesday 13 April 2027.

12. Declarations of Interest

The Executive Member was asked to declare any personal or prejudicial interests. None were declared.

13. Public Participation

A tenant spoke on item 14. She asked that tenants see the repairs timetable before it is published.

14. Estate Improvement Programme

In response to the points raised:

- The Assistant Director, Housing and Neighbourhoods agreed to meet the tenants' association within the next fortnight.

Resolved:

i. That the outcome of the survey be noted.
ii. That the improvement programme be approved, and that the Director of Place publish the works notice on 20 April 2027.
"""


def test_a_decision_sessions_call_in_notice_and_declarations_are_procedure_and_its_resolution_carries_the_notice():
    found = suggested(DECISION_SESSION)
    assert not [title for title, (_, _, tick) in found.items() if tick and ("call-in" in title or "interests" in title)]
    assert not [title for title in found if "tenants see the repairs timetable" in title and found[title][2]]
    assert found["Publish the works notice on 20 April 2027"] == ("the Director of Place", date(2027, 4, 20), True)


def test_a_job_title_with_its_service_after_a_comma_is_one_owner():
    found = ticked(DECISION_SESSION)
    assert found["Meet the tenants' association within the next fortnight"] == (
        "The Assistant Director, Housing and Neighbourhoods", date(2027, 4, 20))


HIGHLIGHT_REPORT = """Highlight Report to the Inclusion Board

Board date\tTuesday 6 April 2027

4. Activities planned for next period (1 April - 28 May 2027)

Ref\tActivity\tLead\tDue\tBoard outcome
4.1\tTrain lunchtime supervisors in de-escalation\tKD\tw/c 19 Apr
4.2\tRun the parent survey on exclusions\tInclusion Manager\tend of summer term*\tAgreed.
4.3\tRewrite the managed move protocol\tHead of Inclusion\t30/04/27\tNot to proceed this period - paused pending the new guidance.

* Northvale schools' summer term ends on Wednesday 21 July 2027.

5. Risks and issues

ID\tDescription\tScore\tMitigation\tOwner
R4.1\tToo few alternative provision places\t16\tCommissioning of six extra places\tHead of Inclusion

7. Board comments

The Chair asked that the next report includes suspension data by year group. KD, for the June Board (08/06/27). Hal Finch offered to provide the data if it is needed.
"""


def test_a_highlight_reports_board_outcomes_stop_a_row_and_its_footnote_and_risks_are_not_actions():
    found = suggested(HIGHLIGHT_REPORT)
    assert found["Train lunchtime supervisors in de-escalation"] == ("KD", date(2027, 4, 23), True)  # this April's week
    assert found["Run the parent survey on exclusions"] == ("Inclusion Manager", date(2027, 7, 21), True)  # the footnote's day
    assert found["Rewrite the managed move protocol"][2] is False  # "Not to proceed" typed in by the Board
    ticks = [title for title, (_, _, tick) in found.items() if tick]
    assert not [title for title in ticks if "summer term ends" in title or "alternative provision" in title
                or "provide the data" in title]


def test_initials_and_a_date_after_a_request_make_it_theirs():
    found = ticked(HIGHLIGHT_REPORT)
    title = next(title for title in found if "suspension data by year group" in title)
    assert found[title] == ("KD", date(2027, 6, 8))


def test_an_ampersand_in_a_job_title_matches_the_title_written_with_and():
    from tracker.importer.owners import Candidate, match_owner
    people = [Candidate(1, "Hal Finch", "Data and Insight Manager", ("Northvale Council",), "member")]
    assert match_owner("Data & Insight Manager", people).person.name == "Hal Finch"
