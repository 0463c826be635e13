"""quality: moderation of completed audits

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moderation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("moderator_id", sa.Integer(), nullable=False),
        sa.Column("moderated_at", sa.DateTime(), nullable=False),
        sa.Column("auditor_overall", sa.String(length=40), nullable=True),
        sa.Column("overall_agrees", sa.Boolean(), nullable=False),
        sa.Column("moderated_overall", sa.String(length=40), nullable=False),
        sa.Column("moderated_headline", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("impact_at_centre", sa.String(length=20), nullable=False),
        sa.Column("evaluative_narrative", sa.String(length=20), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["case_file_audit.id"],
            name=op.f("fk_moderation_audit_id_case_file_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moderator_id"], ["person.id"], name=op.f("fk_moderation_moderator_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation")),
        sa.UniqueConstraint("audit_id", name=op.f("uq_moderation_audit_id")),
    )
    with op.batch_alter_table("moderation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_moderation_moderator_id"), ["moderator_id"], unique=False
        )

    op.create_table(
        "moderation_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("moderation_id", sa.Integer(), nullable=False),
        sa.Column("area_key", sa.String(length=40), nullable=False),
        sa.Column("auditor_judgement", sa.String(length=40), nullable=True),
        sa.Column("agrees", sa.Boolean(), nullable=False),
        sa.Column("moderated_judgement", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["moderation_id"],
            ["moderation.id"],
            name=op.f("fk_moderation_area_moderation_id_moderation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_area")),
    )
    with op.batch_alter_table("moderation_area", schema=None) as batch_op:
        batch_op.create_index(
            "ix_moderation_area_moderation_area", ["moderation_id", "area_key"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("moderation_area", schema=None) as batch_op:
        batch_op.drop_index("ix_moderation_area_moderation_area")
    op.drop_table("moderation_area")
    with op.batch_alter_table("moderation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_moderation_moderator_id"))
    op.drop_table("moderation")
