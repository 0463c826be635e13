"""SQLite's check of every page of a database file, run beside the start.

Reading every page of a large council's file takes about a second, as long as the rest of
the start, so the check runs on its own thread while the program starts, and every write
waits for it: a damaged file is found before anything is written to it, and the window is
told as soon as the check ends.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from qaaudit.store.errors import CorruptDatabase

# A write waits at most this long for the check; a file so large or a disk so slow that
# the check takes longer is written to as before (a save that meets damage is refused
# as damaged by SQLite itself).
WRITE_WAIT_S = 60.0


class PageCheck:
    """``PRAGMA quick_check`` of one file on a thread of its own."""

    def __init__(self, path: Path, connect: Callable[[Path], sqlite3.Connection]) -> None:
        self.path = path
        self.problems: list[str] = []
        self.seconds = 0.0
        self._done = threading.Event()
        self._then: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, args=(connect,), name="qaaudit-page-check", daemon=True
        )
        self._thread.start()

    def _run(self, connect: Callable[[Path], sqlite3.Connection]) -> None:
        started = time.perf_counter()
        try:
            connection = connect(self.path)
            try:
                rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
            finally:
                connection.close()
            self.problems = [] if rows == ["ok"] else [str(row) for row in rows]
        except sqlite3.DatabaseError as exc:
            text = str(exc).lower()
            # Someone else's write in progress is not damage; the check gives way.
            if "locked" not in text and "busy" not in text:
                self.problems = [f"SQLite could not read the file through ({exc})."]
        except Exception as exc:  # the check must never take the program down
            self.problems = [f"The check could not run ({type(exc).__name__})."]
        self.seconds = time.perf_counter() - started
        with self._lock:
            self._done.set()
            waiting, self._then = self._then, []
        if not self.problems:
            for action in waiting:
                _quietly(action)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def damaged(self) -> bool:
        return self._done.is_set() and bool(self.problems)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the check; True once it has ended."""
        return self._done.wait(timeout)

    def when_passed(self, action: Callable[[], None]) -> None:
        """Do ``action`` once the check has passed: at once if it already has, on the
        check's own thread otherwise; never if the file is damaged."""
        with self._lock:
            if not self._done.is_set():
                self._then.append(action)
                return
        if not self.problems:
            action()

    def require_passed(self) -> None:
        """Before a write: wait for the check, and refuse to write to a damaged file."""
        self._done.wait(WRITE_WAIT_S)
        if self.damaged:
            raise CorruptDatabase(damage_message(self.path))


def damage_message(path: Path) -> str:
    return (
        f"{path.name} is damaged: SQLite's check of its pages found faults. Nothing has "
        "been written to it since qaaudit started. Restore the newest backup "
        "(`qaaudit restore`, or File > Restore backup), or ask IT for help."
    )


def _quietly(action: Callable[[], None]) -> None:
    # What waits for the check is a courtesy (the running copy's note), never a fault.
    with contextlib.suppress(Exception):
        action()
