"""Migrations build the whole schema on an empty database, and agree with the models."""
import os

import pytest
from flask_migrate import check, upgrade
from sqlalchemy import func, select

from config import TestConfig
from tests.conftest import drop_postgres_database, fresh_postgres_database
from tracker import create_app
from tracker.core.models import Tag
from tracker.extensions import db


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
