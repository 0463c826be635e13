"""trend rebase: months from which the process-control charts start again

Revision ID: 0010
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trend_rebase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["person.id"],
            name=op.f("fk_trend_rebase_created_by_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trend_rebase")),
        sa.UniqueConstraint("starts_on", name=op.f("uq_trend_rebase_starts_on")),
    )


def downgrade() -> None:
    op.drop_table("trend_rebase")
