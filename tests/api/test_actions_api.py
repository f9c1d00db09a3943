"""Actions through the API: reading with filters, posting updates, completing, and the rules."""
from datetime import date, timedelta

import pytest

from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.core.dates import local_today
from tracker.core.models import AuditEvent
from tracker.extensions import db


def _ids(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.json["items"]]


def test_staff_read_actions_soonest_due_first_with_what_a_chair_needs(api_as, make_person, make_group,
                                                                      make_action):
    owner = make_person(name="Chris Nolan")
    group = make_group(name="Preparing for Adulthood")
    today = local_today()
    later = make_action(owner=owner, group=group, due=today + timedelta(days=30), title="Later one")
    late = make_action(owner=owner, group=group, due=today - timedelta(days=10), title="Late one")

    response = api_as(make_person(role="lead")).get("/api/v1/actions")

    assert _ids(response) == [late.id, later.id]
    first = response.json["items"][0]
    assert first["title"] == "Late one"
    assert first["owner"] == {"id": owner.id, "name": "Chris Nolan"}
    assert first["group"] == {"id": group.id, "name": "Preparing for Adulthood"}
    assert first["due_on"] == (today - timedelta(days=10)).isoformat()
    assert first["rag"] == "red"
    assert first["working_days_overdue"] > 0
    assert first["status"] == "not_started" and first["status_label"] == "Not started"
    assert first["html_url"] == f"http://localhost/actions/{late.id}"
    assert response.json["items"][1]["rag"] == "green"


def test_actions_filter_by_group_owner_status_and_overdue(api_as, make_person, make_group, make_action):
    me, someone = make_person(), make_person()
    board, workstream = make_group(), make_group()
    today = local_today()
    mine_late = make_action(owner=me, group=board, due=today - timedelta(days=3))
    mine_done = make_action(owner=me, group=workstream, due=today - timedelta(days=3),
                            status=ActionStatus.COMPLETED, outcome="Done")
    theirs = make_action(owner=someone, group=workstream, due=today + timedelta(days=9),
                         status=ActionStatus.IN_PROGRESS)
    api = api_as(me)

    assert _ids(api.get(f"/api/v1/actions?group={workstream.id}")) == [mine_done.id, theirs.id]
    assert _ids(api.get("/api/v1/actions?owner=me")) == [mine_late.id, mine_done.id]
    assert _ids(api.get(f"/api/v1/actions?owner={someone.id}")) == [theirs.id]
    assert _ids(api.get("/api/v1/actions?status=open")) == [mine_late.id, theirs.id]
    assert _ids(api.get("/api/v1/actions?status=closed")) == [mine_done.id]
    assert _ids(api.get("/api/v1/actions?status=in_progress")) == [theirs.id]
    assert _ids(api.get("/api/v1/actions?overdue=true")) == [mine_late.id]
    assert _ids(api.get("/api/v1/actions?overdue=false")) == [mine_done.id, theirs.id]
    assert _ids(api.get("/api/v1/actions?owner=me&overdue=true&group=" + str(board.id))) == [mine_late.id]


@pytest.mark.parametrize("query, field", [
    ("status=finished", "status"),
    ("overdue=perhaps", "overdue"),
    ("owner=someone", "owner"),
    ("group=board", "group"),
    ("page=0", "page"),
    ("per_page=101", "per_page"),
    ("colour=red", "colour"),
])
def test_a_bad_filter_is_a_400_naming_the_parameter(api_as, make_person, query, field):
    response = api_as(make_person()).get(f"/api/v1/actions?{query}")
    assert response.status_code == 400
    assert response.json["field"] == field
    assert response.json["error"]


def test_a_champion_cannot_read_other_peoples_actions(api_as, make_person, make_action):
    champion = make_person(role="champion")
    action = make_action()
    api = api_as(champion)
    assert _ids(api.get("/api/v1/actions")) == []
    response = api.get(f"/api/v1/actions/{action.id}")
    assert response.status_code == 404  # what is private stays unseen, as on the pages
    assert response.json == {"error": "There is no action with that id"}
    assert api.post(f"/api/v1/actions/{action.id}/updates", json={"note": "Hi"}).status_code == 404


def test_an_unknown_action_is_a_json_404(api_as, make_person):
    response = api_as(make_person()).get("/api/v1/actions/999999")
    assert response.status_code == 404
    assert response.json == {"error": "There is no action with that id"}


def test_one_action_comes_with_its_updates_newest_first(api_as, make_person, make_action):
    from tracker.actions.operations import move_due_date, post_update
    from tracker.core.dates import local_today, utcnow

    owner = make_person(name="Chris Nolan")
    action = make_action(owner=owner, due=date(2026, 12, 1))
    new_due = local_today() + timedelta(days=14)  # a move must be to a date still to come
    moment = utcnow()
    post_update(action, by=owner, note="Started", at=moment - timedelta(hours=2))
    move_due_date(action, by=owner, new_due_on=new_due, reason="Waiting on data",
                  at=moment - timedelta(hours=1))
    db.session.commit()

    response = api_as(owner).get(f"/api/v1/actions/{action.id}")

    assert response.status_code == 200
    body = response.json
    assert body["due_on"] == new_due.isoformat() and body["original_due_on"] == "2026-12-01"
    assert body["due_date_moves"] == 1
    assert [u["kind"] for u in body["updates"]] == ["due_date_moved", "note"]
    assert body["updates"][0]["note"] == "Waiting on data"
    assert body["updates"][0]["old_due_on"] == "2026-12-01"
    assert body["updates"][0]["author"] == {"id": owner.id, "name": "Chris Nolan"}
    assert body["updates"][1]["new_status"] == "in_progress"
    assert body["updates"][1]["created_at"].endswith("Z")


def test_the_owner_posts_an_update_through_the_api(api_as, make_person, make_action):
    owner = make_person()
    action = make_action(owner=owner)

    response = api_as(owner).post(f"/api/v1/actions/{action.id}/updates",
                                  json={"note": "Draft shared with the Board"})

    assert response.status_code == 201
    assert response.json["note"] == "Draft shared with the Board"
    assert response.json["author"]["id"] == owner.id
    assert response.headers["Location"].endswith(f"/api/v1/actions/{action.id}")
    db.session.expire_all()
    saved = db.session.get(Action, action.id)
    assert saved.status == ActionStatus.IN_PROGRESS
    assert saved.last_progress_at is not None
    # The audit trail names the token's person, as it would on the page.
    event = db.session.scalars(db.select(AuditEvent).where(AuditEvent.entity_type == "action_updates")).one()
    assert event.actor_id == owner.id


@pytest.mark.parametrize("who", ["lead of the group", "chair of the group", "admin"])
def test_whoever_runs_the_group_may_update_and_complete(api_as, make_person, make_group, make_action, who):
    person = make_person(role="admin" if who == "admin" else "member")
    group = make_group(lead=person if who == "lead of the group" else None,
                       chair=person if who == "chair of the group" else None)
    action = make_action(group=group)
    api = api_as(person)
    assert api.post(f"/api/v1/actions/{action.id}/updates", json={"note": "Chased"}).status_code == 201
    response = api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "Delivered"})
    assert response.status_code == 200
    assert response.json["status"] == "completed"


def test_another_member_may_read_but_not_change_an_action(api_as, make_person, make_group, make_action):
    member = make_person()
    group = make_group(members=[member])
    action = make_action(group=group)
    api = api_as(member)
    assert api.get(f"/api/v1/actions/{action.id}").status_code == 200
    refused = api.post(f"/api/v1/actions/{action.id}/updates", json={"note": "Me too"})
    assert refused.status_code == 403
    assert refused.json["error"] == "Your token's person is not allowed to do this"
    assert api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "x"}).status_code == 403
    assert db.session.scalar(db.select(db.func.count()).select_from(ActionUpdate)) == 0


def test_completing_records_the_outcome(api_as, make_person, make_action):
    owner = make_person()
    action = make_action(owner=owner)
    response = api_as(owner).post(f"/api/v1/actions/{action.id}/complete",
                                  json={"outcome": "Pilot extended to March"})
    assert response.status_code == 200
    assert response.json["status"] == "completed"
    assert response.json["outcome"] == "Pilot extended to March"
    assert response.json["rag"] is None
    assert response.json["closed_at"].endswith("Z")


@pytest.mark.parametrize("path, body, message, field", [
    ("complete", {}, "Enter the outcome: what was done", "outcome"),
    ("complete", {"outcome": "   "}, "Enter the outcome: what was done", "outcome"),
    ("updates", {"note": ""}, "Enter your update", "note"),
])
def test_a_rule_of_the_service_refusing_is_a_422_and_nothing_is_saved(api_as, make_person, make_action,
                                                                       path, body, message, field):
    owner = make_person()
    action = make_action(owner=owner)
    response = api_as(owner).post(f"/api/v1/actions/{action.id}/{path}", json=body)
    assert response.status_code == 422
    assert response.json == {"error": message, "field": field}
    db.session.expire_all()
    assert db.session.get(Action, action.id).status == ActionStatus.NOT_STARTED
    assert db.session.scalar(db.select(db.func.count()).select_from(ActionUpdate)) == 0


def test_a_closed_action_cannot_take_an_update(api_as, make_person, make_action):
    owner = make_person()
    action = make_action(owner=owner, status=ActionStatus.COMPLETED, outcome="Done")
    response = api_as(owner).post(f"/api/v1/actions/{action.id}/updates", json={"note": "More"})
    assert response.status_code == 422
    assert response.json["field"] == "status"
    assert "already completed" in response.json["error"]


@pytest.mark.parametrize("kwargs, status, field", [
    ({"data": "note=hello"}, 400, None),
    ({"data": "{not json", "content_type": "application/json"}, 400, None),
    ({"json": ["a list"]}, 400, None),
    ({"json": {"note": 42}}, 422, "note"),
    ({"json": {"note": "ok", "due_on": "2027-01-01"}}, 422, "due_on"),
])
def test_a_malformed_body_is_refused_plainly(api_as, make_person, make_action, kwargs, status, field):
    owner = make_person()
    action = make_action(owner=owner)
    api = api_as(owner)
    response = api.client.post(f"/api/v1/actions/{action.id}/updates",
                               headers={"Authorization": f"Bearer {api.token}"}, **kwargs)
    assert response.status_code == status
    assert response.json["error"]
    assert response.json.get("field") == field


def test_posting_needs_no_csrf_token_but_does_need_the_api_token(client, make_person, make_action):
    action = make_action()
    response = client.post(f"/api/v1/actions/{action.id}/updates", json={"note": "hello"})
    assert response.status_code == 401


def test_the_wrong_method_is_a_json_405(api_as, make_person, make_action):
    action = make_action()
    response = api_as(make_person()).get(f"/api/v1/actions/{action.id}/complete")
    assert response.status_code == 405
    assert response.json["error"] == "This address does not accept GET"
    assert "POST" in response.headers["Allow"]


def test_a_change_racing_another_is_a_409_and_nothing_is_lost(api_as, make_person, make_action,
                                                               engine_name):
    """Someone else saves the action between this request reading it and writing it."""
    if engine_name == "sqlite":
        pytest.skip("SQLite's BEGIN IMMEDIATE serialises whole requests: no such race can happen")
    from sqlalchemy import event, update
    from sqlalchemy.orm import Session

    owner = make_person()
    action = make_action(owner=owner)
    api = api_as(owner)
    raced = []

    def someone_else_saves_first(session, flush_context, instances):
        if raced:
            return
        raced.append(True)
        with db.engine.connect() as other:
            other.execute(update(Action).where(Action.id == action.id)
                          .values(title="Renamed by the chair", version=Action.version + 1))
            other.commit()

    event.listen(Session, "before_flush", someone_else_saves_first)
    try:
        response = api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "Done"})
    finally:
        event.remove(Session, "before_flush", someone_else_saves_first)
    assert response.status_code == 409
    assert "Read it again" in response.json["error"]
    db.session.expire_all()
    saved = db.session.get(Action, action.id)
    assert saved.title == "Renamed by the chair" and saved.status == ActionStatus.NOT_STARTED


def test_a_change_sent_with_an_old_version_is_refused_and_nothing_is_lost(api_as, make_person,
                                                                          make_action):
    owner = make_person()
    action = make_action(owner=owner)
    api = api_as(owner)
    read = api.get(f"/api/v1/actions/{action.id}").json["version"]
    assert api.post(f"/api/v1/actions/{action.id}/updates",
                    json={"note": "First", "version": read}).status_code == 201

    stale = api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "Done", "version": read})

    assert stale.status_code == 409
    assert stale.json["field"] == "version"
    db.session.expire_all()
    assert db.session.get(Action, action.id).status == ActionStatus.IN_PROGRESS
    fresh = api.get(f"/api/v1/actions/{action.id}").json["version"]
    done = api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "Done", "version": fresh})
    assert done.status_code == 200 and done.json["version"] == fresh + 1
