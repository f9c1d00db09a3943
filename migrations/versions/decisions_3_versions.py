"""Decisions and agenda items carry a version, as meetings, actions and inputs do: a form or API
call that read an older one is refused as an edit conflict instead of saving over someone's
change. Existing rows start at version 1.

Revision ID: decisions_3
Revises: actions_3
"""
import sqlalchemy as sa
from alembic import op

revision = "decisions_3"
down_revision = "actions_3"
branch_labels = None
depends_on = None

TABLES = ("decisions", "agenda_items")

# Plain ALTER TABLE, not batch mode: SQLite adds and drops a column in place (3.35 and later), where a
# batch rebuild would drop agenda_items while decisions still point at it, which its foreign keys refuse.


def upgrade():
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade():
    for table in TABLES:
        op.drop_column(table, "version")
