"""Trackers exported from task tools (a sheet tool's log of rows grouped under each meeting, a board's cards
with member ids, a list's owners as account strings, dates typed in the tool's own way): what the meeting
agreed, whose it is and when it is due. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.owners import Candidate, match_owner

NAMES = frozenset({"omar", "lewis", "bea", "cole", "kemi", "adams", "ravi", "owusu", "jo", "price"})


def found_for(found: dict, words: str) -> tuple:
    return next(value for title, value in found.items() if words.lower() in title.lower())


# A sheet tool's log: a row across it for each meeting (its first cell empty), the meeting's rows under it
GROUPED_LOG = """Transport Forum Log

Ref\tTask\tAssigned To\tDue Date\tStatus\tRaised At\tComments\tModified By
\tForum - 9 February 2028
TF-01\tMap the bus stops near the college\tomar.lewis@example.org\t01/03/2028\tComplete\t09/02/28\tDone.\tjo.price@example.org
\tForum - 12 April 2028
TF-05\tNOTED: escort training figures for the term\t\t\tNoted\t12/04/28\tNo action.\tjo.price@example.org
TF-06\tPrice a second minibus for the Friday run\tomar.lewis@example.org\t28/04/2028\tNot started\t12/04/28\t\tjo.price@example.org
TF-07\tAsk the college for its bell times\tkemi.adams@example.org\tw/c 10/04\tNot started\t12/04/28\t\tjo.price@example.org
TF-08\tBring the summer rota to the Forum\tbea.cole@example.org\tNext Forum\tNot started\t12/04/28\t\tjo.price@example.org
\tForum - 7 June 2028 (next meeting, Wednesday 7 June 2028, 14:00, Town Hall)

Sheet Info

Note\tDates in Modified are shown in the owner's format (MM/DD/YY).
"""


def test_a_rows_no_action_cell_does_not_make_it_the_header_of_the_rows_below():
    found = ticked_in(GROUPED_LOG, date(2028, 4, 12), NAMES)
    assert found_for(found, "second minibus") == ("omar.lewis@example.org", date(2028, 4, 28))


def test_next_meeting_dated_after_a_comma_dates_an_action_due_at_it():
    found = ticked_in(GROUPED_LOG, date(2028, 4, 12), NAMES)
    assert found_for(found, "summer rota") == ("bea.cole@example.org", date(2028, 6, 7))


def test_a_week_whose_friday_is_good_friday_is_due_on_its_thursday():
    found = ticked_in(GROUPED_LOG, date(2028, 3, 29), NAMES)  # Good Friday 2028 is 14 April
    assert found_for(found, "bell times") == ("kemi.adams@example.org", date(2028, 4, 13))


def test_a_date_format_in_brackets_is_no_ones_initials():
    found = suggested_in(GROUPED_LOG, date(2028, 4, 12), NAMES)
    assert not any(tick for title, (_owner, _due, tick) in found.items() if "owner's format" in title)


def test_an_address_with_a_number_or_a_tag_after_the_name_names_that_person():
    people = [Candidate(id=1, name="Ravi Owusu"), Candidate(id=2, name="Bea Cole")]
    assert match_owner("ravi.owusu3@nhs.example", people).person.name == "Ravi Owusu"
    assert match_owner("bea.cole.forum@mail.example", people).person.name == "Bea Cole"


# A list exported to CSV from a US-set site: its Person column as claims, its lookup as "id;#title" (the meeting,
# typed day first), its own dates month first
LIST_EXPORT = """ID,Title,Action Owner,Due Date,Status,Meeting,Notes,Created
7,Print the spring route maps,i:0#.f|membership|jo.price@example.org,3/30/2028,Completed,1;#Forum - 14/03/2028,Done.,3/14/2028 2:00 PM
12,Walk the new route with two families,i:0#.f|membership|omar.lewis@example.org,5/9/2028,Not Started,2;#Forum - 19/04/2028,,4/19/2028 3:10 PM
13,Order high-visibility vests for escorts,i:0#.f|membership|bea.cole@example.org,5/26/2028,Not Started,2;#Forum - 19/04/2028,,4/19/2028 3:15 PM
14,Run a Saturday taster ride,i:0#.f|membership|kemi.adams@example.org,,Proposed,2;#Forum - 19/04/2028,Kemi to ask her manager first.,4/19/2028 3:20 PM
"""


def test_a_lists_person_column_exported_as_claims_is_read_as_the_address():
    found = ticked_in(LIST_EXPORT, date(2028, 4, 19), NAMES)
    assert found_for(found, "vests for escorts")[0] == "bea.cole@example.org"


def test_a_lists_own_dates_are_month_first_beside_meeting_titles_typed_day_first():
    found = ticked_in(LIST_EXPORT, date(2028, 4, 19), NAMES)
    assert found_for(found, "new route with two families") == ("omar.lewis@example.org", date(2028, 5, 9))


def test_a_lists_item_only_proposed_is_not_ticked():
    found = suggested_in(LIST_EXPORT, date(2028, 4, 19), NAMES)
    assert found_for(found, "taster ride")[2] is False


# A board's export: a notes card that says the actions are the cards, its checklist of small actions agreed
BOARD = """{"name": "Transport Forum", "lists": [{"id": "l1", "name": "Meeting notes"}, {"id": "l2", "name": "New actions - 19/04"},
 {"id": "l3", "name": "Carried forward"}],
 "members": [{"id": "m1", "fullName": "Omar Lewis"}, {"id": "m2", "fullName": "Bea Cole"}, {"id": "m3", "fullName": "Kemi Adams"}],
 "cards": [
  {"id": "c1", "name": "19/04/28 - Forum notes", "idList": "l1", "idMembers": [], "due": null,
   "desc": "Notes are here; actions are the cards in New actions and the checklist below.\\n\\n**Routes**\\nOmar will ring the depot about the Friday driver. Bea to chase the escort rota."},
  {"id": "c2", "name": "Cost a second minibus for the Friday run", "idList": "l2", "idMembers": ["m1"],
   "due": "2028-05-18T23:00:00.000Z"},
  {"id": "c3", "name": "Review the bus stop map", "idList": "l3", "idMembers": ["m2"], "due": "2028-04-28T12:00:00.000Z"}],
 "checklists": [{"id": "k1", "idCard": "c1", "name": "Actions agreed 19/04",
   "checkItems": [{"id": "i1", "name": "Kemi to send the college the new pick-up times", "state": "incomplete",
                   "idMember": "m3", "due": "2028-05-05T11:00:00.000Z"}]}]}
"""


def test_a_checklist_filed_under_this_meetings_actions_is_ticked_beside_the_new_cards():
    found = ticked_in(BOARD, date(2028, 4, 19), NAMES)
    assert found_for(found, "new pick-up times") == ("Kemi Adams", date(2028, 5, 5))


def test_notes_that_say_the_actions_are_the_cards_give_none_of_their_own():
    found = suggested_in(BOARD, date(2028, 4, 19), NAMES)
    assert found_for(found, "ring the depot")[2] is False


def test_a_due_time_kept_in_utc_is_read_as_the_day_it_is_here():
    found = ticked_in(BOARD, date(2028, 4, 19), NAMES)  # 23:00 UTC in May: midnight, the next day, in Britain
    assert found_for(found, "second minibus") == ("Omar Lewis", date(2028, 5, 19))


# A board's workbook export: groups each under their own header, an item's subitems one cell in under a
# header of their own; the item's Notes may give the date its Due date cell leaves out
WORKBOOK_BOARD = """Transport Forum board

New - 19 April meeting
Name\tPerson\tStatus\tDue date\tNotes\tItem ID
Cost a second minibus for the Friday run\tOmar Lewis\tWorking on it\t2028-05-12\tFleet budget first.\t99001
\tSubitems\tOwner\tStatus\tDate
\tGet two quotes from the hire firms\tOmar Lewis\t\t2028-05-05
\tSend Omar last year's mileage figures\tBea Cole\t\t2028-04-28
Old bus shelter repair - with the highways team\t\tStuck\t2028-02-10\tNot ours to chase.\t99002
Find two parents for the route review\tKemi Adams\t\t\tShe needs the names before schools break up for Easter.\t99003
"""


def test_a_subitem_given_to_someone_else_is_an_action_of_its_own_one_of_the_items_owner_a_step_of_it():
    found = suggested_in(WORKBOOK_BOARD, date(2028, 4, 19), NAMES)
    assert found_for(found, "mileage figures") == ("Bea Cole", date(2028, 4, 28), True)
    assert not any("two quotes" in title for title in found)


def test_a_row_with_no_one_and_a_date_already_past_is_not_ticked():
    found = suggested_in(WORKBOOK_BOARD, date(2028, 4, 19), NAMES)
    assert found_for(found, "bus shelter")[2] is False


def test_notes_give_the_date_the_due_cell_leaves_out():
    found = ticked_in(WORKBOOK_BOARD, date(2029, 3, 14), NAMES)  # Good Friday 2029 is 30 March
    assert found_for(found, "two parents for the route review") == ("Kemi Adams", date(2029, 3, 29))


# A planner's workbook: a task left unassigned whose description says who took it on, and a notes sheet that
# says the actions are in the plan
PLANNER_BOOK = """Task Name\tBucket Name\tProgress\tAssigned To\tDue Date\tDescription
Cost a second minibus for the Friday run\tActions - 19 April meeting\tNot started\tOmar Lewis\t12/05/2028\t
Check the ramp on the small bus\tActions - 19 April meeting\tNot started\t\t\tUnassigned in the tool - Bea said in the meeting she'd pick this up.
Ring the college about the taster days\tActions - 19 April meeting\tNot started\tKemi Adams\t\tKemi to ring them before the May half term; no date typed in yet.

Meeting notes

Actions are in the plan - the bucket for this meeting holds what was agreed.
1. Routes. Omar will ask the depot about Friday drivers.
"""


def test_an_unassigned_task_whose_description_says_who_picked_it_up_is_theirs():
    found = ticked_in(PLANNER_BOOK, date(2028, 4, 19), NAMES)
    assert found_for(found, "ramp on the small bus")[0] == "Bea"


def test_a_notes_sheet_saying_the_actions_are_in_the_plan_gives_none_of_its_own():
    found = suggested_in(PLANNER_BOOK, date(2028, 4, 19), NAMES)
    assert found_for(found, "depot")[2] is False


def test_a_description_gives_the_date_a_task_without_one_is_due():
    found = ticked_in(PLANNER_BOOK, date(2028, 4, 19), NAMES)  # half term the week of 29 May 2028: the Friday before
    assert found_for(found, "taster days") == ("Kemi Adams", date(2028, 5, 26))


def test_a_description_saying_there_is_no_date_yet_gives_none():
    # (a pattern of the same name later in the module had hidden this one; now each has its own name)
    book = PLANNER_BOOK.replace("Kemi to ring them before the May half term; no date typed in yet.",
                                "Kemi to ring them, expected in June but no firm date.")
    found = ticked_in(book, date(2028, 4, 19), NAMES)
    assert found_for(found, "taster days") == ("Kemi Adams", None)
