"""Papers circulated from a meeting's page: who sent what, when, to how many.

Revision ID: meetings_3
Revises: nudges_6
"""
import sqlalchemy as sa
from alembic import op

revision = "meetings_3"
down_revision = "nudges_6"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "circulations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("paper", sa.String(length=20), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_circulations_meeting_id_meetings")),
        sa.ForeignKeyConstraint(["sent_by_id"], ["users.id"], name=op.f("fk_circulations_sent_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulations")),
    )
    op.create_index(op.f("ix_circulations_meeting_id"), "circulations", ["meeting_id"])


def downgrade():
    op.drop_index(op.f("ix_circulations_meeting_id"), table_name="circulations")
    op.drop_table("circulations")
