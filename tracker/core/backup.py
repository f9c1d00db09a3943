"""Backing up the database to a file, and putting a backup back, on SQLite or PostgreSQL.

SQLite uses its online backup API (sqlite3.Connection.backup), which copies a consistent snapshot
including whatever is still in the write-ahead log; a plain copy of the file would miss it.
PostgreSQL uses pg_dump's custom format, and a restore replays it with psql in one transaction, so
a restore that fails part-way leaves the database as it was. Either way a backup is written to a
temporary file first and renamed, so a failed backup never leaves half a file behind.

After a restore the schema is brought to the newest migration (a backup made by an older version
works), the change stamp is renewed (pages kept from before are not served), and the restore is
recorded: every single-use link issued before it counts as spent, because the backup cannot know
which of them were spent after it was made.
"""
from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from flask import current_app
from flask_migrate import upgrade
from sqlalchemy.engine import URL

from tracker.core.models import DatabaseRestore
from tracker.core.stamps import renew_stamps
from tracker.extensions import db

SQLITE_HEADER = b"SQLite format 3\x00"
PG_CUSTOM_HEADER = b"PGDMP"


class BackupError(Exception):
    """What went wrong, in words an operator can act on."""


def create_backup(path: Path) -> str:
    """Write a backup of the app's database to `path`, a new file. Returns what was done."""
    url = db.engine.url
    if path.exists():
        raise BackupError(f"{path} already exists: choose a new file name, so no backup is overwritten")
    if not path.parent.is_dir():
        raise BackupError(f"There is no folder {path.parent}")
    partial = Path(tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)[1])
    try:
        if url.get_backend_name() == "sqlite":
            _sqlite_backup(_sqlite_file(url), partial)
        else:
            _run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                  f"--file={partial}", f"--dbname={_libpq_url(url)}"], url, "pg_dump could not back up the database")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return f"Backed up the {_engine_words(url)} database to {path} ({path.stat().st_size:,} bytes)."


def restore_backup(path: Path, *, now: datetime) -> str:
    """Replace the app's database with the backup in `path`, then bring it to the newest migration
    and record the restore (which ends every single-use link issued before `now`). Commits."""
    url = db.engine.url
    if not path.is_file():
        raise BackupError(f"There is no backup file {path}")
    with path.open("rb") as file:
        header = file.read(16)
    db.session.remove()
    db.engine.dispose()  # our own connections must not hold up the restore
    if url.get_backend_name() == "sqlite":
        if not header.startswith(SQLITE_HEADER):
            raise BackupError(f"{path} is not a backup of a SQLite database")
        _sqlite_restore(path, _sqlite_file(url))
    else:
        if not header.startswith(PG_CUSTOM_HEADER):
            raise BackupError(f"{path} is not a PostgreSQL backup made by flask backup create (pg_dump's custom format)")
        _pg_restore(path, url)
    db.engine.dispose()
    upgrade()
    db.session.add(DatabaseRestore(restored_at=now, backup_file=str(path)[:1000]))
    renew_stamps(db.session.connection())  # everything may have changed
    db.session.commit()
    return (f"Restored the {_engine_words(url)} database from {path}. Links emailed before now "
            "(invitations, password resets, one-click updates) no longer work; people can ask for new ones.")


def _engine_words(url: URL) -> str:
    return "SQLite" if url.get_backend_name() == "sqlite" else "PostgreSQL"


# --- SQLite --------------------------------------------------------------------------------------


def _sqlite_file(url: URL) -> str:
    if not url.database or url.database == ":memory:" or url.database.startswith("file::memory:"):
        raise BackupError("The database is in memory: there is nothing on disk to back up or restore")
    return url.database


def _sqlite_backup(live: str, into: Path) -> None:
    source = sqlite3.connect(live, timeout=30)
    target = sqlite3.connect(into)
    try:
        source.backup(target)  # a consistent snapshot, write-ahead log included
    except sqlite3.Error as error:
        raise BackupError(f"SQLite could not back up the database: {error}") from error
    finally:
        target.close()
        source.close()


def _sqlite_restore(backup: Path, live: str) -> None:
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        tables = {name for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            raise BackupError(f"{backup} is a SQLite database but not a backup of this service")
        target = sqlite3.connect(live, timeout=30)
        try:
            source.backup(target)  # replaces every page under a lock: readers see before or after
        finally:
            target.close()
    except sqlite3.Error as error:
        raise BackupError(f"SQLite could not restore {backup}: {error}") from error
    finally:
        source.close()


# --- PostgreSQL ----------------------------------------------------------------------------------


def _pg_tool(name: str) -> str:
    """pg_dump, pg_restore or psql: from POSTGRES_BIN_DIR, else the PATH, else Debian's newest."""
    configured = current_app.config.get("POSTGRES_BIN_DIR")
    candidates = [os.path.join(configured, name)] if configured else []
    candidates += [shutil.which(name) or ""]
    candidates += sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                         key=lambda found: int(found.split("/")[4]) if found.split("/")[4].isdigit() else 0,
                         reverse=True)
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise BackupError(f"{name} is not installed. Install PostgreSQL's client tools (on Debian: "
                      "apt-get install postgresql-client), or set POSTGRES_BIN_DIR to the folder holding them")


def _libpq_url(url: URL) -> str:
    """The address for PostgreSQL's own tools: no driver name, and no password (given in the
    environment instead, so it never shows in a process list)."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _run(command: list[str], url: URL, failure: str, **kwargs) -> subprocess.CompletedProcess:
    environment = {**os.environ}
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    result = subprocess.run(command, env=environment, capture_output=True, **kwargs)
    if result.returncode != 0:
        said = result.stderr.decode(errors="replace").strip().splitlines()
        raise BackupError(f"{failure}: {said[-1] if said else f'exit status {result.returncode}'}")
    return result


def _pg_restore(backup: Path, url: URL) -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "restore.sql"
        # pg_restore checks the file and turns it into SQL; nothing is changed until psql runs it.
        _run([_pg_tool("pg_restore"), "--no-owner", "--no-privileges", f"--file={script}", str(backup)],
             url, f"{backup} is not a backup pg_restore can read")
        _run([_pg_tool("psql"), "--no-psqlrc", "--quiet", "--single-transaction", "-v", "ON_ERROR_STOP=1",
              "-c", "SET lock_timeout = '15s'",
              "-c", "DROP SCHEMA public CASCADE",
              "-c", "CREATE SCHEMA public",
              "-f", str(script), f"--dbname={_libpq_url(url)}"],
             url, "The restore was undone, the database is as it was (stop the web workers and the "
                  "scheduler first if they hold it)")
