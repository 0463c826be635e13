"""Long work (exports, imports) off the window's thread, with a progress dialog that shows
how far it has got and a Cancel button that really stops it.

The work is a plain function ``work(progress) -> result``: it opens its own database
session, never touches a widget, and calls ``progress(done, total, what)`` now and then; that
returns False once Cancel is pressed, and the work then stops (exports raise
``qaaudit.exports.files.Cancelled``, which leaves any earlier file untouched; imports roll
back). ``total`` 0 means "not known yet": the dialog shows a busy bar.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from qaaudit.exports.files import Cancelled, Progress

Work = Callable[[Progress], Any]


class _Thread(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.stop = stop
        self.result: Any = None
        self.error: BaseException | None = None

    def report(self, done: int, total: int, what: str) -> bool:
        self.progressed.emit(done, total, what)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            self.result = self.work(self.report)
        except BaseException as error:  # handed to the window; never lost in the thread
            self.error = error


class BackgroundTask(QObject):
    """One piece of long work. Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is
    emitted, on the window's thread, when it ends."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = _Thread(work, self._stop)
        self._thread.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._ended, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int = 30000) -> bool:
        return bool(self._thread.wait(milliseconds))

    def _ended(self) -> None:
        _running.discard(self)
        error = self._thread.error
        if isinstance(error, Cancelled) or (error is None and self._stop.is_set()):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(self._thread.result)


_running: set[BackgroundTask] = set()  # kept alive until their thread has ended


class ProgressDialog(QProgressDialog):
    """Shows a task's progress; Cancel asks the task to stop and says it is stopping."""

    def __init__(self, task: BackgroundTask, title: str, label: str, parent: QWidget | None):
        super().__init__(label, "Cancel", 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.task = task
        task.progressed.connect(self.show_progress)
        self.canceled.connect(self.stop)
        for ended in (task.succeeded, task.failed, task.cancelled):
            ended.connect(self.finish)

    def show_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
            self.setLabelText(f"{what}: {done:,} of {total:,}")
        else:
            self.setMaximum(0)
            self.setLabelText(f"{what}: {done:,}" if done else what)

    def stop(self) -> None:
        self.task.cancel()
        self.setLabelText("Stopping… nothing will be half-written.")

    def finish(self, *_: Any) -> None:
        self.reset()
        self.hide()
        self.deleteLater()


def plain_message(error: BaseException) -> str:
    """What went wrong, in the words the program already has for it."""
    message = getattr(error, "message", None) or getattr(error, "summary", None)
    if message:
        return str(message)
    if isinstance(error, OSError):
        return f"The file could not be written or read: {error.strerror or error}."
    return str(error) or "Something went wrong; nothing was changed."


def run_in_background(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> BackgroundTask:
    """Start ``work`` with a progress dialog. ``on_success(result)`` runs on the window's
    thread; a failure is shown in a message box unless ``on_failure`` handles it; Cancel
    simply closes the dialog."""
    task = BackgroundTask(work)  # no parent: it must outlive a window closed mid-way
    ProgressDialog(task, title, label, parent)
    task.succeeded.connect(on_success)

    def failed(error: BaseException) -> None:
        if on_failure is not None:
            on_failure(error)
        else:
            QMessageBox.warning(parent, title, plain_message(error))

    task.failed.connect(failed)
    task.start()
    return task
