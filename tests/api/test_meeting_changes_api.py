"""Recording meetings, agenda items and decisions and routing input through the API, with the pages'
own permission checks and rules: a refusal is the page's own message, and nothing is saved."""
from datetime import date, timedelta

import pytest

from tracker.core.dates import local_today, utcnow
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import AgendaItem, Decision, Meeting


@pytest.fixture
def board(make_person, make_group):
    secretary, member, champion = make_person(role="lead", name="Tom Fisher"), make_person(), make_person(
        role="champion")
    group = make_group(name="Preparing for Adulthood", secretary=secretary, members=[member])
    return group, secretary, member, champion


def _next_weekday() -> date:
    day = local_today() + timedelta(days=21)
    return day + timedelta(days=(1 - day.weekday()) % 7)  # a Tuesday three weeks or so ahead


def test_the_secretary_schedules_a_meeting_in_local_time(api_as, board):
    group, secretary, _, _ = board
    day = _next_weekday()
    response = api_as(secretary).post("/api/v1/meetings", json={
        "group": group.id, "starts_at": f"{day.isoformat()}T10:00:00", "location": "Town Hall, room 2"})
    assert response.status_code == 201, response.json
    meeting = db.session.get(Meeting, response.json["id"])
    assert meeting.local_start.hour == 10 and meeting.location == "Town Hall, room 2"  # 10am in London
    assert response.headers["Location"].endswith(f"/api/v1/meetings/{meeting.id}")
    assert api_as(secretary).get(response.headers["Location"]).json["id"] == meeting.id


def test_scheduling_is_refused_as_on_the_page(api_as, board, make_group):
    group, secretary, member, champion = board
    day = _next_weekday()
    body = {"group": group.id, "starts_at": f"{day.isoformat()}T10:00:00", "location": "Town Hall"}
    assert api_as(member).post("/api/v1/meetings", json=body).status_code == 403
    assert api_as(champion).post("/api/v1/meetings", json={**body, "group": make_group().id}).status_code == 404
    assert api_as(secretary).post("/api/v1/meetings", json={**body, "group": 999999}).status_code == 404
    no_place = api_as(secretary).post("/api/v1/meetings", json={**body, "location": ""})
    assert no_place.status_code == 422 and no_place.json["field"] == "location"
    long_ago = api_as(secretary).post("/api/v1/meetings", json={**body, "starts_at": "1999-01-05T10:00:00"})
    assert long_ago.status_code == 422 and long_ago.json["field"] == "starts_at"
    assert db.session.scalar(db.select(db.func.count()).select_from(Meeting)) == 0


def test_moving_a_meeting_keeps_what_is_not_sent_and_an_old_version_is_a_409(api_as, board, make_meeting):
    group, secretary, _, _ = board
    meeting = make_meeting(group, _next_weekday(), location="Town Hall")
    api = api_as(secretary)
    read = api.get(f"/api/v1/meetings/{meeting.id}").json["version"]
    later = _next_weekday() + timedelta(days=7)
    moved = api.post(f"/api/v1/meetings/{meeting.id}", json={"starts_at": f"{later.isoformat()}T14:30:00"})
    assert moved.status_code == 200, moved.json
    db.session.expire_all()
    assert db.session.get(Meeting, meeting.id).location == "Town Hall"
    stale = api.post(f"/api/v1/meetings/{meeting.id}", json={"location": "Library", "version": read})
    assert stale.status_code == 409 and stale.json["field"] == "version"
    db.session.expire_all()
    assert db.session.get(Meeting, meeting.id).location == "Town Hall"


def test_agenda_items_and_decisions_are_recorded_and_changed(api_as, board, make_meeting):
    group, secretary, member, _ = board
    meeting = make_meeting(group, _next_weekday(), location="Town Hall")
    api = api_as(secretary)
    item = api.post(f"/api/v1/meetings/{meeting.id}/agenda-items", json={"title": "Key worker pilot"})
    assert item.status_code == 201 and item.json["position"] == 1
    empty = api.post(f"/api/v1/meetings/{meeting.id}/agenda-items", json={"title": ""})
    assert empty.status_code == 422 and empty.json["field"] == "title"
    changed = api.post(f"/api/v1/meetings/{meeting.id}/agenda-items/{item.json['id']}",
                       json={"title": "Key worker pilot: next steps", "notes": "Paper from Tom"})
    assert changed.status_code == 200 and changed.json["notes"] == "Paper from Tom"

    decided = api.post(f"/api/v1/meetings/{meeting.id}/decisions",
                       json={"text": "Extend the pilot to March", "agenda_item": item.json["id"]})
    assert decided.status_code == 201, decided.json
    assert decided.json["agenda_item"]["title"] == "Key worker pilot: next steps"
    assert decided.headers["Location"].endswith(f"/api/v1/decisions/{decided.json['id']}")
    reworded = api.post(f"/api/v1/decisions/{decided.json['id']}", json={"text": "Extend the pilot to April"})
    assert reworded.status_code == 200 and reworded.json["text"] == "Extend the pilot to April"
    assert reworded.json["agenda_item"] is None  # not sent: the decision no longer sits under the item
    assert db.session.scalar(db.select(db.func.count()).select_from(AgendaItem)) == 1

    assert api_as(member).post(f"/api/v1/meetings/{meeting.id}/decisions", json={"text": "x"}).status_code == 403
    blank = api.post(f"/api/v1/meetings/{meeting.id}/decisions", json={"text": " "})
    assert blank.status_code == 422 and blank.json["error"] == "Enter what the group decided"
    assert db.session.scalar(db.select(db.func.count()).select_from(Decision)) == 1


def test_an_agenda_item_of_another_meeting_is_refused(api_as, board, make_meeting):
    group, secretary, _, _ = board
    first, second = make_meeting(group, _next_weekday()), make_meeting(group, _next_weekday() + timedelta(days=7))
    api = api_as(secretary)
    item = api.post(f"/api/v1/meetings/{first.id}/agenda-items", json={"title": "Transport"}).json
    response = api.post(f"/api/v1/meetings/{second.id}/decisions", json={"text": "Yes", "agenda_item": item["id"]})
    assert response.status_code == 422 and response.json["field"] == "agenda_item"
    assert api.post(f"/api/v1/meetings/{second.id}/agenda-items/{item['id']}",
                    json={"title": "x"}).status_code == 404


def test_a_lead_routes_input_to_a_group_and_a_champion_may_not(api_as, board, make_person):
    group, secretary, _, champion = board
    chair = make_person(role="chair")
    raised = inputs.raise_input(by=champion, what="The Local Offer is hard to search on a phone.", at=utcnow())
    db.session.commit()
    assert api_as(champion).post(f"/api/v1/inputs/{raised.id}/route", json={"group": group.id}).status_code == 403
    missing = api_as(chair).post(f"/api/v1/inputs/{raised.id}/route", json={})
    assert missing.status_code == 422 and missing.json["error"] == "Choose the group that will look at this"
    routed = api_as(chair).post(f"/api/v1/inputs/{raised.id}/route", json={"group": group.id})
    assert routed.status_code == 200, routed.json
    assert routed.json["group"]["id"] == group.id and routed.json["status"] == "being_looked_at"
    db.session.expire_all()
    assert db.session.get(Input, raised.id).status == InputStatus.BEING_LOOKED_AT
