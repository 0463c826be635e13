"""Recovery copies while a manager types: written about 1.5 seconds after the last
keystroke, and at least every 5 seconds during continuous typing, so a crash or a power
cut loses a few seconds at most."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from qaaudit.domain.permissions import RECOVERY_COPY
from qaaudit.services.common import drafts
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext

QUIET_MS = 1500
LONGEST_MS = 5000


class Autosave(QObject):
    """Keeps the newest recovery copy of one editor. ``payload`` gives what to keep."""

    kept = Signal(object)  # datetime of the copy
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        slot: str,
        payload: Callable[[], dict[str, object]],
        title: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.slot = slot
        self._payload = payload
        self._title = title
        self.record_id: int | None = None
        self.enabled = context.can(RECOVERY_COPY)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._longest = QTimer(self, singleShot=True, interval=LONGEST_MS)
        self._quiet.timeout.connect(self.keep_now)
        self._longest.timeout.connect(self.keep_now)

    def touched(self) -> None:
        """Something on screen changed."""
        if not self.enabled:
            return
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    @property
    def pending(self) -> bool:
        return self._quiet.isActive() or self._longest.isActive()

    def stop(self) -> None:
        self._quiet.stop()
        self._longest.stop()

    def keep_now(self) -> None:
        self.stop()
        if not self.enabled:
            return
        try:
            with self.context.db.writing() as session:
                drafts.keep(
                    session,
                    self.context.actor,
                    self.slot,
                    self._payload(),
                    record_id=self.record_id,
                    title=self._title(),
                )
        except StoreError as error:
            self.failed.emit(error.message)
            return
        self.kept.emit(datetime.now())

    def move_to(self, slot: str, record_id: int | None) -> None:
        """The audit now has a number: keep the copy under it, and drop the old one."""
        old = self.slot
        self.slot, self.record_id = slot, record_id
        if old != slot and self.enabled:
            try:
                with self.context.db.writing() as session:
                    drafts.discard(session, self.context.actor, old)
            except StoreError as error:
                self.failed.emit(error.message)

    def discard(self) -> None:
        """The work was saved or deliberately thrown away: no copy is needed."""
        self.stop()
        if not self.enabled:
            return
        try:
            with self.context.db.writing() as session:
                drafts.discard(session, self.context.actor, self.slot)
        except StoreError as error:
            self.failed.emit(error.message)
