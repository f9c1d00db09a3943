"""What /healthz reports: whether the service can do its job, in a couple of queries.

Unhealthy when the database does not answer, when its schema is missing or not at the newest
migration (a deploy that skipped `flask db upgrade`), or when emails queued over an hour ago have
failed to send (nudges are not reaching people). Each problem is named in words for an operator.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from alembic.script import ScriptDirectory
from flask import current_app
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tracker.core.database import read_only_session
from tracker.extensions import db
from tracker.nudges.queries import emails_failing_since

EMAILS_LATE_AFTER = timedelta(hours=1)


@lru_cache(maxsize=4)
def _migration_heads(directory: str) -> frozenset[str]:
    """The newest migrations shipped with this code: read once, from the files, per process."""
    config = current_app.extensions["migrate"].migrate.get_config(directory)
    return frozenset(ScriptDirectory.from_config(config).get_heads())


def health_problems(now: datetime) -> dict[str, str]:
    """Each part checked ("database", "schema", "outbox") with "ok" or what is wrong with it."""
    checks = {"database": "ok", "schema": "ok", "outbox": "ok"}
    try:  # also proves the database answers: two queries in all when healthy
        read_only_session(db.session)  # never queues for SQLite's write lock
        applied = frozenset(db.session.scalars(text("SELECT version_num FROM alembic_version")))
    except DBAPIError:
        db.session.rollback()
        try:
            db.session.execute(text("SELECT 1"))
        except DBAPIError as error:
            db.session.rollback()
            return {"database": f"The database does not answer ({type(error.orig).__name__})",
                    "schema": "not checked", "outbox": "not checked"}
        return {**checks, "schema": "The database has no schema: run flask db upgrade",
                "outbox": "not checked"}
    expected = _migration_heads(str(current_app.extensions["migrate"].directory))
    if applied != expected:
        checks["schema"] = (f"The database is at migration {', '.join(sorted(applied)) or 'none'}, "
                            f"not {', '.join(sorted(expected))}: run flask db upgrade")
    failing = emails_failing_since(now - EMAILS_LATE_AFTER)
    if failing:
        checks["outbox"] = (f"{failing} email{'' if failing == 1 else 's'} queued over an hour ago "
                            f"failed to send: see /outbox")
    return checks
