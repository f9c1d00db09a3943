"""Changing actions through the API as the pages do: raising, moving a date, closing as cannot be done,
reassigning, flagging at risk and reopening. The same permission checks and the same operations, so
each refusal is the page's own plain-English rule, and every change is in the audit trail."""
from datetime import timedelta

import pytest

from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.core.dates import local_today
from tracker.core.models import AuditEvent
from tracker.extensions import db


@pytest.fixture
def board(make_person, make_group):
    lead, owner, member, champion = (make_person(role="lead", name="Morgan Ellis"), make_person(name="Chris Nolan"),
                                     make_person(name="Ruth Adeyemi"), make_person(role="champion"))
    group = make_group(name="Preparing for Adulthood", lead=lead, members=[owner, member])
    return group, lead, owner, member, champion


def _updates(action_id: int, kind: UpdateKind) -> list[ActionUpdate]:
    db.session.expire_all()
    return db.session.scalars(db.select(ActionUpdate).where(ActionUpdate.action_id == action_id,
                                                            ActionUpdate.kind == kind)).all()


def test_a_lead_raises_an_action_with_an_owner_and_a_date(api_as, board):
    group, lead, owner, _, _ = board
    due = local_today() + timedelta(days=20)
    response = api_as(lead).post("/api/v1/actions", json={
        "title": "Circulate the pilot report", "owner": owner.id, "group": group.id, "due_on": due.isoformat(),
        "detail": "Before the Board"})
    assert response.status_code == 201, response.json
    assert response.headers["Location"] == f"http://localhost/api/v1/actions/{response.json['id']}"
    assert response.json["owner"] == {"id": owner.id, "name": "Chris Nolan"}
    assert response.json["due_on"] == due.isoformat() and response.json["status"] == "not_started"
    action = db.session.get(Action, response.json["id"])
    assert (action.title, action.detail, action.group_id) == ("Circulate the pilot report", "Before the Board",
                                                             group.id)
    created = db.session.scalar(db.select(AuditEvent).where(AuditEvent.entity_id == action.id,
                                                            AuditEvent.event == "created",
                                                            AuditEvent.entity_type == "actions"))
    assert created is not None and created.actor_id == lead.id  # in the audit trail, as the token's person


def test_an_action_can_be_due_by_the_groups_next_meeting(api_as, board):
    group, lead, owner, _, _ = board
    response = api_as(lead).post("/api/v1/actions", json={
        "title": "Bring the figures", "owner": owner.id, "group": group.id, "due_by_next_meeting": True})
    assert response.status_code == 201, response.json
    assert response.json["due_at_next_meeting_of"] == {"id": group.id, "name": "Preparing for Adulthood"}


@pytest.mark.parametrize("body, field, message", [
    ({"title": ""}, "title", "Enter what needs to be done"),
    ({"owner": None}, "owner", "Choose the person who owns this action from the list"),
    ({"due_on": None}, "due_on", "Enter the date the action is due"),
    ({"group": None}, "group", "Choose the group that owns this action"),
])
def test_raising_without_what_the_page_asks_for_is_refused_with_the_pages_message(api_as, board, body, field,
                                                                                  message):
    group, lead, owner, _, _ = board
    full = {"title": "Circulate it", "owner": owner.id, "group": group.id,
            "due_on": (local_today() + timedelta(days=9)).isoformat()}
    response = api_as(lead).post("/api/v1/actions", json={**full, **body})
    assert response.status_code == 422 and response.json["field"] == field
    assert response.json["error"].startswith(message)
    assert db.session.scalar(db.select(db.func.count()).select_from(Action)) == 0


def test_a_champion_or_a_member_of_another_group_cannot_raise_one(api_as, board, make_person, make_group):
    group, _, owner, member, champion = board
    body = {"title": "Circulate it", "owner": owner.id, "group": group.id,
            "due_on": (local_today() + timedelta(days=9)).isoformat()}
    assert api_as(champion).post("/api/v1/actions", json=body).status_code == 404  # a group they cannot see
    outsider = make_person(role="lead")
    make_group(lead=outsider)
    assert api_as(outsider).post("/api/v1/actions", json=body).status_code == 403
    assert db.session.scalar(db.select(db.func.count()).select_from(Action)) == 0


def test_a_group_the_token_cannot_see_is_answered_as_one_that_does_not_exist(api_as, board, make_group):
    """A champion sees only their own groups; raising an action in another once said 403 where a
    made-up id said 422, so counting up the ids told them which groups exist. Both now say 404,
    as scheduling a meeting does."""
    group, _, owner, _, champion = board
    make_group(name="Champions' forum", members=[champion])
    body = {"title": "Circulate it", "owner": owner.id, "due_on": (local_today() + timedelta(days=9)).isoformat()}
    hidden = api_as(champion).post("/api/v1/actions", json={**body, "group": group.id})
    made_up = api_as(champion).post("/api/v1/actions", json={**body, "group": 999_999})
    assert (hidden.status_code, hidden.json) == (made_up.status_code, made_up.json) == (
        404, {"error": "There is no group with that id", "field": "group"})
    assert db.session.scalar(db.select(db.func.count()).select_from(Action)) == 0


def test_the_owner_moves_the_date_with_a_reason_and_the_original_is_kept(api_as, board, make_action):
    group, _, owner, _, _ = board
    first = local_today() + timedelta(days=5)
    action = make_action(owner=owner, group=group, due=first)
    api = api_as(owner)
    refused = api.post(f"/api/v1/actions/{action.id}/due-date",
                       json={"due_on": (first + timedelta(days=14)).isoformat()})
    assert refused.status_code == 422 and refused.json["field"] == "reason"
    assert refused.json["error"] == "Explain why the due date is moving"
    moved = api.post(f"/api/v1/actions/{action.id}/due-date",
                     json={"due_on": (first + timedelta(days=14)).isoformat(), "reason": "Waiting for the data"})
    assert moved.status_code == 200, moved.json
    assert moved.json["original_due_on"] == first.isoformat() and moved.json["due_date_moves"] == 1
    assert [update.note for update in _updates(action.id, UpdateKind.DUE_DATE_MOVED)] == ["Waiting for the data"]


def test_the_owner_closes_it_as_cannot_be_done_with_an_explanation(api_as, board, make_action):
    group, _, owner, member, _ = board
    action = make_action(owner=owner, group=group)
    assert api_as(member).post(f"/api/v1/actions/{action.id}/cannot-be-done",
                               json={"explanation": "No budget"}).status_code == 403
    refused = api_as(owner).post(f"/api/v1/actions/{action.id}/cannot-be-done", json={})
    assert refused.status_code == 422 and refused.json["field"] == "explanation"
    closed = api_as(owner).post(f"/api/v1/actions/{action.id}/cannot-be-done",
                                json={"explanation": "The service it depended on closed in March."})
    assert closed.status_code == 200 and closed.json["status"] == "cannot_be_done"
    assert closed.json["explanation"] == "The service it depended on closed in March."


def test_the_lead_reassigns_it_and_the_owner_may_not(api_as, board, make_action):
    group, lead, owner, member, _ = board
    action = make_action(owner=owner, group=group)
    assert api_as(owner).post(f"/api/v1/actions/{action.id}/reassign",
                              json={"owner": member.id, "note": "Ruth has the contacts"}).status_code == 403
    same = api_as(lead).post(f"/api/v1/actions/{action.id}/reassign", json={"owner": owner.id, "note": "x"})
    assert same.status_code == 422 and same.json["error"] == "Chris Nolan already owns this action"
    moved = api_as(lead).post(f"/api/v1/actions/{action.id}/reassign",
                              json={"owner": member.id, "note": "Ruth has the contacts"})
    assert moved.status_code == 200 and moved.json["owner"] == {"id": member.id, "name": "Ruth Adeyemi"}
    assert api_as(lead).post(f"/api/v1/actions/{action.id}/reassign",
                             json={"owner": 999999, "note": "x"}).json["field"] == "owner"


def test_flagging_at_risk_and_clearing_it(api_as, board, make_action):
    group, _, owner, _, _ = board
    action = make_action(owner=owner, group=group)
    api = api_as(owner)
    flagged = api.post(f"/api/v1/actions/{action.id}/at-risk", json={"reason": "The venue fell through"})
    assert flagged.status_code == 200 and flagged.json["at_risk"] is True and flagged.json["rag"] == "amber"
    assert flagged.json["at_risk_reason"] == "The venue fell through"
    cleared = api.post(f"/api/v1/actions/{action.id}/no-longer-at-risk", json={"note": "A new venue is booked"})
    assert cleared.status_code == 200 and cleared.json["at_risk"] is False


def test_the_lead_reopens_a_closed_action_with_a_reason(api_as, board, make_action):
    group, lead, owner, _, _ = board
    action = make_action(owner=owner, group=group, status=ActionStatus.COMPLETED, outcome="Sent")
    refused = api_as(lead).post(f"/api/v1/actions/{action.id}/reopen", json={})
    assert refused.status_code == 422 and refused.json["field"] == "reason"
    reopened = api_as(lead).post(f"/api/v1/actions/{action.id}/reopen", json={"reason": "It went to the wrong list"})
    assert reopened.status_code == 200 and reopened.json["status"] in ("not_started", "in_progress")


def test_a_change_sent_with_an_old_version_is_a_409_and_changes_nothing(api_as, board, make_action):
    group, _, owner, _, _ = board
    action = make_action(owner=owner, group=group)
    api = api_as(owner)
    read = api.get(f"/api/v1/actions/{action.id}").json["version"]
    assert api.post(f"/api/v1/actions/{action.id}/at-risk", json={"reason": "Late data"}).status_code == 200
    stale = api.post(f"/api/v1/actions/{action.id}/cannot-be-done", json={"explanation": "No", "version": read})
    assert stale.status_code == 409
    assert db.session.get(Action, action.id).status == ActionStatus.NOT_STARTED


def test_an_action_nobody_may_see_is_a_404_for_every_change(api_as, board, make_action, make_person, make_group):
    group, _, _, _, champion = board
    hidden = make_action(group=make_group())
    for change in ("due-date", "cannot-be-done", "reassign", "at-risk", "no-longer-at-risk", "reopen"):
        assert api_as(champion).post(f"/api/v1/actions/{hidden.id}/{change}", json={}).status_code == 404
