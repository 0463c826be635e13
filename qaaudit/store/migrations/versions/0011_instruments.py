"""instruments: every QA activity a judged record on a versioned instrument; the QA lead's
own versions of the instruments; a plan task names the instrument that counts toward it

Revision ID: 0011
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New columns with defaults and no table rebuilt on SQLite, so the audit table's
    # triggers stay as they are; every audit before this one is a case file audit.
    op.add_column(
        "case_file_audit",
        sa.Column(
            "instrument_key",
            sa.String(length=60),
            nullable=False,
            server_default="case_file_audit",
        ),
    )
    op.add_column(
        "case_file_audit",
        sa.Column("header_fields", sa.Text(), nullable=False, server_default="{}"),
    )
    # The trend queries read one form's records: the covering index leads with the form.
    op.drop_index("ix_case_file_audit_trend", table_name="case_file_audit")
    op.create_index(
        "ix_case_file_audit_trend",
        "case_file_audit",
        [
            "instrument_key",
            "status",
            "audit_month",
            "headline",
            "team_id",
            "auditor_id",
            "strand",
            "previous_audit_id",
        ],
    )
    op.add_column("schedule_task", sa.Column("instrument_key", sa.String(length=60), nullable=True))
    op.create_table(
        "instrument_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_key", sa.String(length=60), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("instrument_key", "version"),
    )
    op.create_index(
        "ix_instrument_version_instrument_key", "instrument_version", ["instrument_key"]
    )
    _published_never_change()


def _published_never_change() -> None:
    """A published version is never edited or removed, whatever program touches the
    database: records completed on it are read through it for ever."""
    message = "a published instrument version cannot be changed"
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER instrument_version_published_no_{verb.lower()} BEFORE {verb} "
                "ON instrument_version WHEN OLD.status = 'published' "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION instrument_version_published_fixed() RETURNS trigger AS $$ "
            f"BEGIN IF OLD.status = 'published' THEN RAISE EXCEPTION '{message}'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ "
            "LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER instrument_version_published_fixed BEFORE UPDATE OR DELETE ON "
            "instrument_version FOR EACH ROW EXECUTE FUNCTION instrument_version_published_fixed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER instrument_version_published_fixed ON instrument_version")
        op.execute("DROP FUNCTION instrument_version_published_fixed()")
    op.drop_index("ix_instrument_version_instrument_key", table_name="instrument_version")
    op.drop_table("instrument_version")
    with op.batch_alter_table("schedule_task", schema=None) as batch_op:
        batch_op.drop_column("instrument_key")
    op.drop_index("ix_case_file_audit_trend", table_name="case_file_audit")
    op.create_index(
        "ix_case_file_audit_trend",
        "case_file_audit",
        [
            "status",
            "audit_month",
            "headline",
            "team_id",
            "auditor_id",
            "strand",
            "previous_audit_id",
        ],
    )
    with op.batch_alter_table("case_file_audit", schema=None) as batch_op:
        batch_op.drop_column("header_fields")
        batch_op.drop_column("instrument_key")
