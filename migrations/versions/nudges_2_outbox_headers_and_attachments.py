"""Outbox emails carry extra headers (List-Unsubscribe) and attachments (invitations, Board packs).

Revision ID: nudges_2
Revises: people_1
"""
import sqlalchemy as sa
from alembic import op

revision = "nudges_2"
down_revision = "people_1"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("outbox_emails") as batch:
        batch.add_column(sa.Column("headers", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
    op.create_table(
        "outbox_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["email_id"], ["outbox_emails.id"], name=op.f("fk_outbox_attachments_email_id_outbox_emails"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_attachments")),
    )
    op.create_index(op.f("ix_outbox_attachments_email_id"), "outbox_attachments", ["email_id"])


def downgrade():
    op.drop_index(op.f("ix_outbox_attachments_email_id"), table_name="outbox_attachments")
    op.drop_table("outbox_attachments")
    with op.batch_alter_table("outbox_emails") as batch:
        batch.drop_column("headers")
