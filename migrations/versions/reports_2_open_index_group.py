"""The partial index of outstanding actions carries each action's group, so the list's "due soon"
count (each group's own window, tracker/actions/schedule.py) is still read from the index alone.

Revision ID: reports_2
Revises: actions_1
"""
import sqlalchemy as sa
from alembic import op

revision = "reports_2"
down_revision = "actions_1"
branch_labels = None
depends_on = None

OPEN_ACTIONS = sa.text("status IN ('not_started', 'in_progress')")


def _index(columns):
    op.drop_index("ix_actions_open_due", table_name="actions")
    op.create_index("ix_actions_open_due", "actions", columns, unique=False,
                    sqlite_where=OPEN_ACTIONS, postgresql_where=OPEN_ACTIONS)


def upgrade():
    _index(["due_on", "at_risk", "status", "group_id"])


def downgrade():
    _index(["due_on", "at_risk", "status"])
