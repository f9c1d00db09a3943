"""Lists and project tools exported whole: a SharePoint list's CSV with a US site's dates, a Jira
CSV with its Summary and Description, and a project tool's JSON export with sections and subtasks.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

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
