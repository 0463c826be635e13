"""Work that must not freeze the window (exports, imports, big queries) runs off the
window's thread. This is the program's one way of doing that.

The work is a plain function ``work(progress) -> result``: it opens its own database
session, never touches a widget, and calls ``progress(done, total, what)`` now and then.
That returns False once Cancel is pressed, and the work then stops by raising
``qaaudit.exports.common.files.Cancelled`` (exports write through ``replace_atomically``, so the
file already there is left as it was; imports roll back). ``total`` 0 means "not known
yet": the dialog shows a busy bar.

A task ends with exactly one of ``done(result)``, ``failed(Failure)`` or ``cancelled()``,
then ``ended()``, all on the window's thread. A failure is told in plain words: a store
problem and a ``PlainProblem`` in their own words, a file problem as the reason without the
path (which may name a case), and a fault in the program as the task's own sentence, with
only the kind of fault in the log."""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from qaaudit.domain.problems import PlainProblem
from qaaudit.exports.common.files import Cancelled, Progress
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.theme import set_flag

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]
MIN_THREADS = 4  # a long export never holds up the figures of a page being opened


@dataclass(frozen=True)
class Failure:
    """Why the work did not finish, for the person at the screen."""

    message: str
    details: tuple[str, ...] = ()  # e.g. the problems of a workbook, row by row


def plain_words(error: BaseException, failure: str) -> Failure:
    """What went wrong, in words a manager understands; ``failure`` is the task's own
    sentence ("The PDF could not be written.") for anything else."""
    if isinstance(error, StoreError):
        return Failure(error.message)
    if isinstance(error, PlainProblem):
        return Failure(error.message, error.details)
    if isinstance(error, OSError):
        # The reason (disk full, no permission) without the path, which may name a case.
        return Failure(f"{failure} {error.strerror}." if error.strerror else failure)
    log.error("background work failed: %s", type(error).__name__)
    return Failure(failure)


class _Outcome(QObject):
    """Carries the worker thread's news to the task, which lives on the window's thread."""

    progressed = Signal(int, int, str)
    finished = Signal(str, object)  # "done", "failed" or "cancelled"; the result or Failure


def _run(work: Work, failure: str, stop: threading.Event, outcome: _Outcome) -> None:
    """The worker thread: runs the work and reports; never touches a widget."""

    def progress(done: int, total: int, what: str) -> bool:
        outcome.progressed.emit(done, total, what)
        return not stop.is_set()

    how, value = "done", None
    try:
        value = work(progress)
    except Cancelled:
        how = "cancelled"
    except BaseException as error:  # reported to the window, never lost in the pool
        how, value = "failed", plain_words(error, failure)
    outcome.finished.emit(how, value)


class BackgroundTask(QObject):
    """One piece of work off the window's thread. ``failure`` is the sentence shown if it
    fails for a reason the program has no words for."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # Failure
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Work, failure: str) -> None:
        super().__init__()  # no parent: it must outlive a page closed while it runs
        self._work = work
        self._failure = failure
        self._stop = threading.Event()
        self._ended = threading.Event()
        self._started = False
        self._outcome = _Outcome()
        # Both slots belong to this object, on the window's thread: the signals queue.
        self._outcome.progressed.connect(self._progressed)
        self._outcome.finished.connect(self._finished)

    def start(self) -> BackgroundTask:
        """Run on the shared thread pool; the task is kept alive until it reports back."""
        _running.add(self)
        self._started = True
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(max(pool.maxThreadCount(), MIN_THREADS))
        work, failure, stop, outcome = self._work, self._failure, self._stop, self._outcome
        pool.start(lambda: _run(work, failure, stop, outcome))
        return self

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return self._started and not self._ended.is_set()

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait until the task has reported back (for closing the program, and tests)."""
        return not self._started or self._ended.wait(milliseconds / 1000)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progress.emit(done, total, what)

    @Slot(str, object)
    def _finished(self, how: str, value: Any) -> None:
        self._ended.set()
        # Let go of the task only once this slot has returned: a QObject must not be
        # destroyed while it is handling an event.
        QTimer.singleShot(0, lambda: _running.discard(self))
        if how == "done":
            self.done.emit(value)
        elif how == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.ended.emit()


_running: set[BackgroundTask] = set()


def alive(widget: QObject) -> bool:
    """Whether a widget still exists: a task can finish after its page was closed."""
    import shiboken6

    return bool(shiboken6.isValid(widget))


class ProgressDialog(QProgressDialog):
    """How far a task has got, with a Cancel that stops the work: the dialog says it is
    stopping and stays until the work has really stopped."""

    def __init__(
        self, task: BackgroundTask, title: str, label: str, parent: QWidget | None
    ) -> None:
        super().__init__(label, "Cancel", 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        # Only a weak reference: the task is kept alive while it runs, and a dialog that
        # held the last reference would destroy the task from inside its own destructor.
        self._task = weakref.ref(task)
        task.progress.connect(self.show_progress)
        self.canceled.connect(self.stop)
        task.ended.connect(self.finish)
        # QProgressDialog counts its minimum duration from the first value it is given:
        # without one, a task that only ever says what it is doing (no counts) would run
        # with no dialog, and no Cancel, however long it took.
        self.setValue(0)

    def show_progress(self, done: int, total: int, what: str) -> None:
        task = self._task()
        if task is None or task.cancelling:
            return
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
            self.setLabelText(f"{what}: {done:,} of {total:,}")
        else:
            self.setMaximum(0)
            self.setLabelText(f"{what}: {done:,}" if done else what)

    def stop(self) -> None:
        task = self._task()
        if task is None:
            return
        task.cancel()
        if task.running:
            self.setLabelText("Stopping… nothing will be half-written.")
            button = self.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)
            self.show()  # QProgressDialog hides itself on Cancel; stay until it has stopped

    def finish(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    title: str,
    label: str,
    work: Work,
    failure: str,
    on_done: Callable[[Any], None],
    on_failure: Callable[[Failure], None] | None = None,
) -> BackgroundTask:
    """Start ``work`` with a progress dialog. ``on_done(result)`` runs on the window's
    thread; a failure is shown in a warning box unless ``on_failure`` takes it; Cancel
    closes the dialog once the work has stopped. Nothing is called back once ``parent``
    has been closed."""
    task = BackgroundTask(work, failure)
    ProgressDialog(task, title, label, parent)

    def done(result: Any) -> None:
        if alive(parent):
            on_done(result)

    def failed(problem: Failure) -> None:
        if not alive(parent):
            return
        if on_failure is not None:
            on_failure(problem)
        else:
            QMessageBox.warning(parent, title, problem.message)

    task.done.connect(done)
    task.failed.connect(failed)
    return task.start()


class NewestRead(QObject):
    """What a page shows, read off the window's thread: one read at a time (a desktop
    holds one connection to a council's server), and of the reads asked for while one
    runs, only the newest, once it ends. What is on screen stays until the answer comes:
    ``show`` is called with it, or ``failed`` says in plain words why it did not come.
    ``reading`` is True from the asking until then."""

    failed = Signal(str)
    ended = Signal()  # after the answer was shown, or the failure said

    def __init__(self, failure: str, parent: QObject) -> None:
        super().__init__(parent)
        self._failure = failure
        self._asked = 0  # the newest read asked for; an older one arriving late is dropped
        self._next: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self._in_flight = False
        self.reading = False

    def ask(self, read: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """``read()`` runs on a worker thread, opening its own session; ``show(result)``
        on the window's thread, only if no newer read was asked for meanwhile."""
        self._asked += 1
        self._next = (read, show)
        self.reading = True
        if not self._in_flight:  # else the newest is read when the one running ends
            self._start()

    def _start(self) -> None:
        assert self._next is not None
        (read, show), asked = self._next, self._asked
        self._next = None
        task = BackgroundTask(lambda _progress: read(), self._failure)

        def newest() -> bool:
            """Whether this read still answers what was asked last."""
            self._in_flight = False
            if asked != self._asked:
                self._start()  # asked again meanwhile: read the newest
                return False
            self.reading = False
            return True

        def arrived(result: Any) -> None:
            if alive(self) and newest():
                show(result)
                self.ended.emit()

        def refused(failure: Failure) -> None:
            if alive(self) and newest():
                self.failed.emit(failure.message)
                self.ended.emit()

        task.done.connect(arrived)
        task.failed.connect(refused)
        self._in_flight = True
        task.start()


def say_reading(label: QLabel, view: QAbstractItemView, words: str, role: str = "") -> None:
    """A page's count line while a new list is on its way; the rows on screen stay."""
    view.viewport().setCursor(Qt.CursorShape.BusyCursor)
    set_flag(label, "role", role)
    label.setText(words)


def say_read(label: QLabel, view: QAbstractItemView, text: str, role: str = "") -> None:
    view.viewport().unsetCursor()
    set_flag(label, "role", role)
    label.setText(text)


def say_unread(label: QLabel, view: QAbstractItemView, message: str) -> None:
    """Why the new list did not come: the one on screen stays, and says so."""
    view.viewport().unsetCursor()
    set_flag(label, "role", "problem")
    label.setText(f"{message} The list shows what was read before.")
