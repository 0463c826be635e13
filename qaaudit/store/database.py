"""Opening the database: where it is, how connections behave, and the checks made
before anything is written to it."""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from qaaudit.store import paths, running
from qaaudit.store.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseUnavailable,
    EmptyDatabase,
    ReadOnlyDatabase,
    StoreError,
    newer_database,
    translate,
)
from qaaudit.store.migrations import KNOWN_REVISIONS
from qaaudit.store.page_check import PageCheck, damage_message
from qaaudit.store.storable import send_only_storable_text
from qaaudit.store.watchdog import Watchdog, watch_statements

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# On a server, a row someone else is saving is waited for this long, then reported.
SERVER_LOCK_TIMEOUT_MS = 5000
# A statement the server has not answered in this time is stopped (a read that long would
# hold the window); the server's own default from `qaaudit server setup` is the same.
SERVER_STATEMENT_TIMEOUT_MS = 30000
# On the window's thread a statement is stopped by the program itself after this long (it
# holds the window); a save's after longer than the lock limit, so a row being saved by
# someone else is still named as such. See store/watchdog.py.
SERVER_WINDOW_READ_S = 4
SERVER_WINDOW_SAVE_S = 6
# A cancelled statement that has not ended after this long has its connection shut.
SERVER_CANCEL_GRACE_S = 1
# How long to wait for a server to answer a connection, and for a free connection.
SERVER_CONNECT_TIMEOUT_S = 5
SERVER_WAIT_S = 10
# A connection nobody has used for this long is closed, so hundreds of idle desktops hold
# nothing on the server.
SERVER_IDLE_S = 30
# A pooled connection unused for this long is checked with a round trip before use; one
# that does not answer the check within SERVER_PING_LIMIT_S is replaced.
SERVER_PING_AFTER_S = 5
SERVER_PING_LIMIT_S = 1.5
# With the link dead (packets dropped, nothing refused), sent data unacknowledged for this
# long ends the connection, and an idle one is probed after KEEPALIVE_IDLE_S.
SERVER_TCP_USER_TIMEOUT_MS = 10000
KEEPALIVE_IDLE_S = 15
ENV_VAR = "QAAUDIT_DB"


class DatabaseLocked(StoreError):
    """The computer's settings fix the database, and another one was asked for."""


@dataclass(frozen=True)
class DatabaseChoice:
    """Which database to use, and what chose it."""

    url: str
    # In words: "--db on the command line", "QAAUDIT_DB", "your settings file (PATH)", ...
    source: str
    # The machine-wide file that fixes the address for everyone, when it does.
    locked_by: Path | None = None
    # What the person's own settings file asked for and the lock set aside, said in words.
    note: str | None = None


def choose_database(explicit: str | None = None) -> DatabaseChoice:
    """The first that is set wins: --db, QAAUDIT_DB, the person's settings file, the
    computer's settings file, the default file in the person's data folder. When the
    computer's file locks the address (``lock_database = true``), that address is used
    whatever the others say: --db or QAAUDIT_DB naming another one is refused, and a
    person's own setting is set aside with a note saying why."""
    try:
        machine = paths.machine_settings()
    except paths.SettingsUnreadable as exc:
        raise StoreError(exc.message) from exc
    user = paths.user_settings()
    if machine.lock_database and machine.database_url:
        fixed = normalise_url(machine.database_url)
        source = f"this computer's settings file ({machine.path}), locked by IT"
        for asked, where in ((explicit, "--db"), (os.environ.get(ENV_VAR), ENV_VAR)):
            if asked and normalise_url(asked) != fixed:
                raise DatabaseLocked(
                    f"IT has fixed the database for everyone on this computer (in "
                    f"{machine.path}), so {where} cannot point qaaudit at another one. "
                    "Ask IT if you need to use a different database."
                )
        note = None
        if user.database_url and normalise_url(user.database_url) != fixed:
            note = (
                "Your own settings file names another database, but IT has fixed the "
                f"database for everyone on this computer (in {machine.path}), so qaaudit "
                "uses that one. Ask IT if you need to use a different database."
            )
        return DatabaseChoice(fixed, source, machine.path, note)
    if explicit:
        return DatabaseChoice(normalise_url(explicit), "--db on the command line")
    if os.environ.get(ENV_VAR):
        return DatabaseChoice(normalise_url(os.environ[ENV_VAR]), f"the {ENV_VAR} variable")
    if user.database_url:
        return DatabaseChoice(normalise_url(user.database_url), f"your settings file ({user.path})")
    if machine.database_url:
        return DatabaseChoice(
            normalise_url(machine.database_url), f"this computer's settings file ({machine.path})"
        )
    return DatabaseChoice(
        f"sqlite:///{paths.default_database_path()}", "the default file in your data folder"
    )


def resolve_url(explicit: str | None = None) -> str:
    """The address of the database to use (see choose_database for the order)."""
    return choose_database(explicit).url


def normalise_url(url: str) -> str:
    if "://" not in url:
        # A bare path names a SQLite file.
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@dataclass
class Database:
    url: URL
    engine: Engine
    read_only: bool = False
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)
    copy_id: int | None = None
    _sessions: sessionmaker[Session] | None = None
    _refreshed: float = 0.0
    _idle_watch: threading.Event | None = None
    # SQLite's check of every page, running beside the start (store/page_check.py), and
    # which of the file's -wal/-shm files were there before it was opened.
    page_check: PageCheck | None = None
    sidecars_before: set[str] = field(default_factory=set)
    # The running copy's note may be written from the check's thread: never after dispose.
    _copy_lock: threading.Lock = field(default_factory=threading.Lock)
    _disposed: bool = False
    # On a server: stops any statement waited for past its limit (store/watchdog.py).
    watchdog: Watchdog | None = None

    def limit_waits_on_this_thread(
        self, reads_s: float | None = None, saves_s: float | None = None
    ) -> None:
        """On a server, statements sent from the calling thread (the window's) are
        stopped after SERVER_WINDOW_READ_S, or SERVER_WINDOW_SAVE_S for a save's, however
        the server or the network behaves. Nothing changes on a SQLite file."""
        if self.watchdog is not None:
            self.watchdog.limit_thread(
                SERVER_WINDOW_READ_S if reads_s is None else reads_s,
                SERVER_WINDOW_SAVE_S if saves_s is None else saves_s,
            )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def _factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def read_engine(self) -> Engine:
        """The engine for reading. On a server each statement runs on its own (as it would
        see its own snapshot anyway, at the default READ COMMITTED): no BEGIN and no
        ROLLBACK, two round trips fewer per read."""
        if self.is_sqlite:
            return self.engine
        return self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short session for reading; nothing it does is committed."""
        if self.is_sqlite:
            session = self._factory()()
        else:
            session = Session(bind=self.read_engine, expire_on_commit=False)
        try:
            yield session
        except (DBAPIError, PoolTimeout) as exc:
            raise (translate(exc) or exc) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work: committed whole at the end, or rolled back whole."""
        if self.read_only:
            raise ReadOnlyDatabase(
                "This database is open read-only, so nothing can be saved. Nothing you typed "
                "is lost: it is still on screen."
            )
        engine = self.engine.execution_options(qaaudit_write=True)
        session = Session(bind=engine, expire_on_commit=False)
        try:
            yield session
            self._refresh_copy(session)
            session.commit()
        except Exception as exc:
            session.rollback()
            plain = translate(exc)
            if type(plain) is DatabaseBusy:  # waiting for a row: say who else is saving
                plain = translate(exc, holders=self.who_else())
            if plain is not None and plain is not exc:
                raise plain from exc
            raise
        finally:
            session.close()

    def register_copy(self, login: str) -> None:
        """Say, in the database, that this copy of the program is using it."""
        if self.read_only:
            return
        with self._copy_lock:
            if self._disposed:
                return
            try:
                with self.engine.execution_options(qaaudit_write=True).begin() as connection:
                    self.copy_id = running.register(connection, login)
            except DBAPIError:
                return  # busy for now: this copy will simply not be named to others
            self._refreshed = time.monotonic()

    def _refresh_copy(self, session: Session) -> None:
        # Piggy-backs on a save now and then, so an idle copy costs nothing.
        if self.copy_id is None or time.monotonic() - self._refreshed < 60:
            return
        running.refresh(session.connection(), self.copy_id)
        self._refreshed = time.monotonic()

    def who_else(self) -> str:
        """Who else has this database open, in words; never raises."""
        try:
            with self.engine.connect() as connection:
                return running.describe(running.others(connection, self.copy_id))
        except Exception:
            return ""

    def release_when_idle(self, idle_s: float) -> None:
        """Close pooled connections once none has been used for ``idle_s`` seconds; the
        next read or save opens one again."""
        last = [time.monotonic()]

        @event.listens_for(self.engine, "checkin")
        def _checked_in(*_args: Any) -> None:
            last[0] = time.monotonic()

        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(max(idle_s / 3, 0.05)):
                pool: Any = self.engine.pool
                idle = time.monotonic() - last[0] >= idle_s
                if idle and pool.checkedout() == 0 and pool.checkedin() > 0:
                    pool.dispose()

        threading.Thread(target=watch, name="qaaudit-idle-connections", daemon=True).start()
        self._idle_watch = stop

    def dispose(self) -> None:
        if self._idle_watch is not None:
            self._idle_watch.set()
        with self._copy_lock:
            self._disposed = True
            if self.copy_id is not None and not self.read_only:
                try:
                    with self.engine.execution_options(qaaudit_write=True).begin() as conn:
                        running.leave(conn, self.copy_id)
                except Exception:
                    pass  # a copy that cannot say goodbye is taken over later
                self.copy_id = None
        self.engine.dispose()
        if self.watchdog is not None:  # only now: the goodbye above is watched too
            self.watchdog.close()


def _sqlite_listeners(
    engine: Engine, read_only: bool, busy_timeout_ms: int, check: PageCheck | None = None
) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is switched off so that BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at BEGIN, so two writers queue instead of deadlocking.
        if connection.get_execution_options().get("qaaudit_write"):
            if check is not None:
                check.require_passed()  # nothing is written to a damaged file
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _is_writable(path: Path) -> bool:
    """Root ignores permission bits, so ask the file system by trying."""
    try:
        if path.exists():
            with open(path, "r+b"):
                pass
        probe = path.parent / f".qaaudit-write-test-{os.getpid()}"
        with open(probe, "wb"):
            pass
        probe.unlink()
        return True
    except OSError:
        return False


def inspect_sqlite_file(path: Path, backup_dir: Path | None = None) -> None:
    """Refuse a file that is not a whole SQLite database, before anything opens it for
    writing. Only the file's first hundred bytes are read."""
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        folder = backup_dir or paths.backups_dir(create=False)
        if any(folder.glob(f"{path.stem}-*.sqlite3")):
            raise EmptyDatabase(
                f"{path.name} is empty: the audits it held are not in it any more. It has "
                "not been changed. Restore the newest backup (`qaaudit restore`, or "
                "File > Restore backup)."
            )
        return  # an empty file with no history is a new database
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise CorruptDatabase(
            f"{path.name} is not a qaaudit database, or it is damaged. It has not been "
            "changed. Restore the newest backup, or choose another database."
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # SQLite trusts the page count in the header only when these two agree.
    if pages and counter == valid_for and pages * page_size > size:
        raise CorruptDatabase(
            f"{path.name} is shorter than the database it should hold: part of it is "
            "missing. It has not been changed. Restore the newest backup."
        )


SIDECARS = ("-wal", "-shm")


def sidecars(path: Path) -> set[str]:
    """Which of a SQLite file's write-ahead log and shared-memory files are beside it."""
    return {suffix for suffix in SIDECARS if Path(f"{path}{suffix}").exists()}


def remove_new_sidecars(path: Path, before: set[str]) -> None:
    """After a file was refused: remove the write-ahead log and shared-memory files that
    reading it made (SQLite makes them even to read a file in WAL mode, and cannot remove
    them without writing). Only files that were not there before, and an empty log: nobody
    else had the file open, and nothing waits in the log."""
    wal = Path(f"{path}-wal")
    if "-wal" in before or (wal.exists() and wal.stat().st_size > 0):
        return
    for suffix in SIDECARS:
        if suffix not in before:
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def close_if_damaged(db: Database, wait_s: float | None = None) -> str | None:
    """Wait for the check of every page (store/page_check.py, begun when the file was
    opened). If it found damage, close the file, leaving none of the -wal/-shm files that
    opening it made, and return what to tell the person; otherwise None."""
    check, path = db.page_check, db.path
    if check is None or path is None:
        return None
    check.wait(wait_s)
    if not check.damaged:
        return None
    db.dispose()
    remove_new_sidecars(path, db.sidecars_before)
    return damage_message(path)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. A database in WAL mode needs its shared-memory
    file; where that cannot be created (a read-only folder) and no write-ahead log is
    waiting to be applied, the file is read as it stands."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        connection.close()
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise
    return sqlite3.connect(f"file:{path}?immutable=1", uri=True, check_same_thread=False)


def peek_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without any chance of writing."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(
            f"{path.name} could not be read: it is damaged or not a qaaudit database. "
            "It has not been changed."
        ) from exc
    try:
        has_table = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return None  # someone is writing; the usual checks follow
        raise CorruptDatabase(
            f"{path.name} is damaged. It has not been changed. Restore the newest backup."
        ) from exc
    finally:
        connection.close()


def open_engine(
    url_text: str,
    *,
    read_only: bool = False,
    backup_dir: Path | None = None,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    check_pages: bool = True,
) -> Database:
    """An engine with the connection rules of DESIGN.md. A SQLite file is looked at
    read-only first: a damaged file or one from a newer program is refused before any
    connection that could write to it is made."""
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database).expanduser().resolve()
        inspect_sqlite_file(path, backup_dir)
        before = sidecars(path)
        try:
            revision = peek_revision(path)
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise newer_database(revision)
        except StoreError:
            remove_new_sidecars(path, before)
            raise
        check = None
        if not path.exists():
            paths.make_private_dir(path.parent)
        else:
            if not read_only and not _is_writable(path):
                read_only = True
            if check_pages and path.stat().st_size > 0:
                check = PageCheck(path, connect_read_only)
        if read_only:
            engine = create_engine(
                "sqlite://", creator=lambda: connect_read_only(path), hide_parameters=True
            )
        else:
            engine = create_engine(
                URL.create("sqlite", database=str(path)),
                hide_parameters=True,
                connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
            )
        _sqlite_listeners(engine, read_only, busy_timeout_ms, check)
        send_only_storable_text(engine)
        db = Database(
            url=url,
            engine=engine,
            read_only=read_only,
            path=path,
            page_check=check,
            sidecars_before=before,
        )
        warning = paths.network_share_warning(path)
        if warning:
            db.warnings.append(warning)
        return db
    if url.get_backend_name() != "postgresql":
        engine = create_engine(url, hide_parameters=True, pool_pre_ping=True)
        send_only_storable_text(engine)
        return Database(url=url, engine=engine, read_only=read_only)
    engine = create_engine(
        url,
        hide_parameters=True,
        # Checked before use only once idle for a while (_ping_when_idle), not before every
        # read: on a council network each check is a round trip.
        pool_pre_ping=False,
        # One connection for the window; a second only while background work (an export,
        # a big read) runs beside it, closed when handed back. See docs/decisions.md.
        pool_size=1,
        max_overflow=1,
        pool_timeout=SERVER_WAIT_S,
        connect_args=server_connect_args(url.query),
    )
    send_only_storable_text(engine)
    # The server's own statement limit normally ends a long statement first; this one
    # ends the wait when nothing can answer at all (see store/watchdog.py).
    watchdog = Watchdog(
        limit_s=SERVER_STATEMENT_TIMEOUT_MS / 1000 + SERVER_CONNECT_TIMEOUT_S,
        grace_s=SERVER_CANCEL_GRACE_S,
    )
    _server_listeners(engine, watchdog)
    watch_statements(engine, watchdog)
    _ping_when_idle(engine, SERVER_PING_AFTER_S, watchdog)
    db = Database(url=url, engine=engine, read_only=read_only, watchdog=watchdog)
    db.release_when_idle(SERVER_IDLE_S)
    return db


def _ping_when_idle(engine: Engine, after_s: float, watchdog: Watchdog) -> None:
    """Check a pooled connection with a round trip before use only when it has not been
    used for ``after_s`` seconds: one of a window action's several reads pays for it, not
    each. A connection found dead is replaced at once (the pool tries again), so a server
    restarted while the window was idle is not noticed by the person at all."""

    @event.listens_for(engine, "connect")
    def _made(_dbapi: Any, record: Any) -> None:
        record.info["qaaudit_used"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _used(_dbapi: Any, record: Any) -> None:
        if record is not None:
            record.info["qaaudit_used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get("qaaudit_used", 0.0) < after_s:
            return
        try:
            _outside_transaction(dbapi, "SELECT 1", watchdog, SERVER_PING_LIMIT_S)
        except Exception as exc:
            raise DisconnectionError("the pooled connection is gone") from exc


def take_turns(session: Session, key: int) -> None:
    """Work that many copies may start at once (filling something in for everyone) waits
    for the copy already doing it, until its transaction ends. SQLite's writes already
    queue (BEGIN IMMEDIATE); on a server, a transaction-scoped advisory lock does it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def server_connect_args(query: Any = ()) -> dict[str, Any]:
    """libpq's settings for a desktop on a council network: a dead or silent server is
    named within seconds rather than freezing the window. Anything given in the database
    address itself wins."""
    settings: dict[str, Any] = {
        "connect_timeout": SERVER_CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": KEEPALIVE_IDLE_S,
        "keepalives_interval": 5,
        "keepalives_count": 2,
        "tcp_user_timeout": SERVER_TCP_USER_TIMEOUT_MS,
        "application_name": "qaaudit",
        # PgBouncer in transaction pooling hands each transaction to any server
        # connection, where a statement prepared on another one does not exist.
        "prepare_threshold": None,
    }
    return {key: value for key, value in settings.items() if key not in query}


def _server_listeners(engine: Engine, watchdog: Watchdog) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Set on each new connection as well as by `qaaudit server setup` for the whole
        # database, so a server set up by hand behaves the same.
        _outside_transaction(
            dbapi_connection,
            f"SET lock_timeout = {int(SERVER_LOCK_TIMEOUT_MS)}; "
            f"SET statement_timeout = {int(SERVER_STATEMENT_TIMEOUT_MS)}",
            watchdog,
        )


def _outside_transaction(
    dbapi: Any, sql: str, watchdog: Watchdog, limit_s: float | None = None
) -> None:
    """One statement on the driver's own connection in one round trip (no BEGIN, no
    ROLLBACK), watched like every other (``limit_s`` when it must answer sooner)."""
    autocommit = dbapi.autocommit
    dbapi.autocommit = True
    watchdog.started(dbapi, limit_s)
    try:
        cursor = dbapi.cursor()
        cursor.execute(sql)
        cursor.close()
    finally:
        watchdog.ended(dbapi)
        dbapi.autocommit = autocommit


def check_readable(db: Database) -> None:
    """Read the schema: a damaged file fails here, before any write."""
    try:
        with db.read_engine.connect() as connection:
            if db.is_sqlite:
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            else:
                connection.execute(text("SELECT 1")).scalar()
    except DBAPIError as exc:
        plain = translate(exc)
        if isinstance(plain, StoreError):
            raise plain from exc
        if db.is_sqlite:
            raise CorruptDatabase(
                "The database file could not be read: it is damaged or not a qaaudit "
                "database. It has not been changed."
            ) from exc
        raise DatabaseUnavailable(
            "The database server could not be reached. Check the address and the network."
        ) from exc
    if db.path is not None:
        paths.make_private_file(db.path)
