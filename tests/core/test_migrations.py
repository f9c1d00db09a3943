"""Migrations build the whole schema on an empty database, agree with the models, and go down and up
again on a database holding a partnership's records."""
import os

import pytest
from flask_migrate import check, downgrade, upgrade
from sqlalchemy import func, select, text

from config import TestConfig
from tests.conftest import drop_postgres_database, fresh_postgres_database
from tracker import create_app
from tracker.actions.models import Action
from tracker.core.dates import local_today
from tracker.core.models import Tag
from tracker.demo.cli import load_demo_data
from tracker.extensions import db
from tracker.meetings.models import Decision, Meeting


def _empty_database(engine: str, tmp_path) -> str:
    if engine == "sqlite":
        return f"sqlite:///{tmp_path}/migrated.db"
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("TEST_DATABASE_URL is not set")
    return fresh_postgres_database(f"migrations_{os.getpid()}")


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_migrations_upgrade_an_empty_database_and_match_the_models(engine, tmp_path):
    url = _empty_database(engine, tmp_path)
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=url)
    with app.app_context():
        upgrade()
        check()  # raises if the models and the migrations disagree
        assert db.session.scalar(select(func.count()).select_from(Tag)) == 19
        db.session.remove()
        db.engine.dispose()
    if engine == "postgresql":
        drop_postgres_database(url)


def _counts() -> dict:
    return {model.__name__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Action, Meeting, Decision, Tag)}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_migrations_go_down_and_up_again_with_records_in_the_database(engine, tmp_path):
    """On SQLite a column is changed by building its table anew: with the meetings that actions point
    at in it, that used to stop the migration half way. Down past the last ten migrations and up
    again keeps every record; down to nothing and up again builds the schema anew."""
    url = _empty_database(engine, tmp_path)
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=url)
    with app.app_context():
        upgrade()
        load_demo_data(local_today())
        db.session.commit()
        before = _counts()
        assert before["Action"] and before["Meeting"] and before["Decision"]
        db.session.remove()
        downgrade(revision="-10")
        upgrade()
        assert _counts() == before
        db.session.remove()
        downgrade(revision="base")
        upgrade()
        check()
        assert _counts() == {"Action": 0, "Meeting": 0, "Decision": 0, "Tag": 19}
        db.session.remove()
        db.engine.dispose()
    if engine == "postgresql":
        drop_postgres_database(url)


def test_a_migration_that_leaves_broken_references_on_sqlite_is_not_applied(tmp_path):
    """SQLite's foreign keys are off while migrations run; each is checked before it commits instead,
    and they are on again afterwards for the app's own work."""
    url = f"sqlite:///{tmp_path}/broken.db"
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=url)
    with app.app_context():
        upgrade()
        head = db.session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        db.session.remove()
        with db.engine.connect() as connection:  # a row pointing at an action that is not there
            raw = connection.connection.driver_connection  # outside a transaction, where PRAGMAs work
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute("INSERT INTO action_tags (action_id, tag_id) VALUES (999999, 1)")
            raw.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(SystemExit):  # Flask-Migrate logs the reason and exits 1
            downgrade(revision="-1")
        assert db.session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        db.session.remove()
        db.engine.dispose()
