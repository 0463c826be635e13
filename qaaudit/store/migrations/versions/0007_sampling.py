"""sampling: the month's case list, the draw of cases to audit and their allocation

Revision ID: 0007
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_list_column",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("heading", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_case_list_column")),
    )
    op.create_table(
        "case_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["person.id"], name=op.f("fk_case_list_imported_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_list")),
        sa.UniqueConstraint("month", name=op.f("uq_case_list_month")),
    )
    op.create_table(
        "case_list_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_list_id", sa.Integer(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=40), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("legal_status", sa.String(length=40), nullable=False),
        sa.Column("case_holder", sa.String(length=200), nullable=False),
        sa.Column("age_band", sa.String(length=40), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_list_id"],
            ["case_list.id"],
            name=op.f("fk_case_list_entry_case_list_id_case_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_case_list_entry_team_id_team")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_list_entry")),
    )
    op.create_index(
        "ix_case_list_entry_list_case", "case_list_entry", ["case_list_id", "case_number"]
    )
    op.create_table(
        "sample_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("case_list_id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.Column("eligible", sa.Integer(), nullable=False),
        sa.Column("excluded", sa.Integer(), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("drawn_by_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_list_id"], ["case_list.id"], name=op.f("fk_sample_draw_case_list_id_case_list")
        ),
        sa.ForeignKeyConstraint(
            ["drawn_by_id"], ["person.id"], name=op.f("fk_sample_draw_drawn_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_draw")),
        sa.UniqueConstraint("month", name=op.f("uq_sample_draw_month")),
    )
    op.create_table(
        "sample_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("case_number", sa.String(length=40), nullable=False),
        sa.Column("auditor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draw_id"],
            ["sample_draw.id"],
            name=op.f("fk_sample_allocation_draw_id_sample_draw"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["case_list_entry.id"],
            name=op.f("fk_sample_allocation_entry_id_case_list_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["auditor_id"], ["person.id"], name=op.f("fk_sample_allocation_auditor_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["person.id"],
            name=op.f("fk_sample_allocation_created_by_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["sample_allocation.id"],
            name=op.f("fk_sample_allocation_replaces_id_sample_allocation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_allocation")),
    )
    op.create_index(
        "ix_sample_allocation_auditor_month", "sample_allocation", ["auditor_id", "month"]
    )
    op.create_index(
        "ix_sample_allocation_case_month", "sample_allocation", ["case_number", "month"]
    )


def downgrade() -> None:
    op.drop_index("ix_sample_allocation_case_month", table_name="sample_allocation")
    op.drop_index("ix_sample_allocation_auditor_month", table_name="sample_allocation")
    op.drop_table("sample_allocation")
    op.drop_table("sample_draw")
    op.drop_index("ix_case_list_entry_list_case", table_name="case_list_entry")
    op.drop_table("case_list_entry")
    op.drop_table("case_list")
    op.drop_table("case_list_column")
