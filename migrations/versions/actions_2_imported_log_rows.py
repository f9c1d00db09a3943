"""What an action log import has made: one row per log row made into an action, unique per group,
so importing the same log again creates nothing new.

Revision ID: actions_2
Revises: people_3
"""
import sqlalchemy as sa
from alembic import op

revision = "actions_2"
down_revision = "people_3"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "imported_log_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name=op.f("fk_imported_log_rows_action_id_actions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], name=op.f("fk_imported_log_rows_group_id_groups"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_log_rows")),
        sa.UniqueConstraint("group_id", "key", name="uq_imported_log_rows_group_key"),
    )
    op.create_index(op.f("ix_imported_log_rows_action_id"), "imported_log_rows", ["action_id"])


def downgrade():
    op.drop_index(op.f("ix_imported_log_rows_action_id"), table_name="imported_log_rows")
    op.drop_table("imported_log_rows")
