"""The automatic daily backup: made when the newest is a day old, not again the same day."""

from __future__ import annotations

import os
import time
from pathlib import Path

from qaaudit.bootstrap import Opened
from qaaudit.store.backup import backup_if_due, integrity_check, list_backups


def test_a_backup_is_made_once_a_day(opened: Opened, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    first = backup_if_due(opened.db, directory=folder)
    assert first is not None and first.exists()
    assert integrity_check(first) == ["ok"]
    assert (first.stat().st_mode & 0o777) == 0o600
    assert backup_if_due(opened.db, directory=folder) is None

    yesterday = time.time() - 25 * 3600
    os.utime(first, (yesterday, yesterday))
    second = backup_if_due(opened.db, directory=folder)
    assert second is not None
    assert list_backups(opened.db.path.stem, folder)[0] == second
