"""The chair's view on the home page: each number counts exactly the rows its link shows, and the
page sends the same number of queries however many rows there are."""
from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

import pytest

from tracker.actions.models import ActionStatus
from tracker.actions.schedule import working_days_late
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import Decision, MinutesStatus
from tracker.nudges.models import NudgeStep


@pytest.fixture
def board(make_person, make_group, make_action, make_meeting, today):
    """A Board chaired by Jordan, a sub-group under it, and another group Jordan does not chair."""
    chair = make_person(role="chair", name="Jordan Reid")
    owner = make_person(name="Sam Owner")
    board = make_group("SEND Board", chair=chair)
    sub = make_group("Preparing for adulthood", parent_id=board.id)
    other = make_group("Somebody else's group")
    make_meeting(board, today + timedelta(days=7))
    rows = {
        "late": make_action(owner=owner, group=board, due=today - timedelta(days=21), title="Late at the Board"),
        "sub_late": make_action(owner=owner, group=sub, due=today - timedelta(days=3), title="Late below"),
        "soon": make_action(owner=owner, group=sub, due=today + timedelta(days=3), title="Due before we meet"),
        "after": make_action(owner=owner, group=board, due=today + timedelta(days=30), title="Due after"),
        "elsewhere": make_action(owner=owner, group=other, due=today - timedelta(days=9), title="Not chaired"),
        "closed": make_action(owner=owner, group=board, due=today - timedelta(days=9), title="Done late",
                              status=ActionStatus.COMPLETED, outcome="Done",
                              closed_at=datetime.now(UTC)),
        "own": make_action(owner=chair, group=board, due=today - timedelta(days=2), title="Jordan's own"),
    }
    db.session.add(NudgeStep(kind="escalation", subject_id=rows["late"].id, recipient_id=chair.id,
                             counted_from=rows["late"].due_on, step=5, sent_on=today))
    db.session.add(NudgeStep(kind="overdue", subject_id=rows["sub_late"].id, recipient_id=owner.id,
                             counted_from=rows["sub_late"].due_on, step=1, sent_on=today))
    waiting = Input(what="Nobody has answered me", group=board, status=InputStatus.RECEIVED)
    db.session.add_all([waiting, Input(what="Being looked at", group=board, status=InputStatus.BEING_LOOKED_AT),
                        Input(what="Someone else's", group=other, status=InputStatus.RECEIVED)])
    draft = make_meeting(board, today - timedelta(days=30), minutes="We met and talked")
    make_meeting(board, today - timedelta(days=60), minutes="Approved ones", minutes_status=MinutesStatus.APPROVED)
    make_meeting(board, today - timedelta(days=90))  # no minutes written: nothing to approve
    no_action = Decision(meeting=draft, text="A guide will be written")
    with_action = Decision(meeting=draft, text="The pilot will run")
    db.session.add_all([no_action, with_action])
    db.session.flush()
    rows["after"].decision_id = with_action.id
    db.session.commit()
    return {"chair": chair, "board": board, "sub": sub, "rows": rows, "input": waiting, "draft": draft}


def _chair_view(page: str) -> dict[str, tuple[int, str | None]]:
    """label -> (count, link) as the chair's view shows them."""
    found = {}
    for label, count, value in re.findall(
            r'<dt class="govuk-summary-list__key">\s*([^<]+?)\s*</dt>\s*<dd class="govuk-summary-list__value">\s*'
            r'<span data-count="(\d+)">(.*?)</span>', page, re.S):
        link = re.search(r'href="([^"]+)"', value)
        found[label] = (int(count), html.unescape(link.group(1)) if link else None)
    return found


def test_a_chair_sees_what_needs_a_look_and_each_number_opens_exactly_those_rows(client, auth, board, today,
                                                                                listed):
    auth.login(board["chair"])
    page = client.get("/").get_data(as_text=True)
    view = _chair_view(page)
    rows = board["rows"]
    longest = working_days_late(rows["late"].due_on, today)
    assert f"3 overdue, the longest by {longest} working days" in page
    assert view["Overdue actions"][0] == 3
    assert set(listed(view["Overdue actions"][1].split("?", 1)[1])) == {
        rows["late"].id, rows["sub_late"].id, rows["own"].id}
    assert view["Escalated to you"][0] == 1
    assert listed(view["Escalated to you"][1].split("?", 1)[1]) == [rows["late"].id]
    assert view["Due by the next meeting"][0] == 1
    assert listed(view["Due by the next meeting"][1].split("?", 1)[1]) == [rows["soon"].id]
    assert view["Input with no reply yet"][0] == 1
    inputs = client.get(view["Input with no reply yet"][1]).get_data(as_text=True)
    assert f'/inputs/{board["input"].id}"' in inputs and inputs.count('<tr class="govuk-table__row">') == 2
    assert view["Minutes to approve"][0] == 1
    meetings = client.get(view["Minutes to approve"][1]).get_data(as_text=True)
    assert f'/meetings/{board["draft"].id}"' in meetings and meetings.count('<tr class="govuk-table__row">') == 2
    assert view["Decisions with no action yet"] == (
        1, f"/decisions?group={board['board'].id}&without_actions=1")
    # A chair who owns actions still sees their own.
    assert "1 overdue</strong>" in page


def test_a_chair_with_nothing_waiting_is_told_so_and_others_see_no_chair_view(client, auth, make_person,
                                                                              make_group):
    chair = make_person(role="chair")
    make_group("Quiet group", chair=chair)
    auth.login(chair)
    page = client.get("/").get_data(as_text=True)
    assert "Groups you chair" in page and "Nothing is overdue or waiting for you." in page
    auth.logout()
    auth.login(make_person())
    assert "Groups you chair" not in client.get("/").get_data(as_text=True)


def test_a_champion_who_co_chairs_sees_no_internal_counts(client, auth, make_person, make_group, make_action, today):
    champion = make_person(role="champion")
    group = make_group(chair=champion)
    make_action(group=group, due=today - timedelta(days=5))
    auth.login(champion)
    assert "Groups you chair" not in client.get("/").get_data(as_text=True)


def test_the_chair_view_sends_the_same_queries_whatever_the_rows(client, auth, board, make_action, make_group,
                                                               make_meeting, count_queries, today):
    auth.login(board["chair"])

    def queries_with(extra: int) -> int:
        for number in range(extra):
            group = make_group(f"Chaired {number}-{extra}", chair=board["chair"], parent_id=board["board"].id)
            make_action(group=group, due=today - timedelta(days=number + 1))
            make_meeting(group, today + timedelta(days=3))
        with count_queries() as counted:
            assert client.get("/").status_code == 200
        return counted.count

    assert queries_with(1) == queries_with(12)


def test_the_chair_view_itself_is_five_queries(app, board, count_queries, today):
    from tracker.core.dates import utcnow
    from tracker.reports.chair_view import chaired_groups

    chair = board["chair"]
    assert chair.id  # loaded before counting
    with count_queries() as counted:
        chaired = chaired_groups(chair, today=today, now=utcnow())
    assert [group.name for group in chaired] == ["SEND Board"] and counted.count == 5
