"""The decisions register at /decisions: who sees what, every filter, bad input, query counts."""
from __future__ import annotations

import html
from datetime import timedelta

import pytest

from tests.decisions.conftest import iso
from tests.meetings.conftest import version_of
from tracker.core.dates import local_today
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.people.models import Membership


def test_a_chair_sees_every_decision_newest_first_with_its_meeting_item_and_actions(
        client, auth, board, make_decision, make_action, make_group):
    older = make_decision(board, "The pilot will run until December", days_ago=60, item="Key Worker pilot")
    newer = make_decision(board, "Fund two more key workers", days_ago=10)
    elsewhere = make_decision(make_group(name="Preparing for Adulthood"), "Adopt the transition plan", days_ago=20)
    make_action(group=board, owner=board.member, title="Recruit two key workers", decision_id=newer.id,
                meeting_id=newer.meeting_id)
    auth.login(board.chair)
    response = client.get("/decisions")
    assert response.status_code == 200
    text = html.unescape(response.text)
    assert [newer.id, elsewhere.id, older.id] == _ids(text)
    assert "under “Key Worker pilot”" in text
    assert "Recruit two key workers" in text and "Chris Nolan" in text and "Not started" in text
    assert "No actions yet." in text
    assert f"/meetings/{older.meeting_id}#decision-{older.id}" in text
    assert "<title>Decisions – Meetings – " in text


def _ids(text: str) -> list[int]:
    import re

    return [int(found) for found in re.findall(r'<li id="decision-(\d+)"', text)]


def test_the_navigation_links_the_register_for_staff(client, auth, board):
    auth.login(board.lead)
    assert 'href="/decisions"' in client.get("/").text


def test_signed_out_people_are_sent_to_sign_in(client):
    for url in ("/decisions", "/decisions.csv", "/decisions.xlsx"):
        response = client.get(url)
        assert response.status_code == 302 and "sign-in" in response.headers["Location"]


def test_a_champion_sees_only_their_own_groups_decisions_and_no_owner_names_or_internal_actions(
        client, auth, board, make_person, make_decision, make_action, make_group):
    champion = make_person(role="champion")
    db.session.add(Membership(group=board, person=champion, group_role="member"))
    ours = make_decision(board, "Publish the local offer in plain English")
    ours.meeting.minutes = "Draft minutes: the chair was unhappy with the pace"
    theirs = make_decision(make_group(name="Internal finance group"), "Cut the transport budget")
    make_action(group=board, owner=board.member, title="Rewrite the local offer pages", decision_id=ours.id)
    db.session.commit()
    auth.login(champion)
    response = client.get("/decisions")
    text = html.unescape(response.text)
    assert _ids(text) == [ours.id]
    assert "Cut the transport budget" not in text and "Internal finance group" not in text
    assert "Rewrite the local offer pages" in text  # what the group agreed to do, as a summary
    assert "Chris Nolan" not in text and "/actions/" not in text  # no owner name, no internal page
    assert "Draft minutes" not in text and "the chair was unhappy" not in text
    # Nor through the filters, the exports or another group's id.
    assert _ids(html.unescape(client.get(f"/decisions?group={theirs.meeting.group_id}").text)) == [ours.id]
    assert "Cut the transport budget" not in client.get("/decisions.csv", buffered=True).text
    assert client.get(f"/decisions/{theirs.id}/edit").status_code == 404
    assert client.get(f"/decisions/{ours.id}/edit").status_code == 403


def test_the_group_filter_takes_in_its_sub_groups(client, auth, board, make_group, make_decision, register):
    workstream = make_group(name="Early Years workstream", parent_id=board.id)
    task = make_group(name="Two-year checks task group", parent_id=workstream.id)
    other = make_group(name="Elsewhere")
    at_board = make_decision(board, "Board decision", days_ago=40)
    in_workstream = make_decision(workstream, "Workstream decision", days_ago=30)
    in_task = make_decision(task, "Task group decision", days_ago=20)
    make_decision(other, "Unrelated decision", days_ago=10)
    auth.login(board.chair)
    assert register(f"group={board.id}") == [in_task.id, in_workstream.id, at_board.id]
    assert register(f"group={workstream.id}") == [in_task.id, in_workstream.id]


def test_the_date_range_is_of_the_meeting_days_both_ends_included(client, auth, board, make_decision, register):
    today = local_today()
    early = make_decision(board, "Early", days_ago=40)
    middle = make_decision(board, "Middle", days_ago=20)
    late = make_decision(board, "Late", days_ago=5)
    auth.login(board.chair)
    assert register(f"made_from={iso(today - timedelta(days=20))}") == [late.id, middle.id]
    assert register(f"made_to={iso(today - timedelta(days=20))}") == [middle.id, early.id]
    day = today - timedelta(days=20)
    assert register(f"made_from={day.day}&made_from={day.month}&made_from={day.year}"
                    f"&made_to={day.day}&made_to={day.month}&made_to={day.year}") == [middle.id]


def test_the_tag_filter(client, auth, board, make_decision, register):
    priority = db.session.scalar(db.select(Tag).where(Tag.kind == "priority").order_by(Tag.position).limit(1))
    tagged = make_decision(board, "Tagged", tags=[priority])
    make_decision(board, "Not tagged")
    auth.login(board.chair)
    assert register(f"tag={priority.id}") == [tagged.id]


def test_the_text_filter_reads_the_decision_and_its_agenda_item_in_any_case(
        client, auth, board, make_decision, register):
    by_text = make_decision(board, "The Key Worker PILOT continues", days_ago=20)
    by_item = make_decision(board, "Agreed", item="Key worker pilot review", days_ago=10)
    make_decision(board, "Something else entirely", days_ago=5)
    percent = make_decision(board, "Raise attendance by 5% this year", days_ago=3)
    auth.login(board.chair)
    assert register("q=key+worker+pilot") == [by_item.id, by_text.id]
    assert register("q=5%25") == [percent.id]  # a % is a character searched for, not a wildcard


@pytest.mark.parametrize("query, field, message", [
    ("made_from=2026-03-10&made_to=2026-03-01", "made_to", "The last date must be the same as or after the first date"),
    ("group=999999", "group", "Choose a group from the list"),
    ("group=abc", "group", "Choose a group from the list"),
    ("tag=999999", "tag", "Choose a tag from the list"),
    ("q=" + "x" * 10_000, "q", "Search with 200 characters or fewer"),
    ("made_from=31&made_from=2&made_from=2026", "made_from", "The first date must be a real date"),
    ("made_from=not-a-date", "made_from", "The first date must be a real date"),
])
def test_bad_filters_get_a_message_at_their_field_never_a_500(
        client, auth, board, make_decision, query, field, message):
    kept = make_decision(board, "Still listed")
    auth.login(board.chair)
    response = client.get(f"/decisions?{query}")
    assert response.status_code == 200
    text = html.unescape(response.text)
    assert message in text
    assert f'href="#{field}' in text  # the error summary links to the field
    assert "<title>Error: Decisions – Meetings" in text
    assert f'id="decision-{kept.id}"' in text  # the bad filter is left out; the list still shows


def test_the_register_is_paginated(app, monkeypatch, client, auth, board, make_meeting, make_decision, register):
    monkeypatch.setitem(app.config, "PAGE_SIZE", 2)  # the app lives for the whole run: put it back after
    meeting = make_meeting(board, local_today() - timedelta(days=3))
    made = [make_decision(board, f"Decision {number}", meeting=meeting) for number in range(5)]
    auth.login(board.chair)
    assert register() == [made[4].id, made[3].id]
    assert register("page=3") == [made[0].id]
    assert "page=2" in client.get("/decisions").text


def test_the_page_makes_the_same_number_of_queries_whatever_the_number_of_decisions(
        client, auth, board, make_decision, make_action, count_queries):
    priority = db.session.scalar(db.select(Tag).where(Tag.kind == "priority").limit(1))
    auth.login(board.chair)

    def add(count: int) -> None:
        for number in range(count):
            earlier = make_decision(board, f"Earlier {number}", item=f"Item {number}", tags=[priority])
            later = make_decision(board, f"Later {number}", days_ago=5)
            earlier.superseded_by = later
            make_action(group=board, owner=board.member, decision_id=earlier.id)
            make_action(group=board, decision_id=later.id)
        db.session.commit()

    add(1)
    client.get("/decisions")  # the filter choices are read once after the groups change, then kept
    _, few = count_queries(lambda: client.get("/decisions"))
    add(8)
    _, many = count_queries(lambda: client.get("/decisions"))
    assert few == many


def test_a_champion_sees_the_same_number_of_queries_too(
        client, auth, board, make_person, make_decision, count_queries):
    champion = make_person(role="champion")
    db.session.add(Membership(group=board, person=champion, group_role="member"))
    db.session.commit()
    auth.login(champion)
    make_decision(board, "One")
    client.get("/decisions")  # the filter choices are read once after the groups change, then kept
    _, few = count_queries(lambda: client.get("/decisions"))
    for number in range(6):
        make_decision(board, f"More {number}")
    _, many = count_queries(lambda: client.get("/decisions"))
    assert few == many


def test_only_decisions_with_no_action_yet_as_the_chairs_view_counts_them(client, auth, board, make_decision,
                                                                           make_action, register, api_as):
    from tracker.core.dates import local_today, utcnow
    from tracker.reports.chair_view import chaired_groups

    acted_on = make_decision(board, "Fund two more key workers", days_ago=10)
    waiting = make_decision(board, "Ask schools about transport", days_ago=20)
    make_action(group=board, owner=board.member, title="Recruit two key workers", decision_id=acted_on.id,
                meeting_id=acted_on.meeting_id)
    auth.login(board.chair)
    assert register(f"group={board.id}&without_actions=1") == [waiting.id]
    assert register(f"group={board.id}") == [acted_on.id, waiting.id]
    [chaired] = [group for group in chaired_groups(board.chair, today=local_today(), now=utcnow())
                 if group.id == board.id]
    assert chaired.decisions_without_actions == 1  # the number on the home page is the rows it links to
    listed = api_as(board.chair).get(f"/api/v1/decisions?group={board.id}&without_actions=true").json
    assert [item["id"] for item in listed["items"]] == [waiting.id]


def test_tagging_from_the_no_action_yet_view_comes_back_to_it(client, auth, board, make_decision):
    """The chair's home page links "7 with no action" to this view; tagging one must not lose it."""
    decision = make_decision(board, "Ask schools about transport", days_ago=20)
    auth.login(board.chair)
    query = f"group={board.id}&without_actions=1"
    assert f"/decisions/{decision.id}/edit?{query.replace('&', '&amp;')}" in client.get(f"/decisions?{query}").text
    response = client.submit(f"/decisions/{decision.id}/edit?{query}", {
        "version": version_of(decision), "superseded_by": ""})
    assert response.headers["Location"] == f"/decisions?{query}#decision-{decision.id}"


def test_the_downloads_say_how_many_and_are_not_offered_for_nothing(client, auth, board, make_decision):
    auth.login(board.chair)
    empty = html.unescape(client.get("/decisions").text)
    assert "No decisions have been recorded yet." in empty and "Download as CSV" not in empty
    assert "Bookmark this page" not in empty
    make_decision(board, "Ask schools about transport")
    one = html.unescape(client.get("/decisions").text)
    assert "Download as CSV<span class=\"govuk-visually-hidden\"> (this decision)</span>" in one
    make_decision(board, "Fund two more key workers")
    assert "(these 2 decisions)" in client.get("/decisions").text
    nothing = html.unescape(client.get("/decisions?q=nothing+like+this").text)
    assert "No decisions match these filters." in nothing and "Download as" not in nothing
    assert "Bookmark this page" in nothing
