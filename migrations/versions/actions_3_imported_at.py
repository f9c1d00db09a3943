"""When each row of an action log was imported: the action's updates dated up to then are its
history, which the daily email does not tell as news.

Revision ID: actions_3
Revises: decisions_2
"""
import sqlalchemy as sa
from alembic import op

revision = "actions_3"
down_revision = "decisions_2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("imported_log_rows") as batch:
        batch.add_column(sa.Column("imported_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("imported_log_rows") as batch:
        batch.drop_column("imported_at")
