"""Two-step sign-in: each person's authenticator app secret (encrypted) and their recovery codes
(hashed). Nobody has it yet, so nobody is asked for a code until they set it up.

Revision ID: people_4
Revises: actions_2
"""
import sqlalchemy as sa
from alembic import op

revision = "people_4"
down_revision = "actions_2"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "two_step_sign_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("secret_encrypted", sa.String(length=255), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_step", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["users.id"], name=op.f("fk_two_step_sign_ins_person_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_two_step_sign_ins")),
        sa.UniqueConstraint("person_id", name=op.f("uq_two_step_sign_ins_person_id")),
    )
    op.create_table(
        "recovery_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("starts_with", sa.String(length=3), nullable=False),
        sa.Column("code_hash", sa.String(length=255), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["users.id"], name=op.f("fk_recovery_codes_person_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_codes")),
    )
    op.create_index(op.f("ix_recovery_codes_person_id"), "recovery_codes", ["person_id"])


def downgrade():
    op.drop_index(op.f("ix_recovery_codes_person_id"), table_name="recovery_codes")
    op.drop_table("recovery_codes")
    op.drop_table("two_step_sign_ins")
