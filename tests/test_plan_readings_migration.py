"""A database made with the old readings of the 2017 plan (revision 0006) is brought up to
the corrected readings by the upgrade, row by row, except where the QA lead changed a row
since it was made: those rows are left as the QA lead left them."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlalchemy as sa

from qaaudit.domain.plan import load_seed, slug, unique_key
from qaaudit.domain.schedule import months_to_mask
from qaaudit.services.common.history import changes_for
from qaaudit.services.schedule.due import year_due
from qaaudit.services.schedule.plan import load_plan
from qaaudit.store import migrate
from qaaudit.store.database import Database, open_engine
from qaaudit.store.migrations import HEAD

MIGRATION = (
    Path(__file__).resolve().parents[1]
    / "qaaudit"
    / "store"
    / "migrations"
    / "versions"
    / "0008_plan_readings.py"
)
EH_REFLECTIVE = "early-help-and-prevention/service-manager-early-help-and-c-and-ff/reflective"
SM_PLANS = "help-and-protection/service-manager/supervision-assessments-plans"
IRO_CASE_FILE = "quality-and-performance/iros-and-cp-chairs/case-file"
IRO_DIP = "quality-and-performance/iros-and-cp-chairs/dip-sample"
TM_CASE_FILE = "help-and-protection/team-manager-social-care/case-file"
CONCERNS = (
    "quality-and-performance-commissioning/supported-accommodation/provider-visits-where-concerns"
)
EXTERNAL = "external-audit/external-auditors/external-case-file-audit"

_meta = sa.MetaData()
# The tables as revision 0006 has them (the model now holds more columns).
PLAN = sa.Table(
    "qaf_plan",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("year", sa.Integer),
    sa.Column("title", sa.String),
    sa.Column("dated", sa.Date),
    sa.Column("created_at", sa.DateTime),
    sa.Column("version_id", sa.Integer),
)
AREA = sa.Table(
    "plan_service_area",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("plan_id", sa.Integer),
    sa.Column("name", sa.String),
    sa.Column("position", sa.Integer),
    sa.Column("version_id", sa.Integer),
)
ROLE = sa.Table(
    "plan_role",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("area_id", sa.Integer),
    sa.Column("key", sa.String),
    sa.Column("name", sa.String),
    sa.Column("position", sa.Integer),
    sa.Column("version_id", sa.Integer),
)
TASK = sa.Table(
    "schedule_task",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("role_id", sa.Integer),
    sa.Column("key", sa.String),
    sa.Column("name", sa.String),
    sa.Column("purpose", sa.Text),
    sa.Column("months", sa.Integer),
    sa.Column("expected", sa.Integer),
    sa.Column("comment", sa.Text),
    sa.Column("kind", sa.String),
    sa.Column("position", sa.Integer),
    sa.Column("version_id", sa.Integer),
)
THEME = sa.Table(
    "plan_theme",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("plan_id", sa.Integer),
    sa.Column("theme", sa.String),
    sa.Column("purpose", sa.Text),
    sa.Column("months", sa.Integer),
    sa.Column("comment", sa.Text),
    sa.Column("theme_key", sa.String),
    sa.Column("position", sa.Integer),
    sa.Column("version_id", sa.Integer),
)
HISTORY = sa.Table(
    "change_history",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime),
    sa.Column("person_id", sa.Integer),
    sa.Column("login", sa.String),
    sa.Column("entity", sa.String),
    sa.Column("entity_id", sa.Integer),
    sa.Column("field", sa.String),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),
)


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plan_readings_0008", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _old_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The 2017 plan as the old readings stored it: today's seed with every changed value
    put back as the migration records it was."""
    old = _migration()
    plan, _year, _notes = load_seed()
    tasks: list[dict[str, Any]] = []
    role_keys: set[str] = set()
    task_keys: set[str] = set()
    for a_pos, area in enumerate(plan.areas):
        for r_pos, role in enumerate(area.roles):
            role_key = unique_key(f"{slug(area.name)}/{slug(role.name)}", role_keys)
            for t_pos, task in enumerate(role.tasks):
                key = unique_key(f"{role_key}/{slug(task.name)}", task_keys)
                row = {
                    "area": (a_pos, area.name),
                    "role": (r_pos, role_key, role.name),
                    "key": key,
                    "name": task.name,
                    "purpose": task.purpose,
                    "months": months_to_mask(task.months),
                    "expected": task.expected,
                    "comment": task.comment,
                    "kind": task.kind,
                    "position": t_pos,
                }
                if key in old.TASKS:
                    old_months, changes, _adds = old.TASKS[key]
                    row["months"] = old_months
                    for field, (before, _after) in changes.items():
                        row[field] = before
                tasks.append(row)
    themes = [
        {
            "theme": t.theme,
            "purpose": t.purpose,
            "months": months_to_mask(t.months),
            "comment": t.comment,
            "theme_key": t.theme_key,
            "position": n,
        }
        for n, t in enumerate(plan.themes)
    ]
    return tasks, themes


def _store_old_plan(connection: sa.Connection, year: int) -> dict[str, int]:
    """One year's plan as the old version stored it; returns task ids by key."""
    tasks, themes = _old_rows()
    plan_id = connection.execute(
        sa.insert(PLAN).values(
            year=year,
            title="COVENTRY CHILDREN'S QAF PLAN",
            dated=date(2017, 3, 29),
            created_at=datetime(2017, 3, 29),
            version_id=1,
        )
    ).inserted_primary_key[0]
    areas: dict[str, int] = {}
    roles: dict[str, int] = {}
    ids: dict[str, int] = {}
    for row in tasks:
        a_pos, area = row["area"]
        if area not in areas:
            areas[area] = connection.execute(
                sa.insert(AREA).values(plan_id=plan_id, name=area, position=a_pos, version_id=1)
            ).inserted_primary_key[0]
        r_pos, role_key, role = row["role"]
        if role_key not in roles:
            roles[role_key] = connection.execute(
                sa.insert(ROLE).values(
                    area_id=areas[area], key=role_key, name=role, position=r_pos, version_id=1
                )
            ).inserted_primary_key[0]
        ids[row["key"]] = connection.execute(
            sa.insert(TASK).values(
                role_id=roles[role_key],
                version_id=1,
                **{k: row[k] for k in ("key", "name", "purpose", "months", "expected")},
                **{k: row[k] for k in ("comment", "kind", "position")},
            )
        ).inserted_primary_key[0]
    for theme in themes:
        connection.execute(sa.insert(THEME).values(plan_id=plan_id, version_id=1, **theme))
    return ids


def _edit(connection: sa.Connection, task_id: int, field: str, old: str, new: Any) -> None:
    """A change the QA lead made in the plan editor: the row and its history."""
    connection.execute(sa.update(TASK).where(TASK.c.id == task_id).values({field: new}))
    connection.execute(
        sa.insert(HISTORY).values(
            at=datetime(2017, 5, 2, 10, 0),
            login="qa.lead",
            entity="schedule_task",
            entity_id=task_id,
            field=field,
            old_value=old,
            new_value=str(new),
        )
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database at revision 0006 (before these readings), empty."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = str(request.getfixturevalue("bare_postgres_schema_url"))
    db = open_engine(url)
    try:
        migrate.upgrade_to(db, "0006")
        yield db
    finally:
        db.dispose()


def test_an_old_plan_takes_the_corrected_readings_except_where_the_qa_lead_changed_it(
    old_database: Database,
) -> None:
    db = old_database
    with db.engine.begin() as connection:
        ids_2017 = _store_old_plan(connection, 2017)
        ids_2018 = _store_old_plan(connection, 2018)  # a copy made with the old readings
        # The QA lead settled the Early Help reflective audit on July and October in 2017,
        # edited the IROs' comment, and (without a history: an imported workbook) moved the
        # 2018 team managers' case file audits off December.
        _edit(connection, ids_2017[EH_REFLECTIVE], "months", "Jul, Oct", 64 | 512)
        _edit(connection, ids_2017[IRO_CASE_FILE], "comment", "-", "Four cases a month")
        connection.execute(
            sa.update(TASK).where(TASK.c.id == ids_2018[TM_CASE_FILE]).values(months=3965 - 2048)
        )

    migrate.upgrade_to(db, HEAD)

    with db.reading() as s:
        new = {2017: load_plan(s, 2017), 2018: load_plan(s, 2018)}
        tasks = {
            (year, t.key): t
            for year, plan in new.items()
            for _a, r in plan.roles()  # type: ignore[union-attr]
            for t in r.tasks
        }
        reflective_history = changes_for(s, "schedule_task", ids_2018[EH_REFLECTIVE])
        items = year_due(s, 2017, date(2017, 12, 31)).items
    seed, _year, _notes = load_seed()
    seed_tasks = {
        (r.name, t.name, n): t for a in seed.areas for r in a.roles for n, t in enumerate(r.tasks)
    }
    assert items == []  # nobody holds a role: nothing owed, and the plan reads

    # Untouched rows now read as the seed does: the whole 2018 copy but one row.
    plan_2018 = new[2018]
    assert plan_2018 is not None
    changed = []
    for _area, role in plan_2018.roles():
        for n, task in enumerate(role.tasks):
            want = seed_tasks[(role.name, task.name, n)]
            got = (task.months, task.expected, task.comment, task.purpose, task.assumed)
            wanted = (want.months, want.expected, want.comment, want.purpose, want.assumed)
            if (got, task.when_needed, dict(task.counts)) != (
                wanted,
                want.when_needed,
                want.counts,
            ):
                changed.append(task.key)
    assert changed == [TM_CASE_FILE]
    assert tasks[(2018, EH_REFLECTIVE)].months == frozenset({7})
    assert tasks[(2018, SM_PLANS)].months == frozenset({4, 8, 12})
    assert tasks[(2018, CONCERNS)].when_needed
    assert dict(tasks[(2018, EXTERNAL)].counts) == {12: 1}
    assert tasks[(2018, EXTERNAL)].months == frozenset({1, 2, 9, 10, 12})
    assert tasks[(2018, IRO_DIP)].comment.endswith("(2 IRO & 2 CP Chairs)")
    # What the QA lead changed stays as they left it, and is not marked as assumed.
    assert tasks[(2018, TM_CASE_FILE)].months == frozenset({1, 3, 4, 5, 6, 7, 9, 10, 11})
    assert tasks[(2018, TM_CASE_FILE)].assumed == frozenset()
    assert tasks[(2017, EH_REFLECTIVE)].months == frozenset({7, 10})
    assert tasks[(2017, IRO_CASE_FILE)].comment == "Four cases a month"
    assert "(2 IRO" in tasks[(2017, IRO_CASE_FILE)].purpose  # moved together, or not at all
    assert tasks[(2017, IRO_CASE_FILE)].assumed  # its months were not edited
    # Themes: months assumed are marked.
    assert new[2018].themes[0].assumed == frozenset({2, 8})  # type: ignore[union-attr]
    # Every change the upgrade made is in the history, in words.
    assert [(c.login, c.field, c.old_value, c.new_value) for c in reflective_history] == [
        (_migration().LOGIN, "months", "Jul, Oct", "Jul")
    ]


@pytest.mark.postgres
def test_a_server_set_up_by_the_earlier_version_is_brought_up_to_date_by_server_setup(
    bare_postgres_schema_url: str,
) -> None:
    """On a shared server the upgrade runs as the schema's owner, with the tables under
    row-level security: the plan is corrected all the same."""
    from qaaudit.store.server import server_login, setup
    from tests.server_support import server_roles

    db = open_engine(bare_postgres_schema_url)
    try:
        migrate.upgrade_to(db, "0006")
        with db.engine.begin() as connection:
            ids = _store_old_plan(connection, 2017)
            _edit(connection, ids[SM_PLANS], "months", "Jun, Sep, Dec", 32 | 256 | 2048)
        with server_roles():
            setup(db, server_login(db))
        with db.engine.connect() as connection:
            rows = dict(
                connection.execute(
                    sa.select(TASK.c.key, TASK.c.months).where(
                        TASK.c.key.in_([EH_REFLECTIVE, SM_PLANS])
                    )
                ).all()
            )
            logins = set(
                connection.execute(
                    sa.select(HISTORY.c.login).where(HISTORY.c.entity_id == ids[EH_REFLECTIVE])
                ).scalars()
            )
        assert rows == {EH_REFLECTIVE: 64, SM_PLANS: 32 | 256 | 2048}
        assert logins == {_migration().LOGIN}
        assert migrate.current_revision(db) == HEAD
    finally:
        db.dispose()
