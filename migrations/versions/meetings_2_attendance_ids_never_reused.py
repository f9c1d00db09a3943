"""Attendance ids are never reused on SQLite (AUTOINCREMENT), so the audit trail of someone taken
off a meeting's attendance cannot be inherited by a later attendee. PostgreSQL sequences already
never reuse ids.

Revision ID: meetings_2
Revises: meetings_1
"""
from alembic import op

revision = "meetings_2"
down_revision = "meetings_1"
branch_labels = None
depends_on = None


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("attendances", recreate="always",
                              table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass


def upgrade():
    _rebuild(True)


def downgrade():
    _rebuild(False)
