"""A group's meeting schedule as a rule, and which day of it each meeting was made for.

Existing groups keep their free-text meeting pattern, which still describes a group with no
rule; their meetings were all scheduled by hand, so none has an occurrence day.

Revision ID: people_3
Revises: decisions_1
"""
import sqlalchemy as sa
from alembic import op

revision = "people_3"
down_revision = "decisions_1"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("schedule_rule", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("schedule_skips_bank_holidays", sa.Boolean(), server_default=sa.false(),
                                   nullable=False))
        batch.add_column(sa.Column("schedule_location", sa.String(length=300), server_default="", nullable=False))
        batch.add_column(sa.Column("schedule_is_online", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("occurrence_on", sa.Date(), nullable=True))
        batch.create_unique_constraint("uq_meetings_group_occurrence", ["group_id", "occurrence_on"])


def downgrade():
    with op.batch_alter_table("meetings") as batch:
        batch.drop_constraint("uq_meetings_group_occurrence", type_="unique")
        batch.drop_column("occurrence_on")
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("schedule_is_online")
        batch.drop_column("schedule_location")
        batch.drop_column("schedule_skips_bank_holidays")
        batch.drop_column("schedule_rule")
