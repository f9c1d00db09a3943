"""Case and clinical records: a family support review form set out as tables, a clinical system's
report of an MDT's outcomes, a panel's decision log, a school's review workbook. Written here in new
words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 11, 10)  # a Wednesday
NAMES = frozenset({"omar", "haddad", "bex", "tariq", "rosa", "lane"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


CASE_REVIEW_FORM = """Child in Need Review - Record of Meeting

Child\tElla Brook, Year 1, Hillcrest Infants
Lead worker\tBex Tate, Family Practitioner
Date of this review\tWednesday 10/11/2027, Hillcrest Infants

Part 2 - Review of the plan agreed on 15/09/2027

No.\tWhat we said we would do\tWho\tBy when\tWhat happened
1\tApply for a blue badge for the family car\tBex\t30/09/27\tDone - badge arrived in October
2\tBook a hearing test at the audiology clinic\tDad\t20/10/27\tNot done yet - see new plan

Part 3 - What we decided

CIN team to continue at the same level. No need to step up to a child protection plan.
School will ask the nurse for a health check - everyone agreed.

Part 4 - Our plan from today

No.\tWhat needs to happen\tWho will do it\tBy when
1\tBook the hearing test again and take Ella to it\tDad\t26/11/27
2\tShare the new reading targets with home\tTariq Bell (class teacher)\tbefore the Christmas break (Fri 17/12)
"""


def test_a_review_forms_last_plan_is_not_this_meetings_and_its_plan_is():
    found = suggested(CASE_REVIEW_FORM)
    # the table under "Review of the plan agreed on 15/09/2027" is the last review's plan, looked back on
    assert found["Apply for a blue badge for the family car"][2] is False
    assert found["Book a hearing test at the audiology clinic"][2] is False
    plan = ticked(CASE_REVIEW_FORM)
    again = next(title for title in plan if title.startswith("Book the hearing test again"))
    assert plan[again] == ("Dad", date(2027, 11, 26))
    # a period a rule would date, with the day itself in brackets: the day written
    assert plan["Share the new reading targets with home"] == ("Tariq Bell (class teacher)", date(2027, 12, 17))


def test_a_forms_what_we_decided_section_holds_decisions_and_a_plan_continuing_is_no_task():
    found = suggested(CASE_REVIEW_FORM)
    # under "Part 3 - What we decided", the case staying at its level is what was decided, not something to do
    assert found["Continue at the same level"] == ("CIN team", None, False)


MDT_REPORT = """Report:,Clinic Outcomes - Complex Feeding MDT
Run by:,ROSA LANE,Run date:,10/11/2027 17:05
Attendees:,"Dr T Haddad (Cons Paed); R Lane (Coordinator, notes)"
Next MDT:,Wed 08/12/2027 09:30 (referrals by Wed 01/12)

Meeting Date,Ref,Outcome,Action,Action Owner,Target Date,Action Status
10/11/2027,CF-201,Reviewed,Arrange a home visit with the dietitian,Omar Haddad,24/11/2027,Open
10/11/2027,CF-207,Deferred,Chase the swallow study results,Coordinator,Next MDT,Open
10/11/2027,CF-204,Reviewed,Write to the GP about the new feed plan,TH,17/11/2027,Open
10/11/2027,CF-209,Reviewed,Send the weight chart to the health visitor,Coordinator,19/11/2027 (next clinic),Open
"""


def test_a_reports_next_meeting_line_dates_a_target_cell_that_names_it():
    found = ticked(MDT_REPORT)
    assert found["Arrange a home visit with the dietitian"] == ("Omar Haddad", date(2027, 11, 24))
    # "Next MDT" in the target cell: the day the report's own "Next MDT:" line gives
    assert found["Chase the swallow study results"] == ("Coordinator", date(2027, 12, 8))
    # "TH" is the "Dr T Haddad" the report lists, whoever else in the partnership has those initials
    assert found["Write to the GP about the new feed plan"] == ("Dr T Haddad", date(2027, 11, 17))
    # a written day with its occasion in brackets: the day
    assert found["Send the weight chart to the health visitor"] == ("Coordinator", date(2027, 11, 19))


PANEL_LOG = """Funding panel 10/11/2027 - decisions and actions

Case\tDecision\tAction\tOwner\tBy
FP-12\tDEFERRED\tGet an updated therapy report for the panel\tRosa Lane\tsubmission deadline
FP-13\tAGREED\tSend the agreement to the provider\tTariq\t19/11/2027

The submission deadline for the December panel (15/12/2027) is Monday 06/12/2027. Late papers go to January.
"""


def test_a_deadline_the_log_defines_dates_a_due_cell_that_names_it():
    found = ticked(PANEL_LOG)
    assert found["Get an updated therapy report for the panel"] == ("Rosa Lane", date(2027, 12, 6))
    assert found["Send the agreement to the provider"] == ("Tariq", date(2027, 11, 19))


RUNNING_LOG = """Running action log - updated at each panel

No.\tRaised\tAction\tOwner\tDue\tStatus\tUpdate 10/11/27
7\t13/10/27\tMap the respite beds used this year\tRosa Lane\t31/10/27\tOpen - REASSIGNED\tRosa is on leave until January. Panel agreed this now sits with Omar Haddad, due 01/12/27.
"""


def test_a_log_row_that_now_sits_with_someone_else_is_theirs_by_the_new_date():
    found = ticked(RUNNING_LOG)
    assert [each for title, each in found.items() if title.startswith("Map the respite beds")] == \
        [("Omar Haddad", date(2027, 12, 1))]


REVIEW_GRID = """Hillcrest Infants - Intervention Review, Autumn 2027

LA news\tThe LA will publish the new banding guide in January. Nothing for us to do until it arrives.

Intervention\tYear\tStaff\tPupils\tSessions\tImpact\tComments
Phonics catch-up\tY1\tMrs Lane\t6\t4 x 15 min\tGreen\tFive of six pupils now secure in phase 3. OH to move the group onto phase 4 books from Monday 15 November. The sixth pupil is being assessed by the EP.
Social skills group\tY2\tMr Bell\t5\t1 x 30 min\tAmber\tTwo pupils joined late after half term. Sessions ran as planned. Group ends at Christmas with no further action.
Fine motor circle\tR\tMrs Tate\t8\t3 x 10 min\tGreen\tGood gains in pencil grip. Parents asked for the home pack. Rosa to send the home pack to all eight families by Friday 19 November.
"""


def test_a_review_grids_comments_give_the_actions_they_name_with_their_own_owners():
    found = suggested(REVIEW_GRID)
    ticked_now = {title: (owner, due) for title, (owner, due, tick) in found.items() if tick}
    # the sentence in the comments that says who will do what, not the staff member the row names
    assert ticked_now["Move the group onto phase 4 books from Monday 15 November"] == ("OH", date(2027, 11, 15))
    assert ticked_now["Send the home pack to all eight families by Friday 19 November"] == ("Rosa", date(2027, 11, 19))
    # a comment that names no one to do anything says how it went
    assert not any(title.startswith("Two pupils joined late") for title in ticked_now)
    # another body's plan, with "Nothing for us to do until it arrives" after it
    assert not any("banding guide" in title for title in ticked_now)
    assert len(ticked_now) == 2


PARENT_VIEWS = """Annual review - parent's views and what happens next

Dad asked about a sensory room at home. The occupational therapist explained this is a grant application, not
something the review can agree. Dad will think about whether he wants to apply.
Bex will send Dad the grant leaflet by Friday 12 November.
"""


def test_a_parent_who_will_think_about_whether_to_do_something_has_not_taken_it_on():
    found = ticked(PARENT_VIEWS)
    assert not any("apply" in title.lower() for title in found)
    assert found["Send Dad the grant leaflet by Friday 12 November"] == ("Bex", date(2027, 11, 12))
