"""Storage faults, worded for a social work manager rather than a database administrator.

No message here ever contains a narrative, a name or a case number.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError


class StoreError(Exception):
    """A fault the person at the screen needs to hear about, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseBusy(StoreError):
    pass


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
    pass


class ConflictError(StoreError):
    """Someone else saved the same record since it was opened here."""

    def __init__(self, message: str, differences: list[tuple[str, str, str]] | None = None):
        super().__init__(message)
        self.differences = differences or []


def translate(exc: BaseException, holders: str = "") -> StoreError | None:
    """The plain-words version of a driver error, or None when it is a program fault."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Someone else saved this record after you opened it. Nothing was overwritten."
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
    if isinstance(exc, OperationalError) and (
        "connection" in text or "could not connect" in text or "server closed" in text
    ):
        return DatabaseUnavailable(
            "The database server cannot be reached. Nothing you typed is lost: check the "
            "network connection and try again."
        )
    return None
