"""Which copies of the program have a database open.

SQLite says only that the database is busy, never who is using it. Each copy of the
program therefore writes a row (login, computer, process, when started, when last seen)
when it opens a database, refreshes it while it runs and removes it when it closes. A
copy that crashed leaves its row behind; the next copy to start takes it over when the
process is gone (same computer) or has not been seen for a while (another computer).
"""

from __future__ import annotations

import os
import socket
import sys
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from qaaudit.store.base import utcnow
from qaaudit.store.models import RunningCopy

REFRESH = timedelta(minutes=1)
STALE = timedelta(minutes=15)
NAMED_AT_MOST = 3


def this_host() -> str:
    return socket.gethostname() or "this computer"


def process_alive(pid: int) -> bool:
    """Whether a process of this computer is still running (without disturbing it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks; on Windows it would not, hence the branch
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it belongs to someone else
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _gone(row_host: str, pid: int, seen_at: datetime, now: datetime, host: str) -> bool:
    if now - seen_at > STALE:
        return True
    return row_host == host and not process_alive(pid)


def register(connection: Connection, login: str) -> int:
    """Record this copy, taking over the rows of copies that are gone. Returns its id."""
    now, host = utcnow(), this_host()
    rows = connection.execute(
        select(RunningCopy.id, RunningCopy.host, RunningCopy.pid, RunningCopy.seen_at)
    ).all()
    gone = [row_id for row_id, row_host, pid, seen in rows if _gone(row_host, pid, seen, now, host)]
    if gone:
        connection.execute(delete(RunningCopy).where(RunningCopy.id.in_(gone)))
    new_id = connection.execute(
        insert(RunningCopy)
        .values(login=login[:120], host=host[:200], pid=os.getpid(), started_at=now, seen_at=now)
        .returning(RunningCopy.id)
    ).scalar_one()
    return int(new_id)


def refresh(connection: Connection, copy_id: int) -> None:
    connection.execute(
        update(RunningCopy).where(RunningCopy.id == copy_id).values(seen_at=utcnow())
    )


def leave(connection: Connection, copy_id: int) -> None:
    connection.execute(delete(RunningCopy).where(RunningCopy.id == copy_id))


def others(connection: Connection, copy_id: int | None) -> list[str]:
    """The other copies still running, e.g. ``jbloggs on PC-0423 (since 09:14)``."""
    now, host = utcnow(), this_host()
    rows = connection.execute(
        select(
            RunningCopy.id,
            RunningCopy.host,
            RunningCopy.pid,
            RunningCopy.seen_at,
            RunningCopy.login,
            RunningCopy.started_at,
        ).order_by(RunningCopy.started_at)
    ).all()
    found = []
    for row_id, row_host, pid, seen_at, login, started_at in rows:
        if row_id == copy_id or _gone(row_host, pid, seen_at, now, host):
            continue
        where = "this computer" if row_host == host else row_host
        found.append(f"{login} on {where} (since {_local_time(started_at)})")
    return found


def describe(names: list[str]) -> str:
    """Words for a busy message: who is using the database, or that it is not us."""
    if not names:
        return "another program (not a copy of qaaudit, for example a backup or a database tool)"
    shown = names[:NAMED_AT_MOST]
    more = len(names) - len(shown)
    text = ", ".join(shown)
    return text + (f" and {more} more" if more else "")


def _local_time(utc_naive: datetime) -> str:
    from datetime import UTC

    local = utc_naive.replace(tzinfo=UTC).astimezone()
    if local.date() == datetime.now().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M")
