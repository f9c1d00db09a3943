"""A change stamp renewed by every write to a record, so cached pages know when to redraw.

Revision ID: core_1
Revises: nudges_1
"""
import secrets

import sqlalchemy as sa
from alembic import op

revision = "core_1"
down_revision = "nudges_1"
branch_labels = None
depends_on = None


def upgrade():
    stamps = op.create_table(
        "change_stamps",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_change_stamps")),
    )
    op.bulk_insert(stamps, [{"name": "records", "stamp": secrets.token_hex(16)}])


def downgrade():
    op.drop_table("change_stamps")
