"""Two chairs changing one decision at once (issue 16): its tags and supersession, and what it means
for families. The second save, made from the version its page read, is refused as an edit conflict
that keeps what was typed and shows what the first changed; saving again goes through. The API
answers 409 to an old version. Decisions and agenda items have carried a version since decisions_3."""
from __future__ import annotations

import os
import re
from datetime import date, datetime

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text, update

from config import TestConfig
from tests.conftest import (
    VERSION,
    FormClient,
    browsers_of,
    drop_postgres_database,
    fresh_postgres_database,
    opened,
)
from tests.meetings.conftest import error_summary_links, page_text
from tracker import create_app
from tracker.core.models import Tag
from tracker.decisions import operations
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision

PLAIN = "Your child can see a key worker sooner. Ask your school how to get one."
OTHER = "Families can ask for a key worker. Ask your school about it."


def two_chairs(app, board) -> tuple[FormClient, FormClient]:
    """Tom (the secretary) and Jordan (the chair), each signed in on their own browser."""
    return tuple(browsers_of(app, board.secretary, board.chair))


def _fresh(decision) -> Decision:
    db.session.expire_all()
    return db.session.get(Decision, decision.id)


def _tag(kind: str) -> Tag:
    return db.session.scalars(db.select(Tag).where(Tag.kind == kind).order_by(Tag.position)).first()


def test_the_second_tagging_is_refused_showing_what_changed_then_goes_through(app, board, make_decision):
    decision = make_decision(board, "The pilot will run until December")
    first_priority, value = _tag("priority"), _tag("value")
    tom, jordan = two_chairs(app, board)
    form = f"/decisions/{decision.id}/edit"
    toms, jordans = opened(tom, form), opened(jordan, form)

    assert tom.post(form, data={**toms, "superseded_by": "", "priorities": [str(first_priority.id)]}).status_code == 302
    second = jordan.post(form, data={**jordans, "superseded_by": "", "values": [str(value.id)]})
    text = page_text(second)
    assert second.status_code == 200 and "Someone else saved this decision while you were editing it" in text
    assert error_summary_links(second) == [
        ("#priorities", f"Tom Fisher changed this to {first_priority.name} while you were editing. "
                        "Check it, then save again")]
    assert f"Tags: from (none) to {first_priority.name}" in " ".join(text.split())  # what they changed
    assert re.search(rf'value="{value.id}"\s+checked', text)  # what Jordan chose stays chosen
    assert [tag.id for tag in _fresh(decision).tags] == [first_priority.id]

    again = jordan.post(form, data={**jordans, "version": VERSION.search(text).group(1), "superseded_by": "",
                                    "values": [str(value.id)]})
    assert again.status_code == 302
    assert [tag.id for tag in _fresh(decision).tags] == [value.id]


def test_marking_it_superseded_from_an_old_page_is_refused(app, board, make_decision):
    decision = make_decision(board, "The pilot will run until December", days_ago=90)
    later = make_decision(board, "The pilot is extended to March", days_ago=10)
    tom, jordan = two_chairs(app, board)
    form = f"/decisions/{decision.id}/edit"
    toms, jordans = opened(tom, form), opened(jordan, form)
    assert tom.post(form, data={**toms, "superseded_by": str(later.id), "superseded_how": "reversed"}).status_code == 302
    second = jordan.post(form, data={**jordans, "superseded_by": str(later.id), "superseded_how": "revisited"})
    links = error_summary_links(second)
    assert links[0][0] == "#superseded_by" and links[0][1].startswith("Tom Fisher changed this to the decision of ")
    assert links[1] == ("#superseded_how", "Tom Fisher changed this to Reversed while you were editing. "
                                           "Check it, then save again")
    assert _fresh(decision).superseded_how == "reversed"


def test_the_second_summary_for_families_is_refused_showing_what_changed_then_goes_through(app, board,
                                                                                          make_decision):
    decision = make_decision(board, "The key worker pilot will run until March.")
    tom, jordan = two_chairs(app, board)
    form = f"/decisions/{decision.id}/for-families"
    toms, jordans = opened(tom, form), opened(jordan, form)

    assert tom.post(form, data={**toms, "for_families": PLAIN, "publish": "1"}).status_code == 302
    second = jordan.post(form, data={**jordans, "for_families": OTHER, "publish": "1"})
    text = page_text(second)
    assert second.status_code == 200 and "Someone else saved this decision while you were editing it" in text
    assert error_summary_links(second) == [
        ("#for_families", f"Tom Fisher changed this to “{PLAIN}” while you were editing. Check it, then save again")]
    assert f"What this means for families: from (empty) to {PLAIN}" in " ".join(text.split())
    assert OTHER in text  # what Jordan typed stays
    assert VERSION.findall(text) == ["2", "2"]  # both forms on the page: publishing, and taking it off
    assert _fresh(decision).for_families == PLAIN

    again = jordan.post(form, data={**jordans, "version": VERSION.search(text).group(1), "for_families": OTHER,
                                    "publish": "1"})
    assert again.status_code == 302
    assert _fresh(decision).for_families == OTHER


def test_the_second_look_page_carries_the_version_it_was_opened_at(app, board, make_decision):
    """A hard summary gets a second look first; someone else publishing meanwhile is still caught."""
    hard = "Commissioning arrangements necessitate interdisciplinary collaboration regarding EHCP provision."
    decision = make_decision(board, "The pilot runs on.")
    tom, jordan = two_chairs(app, board)
    form = f"/decisions/{decision.id}/for-families"
    jordans = opened(jordan, form)
    looked = jordan.post(form, data={**jordans, "for_families": hard, "publish": "1"})
    assert looked.status_code == 200 and VERSION.search(page_text(looked)).group(1) == "1"
    assert tom.post(form, data={**opened(tom, form), "for_families": PLAIN, "publish": "1"}).status_code == 302
    confirmed = jordan.post(form, data={**jordans, "for_families": hard, "second_look_taken": "yes",
                                        "publish": "1"})
    assert confirmed.status_code == 200 and "Someone else saved this decision" in page_text(confirmed)
    assert _fresh(decision).for_families == PLAIN


def test_a_change_of_something_else_meanwhile_is_not_refused(client, auth, board, make_decision):
    """Publishing the summary does not clash with tagging it: each page refuses only its own fields."""
    decision = make_decision(board, "The pilot runs on.")
    operations.publish_for_families(decision, text=PLAIN, at=decision.meeting.starts_at, second_look_taken=True)
    db.session.commit()
    auth.login(board.chair)
    tagged = client.submit(f"/decisions/{decision.id}/edit",
                           {"version": "1", "superseded_by": "", "priorities": [str(_tag("priority").id)]})
    assert tagged.status_code == 302
    assert _fresh(decision).for_families == PLAIN and len(_fresh(decision).tags) == 1


def test_taking_it_off_the_public_page_from_an_old_page_is_refused(client, auth, board, make_decision):
    decision = make_decision(board, "The pilot runs on.")
    operations.publish_for_families(decision, text=PLAIN, at=decision.meeting.starts_at, second_look_taken=True)
    db.session.commit()
    auth.login(board.chair)
    form = f"/decisions/{decision.id}/for-families"
    assert client.submit(form, {"version": "2", "for_families": OTHER, "publish": "1"}).status_code == 302
    refused = client.submit(f"{form}/unpublish", {"version": "2"}, form_url=form)
    assert "Someone else saved this decision while you were editing it" in page_text(
        client.get(refused.headers["Location"]))
    assert _fresh(decision).published_at is not None
    taken_off = client.submit(f"{form}/unpublish", {"version": "3"}, form_url=form)
    assert taken_off.status_code == 302 and _fresh(decision).published_at is None


@pytest.mark.parametrize("page", ["edit", "for-families"])
def test_a_save_landing_at_the_same_moment_is_the_same_friendly_conflict(client, auth, board, make_decision,
                                                                          monkeypatch, page):
    """The other save is written after the version was checked and before ours (StaleDataError)."""
    decision = make_decision(board, "The pilot runs on.")
    real = operations.check_not_overwriting

    def then_someone_saves(record, *args, **kwargs):
        real(record, *args, **kwargs)
        db.session.execute(update(Decision).where(Decision.id == record.id).values(version=Decision.version + 1),
                           execution_options={"synchronize_session": False})

    monkeypatch.setattr(operations, "check_not_overwriting", then_someone_saves)
    auth.login(board.chair)
    data = {"edit": {"superseded_by": "", "priorities": [str(_tag("priority").id)]},
            "for-families": {"for_families": PLAIN, "publish": "1"}}[page]
    response = client.submit(f"/decisions/{decision.id}/{page}", {"version": "1", **data})
    assert response.status_code == 200
    assert [message for _, message in error_summary_links(response)] == [
        "Someone else saved this decision while you were editing it. Check what changed, then save again"]
    assert _fresh(decision).tags == [] and _fresh(decision).for_families == ""


# --- the API ---------------------------------------------------------------------------------------


def test_the_api_refuses_an_old_version_of_a_decision_or_agenda_item_with_a_409(api_as, board, make_decision):
    decision = make_decision(board, "The pilot runs on.", item="Key worker pilot")
    item = db.session.get(AgendaItem, decision.agenda_item_id)
    api = api_as(board.secretary)
    read = api.get(f"/api/v1/decisions/{decision.id}").json["version"]
    assert read == 1
    changed = api.post(f"/api/v1/decisions/{decision.id}", json={"text": "The pilot runs to March.", "version": read})
    assert changed.status_code == 200 and changed.json["version"] == 2
    stale = api.post(f"/api/v1/decisions/{decision.id}", json={"text": "The pilot runs to June.", "version": read})
    assert stale.status_code == 409 and stale.json["field"] == "version"
    assert _fresh(decision).text == "The pilot runs to March."
    unread = api.post(f"/api/v1/decisions/{decision.id}", json={"text": "The pilot runs to June."})
    assert unread.status_code == 200  # no version sent: nothing to compare, as for meetings and actions

    path = f"/api/v1/meetings/{item.meeting_id}/agenda-items/{item.id}"
    assert api.post(path, json={"title": "Key worker pilot", "notes": "Ten.", "version": 1}).json["version"] == 2
    stale_item = api.post(path, json={"title": "Key worker pilot", "notes": "Eleven.", "version": 1})
    assert stale_item.status_code == 409 and stale_item.json["field"] == "version"
    db.session.expire_all()
    assert db.session.get(AgendaItem, item.id).notes == "Ten."


# --- the migration ---------------------------------------------------------------------------------


def _insert(connection, table: str, **values) -> None:
    """A row as it was then: every required column the test does not name gets a plain value."""
    plain = {"INTEGER": 1, "BOOLEAN": False, "DATE": date(2026, 1, 13), "DATETIME": datetime(2026, 1, 13, 14),
             "TIMESTAMP": datetime(2026, 1, 13, 14)}
    for column in inspect(connection).get_columns(table):
        if column["name"] not in values and not column["nullable"] and column.get("default") is None \
                and column.get("autoincrement") is not True:
            kind = str(column["type"]).split("(")[0].split(" ")[0].upper()
            values[column["name"]] = plain.get(kind, "")
    names = ", ".join(values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + name for name in values)})"),
                       values)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_versions_migration_gives_existing_rows_version_1_and_goes_back(engine, tmp_path):
    if engine == "sqlite":
        url = f"sqlite:///{tmp_path}/versions.db"
    elif not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("TEST_DATABASE_URL is not set")
    else:
        url = fresh_postgres_database(f"versions_{os.getpid()}")
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=url)
    with app.app_context():
        upgrade(revision="actions_3")
        with db.engine.begin() as connection:  # a meeting's agenda item and decision from before
            _insert(connection, "groups", id=1, name="SEND Board")
            _insert(connection, "meetings", id=1, group_id=1)
            _insert(connection, "agenda_items", id=1, meeting_id=1, title="Key worker pilot")
            _insert(connection, "decisions", id=1, meeting_id=1, agenda_item_id=1, text="Agreed.")
        upgrade(revision="decisions_3")
        with db.engine.connect() as connection:
            for table in ("decisions", "agenda_items"):
                assert connection.execute(text(f"SELECT version FROM {table}")).scalar_one() == 1
        downgrade(revision="actions_3")
        columns = inspect(db.engine)
        for table in ("decisions", "agenda_items"):
            assert "version" not in {column["name"] for column in columns.get_columns(table)}
        upgrade()
        db.session.remove()
        db.engine.dispose()
    if engine == "postgresql":
        drop_postgres_database(url)
