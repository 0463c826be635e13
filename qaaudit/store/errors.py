"""Storage faults, worded for a social work manager rather than a database administrator.

No message here ever contains a narrative, a name or a case number.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm.exc import StaleDataError


class StoreError(Exception):
    """A fault the person at the screen needs to hear about, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseBusy(StoreError):
    pass


class ServerTooSlow(DatabaseBusy):
    """The server did not answer within the time allowed (its own, or the program's)."""


class DiskFull(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class EmptyDatabase(CorruptDatabase):
    """The file is there but holds nothing, while backups of it exist."""


class NewerDatabase(StoreError):
    pass


def newer_database(revision: str) -> NewerDatabase:
    return NewerDatabase(
        "This database was last used by a newer version of qaaudit (schema "
        f"{revision}). It has not been changed. Install the newer version to open it."
    )


class DatabaseUnavailable(StoreError):
    """The server cannot be reached: down, or the network between is broken."""


class ServerFull(DatabaseUnavailable):
    """The server (or the connection pooler in front of it) is up but has no room."""


class LoginRefused(DatabaseUnavailable):
    """The server answered and refused this login."""


UNREACHABLE = (
    "The database server cannot be reached. Nothing you typed is lost: it is still on "
    "screen. Check the network connection; qaaudit tries again when you do."
)
FULL = (
    "The database server is running but full: too many people are connected just now. "
    "Nothing you typed is lost: it is still on screen. Try again in a minute; if it keeps "
    "happening, tell IT (the server's connection limit needs raising)."
)
REFUSED = (
    "The database server refused your login. Nothing you typed is lost. Ask IT to check "
    "that your login may use the qaaudit database (and its password, if it has one)."
)
# What servers and PgBouncer say, in lower case.
FULL_SIGNS = (
    "too many clients",
    "remaining connection slots are reserved",
    "too many connections for",
    "no more connections allowed",
    "query_wait_timeout",
    "pgbouncer cannot connect to server",
)
REFUSED_SIGNS = (
    "password authentication failed",
    "authentication failed",
    "no pg_hba.conf entry",
    "does not exist",  # role "x" does not exist / database "x" does not exist
    "permission denied for database",
    "not permitted to log in",
    "no password supplied",
)
UNREACHABLE_SIGNS = (
    "connection refused",
    "could not connect",
    "connection failed",
    "timeout expired",
    "server closed the connection",
    "connection timed out",
    "could not translate host name",
    "no route to host",
    "network is unreachable",
    "terminating connection",
    "connection is lost",
    "consuming input failed",
    "ssl syscall error",
    "server conn crashed",
    "the connection is closed",
)


def server_problem(text: str) -> DatabaseUnavailable | None:
    """Which of the three a connection failure is, from what the server or the network
    said (lower case); None if it is none of them."""
    if any(sign in text for sign in FULL_SIGNS):
        return ServerFull(FULL)
    if any(sign in text for sign in REFUSED_SIGNS) and "relation" not in text:
        return LoginRefused(REFUSED)
    if any(sign in text for sign in UNREACHABLE_SIGNS):
        return DatabaseUnavailable(UNREACHABLE)
    return None


class ConflictError(StoreError):
    """Someone else saved the same record since it was opened here."""

    def __init__(
        self,
        message: str,
        differences: list[tuple[str, str, str]] | None = None,
        version: int | None = None,
    ):
        super().__init__(message)
        self.differences = differences or []
        self.version = version  # the version whose values ``differences`` shows


def translate(exc: BaseException, holders: str = "") -> StoreError | None:
    """The plain-words version of a driver error, or None when it is a program fault."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Someone else saved this record after you opened it. Nothing was overwritten."
        )
    if isinstance(exc, PoolTimeout):
        # Every connection this program may hold is in use (reads waiting on the server).
        return DatabaseBusy(
            "The database server is busy and did not answer in time. Nothing you typed is "
            "lost: wait a moment and try again."
        )
    if not isinstance(exc, DBAPIError):
        return None
    text = str(getattr(exc, "orig", exc)).lower()
    if (
        "locked" in text
        or "busy" in text
        or "could not obtain lock" in text
        or "lock timeout" in text
    ):
        who = f" It is being used by {holders}." if holders else ""
        return DatabaseBusy(
            "The database is busy and did not free up in time." + who + " Nothing you typed "
            "is lost: wait a moment and try again."
        )
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return DiskFull(
            "The disk is full, so this could not be saved. Nothing you typed is lost: it is "
            "still on screen. Free some space (or ask IT) and save again."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyDatabase(
            "The database can only be read, not changed, so this could not be saved. "
            "Nothing you typed is lost: it is still on screen."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptDatabase(
            "The database file is damaged. Nothing more will be written to it. "
            "Restore the newest backup (File > Restore backup, or `qaaudit restore`)."
        )
    # The server's own limit, or the program's own (store/watchdog.py): nobody else
    # cancels a statement of this program.
    if (
        "canceling statement due to statement timeout" in text
        or "canceling statement due to user request" in text
    ):
        return ServerTooSlow(
            "The database server took too long to answer, so qaaudit stopped waiting. "
            "Nothing you typed is lost: try again in a moment."
        )
    if isinstance(exc, OperationalError) or getattr(exc, "connection_invalidated", False):
        return server_problem(text)
    return None
