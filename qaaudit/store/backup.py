"""Backups of a SQLite database, made with SQLite's own backup API (a plain copy of a
database in WAL mode can miss committed work), kept private and rotated."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from qaaudit.store import paths
from qaaudit.store.database import Database, connect_read_only
from qaaudit.store.errors import CorruptDatabase, StoreError

KEEP = 14


def make_backup(db: Database, reason: str = "daily", directory: Path | None = None) -> Path:
    if db.path is None:
        raise StoreError(
            "Backups of a server database are made on the server (pg_dump); see the admin guide."
        )
    target_dir = paths.make_private_dir(directory or paths.backups_dir())
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{db.path.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db.path, target)
    rotate(target_dir, db.path.stem)
    return target


DAILY = timedelta(hours=20)


def backup_if_due(
    db: Database, max_age: timedelta = DAILY, directory: Path | None = None
) -> Path | None:
    """The automatic backup: one a day (a little less, so a nine-to-five user gets one each
    morning), only for a writable SQLite file. Returns the new backup, or None."""
    if db.path is None or db.read_only or not db.path.exists():
        return None
    existing = list_backups(db.path.stem, directory)
    if existing:
        newest = datetime.fromtimestamp(existing[0].stat().st_mtime)
        if datetime.now() - newest < max_age:
            return None
    return make_backup(db, reason="daily", directory=directory)


def copy_database(source: Path, target: Path) -> None:
    partial = target.with_suffix(target.suffix + ".partial")
    old_umask = os.umask(0o077)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if ok != "ok":
            partial.unlink(missing_ok=True)
            raise CorruptDatabase("The backup did not pass its integrity check.")
        os.replace(partial, target)
    finally:
        os.umask(old_umask)
    paths.make_private_file(target)


def rotate(directory: Path, stem: str, keep: int = KEEP) -> None:
    backups = sorted(directory.glob(f"{stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(stem: str = "qaaudit", directory: Path | None = None) -> list[Path]:
    target_dir = directory or paths.backups_dir()
    return sorted(
        target_dir.glob(f"{stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True
    )


def is_good_backup(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def integrity_check(path: Path) -> list[str]:
    """SQLite's full check of every page: ``["ok"]``, or what it found wrong. A file so
    damaged that SQLite cannot read it through is a finding too, not a fault."""
    try:
        connection = connect_read_only(path)
        try:
            return [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [f"SQLite could not read the file through ({exc})."]


def restore(backup_file: Path, database_path: Path) -> Path | None:
    """Put a backup in place of the database; the file it replaces is moved aside, not
    deleted. Returns where the replaced file went."""
    if not is_good_backup(backup_file):
        raise CorruptDatabase(f"The backup {backup_file.name} is damaged; choose another.")
    moved = move_aside(database_path) if database_path.exists() else None
    copy_database(backup_file, database_path)
    return moved


def move_aside(database_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database_path.with_name(f"{database_path.name}.damaged-{stamp}")
    os.replace(database_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{database_path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    return aside
