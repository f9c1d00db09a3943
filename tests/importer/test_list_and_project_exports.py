"""Lists and project tools exported whole: a SharePoint list's CSV with a US site's dates, a Jira
CSV with its Summary and Description, and a project tool's JSON export with sections and subtasks.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 5, 19)  # a Wednesday
NAMES = frozenset({"gina", "lowe", "bilal", "khan", "nia", "rowe", "dev", "shah"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


LIST_EXPORT = """\ufeffTitle,Ref,Meeting Date,Type,Assigned To,Due Date,Status,Updates,Item Type,Path
Book the hall for the parents' fair,HF-04,4/21/2027,Action,gina.lowe@example.org,5/3/2027,Completed,[5/2/2027 Gina Lowe] Booked.,Item,sites/Fair/Lists/Log
Write the volunteers' rota,HF-05,4/21/2027,Action,nia.rowe@example.org,6/4/2027,In Progress,"[4/21/2027 Dev Shah] Bilal to do it.
[5/19/2027 Dev Shah] Reassigned to Nia Rowe (Bilal is away). New due date agreed.",Item,sites/Fair/Lists/Log
Order the stall signs,HF-06,4/21/2027,Action,bilal.khan@example.org,5/28/2027,In Progress,[5/19/2027 Dev Shah] On track.,Item,sites/Fair/Lists/Log
Ask the library for the side room,HF-07,5/19/2027,Action,gina.lowe@example.org,6/1/2027,Not Started,,Item,sites/Fair/Lists/Log
Send the invitation to local schools,HF-08,5/19/2027,Action,bilal.khan@example.org,,Not Started,Due date left blank - by the end of May.,Item,sites/Fair/Lists/Log
Fair to run on a Saturday this year,HF-09,5/19/2027,Decision,dev.shah@example.org,,Noted,Agreed by all.,Item,sites/Fair/Lists/Log
Too few volunteers for the afternoon,HF-10,5/19/2027,Risk,dev.shah@example.org,,Monitoring,Watch the sign-ups.,Item,sites/Fair/Lists/Log
"""


def test_a_lists_export_is_read_by_its_title_with_its_us_dates_day_first():
    found = ticked(LIST_EXPORT)
    assert found["Ask the library for the side room"] == ("gina.lowe@example.org", date(2027, 6, 1))  # not 6 January
    assert "Item" not in found  # its "Item Type" column says what kind of list row, not the task


def test_a_lists_earlier_rows_decisions_and_risks_are_not_this_meetings_actions():
    found = ticked(LIST_EXPORT)
    assert "Order the stall signs" not in found  # an April row, only "On track" now
    assert "Fair to run on a Saturday this year" not in found
    assert "Too few volunteers for the afternoon" not in found
    assert found["Write the volunteers' rota"] == ("nia.rowe@example.org", date(2027, 6, 4))  # handed on at this meeting


def test_a_due_date_left_blank_takes_the_date_its_update_gives():
    assert ticked(LIST_EXPORT)["Send the invitation to local schools"] == ("bilal.khan@example.org", date(2027, 5, 31))


JIRA_EXPORT = """Summary,Issue key,Issue Type,Status,Assignee,Created,Due date,Description,Comment
Fix the booking form's date picker,FR-31,Task,To Do,Dev Shah,19/May/27 10:02 AM,28/May/27 12:00 AM,The picker shows last year on phones.,
Fair website refresh,FR-20,Epic,In Progress,Nia Rowe,02/Apr/27 9:00 AM,,Holds the work on the website.,
Add the map to the fair page,FR-22,Story,In Progress,Gina Lowe,14/Apr/27 3:10 PM,30/Jun/27 12:00 AM,Carried on; not discussed.,
Move the sign-up page to the new site,FR-24,Task,In Progress,Bilal Khan,14/Apr/27 3:15 PM,11/Jun/27 12:00 AM,Needs the new template.,19/May/27 11:40 AM;5c1a;Reassigned to Bilal at the group today - new date 11 June.
"""


def test_a_jira_export_is_read_by_its_summary_and_its_epics_are_not_actions():
    found = ticked(JIRA_EXPORT)
    assert found["Fix the booking form's date picker"] == ("Dev Shah", date(2027, 5, 28))
    assert "Fair website refresh" not in found  # an epic holds the work
    assert "Add the map to the fair page" not in found  # created at April's meeting, not this one's
    assert found["Move the sign-up page to the new site"] == ("Bilal Khan", date(2027, 6, 11))  # handed on today


def _project_task(name: str, who: str | None, due: str | None, created: str, notes: str = "", *,
                  done: bool = False, subtasks: list | None = None) -> dict:
    task = {"gid": name[:6], "assignee": {"gid": "77", "name": who} if who else None, "completed": done,
            "created_at": f"{created}T09:15:00.000Z", "due_on": due, "name": name, "notes": notes,
            "memberships": [{"section": {"name": "Fair planning"}}], "resource_type": "task"}
    return {**task, "subtasks": subtasks} if subtasks is not None else task


PROJECT_EXPORT = json.dumps({"data": [
    _project_task("Print the programme", "Gina Lowe", "2027-06-04", "2027-05-19", subtasks=[
        _project_task("Proofread the programme", "Dev Shah", "2027-05-28", "2027-05-19"),
        _project_task("Get three printing quotes", "Gina Lowe", "2027-05-20", "2027-05-19", done=True)]),
    _project_task("Plan the first aid cover", None, "2027-06-11", "2027-05-19",
                  "Owner: Events Lead (away today, Dev will tell her). Back to the next meeting with the plan."),
    _project_task("Sort the car park layout", "Bilal Khan", "2027-06-18", "2027-04-21",
                  "Apr meeting: Nia to draw it up.\n19 May meeting: owner changed from Nia Rowe to Bilal Khan."),
    _project_task("Update the fair's web page", "Nia Rowe", "2027-06-02", "2027-04-21", "Update 19 May: on track."),
    _project_task("Should the fair charge for entry next year?", None, None, "2027-05-19",
                  "Raised by a member under any other business and not agreed, left for the autumn planning day."),
]}, indent=2)


def test_a_project_tools_export_reads_its_subtasks_and_leaves_out_what_is_done_or_from_before():
    found = ticked(PROJECT_EXPORT)
    assert found["Print the programme"] == ("Gina Lowe", date(2027, 6, 4))
    assert found["Proofread the programme"] == ("Dev Shah", date(2027, 5, 28))  # a subtask
    assert "Get three printing quotes" not in found  # completed
    assert "Update the fair's web page" not in found  # created at April's meeting, only "on track" now
    assert found["Sort the car park layout"] == ("Bilal Khan", date(2027, 6, 18))  # handed on at this meeting


def test_a_project_task_left_unassigned_takes_the_owner_its_notes_name_and_its_notes_are_not_minutes():
    found = ticked(PROJECT_EXPORT)
    assert found["Plan the first aid cover"] == ("Events Lead", date(2027, 6, 11))
    assert not any("autumn" in title or "Dev will tell" in title for title in found)  # notes, not actions
