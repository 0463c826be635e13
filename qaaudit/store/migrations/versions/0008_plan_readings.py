"""plan readings: months assumed rather than read, tasks due only when needed, a figure
printed in a single month's cell; the 2017 plan's rows brought to the corrected readings
wherever the QA lead has not changed them since

Revision ID: 0008
Revises: 0014
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0014"
branch_labels = None
depends_on = None

LOGIN = "qaaudit (corrected reading of the 2017 plan)"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The 2017 plan's rows whose reading changed, by task key (kept by copies to later years):
# (months as the old reading had them, {field: (old value, new value)}, what the new
# reading adds: months assumed, due only when needed, a figure printed in one month).
# Written out here rather than read from the seed, so that this step does the same
# whatever later versions of the seed say.
TASKS = {
    "help-and-protection/service-manager/supervision-assessments-plans": (
        2336,
        {"months": (2336, 2184)},
        {},
    ),
    "help-and-protection/team-manager-social-care/case-file": (
        3965,
        {},
        {"assumed_months": 3965},
    ),
    "early-help-and-prevention/service-manager-early-help-and-c-and-ff/reflective": (
        576,
        {"months": (576, 64)},
        {},
    ),
    "early-help-and-prevention/team-manager-c-and-ff/case-file": (
        3965,
        {},
        {"assumed_months": 3965},
    ),
    "early-help-and-prevention/team-manager-c-and-ff/re-audit-case-file": (
        130,
        {},
        {"assumed_months": 130},
    ),
    "early-help-and-prevention/children-s-centre-managers/practice-case-audit": (
        4095,
        {},
        {"assumed_months": 4095},
    ),
    "early-help-and-prevention/caf-co-ordinators/reflective-practice-case-audit": (
        4064,
        {},
        {"assumed_months": 4064},
    ),
    "safeguarding-early-help-and-prevention/senior-leadership-team/social-care-case-file": (
        1365,
        {},
        {"assumed_months": 1365},
    ),
    "safeguarding-early-help-and-prevention/senior-leadership-team/early-help-reflective-caf": (
        2730,
        {},
        {"assumed_months": 2730},
    ),
    "safeguarding-early-help-and-prevention/visit-lac-in-placement/slt-member-1": (
        65,
        {},
        {"assumed_months": 65},
    ),
    "safeguarding-early-help-and-prevention/visit-lac-in-placement/slt-member-2": (
        130,
        {},
        {"assumed_months": 130},
    ),
    "safeguarding-early-help-and-prevention/visit-lac-in-placement/slt-member-3": (
        260,
        {},
        {"assumed_months": 260},
    ),
    "safeguarding-early-help-and-prevention/visit-lac-in-placement/slt-member-4": (
        520,
        {},
        {"assumed_months": 520},
    ),
    "safeguarding-early-help-and-prevention/visit-lac-in-placement/slt-member-5": (
        1040,
        {},
        {"assumed_months": 1040},
    ),
    "quality-and-performance/iros-and-cp-chairs/case-file": (
        3965,
        {
            "comment": (
                "To audit 4 x cases as per schedule",
                "To audit 4 x cases as per schedule (2 IRO & 2 CP Chairs)",
            ),
            "purpose": (
                "4 x Case File Audit - Audit case records against quality standards with practitioners (2 IRO & 2 CP Chairs)",
                "4 x Case File Audit - Audit case records against quality standards with practitioners",
            ),
        },
        {"assumed_months": 3965},
    ),
    "quality-and-performance/iros-and-cp-chairs/re-audit": (
        130,
        {
            "comment": (
                "To re-audit 4 x cases as per schedule",
                "To re-audit 4 x cases as per schedule (2 IRO & 2 CP Chairs)",
            ),
            "purpose": (
                "4 x Case File Audit - Identify possible trends, gaps and issues that warrant further analysis and action (2 IRO & 2 CP Chairs)",
                "4 x Case File Audit - Identify possible trends, gaps and issues that warrant further analysis and action",
            ),
        },
        {"assumed_months": 130},
    ),
    "quality-and-performance/iros-and-cp-chairs/dip-sample": (
        2080,
        {
            "comment": (
                "To 'dip sample' 4 x cases (themes tbc) twice yearly",
                "To 'dip sample' 4 x cases (themes tbc) twice yearly (2 IRO & 2 CP Chairs)",
            ),
            "purpose": (
                "4 x Cases -Dip Sampling - Identify possible trends, gaps and issues that warrant further analysis and action (2 IRO & 2 CP Chairs)",
                "4 x Cases -Dip Sampling - Identify possible trends, gaps and issues that warrant further analysis and action",
            ),
        },
        {},
    ),
    "quality-and-performance-commissioning/residential/out-of-city-spot-provision-visits": (
        0,
        {"months": (0, 4095)},
        {"when_needed": True},
    ),
    "quality-and-performance-commissioning/residential/complaints-and-issues": (
        0,
        {"months": (0, 4095)},
        {"when_needed": True},
    ),
    "quality-and-performance-commissioning/fostering/complaints-and-issues": (
        0,
        {"months": (0, 4095)},
        {"when_needed": True},
    ),
    "quality-and-performance-commissioning/supported-accommodation/provider-visits-where-concerns": (
        2340,
        {},
        {"when_needed": True},
    ),
    "quality-and-performance-commissioning/supported-accommodation/complaints-and-issues": (
        0,
        {"months": (0, 4095)},
        {"when_needed": True},
    ),
    "youth-offending-services/case-managers/case-file": (
        4095,
        {},
        {"assumed_months": 4095},
    ),
    "looked-after-children/route-21-service-manager/supervision-assessments-plans": (
        2336,
        {"months": (2336, 2184)},
        {},
    ),
    "looked-after-children/route-21-team-managers/case-file": (
        3965,
        {},
        {"assumed_months": 3965},
    ),
    "looked-after-children/route-21-team-managers/re-audit-case-file": (
        130,
        {},
        {"assumed_months": 130},
    ),
    "looked-after-children/children-s-disability-service-manager/supervision-assessments-plans": (
        2336,
        {"months": (2336, 2184)},
        {},
    ),
    "looked-after-children/children-s-disability-team-managers/case-file": (
        3965,
        {},
        {"assumed_months": 3965},
    ),
    "looked-after-children/children-s-disability-team-managers/re-audit-case-file": (
        130,
        {},
        {"assumed_months": 130},
    ),
    "looked-after-children/fostering-and-adoption-team-managers/case-file": (
        4095,
        {},
        {"assumed_months": 4095},
    ),
    "looked-after-children/fostering-and-adoption-team-managers/fostering-and-adoption": (
        4095,
        {},
        {"assumed_months": 4095, "when_needed": True},
    ),
    "looked-after-children/looked-after-children-service-manager/supervision-assessments-plans": (
        2336,
        {"months": (2336, 2184)},
        {},
    ),
    "looked-after-children/long-term-looked-after-children-team-managers/case-file": (
        3965,
        {},
        {"assumed_months": 3965},
    ),
    "looked-after-children/long-term-looked-after-children-team-managers/re-audit-case-file": (
        130,
        {},
        {"assumed_months": 130},
    ),
    "external-audit/external-auditors/external-case-file-audit": (
        771,
        {"months": (771, 2819)},
        {"month_counts": "12=1"},
    ),
}
THEMES = {
    "full_case_file": (130, 130),
    "cp_plans_over_18_months": (1, 1),
    "external_audit_themes": (1028, 1028),
    "re_referrals": (2, 2),
    "young_carers": (4, 4),
    "private_fostering": (8, 8),
    "children_with_disabilities": (16, 16),
    "adoption": (32, 32),
    "domestic_violence": (64, 64),
    "fdac": (128, 128),
    "neglect": (256, 256),
    "young_people_13_16_into_care": (512, 512),
    "young_people_in_care": (1024, 1024),
    "children_seen_and_impact": (2048, 2048),
}


_GROUPS = (("months",), ("expected",), ("comment", "purpose"))
_TASK = sa.table(
    "schedule_task",
    sa.column("id", sa.Integer),
    sa.column("months", sa.Integer),
    sa.column("expected", sa.Integer),
    sa.column("comment", sa.Text),
    sa.column("purpose", sa.Text),
    sa.column("assumed_months", sa.Integer),
    sa.column("when_needed", sa.Boolean),
    sa.column("month_counts", sa.String),
    sa.column("version_id", sa.Integer),
)


def _label(mask: int) -> str:
    months = [name for bit, name in enumerate(_MONTHS) if mask & (1 << bit)]
    if not months:
        return "no fixed months"
    if len(months) == 12:
        return "every month"
    return ", ".join(months)


def upgrade() -> None:
    op.add_column(
        "schedule_task",
        sa.Column("assumed_months", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column(
        "schedule_task",
        sa.Column("when_needed", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "schedule_task",
        sa.Column("month_counts", sa.String(length=100), server_default="", nullable=False),
    )
    op.add_column(
        "plan_theme",
        sa.Column("assumed_months", sa.Integer(), server_default="0", nullable=False),
    )
    _bring_readings_up_to_date(op.get_bind())


def _edited(connection: sa.Connection, entity: str, row_id: int) -> set[str]:
    """The fields of a row someone changed since it was made (its change history)."""
    return set(
        connection.execute(
            sa.text("SELECT field FROM change_history WHERE entity = :entity AND entity_id = :id"),
            {"entity": entity, "id": row_id},
        ).scalars()
    )


def _bring_readings_up_to_date(connection: sa.Connection) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    history: list[dict[str, object]] = []

    def note(entity: str, row_id: int, field: str, old: object, new: object) -> None:
        history.append(
            {
                "at": now,
                "login": LOGIN,
                "entity": entity,
                "entity_id": row_id,
                "field": field,
                "old": None if old is None else str(old),
                "new": None if new is None else str(new),
            }
        )

    tasks = connection.execute(
        sa.text(
            "SELECT id, key, months, expected, comment, purpose FROM schedule_task "
            "WHERE key IN :keys"
        ).bindparams(sa.bindparam("keys", expanding=True)),
        {"keys": list(TASKS)},
    ).mappings()
    for row in list(tasks):
        old_months, changes, adds = TASKS[row["key"]]
        edited = _edited(connection, "schedule_task", row["id"])
        updates: dict[str, object] = {}
        # Each group changes whole or not at all: the IRO/CP count moves from the purpose
        # to the comment only if neither was changed.
        for group in _GROUPS:
            wanted = {f: changes[f] for f in group if f in changes}
            if wanted and all(f not in edited and row[f] == old for f, (old, _n) in wanted.items()):
                updates.update({f: new for f, (_o, new) in wanted.items()})
        months = int(updates.get("months", row["months"]))  # type: ignore[call-overload]
        as_read = "months" not in edited and (row["months"] == old_months or "months" in updates)
        if as_read:
            if "assumed_months" in adds:
                updates["assumed_months"] = int(adds["assumed_months"]) & months
            if adds.get("when_needed") and "comment" not in edited:
                updates["when_needed"] = True
            if "month_counts" in adds:
                updates["month_counts"] = adds["month_counts"]
        if not updates:
            continue
        connection.execute(
            sa.update(_TASK)
            .where(_TASK.c.id == row["id"])
            .values(**updates, version_id=_TASK.c.version_id + 1)
        )
        for field, new in updates.items():
            if field == "months":
                note("schedule_task", row["id"], field, _label(row["months"]), _label(months))
            elif field == "assumed_months":
                note("schedule_task", row["id"], "assumed months", None, _label(int(new)))  # type: ignore[call-overload]
            elif field == "when_needed":
                note("schedule_task", row["id"], "when needed", "no", "yes")
            elif field == "month_counts":
                note("schedule_task", row["id"], "month figures", None, new)
            else:
                note("schedule_task", row["id"], field, row[field], new)

    themes = connection.execute(
        sa.text("SELECT id, theme_key, months FROM plan_theme WHERE theme_key IN :keys").bindparams(
            sa.bindparam("keys", expanding=True)
        ),
        {"keys": list(THEMES)},
    ).mappings()
    for row in list(themes):
        months, assumed = THEMES[row["theme_key"]]
        if row["months"] != months or "months" in _edited(connection, "plan_theme", row["id"]):
            continue
        connection.execute(
            sa.text(
                "UPDATE plan_theme SET assumed_months = :assumed, version_id = version_id + 1 "
                "WHERE id = :id"
            ),
            {"assumed": assumed, "id": row["id"]},
        )
        note("plan_theme", row["id"], "assumed months", None, _label(assumed))

    if history:
        connection.execute(
            sa.text(
                "INSERT INTO change_history (at, person_id, login, entity, entity_id, field, "
                "old_value, new_value) VALUES (:at, NULL, :login, :entity, :entity_id, :field, "
                ":old, :new)"
            ),
            history,
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_theme", schema=None) as batch_op:
        batch_op.drop_column("assumed_months")
    with op.batch_alter_table("schedule_task", schema=None) as batch_op:
        batch_op.drop_column("month_counts")
        batch_op.drop_column("when_needed")
        batch_op.drop_column("assumed_months")
