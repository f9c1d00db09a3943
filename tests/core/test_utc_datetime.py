"""Every date-time column stores UTC and hands back aware UTC datetimes, on SQLite and PostgreSQL."""
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from tracker.core.models import JobRun
from tracker.extensions import db

LONDON = ZoneInfo("Europe/London")


def _stored(started_at: datetime) -> JobRun:
    run = JobRun(job="test", started_at=started_at)
    db.session.add(run)
    db.session.commit()
    db.session.expire_all()
    return db.session.get(JobRun, run.id)


def test_a_moment_comes_back_aware_in_utc(app):
    summer_evening = datetime(2026, 7, 1, 19, 30, tzinfo=LONDON)
    run = _stored(summer_evening)
    assert run.started_at == summer_evening
    assert run.started_at.tzinfo == UTC
    assert run.started_at.hour == 18
    assert run.finished_at is None


def test_a_query_compares_moments_in_any_zone_as_the_same_instant(app):
    _stored(datetime(2026, 7, 1, 18, 30, tzinfo=UTC))
    just_after = datetime(2026, 7, 1, 19, 31, tzinfo=LONDON)  # 18:31 UTC; as text, later than 18:30 anyway
    just_before = datetime(2026, 7, 1, 14, 29, tzinfo=timezone(timedelta(hours=-4)))  # 18:29 UTC
    assert db.session.scalar(select(JobRun.id).where(JobRun.started_at < just_after)) is not None
    assert db.session.scalar(select(JobRun.id).where(JobRun.started_at < just_before)) is None
    assert db.session.scalar(select(db.func.max(JobRun.started_at))).tzinfo == UTC


def test_a_naive_moment_is_refused(app):
    db.session.add(JobRun(job="test", started_at=datetime(2026, 7, 1, 18, 30)))
    with pytest.raises(StatementError, match="naive datetime"):
        db.session.flush()
    db.session.rollback()


def test_a_new_migration_writes_the_column_as_the_type_it_stores(app):
    from alembic.autogenerate import produce_migrations, render_python_code
    from alembic.migration import MigrationContext
    from sqlalchemy import Column, Integer, MetaData, Table

    from tracker.core.database import UTCDateTime, render_migration_type

    wanted = MetaData()
    Table("new_things", wanted, Column("id", Integer, primary_key=True), Column("seen_at", UTCDateTime()))
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        code = render_python_code(produce_migrations(context, wanted).upgrade_ops,
                                  render_item=render_migration_type)
    assert "sa.Column('seen_at', sa.DateTime(timezone=True)" in code
    assert "UTCDateTime" not in code
