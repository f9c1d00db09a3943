"""Owners and due dates on the review page and in `flask minutes import --json`, against the
partnership's real people and diary (on SQLite and PostgreSQL)."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sqlalchemy import select

from tests.importer.test_cli import run  # noqa: F401 (a fixture)
from tests.importer.test_paste_page import create, paste, review_rows, text_of
from tracker.actions.models import Action
from tracker.extensions import db

OUTCOMES = """Actions

- Priya Shah to circulate the report by 30 June
- Jane Smith to book the hall
- The Chair will write to schools by the next meeting
- Update the Local Offer page
- Director of Education and Tom Fisher to present the plan at July's Board meeting
"""


@pytest.fixture
def board(make_person, make_group):
    secretary = make_person(name="Tom Fisher", email="tom@example.org")
    chair = make_person(role="chair", name="Jordan Reid")
    member = make_person(name="Priya Shah", job_title="Director of Education")
    group = make_group(name="SEND Board", kind="board", chair=chair, secretary=secretary, members=[member])
    group.people = {"secretary": secretary, "chair": chair, "member": member}
    return group


@pytest.fixture
def meeting(board, make_meeting):
    make_meeting(board, date(2021, 7, 13))  # July's Board meeting, in the diary
    return make_meeting(board, date(2021, 6, 8))


def owner_of(rows: dict, number: int) -> str:
    return rows[f"rows-{number}-owner"]


def test_named_owners_are_matched_and_a_name_that_fits_no_one_is_left_to_choose(client, auth, board, meeting):
    people = board.people
    auth.login(people["secretary"])
    response = paste(client, meeting, OUTCOMES)
    page = text_of(response)
    rows = review_rows(response.get_data(as_text=True))
    assert owner_of(rows, 0) == str(people["member"].id)
    assert "The minutes say “Priya Shah”. Matched by Full name: Priya Shah (a member of the group)" in page
    assert owner_of(rows, 1) == ""  # never silently the secretary
    assert "No one called Jane Smith: choose the owner" in page
    assert owner_of(rows, 2) == str(people["chair"].id)
    assert "Matched by Role in the group: Jordan Reid (the group's chair)" in page
    assert owner_of(rows, 3) == str(people["secretary"].id)  # the minutes name no one
    assert owner_of(rows, 4) == str(people["member"].id)
    assert "Also named: Tom Fisher (written in the action's detail)" in page
    # due dates, and where each came from
    assert rows["rows-0-due"] == "date" and rows["rows-0-due_on"] == ["30", "06", "2021"]
    assert "Read from “30 June”" in page
    assert rows["rows-2-due"] == "next_meeting"
    assert rows["rows-4-due"] == "date" and rows["rows-4-due_on"] == ["13", "07", "2021"]
    assert "“at July's Board meeting”: the meeting of SEND Board on 13 July 2021" in page
    assert "The minutes give no due date: by the next meeting until you choose" in page

    refused = create(client, meeting, rows)
    page = text_of(refused)
    assert 'href="#rows-1-owner">No one called Jane Smith: choose the owner</a>' in page
    assert db.session.scalar(select(Action.id)) is None  # nothing saved

    rows["rows-1-owner"] = str(people["secretary"].id)
    done = create(client, meeting, rows)
    assert done.status_code == 302
    made = {action.title: action for action in db.session.scalars(select(Action))}
    assert made["Circulate the report by 30 June"].owner == people["member"]
    assert made["Circulate the report by 30 June"].due_on == date(2021, 6, 30)
    assert made["Book the hall"].owner == people["secretary"]
    assert made["Book the hall"].detail.endswith(
        "The minutes name the owner as “Jane Smith”, who was not found among the partnership's people")
    assert made["Write to schools by the next meeting"].owner == people["chair"]
    plan = made["Present the plan at July's Board meeting"]
    assert plan.due_on == date(2021, 7, 13)
    assert plan.detail.endswith("Also named as owners in the minutes: Tom Fisher")


def test_a_second_import_of_an_action_with_several_owners_is_still_recognised(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(paste(client, meeting, OUTCOMES).get_data(as_text=True))
    rows["rows-1-owner"] = str(board.people["secretary"].id)
    assert create(client, meeting, rows).status_code == 302
    again = review_rows(paste(client, meeting, OUTCOMES).get_data(as_text=True))
    assert not any(again.get(f"rows-{number}-include") for number in range(5))


def test_json_says_who_each_owner_is_and_where_each_date_came_from(run, board, tmp_path):  # noqa: F811
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Action: Jane Smith to circulate the report by 30 January\n\n"
                       "Action: Priya Shah to hold a celebration event in the New Year\n", encoding="utf-8")
    plain = run(minutes, "--group", "SEND Board", "--date", "2025-11-12", "--dry-run")
    assert "Owner: Tom Fisher for now. Check: No one called Jane Smith: choose the owner" in plain.output
    assert "Owner: Priya Shah (the minutes say “Priya Shah”; Full name: Priya Shah" in plain.output
    assert ("Due 31 January 2026 (A rule: “in the New Year” is taken as the end of January, 31 January 2026)"
            in plain.output)
    result = run(minutes, "--group", "SEND Board", "--date", "2025-11-12", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    jane, priya = report["suggestions"]
    assert jane["owner_found"] == {"written": "Jane Smith", "person": None, "person_id": None, "how": "",
                                   "problem": "No one called Jane Smith: choose the owner"}
    assert jane["action"]["owner"] == "Tom Fisher"  # the secretary for now, and said so
    assert jane["due_from"] == {"words": "30 January", "rule": None, "from": "words",
                                "note": "Read from “30 January”"}
    assert jane["action"]["due_on"] == "2026-01-30"
    member = board.people["member"]
    assert priya["owner_found"]["person"] == {"id": member.id, "name": "Priya Shah", "email": member.email}
    assert priya["owner_found"]["how"] == "Full name: Priya Shah (a member of the group)"
    assert priya["action"]["owner"] == "Priya Shah"
    assert priya["due_from"]["from"] == "rule"
    assert priya["due_from"]["rule"] == "“in the New Year” is taken as the end of January, 31 January 2026"
    # the documented shape is kept
    assert {"title", "source", "heading", "confidence", "reason", "due_on", "due_by_next_meeting"} <= set(jane)


def test_the_review_sends_the_same_number_of_queries_however_many_owners_it_matches(
        client, auth, board, meeting, make_person, count_queries):
    auth.login(board.people["secretary"])
    for number in range(12):
        make_person(name=f"Named Person{number}", job_title=f"Officer {number}", password=None)

    def review(count: int):
        lines = "\n".join(f"- Named Person{number} to send report {number} by 30 June" for number in range(count))
        return paste(client, meeting, f"Actions\n\n{lines}\n- Jane Smith to book the hall")

    few, few_queries = count_queries(lambda: review(2))
    many, many_queries = count_queries(lambda: review(12))
    assert "Matched by Full name: Named Person11" in text_of(many)
    assert few.status_code == many.status_code == 200
    assert few_queries == many_queries


def test_the_owner_as_written_is_escaped_on_the_page(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = paste(client, meeting, "Actions\n\n- Zoë O'Brien-Smith to book the <b>hall</b>").get_data(as_text=True)
    assert "<b>hall</b>" not in page and "&lt;b&gt;hall&lt;/b&gt;" in page
    assert "The minutes say “Zoë O&#39;Brien-Smith”. No one called Zoë O&#39;Brien-Smith: choose the owner" in page
    assert re.search(r'<strong class="govuk-tag govuk-tag--orange">\s*Choose the owner\s*</strong>', page)
