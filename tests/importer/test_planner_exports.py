"""A task board exported to CSV (Planner, Trello and the like): every meeting's tasks on one board,
filed in buckets named by meeting; quoted descriptions that run over lines; a task nobody has
picked up yet. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.documents import text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 6, 8)
EXPORT = """Task ID,Task Name,Bucket Name,Progress,Assigned To,Start Date,Due Date,Completed Date,Description
a1,Agree the respite booking rules,Panel 13/04/27,In progress,Lee Ward,,30/06/2027,,"Started in April,
still with legal."
a2,Book the hall for the parents' evening,Panel 13/04/27,Completed,Kim Boyd,,01/05/2027,29/04/2027,Booked.
b1,Send the panel's terms of reference to providers,Panel 08/06/27,Not started,Kim Boyd,09/06/2027,18/06/2027,,"Use the
version agreed today, not the April draft."
b2,Check the waiting list figures with the data team,Panel 08/06/27,Not started,,,25/06/2027,,Nobody has picked this up yet.
c1,Quarterly provider survey,Standing items,Not started,Lee Ward,,,,Every quarter.
"""


def test_only_this_meetings_bucket_is_new_and_a_description_may_run_over_lines():
    text = text_from_upload("board.csv", EXPORT.encode())
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD, lenient=True)
    ticked = [(s.title, s.owner_text, s.due.on) for s in meeting.suggestions if s.suggested]
    assert ticked == [
        ("Send the panel's terms of reference to providers", "Kim Boyd", date(2027, 6, 18)),
        ("Check the waiting list figures with the data team", "", date(2027, 6, 25)),  # unassigned, yet a task
    ]
    earlier = next(s for s in meeting.suggestions if s.title.startswith("Agree the respite booking rules"))
    assert not earlier.suggested and "Panel 13/04/27" in earlier.reason
    assert not any("April draft" in s.title or "still with legal" in s.title for s in meeting.suggestions)


def test_with_no_bucket_for_this_meeting_every_open_task_is_suggested():
    """A board exported before any task was filed under this meeting: nothing marks rows as old."""
    text = text_from_upload("board.csv", EXPORT.replace("Panel 08/06/27", "Panel 11/05/27").encode())
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD, lenient=True)
    titles = [s.title for s in meeting.suggestions if s.suggested]
    assert "Agree the respite booking rules" in titles and "Send the panel's terms of reference to providers" in titles


def test_an_excel_log_under_open_actions_holds_as_new_only_the_rows_raised_at_this_meeting():
    from tests.importer.test_documents import excel_log

    held = date(2027, 6, 9)
    meeting = outcomes_for(parse_outcomes(text_from_upload("log.xlsx", excel_log()), meeting_date=held), held,
                           lenient=True)
    found = {s.title: (s.suggested, s.owner_text, s.due_on, s.reason.split(".")[0]) for s in meeting.suggestions}
    assert found == {
        "Review the route costs": (False, "Omar Lewis", date(2027, 4, 30), "Date raised “10/03/2027”: not this meeting's"),
        "Write to the operator": (True, "Bea Cole", date(2027, 7, 31), "A row of an action table"),
    }  # the merged title is a heading, not "Inclusion group"'s action


def test_under_open_actions_the_rows_raised_at_this_meeting_are_new_and_the_rest_are_the_log():
    held = date(2027, 6, 9)
    text = ("Open actions\n\nRef\tDate raised\tAction\tLead\tTarget date\n"
            "7\t10/03/2027\tReview the route costs\tOmar Lewis\t30/04/2027\n"
            "9\t09/06/2027\tWrite to the operator\tBea Cole\t30/06/2027\n")
    meeting = outcomes_for(parse_outcomes(text, meeting_date=held), held, lenient=True)
    assert {s.title: s.suggested for s in meeting.suggestions} == {
        "Review the route costs": False, "Write to the operator": True}
    every_row_old = text.replace("09/06/2027\tWrite", "11/05/2027\tWrite")
    meeting = outcomes_for(parse_outcomes(every_row_old, meeting_date=held), held, lenient=True)
    assert not any(s.suggested for s in meeting.suggestions)  # an earlier meeting's log, all of it
