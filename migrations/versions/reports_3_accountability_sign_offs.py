"""A Board chair's sign-off of an organisation's accountability figures for a period, which is what
the public accountability page shows.

Revision ID: reports_3
Revises: search_1
"""
import sqlalchemy as sa
from alembic import op

revision = "reports_3"
down_revision = "search_1"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "accountability_sign_offs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"]),
        sa.ForeignKeyConstraint(["signed_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organisation_id", "period_start", "period_end",
                            name="uq_accountability_sign_offs_period"),
    )
    op.create_index("ix_accountability_sign_offs_organisation_id", "accountability_sign_offs",
                    ["organisation_id"])


def downgrade():
    op.drop_index("ix_accountability_sign_offs_organisation_id", table_name="accountability_sign_offs")
    op.drop_table("accountability_sign_offs")
