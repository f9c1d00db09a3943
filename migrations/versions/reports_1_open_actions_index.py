"""A partial index of outstanding actions by due date, for the outstanding actions list.

Revision ID: reports_1
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "reports_1"
down_revision = "0002"
branch_labels = None
depends_on = None

OPEN_ACTIONS = sa.text("status IN ('not_started', 'in_progress')")


def upgrade():
    op.create_index("ix_actions_open_due", "actions", ["due_on", "at_risk", "status"], unique=False,
                    sqlite_where=OPEN_ACTIONS, postgresql_where=OPEN_ACTIONS)


def downgrade():
    op.drop_index("ix_actions_open_due", table_name="actions")
