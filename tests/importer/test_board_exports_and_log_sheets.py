"""Task boards and action logs exported whole: a Trello board's lists and checklists, a monday.com board's
groups and subitems, a log workbook's Open, Closed and Key sheets, columns marking new and re-opened rows,
rows pasted from trackers with different date habits, and a row's notes that say who or when (the
eleventh session). Written here in new words, not taken from the corpus."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 6, 9)  # a Wednesday
NAMES = frozenset({"anne", "price", "anita", "patel", "sarah", "kent", "khan", "liam", "porter", "kerry", "lang",
                   "owen", "reid", "mary", "walker", "ruth", "hill", "grace", "adeyemi", "priya", "shah", "helen",
                   "brooks", "yusuf", "okafor", "tom", "evans"})


def suggested(text: str) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, HELD, NAMES)


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


BOARD = {
    "name": "Transport Working Group",
    "members": [{"id": "m1", "fullName": "Liam Porter"}, {"id": "m2", "fullName": "Kerry Lang"},
                {"id": "m3", "fullName": "Owen Reid"}],
    "lists": [{"id": "l1", "name": "Agreed at meeting 09/06/27"}, {"id": "l2", "name": "Doing"},
              {"id": "l3", "name": "Notes"}],
    "cards": [
        {"id": "c1", "name": "Count the pupils travelling over an hour each way", "idList": "l1", "idMembers": ["m1"],
         "due": "2027-06-30T12:00:00.000Z", "desc": ""},
        {"id": "c2", "name": "Refresh the travel training leaflet", "idList": "l2", "idMembers": ["m2"],
         "due": "2027-07-16T12:00:00.000Z", "desc": "From the April meeting. Date moved, still with Kerry."},
        {"id": "c3", "name": "Agree escort training dates with the provider", "idList": "l2", "idMembers": ["m3"],
         "due": "2027-07-23T12:00:00.000Z", "desc": "Reassigned to Owen at today's meeting (it was Kerry's)."},
        {"id": "c4", "name": "Notes of the June meeting", "idList": "l3", "idMembers": ["m2"], "idChecklists": ["k1"],
         "desc": "Everyone came. We talked about the minibus and the survey."},
    ],
    "checklists": [{"id": "k1", "idCard": "c4", "name": "Follow-ups 09/06", "checkItems": [
        {"name": "Finance team to cost a second minibus", "state": "incomplete", "idMember": None, "due": None},
        {"name": "Kerry – send the parent survey link", "state": "incomplete", "idMember": "m2",
         "due": "2027-06-18T12:00:00.000Z"}]}],
}


def test_a_trello_boards_cards_are_this_meetings_by_their_list_or_checklist_or_when_handed_on_at_it():
    found = suggested(json.dumps(BOARD, indent=1))
    assert found["Count the pupils travelling over an hour each way"] == ("Liam Porter", date(2027, 6, 30), True)
    assert found["Agree escort training dates with the provider"] == ("Owen Reid", date(2027, 7, 23), True)
    assert not found["Refresh the travel training leaflet"][2]  # carried on in "Doing", re-dated, same owner
    assert not found["Notes of the June meeting"][2]
    assert found["Cost a second minibus"] == ("Finance team", None, True)  # its own words name who acts
    assert found["Kerry – send the parent survey link"][2]


GROUPED = """Transport Working Group – tracker,,,,,
,,,,,
Agreed 09/06/2027,,,,,
Name,Subitems,Person,Status,Date,Notes
Survey families about the new pick-up times,,Kerry Lang,Working on it,2027-06-25,
Escort training follow ups,"Book the trainer, Tell the schools",,,,Parent item
Subitems,Name,Owner,Status,Date,
,Book the trainer,Owen Reid,Not started,2027-06-21,
,Tell the schools,Liam Porter,Not started,2027-06-28,
Map the routes over an hour,,Liam Porter,Not started,2027-07-09,
,,,,,
Still open from earlier meetings,,,,,
Name,Subitems,Person,Status,Date,Notes
Rewrite the appeals letter,,Mary Walker,Working on it,2027-07-30,No change
Update the policy page,,Owen Reid,Working on it,2027-07-02,09/06: re-assigned from Kerry to Owen
,,,,,
Done,,,,,
Name,Subitems,Person,Status,Date,Notes
Book the hall,,Kerry Lang,Done,2027-05-01,
"""


def test_a_board_exported_group_by_group_reads_its_groups_and_its_subitems_as_rows():
    found = suggested(GROUPED)
    assert found["Book the trainer"] == ("Owen Reid", date(2027, 6, 21), True)
    assert found["Tell the schools"] == ("Liam Porter", date(2027, 6, 28), True)
    assert found["Map the routes over an hour"] == ("Liam Porter", date(2027, 7, 9), True)
    assert found["Update the policy page"] == ("Owen Reid", date(2027, 7, 2), True)  # handed on at this meeting
    assert not found["Rewrite the appeals letter"][2]  # another group's, unchanged
    assert not found["Book the hall"][2]
    assert "Subitems" not in found


LOG_WORKBOOK = """Open

Inclusion Group – Action Log
Ref\tDate raised\tAction\tLead\tDue\tUpdate
IG-04\t12/05/2027\tAudit the part-time timetables\tSK\t30/06/2027\tClosed 12/05. Re-opened 09/06: two schools missing.
IG-05\t12/05/2027\tDraft the inclusion charter\tAP\t31/07/2027\tOn track.
IG-07\t09/06/2027\tAsk heads for their exclusion figures\tAP\t25/06/2027\tNew
IG-08\t09/06/2027\tBring the audit findings to the group\tSK\tNext IG\tNew

Closed

Inclusion Group – Action Log: CLOSED
Ref\tDate raised\tAction\tLead\tDue\tDate closed
IG-01\t10/03/2027\tBook the training venue\tSK\t31/03/2027\t12/05/2027
IG-02\t10/03/2027\tCirculate the terms of reference\tAP\t31/03/2027\t12/05/2027

Key

Initials
SK\tSarah Kent, School Improvement Adviser (Council)
AP\tDr Anita Patel, Consultant Community Paediatrician (Trust)

Type
A\tAction
D\tDecision (for the record)
N\tNoted

IG meeting dates 2027 (Wednesdays, 2pm, Town Hall)
IG 27/3\t12/05/2027
IG 27/4\t09/06/2027
IG 27/5\t14/07/2027
"""


def test_a_log_workbooks_closed_sheet_its_key_of_initials_and_codes_and_its_meeting_dates():
    found = suggested(LOG_WORKBOOK)
    assert found["Audit the part-time timetables"] == ("Sarah Kent", date(2027, 6, 30), True)  # re-opened today
    assert found["Ask heads for their exclusion figures"] == ("Anita Patel", date(2027, 6, 25), True)
    assert found["Bring the audit findings to the group"] == ("Sarah Kent", date(2027, 7, 14), True)  # next IG
    assert not found["Draft the inclusion charter"][2]
    assert not found["Book the training venue"][2]  # on the closed sheet
    assert not found["Circulate the terms of reference"][2]
    assert not any(tick for title, (_, _, tick) in found.items() if "Decision" in title or title == "Noted")


MARKED_LOG = """Ref\tRaised\tAction\tOwner\tDue\tStatus\tNew or re-opened this meeting?
H-02\t14/04/2027\tConfirm the funding letter covers next year\tGrace Adeyemi\t30/07/2027\tRe-opened\tRE-OPENED
H-03\t14/04/2027\tPublish the pathway leaflet\tGrace Adeyemi\t28/05/2027\tOpen\t
H-06\t09/06/2027\tWrite to GPs about the referral route\tLiam Porter\t02/07/2027\tOpen\tNEW
"""


def test_a_column_marking_new_and_re_opened_rows_makes_those_this_meetings():
    found = suggested(MARKED_LOG)
    assert found["Confirm the funding letter covers next year"][2]
    assert found["Write to GPs about the referral route"][2]
    assert not found["Publish the pathway leaflet"][2]


MIXED_DATES = """Ref,Source,Raised,Action,Owner,Due,Status
A-1,Council,2027-06-09,Send the budget paper to the forum,Priya Shah,2027-06-23,Open
B-1,Trust,06/09/2027,Confirm the therapy hours for the new base,Grace Adeyemi,07/16/2027,Open
C-1,Schools,09/06/2027,Collect the attendance figures,Helen Brooks,02/07/2027,Open
C-0,Schools,14/05/2027,Ask the cluster about transport,Helen Brooks,30/05/2027,Complete
"""


def test_rows_pasted_from_a_us_tracker_beside_uk_rows_are_each_read_their_own_way():
    assert ticked(MIXED_DATES) == {
        "Send the budget paper to the forum": ("Priya Shah", date(2027, 6, 23)),
        "Confirm the therapy hours for the new base": ("Grace Adeyemi", date(2027, 7, 16)),
        "Collect the attendance figures": ("Helen Brooks", date(2027, 7, 2)),
    }


NOTES_SAY = """Name,Assignee,Status,Due,Notes
Return the grant monitoring form,,Not started,"July 30, 2027",Pat Hughes (our treasurer) will complete; Tom to countersign.
Book the summer venue,Tom Evans,Not started,"June 25, 2027",Hold runs out soon.
"""

PLANNER = """Task Name\tBucket Name\tAssigned To\tDue date\tDescription
Agree the advice standard with the Trust\tBoard 09/06/2027\tYusuf Okafor\t\tAgreed 09/06. Come back to the next panel (14 July) with a draft.
Write to the colleges about taster days\tBoard 12/05/2027\tMary Walker\t12/05/2027\tNot done. Re-assigned to Ruth Hill today, send by 18/06
"""


def test_a_rows_notes_say_who_does_it_when_no_one_is_assigned_and_when_it_comes_back():
    assert suggested(NOTES_SAY)["Return the grant monitoring form"][0] == "Pat Hughes"
    found = suggested(PLANNER)
    assert found["Agree the advice standard with the Trust"] == ("Yusuf Okafor", date(2027, 7, 14), True)
    # handed on here, its date already past: by the date said with the hand-over
    assert found["Write to the colleges about taster days"] == ("Ruth Hill", date(2027, 6, 18), True)
