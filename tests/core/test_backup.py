"""`flask backup create` and `flask backup restore` on the engine under test: a round trip gives
back every row of every table at the migration head, and no spent link comes back to life."""
from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tracker.actions.operations import post_update
from tracker.core.dates import utcnow
from tracker.core.health import _migration_heads
from tracker.core.models import DatabaseRestore
from tracker.core.signed_links import LinkProblem, SignedLinkError, spend_link
from tracker.extensions import db
from tracker.nudges.links import action_link_token, read_action_link
from tracker.nudges.outbox import queue_email

LEFT_OUT = {"database_restores", "change_stamps"}  # what a restore itself writes


def every_row() -> dict[str, list[tuple]]:
    return {table.name: sorted(tuple(repr(value) for value in row) for row in db.session.execute(select(table)))
            for table in db.metadata.sorted_tables if table.name not in LEFT_OUT}


def flask(app, *args: str):
    result = app.test_cli_runner().invoke(args=list(args))
    return result.exit_code, result.output


def link_problem(token: str) -> LinkProblem | None:
    try:
        read_action_link(token)
    except SignedLinkError as error:
        return error.problem
    return None


@pytest.fixture
def partnership(make_person, make_group, make_action):
    owner = make_person(name="Chris Nolan", email="owner@example.org")
    group = make_group(name="SEND Board", chair=make_person(role="chair", name="Jordan Reid"), members=[owner])
    action = make_action(owner=owner, group=group, title="Publish the Local Offer review")
    post_update(action, by=owner, note="Draft shared with the parent carer forum", at=utcnow())
    queue_email(key="backup-test", kind="test", to=owner, subject="Test", template="emails/password_reset",
                person=owner, link="http://localhost/x", lasts="2 hours", forgot_url="http://localhost/forgot")
    db.session.commit()
    return owner, action


def test_a_backup_restored_gives_back_every_row_at_the_migration_head(app, tmp_path, partnership, make_person):
    owner, action = partnership
    action_id, owner_id = action.id, owner.id  # the restore starts a new session
    spent_before = action_link_token(action.id, owner.id)
    spend_link(read_action_link(spent_before))
    spent_after = action_link_token(action.id, owner.id)
    db.session.commit()
    backup = tmp_path / "tracker.backup"

    code, output = flask(app, "backup", "create", str(backup))
    assert code == 0, output
    assert output.startswith("Backed up the ") and str(backup) in output
    before = every_row()
    assert before["actions"] and before["action_updates"] and before["outbox_emails"] and before["used_tokens"]

    # Life goes on after the backup: a link is spent, people and actions change.
    spend_link(read_action_link(spent_after))
    make_person(name="Someone added after the backup")
    db.session.execute(text("DELETE FROM action_updates"))
    db.session.commit()
    assert every_row() != before

    code, output = flask(app, "backup", "restore", str(backup), "--yes")
    assert code == 0, output
    assert "Links emailed before now" in output
    assert every_row() == before
    applied = set(db.session.scalars(text("SELECT version_num FROM alembic_version")))
    assert applied == set(_migration_heads(str(app.extensions["migrate"].directory)))
    assert db.session.scalar(select(DatabaseRestore.backup_file)) == str(backup)

    # The link spent before the backup stays spent; so does the one spent after it, whose record
    # the backup never had. A link issued after the restore works.
    assert link_problem(spent_before) == LinkProblem.USED
    assert link_problem(spent_after) == LinkProblem.USED
    fresh = action_link_token(action_id, owner_id, issued_at=utcnow() + timedelta(seconds=2))
    assert link_problem(fresh) is None


def test_a_sqlite_backup_holds_what_is_still_in_the_write_ahead_log(app, engine_name, tmp_path, make_person):
    if engine_name != "sqlite":
        pytest.skip("SQLite only")
    live = Path(db.engine.url.database)
    make_person(name="Written a moment ago")
    assert Path(f"{live}-wal").stat().st_size > 0  # the newest rows are in the log, not yet in the file
    code, output = flask(app, "backup", "create", str(tmp_path / "tracker.db"))
    assert code == 0, output
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(tmp_path / "tracker.db", alone / "tracker.db")  # the backup is one whole file
    import sqlite3
    with sqlite3.connect(alone / "tracker.db") as copy:
        names = {name for (name,) in copy.execute("SELECT name FROM users")}
    assert "Written a moment ago" in names


def test_a_backup_never_overwrites_a_file(app, tmp_path):
    existing = tmp_path / "keep.backup"
    existing.write_text("an older backup")
    code, output = flask(app, "backup", "create", str(existing))
    assert code == 1
    assert f"{existing} already exists: choose a new file name" in output
    assert existing.read_text() == "an older backup"
    assert [path.name for path in tmp_path.iterdir()] == ["keep.backup"]  # no partial file left


@pytest.mark.parametrize("content, says", [
    (b"name,email\nChris,owner@example.org\n", "is not a "),
    (None, "There is no backup file"),
])
def test_restoring_something_that_is_not_a_backup_changes_nothing(app, tmp_path, partnership, content, says):
    path = tmp_path / "not-a-backup"
    if content is not None:
        path.write_bytes(content)
    before = every_row()
    code, output = flask(app, "backup", "restore", str(path), "--yes")
    assert code == 1 and says in output and "Traceback" not in output
    assert every_row() == before


def test_restoring_asks_first(app, tmp_path, partnership):
    backup = tmp_path / "tracker.backup"
    flask(app, "backup", "create", str(backup))
    result = app.test_cli_runner().invoke(args=["backup", "restore", str(backup)], input="n\n")
    assert result.exit_code == 1 and "Aborted" in result.output
    assert db.session.scalar(select(DatabaseRestore.id)) is None
