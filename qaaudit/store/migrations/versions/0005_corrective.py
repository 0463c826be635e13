"""corrective: corrective action on audits completed as not yet good

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrective_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["case_file_audit.id"],
            name=op.f("fk_corrective_action_audit_id_case_file_audit"),
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["person.id"],
            name=op.f("fk_corrective_action_confirmed_by_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrective_action")),
        sa.UniqueConstraint("audit_id", name=op.f("uq_corrective_action_audit_id")),
    )
    with op.batch_alter_table("corrective_action", schema=None) as batch_op:
        batch_op.create_index("ix_corrective_action_status_due", ["status", "due_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("corrective_action", schema=None) as batch_op:
        batch_op.drop_index("ix_corrective_action_status_due")
    op.drop_table("corrective_action")
