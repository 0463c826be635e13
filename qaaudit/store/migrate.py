"""Bringing a database's schema up to this program's, safely.

An up-to-date database is recognised without importing Alembic. An older one is backed
up first with SQLite's backup API, then upgraded in one transaction: all or nothing. A
newer one is refused and left untouched.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from qaaudit.store import backup
from qaaudit.store.database import Database
from qaaudit.store.errors import ReadOnlyDatabase, newer_database, translate
from qaaudit.store.migrations import HEAD, KNOWN_REVISIONS

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# How long a copy started beside others waits its turn to bring a new file up to date.
START_WAIT_S = 15


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None


def ensure_current(db: Database, backup_dir: Path | None = None) -> MigrationResult:
    before = current_revision(db)
    if before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before not in KNOWN_REVISIONS:
        raise newer_database(before)
    if db.read_only:
        raise ReadOnlyDatabase(
            "This database needs upgrading for this version of qaaudit, but it can only be "
            "read. Ask IT to make it writable, or use the version of qaaudit that made it."
        )
    saved = None
    if before is not None and db.path is not None:
        saved = backup.make_backup(db, reason=f"before-upgrade-{before}", directory=backup_dir)
    upgrade_to(db, HEAD)
    return MigrationResult(before, HEAD, saved)


def upgrade_to(db: Database, revision: str) -> None:
    """Run Alembic's upgrade in one transaction on one connection. Copies started at once
    on a new file queue for the write lock; the first creates the schema and the others
    find it done (Alembic reads the version inside the same transaction)."""
    engine = db.engine.execution_options(qaaudit_write=True)
    deadline = time.monotonic() + START_WAIT_S
    while True:
        try:
            with engine.begin() as connection:
                upgrade_on(connection, revision)
            return
        except DBAPIError as error:
            # While one copy turns a new file to WAL, SQLite answers "locked" at once
            # rather than waiting: try again for a while.
            locked = "locked" in str(error.orig).lower() or "busy" in str(error.orig).lower()
            if not locked:
                raise
            if time.monotonic() > deadline:
                # Another copy is still bringing the file up to date: said in words.
                raise (translate(error, db.who_else()) or error) from error
            time.sleep(0.1)


def upgrade_on(connection: Connection, revision: str) -> None:
    """Alembic's upgrade inside a transaction the caller holds (and commits or rolls back)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def script_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
