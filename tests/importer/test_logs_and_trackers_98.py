"""Action logs and trackers of the kinds met in the ninety-eighth held-out batch: a follow-up log whose
first date column says when something happened (a visit, an audit) and whose later "By" column says when
the action is due, and a log whose Status cell says a row is not an action of the group's at all. Written
here in new words, not taken from the batch."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 11, 10)  # a Wednesday
NAMES = frozenset({"rosa", "lind", "dev", "patel", "maya", "cole"})


def suggested(text: str) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, HELD, NAMES)


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


VISIT_LOG = """Nursery inclusion visits - follow-up log
Reviewed at the follow-up meeting on 10/11/2027.

No\tSetting\tVisit date\tWhat we saw\tAgreed action\tWho\tBy\tNotes\tStatus
1\tLittle Acorns\t03/05/2027\tNo SEN policy on display\tPut the SEN policy on the parents' noticeboard\tRosa Lind\t26/11/2027\tHalf done\tIn progress
2\tBrook Lane\t17/05/2027\tNo record of outside agency advice\tKeep a log of advice from speech therapy\tDev Patel\t14/01/2028\tStarted\tOpen
3\tHill Top\t24/05/2027\tKey person changes often\tName a second key person for each child with SEN\tMaya Cole\t10/12/2027\tAgreed today\tOpen
"""


def test_a_visit_date_before_the_by_column_is_not_the_due_date():
    found = ticked(VISIT_LOG)
    assert found["Put the SEN policy on the parents' noticeboard"] == ("Rosa Lind", date(2027, 11, 26))
    assert found["Keep a log of advice from speech therapy"] == ("Dev Patel", date(2028, 1, 14))
    assert found["Name a second key person for each child with SEN"] == ("Maya Cole", date(2027, 12, 10))


AUDIT_LOG = """Ref\tAudit date\tAction\tOwner\tTarget date\tStatus
A1\t12/09/2027\tRefresh the one-page profiles for the Year 6 group\tRosa Lind\t03/12/2027\tOpen
A2\t12/09/2027\tUpdate the accessibility plan\tDev Patel\t17/12/2027\tOpen
"""


def test_an_audit_date_column_gives_way_to_the_target_date_column():
    found = ticked(AUDIT_LOG)
    assert found["Refresh the one-page profiles for the Year 6 group"] == ("Rosa Lind", date(2027, 12, 3))
    assert found["Update the accessibility plan"] == ("Dev Patel", date(2027, 12, 17))


STATUS_SAYS_NOT_OURS = """Ref\tAction\tOwner\tDue\tStatus
S1\tSend the transition checklist to every Year 11 tutor\tRosa Lind\t26/11/2027\tOpen
S2\tHead of Centre starting a leadership course in spring\tDev Patel\tMarch 2028\tNot a group action
S3\tA single referral form for all therapies\tMaya Cole\t-\tNot taken forward
S4\tCheck the EHCP review dates against the tracker\tMaya Cole\t03/12/2027\tOpen
"""


def test_a_status_saying_a_row_is_not_an_action_leaves_it_unticked():
    found = suggested(STATUS_SAYS_NOT_OURS)
    assert found["Send the transition checklist to every Year 11 tutor"][2]
    assert found["Check the EHCP review dates against the tracker"][2]
    assert not found["Head of Centre starting a leadership course in spring"][2]
    assert not found["A single referral form for all therapies"][2]


def test_a_status_of_not_an_audit_action_is_read_the_same_way():
    text = STATUS_SAYS_NOT_OURS.replace("Not a group action", "Not an audit action")
    assert not suggested(text)["Head of Centre starting a leadership course in spring"][2]
