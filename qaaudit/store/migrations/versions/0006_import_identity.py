"""import identity: each imported audit remembers where it came from, so a workbook
imported again is recognised and nothing is counted twice

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new nullable column and an index: no table is rebuilt on SQLite, so the audit
    # table's triggers stay as they are.
    op.add_column("case_file_audit", sa.Column("source_key", sa.String(length=32), nullable=True))
    op.create_index("ix_case_file_audit_source_key", "case_file_audit", ["source_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_case_file_audit_source_key", table_name="case_file_audit")
    with op.batch_alter_table("case_file_audit", schema=None) as batch_op:
        batch_op.drop_column("source_key")
