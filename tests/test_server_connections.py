"""A council's server on a real network: each desktop holds at most one connection and lets
it go when idle; a server that is down, silent, full or refusing the login is named as
such within seconds; the program recovers by itself when the server is back; and work
that many desktops start at once takes turns."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from qaaudit.bootstrap import open_for_use
from qaaudit.services.audit import audits, follow_up
from qaaudit.store import database
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.errors import (
    FULL,
    REFUSED,
    UNREACHABLE,
    DatabaseBusy,
    DatabaseUnavailable,
    LoginRefused,
    ServerFull,
)
from tests.factories import complete_form, make_team
from tests.net_support import (
    answering_server,
    closed_port,
    opened_through_a_proxy,
    silent_server,
)

PROMISED_S = 6  # the connect timeout (libpq's least is 2 s) and some slack


def _address(port: int, user: str = "jo.bloggs") -> str:
    return f"postgresql+psycopg://{user}@127.0.0.1:{port}/qaaudit"


def test_a_server_that_is_down_is_named_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as down:
        open_for_use(_address(closed_port()))
    assert type(down.value) is DatabaseUnavailable
    assert down.value.message == UNREACHABLE
    assert time.monotonic() - started < PROMISED_S


def test_a_dead_link_is_named_within_the_connect_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "SERVER_CONNECT_TIMEOUT_S", 2)
    with silent_server() as port:
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as silent:
            open_for_use(_address(port))
        waited = time.monotonic() - started
    assert silent.value.message == UNREACHABLE
    assert 1.5 < waited < PROMISED_S


def test_a_full_server_is_not_called_unreachable() -> None:
    with (
        answering_server("53300", "sorry, too many clients already") as port,
        pytest.raises(ServerFull) as full,
    ):
        open_for_use(_address(port))
    assert full.value.message == FULL
    assert "full" in full.value.message and "cannot be reached" not in full.value.message


def test_a_refused_login_is_named_as_such() -> None:
    with (
        answering_server("28P01", 'password authentication failed for user "jo"') as port,
        pytest.raises(LoginRefused) as refused,
    ):
        open_for_use(_address(port))
    assert refused.value.message == REFUSED


@pytest.mark.postgres
def test_a_login_the_server_does_not_have_is_refused_in_plain_words(
    postgres_schema_url: str,
) -> None:
    stranger = make_url(postgres_schema_url).set(username="nobody.at.all").render_as_string(False)
    with pytest.raises(LoginRefused):
        open_for_use(stranger)


@pytest.mark.postgres
def test_a_desktop_holds_one_connection_and_lets_it_go_when_idle(
    postgres_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "SERVER_IDLE_S", 0.3)
    opened = open_for_use(postgres_schema_url)
    try:
        pool = opened.db.engine.pool
        assert (pool.size(), pool._max_overflow) == (1, 1)  # type: ignore[attr-defined]
        for _ in range(3):
            with opened.db.reading() as s:
                s.execute(text("SELECT 1"))
        assert pool.checkedin() == 1  # kept for the next read...
        deadline = time.monotonic() + 5
        while pool.checkedin() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.checkedin() == 0  # ...and let go once idle
        with opened.db.reading() as s:  # the next read opens one again
            assert s.execute(text("SELECT 1")).scalar() == 1
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_the_program_recovers_by_itself_when_the_server_is_back(
    postgres_schema_url: str,
) -> None:
    with opened_through_a_proxy(postgres_schema_url) as (proxy, opened):
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        proxy.stop()  # the server goes away mid-morning
        with pytest.raises(DatabaseUnavailable) as gone, opened.db.reading() as s:
            s.execute(text("SELECT 1"))
        assert gone.value.message == UNREACHABLE
        proxy.start()  # and comes back
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1


def test_five_managers_opening_corrective_action_at_once_back_fill_it_once(
    any_url: str, tmp_path: Path
) -> None:
    opened = open_for_use(any_url, backup_dir=tmp_path / "b")
    lead = opened.actor
    with opened.db.writing() as s:
        team_id = make_team(s).id
        for number in range(6):
            form = complete_form(
                team_id, f"CN20000{number}", date(2017, 3, 1), grade="does_not_meet_good"
            )
            record = audits.create_audit(s, lead, form, date(2017, 3, 20))
            audits.complete_audit(s, lead, record.id, record.version, form, date(2017, 3, 20))
    with opened.db.writing() as s:  # as if completed before corrective action existed
        s.execute(CorrectiveAction.__table__.delete())
    problems: list[BaseException] = []
    opened_counts: list[int] = []
    start = threading.Barrier(5)

    def open_the_page() -> None:
        try:
            start.wait()
            with opened.db.writing() as s:
                opened_counts.append(follow_up.backfill(s, lead, date(2017, 11, 20)))
        except BaseException as problem:  # noqa: BLE001 - reported below
            problems.append(problem)

    threads = [threading.Thread(target=open_the_page) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert problems == []
        assert sorted(opened_counts) == [0, 0, 0, 0, 6]
        with opened.db.reading() as s:
            assert s.scalar(select(func.count()).select_from(CorrectiveAction)) == 6
    finally:
        opened.db.dispose()


def test_ten_copies_starting_at_once_on_a_new_file_all_open_it(tmp_path: Path) -> None:
    """A team's file on first day: ten people start qaaudit in the same second."""
    import os
    import subprocess
    import sys

    from qaaudit.store.models import PersonRole

    root = Path(__file__).resolve().parent.parent
    database_file = tmp_path / "team.sqlite3"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "qaaudit", "people", "list", "--db", str(database_file)],
            cwd=root,
            env={
                **os.environ,
                "QAAUDIT_USER": f"person{n}",
                "QAAUDIT_DATA_DIR": str(tmp_path / f"d{n}"),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(10)
    ]
    results = [(run.wait(timeout=120), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        for stream in (run.stdout, run.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in results] == [0] * 10, results
    opened = open_for_use(str(database_file), backup_dir=tmp_path / "b")
    try:
        with opened.db.reading() as s:
            admins = s.scalar(
                select(func.count()).select_from(PersonRole).where(PersonRole.role == "admin")
            )
        assert admins == 1  # the first of them, and only the first
    finally:
        opened.db.dispose()


def test_a_copy_that_waits_too_long_for_another_to_prepare_a_new_file_is_told_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another copy holds a new file while it sets it up, longer than a copy waits: the
    waiting one says the database is busy, in words, not a fault."""
    import sqlite3

    from qaaudit.store import migrate

    monkeypatch.setattr(migrate, "START_WAIT_S", 0.5)
    path = tmp_path / "team.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode=WAL")
        holder.execute("BEGIN IMMEDIATE")  # setting it up
        holder.execute("CREATE TABLE being_made (id INTEGER)")
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as busy:
            open_for_use(str(path), backup_dir=tmp_path / "b")
        assert busy.value.message.startswith("The database is busy and did not free up in time.")
        assert time.monotonic() - started < 10  # one wait for the file (5 s), not more
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_newcomer_starting_while_another_copy_writes_waits_for_it(tmp_path: Path) -> None:
    """Someone new signs in while another copy holds the file's write lock for longer
    than one save waits (5 s; registering this copy waits as long first): their start
    waits on, and they are written in."""
    import sqlite3

    path = tmp_path / "team.sqlite3"
    open_for_use(str(path), login="first", backup_dir=tmp_path / "b").db.dispose()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    letting_go = threading.Timer(12, lambda: holder.execute("ROLLBACK"))
    letting_go.start()
    try:
        opened = open_for_use(str(path), login="newcomer", backup_dir=tmp_path / "b")
        assert opened.actor.login == "newcomer"
        opened.db.dispose()
    finally:
        letting_go.join()
        holder.close()


@pytest.mark.postgres
def test_ten_desktops_starting_on_a_server_not_yet_set_up_are_all_told_why(
    bare_postgres_schema_url: str,
) -> None:
    from qaaudit.store.server import ServerNotReady

    said: list[str] = []

    def start() -> None:
        try:
            open_for_use(bare_postgres_schema_url)
        except ServerNotReady as refused:
            said.append(refused.message)
        except BaseException as other:  # noqa: BLE001 - reported below
            said.append(repr(other))

    threads = [threading.Thread(target=start) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(said) == 10
    assert all("qaaudit server setup" in message for message in said), said


@pytest.mark.postgres
def test_the_audit_list_is_read_off_the_window_while_the_server_is_slow_to_answer(
    postgres_schema_url: str, qtbot: QtBot
) -> None:
    """Someone's long piece of work holds the audits: the list waits for it on a thread of
    its own and says it is reading, while the window goes on answering."""
    import psycopg
    from PySide6.QtCore import QThreadPool

    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.main_window import MainWindow
    from tests.server_support import plain, server_logins
    from tests.ui_support import show_window

    with server_logins(postgres_schema_url) as logins:
        url, _lead = logins.person("Lee Lead", ("qa_lead", "auditor"))
        opened = open_for_use(url)
        try:
            window = show_window(qtbot, MainWindow(AppContext(opened.db, opened.actor)))
            page = window.page("Audits")
            qtbot.waitUntil(lambda: not page.model.reading, timeout=10000)
            with psycopg.connect(plain(postgres_schema_url)) as holder:
                holder.execute("LOCK TABLE case_file_audit IN ACCESS EXCLUSIVE MODE")
                started = time.monotonic()
                page.find_case("CN1")
                qtbot.wait(600)  # the window's own events go on meanwhile
                assert time.monotonic() - started < 2
                assert page.model.reading
                assert page.ui.countLabel.text() == "Reading the audits…"
                holder.rollback()  # the other work ends
            qtbot.waitUntil(lambda: not page.model.reading, timeout=10000)
            assert page.ui.countLabel.text() == "0 audits"

            # Held past the desktop's lock limit: said in plain words, the list kept.
            with psycopg.connect(plain(postgres_schema_url)) as holder:
                holder.execute("LOCK TABLE case_file_audit IN ACCESS EXCLUSIVE MODE")
                page.find_case("")
                qtbot.waitUntil(lambda: not page.model.reading, timeout=15000)
            said = page.ui.countLabel.text()
            assert said.startswith("The database is busy and did not free up in time.")
            assert said.endswith("The list shows what was read before.")
            assert page.model.total == 0
            page.refresh()  # and once the other work has ended, it reads again
            qtbot.waitUntil(lambda: not page.model.reading, timeout=10000)
            assert page.ui.countLabel.text() == "0 audits"
            window.close()
        finally:
            QThreadPool.globalInstance().waitForDone(10000)
            opened.db.dispose()


@pytest.mark.postgres
def test_every_connection_of_the_desktop_in_use_is_named_busy_not_a_fault(
    postgres_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reads held up on the server keep the desktop's connections; one more read waits
    for one, then is told the server is busy in plain words."""
    monkeypatch.setattr(database, "SERVER_WAIT_S", 1)
    db = database.open_engine(postgres_schema_url)
    held = []
    try:
        for _ in range(2):  # the one connection, and the one more a desktop may open
            held.append(db.engine.connect())
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as busy, db.reading() as s:
            s.execute(text("SELECT 1"))
        assert "busy and did not answer in time" in busy.value.message
        assert time.monotonic() - started < 5
    finally:
        for connection in held:
            connection.close()
        db.dispose()


@pytest.mark.postgres
def test_a_link_gone_silent_mid_morning_is_named_within_the_window_limit_and_survived(
    postgres_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PgBouncer whose server stopped answering, or a firewall holding the connection:
    what is sent is taken, nothing comes back, and the network itself never says so."""
    monkeypatch.setattr(database, "SERVER_CANCEL_GRACE_S", 1)
    with opened_through_a_proxy(postgres_schema_url) as (proxy, opened):
        opened.db.limit_waits_on_this_thread(1.5)  # the window's thread
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        proxy.go_silent()
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as silent, opened.db.reading() as s:
            s.execute(text("SELECT 1"))
        waited = time.monotonic() - started
        assert silent.value.message == UNREACHABLE
        assert 1.4 < waited < 1.5 + 1 + 1.5  # the limit, the grace, and some slack
        proxy.speak_again()
        with opened.db.reading() as s:  # a new connection, without being asked
            assert s.execute(text("SELECT 2")).scalar() == 2


def _stopped_at_the_window_s_limit(db: database.Database) -> DatabaseBusy:
    """A statement that would run 20 s, on the window's thread with a limit of 1 s: what
    the person is told, within 3 s."""
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as slow, db.reading() as s:
        s.execute(text("SELECT pg_sleep(20)"))
    assert time.monotonic() - started < 3
    assert slow.value.message.startswith("The database server took too long to answer")
    return slow.value


@pytest.mark.postgres
def test_a_statement_past_the_window_limit_is_stopped_and_the_connection_kept(
    postgres_schema_url: str,
) -> None:
    opened = open_for_use(postgres_schema_url)
    try:
        opened.db.limit_waits_on_this_thread(1)
        backend = {}
        with opened.db.reading() as s:
            backend["before"] = s.execute(text("SELECT pg_backend_pid()")).scalar()
        slow = _stopped_at_the_window_s_limit(opened.db)
        assert "Nothing you typed is lost" in slow.message
        with opened.db.reading() as s:  # stopped by the server: the connection is still good
            assert s.execute(text("SELECT pg_backend_pid()")).scalar() == backend["before"]
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_background_work_is_not_held_to_the_window_limit(postgres_schema_url: str) -> None:
    opened = open_for_use(postgres_schema_url)
    try:
        opened.db.limit_waits_on_this_thread(0.5)
        outcome: list[object] = []

        def export() -> None:
            try:
                with opened.db.reading() as s:
                    outcome.append(s.execute(text("SELECT pg_sleep(1.5), 'read'")).one()[1])
            except BaseException as problem:  # noqa: BLE001 - reported below
                outcome.append(problem)

        worker = threading.Thread(target=export)
        worker.start()
        worker.join(timeout=20)
        assert outcome == ["read"]
        with pytest.raises(DatabaseBusy), opened.db.reading() as s:  # the window's is
            s.execute(text("SELECT pg_sleep(1.5)"))
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_a_link_gone_silent_while_the_window_was_idle_is_named_and_survived(
    postgres_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection kept from before is checked first; its check gets no answer, and a
    new connection gets none either."""
    for name, seconds in (
        ("SERVER_PING_AFTER_S", 0.2),
        ("SERVER_PING_LIMIT_S", 1),
        ("SERVER_CANCEL_GRACE_S", 0.5),
        ("SERVER_CONNECT_TIMEOUT_S", 2),  # libpq's least
    ):
        monkeypatch.setattr(database, name, seconds)
    with opened_through_a_proxy(postgres_schema_url) as (proxy, opened):
        opened.db.limit_waits_on_this_thread(1.5)
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        time.sleep(0.3)  # idle: the kept connection is checked before its next use
        proxy.go_silent()
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as silent, opened.db.reading() as s:
            s.execute(text("SELECT 1"))
        waited = time.monotonic() - started
        assert silent.value.message == UNREACHABLE
        assert waited < 1 + 0.5 + 2 + 1.5  # the check, its grace, a new connection; slack
        proxy.speak_again()
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 2")).scalar() == 2


@pytest.mark.postgres
def test_through_pgbouncer_a_statement_past_the_window_limit_is_stopped(
    bouncer_database_url: str,
) -> None:
    """PgBouncer passes the request to stop on to the server the statement is running on."""
    opened = open_for_use(bouncer_database_url)
    try:
        opened.db.limit_waits_on_this_thread(1)
        _stopped_at_the_window_s_limit(opened.db)
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 3")).scalar() == 3
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_a_save_waiting_for_a_row_someone_else_is_saving_is_named_as_busy_not_as_slow(
    postgres_schema_url: str,
) -> None:
    """A save on the window's thread is given longer than a read: long enough for the lock
    limit to say that someone else is saving."""
    import psycopg

    opened = open_for_use(postgres_schema_url)
    try:
        opened.db.limit_waits_on_this_thread(reads_s=1, saves_s=8)
        with opened.db.writing() as s:
            team_id = make_team(s).id
        plain_url = postgres_schema_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain_url) as holder:  # someone else's save, not yet committed
            holder.execute("UPDATE team SET name = name WHERE id = %s", (team_id,))
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as busy, opened.db.writing() as s:
                s.execute(text("UPDATE team SET name = 'x' WHERE id = :id"), {"id": team_id})
            waited = time.monotonic() - started
        assert busy.value.message.startswith("The database is busy and did not free up in time")
        assert 4.5 < waited < 7
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_a_link_gone_silent_just_before_a_save_commits_is_named_within_the_save_limit(
    postgres_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """COMMIT goes through the driver, not a statement of the program's: it is watched
    all the same."""
    monkeypatch.setattr(database, "SERVER_CANCEL_GRACE_S", 0.5)
    with opened_through_a_proxy(postgres_schema_url) as (proxy, opened):
        opened.db.limit_waits_on_this_thread(reads_s=1, saves_s=1.5)
        started = 0.0
        with pytest.raises(DatabaseUnavailable) as silent, opened.db.writing() as s:
            make_team(s)
            s.flush()
            proxy.go_silent()
            started = time.monotonic()
        assert silent.value.message == UNREACHABLE
        assert time.monotonic() - started < 1.5 + 0.5 + 1.5
        proxy.speak_again()
        with opened.db.reading() as s:
            assert s.execute(text("SELECT 2")).scalar() == 2


@pytest.mark.postgres
def test_setting_up_the_schema_lifts_the_program_s_limit_with_the_server_s(
    postgres_schema_url: str,
) -> None:
    """Set-up and upgrade switch the server's statement limit off for their transaction
    (a migration or another administrator's set-up may take minutes); the program's own
    limit is lifted with it, and comes back when the transaction ends."""
    from qaaudit.store.database import open_engine
    from qaaudit.store.server import _serialise

    db = open_engine(postgres_schema_url)
    try:
        db.limit_waits_on_this_thread(reads_s=0.5, saves_s=0.5)
        with db.engine.begin() as connection:
            _serialise(connection)
            assert connection.execute(text("SELECT pg_sleep(1.2), 'waited'")).one()[1] == "waited"
        with pytest.raises(DatabaseBusy), db.reading() as s:
            s.execute(text("SELECT pg_sleep(1.2)"))
    finally:
        db.dispose()
