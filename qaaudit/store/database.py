"""Opening the database: where it is, how connections behave, and the checks made
before anything is written to it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from qaaudit.store import paths
from qaaudit.store.errors import (
    CorruptDatabase,
    DatabaseUnavailable,
    ReadOnlyDatabase,
    StoreError,
    translate,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
ENV_VAR = "QAAUDIT_DB"


def resolve_url(explicit: str | None = None) -> str:
    """--db beats QAAUDIT_DB, which beats the settings file, which beats the default file."""
    if explicit:
        return _normalise(explicit)
    if os.environ.get(ENV_VAR):
        return _normalise(os.environ[ENV_VAR])
    configured = paths.configured_database_url()
    if configured:
        return _normalise(configured)
    return f"sqlite:///{paths.default_database_path()}"


def _normalise(url: str) -> str:
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
    _sessions: sessionmaker[Session] | None = None

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

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short session for reading; nothing it does is committed."""
        session = self._factory()()
        try:
            yield session
        except DBAPIError as exc:
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
            session.commit()
        except Exception as exc:
            session.rollback()
            plain = translate(exc)
            if plain is not None and plain is not exc:
                raise plain from exc
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_listeners(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is switched off so that BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at BEGIN, so two writers queue instead of deadlocking.
        if connection.get_execution_options().get("qaaudit_write"):
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


def inspect_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before anything opens it for writing."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabase(
            f"{path.name} is not a qaaudit database, or it is damaged. It has not been "
            "changed. Restore the newest backup, or choose another database."
        )


def open_engine(url_text: str, *, read_only: bool = False) -> Database:
    """An engine with the connection rules of DESIGN.md; no schema checks."""
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database).expanduser().resolve()
        inspect_sqlite_file(path)
        if not path.exists():
            paths.make_private_dir(path.parent)
        elif not read_only and not _is_writable(path):
            read_only = True
        if read_only:
            uri = f"file:{path}?mode=ro"
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                hide_parameters=True,
            )
        else:
            engine = create_engine(
                URL.create("sqlite", database=str(path)),
                hide_parameters=True,
                connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            )
        _sqlite_listeners(engine, read_only)
        db = Database(url=url, engine=engine, read_only=read_only, path=path)
        warning = paths.network_share_warning(path)
        if warning:
            db.warnings.append(warning)
        return db
    engine = create_engine(url, hide_parameters=True, pool_pre_ping=True)
    return Database(url=url, engine=engine, read_only=read_only)


def check_readable(db: Database) -> None:
    """Read the schema: a damaged file fails here, before any write."""
    try:
        with db.engine.connect() as connection:
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
