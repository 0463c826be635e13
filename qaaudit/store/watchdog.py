"""No statement sent to a server is waited for without end.

The server stops a statement itself after its ``statement_timeout``, and the network
notices a link whose sent data goes unacknowledged. Neither helps when something in
between still answers the network: PgBouncer whose server has gone silent, or a firewall
holding the connection open. The statement is then waited for for ever, and on the
window's thread the window freezes.

So each statement on a server is watched. Past its limit it is cancelled (the server is
asked to stop it, and the program gets "canceling statement due to user request", said in
plain words by ``errors.translate``); if no answer comes within a grace period even then,
its connection is shut, which ends the wait at once as a lost connection, and the pool
opens a new one for the next read. The window's thread has short limits of its own
(``limit_thread``), one for reads and a longer one for saves: a statement there holds the
window.

Work that lifts the server's own limit on purpose (setting up or upgrading the schema,
moving a team's file in: ``SET LOCAL statement_timeout = 0``) lifts this one too, until
its transaction ends (``lift_limit``).

Cancelling has a known race, as in every PostgreSQL client: a cancel that reaches the
server just after the statement ended may stop the connection's next statement. The
limits are seconds long, so that needs a statement ending within a hair of its limit, and
what it costs is the same plain "took too long" message for that next statement."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import suppress
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.engine import Engine


class Watchdog:
    """Watches the statements of one engine's connections. ``limit_s``: for any thread
    not given its own limit; ``grace_s``: how long a cancelled statement has to end
    before its connection is shut."""

    def __init__(self, limit_s: float, grace_s: float) -> None:
        self.limit_s = limit_s
        self.grace_s = grace_s
        self._thread_limits: dict[int, tuple[float, float]] = {}  # reads, saves
        # The statement each connection is running: key -> (deadline, connection, number).
        self._running: dict[int, tuple[float, Any, int]] = {}
        self._numbers = 0
        self._lifted: set[int] = set()  # connections whose transaction has no limit
        self._changed = threading.Condition()
        self._wake_at = float("inf")
        self._closed = False
        self._thread: threading.Thread | None = None

    def limit_thread(self, reads_s: float, saves_s: float) -> None:
        """Statements on the calling thread are cut after ``reads_s``, or ``saves_s`` for
        those of a save."""
        with self._changed:
            self._thread_limits[threading.get_ident()] = (reads_s, saves_s)

    def started(self, connection: Any, limit_s: float | None = None, save: bool = False) -> None:
        """A statement was sent on ``connection`` (the driver's connection), as part of a
        save or not; ``limit_s`` when it must answer sooner than the thread's limit."""
        limits = self._thread_limits.get(threading.get_ident())
        limit = self.limit_s if limits is None else limits[save]
        deadline = time.monotonic() + min(limit, limit_s or limit)
        with self._changed:
            if id(connection) in self._lifted:
                return
            self._numbers += 1
            self._running[id(connection)] = (deadline, connection, self._numbers)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._watch, name="qaaudit-statement-watch", daemon=True
                )
                self._thread.start()
            elif deadline < self._wake_at:
                self._changed.notify_all()

    def ended(self, connection: Any) -> None:
        with self._changed:
            self._running.pop(id(connection), None)

    def lift(self, connection: Any) -> None:
        """No limit for the connection until its transaction ends."""
        with self._changed:
            self._lifted.add(id(connection))
            self._running.pop(id(connection), None)

    def transaction_ended(self, connection: Any) -> None:
        with self._changed:
            self._lifted.discard(id(connection))

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._running.clear()
            self._changed.notify_all()

    def _watch(self) -> None:
        with self._changed:
            while not self._closed:
                now = time.monotonic()
                overdue = [
                    (key, connection, number)
                    for key, (deadline, connection, number) in self._running.items()
                    if deadline <= now
                ]
                for key, connection, number in overdue:
                    # Not watched again: the stopping below sees it through.
                    self._running[key] = (float("inf"), connection, number)
                    threading.Thread(
                        target=self._stop,
                        args=(key, connection, number, now + self.grace_s),
                        daemon=True,
                    ).start()
                self._wake_at = min(
                    (deadline for deadline, _c, _n in self._running.values()), default=float("inf")
                )
                self._changed.wait(None if self._wake_at == float("inf") else self._wake_at - now)

    def _still_running(self, key: int, number: int) -> bool:
        running = self._running.get(key)
        return running is not None and running[2] == number

    def _stop(self, key: int, connection: Any, number: int, shut_at: float) -> None:
        """Ask the server to stop the statement; if it has not ended by ``shut_at``,
        shut its connection, whatever the asking is doing meanwhile."""
        threading.Thread(target=_cancel, args=(connection, self.grace_s), daemon=True).start()
        while True:
            with self._changed:
                if self._closed or not self._still_running(key, number):
                    return
                if time.monotonic() >= shut_at:
                    _shut(connection)
                    self._running.pop(key, None)
                    return
            time.sleep(0.02)


def _cancel(connection: Any, timeout: float) -> None:
    """Ask the server to stop what the connection is running. Only by libpq's cancel that
    waits at most ``timeout`` (libpq 17 and later): the older one may wait for ever, and
    holds every other thread of the program meanwhile."""
    import psycopg

    if not psycopg.capabilities.has_cancel_safe():
        return  # the connection is shut at the end of the grace period instead
    with suppress(Exception):  # a server out of reach cannot be asked
        connection.cancel_safe(timeout=timeout)


def _shut(connection: Any) -> None:
    """End the connection's wait now: the statement fails as a lost connection."""
    with suppress(Exception):  # already closed
        sock = socket.fromfd(connection.pgconn.socket, socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.close()  # only this copy of the descriptor; the driver's stays


def _raw(connection: Any) -> Any:
    """The driver's own connection, from the pool's wrapper of it or itself."""
    return getattr(connection, "dbapi_connection", None) or connection


def lift_limit(connection: Connection) -> None:
    """Until the connection's transaction ends, nothing it sends is cut short: for work
    that lifts the server's own limit too (``SET LOCAL statement_timeout = 0``)."""
    watchdog = getattr(connection.dialect, "qaaudit_watchdog", None)
    if watchdog is not None:
        watchdog.lift(_raw(connection.connection))


def watch_statements(engine: Engine, watchdog: Watchdog) -> None:
    """Every statement the engine sends is watched from sending to answer, COMMIT and
    ROLLBACK included."""
    dialect: Any = engine.dialect  # this engine's own, shared only by its option engines
    dialect.qaaudit_watchdog = watchdog
    # COMMIT and ROLLBACK go through the driver's own methods, not a cursor, so no event
    # sees them: the dialect's calls of them are watched instead.
    for name in ("do_commit", "do_rollback"):
        setattr(dialect, name, _watched(getattr(dialect, name), watchdog))

    @event.listens_for(engine, "close")
    @event.listens_for(engine, "invalidate")
    def _gone(dbapi_connection: Any, *_args: Any) -> None:
        # A connection closed in the middle of its transaction ends it too.
        watchdog.ended(dbapi_connection)
        watchdog.transaction_ended(dbapi_connection)

    @event.listens_for(engine, "before_cursor_execute")
    def _sent(conn: Any, cursor: Any, *_args: Any) -> None:
        save = bool(conn.get_execution_options().get("qaaudit_write"))
        watchdog.started(cursor.connection, save=save)

    @event.listens_for(engine, "after_cursor_execute")
    def _answered(_conn: Any, cursor: Any, *_args: Any) -> None:
        watchdog.ended(cursor.connection)

    @event.listens_for(engine, "handle_error")
    def _failed(context: Any) -> None:
        with suppress(Exception):  # no connection: nothing was sent
            watchdog.ended(_raw(context.connection.connection))


def _watched(end_transaction: Any, watchdog: Watchdog) -> Any:
    def watched(connection: Any) -> None:
        raw = _raw(connection)
        watchdog.started(raw, save=True)
        try:
            end_transaction(connection)
        finally:
            watchdog.ended(raw)
            watchdog.transaction_ended(raw)

    return watched
