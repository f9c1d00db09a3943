"""The full-text index behind /search, one design per engine, kept up to date by the database.

PostgreSQL: each searched table has a `search_document` tsvector column, GENERATED ALWAYS ... STORED
from its text, with a GIN index. The database recomputes it on every insert and update, bulk ones
included, so no code path can forget it.
SQLite: one FTS5 table, `search_index`, filled by triggers on the same tables. Its rowid is the
source row's id * 8 + the kind's code, so a trigger finds its row without a scan, and a match
says which record it came from.

Both split text the same way, so the two engines find the same records: on PostgreSQL every run of
characters that are not letters or digits becomes a space before the 'simple' configuration
(lower case, no stemming, no stop words) reads it; FTS5's unicode61 tokenizer (diacritics kept)
does the same. Stemming is left out because PostgreSQL's English stemmer and FTS5's porter do
not agree on every word; a search for "meeting" does not find "meetings".

These objects are not SQLAlchemy models: `db.create_all()` makes them through the metadata's
after_create event, migration search_1 makes them on an existing database, and
`is_not_search_object` keeps Alembic's model comparison away from them.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import event

SEARCH_PREFIX = "search_"
FTS_TABLE = "search_index"
KIND_CODES = 8  # rowid = id * KIND_CODES + code on SQLite


@dataclass(frozen=True)
class SearchedText:
    kind: str
    code: int
    table: str
    columns: tuple[str, ...]

    def body(self, row: str = "") -> str:
        """The SQL for the text searched: its columns joined by spaces (row is 'new.' in a trigger)."""
        return " || ' ' || ".join(f"coalesce({row}{column}, '')" for column in self.columns)


SEARCHED = (
    SearchedText("action", 1, "actions", ("title", "detail")),
    SearchedText("update", 2, "action_updates", ("note",)),
    SearchedText("decision", 3, "decisions", ("text",)),
    SearchedText("minutes", 4, "meetings", ("minutes",)),
    SearchedText("agenda_item", 5, "agenda_items", ("title", "notes")),
    SearchedText("input", 6, "inputs", ("what", "why_it_matters")),
)


def postgresql_statements() -> list[str]:
    statements = []
    for source in SEARCHED:
        words_only = f"regexp_replace({source.body()}, '[^[:alnum:]]+', ' ', 'g')"
        statements += [
            f"ALTER TABLE {source.table} ADD COLUMN IF NOT EXISTS search_document tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {words_only})) STORED",
            f"CREATE INDEX IF NOT EXISTS search_{source.table}_document ON {source.table} "
            "USING gin (search_document)",
        ]
    return statements


def sqlite_statements() -> list[str]:
    statements = [f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
                  "body, tokenize = 'unicode61 remove_diacritics 0')"]
    for source in SEARCHED:
        rowid = f"{KIND_CODES} + {source.code}"  # new.id * 8 + code
        trigger = f"CREATE TRIGGER IF NOT EXISTS search_{source.table}"
        statements += [
            f"{trigger}_insert AFTER INSERT ON {source.table} BEGIN "
            f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.id * {rowid}, {source.body('new.')}); END",
            f"{trigger}_update AFTER UPDATE OF {', '.join(source.columns)} ON {source.table} BEGIN "
            f"UPDATE {FTS_TABLE} SET body = {source.body('new.')} WHERE rowid = new.id * {rowid}; END",
            f"{trigger}_delete AFTER DELETE ON {source.table} BEGIN "
            f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id * {rowid}; END",
        ]
    return statements


def sqlite_backfill_statements() -> list[str]:
    """Index the rows already there (a migrated database); PostgreSQL computes its columns itself."""
    return [f"INSERT INTO {FTS_TABLE}(rowid, body) SELECT id * {KIND_CODES} + {source.code}, {source.body()} "
            f"FROM {source.table}" for source in SEARCHED]


def create_search_objects(connection) -> None:
    dialect = connection.dialect.name
    statements = postgresql_statements() if dialect == "postgresql" else sqlite_statements()
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop_search_objects(connection) -> None:
    if connection.dialect.name == "postgresql":
        for source in SEARCHED:
            connection.exec_driver_sql(f"ALTER TABLE {source.table} DROP COLUMN IF EXISTS search_document")
        return
    for source in SEARCHED:
        for change in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{source.table}_{change}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def restore_sqlite_triggers(connection) -> None:
    """After migrations: SQLite's batch mode rebuilds a table to change it, and the rebuilt table
    has lost its triggers. Put back any that are missing (rows keep their ids, so the index holds)."""
    if connection.dialect.name != "sqlite":
        return
    has_index = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)).first()
    if has_index:
        create_search_objects(connection)


def is_not_search_object(name: str | None, type_: str, parent_names) -> bool:
    """Alembic's include_name: the model comparison leaves the search objects out (they are not
    models; see above), and compares everything else."""
    return not (name or "").startswith(SEARCH_PREFIX)


def listen_for_create_all(metadata) -> None:
    """db.create_all() (the tests, a new embedded database) makes the search objects too, and
    db.drop_all() drops SQLite's index with the tables, so a new schema never starts with old rows."""
    if not event.contains(metadata, "after_create", _after_create):
        event.listen(metadata, "after_create", _after_create)
        event.listen(metadata, "before_drop", _before_drop)


def _after_create(metadata, connection, **kw) -> None:
    create_search_objects(connection)


def _before_drop(metadata, connection, **kw) -> None:
    if connection.dialect.name == "sqlite":
        drop_search_objects(connection)
