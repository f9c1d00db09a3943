"""Decisions: how a later decision changed this one (revisited or reversed), and a short summary for
families that a chair publishes on the public pages.

Revision ID: decisions_2
Revises: webhooks_1
"""
import sqlalchemy as sa
from alembic import op

revision = "decisions_2"
down_revision = "webhooks_1"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("superseded_how", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("for_families", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("published_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_decisions_published_at", ["published_at"])


def downgrade():
    with op.batch_alter_table("decisions") as batch:
        batch.drop_index("ix_decisions_published_at")
        batch.drop_column("published_at")
        batch.drop_column("for_families")
        batch.drop_column("superseded_how")
