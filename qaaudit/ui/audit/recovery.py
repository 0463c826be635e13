"""At start, work that was on screen when the program stopped (a crash, a power cut, a
forced shut-down) is offered back: restore it into its editor, or discard it."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMessageBox, QWidget

from qaaudit.domain.permissions import RECOVERY_COPY
from qaaudit.services.common import drafts
from qaaudit.services.common.drafts import Snapshot
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext

KIND = "case_file_audit"


def local_time(saved_at: datetime) -> datetime:
    """Stored times are UTC; people read their own clock."""
    return saved_at.replace(tzinfo=UTC).astimezone()


def describe(snapshot: Snapshot, today: datetime | None = None) -> str:
    when = local_time(snapshot.saved_at)
    now = today or datetime.now().astimezone()
    day = "" if when.date() == now.date() else f" on {when:%d %B %Y}"
    what = snapshot.title or "a new audit"
    if what != "a new audit":
        what = f"audit {what}"
    return f"You have unsaved work from {when:%H:%M}{day} on {what}."


def pending_recoveries(context: AppContext) -> list[Snapshot]:
    if not context.can(RECOVERY_COPY):
        return []
    with context.db.reading() as session:
        return drafts.pending(session, context.actor.id, kind=KIND)


def discard(context: AppContext, snapshot: Snapshot) -> None:
    with context.db.writing() as session:
        drafts.discard(session, context.actor, snapshot.slot)


class RecoveryOffer(QMessageBox):
    """ "You have unsaved work from 10:32 on audit CN100234": Restore or Discard."""

    def __init__(self, snapshot: Snapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle("Unsaved work")
        self.setText(describe(snapshot))
        self.setInformativeText(
            "qaaudit stopped before it was saved. Restore it to carry on where you left "
            "off, or discard it."
        )
        self.restore_button = self.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.restore_button)


def offer_recoveries(context: AppContext, window: QWidget) -> int:
    """Offer each pending copy in turn; returns how many were restored."""
    try:
        pending = pending_recoveries(context)
    except StoreError:
        return 0
    restored = 0
    for snapshot in pending:
        offer = RecoveryOffer(snapshot, window)
        offer.exec()
        if offer.clickedButton() is offer.discard_button:
            confirm = QMessageBox.question(
                window,
                "Discard unsaved work?",
                f"{describe(snapshot)} Discard it? This cannot be undone.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if confirm == QMessageBox.StandardButton.Yes:
                try:
                    discard(context, snapshot)
                except StoreError as error:
                    QMessageBox.warning(window, "Not discarded", error.message)
                continue
        window.restore(snapshot)  # type: ignore[attr-defined]
        restored += 1
    return restored
