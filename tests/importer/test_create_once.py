"""The import page creates each action once: pressing Create twice, or two people at once."""
# ruff: noqa: F811 (the paste page's fixtures, imported)
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from tests.conftest import writing_at_once
from tests.importer.test_paste_page import (  # noqa: F401
    BOARD,
    actions_count,
    board,
    meeting,
    paste,
    raw,
    review_rows,
    text_of,
    url,
)
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.importer.models import ImportedAction
from tracker.importer.operations import ChosenAction, create_chosen_actions


def create(client, meeting, rows):
    return client.submit(url(meeting), {**rows, "create": "Create"}, form_url=url(meeting))


def test_pressing_create_twice_creates_the_actions_once(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, BOARD)))
    first = create(client, meeting, rows)
    made = actions_count()
    assert first.status_code == 302 and made > 1
    again = create(client, meeting, rows)
    assert again.status_code == 302 and actions_count() == made
    page = text_of(client.get(again.headers["Location"]))
    assert "These actions were already created from these outcomes, so not created again." in page
    assert db.session.scalar(select(func.count(ImportedAction.id)).where(ImportedAction.action_id.is_not(None))) == made


def test_a_second_import_with_one_new_row_creates_only_that_one(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, BOARD)))
    first_row_only = {name: value for name, value in rows.items()
                      if not name.endswith("-include") or name == "rows-0-include"}
    create(client, meeting, first_row_only)
    assert actions_count() == 1
    again = create(client, meeting, {**first_row_only, "rows-2-include": rows["rows-2-include"]})
    assert actions_count() == 2
    page = text_of(client.get(again.headers["Location"]))
    assert "1 action created from the meeting outcomes. 1 of the chosen actions was already created" in page


def test_two_actions_from_one_sentence_are_both_made_and_each_only_once(app, board, meeting):
    sentence = "Sam will write to schools and Priya will call the forum."
    chosen = [ChosenAction(title="Write to schools", owner=board.people["member"], source=sentence, by_next_meeting=True),
              ChosenAction(title="Call the forum", owner=board.people["chair"], source=sentence, by_next_meeting=True)]
    now = datetime.now(UTC)
    made = create_chosen_actions(meeting, chosen, by=None, today=now.date(), now=now)
    assert [action.title for action in made] == ["Write to schools", "Call the forum"]
    assert create_chosen_actions(meeting, chosen, by=None, today=now.date(), now=now) == []
    db.session.commit()
    assert actions_count() == 2


def test_two_people_creating_at_once_create_each_action_once(app, client, auth, board, meeting, engine_name):
    """Both requests read the meeting's actions before either writes (held at a barrier), as when
    two people press Create at the same moment; the unique key lets only one of them write."""
    if engine_name != "postgresql":
        pytest.skip("SQLite lets one writer in at a time (BEGIN IMMEDIATE); PostgreSQL shows the race")
    payloads = []
    for who in ("secretary", "chair"):
        person_client = type(client)(app.test_client())
        person_auth = type(auth)(person_client)
        person_auth.login(board.people[who])
        rows = review_rows(raw(paste(person_client, meeting, BOARD)))
        payloads.append((person_client, {**rows, "create": "Create",
                                         "csrf_token": person_client.csrf_token(url(meeting))}))
    db.session.commit()
    responses = []
    address = url(meeting)  # read here: the test's session is not for the threads to share
    presses = [lambda person_client=person_client, payload=payload:
               responses.append(person_client.post(address, data=payload)) for person_client, payload in payloads]
    held = writing_at_once(app, presses, first_write=("INSERT INTO imported_actions", "INSERT INTO actions"))
    assert held == 2  # both really were writing at once
    assert sorted(response.status_code for response in responses) == [302, 302]
    db.session.expire_all()
    titles = db.session.scalars(select(Action.title)).all()
    assert titles and len(titles) == len(set(titles)) == sum(1 for name in payloads[0][1] if name.endswith("-include"))
