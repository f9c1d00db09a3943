"""A champion sees what their own group agreed to do, as a summary (title, the owner's role, due
date, status, what came of it), and nothing of another group's actions (README, "Permissions")."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.conftest import london_today
from tests.meetings.conftest import page_text
from tracker import permissions
from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.extensions import db
from tracker.people.models import User

LAST_WEEK = london_today() - timedelta(days=7)


@pytest.fixture
def network(make_person, make_group, make_meeting, make_action, make_organisation):
    """The Network of SEND Champions met last week and agreed two actions; the SEND Board met too."""
    council = make_organisation(name="Example Borough Council", short_name="the council")
    aisha = make_person(role="champion", name="Aisha Khan")
    owner = make_person(name="Ruth Adeyemi", job_title="Designated Clinical Officer", organisation=council)
    network = make_group(name="Network of SEND Champions", lead=make_person(role="lead"), members=[aisha])
    board = make_group(name="SEND Board", members=[owner])
    met = make_meeting(network, LAST_WEEK)
    board_met = make_meeting(board, LAST_WEEK)
    open_one = make_action(owner=owner, group=network, meeting=met, title="Share the masking leaflet with schools",
                           detail="Internal: budget code 4471", due=london_today() + timedelta(days=30))
    done = make_action(owner=owner, group=network, meeting=met, title="Ask the child and adolescent mental health services (CAMHS) team to the next network")
    done.status, done.outcome = ActionStatus.COMPLETED, "The CAMHS team came to the October network."
    db.session.add(ActionUpdate(action=open_one, author=owner, created_at=open_one.created_at,
                                note="Internal: waiting on the printer's quote"))
    board_action = make_action(owner=owner, group=board, meeting=board_met, title="Renew the transport contract")
    db.session.commit()
    return {"aisha": aisha, "met": met, "board_met": board_met, "open": open_one, "done": done,
            "board_action": board_action}


def words(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page_text(response)).split())


def test_a_champion_sees_what_their_own_network_agreed(client, auth, network):
    auth.login(network["aisha"])
    page = words(client.get(f"/meetings/{network['met'].id}"))
    assert "What the group agreed to do" in page
    assert "Share the masking leaflet with schools" in page and "Ask the child and adolescent mental health services (CAMHS) team to the next network" in page
    assert "Owner: Designated Clinical Officer, the council." in page
    assert "Not started" in page and "Completed" in page
    assert "Outcome: The CAMHS team came to the October network." in page
    due = network["open"].due_on
    assert f"Due {due.day} {due:%B %Y}" in page


def test_a_champion_sees_no_name_detail_or_internal_update(client, auth, network):
    auth.login(network["aisha"])
    page = words(client.get(f"/meetings/{network['met'].id}"))
    for private in ("Ruth Adeyemi", "budget code 4471", "printer's quote"):
        assert private not in page
    assert client.get(f"/actions/{network['open'].id}").status_code == 404  # the full record stays with staff


def test_a_champion_sees_nothing_of_another_groups_actions(client, auth, network):
    auth.login(network["aisha"])
    assert client.get(f"/meetings/{network['board_met'].id}").status_code == 404
    assert "Renew the transport contract" not in words(client.get(f"/meetings/{network['met'].id}"))


def test_the_rule_and_its_sql_twin_say_the_same_both_ways(network):
    aisha = db.session.get(User, network["aisha"].id)
    assert permissions.can_view_action_summary(aisha, network["open"])
    assert not permissions.can_view_action_summary(aisha, network["board_action"])
    assert not permissions.can_view_action(aisha, network["open"])
    listed = set(db.session.scalars(db.select(Action.id).where(permissions.action_summaries_visible_to(aisha))))
    assert listed == {network["open"].id, network["done"].id}
