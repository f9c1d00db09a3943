"""GET /api/v1/decisions and /api/v1/decisions/{id}: the register for programs, with the same
filters and permissions as the page, paginated like the other lists."""
from __future__ import annotations

from datetime import timedelta

import pytest

from tracker.core.dates import format_date, local_today
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.people.models import Membership


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.json["items"]]


def test_the_list_gives_each_decision_with_its_meeting_item_tags_actions_and_supersession(
        api_as, board, make_decision, make_action):
    tag = db.session.scalar(db.select(Tag).where(Tag.kind == "value").limit(1))
    later = make_decision(board, "Extend the pilot to March", days_ago=10)
    earlier = make_decision(board, "The pilot runs until December", days_ago=60, item="Key Worker pilot",
                            superseded_by_id=later.id, superseded_how="revisited", tags=[tag])
    action = make_action(group=board, title="Tell schools", decision_id=earlier.id)
    response = api_as(board.chair).get("/api/v1/decisions")
    assert _ids(response) == [later.id, earlier.id]
    item = response.json["items"][1]
    assert item["text"] == "The pilot runs until December"
    assert item["group"] == {"id": board.id, "name": "SEND Board"}
    assert item["made_on"] == (local_today() - timedelta(days=60)).isoformat()
    assert item["agenda_item"]["title"] == "Key Worker pilot"
    assert item["tags"] == [{"id": tag.id, "kind": "value", "name": tag.name}]
    assert item["superseded_by_id"] == later.id and item["superseded_how"] == "revisited"
    assert item["superseded_note"] == f"Revisited by the SEND Board on {format_date(later.meeting.starts_on)}"
    assert response.json["items"][0]["superseded_how"] is None and response.json["items"][0]["superseded_note"] is None
    assert response.json["items"][0]["supersedes"] == [earlier.id]
    assert [(each["id"], each["status"]) for each in item["actions"]] == [(action.id, "not_started")]
    assert item["html_url"].endswith(f"/meetings/{earlier.meeting_id}#decision-{earlier.id}")
    one = api_as(board.chair).get(f"/api/v1/decisions/{earlier.id}")
    assert one.status_code == 200 and one.json == item


def test_every_filter(api_as, board, make_group, make_decision):
    workstream = make_group(name="Workstream", parent_id=board.id)
    tag = db.session.scalar(db.select(Tag).limit(1))
    at_board = make_decision(board, "Board: key worker pilot", days_ago=40, tags=[tag])
    in_workstream = make_decision(workstream, "Workstream agreed", days_ago=20)
    elsewhere = make_decision(make_group(), "Elsewhere", days_ago=5)
    api = api_as(board.chair)
    assert _ids(api.get(f"/api/v1/decisions?group={board.id}")) == [in_workstream.id, at_board.id]
    assert _ids(api.get(f"/api/v1/decisions?tag={tag.id}")) == [at_board.id]
    assert _ids(api.get("/api/v1/decisions?q=KEY%20WORKER")) == [at_board.id]
    day = local_today() - timedelta(days=20)
    assert _ids(api.get(f"/api/v1/decisions?from={day.isoformat()}")) == [elsewhere.id, in_workstream.id]
    assert _ids(api.get(f"/api/v1/decisions?to={day.isoformat()}")) == [in_workstream.id, at_board.id]


@pytest.mark.parametrize("query, field, message", [
    ("from=2026-03-10&to=2026-03-01", "to", "'to' must be the same as or after 'from'"),
    ("group=99999999", "group", "There is no group with that id"),
    ("group=99999999999999999999", "group", "There is no group with that id"),
    ("group=abc", "group", "Not a valid integer."),
    ("tag=99999", "tag", "There is no tag with that id"),
    ("q=" + "x" * 10_000, "q", "Search with 200 characters or fewer"),
    ("from=2026-02-31", "from", "Not a valid date."),
    ("colour=red", "colour", "'colour' is not a field this API knows"),
])
def test_bad_arguments_are_a_400_naming_the_field(api_as, board, query, field, message):
    response = api_as(board.chair).get(f"/api/v1/decisions?{query}")
    assert response.status_code == 400
    assert response.json == {"error": message, "field": field}


def test_a_champion_gets_only_their_groups_decisions_and_no_other_groups_id_works(
        api_as, board, make_person, make_group, make_decision, make_action):
    champion = make_person(role="champion")
    db.session.add(Membership(group=board, person=champion, group_role="member"))
    db.session.commit()
    ours = make_decision(board, "Ours")
    other_group = make_group(name="Internal")
    theirs = make_decision(other_group, "Theirs")
    make_action(group=board, decision_id=ours.id)
    api = api_as(champion)
    assert _ids(api.get("/api/v1/decisions")) == [ours.id]
    assert api.get(f"/api/v1/decisions/{theirs.id}").status_code == 404
    assert api.get(f"/api/v1/decisions?group={other_group.id}").json["field"] == "group"
    assert len(api.get(f"/api/v1/decisions/{ours.id}").json["actions"]) == 1
    assert api.get("/api/v1/decisions/2147483647").status_code == 404


def test_the_list_takes_the_same_number_of_queries_at_5_and_at_60_decisions(
        api_as, board, make_meeting, make_decision, make_action, count_queries):
    tag = db.session.scalar(db.select(Tag).limit(1))
    api = api_as(board.chair)
    counts = []
    for size in (5, 60):
        meeting = make_meeting(board, local_today() - timedelta(days=size))
        for number in range(size):
            earlier = make_decision(board, f"Decision {number}", meeting=meeting, item=f"Item {number}", tags=[tag])
            make_action(group=board, owner=board.member, decision_id=earlier.id)
        _, count = count_queries(lambda: api.get("/api/v1/decisions?per_page=100"))
        counts.append(count)
    assert counts[0] == counts[1], counts
