"""reviews: six-monthly service performance reviews

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_area_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("panel_date", sa.Date(), nullable=True),
        sa.Column("key_outcomes", sa.Text(), nullable=False),
        sa.Column("population", sa.Text(), nullable=False),
        sa.Column("summary_points", sa.Text(), nullable=False),
        sa.Column("panel_input", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("template_version", sa.String(length=20), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("panel_at", sa.DateTime(), nullable=True),
        sa.Column("panel_by_id", sa.Integer(), nullable=True),
        sa.Column("final_at", sa.DateTime(), nullable=True),
        sa.Column("final_by_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["person.id"], name=op.f("fk_service_review_author_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["final_by_id"], ["person.id"], name=op.f("fk_service_review_final_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["panel_by_id"], ["person.id"], name=op.f("fk_service_review_panel_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["service_area_id"],
            ["service_area.id"],
            name=op.f("fk_service_review_service_area_id_service_area"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_review")),
        sa.UniqueConstraint(
            "service_area_id", "period_start", name=op.f("uq_service_review_service_area_id")
        ),
    )
    with op.batch_alter_table("service_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_review_author_id"), ["author_id"], unique=False
        )
        batch_op.create_index(
            "ix_service_review_status_period", ["status", "period_start"], unique=False
        )

    op.create_table(
        "service_review_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("lens_key", sa.String(length=40), nullable=False),
        sa.Column("area_key", sa.String(length=60), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("judgement", sa.String(length=4), nullable=True),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["service_review.id"],
            name=op.f("fk_service_review_row_review_id_service_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_review_row")),
        sa.UniqueConstraint("review_id", "area_key", name=op.f("uq_service_review_row_review_id")),
    )
    with op.batch_alter_table("service_review_row", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_review_row_area_judgement", ["area_key", "judgement"], unique=False
        )

    op.create_table(
        "service_review_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("area_key", sa.String(length=60), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["service_review_action.id"],
            name=op.f("fk_service_review_action_carried_from_id_service_review_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["service_review.id"],
            name=op.f("fk_service_review_action_review_id_service_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_review_action")),
    )
    with op.batch_alter_table("service_review_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_review_action_carried_from_id"),
            ["carried_from_id"],
            unique=False,
        )
        batch_op.create_index("ix_service_review_action_open", ["done_on", "due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_service_review_action_review_id"), ["review_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("service_review_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_review_action_review_id"))
        batch_op.drop_index("ix_service_review_action_open")
        batch_op.drop_index(batch_op.f("ix_service_review_action_carried_from_id"))

    op.drop_table("service_review_action")
    with op.batch_alter_table("service_review_row", schema=None) as batch_op:
        batch_op.drop_index("ix_service_review_row_area_judgement")

    op.drop_table("service_review_row")
    with op.batch_alter_table("service_review", schema=None) as batch_op:
        batch_op.drop_index("ix_service_review_status_period")
        batch_op.drop_index(batch_op.f("ix_service_review_author_id"))

    op.drop_table("service_review")
