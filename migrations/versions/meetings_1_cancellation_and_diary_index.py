"""A cancelled meeting keeps its reason; an index for the meetings list across every group.

Revision ID: meetings_1
Revises: reports_1
"""
import sqlalchemy as sa
from alembic import op

revision = "meetings_1"
down_revision = "reports_1"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("meetings") as batch_op:
        batch_op.add_column(sa.Column("cancelled_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index("ix_meetings_starts_at", ["starts_at"], unique=False)


def downgrade():
    with op.batch_alter_table("meetings") as batch_op:
        batch_op.drop_index("ix_meetings_starts_at")
        batch_op.drop_column("cancelled_reason")
