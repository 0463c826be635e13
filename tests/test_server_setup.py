"""A council on one PostgreSQL server, set up as the admin guide says: the database itself
decides who may do what. Each person connects with a login of their own; what they try in
psql (here through psycopg, not the program) is refused wherever the program's rules say
so, and the change history cannot be changed by anyone but a superuser."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import open_for_use
from qaaudit.cli import main
from qaaudit.services.audit import audits
from qaaudit.services.common.actor import Actor, NotAPerson
from qaaudit.store import migrate
from qaaudit.store.database import open_engine
from qaaudit.store.migrations import HEAD
from qaaudit.store.server import ServerNotReady, setup
from tests.conftest import TODAY
from tests.factories import complete_form, make_team
from tests.server_support import Logins, as_login, plain, server_logins, server_roles
from tests.test_store_migrations import PREVIOUS, database_of_the_previous_version

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parent.parent


def _tables(url: str) -> list[str]:
    with psycopg.connect(plain(url)) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        ]


def _try(url: str, statement: str, *params: object) -> str:
    """What the server said: 'ok <rows>' or the error's first line."""
    try:
        with psycopg.connect(plain(url)) as connection:
            cursor = connection.execute(statement, params or None)
            return f"ok {cursor.rowcount}"
    except psycopg.Error as error:
        return str(error).splitlines()[0]


def _count(url: str, statement: str, *params: object) -> int:
    with psycopg.connect(plain(url)) as connection:
        row = connection.execute(statement, params or None).fetchone()
    assert row is not None
    return int(row[0])


@dataclass
class Council:
    """A small council on a secured schema: two service areas, three teams, one login per
    role, and audits by each auditor."""

    url: str
    logins: Logins
    people: dict[str, tuple[str, Actor]]
    audits: dict[str, list[int]]  # auditor key -> audit ids (one draft, one completed)


@pytest.fixture(params=["direct", "pgbouncer"])
def secured_url(request: pytest.FixtureRequest) -> str:
    """The secured database, reached directly and through PgBouncer (transaction pooling):
    the rules hold both ways."""
    name = "postgres_schema_url" if request.param == "direct" else "bouncer_database_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def council(secured_url: str, tmp_path: Path) -> Iterator[Council]:
    postgres_schema_url = secured_url
    admin = open_for_use(postgres_schema_url, backup_dir=tmp_path / "b")
    with admin.db.writing() as s:
        team_a = make_team(s, "Assessment Team 1", "Help and Protection").id
        team_b = make_team(s, "Assessment Team 2", "Help and Protection").id
        team_c = make_team(s, "Fostering", "Children in Care").id
    admin.db.dispose()
    with server_logins(postgres_schema_url) as logins:
        people = {
            "auditor": logins.person("Ann Auditor", ("auditor",), team_a),
            "colleague": logins.person("Carl Colleague", ("auditor",), team_a),
            "other_team": logins.person("Olu Other", ("auditor",), team_b),
            "other_area": logins.person("Fay Foster", ("auditor",), team_c),
            "service_manager": logins.person("Sam Manager", ("auditor", "service_manager"), team_b),
            "moderator": logins.person("Mo Moderator", ("moderator",)),
            "qa_lead": logins.person("Quinn Lead", ("auditor", "qa_lead")),
            "admin": logins.person("Ada Admin", ("admin",)),
            "no_role": logins.person("Nora Norole", ()),
        }
        made: dict[str, list[int]] = {}
        for key in ("auditor", "colleague", "other_team", "other_area"):
            url, actor = people[key]
            opened = open_for_use(url)
            team_id = actor.team_id
            assert team_id is not None
            with opened.db.writing() as s:
                draft = audits.create_audit(
                    s, opened.actor, complete_form(team_id, f"CN{team_id}00{len(made)}1"), TODAY
                )
                done = audits.create_audit(
                    s, opened.actor, complete_form(team_id, f"CN{team_id}00{len(made)}2"), TODAY
                )
                audits.complete_audit(
                    s, opened.actor, done.id, done.version, complete_form(team_id), TODAY
                )
            opened.db.dispose()
            made[key] = [draft.id, done.id]
        yield Council(postgres_schema_url, logins, people, made)


def _url(council: Council, who: str) -> str:
    return council.people[who][0]


# -- who you are --------------------------------------------------------------------------


def test_the_person_is_the_server_login_whatever_the_environment_says(
    council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QAAUDIT_USER", council.people["qa_lead"][1].login)
    monkeypatch.setenv("LOGNAME", council.people["admin"][1].login)
    opened = open_for_use(_url(council, "auditor"))
    try:
        assert opened.actor.login == council.people["auditor"][1].login
        assert opened.actor.roles == {"auditor"}
    finally:
        opened.db.dispose()
    with pytest.raises(ValueError, match="server login"):
        open_for_use(_url(council, "auditor"), login=council.people["admin"][1].login)


def test_an_auditor_cannot_make_themself_an_administrator_by_claiming_another_login(
    council: Council, capsys: pytest.CaptureFixture[str]
) -> None:
    auditor = council.people["auditor"][1].login
    lead = council.people["qa_lead"][1].login
    env = {**os.environ, "QAAUDIT_USER": lead, "LOGNAME": lead, "USER": lead}
    run = subprocess.run(
        [sys.executable, "-m", "qaaudit", "people", "set", auditor, "--add-role", "admin",
         "--db", _url(council, "auditor")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode != 0
    assert "Only a QA lead or an administrator" in run.stderr
    assert _count(council.url, "SELECT count(*) FROM person_role WHERE role = 'admin'") == 2
    assert _count(council.url, "SELECT count(*) FROM change_history WHERE login = %s", lead) == 0


def test_a_login_the_program_does_not_know_is_told_who_to_ask_and_sees_nothing(
    council: Council,
) -> None:
    stranger = council.logins.login_only("stranger")
    with pytest.raises(NotAPerson) as refused:
        open_for_use(stranger)
    assert "is not known to qaaudit" in refused.value.message
    assert "Quinn Lead" in refused.value.message and "Ada Admin" in refused.value.message
    assert _try(stranger, "SELECT count(*) FROM case_file_audit") == "ok 1"
    assert _count(stranger, "SELECT count(*) FROM case_file_audit") == 0
    assert _count(stranger, "SELECT count(*) FROM audit_area") == 0


def test_someone_switched_off_is_refused_and_sees_nothing(council: Council) -> None:
    url, person = council.people["colleague"]
    assert _try(council.url, "UPDATE person SET active = false WHERE id = %s", person.id) == "ok 1"
    with pytest.raises(NotAPerson, match="no longer uses qaaudit"):
        open_for_use(url)
    assert _count(url, "SELECT count(*) FROM case_file_audit") == 0


# -- what each person reads ---------------------------------------------------------------


def test_each_person_reads_the_audits_the_window_would_show_them(council: Council) -> None:
    everyone = sum(len(ids) for ids in council.audits.values())
    seen = {
        who: _count(_url(council, who), "SELECT count(*) FROM case_file_audit")
        for who in council.people
    }
    assert seen == {
        "auditor": 4,  # their own and their team's (the colleague's)
        "colleague": 4,
        "other_team": 2,
        "other_area": 2,
        "service_manager": 6,  # every team of Help and Protection
        "moderator": everyone,
        "qa_lead": everyone,
        "admin": everyone,
        "no_role": 0,
    }
    # The narratives follow their audit, for every person, by their own login.
    areas = _count(_url(council, "other_area"), "SELECT count(DISTINCT audit_id) FROM audit_area")
    assert areas == 2
    with_areas = "SELECT count(DISTINCT audit_id) FROM audit_area"
    assert {who: _count(_url(council, who), with_areas) for who in council.people} == seen


def test_recovery_copies_are_their_own_persons_only(council: Council) -> None:
    url, actor = council.people["auditor"]
    other_url, other = council.people["colleague"]
    for who, person in ((url, actor), (other_url, other)):
        result = _try(
            who,
            "INSERT INTO draft_snapshot (person_id, slot, kind, title, payload, saved_at) "
            "VALUES (%s, 'x', 'case_file_audit', '', '{}', now())",
            person.id,
        )
        assert result == "ok 1"
    assert _count(url, "SELECT count(*) FROM draft_snapshot") == 1
    assert _try(url, "DELETE FROM draft_snapshot") == "ok 1"  # their own only
    assert _count(other_url, "SELECT count(*) FROM draft_snapshot") == 1
    planted = _try(
        url,
        "INSERT INTO draft_snapshot (person_id, slot, kind, title, payload, saved_at) "
        "VALUES (%s, 'y', 'case_file_audit', '', '{}', now())",
        other.id,
    )
    assert "row-level security" in planted


# -- what each person changes -------------------------------------------------------------


def test_a_completed_audit_cannot_be_rewritten_or_deleted_by_anyone(council: Council) -> None:
    completed = council.audits["auditor"][1]
    for who in council.people:
        url = _url(council, who)
        assert (
            _try(url, "UPDATE case_file_audit SET overall = 'inadequate' WHERE id = %s", completed)
            == "ok 0"
        )
        assert (
            _try(url, "UPDATE audit_area SET evidence = 'x' WHERE audit_id = %s", completed)
            == "ok 0"
        )
        assert _try(url, "DELETE FROM audit_area WHERE audit_id = %s", completed) == "ok 0"
        assert _try(url, "DELETE FROM case_file_audit WHERE id = %s", completed) == "ok 0"
    kept = "SELECT count(*) FROM audit_area WHERE audit_id = %s AND evidence = 'x'"
    assert _count(council.url, kept, completed) == 0


def test_only_its_auditor_changes_a_draft(council: Council) -> None:
    draft = council.audits["auditor"][0]
    for who in council.people:
        result = _try(
            _url(council, who), "UPDATE case_file_audit SET strand = 'changed' WHERE id = %s", draft
        )
        assert result == ("ok 1" if who == "auditor" else "ok 0"), who


def test_people_roles_and_the_plan_change_only_for_the_qa_lead_and_administrators(
    council: Council,
) -> None:
    auditor_id = council.people["auditor"][1].id
    for who in council.people:
        url = _url(council, who)
        allowed = who in ("qa_lead", "admin")
        renamed = _try(url, "UPDATE person SET name = 'Renamed' WHERE id = %s", auditor_id)
        assert renamed == ("ok 1" if allowed else "ok 0"), who
        promoted = _try(
            url, "INSERT INTO person_role (person_id, role) VALUES (%s, 'admin')", auditor_id
        )
        if who == "admin":
            assert promoted == "ok 1"
            demote = "DELETE FROM person_role WHERE person_id = %s AND role = 'admin'"
            assert _try(url, demote, auditor_id) == "ok 1"
        else:
            assert "row-level security" in promoted, who
        planned = _try(
            url,
            "INSERT INTO qaf_plan (year, title, created_at, version_id) VALUES (2031, 'Plan', now(), 1)",
        )
        if allowed:
            assert planned == "ok 1", who
            _try(url, "DELETE FROM qaf_plan WHERE year = 2031")
        else:
            assert "row-level security" in planned or "violates" in planned, who


def test_nobody_with_a_login_can_change_the_schema_or_become_the_owner(council: Council) -> None:
    tables = _tables(council.url)
    assert "change_history" in tables and len(tables) > 20
    for who in ("auditor", "qa_lead", "admin"):
        url = _url(council, who)
        assert "permission denied" in _try(url, "SET ROLE qaaudit_owner")
        for table in tables:
            target = sql.Identifier(table).as_string(None)
            for statement in (
                f"TRUNCATE {target}",
                f"ALTER TABLE {target} DISABLE TRIGGER USER",
                f"ALTER TABLE {target} DISABLE ROW LEVEL SECURITY",
                f"ALTER TABLE {target} ADD COLUMN planted text",
                f"DROP TABLE {target}",
            ):
                result = _try(url, statement)
                assert result.startswith(("permission denied", "must be owner")), (
                    statement,
                    result,
                )
        assert "permission denied" in _try(url, "CREATE TABLE planted (i integer)")
        assert "must be owner" in _try(url, "DROP FUNCTION qaaudit_roles()")
        assert "must be owner" in _try(url, "DROP POLICY reads ON case_file_audit")


def test_the_change_history_takes_entries_in_ones_own_name_and_never_changes(
    council: Council,
) -> None:
    before = _count(council.url, "SELECT count(*) FROM change_history")
    assert before > 0
    for who in council.people:
        url = _url(council, who)
        for statement in (
            "UPDATE change_history SET new_value = 'forged'",
            "DELETE FROM change_history",
            "TRUNCATE change_history",
        ):
            assert "permission denied" in _try(url, statement), (who, statement)
    url, actor = council.people["auditor"]
    lead = council.people["qa_lead"][1]
    forged = _try(
        url,
        "INSERT INTO change_history (at, person_id, login, entity, entity_id, field) "
        "VALUES (now(), %s, %s, 'person', 1, 'roles')",
        lead.id,
        lead.login,
    )
    assert "row-level security" in forged
    own = _try(
        url,
        "INSERT INTO change_history (at, person_id, login, entity, entity_id, field) "
        "VALUES (now(), %s, %s, 'note', 1, 'x')",
        actor.id,
        actor.login,
    )
    assert own == "ok 1"
    assert _count(council.url, "SELECT count(*) FROM change_history") == before + 1
    # Its triggers refuse even the owner; only a superuser could drop them.
    refused = _try(council.url, "UPDATE change_history SET field = 'x'")
    assert "the change history cannot be changed" in refused


# -- setting up and upgrading -------------------------------------------------------------


def test_a_desktop_never_sets_up_or_upgrades_a_server(
    bare_postgres_schema_url: str, tmp_path: Path
) -> None:
    with pytest.raises(ServerNotReady, match="qaaudit server setup"):
        open_for_use(bare_postgres_schema_url)
    assert "alembic_version" not in _tables(bare_postgres_schema_url)
    database_of_the_previous_version(bare_postgres_schema_url)
    with pytest.raises(ServerNotReady, match="qaaudit server upgrade"):
        open_for_use(bare_postgres_schema_url)
    db = open_engine(bare_postgres_schema_url)
    try:
        assert migrate.current_revision(db) == PREVIOUS
    finally:
        db.dispose()


def test_five_administrators_setting_up_an_older_database_at_once_take_turns(
    bare_postgres_schema_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = bare_postgres_schema_url
    database_of_the_previous_version(url)
    problems: list[BaseException] = []

    def run() -> None:
        db = open_engine(url)
        try:
            with server_roles():
                setup(db)
        except BaseException as problem:  # noqa: BLE001 - reported below
            problems.append(problem)
        finally:
            db.dispose()

    threads = [threading.Thread(target=run) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert problems == []
    assert _count(url, "SELECT count(*) FROM case_file_audit") == 1  # the audit is kept
    assert _count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner <> 'qaaudit_owner'") == 0  # fmt: skip
    assert main(["server", "upgrade", "--db", url]) == 0
    assert f"Already at version {HEAD}" in capsys.readouterr().out
    db = open_engine(url)
    try:
        assert migrate.current_revision(db) == HEAD
    finally:
        db.dispose()


def test_logins_of_the_earlier_set_up_are_moved_out_of_the_owner(
    bare_postgres_schema_url: str,
) -> None:
    url = bare_postgres_schema_url
    login = f"old.way.{os.getpid()}"
    quoted = sql.Identifier(login).as_string(None)
    # No other test's set-up may move the login first: set-up moves every such login on
    # the server, whichever database it sets up.
    with server_roles(alone=True):
        with psycopg.connect(plain(url), autocommit=True) as connection:
            connection.execute(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qaaudit_owner') "
                "THEN CREATE ROLE qaaudit_owner NOLOGIN; END IF; END $$"
            )
            connection.execute(f"CREATE ROLE {quoted} LOGIN IN ROLE qaaudit_owner")
            connection.execute(f"ALTER ROLE {quoted} SET role = 'qaaudit_owner'")
        try:
            db = open_engine(url)
            try:
                result = setup(db, login, "Old Way")
            finally:
                db.dispose()
            assert login in result.moved_logins
            with psycopg.connect(plain(url)) as connection:
                member, owner = connection.execute(
                    "SELECT pg_has_role(%s, 'qaaudit_user', 'MEMBER'), "
                    "pg_has_role(%s, 'qaaudit_owner', 'MEMBER')",
                    (login, login),
                ).fetchone() or (None, None)
            assert (member, owner) == (True, False)
            as_old = plain(url).replace("postgres@", f"{login}@")
            assert "must be owner" in _try(as_old, "DROP TABLE change_history")
            opened = open_for_use(url.replace("postgres@", f"{login}@"))
            try:
                assert opened.actor.login == login and "admin" in opened.actor.roles
            finally:
                opened.db.dispose()
        finally:
            with psycopg.connect(plain(url), autocommit=True) as connection:
                connection.execute(f"DROP OWNED BY {quoted}")
                connection.execute(f"DROP ROLE {quoted}")


def test_only_a_database_administrator_runs_the_server_commands(
    council: Council, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(council, "admin")  # a qaaudit administrator is not a database administrator
    assert main(["server", "upgrade", "--db", url]) == 2
    assert "Only a database administrator" in capsys.readouterr().err
    assert main(["server", "add-login", "someone.new", "--db", url]) == 2


# -- the program's own path -----------------------------------------------------------


def test_every_page_opens_for_every_role_with_their_own_login(
    council: Council, qtbot: QtBot
) -> None:
    from qaaudit.services.schedule.plan import load_council_plan
    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.main_window import MainWindow

    lead = open_for_use(_url(council, "qa_lead"))
    with lead.db.writing() as s:  # the QA lead loads the plan through their own login
        load_council_plan(s, lead.actor)
    lead.db.dispose()
    opened_pages: dict[str, list[str]] = {}
    for who in council.people:
        opened = open_for_use(_url(council, who))
        try:
            window = MainWindow(AppContext(opened.db, opened.actor))
            qtbot.addWidget(window)
            window.show()
            for row, page in enumerate(window.pages):
                widget = window.show_page(row)
                qtbot.wait(10)
                assert widget.isVisible(), (who, page.title)
            opened_pages[who] = [page.title for page in window.pages]
            window.close()
        finally:
            opened.db.dispose()
    assert "QAF plan" in opened_pages["qa_lead"] and "People and teams" in opened_pages["admin"]
    assert "QAF plan" not in opened_pages["auditor"]
    assert opened_pages["no_role"][:2] == ["My month", "Audits"]


# The tables everyone reads and only some change, and who changes every row of each.
CHANGED_BY = {
    "person": {"qa_lead", "admin"},
    "team": {"qa_lead", "admin"},
    "service_area": {"qa_lead", "admin"},
    "qaf_plan": {"qa_lead", "admin"},
    "plan_service_area": {"qa_lead", "admin"},
    "plan_role": {"qa_lead", "admin"},
    "schedule_task": {"qa_lead", "admin"},
    "plan_theme": {"qa_lead", "admin"},
}


def test_who_may_change_the_shared_tables_row_by_row(council: Council) -> None:
    from qaaudit.services.schedule.plan import load_council_plan

    lead = open_for_use(_url(council, "qa_lead"))
    with lead.db.writing() as s:
        load_council_plan(s, lead.actor)
    lead.db.dispose()
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for who in council.people:
        with psycopg.connect(plain(_url(council, who))) as connection:
            for table in CHANGED_BY:
                target = sql.Identifier(table)
                total = connection.execute(
                    sql.SQL("SELECT count(*) FROM {}").format(target)
                ).fetchone()
                changed = connection.execute(
                    sql.SQL("UPDATE {} SET id = id").format(target)
                ).rowcount
                assert total is not None
                found.setdefault(table, {})[who] = (total[0], changed)
            connection.rollback()
    for table, allowed in CHANGED_BY.items():
        for who, (total, changed) in found[table].items():
            assert total > 0, (table, who)  # everyone reads these
            assert changed == (total if who in allowed else 0), (table, who, total, changed)


def test_a_database_administrator_without_superuser_sets_it_up(
    bare_postgres_schema_url: str,
) -> None:
    """A login with CREATEROLE and CREATEDB, owning the database's schema, is enough."""
    url = bare_postgres_schema_url
    dba = f"dba.{os.getpid()}"
    quoted = sql.Identifier(dba).as_string(None)
    with psycopg.connect(plain(url), autocommit=True) as connection:
        schema = connection.execute("SELECT current_schema()").fetchone()
        assert schema is not None
        database = connection.execute("SELECT current_database()").fetchone()
        assert database is not None
        connection.execute(f"CREATE ROLE {quoted} LOGIN CREATEROLE CREATEDB")
        connection.execute(f"GRANT CREATE ON DATABASE {sql.Identifier(database[0]).as_string(None)} TO {quoted}")  # fmt: skip
        connection.execute(f"ALTER SCHEMA {sql.Identifier(schema[0]).as_string(None)} OWNER TO {quoted}")  # fmt: skip
    first = f"first.admin.{os.getpid()}"
    try:
        with server_roles():
            assert main(["server", "setup", "--admin", first, "--db", as_login(url, dba)]) == 0
        opened = open_for_use(as_login(url, first))
        try:
            assert {"admin", "qa_lead"} <= opened.actor.roles
        finally:
            opened.db.dispose()
    finally:
        with psycopg.connect(plain(url), autocommit=True) as connection:
            for login in (first, dba):
                role = sql.Identifier(login).as_string(None)
                connection.execute(f"DROP OWNED BY {role} CASCADE")
                connection.execute(f"DROP ROLE {role}")


def test_the_servers_policies_use_the_roles_of_the_permission_table() -> None:
    """The database and the program say the same about who may change what."""
    import re

    from qaaudit.domain import permissions
    from qaaudit.store import server_policies as policies

    def roles(array: str) -> set[str]:
        return set(re.findall(r"'(\w+)'", array))

    same = {
        "ANY_ROLE": (
            permissions.AUDIT_DRAFT,
            permissions.OWN_ACTIVITY,
            permissions.RECOVERY_COPY,
            permissions.REAUDIT_FOLLOW_UP,
        ),
        "READS_REPORTS": (permissions.AUDIT_REPORT_READ,),
        "WRITES_REPORTS": (permissions.AUDIT_REPORT_WRITE,),
        "PLANS_ACTIONS": (permissions.ACTION_PLAN_WRITE, permissions.ACTION_PLAN_PROGRESS),
        "RECORDS_MEETINGS": (permissions.QA_MEETING,),
        "IMPORTS_AUDITS": (permissions.AUDIT_IMPORT,),
        "OPENS_CORRECTIVE": (permissions.CORRECTIVE_OPEN,),
        "CONFIRMS_CORRECTIVE": (permissions.CORRECTIVE_CONFIRM,),
        "MODERATES": (permissions.MODERATE,),
        "REVIEW_PANEL": (permissions.REVIEW_PANEL,),
        "OWNS_PLAN": (permissions.PLAN_EDIT, permissions.ROLE_HOLDERS),
        "OTHERS_ACTIVITY": (permissions.OTHERS_ACTIVITY,),
        "EDITS_INSTRUMENTS": (permissions.INSTRUMENT_EDIT,),
        "CHANGES_PEOPLE": (permissions.PEOPLE, permissions.TEAMS),
        "ADMINS": (permissions.ADMINISTRATORS,),
        "DRAWS_CASES": (permissions.SAMPLE_DRAW,),
    }
    table = {p.key: set(p.roles) for p in permissions.PERMISSIONS}
    for constant, keys in same.items():
        for key in keys:
            assert roles(getattr(policies, constant)) == table[key], (constant, key)
    # Any action plan item is changed by those who plan actions, Strategic Leads apart
    # (they change their own).
    assert roles(policies.ANY_ACTION_PLAN) == table[permissions.ACTION_PLAN_WRITE] - {
        "strategic_lead"
    }
    # A review is written by the panel and by the service manager of its own area.
    assert table[permissions.REVIEW_WRITE] == roles(policies.REVIEW_PANEL) | {"service_manager"}


def test_an_auditor_can_delete_nothing_but_their_own_draft(council: Council) -> None:
    """Every table, tried in one transaction that is then rolled back: the auditor's own
    draft (with its judgements) is all that goes."""
    url, auditor = council.people["auditor"]
    draft = council.audits["auditor"][0]
    gone: dict[str, int] = {}
    with psycopg.connect(plain(url)) as connection:
        for table in _tables(council.url):
            target = sql.Identifier(table)
            try:
                with connection.transaction():
                    deleted = connection.execute(sql.SQL("DELETE FROM {}").format(target)).rowcount
                    if deleted:
                        gone[table] = deleted
                    raise psycopg.Rollback()
            except psycopg.errors.InsufficientPrivilege:
                gone[table] = -1  # refused outright: counted apart below
        connection.rollback()
    refused = {table for table, count in gone.items() if count == -1}
    assert refused == {"alembic_version", "change_history"}
    deleted = {table: count for table, count in gone.items() if count > 0}
    assert set(deleted) <= {"case_file_audit", "audit_area", "audit_theme", "audit_action",
                            "running_copy", "draft_snapshot", "schedule_activity"}  # fmt: skip
    assert deleted["case_file_audit"] == 1  # the draft; the completed audit stays
    still = _count(council.url, "SELECT count(*) FROM case_file_audit WHERE id = %s", draft)
    assert still == 1  # rolled back


def test_an_auditor_reads_only_the_cases_given_to_them_and_draws_nothing(
    council: Council,
) -> None:
    """The month's case list and allocation, by each login: the QA lead and administrators
    read them all; an auditor reads the cases given to them (and those rows of the list),
    nothing else, and cannot add to a draw."""
    from datetime import date

    from qaaudit.services.sampling.case_list import CheckedCase, store_case_list
    from qaaudit.services.sampling.draws import add_targeted

    march = date(2017, 3, 1)
    auditor = council.people["auditor"][1]
    colleague = council.people["colleague"][1]
    other_team = council.people["other_team"][1]
    assert other_team.team_id is not None
    lead = open_for_use(_url(council, "qa_lead"))
    with lead.db.writing() as s:
        cases = [
            CheckedCase(n + 2, f"MAR{n}", other_team.team_id, "child_in_need", "Worker", "", None)
            for n in range(4)
        ]
        store_case_list(s, lead.actor, march, "cases.csv", "0" * 64, cases, {})
        # Drawn with nobody owing (no plan): the QA lead gives two cases on purpose.
        from sqlalchemy import select

        from qaaudit.store.sampling import CaseList, SampleDraw

        s.add(
            SampleDraw(
                month=march,
                case_list_id=s.scalars(select(CaseList.id)).one(),
                seed=1,
                rules='{"owed": [], "own_team_excluded": true}',
                asked=0,
                eligible=4,
                excluded=0,
                drawn_by_id=lead.actor.id,
            )
        )
        s.flush()
        add_targeted(s, lead.actor, march, "MAR1", auditor.id, "Theme")
        add_targeted(s, lead.actor, march, "MAR2", colleague.id, "Theme")
    lead.db.dispose()
    seen = {
        who: (
            _count(_url(council, who), "SELECT count(*) FROM sample_allocation"),
            _count(_url(council, who), "SELECT count(*) FROM case_list_entry"),
            _count(_url(council, who), "SELECT count(*) FROM sample_draw"),
        )
        for who in ("auditor", "colleague", "other_team", "service_manager", "qa_lead", "admin")
    }
    assert seen == {
        "auditor": (1, 1, 0),
        "colleague": (1, 1, 0),
        "other_team": (0, 0, 0),
        "service_manager": (0, 0, 0),
        "qa_lead": (2, 4, 1),
        "admin": (2, 4, 1),
    }
    # Their own case: readable, never changed by them (the policy leaves nothing to update).
    assert _try(_url(council, "auditor"), "UPDATE sample_allocation SET reason = ''") == "ok 0"
    assert _try(_url(council, "auditor"), "DELETE FROM case_list_entry") == "ok 0"


def test_only_the_qa_lead_sets_the_council_s_own_choices(council: Council) -> None:
    """The corrective action start day and the trend charts' rebases: everyone reads them;
    an auditor's own login, trying with SQL, changes neither; the QA lead's does."""
    auditor, lead = _url(council, "auditor"), _url(council, "qa_lead")
    setting = (
        "INSERT INTO council_setting (key, value, updated_at) "
        "VALUES ('corrective_from', '2017-04-01', now() AT TIME ZONE 'UTC')"
    )
    rebase = (
        "INSERT INTO trend_rebase (starts_on, reason, created_at) "
        "VALUES ('2017-09-01', 'x', now() AT TIME ZONE 'UTC')"
    )
    assert "row-level security" in _try(auditor, setting)
    assert "row-level security" in _try(auditor, rebase)
    assert _try(lead, setting) == "ok 1"
    assert _try(lead, rebase) == "ok 1"
    assert _try(auditor, "UPDATE council_setting SET value = '2009-01-01'") == "ok 0"
    assert _try(auditor, "DELETE FROM trend_rebase") == "ok 0"
    assert _count(auditor, "SELECT count(*) FROM council_setting WHERE value = '2017-04-01'") == 1
    assert _count(auditor, "SELECT count(*) FROM trend_rebase") == 1
