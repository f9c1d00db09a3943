"""The step of each stepped nudge a person was last sent, so a missed day is made up exactly once.

Revision ID: nudges_1
Revises: api_1
"""
import sqlalchemy as sa
from alembic import op

revision = "nudges_1"
down_revision = "api_1"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "nudge_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("counted_from", sa.Date(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["recipient_id"], ["users.id"], name=op.f("fk_nudge_steps_recipient_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudge_steps")),
        sa.UniqueConstraint("kind", "subject_id", "recipient_id", name="uq_nudge_steps_subject"),
    )


def downgrade():
    op.drop_table("nudge_steps")
