"""Action trackers and task tools' exports (eleventh session): a task tool's raw API answer, a workbook
log with a guidance sheet and a sheet of closed actions, a base's grid export linking rows to several
meetings, a sheet typed by several people in their own date formats, and a progress tracker with an
update column for each meeting. Written here in new words, not taken from the corpus."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import MEETING_IN_MONTH, read_due

HELD = date(2027, 5, 19)  # a Wednesday
NAMES = frozenset({"gina", "lowe", "bilal", "khan", "nia", "rowe", "dev", "shah", "anita", "patel", "anne", "price"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


def _task(name: str, assignees: list[str], due: str | None, created: str, status: str = "to do",
          kind: str = "open") -> dict:
    return {"id": name[:6], "name": name, "text_content": "", "description": "",
            "status": {"status": status, "type": kind, "orderindex": 1},
            "date_created": created, "creator": {"id": 1, "username": "Dev Shah"},
            "assignees": [{"id": 2, "username": each, "initials": "".join(w[0] for w in each.split())} for each in assignees],
            "watchers": [{"id": 1, "username": "Dev Shah"}], "due_date": due, "parent": None, "tags": []}


API_ANSWER = json.dumps({"tasks": [
    _task("Hall fair - notes", [], None, "1810721100000", "complete", "closed")
    | {"text_content": "Fair planning meeting 19 May 2027.\nPresent: Dev Shah, Gina Lowe, Nia Rowe.\n\n"
                       "- Stalls list agreed, twenty tables in the main hall.\n- Raffle idea parked for this year."},
    _task("Order the stall signs", ["Gina Lowe"], "1812078000000", "1810721100000"),
    _task("Ring round the volunteers", ["Nia Rowe", "Bilal Khan"], "1811473200000", "1810721100000", "in progress", "custom"),
    _task("Ask the school about parking", ["Bilal Khan"], None, "1810721100000"),
    _task("Print the April flyers", ["Gina Lowe"], "1811473200000", "1808301600000"),
], "last_page": True}, indent=2)


def test_a_task_tools_api_answer_is_read_by_its_assignees_and_its_dates_in_milliseconds():
    found = ticked(API_ANSWER)
    assert found["Order the stall signs"] == ("Gina Lowe", date(2027, 6, 4))  # the assignee, not Dev who made it
    assert found["Ring round the volunteers"] == ("Nia Rowe", date(2027, 5, 28))  # the first of its two
    assert found["Ask the school about parking"] == ("Bilal Khan", None)


def test_a_task_tools_notes_task_and_tasks_made_at_an_earlier_meeting_are_not_this_meetings():
    found = ticked(API_ANSWER)
    assert "Print the April flyers" not in found  # made on 21 April
    assert not any("Raffle" in title or "Stalls list" in title for title in found)  # the notes task's discussion


WORKBOOK = """Guidance

Owner key
AP\tDr Anita Patel\tCommunity paediatrician
GL\tGina Lowe\tFair lead

Meeting schedule 2027 (Wednesdays, 6pm, village hall)
21/04/2027\theld
19/05/2027\theld
16/06/2027
14/07/2027

Open

Ref\tDate raised\tAction\tOwner\tTarget date\tUpdate
Raised at meeting of 21 April 2027
F-07\t21/04/2027\tFind a first aider for the day\tGL\t30/04/2027\tStill looking.
Raised at meeting of 19 May 2027
F-11\t19/05/2027\tWrite the accessibility note for the fair leaflet\tAP\tNext meeting\tNew
F-12\t19/05/2027\tConfirm the quiet room with the caretaker\tGL\t28/05/2027\tNew

Closed

Hall fair working group – COMPLETED ACTIONS (kept for the record)
Ref\tDate raised\tAction\tOwner\tTarget date\tClosing note
Closed at meeting of 19 May 2027
F-02\t24/03/2027\tBook the bouncy castle\tGL\t16/04/2027\tBooked, deposit paid.
F-05\t21/04/2027\tSend the sponsor letter to local shops\tAP\t07/05/2027\tSent 5 May.
"""


def test_an_owner_key_under_its_own_heading_says_who_initials_are_and_drops_the_title():
    owner, _ = ticked(WORKBOOK)["Write the accessibility note for the fair leaflet"]
    assert owner == "Anita Patel"  # "AP" here is Dr Anita Patel, not Anne Price


def test_next_meeting_is_dated_by_the_schedule_on_another_sheet():
    assert ticked(WORKBOOK)["Write the accessibility note for the fair leaflet"][1] == date(2027, 6, 16)


def test_a_sheet_of_completed_actions_holds_none_of_this_meetings_to_do():
    found = ticked(WORKBOOK)
    assert "Book the bouncy castle" not in found
    assert "Send the sponsor letter to local shops" not in found
    assert found["Confirm the quiet room with the caretaker"] == ("Gina Lowe", date(2027, 5, 28))


GRID_VIEW = """\ufeffTask,Meeting,Owner,Status,Due,Notes,Created
Find a raffle prize donor,"Fair group – 21 Apr 2027,Fair group – 19 May 2027",Bilal Khan,In progress,31/5/2027,Two shops asked so far.,21/4/2027 6:40pm
Draft the fair risk assessment,"Fair group – 21 Apr 2027,Fair group – 19 May 2027",Nia Rowe,Not started,4/6/2027,Re-assigned 19/05 from Gina to Nia as Gina is away in June.,21/4/2027 6:45pm
Put the fair on the council's events page,Fair group – 19 May 2027,Dev Shah,Not started,26/5/2027,,19/5/2027 7:02pm
Count the spare gazebos,Fair group – 19 May 2027,Gina Lowe,Not started,,Needed for the 16 Jun meeting.,19/5/2027 7:10pm
Thank the sponsors,Fair group – 21 Apr 2027,Dev Shah,Done,30/4/2027,,21/4/2027 6:50pm
"""


def test_a_row_linked_to_this_meeting_and_an_earlier_one_was_raised_at_the_earlier_one():
    found = ticked(GRID_VIEW)
    assert "Find a raffle prize donor" not in found  # carried on
    assert found["Draft the fair risk assessment"] == ("Nia Rowe", date(2027, 6, 4))  # handed on today
    assert found["Put the fair on the council's events page"] == ("Dev Shah", date(2027, 5, 26))


def test_a_blank_due_date_takes_the_dated_meeting_its_notes_say_it_is_needed_for():
    assert ticked(GRID_VIEW)["Count the spare gazebos"] == ("Gina Lowe", date(2027, 6, 16))


SHARED_SHEET = """HALL FAIR – ACTION SHEET,,,,,
#,Date added,Action,Who,Due,Status
4,21/04/2027,Ask the scouts to run the car park,Dev Shah,30/04/2027,Done
7,46526,Collect the float from the bank,Bilal Khan,46568,Not started
8,5/19/2027,Print the stall map,Gina Lowe,6/14/2027,Not started
9,19 May,Test the PA system,Nia Rowe,wk 23,Not started
10,19/05/2027,Parish council's own review of hall charges,Parish council,,Noted
11,21/04/2027,Ask about a licence for the bar,Dev Shah,07/05/2027,Done
"""


def test_a_sheet_typed_by_several_people_reads_each_rows_dates_as_typed():
    found = ticked(SHARED_SHEET)
    assert found["Collect the float from the bank"] == ("Bilal Khan", date(2027, 6, 30))  # Excel's day numbers
    assert found["Print the stall map"] == ("Gina Lowe", date(2027, 6, 14))  # this row typed month first
    assert found["Test the PA system"] == ("Nia Rowe", date(2027, 6, 11))  # the Friday of week 23


def test_a_sheets_earlier_and_noted_rows_are_not_actions():
    found = ticked(SHARED_SHEET)
    assert "Ask the scouts to run the car park" not in found
    assert "Parish council's own review of hall charges" not in found


PROGRESS_TRACKER = """Hall fair plan – progress tracker (updated at the meeting on 19 May 2027)

Ref\tPlan item\tLead\tTarget\tUpdate – 21 Apr 2027\tUpdate – 19 May 2027
1\tStalls and layout\tGL\tJune 2027\tGina to measure the hall by May.\tLayout agreed. NEW ACTION: Bilal to print twenty table numbers by 4 June.
2\tVolunteers\tNR\tJune 2027\tRota started.\tNine volunteers so far. Going well.
3\tPublicity\tDS\tMay 2027\tPoster drafted.\tPosters up in the library. Nia said she would ask the parish newsletter about a free advert.
4\tCatering\tGL\tJune 2027\tQuotes in.\tCafe booked. Dev offered to bake for the cake stall if needed – not needed, the WI are doing it.
"""


def test_a_tracker_with_an_update_column_for_each_meeting_takes_only_this_meetings_new_work():
    found = ticked(PROGRESS_TRACKER)
    assert found["Print twenty table numbers by 4 June"] == ("Bilal", date(2027, 6, 4))
    assert not any("measure the hall" in title for title in found)  # April's, done then
    assert "Volunteers" not in found and "Publicity" not in found  # the plan's own rows


def test_a_tracker_updates_promise_said_is_the_speakers_and_an_offer_not_needed_is_no_action():
    found = ticked(PROGRESS_TRACKER)
    assert found["Ask the parish newsletter about a free advert"] == ("Nia", None)
    assert not any("bake" in title for title in found)


def test_work_taken_to_a_named_body_in_a_month_is_due_at_its_meeting_then():
    due = read_due("Nia to take the hall budget to the Finance Committee in July", HELD)
    assert due.kind == MEETING_IN_MONTH and (due.month.year, due.month.month) == (2027, 7)
