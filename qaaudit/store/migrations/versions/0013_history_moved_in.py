"""history moved in: change history entries brought over from a team's own file say so

Revision ID: 0013
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new nullable column: no table is rebuilt on SQLite, so the history's append-only
    # triggers stay as they are.
    op.add_column(
        "change_history", sa.Column("imported_from", sa.String(length=200), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("change_history", schema=None) as batch_op:
        batch_op.drop_column("imported_from")
