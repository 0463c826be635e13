"""Shared fixtures: every test gets its own data folder and login, and a real database
(a SQLite file, or a fresh schema on a real PostgreSQL server)."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qaaudit.bootstrap import Opened, open_for_use  # noqa: E402
from qaaudit.services.common.actor import Actor  # noqa: E402
from qaaudit.store.database import Database  # noqa: E402

PG_ENV = "QAAUDIT_TEST_PG_URL"
# PgBouncer in transaction pooling mode in front of the same server (.ci/run starts one).
BOUNCER_ENV = "QAAUDIT_TEST_PGBOUNCER_URL"
TODAY = date(2017, 11, 20)


@pytest.fixture(autouse=True)
def only_shipped_instruments() -> Iterator[None]:
    """The instrument versions a test's database published are forgotten after it (a
    running program works on one database; a test run on many)."""
    yield
    from qaaudit.domain.instrument import register_council_versions

    register_council_versions([])


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the real user's data folder or settings."""
    home = tmp_path / "data"
    monkeypatch.setenv("QAAUDIT_DATA_DIR", str(home))
    monkeypatch.setenv("QAAUDIT_USER", "tester")
    monkeypatch.delenv("QAAUDIT_DB", raising=False)
    # Nor the computer's own machine-wide settings (which could lock the database).
    monkeypatch.setenv("QAAUDIT_MACHINE_SETTINGS", str(tmp_path / "machine" / "settings.toml"))
    return home


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'qaaudit.sqlite3'}"


def postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return url


@contextmanager
def _fresh_schema() -> Iterator[str]:
    """A new, empty schema on the real server, dropped afterwards (with anything in it)."""
    import psycopg

    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def bare_postgres_schema_url() -> Iterator[str]:
    """An empty schema, not yet set up for qaaudit: what a database administrator starts
    from."""
    with _fresh_schema() as url:
        yield url


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A fresh schema set up as the admin guide says (``qaaudit server setup``), with the
    test's superuser login as its first administrator."""
    from qaaudit.store.database import open_engine
    from qaaudit.store.server import server_login, setup
    from tests.server_support import server_roles

    with _fresh_schema() as url:
        server = open_engine(url)
        try:
            with server_roles():
                setup(server, server_login(server))
        finally:
            server.dispose()
        yield url


@pytest.fixture
def bouncer_database_url() -> Iterator[str]:
    """A new database set up for qaaudit, reached through PgBouncer in transaction pooling
    mode (a database of its own: PgBouncer passes no per-connection search path)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from qaaudit.store.database import open_engine
    from qaaudit.store.server import setup
    from tests.server_support import server_roles

    direct = postgres_url()
    bouncer = os.environ.get(BOUNCER_ENV)
    if not bouncer:
        if os.environ.get("CI"):
            pytest.fail(f"{BOUNCER_ENV} is not set: CI must run the tests through PgBouncer")
        pytest.skip(f"no PgBouncer ({BOUNCER_ENV} not set)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = direct.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        server = open_engine(make_url(direct).set(database=name).render_as_string(False))
        try:
            with server_roles():
                setup(server, "postgres")
        finally:
            server.dispose()
        yield make_url(bouncer).set(database=name).render_as_string(False)
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Store tests run against both databases the program supports."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'qaaudit.sqlite3'}"
    return str(request.getfixturevalue("postgres_schema_url"))


@pytest.fixture
def opened(sqlite_url: str, tmp_path: Path) -> Iterator[Opened]:
    result = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    yield result
    _let_background_reads_finish()
    result.db.dispose()


@pytest.fixture
def any_opened(any_url: str, tmp_path: Path) -> Iterator[Opened]:
    result = open_for_use(any_url, backup_dir=tmp_path / "backups")
    yield result
    _let_background_reads_finish()
    result.db.dispose()


def _let_background_reads_finish() -> None:
    """What a page started reading off the window's thread ends before its database is
    closed, as it does when the program closes."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10000)


@pytest.fixture
def db(opened: Opened) -> Database:
    return opened.db


@pytest.fixture
def actor(opened: Opened) -> Actor:
    return opened.actor
