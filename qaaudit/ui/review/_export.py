"""Writing a review's PDF, summary or workbook off the GUI thread, with a progress dialog
and Cancel. The worker opens its own database session and never touches a widget."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from qaaudit.exports.common.files import Cancelled, Progress
from qaaudit.store.database import Database
from qaaudit.ui.common.background import BackgroundTask, Work, run_in_background
from qaaudit.ui.common.save_as import EXCEL_FILES, PDF_FILES, ask_save_path

REVIEW_PDF = "pdf"
SUMMARY_PDF = "summary"
WORKBOOK = "xlsx"
KINDS = {
    REVIEW_PDF: ("Export the review to PDF", PDF_FILES, ".pdf"),
    SUMMARY_PDF: ("Export the one-page summary to PDF", PDF_FILES, ".pdf"),
    WORKBOOK: ("Export rows and actions to Excel", EXCEL_FILES, ".xlsx"),
}


def _writer(db: Database, review_id: int, kind: str, target: Path, today: date) -> Work:
    """The work of one export: runs off the window's thread with its own session."""

    def work(progress: Progress) -> object:
        if not progress(0, 0, "Reading the review"):
            raise Cancelled()
        if kind == WORKBOOK:
            from qaaudit.exports.review.excel import write_review_workbook

            return write_review_workbook(db, review_id, target, today)
        elif kind == SUMMARY_PDF:
            from qaaudit.exports.review.pdf import write_review_summary_pdf

            written = write_review_summary_pdf(db, review_id, target, today)
        else:
            from qaaudit.exports.review.pdf import write_review_pdf

            written = write_review_pdf(db, review_id, target, today, progress)
        return str(written)

    return work


def start_export(
    parent: QWidget,
    db: Database,
    review_id: int,
    kind: str,
    today: date,
    suggested_name: str,
    target: Path | None = None,
) -> BackgroundTask | None:
    """Ask where to write (unless ``target`` is given), then write in the background;
    ``done`` of the task gives the path written."""
    title, file_kind, suffix = KINDS[kind]
    if target is None:
        target = ask_save_path(parent, title, suggested_name + suffix, file_kind)
        if target is None:
            return None
    return run_in_background(
        parent,
        "Export",
        "Writing the export…",
        _writer(db, review_id, kind, target, today),
        "The file could not be written. Any file already there is unchanged.",
        lambda written: _tell_shortened(parent, written),
    )


def _tell_shortened(parent: QWidget, written: object) -> None:
    """A workbook whose cells had to be shortened says so: nothing is cut silently."""
    notice = getattr(written, "notice", None)
    text = notice() if callable(notice) else None
    if text:
        QMessageBox.information(parent, "Export", text)
