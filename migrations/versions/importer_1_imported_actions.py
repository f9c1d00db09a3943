"""What the importer has made: one row per outcome made into an action, unique per meeting, so the
same outcomes are never created twice (a second press of Create, or two people at once).

Revision ID: importer_1
Revises: core_2
"""
import sqlalchemy as sa
from alembic import op

revision = "importer_1"
down_revision = "core_2"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "imported_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name=op.f("fk_imported_actions_action_id_actions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"],
                                name=op.f("fk_imported_actions_meeting_id_meetings"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_actions")),
        sa.UniqueConstraint("meeting_id", "key", name="uq_imported_actions_meeting_key"),
    )
    op.create_index(op.f("ix_imported_actions_action_id"), "imported_actions", ["action_id"])


def downgrade():
    op.drop_index(op.f("ix_imported_actions_action_id"), table_name="imported_actions")
    op.drop_table("imported_actions")
