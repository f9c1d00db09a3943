"""Migrations build the whole schema on an empty database, and agree with the models."""
import os

import psycopg
import pytest
from flask_migrate import check, upgrade
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from config import TestConfig
from tracker import create_app
from tracker.core.models import Tag
from tracker.extensions import db


def _empty_database(engine: str, tmp_path) -> str:
    if engine == "sqlite":
        return f"sqlite:///{tmp_path}/migrated.db"
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("TEST_DATABASE_URL is not set")
    base = make_url(os.environ["TEST_DATABASE_URL"])
    name = f"{base.database or 'test'}_migrations_{os.getpid()}"
    admin = base.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return base.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_migrations_upgrade_an_empty_database_and_match_the_models(engine, tmp_path):
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=_empty_database(engine, tmp_path))
    with app.app_context():
        upgrade(revision="heads")  # several domain branches may be open until merged
        check()  # raises if the models and the migrations disagree
        assert db.session.scalar(select(func.count()).select_from(Tag)) == 19
        db.session.remove()
        db.engine.dispose()
