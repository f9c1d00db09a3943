"""Who may reach each group and meeting page, generated from the routes so none can be forgotten.

The same matrix is in README.md under "Groups and meetings". Rows are people as they stand to the
SEND Board and its meeting; each page is in one of the kinds below.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import london_today
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision
from tracker.people.models import Membership

# Who may do what: "ok" (200, or a redirect after a POST), 403 (known but not allowed),
# 404 (a champion outside the group is not told the record exists).
PEOPLE = ("admin", "chair", "secretary", "lead", "member", "chair elsewhere", "champion", "champion member")
KINDS = {
    # every signed-in person, each seeing what they may
    "list": dict.fromkeys(PEOPLE, "ok"),
    # the group's pages and meetings: staff, and members of the group
    "view": {**dict.fromkeys(PEOPLE, "ok"), "champion": 404},
    # history and other internal detail: staff (a champion member sees only what is published)
    "detail": {**dict.fromkeys(PEOPLE, "ok"), "champion": 404, "champion member": 404},
    # record meetings: admins and the group's chair, secretary or lead
    "record": {"admin": "ok", "chair": "ok", "secretary": "ok", "lead": "ok", "member": 403,
               "chair elsewhere": 403, "champion": 404, "champion member": 403},
    # change the group itself: admins and its chairs
    "group": {"admin": "ok", "chair": "ok", "secretary": 403, "lead": 403, "member": 403,
              "chair elsewhere": 403, "champion": 404, "champion member": 403},
    # set up a new group: admins and the service's chairs
    "create": {"admin": "ok", "chair": "ok", "secretary": 403, "lead": 403, "member": 403,
               "chair elsewhere": "ok", "champion": 403, "champion member": 403},
}
PAGES = {
    "meetings.index": "list", "meetings.groups": "list",
    "meetings.group": "view", "meetings.show": "view",
    "meetings.history": "detail",
    "meetings.new_meeting": "record", "meetings.edit": "record", "meetings.cancel": "record",
    "meetings.record_update": "record", "meetings.attendance": "record", "meetings.add_attendee": "record",
    "meetings.new_agenda_item": "record", "meetings.edit_agenda_item": "record",
    "meetings.move_agenda_item": "record", "meetings.new_decision": "record", "meetings.edit_decision": "record",
    "meetings.minutes": "record", "meetings.approve_minutes": "record", "meetings.circulate": "record",
    "meetings.edit_group": "group", "meetings.group_people": "group", "meetings.change_member": "group",
    "meetings.group_reminders": "group", "meetings.group_schedule": "group",
    "meetings.new_group": "create",
}


# README.md's rows and columns, as the people and kinds above.
README_ROWS = {
    "Admin": ("admin",), "Chair of the group": ("chair",), "Secretary or lead of the group": ("secretary", "lead"),
    "Other member, or staff outside the group (an action's owner too)": ("member",),
    "Chair of another group": ("chair elsewhere",), "Champion in the group": ("champion member",),
    "Champion not in the group": ("champion",),
}
README_COLUMNS = ("list", "view", "detail", "record", "group", "create")
README_CELLS = {"yes": "ok", "no (403)": 403, "no (404)": 404}


def readme_matrix() -> dict[str, list[str]]:
    """{row label: cells} of the table under "### Groups and meetings" in README.md."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("### Groups and meetings", 1)[1].split("\n### ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return {cells[0].strip(): [cell.strip() for cell in cells[1:]] for cells in rows[2:]}  # after the heading


def test_the_readme_table_says_what_the_matrix_says():
    table = readme_matrix()
    assert set(table) == {*README_ROWS, "Anonymous"}
    assert sorted(person for people in README_ROWS.values() for person in people) == sorted(PEOPLE)
    for label, people in README_ROWS.items():
        for person in people:
            assert [README_CELLS[cell] for cell in table[label]] == [
                KINDS[kind][person] for kind in README_COLUMNS], label
    assert set(README_COLUMNS) == set(KINDS) and set(table["Anonymous"]) == {"no (sent to sign in)"}


def meeting_routes(app):
    return sorted((rule.endpoint, rule) for rule in app.url_map.iter_rules() if rule.endpoint.startswith("meetings."))


def test_every_meetings_page_is_in_the_matrix(app):
    assert {endpoint for endpoint, _rule in meeting_routes(app)} == set(PAGES)


@pytest.fixture
def world(board, make_person, make_group, make_meeting, make_action):
    """The Board with a past and an upcoming meeting, an agenda item, a decision and an action."""
    board.people = {
        "admin": make_person(role="admin"), "chair": board.chair, "secretary": board.secretary,
        "lead": board.lead, "member": board.member,
        "chair elsewhere": make_person(role="chair"), "champion": make_person(role="champion"),
        "champion member": make_person(role="champion"),
    }
    make_group(chair=board.people["chair elsewhere"])
    db.session.add(Membership(group=board, person=board.people["champion member"], group_role="member"))
    earlier = make_meeting(board, london_today() - timedelta(days=28), minutes="Minutes")
    meeting = make_meeting(board, london_today())
    item = AgendaItem(meeting=meeting, title="Governance", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="Approved")
    db.session.add_all([item, decision])
    db.session.commit()
    action = make_action(owner=board.member, group=board)
    membership = db.session.query(Membership).filter_by(person_id=board.member.id).one()
    board.values = {"group_id": board.id, "meeting_id": meeting.id, "item_id": item.id, "decision_id": decision.id,
                    "action_id": action.id, "earlier_id": earlier.id, "membership_id": membership.id}
    return board


@pytest.mark.parametrize("person", PEOPLE)
def test_each_page_lets_in_exactly_who_the_matrix_says(app, client, auth, world, person):
    from flask import url_for

    auth.login(world.people[person])
    for endpoint, rule in meeting_routes(app):
        with app.test_request_context():
            url = url_for(endpoint, **{name: world.values[name] for name in rule.arguments})
        if "GET" in rule.methods:
            status = client.get(url).status_code
        else:  # POST only: an empty submission, with a valid CSRF token
            status = client.post(url, data={"csrf_token": client.csrf_token("/meetings")}).status_code
        expected = KINDS[PAGES[endpoint]][person]
        assert (status in (200, 302) if expected == "ok" else status == expected), (endpoint, person, status)


def test_anonymous_visitors_are_sent_to_sign_in(app, client, world):
    from flask import url_for

    for endpoint, rule in meeting_routes(app):
        with app.test_request_context():
            url = url_for(endpoint, **{name: world.values[name] for name in rule.arguments})
        response = client.get(url) if "GET" in rule.methods else client.post(url)
        assert response.status_code in (302, 400), endpoint  # 400: a POST without a CSRF token
        if response.status_code == 302:
            assert "/sign-in" in response.location, endpoint
