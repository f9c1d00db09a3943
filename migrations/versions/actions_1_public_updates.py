"""An update can be shared with the people whose input the action answers (action_updates.is_public).

Revision ID: actions_1
Revises: importer_1
"""
import sqlalchemy as sa
from alembic import op

revision = "actions_1"
down_revision = "importer_1"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("action_updates") as batch:
        batch.add_column(sa.Column("is_public", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table("action_updates") as batch:
        batch.drop_column("is_public")
