"""Search: the full-text index behind /search (tracker/search/schema.py says why each part is so).

PostgreSQL: a generated tsvector column `search_document` with a GIN index on actions,
action_updates, decisions, meetings, agenda_items and inputs. SQLite: one FTS5 table,
search_index, kept by triggers on the same tables, filled here with the rows already there.

Revision ID: search_1
Revises: people_4
"""
from alembic import op

from tracker.search.schema import create_search_objects, drop_search_objects, sqlite_backfill_statements

revision = "search_1"
down_revision = "people_4"
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    create_search_objects(connection)
    if connection.dialect.name == "sqlite":
        for statement in sqlite_backfill_statements():
            connection.exec_driver_sql(statement)


def downgrade():
    drop_search_objects(op.get_bind())
