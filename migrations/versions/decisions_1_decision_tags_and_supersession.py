"""Decisions can be tagged (strategic priorities, charter values, outcomes) and superseded by a
later decision (decisions.superseded_by_id): the decisions register.

Revision ID: decisions_1
Revises: people_2
"""
import sqlalchemy as sa
from alembic import op

revision = "decisions_1"
down_revision = "people_2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("decisions") as batch_op:
        batch_op.add_column(sa.Column("superseded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_decisions_superseded_by_id_decisions"), "decisions",
                                    ["superseded_by_id"], ["id"])
        batch_op.create_index(op.f("ix_decisions_superseded_by_id"), ["superseded_by_id"], unique=False)
    op.create_table(
        "decision_tags",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"], name=op.f("fk_decision_tags_decision_id_decisions")),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_decision_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("decision_id", "tag_id", name=op.f("pk_decision_tags")),
    )
    op.create_index(op.f("ix_decision_tags_tag_id"), "decision_tags", ["tag_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_decision_tags_tag_id"), table_name="decision_tags")
    op.drop_table("decision_tags")
    with op.batch_alter_table("decisions") as batch_op:
        batch_op.drop_index(op.f("ix_decisions_superseded_by_id"))
        batch_op.drop_constraint(op.f("fk_decisions_superseded_by_id_decisions"), type_="foreignkey")
        batch_op.drop_column("superseded_by_id")
