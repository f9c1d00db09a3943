"""Following actions, the notices that become "You have a new action" emails, and the daily
email's high-water mark.

Revision ID: nudges_4
Revises: nudges_3
"""
import sqlalchemy as sa
from alembic import op

revision = "nudges_4"
down_revision = "nudges_3"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "action_follows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name=op.f("fk_action_follows_action_id_actions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["users.id"], name=op.f("fk_action_follows_person_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_follows")),
        sa.UniqueConstraint("action_id", "person_id", name="uq_action_follows_action_person"),
    )
    op.create_index("ix_action_follows_person_id", "action_follows", ["person_id"])
    op.create_table(
        "action_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("other_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("emailed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name=op.f("fk_action_notices_action_id_actions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recipient_id"], ["users.id"], name=op.f("fk_action_notices_recipient_id_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"], name=op.f("fk_action_notices_by_id_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["other_id"], ["users.id"], name=op.f("fk_action_notices_other_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_notices")),
    )
    op.create_index("ix_action_notices_waiting", "action_notices", ["emailed_at", "recipient_id"])
    op.create_table(
        "daily_email_runs",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("up_to_update_id", sa.Integer(), nullable=False),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_daily_email_runs")),
    )


def downgrade():
    op.drop_table("daily_email_runs")
    op.drop_index("ix_action_notices_waiting", table_name="action_notices")
    op.drop_table("action_notices")
    op.drop_index("ix_action_follows_person_id", table_name="action_follows")
    op.drop_table("action_follows")
