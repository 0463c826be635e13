"""Opening the database from the window, with every fault explained to a manager:
a damaged file is moved aside and the newest good backup offered; a newer, busy or
unreachable database is refused with a clear message."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.store import backup
from qaaudit.store.database import Database, close_if_damaged
from qaaudit.store.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseUnavailable,
    NewerDatabase,
    ReadOnlyDatabase,
    StoreError,
)

TITLE = "qaaudit cannot open the database"
# The window waits this long for the check of every page before it is shown; a check
# slower than that (a very large file on a slow disk) goes on beside the window, and
# every save still waits for it.
CHECK_WAIT_S = 20.0


def _sqlite_path(url: str | None) -> Path | None:
    from sqlalchemy.engine import make_url

    from qaaudit.store.database import resolve_url

    parsed = make_url(resolve_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def newest_good_backup(database: Path) -> Path | None:
    for candidate in backup.list_backups(database.stem):
        if backup.is_good_backup(candidate):
            return candidate
    return None


def _say(parent: QWidget | None, text: str, quiet: bool) -> None:
    if quiet:
        print(f"qaaudit: {text}", file=sys.stderr)
    else:
        QMessageBox.critical(parent, TITLE, text)


def offer_restore(parent: QWidget | None, damaged: Path, message: str) -> bool:
    """Ask to move the damaged file aside and put the newest good backup in its place."""
    good = newest_good_backup(damaged)
    if good is None:
        QMessageBox.critical(
            parent,
            TITLE,
            f"{message}\n\nThere is no good backup to restore. The file has not been "
            "changed. Ask IT for help, or start qaaudit with another database.",
        )
        return False
    from datetime import datetime

    made = datetime.fromtimestamp(good.stat().st_mtime)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(TITLE)
    box.setText(message)
    box.setInformativeText(
        f"The newest good backup was made on {made:%d %B %Y at %H:%M}. Move the damaged "
        "file aside (it is kept, not deleted) and restore that backup? Work saved after "
        "the backup was made is not in it."
    )
    restore = box.addButton("&Restore the backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        moved = backup.restore(good, damaged)
    except (OSError, StoreError) as error:
        text = error.message if isinstance(error, StoreError) else str(error.strerror or error)
        QMessageBox.critical(parent, TITLE, f"The backup could not be restored: {text}")
        return False
    QMessageBox.information(
        parent,
        "Backup restored",
        "The backup was restored."
        + (f" The damaged file was kept as {moved.name}." if moved else ""),
    )
    return True


def open_database(
    url: str | None, *, quiet: bool = False, parent: QWidget | None = None
) -> Opened | None:
    """The opened database, or None when it cannot be used (the reason has been shown).

    ``quiet`` (the smoke test) prints instead of showing dialogs and never restores.
    """
    for _attempt in range(2):
        try:
            return open_for_use(url, window=True)
        except CorruptDatabase as error:
            path = _sqlite_path(url)
            if quiet or path is None or not offer_restore(parent, path, error.message):
                if quiet:
                    _say(parent, error.message, quiet)
                return None
        except (NewerDatabase, DatabaseBusy, DatabaseUnavailable, ReadOnlyDatabase) as error:
            _say(parent, error.message, quiet)
            return None
        except StoreError as error:
            _say(parent, error.message, quiet)
            return None
        except LookupError:
            _say(
                parent,
                "You are not yet known to this database, and it is read-only, so you cannot "
                "be added. Ask the QA lead or IT to add you.",
                quiet,
            )
            return None
    return None


def refuse_if_damaged(
    db: Database, *, quiet: bool = False, parent: QWidget | None = None
) -> bool | None:
    """After the start: wait for the check of every page (it ran while the window was
    built). None when the file passed; otherwise the file is closed, the reason shown and
    the newest good backup offered: True when it was restored (start again), False when
    not."""
    path = db.path
    message = close_if_damaged(db, CHECK_WAIT_S)
    if path is None or message is None:
        return None
    if quiet:
        _say(parent, message, quiet)
        return False
    return offer_restore(parent, path, message)
