"""Writing a review's PDF, summary or workbook off the GUI thread, with a progress dialog
and Cancel. The worker opens its own database session and never touches a widget."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from qaaudit.exports.files import Cancelled
from qaaudit.store.database import Database
from qaaudit.store.errors import StoreError

REVIEW_PDF = "pdf"
SUMMARY_PDF = "summary"
WORKBOOK = "xlsx"
KINDS = {
    REVIEW_PDF: ("Export the review to PDF", "PDF document (*.pdf)", ".pdf", "review"),
    SUMMARY_PDF: ("Export the one-page summary to PDF", "PDF document (*.pdf)", ".pdf", "summary"),
    WORKBOOK: ("Export rows and actions to Excel", "Excel workbook (*.xlsx)", ".xlsx", "review"),
}


class ExportJob(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, review_id: int, kind: str, target: Path, today: date) -> None:
        super().__init__()
        self.db, self.review_id, self.kind, self.target, self.today = (
            db,
            review_id,
            kind,
            target,
            today,
        )
        self.cancelled = False

    def _progress(self, done: int, total: int, what: str) -> bool:
        self.progressed.emit(done, total, what)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        try:
            if self.kind == WORKBOOK:
                from qaaudit.exports.review_excel import write_review_workbook

                written = write_review_workbook(self.db, self.review_id, self.target, self.today)
            elif self.kind == SUMMARY_PDF:
                from qaaudit.exports.review_pdf import write_review_summary_pdf

                written = write_review_summary_pdf(self.db, self.review_id, self.target, self.today)
            else:
                from qaaudit.exports.review_pdf import write_review_pdf

                written = write_review_pdf(
                    self.db, self.review_id, self.target, self.today, self._progress
                )
            self.succeeded.emit(str(written))
        except Cancelled:
            self.failed.emit("")
        except StoreError as exc:
            self.failed.emit(exc.message)
        except OSError as exc:
            self.failed.emit(
                f"The file could not be written ({exc.strerror or 'system error'}). "
                "Any file already there is unchanged."
            )


class ExportRunner(QObject):
    """Runs one export in a thread and reports the result in plain words."""

    done = Signal(str)  # the path written, or "" if it failed or was cancelled

    def __init__(self, parent: QWidget, job: ExportJob, quiet: bool = False) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.job = job
        self.quiet = quiet
        self.thread = QThread(self)
        job.moveToThread(self.thread)
        self.dialog = QProgressDialog("Writing the export…", "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle("Export")
        self.dialog.setMinimumDuration(400)
        self.dialog.canceled.connect(self._cancel)
        self.thread.started.connect(job.run)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)

    def start(self) -> None:
        self.thread.start()

    def _cancel(self) -> None:
        self.job.cancelled = True

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(f"Writing the export: {what}…")

    def _finish(self) -> None:
        self.dialog.reset()
        self.thread.quit()
        self.thread.wait()

    def _succeeded(self, path: str) -> None:
        self._finish()
        self.done.emit(path)

    def _failed(self, message: str) -> None:
        self._finish()
        if message and not self.quiet:
            QMessageBox.warning(self.parent_widget, "Export", message)
        self.done.emit("")


def start_export(
    parent: QWidget,
    db: Database,
    review_id: int,
    kind: str,
    today: date,
    suggested_name: str,
    target: Path | None = None,
    on_done: Callable[[str], None] | None = None,
) -> ExportRunner | None:
    """Ask where to write (unless ``target`` is given), then write in the background."""
    title, filters, suffix, _ = KINDS[kind]
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested_name + suffix, filters)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_suffix(suffix)
    runner = ExportRunner(parent, ExportJob(db, review_id, kind, target, today))
    if on_done is not None:
        runner.done.connect(on_done)
    runner.start()
    return runner
