"""Long work off the window's thread, with a progress dialog and a Cancel button.

The work never touches widgets and opens its own database session. Cancel stops waiting
for it; work that writes a file writes it atomically, so an abandoned export never
damages the previous file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class _Signals(QObject):
    finished = Signal(object, object)  # value, error


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            value = self.work()
        except BaseException as error:  # reported to the window, never raised in the pool
            self.signals.finished.emit(None, error)
            return
        self.signals.finished.emit(value, None)


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], Any]) -> Outcome:
    """Run ``work`` in the thread pool; wait (keeping the window alive) until it ends or
    the person cancels."""
    outcome = Outcome()
    loop = QEventLoop()
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle("qaaudit")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    job = _Job(work)

    def finished(value: Any, error: Any) -> None:
        outcome.value, outcome.error = value, error
        loop.quit()

    def cancelled() -> None:
        outcome.cancelled = True
        loop.quit()

    job.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    job.signals.finished.connect(lambda *_: _running.discard(job))
    dialog.canceled.connect(cancelled)
    _running.add(job)  # kept alive until the pool is done with it, even after Cancel
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return outcome


_running: set[_Job] = set()
