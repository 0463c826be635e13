"""Work that must not freeze the window (exports, big queries) runs on a worker thread.
The work opens its own database session and never touches a widget; it reports progress
through signals, and can be cancelled between steps."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from qaaudit.exports.files import Cancelled, Progress
from qaaudit.store.errors import StoreError

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class BackgroundTask(QRunnable):
    def __init__(self, work: Work, failure: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._failure = failure
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int, what: str) -> bool:
            self.signals.progress.emit(done, total, what)
            return not self._cancel.is_set()

        try:
            result = self._work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except StoreError as exc:
            self.signals.failed.emit(exc.message)
        except OSError as exc:
            # The reason (disk full, no permission) without the path, which may name a case.
            self.signals.failed.emit(
                f"{self._failure} {exc.strerror or 'The file could not be written.'}"
            )
        except Exception as exc:  # a fault in the program: say so plainly, log only its kind
            log.error("background work failed: %s", type(exc).__name__)
            self.signals.failed.emit(self._failure)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)


_running: set[BackgroundTask] = set()


def alive(widget: QObject) -> bool:
    """Whether a widget still exists: a task can finish after its page was closed."""
    import shiboken6

    return bool(shiboken6.isValid(widget))


def start(task: BackgroundTask) -> BackgroundTask:
    """Run a task on the shared thread pool, keeping it alive until it reports back."""
    _running.add(task)
    for signal in (task.signals.done, task.signals.failed, task.signals.cancelled):
        signal.connect(lambda *_args, t=task: _running.discard(t))
    QThreadPool.globalInstance().start(task)
    return task


def with_progress(parent: QWidget, title: str, task: BackgroundTask) -> QProgressDialog:
    """A progress dialog with Cancel for a task; it closes itself when the task ends."""
    dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show_progress(done: int, total: int, what: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{title}: {what}…")

    task.signals.progress.connect(show_progress)
    dialog.canceled.connect(task.cancel)
    for signal in (task.signals.done, task.signals.failed, task.signals.cancelled):
        signal.connect(lambda *_args: (dialog.hide(), dialog.deleteLater()))
    return dialog
