"""Writing one audit to PDF from the window: the file is chosen, then written off the
window's thread (with its own database session) while a progress dialog can cancel."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from qaaudit.exports.common.files import Progress, ending_in
from qaaudit.ui.common.background import BackgroundTask, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.save_as import PDF_FILES, ask_save_path


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "audit"


def export_audit_pdf(
    parent: QWidget, context: AppContext, audit_id: int, title: str, target: Path | None = None
) -> BackgroundTask | None:
    """Ask where to write (unless ``target`` is given), then write in the background; the
    person is told where the PDF went."""
    if target is None:
        suggested = Path.home() / f"case-file-audit-{audit_id}-{_safe_name(title)}.pdf"
        target = ask_save_path(parent, "Export the audit to PDF", suggested, PDF_FILES)
        if target is None:
            return None
    written = ending_in(target, ".pdf")

    def work(progress: Progress) -> Path:
        from qaaudit.exports.audit.pdf import write_audit_pdf

        return write_audit_pdf(context.db, audit_id, written, progress)

    return run_in_background(
        parent,
        "Export the audit to PDF",
        "Writing the PDF…",
        work,
        "The PDF could not be written. Any earlier file with that name is unchanged.",
        lambda path: QMessageBox.information(
            parent, "PDF written", f"The audit was written to {path}."
        ),
    )
