"""Tagging a decision and marking it superseded by a later one: who may, the rules, the audit trail."""
from __future__ import annotations

import html
import re

import pytest

from tests.meetings.conftest import error_summary_links, version_of
from tracker.core.models import AuditEvent, Tag
from tracker.extensions import db
from tracker.meetings.models import Decision


def _tags(kind: str, count: int = 1) -> list[Tag]:
    return db.session.scalars(db.select(Tag).where(Tag.kind == kind).order_by(Tag.position).limit(count)).all()


def test_the_secretary_tags_a_decision_and_marks_it_superseded_linked_both_ways(
        client, auth, board, make_decision):
    earlier = make_decision(board, "The pilot will run until December", days_ago=90)
    later = make_decision(board, "The pilot is extended to March", days_ago=10)
    priority, value = _tags("priority")[0], _tags("value")[0]
    auth.login(board.secretary)
    response = client.submit(f"/decisions/{earlier.id}/edit", {
        "version": version_of(earlier), "superseded_by": str(later.id), "superseded_how": "revisited",
        "priorities": [str(priority.id)],
        "values": [str(value.id)]})
    assert response.status_code == 302
    db.session.expire_all()
    earlier = db.session.get(Decision, earlier.id)
    assert earlier.superseded_by_id == later.id
    assert [tag.id for tag in earlier.tags] == sorted([priority.id, value.id], key=lambda i: _kind_order(i))
    assert [each.id for each in db.session.get(Decision, later.id).supersedes] == [earlier.id]
    text = " ".join(re.sub(r"<[^>]+>", "", html.unescape(client.get("/decisions").text)).split())
    assert "Revisited by the decision of SEND Board" in text
    assert "This replaced the decision of SEND Board" in text
    assert priority.name in text
    [change] = db.session.scalars(db.select(AuditEvent).where(
        AuditEvent.entity_type == "decisions", AuditEvent.entity_id == earlier.id, AuditEvent.event == "changed")).all()
    assert change.actor_id == board.secretary.id
    assert change.changes["superseded_by_id"] == [None, later.id]
    assert change.changes["superseded_how"] == [None, "revisited"]
    assert sorted(change.changes["tags"][1]) == sorted([priority.name, value.name])


def _kind_order(tag_id: int) -> tuple:
    tag = db.session.get(Tag, tag_id)
    return (tag.kind, tag.position)


def test_saying_it_still_stands_clears_the_link_and_untagging_is_recorded(client, auth, board, make_decision):
    later = make_decision(board, "Later", days_ago=5)
    tag = _tags("outcome")[0]
    earlier = make_decision(board, "Earlier", days_ago=50, superseded_by_id=later.id, superseded_how="reversed",
                            tags=[tag])
    auth.login(board.chair)
    page = client.get(f"/decisions/{earlier.id}/edit").text
    assert f'value="{later.id}" selected' in page and "checked" in page
    assert client.submit(f"/decisions/{earlier.id}/edit", {
        "version": version_of(earlier), "superseded_by": ""}).status_code == 302
    db.session.expire_all()
    earlier = db.session.get(Decision, earlier.id)
    assert earlier.superseded_by_id is None and earlier.superseded_how is None and earlier.tags == []


@pytest.mark.parametrize("choose, message", [
    ("itself", "A decision cannot supersede itself. Choose a later decision"),
    ("earlier", "Choose a decision made after this one"),
    ("other group", "Choose a decision of "),  # then the group, with SEND spelled out, "or of a group above it"
    ("unknown", "Choose a later decision from the list"),
    ("garbage", "Choose a later decision from the list"),
])
def test_only_a_later_decision_of_the_same_group_can_supersede_it(
        client, auth, board, make_group, make_decision, choose, message):
    before = make_decision(board, "Before", days_ago=100)
    decision = make_decision(board, "This one", days_ago=50)
    elsewhere = make_decision(make_group(), "Elsewhere, later", days_ago=5)
    value = {"itself": decision.id, "earlier": before.id, "other group": elsewhere.id,
             "unknown": 99999999, "garbage": "x" * 10_000}[choose]
    auth.login(board.secretary)
    response = client.submit(f"/decisions/{decision.id}/edit", {
        "version": version_of(decision), "superseded_by": str(value), "superseded_how": "reversed"})
    assert response.status_code == 200
    assert ("#superseded_by", message) in [(href, text[:len(message)]) for href, text in error_summary_links(response)]
    db.session.expire_all()
    assert db.session.get(Decision, decision.id).superseded_by_id is None


def test_the_choices_are_the_groups_later_decisions(client, auth, board, make_group, make_decision):
    before = make_decision(board, "Said before", days_ago=100)
    decision = make_decision(board, "This one", days_ago=50)
    after = make_decision(board, "Said after", days_ago=10)
    make_decision(make_group(), "Another group's", days_ago=5)
    auth.login(board.secretary)
    page = html.unescape(client.get(f"/decisions/{decision.id}/edit").text)
    assert "Said after" in page and "Said before" not in page and "Another group's" not in page
    offered = re.findall(r'<option value="(\d*)"', page)
    assert offered == ["", str(after.id)] and str(before.id) not in offered


@pytest.mark.parametrize("who, status", [
    ("chair", 200), ("secretary", 200), ("lead", 200), ("member", 403), ("admin", 200),
    ("other staff", 403), ("champion", 404),
])
def test_who_may_tag_a_decision_is_who_may_record_its_meeting(
        client, auth, board, make_person, make_decision, who, status):
    decision = make_decision(board, "Agreed")
    person = {"chair": board.chair, "secretary": board.secretary, "lead": board.lead, "member": board.member,
              "admin": make_person(role="admin"), "other staff": make_person(role="lead"),
              "champion": make_person(role="champion")}[who]
    auth.login(person)
    assert client.get(f"/decisions/{decision.id}/edit").status_code == status
    listed = client.get("/decisions").text
    assert (f"/decisions/{decision.id}/edit" in listed) == (status == 200)


def test_a_decision_that_does_not_exist_is_404(client, auth, board):
    auth.login(board.chair)
    assert client.get("/decisions/2147483647/edit").status_code == 404


def test_saving_returns_to_the_register_with_the_filters_and_page_it_came_from(client, auth, board, make_decision):
    later = make_decision(board, "Later", days_ago=5)
    earlier = make_decision(board, "Earlier", days_ago=50)
    auth.login(board.chair)
    query = f"q=earl&group={board.id}&page=1"  # in the order the register writes them
    assert f"/decisions/{earlier.id}/edit?{query.replace('&', '&amp;')}" in client.get(f"/decisions?{query}").text
    response = client.submit(f"/decisions/{earlier.id}/edit?{query}",
                             {"version": version_of(earlier), "superseded_by": str(later.id),
                              "superseded_how": "revisited"})
    assert response.headers["Location"] == f"/decisions?{query}#decision-{earlier.id}"


def _page_words(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html.unescape(response.text)).split())


def test_saying_how_is_required_when_a_later_decision_is_chosen(client, auth, board, make_decision):
    earlier = make_decision(board, "Earlier", days_ago=50)
    later = make_decision(board, "Later", days_ago=5)
    auth.login(board.secretary)
    response = client.submit(f"/decisions/{earlier.id}/edit", {
        "version": version_of(earlier), "superseded_by": str(later.id)})
    assert response.status_code == 200
    message = "Choose whether the later decision revisited or reversed this one"
    assert ("#superseded_how", message) in error_summary_links(response)
    for how in ("", "undone"):
        response = client.submit(f"/decisions/{earlier.id}/edit", {
            "version": version_of(earlier), "superseded_by": str(later.id), "superseded_how": how})
        assert ("#superseded_how", message) in error_summary_links(response)
    db.session.expire_all()
    assert db.session.get(Decision, earlier.id).superseded_by_id is None


def test_reversed_reads_on_the_register_and_the_edit_page_and_old_rows_say_superseded(
        client, auth, board, make_meeting, make_decision):
    from datetime import date

    meeting = make_meeting(board, date(2026, 3, 3))
    later = make_decision(board, "The pilot stops", meeting=meeting)
    reversed_one = make_decision(board, "The pilot starts", days_ago=400, superseded_by_id=later.id)
    auth.login(board.secretary)
    response = client.submit(f"/decisions/{reversed_one.id}/edit", {
        "version": version_of(reversed_one), "superseded_by": str(later.id), "superseded_how": "reversed"})
    assert response.status_code == 302
    old_row = make_decision(board, "An older one", days_ago=500, superseded_by_id=later.id)  # how: NULL
    words = _page_words(client.get("/decisions"))
    assert "Reversed by the decision of SEND Board, 3 March 2026: The pilot stops" in words
    assert "Superseded by the decision of SEND Board, 3 March 2026" in words
    edit_words = _page_words(client.get(f"/decisions/{reversed_one.id}/edit"))
    assert "Reversed by the decision of SEND Board, 3 March 2026" in edit_words
    assert 'value="reversed" checked' in client.get(f"/decisions/{reversed_one.id}/edit").text
    assert "Superseded by the decision" in _page_words(client.get(f"/decisions/{old_row.id}/edit"))


@pytest.fixture
def workstream(board, make_person, make_group):
    """A workstream under the SEND Board, with its own secretary (who does not run the Board)."""
    secretary = make_person(role="lead", name="Sam Okafor")
    group = make_group(name="Transport workstream", secretary=secretary, parent_id=board.id, kind="workstream")
    group.secretary = secretary
    return group


def test_the_board_can_supersede_a_decision_of_its_workstream(client, auth, board, workstream, make_group,
                                                               make_decision):
    earlier = make_decision(workstream, "Buses run at 8am", days_ago=60)
    board_later = make_decision(board, "Buses run at 7:30am", days_ago=5)
    make_decision(make_group(), "Another group's", days_ago=3)
    auth.login(board.secretary)  # runs the Board, not the workstream
    assert f"/decisions/{earlier.id}/edit" in client.get("/decisions").text
    assert f"/decisions/{earlier.id}/for-families" not in client.get("/decisions").text  # that stays the workstream's
    page = html.unescape(client.get(f"/decisions/{earlier.id}/edit").text)
    assert "SEND Board: Buses run at 7:30am" in page and "Another group's" not in page
    response = client.submit(f"/decisions/{earlier.id}/edit", {
        "version": version_of(earlier), "superseded_by": str(board_later.id), "superseded_how": "revisited"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Decision, earlier.id).superseded_by_id == board_later.id
    [change] = db.session.scalars(db.select(AuditEvent).where(
        AuditEvent.entity_type == "decisions", AuditEvent.entity_id == earlier.id, AuditEvent.event == "changed")).all()
    assert change.actor_id == board.secretary.id and change.changes["superseded_how"] == [None, "revisited"]
    words = _page_words(client.get("/decisions"))
    assert "Revisited by the decision of SEND Board" in words
    assert "This replaced the decision of Transport workstream" in words


def test_a_workstream_cannot_supersede_the_boards_decision_nor_someone_who_does_not_run_the_board(
        client, auth, board, workstream, make_decision):
    board_earlier = make_decision(board, "Board said", days_ago=60)
    workstream_later = make_decision(workstream, "Workstream said", days_ago=5)
    auth.login(board.secretary)  # runs the Board; the workstream is below it, not above
    response = client.submit(f"/decisions/{board_earlier.id}/edit", {
        "version": version_of(board_earlier), "superseded_by": str(workstream_later.id),
        "superseded_how": "reversed"})
    assert ("#superseded_by", "Choose a decision of SEND Board or of a group above it") in [
        (href, text.replace("special educational needs and disabilities (SEND)", "SEND"))
        for href, text in error_summary_links(response)]
    earlier = make_decision(workstream, "Workstream said first", days_ago=60)
    board_later = make_decision(board, "Board said later", days_ago=5)
    auth.logout()
    auth.login(workstream.secretary)  # runs the workstream, not the Board
    assert "Board said later" not in html.unescape(client.get(f"/decisions/{earlier.id}/edit").text)
    response = client.submit(f"/decisions/{earlier.id}/edit", {
        "version": version_of(earlier), "superseded_by": str(board_later.id), "superseded_how": "reversed"})
    assert response.status_code == 200
    [(href, message)] = error_summary_links(response)
    assert href == "#superseded_by" and message.startswith("Only whoever runs") and "Ask its chair" in message
    db.session.expire_all()
    assert db.session.get(Decision, earlier.id).superseded_by_id is None
    assert db.session.get(Decision, board_earlier.id).superseded_by_id is None
