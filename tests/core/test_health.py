"""/healthz tells the truth: 503 naming what is wrong when the schema is missing or behind the
migrations, or emails over an hour old have failed to send; 200 otherwise, in two queries."""
from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import text

from config import TestConfig
from tests.conftest import drop_postgres_database, fresh_postgres_database
from tracker import create_app
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.outbox import queue_email

HEALTHY = {"status": "ok", "database": "ok", "schema": "ok", "outbox": "ok"}


def queue_one(key: str, *, status: str = OutboxStatus.PENDING, attempts: int = 0, age: timedelta) -> None:
    queue_email(key=key, kind="test", to=f"{key}@example.org", subject="Test", template="emails/password_reset",
                person={"name": "Someone"}, link="http://localhost/x", lasts="2 hours",
                forgot_url="http://localhost/forgot")
    db.session.flush()
    email = db.session.scalar(db.select(OutboxEmail).where(OutboxEmail.dedupe_key == key))
    email.status, email.attempts, email.created_at = status, attempts, utcnow() - age
    db.session.commit()


def test_a_healthy_service_answers_200_in_two_queries(client, count_queries):
    with count_queries() as statements:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == HEALTHY
    assert [statement.split()[0] for statement in statements if statement != "BEGIN"] == ["SELECT", "SELECT"]


def test_a_database_behind_the_migrations_is_503(client):
    [applied] = db.session.scalars(text("SELECT version_num FROM alembic_version")).all()
    db.session.execute(text("UPDATE alembic_version SET version_num = 'nudges_1'"))
    db.session.commit()
    try:
        response = client.get("/healthz")
    finally:
        db.session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": applied})
        db.session.commit()
    assert response.status_code == 503
    assert response.json["status"] == "unavailable" and response.json["database"] == "ok"
    assert response.json["schema"] == (f"The database is at migration nudges_1, not {applied}: "
                                       "run flask db upgrade")


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_database_without_the_schema_is_503(engine, tmp_path):
    if engine == "sqlite":
        url = f"sqlite:///{tmp_path}/empty.db"
    elif not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("TEST_DATABASE_URL is not set")
    else:
        url = fresh_postgres_database(f"health_{os.getpid()}")
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=url)
    try:
        response = app.test_client().get("/healthz")
        assert response.status_code == 503
        assert response.json == {"status": "unavailable", "database": "ok",
                                 "schema": "The database has no schema: run flask db upgrade",
                                 "outbox": "not checked"}
    finally:
        with app.app_context():
            db.engine.dispose()
        if engine == "postgresql":
            drop_postgres_database(url)


def test_emails_that_failed_over_an_hour_ago_are_503(client):
    queue_one("given-up", status=OutboxStatus.FAILED, attempts=8, age=timedelta(hours=3))
    queue_one("still-retrying", attempts=2, age=timedelta(minutes=61))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["outbox"] == "2 emails queued over an hour ago failed to send: see /outbox"
    assert response.json["schema"] == "ok"


def test_waiting_or_recent_emails_are_healthy(client):
    queue_one("no-mail-server-yet", age=timedelta(days=2))  # never tried: no MAIL_SERVER
    queue_one("failed-just-now", status=OutboxStatus.FAILED, attempts=1, age=timedelta(minutes=30))
    queue_one("sent-after-retrying", status=OutboxStatus.SENT, attempts=3, age=timedelta(days=1))
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == HEALTHY
