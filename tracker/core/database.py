"""Engine settings that make SQLite a safe embedded default.

SQLite: foreign keys on, WAL so readers never block the writer, a busy timeout, and every
transaction opened with BEGIN IMMEDIATE, so two writers queue for the lock instead of one failing
with "database is locked" when it upgrades a read lock part-way through. Requests that only read
(reports) say so with `read_only_session`, and start a plain BEGIN instead; so does every streamed
download once its view has returned (`init_streamed_downloads`).
"""
import sqlite3
from datetime import UTC, datetime

from flask import g, has_app_context, request
from sqlalchemy import DateTime, event, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator

SQLITE_BUSY_TIMEOUT_MS = 15000


def _sqlite_table_hint(_compiler, _table, hint: str | None) -> str | None:
    return hint


# SQLAlchemy's SQLite compiler drops table hints (`Select.with_hint(table, "INDEXED BY ...",
# dialect_name="sqlite")`), the one way to tell SQLite's planner which index to walk where it picks
# a slower one (reports/queries.py): written out as given. Hints name their dialect, so no other
# engine's SQL changes.
sqlite.base.SQLiteCompiler.get_from_hint_text = _sqlite_table_hint


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, connection_record):
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    # Let SQLAlchemy's "begin" event below issue BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@event.listens_for(Engine, "begin")
def _begin_immediate(connection):
    if connection.dialect.name == "sqlite":
        if connection.get_execution_options().get(READ_ONLY) or _in_a_streamed_download():
            connection.exec_driver_sql("BEGIN")  # reads only: in WAL mode it neither waits nor blocks
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


class UTCDateTime(TypeDecorator):
    """A moment, stored in UTC and always handed back as an aware UTC `datetime`, on SQLite (which
    keeps no time zone and hands back naive values) and PostgreSQL (which hands back the session's
    zone) alike. Every date-time column uses it, so no code patches naive values read back.

    A naive `datetime` going in is refused (ValueError), not guessed at: the code has two kinds of
    naive time, UTC and the partnership's local time (an API client's "10:00"), so taking one for
    the other would silently shift it by an hour in summer. Aware values in any zone are turned to
    UTC first, which also makes SQLite compare them correctly (it compares the stored text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"A date-time column needs a datetime, not {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"A naive datetime ({value.isoformat()}) cannot be stored: give its time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


READ_ONLY = "tracker_read_only"
STREAMING = "tracker_streaming"


def read_only_session(session) -> None:
    """Mark this request's transaction as one that only reads (reports, exports): on SQLite it
    then starts as a plain BEGIN, so concurrent readers do not queue for the write lock. Call it
    before the first query; a transaction already begun keeps its kind."""
    session.connection(execution_options={READ_ONLY: True})


def init_streamed_downloads(app) -> None:
    """A streamed response (a CSV export) reads its rows while the client downloads, which a slow or
    stalled client can make last minutes. Flask runs that reading after the view has returned, in
    a transaction of its own; begun IMMEDIATE on SQLite, it would hold the write lock all that time,
    and every save elsewhere would wait and then fail. So the reading of a streamed GET only reads."""

    @app.after_request
    def _note_a_streamed_download(response):
        if response.is_streamed and request.method in ("GET", "HEAD"):
            setattr(g, STREAMING, True)  # the app context (and its g) is the one the stream runs in
        return response


def _in_a_streamed_download() -> bool:
    return has_app_context() and g.get(STREAMING, False)


def insert_or_on_conflict(session, table):
    """An INSERT for the session's database that takes ON CONFLICT (both SQLite and PostgreSQL
    have it; SQLAlchemy spells it per dialect)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def reserve_ids(session, table, count: int) -> list[int]:
    """`count` new ids for `table`'s `id` column, in order, so that many new rows given them go in
    with one executemany instead of one INSERT ... RETURNING each (SQLite cannot return the ids of
    a batch in order). PostgreSQL: from the column's sequence. SQLite: after the highest, which is
    safe because every transaction that writes holds the write lock (BEGIN IMMEDIATE). Call it
    under no_autoflush when new rows are waiting."""
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                                         "FROM generate_series(1, :count)"), {"table": table.name, "count": count}))
    highest = session.scalar(select(func.max(table.c.id))) or 0
    return list(range(highest + 1, highest + 1 + count))


def render_migration_type(type_, obj, autogen_context):
    """For `flask db migrate` (migrations/env.py): a UTCDateTime column is written into a new
    migration as the type it stores, so the migration needs nothing from the app to run."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False
