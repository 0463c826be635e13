"""Opening the program's database for use: resolve where it is, check it, bring its
schema up to date, and find out who is at the screen. Shared by the window and the
command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qaaudit.services.common.actor import Actor, actor_for_login, system_login
from qaaudit.store.database import Database, check_readable, open_engine, resolve_url
from qaaudit.store.migrate import MigrationResult, ensure_current


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
) -> Opened:
    db = open_engine(resolve_url(url), read_only=read_only, backup_dir=backup_dir)
    try:
        check_readable(db)
        migration = ensure_current(db, backup_dir)
        who = login or system_login()
        db.register_copy(who)
        if db.read_only:
            with db.reading() as session:
                try:
                    actor = actor_for_login(session, who, create=False)
                except LookupError:
                    # Someone new can still read a read-only database; they just own nothing.
                    actor = Actor(0, who, who, frozenset({"auditor"}), None, None)
        else:
            with db.writing() as session:
                actor = actor_for_login(session, who)
    except BaseException:
        db.dispose()
        raise
    return Opened(db, actor, migration)
