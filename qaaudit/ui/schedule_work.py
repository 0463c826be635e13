"""Exporting and importing the QAF plan off the GUI thread: a worker with its own session,
a progress dialog with Cancel, and the result reported in plain words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from qaaudit.ui.context import AppContext


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, job: Callable[[Callable[[int, int, str], bool]], str]) -> None:
        super().__init__()
        self._job = job
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int, what: str) -> bool:
        self.progressed.emit(done, total, what)
        return not self._cancelled

    def run(self) -> None:  # the worker thread: never touches a widget
        from qaaudit.exports.excel_common import WorkbookRejected
        from qaaudit.exports.files import Cancelled
        from qaaudit.services.schedule_plan import PlanProblem
        from qaaudit.store.errors import StoreError

        try:
            self.succeeded.emit(self._job(self._progress))
        except Cancelled:
            self.failed.emit("")
        except (WorkbookRejected, PlanProblem) as exc:
            self.failed.emit(str(exc))
        except StoreError as exc:
            self.failed.emit(exc.message)
        except OSError as exc:
            self.failed.emit(f"The file could not be written or read: {exc.strerror or exc}.")


def _run(parent: QWidget, title: str, job: Any, done: Callable[[str], None]) -> _Worker:
    dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    worker = _Worker(job)
    worker.progressed.connect(
        lambda d, t, what: (dialog.setMaximum(t), dialog.setValue(d), dialog.setLabelText(what))
    )
    dialog.canceled.connect(worker.cancel)

    def finished_ok(message: str) -> None:
        dialog.reset()
        done(message)

    def finished_badly(message: str) -> None:
        dialog.reset()
        if message:
            QMessageBox.warning(parent, title, message)

    worker.succeeded.connect(finished_ok)
    worker.failed.connect(finished_badly)
    worker.finished.connect(worker.deleteLater)
    parent._schedule_worker = worker  # type: ignore[attr-defined]  # kept alive while it runs
    worker.start()
    return worker


def export_plan(
    parent: QWidget, context: AppContext, year: int, due_month: date | None = None
) -> _Worker | None:
    suggested = str(Path.home() / f"QAF plan {year}.xlsx")
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export the QAF plan", suggested, "Excel workbook (*.xlsx)"
    )
    if not path:
        return None
    return export_plan_to(parent, context, year, Path(path), due_month)


def export_plan_to(
    parent: QWidget, context: AppContext, year: int, path: Path, due_month: date | None = None
) -> _Worker:
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    today = context.today()

    def job(progress: Callable[[int, int, str], bool]) -> str:
        from qaaudit.exports.schedule_excel import ScheduleExportOptions, export_schedule

        with context.db.reading() as session:
            summary = export_schedule(
                session,
                ScheduleExportOptions(year, due_month=due_month, today=today),
                path,
                progress,
            )
        note = ""
        if summary.shortened_cells:
            note = (
                f"\n\n{summary.shortened_cells} cell(s) held more text than Excel allows and "
                "were cut; the full text is in qaaudit."
            )
        return f"The {year} plan was saved to {path}.{note}"

    return _run(
        parent,
        "Exporting the QAF plan",
        job,
        lambda m: QMessageBox.information(parent, "Export finished", m),
    )


def import_plan(
    parent: QWidget,
    context: AppContext,
    path: Path,
    year: int,
    replace: bool,
    done: Callable[[], None],
) -> _Worker:
    def job(progress: Callable[[int, int, str], bool]) -> str:
        from qaaudit.exports.schedule_import import import_schedule

        progress(0, 0, "Reading and checking the workbook")
        with context.db.writing() as session:
            plan = import_schedule(session, context.actor, path, year, replace=replace)
        tasks = sum(len(r.tasks) for _a, r in plan.roles())
        return f"The {year} plan was imported: {len(plan.areas)} service areas and {tasks} tasks."

    def finished(message: str) -> None:
        QMessageBox.information(parent, "Import finished", message)
        done()

    return _run(parent, "Importing a QAF plan", job, finished)
