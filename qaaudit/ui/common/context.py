"""What every window and page is given: the open database and the person at the screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from qaaudit.domain.audit import AuditForm
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.permissions import may
from qaaudit.store.database import Database


class AuditOpener(Protocol):
    """Opens case file audits in their editor windows (the main window does it)."""

    def open_audit(self, audit_id: int) -> None: ...

    def new_audit(
        self, case_number: str = "", team_id: int | None = None, instrument_key: str = ...
    ) -> None: ...

    def start_audit(self, form: AuditForm) -> None: ...


@dataclass
class AppContext:
    db: Database
    actor: Actor
    opener: AuditOpener | None = None

    def __post_init__(self) -> None:
        # The window is built and used on this thread: no wait for a server here may
        # hold it longer than a few seconds (store/watchdog.py).
        self.db.limit_waits_on_this_thread()

    def today(self) -> date:
        return date.today()

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def can(self, operation: str) -> bool:
        """Whether to offer ``operation`` at all: the database can be written to and the
        person's roles allow it (the permission table)."""
        return not self.read_only and may(self.actor, operation)
