"""Databases the program must refuse without touching them: one from a newer version,
random bytes, a cut-short file, and an empty file where backups show a database used to
be; and the backup offered in its place."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from qaaudit.bootstrap import open_for_use
from qaaudit.services.common import backups as recovery
from qaaudit.store.backup import make_backup
from qaaudit.store.errors import CorruptDatabase, EmptyDatabase, NewerDatabase
from qaaudit.store.models import Team
from tests.factories import make_team


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def database_with_a_team(path: Path, backups: Path, name: str = "Fostering") -> None:
    opened = open_for_use(str(path), backup_dir=backups)
    try:
        with opened.db.writing() as s:
            make_team(s, name, "Looked After Children")
    finally:
        opened.db.dispose()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: all in the one file


def test_a_database_from_a_newer_version_is_refused_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "qaaudit.sqlite3"
    database_with_a_team(path, tmp_path / "backups")
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    before = digest(path)

    with pytest.raises(NewerDatabase) as refused:
        open_for_use(str(path), backup_dir=tmp_path / "backups")

    assert "newer version of qaaudit" in refused.value.message
    assert "has not been changed" in refused.value.message
    assert digest(path) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_random_bytes_are_refused_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "qaaudit.sqlite3"
    path.write_bytes(os.urandom(40_000))
    before = digest(path)
    with pytest.raises(CorruptDatabase) as refused:
        open_for_use(str(path), backup_dir=tmp_path / "backups")
    assert "not a qaaudit database, or it is damaged" in refused.value.message
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_database_cut_short_is_refused_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "qaaudit.sqlite3"
    database_with_a_team(path, tmp_path / "backups")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    before = digest(path)
    with pytest.raises(CorruptDatabase) as refused:
        open_for_use(str(path), backup_dir=tmp_path / "backups")
    assert "part of it is missing" in refused.value.message
    assert digest(path) == before


def test_an_empty_file_with_backups_is_refused_and_the_newest_good_backup_offered(
    tmp_path: Path,
) -> None:
    path, backups = tmp_path / "qaaudit.sqlite3", tmp_path / "backups"
    database_with_a_team(path, backups, "Route 21")
    opened = open_for_use(str(path), backup_dir=backups)
    good = make_backup(opened.db, reason="daily", directory=backups)
    opened.db.dispose()
    # A newer backup that is itself damaged must be passed over.
    damaged = backups / "qaaudit-29990101-000000-000000-daily.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    os.utime(damaged, (good.stat().st_mtime + 60, good.stat().st_mtime + 60))
    path.write_bytes(b"")  # what a failed disk or sync tool can leave

    with pytest.raises(EmptyDatabase) as refused:
        open_for_use(str(path), backup_dir=backups)
    assert "is empty" in refused.value.message
    assert "Restore the newest backup" in refused.value.message
    assert path.stat().st_size == 0

    offer = recovery.newest_good_backup(path, backups)
    assert offer is not None and offer.path == good
    assert "daily backup" in offer.describe()

    moved = recovery.restore_backup(offer.path, path)
    assert moved is not None and moved.exists() and moved.stat().st_size == 0
    reopened = open_for_use(str(path), backup_dir=backups)
    try:
        with reopened.db.reading() as s:
            assert s.scalars(select(Team.name)).all() == ["Route 21"]
    finally:
        reopened.db.dispose()


def test_an_empty_file_with_no_history_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.touch()
    opened = open_for_use(str(path), backup_dir=tmp_path / "backups")
    opened.db.dispose()
    assert opened.migration.before is None
    assert path.stat().st_size > 0


def test_no_good_backup_means_nothing_is_offered(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "qaaudit-20170101-000000-000000-daily.sqlite3").write_bytes(b"rubbish")
    assert recovery.newest_good_backup(tmp_path / "qaaudit.sqlite3", backups) is None
