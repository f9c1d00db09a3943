"""The outbox records the moment an email is handed to the mail server (before the final dot), so
an email whose acknowledgement never came is not resent blindly.

Revision ID: nudges_5
Revises: nudges_4
"""
import sqlalchemy as sa
from alembic import op

revision = "nudges_5"
down_revision = "nudges_4"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("outbox_emails") as batch:
        batch.add_column(sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("outbox_emails") as batch:
        batch.drop_column("handed_over_at")
