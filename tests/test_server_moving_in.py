"""A team that started on its own SQLite file moves onto the council's server with
`qaaudit server import-sqlite`: everything in the file arrives once, however often it is
run; several teams' files go into one council; a damaged or newer file, or a login that
may not do it, is refused with nothing written. The move runs as a person, so the server's
own rules check every row it writes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from qaaudit.bootstrap import open_for_use
from qaaudit.cli import main
from qaaudit.services.audit import audits
from qaaudit.services.common import drafts
from tests.conftest import TODAY
from tests.factories import complete_form, make_person, make_team
from tests.server_support import Logins, plain, server_logins

pytestmark = pytest.mark.postgres

# What a move brings, table by table (the server's own bookkeeping tables aside).
MOVED = (
    "service_area", "team", "person", "case_file_audit", "audit_area", "audit_theme",
    "audit_action", "moderation", "moderation_area", "corrective_action", "qaf_plan",
    "plan_service_area", "plan_role", "schedule_task", "plan_theme", "role_assignment",
    "schedule_activity", "service_review", "service_review_row", "service_review_action",
    "change_history",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo council (`qaaudit demo --db`), made once for this file's tests."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "team.sqlite3"
    # Made before any test's own private folders: it gets its own, and never reads the
    # computer's real settings file (which the installer check may have locked).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QAAUDIT_DATA_DIR", str(folder / "home"))
        patch.setenv("QAAUDIT_MACHINE_SETTINGS", str(folder / "machine" / "settings.toml"))
        patch.delenv("QAAUDIT_DB", raising=False)
        assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def council(postgres_schema_url: str) -> Iterator[tuple[str, Logins, str]]:
    """An empty council's server with a qaaudit administrator who has a login of their
    own; yields the server, the logins, and the administrator's address."""
    with server_logins(postgres_schema_url) as logins:
        admin_url, _admin = logins.person("Ada Admin", ("admin", "qa_lead"))
        yield postgres_schema_url, logins, admin_url


# The council's own records on the server, which a team's file does not bring (the move
# says how many it left), and so not their history either.
LEFT = (
    "audit_report", "report_recommendation", "action_plan_item", "qa_meeting",
    "qa_meeting_decision", "case_list", "sample_draw", "instrument_version", "trend_rebase",
    "council_setting",
)  # fmt: skip
MOVED_HISTORY = f"entity NOT IN ({', '.join(repr(name) for name in LEFT)})"


def _file_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in MOVED}  # noqa: S608
        counts["change_history"] = connection.execute(
            f"SELECT count(*) FROM change_history WHERE {MOVED_HISTORY}"  # noqa: S608
        ).fetchone()[0]
        return counts


def _server_counts(url: str) -> dict[str, int]:
    with psycopg.connect(plain(url)) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in MOVED}  # type: ignore[index]  # noqa: S608


def _rows(url: str, statement: str) -> list[tuple[object, ...]]:
    with psycopg.connect(plain(url)) as connection:
        return connection.execute(statement).fetchall()


def _move(path: Path, url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["server", "import-sqlite", str(path), "--db", url])
    out, err = capsys.readouterr()
    return code, out, err


AUDIT_FACTS = (
    "SELECT a.case_number, a.audit_month, a.status, a.overall, a.headline, a.strand, "
    "p.login, t.name, (SELECT count(*) FROM audit_area r WHERE r.audit_id = a.id), "
    "(SELECT count(*) FROM audit_action x WHERE x.audit_id = a.id), "
    "(SELECT m.moderated_overall FROM moderation m WHERE m.audit_id = a.id), "
    "(SELECT c.status FROM corrective_action c WHERE c.audit_id = a.id), "
    "(SELECT f.case_number FROM case_file_audit f WHERE f.id = a.previous_audit_id) "
    "FROM case_file_audit a JOIN person p ON p.id = a.auditor_id "
    "LEFT JOIN team t ON t.id = a.team_id"
)


def test_the_demo_council_moves_in_whole_and_once(
    demo_file: Path, council: tuple[str, Logins, str], capsys: pytest.CaptureFixture[str]
) -> None:
    server, _logins, admin_url = council
    before = _server_counts(server)
    code, out, _err = _move(demo_file, admin_url, capsys)
    assert code == 0, out
    in_file = _file_counts(demo_file)
    after = _server_counts(server)
    moved = {t: after[t] - before[t] for t in MOVED}
    # Every record arrived; the administrator was there already (one person, one history
    # entry less than nothing: the history of the file arrives entry for entry).
    assert moved == in_file
    assert "open drafts: 5 moved in, 0 already on the server" in out
    assert f"completed audits: {in_file['case_file_audit'] - 5:,} moved in" in out
    # Each audit as it was: its case, month, grade, auditor, team, judgements, actions,
    # moderation, corrective action and the audit it follows up.
    with sqlite3.connect(demo_file) as connection:
        in_the_file = Counter(
            tuple(str(v) if v is not None else None for v in row)
            for row in connection.execute(AUDIT_FACTS)
        )
    on_the_server = Counter(
        tuple(str(v) if v is not None else None for v in row) for row in _rows(server, AUDIT_FACTS)
    )
    assert on_the_server == in_the_file
    # The history keeps who did what and when, marked as moved in.
    history = "SELECT login, entity, field, at FROM change_history"
    with sqlite3.connect(demo_file) as connection:
        file_history = Counter(
            (login, entity, field, datetime.fromisoformat(at))
            for login, entity, field, at in connection.execute(f"{history} WHERE {MOVED_HISTORY}")
        )
    assert "Left in the file, as the council keeps its own on the server:" in out
    assert "audit reports" in out and "action plan items" in out
    server_history = _rows(server, history + " WHERE imported_from IS NOT NULL")
    assert Counter((r[0], r[1], r[2], r[3]) for r in server_history) == file_history
    assert _rows(server, "SELECT DISTINCT imported_from FROM change_history")[0][0].startswith(
        "team.sqlite3, moved in "
    )
    # Council-wide roles stay with the council's administrators.
    with sqlite3.connect(demo_file) as connection:
        logins = [row[0] for row in connection.execute("SELECT login FROM person")]
    held = _rows(
        server,
        "SELECT p.login, r.role FROM person_role r JOIN person p ON p.id = r.person_id "
        "WHERE r.role IN ('admin', 'qa_lead', 'moderator')",
    )
    assert [row for row in held if row[0] in logins] == []
    assert len(held) >= 2  # the council's own administrators
    assert "Roles held in the file but not given on the server" in out
    assert "people are new on the server" in out and "demo.jbloggs" in out

    # Again: nothing moves, everything is recognised.
    code, out, _err = _move(demo_file, admin_url, capsys)
    assert code == 0
    assert _server_counts(server) == after
    tallies = [line for line in out.splitlines() if " moved in, " in line]
    assert len(tallies) == 12 and all(": 0 moved in, " in line for line in tallies), tallies
    assert f"change history entries: 0 moved in, {in_file['change_history']:,} already" in out


def test_the_command_moves_a_file_in_from_a_process_of_its_own(
    demo_file: Path, council: tuple[str, Logins, str], tmp_path: Path
) -> None:
    """As an administrator runs it: a new process that has loaded nothing else first (so
    every kind of record the move counts or leaves is known to it by itself)."""
    server, _logins, admin_url = council
    before = _server_counts(server)
    # Nothing of the test's own but its data folder, and the stand-in for the computer's
    # settings file: the real one may be the installer check's, locked to its database.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("QAAUDIT_") or k == "QAAUDIT_MACHINE_SETTINGS"
    }
    env["QAAUDIT_DATA_DIR"] = str(tmp_path / "home")
    command = [sys.executable, "-m", "qaaudit.cli", "server", "import-sqlite", str(demo_file)]
    done = subprocess.run(
        [*command, "--db", admin_url], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "open drafts: 5 moved in, 0 already on the server" in done.stdout
    assert "Left in the file, as the council keeps its own on the server:" in done.stdout
    after = _server_counts(server)
    assert {t: after[t] - before[t] for t in MOVED} == _file_counts(demo_file)


def _team_file(path: Path, admin_login: str) -> dict[str, object]:
    """A second team's own file: its manager set it up (and so is administrator there), a
    worker whose login the council knows in other letters, one completed audit, one
    draft with a recovery copy of unsaved work."""
    opened = open_for_use(f"sqlite:///{path}", login="fostering.manager", backup_dir=path.parent)
    try:
        with opened.db.writing() as s:
            team = make_team(s, "Fostering", "Children in Care")
            team_id = team.id
            worker = make_person(s, admin_login.upper(), "Ada In Fostering", ("auditor",), team)
        with opened.db.writing() as s:
            done = audits.create_audit(s, worker, complete_form(team_id, "FOS001"), TODAY)
            audits.complete_audit(
                s, worker, done.id, done.version, complete_form(team_id, "FOS001"), TODAY
            )
            audits.create_audit(s, worker, complete_form(team_id, "FOS002"), TODAY)
            drafts.keep(s, worker, "audit:new", {"case_number": "FOS003"})
    finally:
        opened.db.dispose()
    return {"team_id": team_id}


def test_several_teams_files_move_into_one_council_through_pgbouncer(
    bouncer_database_url: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with server_logins(bouncer_database_url) as logins:
        admin_url, admin = logins.person("Ada Admin", ("admin", "moderator"))
        fostering = tmp_path / "fostering.sqlite3"
        _team_file(fostering, admin.login)
        code, out, err = _move(fostering, admin_url, capsys)
        assert code == 0, err
        assert "people: 1 moved in, 1 already on the server" in out  # the worker is Ada
        assert "completed audits: 1 moved in" in out and "open drafts: 1 moved in" in out
        assert "1 recovery copies of unsaved work were not moved" in out
        assert "fostering.manager: administrator, moderator, QA lead" in out
        # The demo council next, into the same server; then the fostering file again.
        code, out, err = _move(demo_file, admin_url, capsys)
        assert code == 0, err
        code, out, err = _move(fostering, admin_url, capsys)
        assert code == 0, err
        assert "completed audits: 0 moved in, 1 already" in out
        cases = _rows(
            admin_url,
            "SELECT a.case_number, p.login, a.status FROM case_file_audit a "
            "JOIN person p ON p.id = a.auditor_id WHERE a.case_number LIKE 'FOS%' ORDER BY 1",
        )
        assert cases == [("FOS001", admin.login, "completed"), ("FOS002", admin.login, "draft")]
        demo_audits = _file_counts(demo_file)["case_file_audit"]
        assert _rows(admin_url, "SELECT count(*) FROM case_file_audit") == [(demo_audits + 2,)]
        areas = _rows(admin_url, "SELECT name FROM service_area ORDER BY name")
        assert len(areas) == len(set(areas))


def test_a_damaged_or_newer_file_is_refused_and_nothing_is_written(
    demo_file: Path, council: tuple[str, Logins, str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    server, _logins, admin_url = council
    before = _server_counts(server)
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(demo_file, damaged)
    size = damaged.stat().st_size
    with open(damaged, "r+b") as handle:  # a stretch of pages overwritten in the middle
        handle.seek(size // 2)
        handle.write(b"\x5a" * 65536)
    code, _out, err = _move(damaged, admin_url, capsys)
    assert code == 2
    assert "damaged" in err and "nothing was moved" in err.lower()
    assert not Path(f"{damaged}-wal").exists()

    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(demo_file, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _out, err = _move(newer, admin_url, capsys)
    assert code == 2
    assert "newer version of qaaudit" in err and "Nothing was moved" in err
    assert _server_counts(server) == before
    with sqlite3.connect(newer) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_only_an_administrator_moves_a_file_in_and_the_server_says_the_same(
    demo_file: Path, council: tuple[str, Logins, str], capsys: pytest.CaptureFixture[str]
) -> None:
    server, logins, admin_url = council
    lead_url, _lead = logins.person("Quinn Lead", ("qa_lead", "moderator"))
    before = _server_counts(server)
    code, _out, err = _move(demo_file, lead_url, capsys)
    assert code == 2
    assert "Only an administrator" in err and "Nothing was moved" in err
    assert _server_counts(server) == before
    # The server's own rule, whatever a program sends: a history entry in someone else's
    # name only from an administrator, and only marked as moved in.
    insert = (
        "INSERT INTO change_history (at, login, entity, entity_id, field, imported_from) "
        "VALUES (now(), 'someone.else', 'case_file_audit', 1, 'status', %s)"
    )
    for url, marked, allowed in (
        (lead_url, "team.sqlite3", False),
        (admin_url, None, False),
        (admin_url, "team.sqlite3", True),
    ):
        with psycopg.connect(plain(url)) as connection:
            try:
                connection.execute(insert, (marked,))
                outcome = True
            except psycopg.errors.InsufficientPrivilege:
                outcome = False
            connection.rollback()
        assert outcome is allowed, (url, marked)


def test_a_second_move_at_the_same_time_is_refused_at_once(
    demo_file: Path, council: tuple[str, Logins, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from qaaudit.services.moving.sqlite_file import MOVE_LOCK

    server, _logins, admin_url = council
    before = _server_counts(server)
    with psycopg.connect(plain(admin_url)) as first:  # a move under way holds its lock
        first.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (MOVE_LOCK,))
        code, _out, err = _move(demo_file, admin_url, capsys)
    assert code == 2
    assert "Another file is being moved onto this server just now" in err
    assert _server_counts(server) == before
