"""council settings: choices made once for the whole council, first of them the day from
which not-yet-good audits open corrective action

Revision ID: 0014
Revises: 0006
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "council_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_council_setting")),
    )
    # A council already using the program starts corrective action from the day of this
    # upgrade: years of earlier audits are not all opened at once. A new database has
    # no such history, and no day is set.
    used = (
        op.get_bind()
        .execute(sa.text("SELECT count(*) FROM case_file_audit WHERE status = 'completed'"))
        .scalar()
    )
    if used:
        now = datetime.now(UTC).replace(tzinfo=None)
        op.bulk_insert(
            table, [{"key": "corrective_from", "value": now.date().isoformat(), "updated_at": now}]
        )


def downgrade() -> None:
    op.drop_table("council_setting")
