"""Restores of a backup are recorded, so single-use links issued before one count as spent.

Revision ID: core_2
Revises: meetings_3
"""
import sqlalchemy as sa
from alembic import op

revision = "core_2"
down_revision = "meetings_3"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "database_restores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("restored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("backup_file", sa.String(length=1000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_restores")),
    )


def downgrade():
    op.drop_table("database_restores")
