"""Opening the program's database for use: resolve where it is, check it, bring its
schema up to date, and find out who is at the screen. Shared by the window and the
command line."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from qaaudit.services.common.actor import Actor, actor_for_login, known_person, system_login
from qaaudit.store import migrate
from qaaudit.store.database import (
    Database,
    check_readable,
    choose_database,
    open_engine,
    resolve_url,
)
from qaaudit.store.errors import DatabaseBusy, ReadOnlyDatabase
from qaaudit.store.migrate import MigrationResult, ensure_current
from qaaudit.store.server import require_current, server_login

# Names the person on a SQLite file, for tests and scripted set-up. A server never reads
# it: there the person is the login the server authenticated.
LOGIN_ENV = "QAAUDIT_USER"


@dataclass
class Opened:
    db: Database
    actor: Actor
    migration: MigrationResult


def open_for_use(
    url: str | None = None,
    *,
    login: str | None = None,
    backup_dir: Path | None = None,
    read_only: bool = False,
    window: bool = False,
) -> Opened:
    """``window``: opened on the window's thread, whose waits for a server are kept short
    from the first read (Database.limit_waits_on_this_thread)."""
    choice = choose_database(url)
    db = open_engine(choice.url, read_only=read_only, backup_dir=backup_dir)
    if window:
        db.limit_waits_on_this_thread()
    if choice.note:
        # The computer's settings fix the database: the window says why it is not the
        # person's own choice.
        db.warnings.append(choice.note)
    try:
        check_readable(db)
        if not db.is_sqlite:
            return _open_server(db, login)
        migration = ensure_current(db, backup_dir)
        who = login or os.environ.get(LOGIN_ENV) or system_login()
        _register_when_checked(db, who)
        actor = _person(db, who)
    except BaseException:
        db.dispose()
        raise
    return Opened(db, actor, migration)


def _person(db: Database, who: str) -> Actor:
    # Someone already known is found by reading, so the start does not wait for the check
    # of the file's pages (store/page_check.py); only a newcomer is written.
    with db.reading() as session:
        try:
            return actor_for_login(session, who, create=False)
        except LookupError:
            if db.read_only:
                # Someone new can still read a read-only database; they just own nothing.
                return Actor(0, who, who, frozenset({"auditor"}), None, None)
    # Ten people starting on a new file in the same second each write themselves in, one
    # after another; on a busy computer the last may wait longer than one save would.
    deadline = time.monotonic() + migrate.START_WAIT_S
    while True:
        try:
            with db.writing() as session:
                return actor_for_login(session, who)
        except DatabaseBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _register_when_checked(db: Database, who: str) -> None:
    if db.page_check is None:
        db.register_copy(who)
    else:
        db.page_check.when_passed(lambda: db.register_copy(who))


def open_for_reading(url: str | None = None, *, backup_dir: Path | None = None) -> Opened:
    """Open for a command that only reads (lists, exports): nothing is written, so it never
    waits for someone else's save. A SQLite file that does not exist yet, or that this
    version of the program must first upgrade, is opened as for use instead (that writes,
    once)."""
    resolved = resolve_url(url)
    target = make_url(resolved)
    if target.get_backend_name() == "sqlite":
        path = Path(target.database or "")
        if not target.database or not path.exists() or path.stat().st_size == 0:
            return open_for_use(resolved, backup_dir=backup_dir)
    try:
        return open_for_use(resolved, backup_dir=backup_dir, read_only=True)
    except ReadOnlyDatabase:
        return open_for_use(resolved, backup_dir=backup_dir)


def _open_server(db: Database, login: str | None) -> Opened:
    """On a server the desktop checks the schema but never changes it, and the person is
    the server's login; a login the program does not know is refused."""
    revision = require_current(db)
    who = server_login(db)
    if login is not None and login != who:
        raise ValueError(
            f"On a server the person is the server login ({who}); {login!r} cannot be chosen."
        )
    with db.reading() as session:
        actor = known_person(session, who)
    db.register_copy(who)
    return Opened(db, actor, MigrationResult(revision, revision, None))
