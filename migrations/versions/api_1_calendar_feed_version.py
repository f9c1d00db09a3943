"""A version number signed into each person's calendar feed links, so they can be reset.

Revision ID: api_1
Revises: meetings_2
"""
import sqlalchemy as sa
from alembic import op

revision = "api_1"
down_revision = "meetings_2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(
            sa.Column("calendar_feed_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("calendar_feed_version")
