"""Load the reference lists: strategic priorities, charter values, outcome statements.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from tracker.core.reference import reference_rows

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    tags = sa.table(
        "tags",
        sa.column("kind", sa.String),
        sa.column("name", sa.String),
        sa.column("description", sa.Text),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(tags, reference_rows())


def downgrade():
    # Tags that actions or input still use stay: by now they are part of the partnership's records
    # (and the tables holding those uses go with the schema itself).
    op.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM action_tags) AND id NOT IN "
               "(SELECT priority_tag_id FROM inputs WHERE priority_tag_id IS NOT NULL)")
