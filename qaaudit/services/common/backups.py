"""Getting back to work after a damaged or emptied database file: which backup to offer,
and putting it in place with the damaged file kept aside (never deleted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qaaudit.store import backup, paths


@dataclass(frozen=True)
class BackupOffer:
    path: Path
    made_at: datetime
    reason: str

    def describe(self) -> str:
        """e.g. ``the daily backup of 20 November 2017 at 09:14``."""
        kind = self.reason.replace("-", " ")
        if kind.startswith("before upgrade"):
            kind = "backup made before an upgrade"
        else:
            kind = f"{kind} backup"
        return f"the {kind} of {self.made_at:%d %B %Y at %H:%M}"


def _reason(path: Path, stem: str) -> str:
    # Backups are named <database>-<date>-<time>-<microseconds>-<reason>.sqlite3
    parts = path.name.removeprefix(f"{stem}-").removesuffix(".sqlite3").split("-", 3)
    return parts[3] if len(parts) == 4 else "backup"


def newest_good_backup(database: Path, backup_dir: Path | None = None) -> BackupOffer | None:
    """The most recent backup of this database that passes SQLite's own check."""
    folder = backup_dir or paths.backups_dir(create=False)
    if not folder.is_dir():
        return None
    for candidate in backup.list_backups(database.stem, folder):
        if backup.is_good_backup(candidate):
            made = datetime.fromtimestamp(candidate.stat().st_mtime)
            return BackupOffer(candidate, made, _reason(candidate, database.stem))
    return None


def restore_backup(chosen: Path, database: Path) -> Path | None:
    """Put ``chosen`` in place of ``database``. The file it replaces is moved aside
    beside it; returns where, or None when there was no file."""
    return backup.restore(chosen, database)
