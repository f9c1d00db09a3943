"""Engine settings that make SQLite a safe embedded default.

SQLite: foreign keys on, WAL so readers never block the writer, a busy timeout, and every
transaction opened with BEGIN IMMEDIATE, so two writers queue for the lock instead of one failing
with "database is locked" when it upgrades a read lock part-way through. Requests that only read
(reports) say so with `read_only_session`, and start a plain BEGIN instead.
"""
import sqlite3

from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

SQLITE_BUSY_TIMEOUT_MS = 15000


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
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")  # reads only: in WAL mode it neither waits nor blocks
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


READ_ONLY = "tracker_read_only"


def read_only_session(session) -> None:
    """Mark this request's transaction as one that only reads (reports, exports): on SQLite it
    then starts as a plain BEGIN, so concurrent readers do not queue for the write lock. Call it
    before the first query; a transaction already begun keeps its kind."""
    session.connection(execution_options={READ_ONLY: True})


def insert_or_on_conflict(session, table):
    """An INSERT for the session's database that takes ON CONFLICT (both SQLite and PostgreSQL
    have it; SQLAlchemy spells it per dialect)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
