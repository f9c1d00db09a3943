"""The outbox keeps the name of whom each email is for, so a member of the public who gave a name
is shown by it, not by their address alone.

Revision ID: nudges_6
Revises: nudges_5
"""
import sqlalchemy as sa
from alembic import op

revision = "nudges_6"
down_revision = "nudges_5"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("outbox_emails") as batch:
        batch.add_column(sa.Column("recipient_name", sa.String(200), nullable=False, server_default=""))
    # Emails already written to people with an account take the account's name.
    op.execute("UPDATE outbox_emails SET recipient_name = (SELECT users.name FROM users "
               "WHERE users.id = outbox_emails.recipient_id) WHERE recipient_id IS NOT NULL")


def downgrade():
    with op.batch_alter_table("outbox_emails") as batch:
        batch.drop_column("recipient_name")
