"""Each person's choices of optional email (new actions, the daily email, digest, papers).

Revision ID: nudges_3
Revises: nudges_2
"""
import sqlalchemy as sa
from alembic import op

revision = "nudges_3"
down_revision = "nudges_2"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "email_choices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=254), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("choice", sa.String(length=10), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["users.id"], name=op.f("fk_email_choices_person_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_choices")),
        sa.UniqueConstraint("person_id", "kind", name="uq_email_choices_person_kind"),
        sa.UniqueConstraint("address", "kind", name="uq_email_choices_address_kind"),
    )


def downgrade():
    op.drop_table("email_choices")
