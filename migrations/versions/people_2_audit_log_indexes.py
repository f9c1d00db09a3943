"""Indexes for the audit log page's filters: who made a change, and when (newest first).

Revision ID: people_2
Revises: reports_2
"""
from alembic import op

revision = "people_2"
down_revision = "reports_2"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_audit_events_actor", "audit_events", ["actor_id", "occurred_at"], unique=False)
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"], unique=False)


def downgrade():
    op.drop_index("ix_audit_events_occurred_at", table_name="audit_events")
    op.drop_index("ix_audit_events_actor", table_name="audit_events")
