"""Writing one audit to PDF from the window: the file is chosen, then written off the
window's thread (with its own database session) while a progress dialog can cancel."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from qaaudit.store.errors import StoreError
from qaaudit.ui.context import AppContext
from qaaudit.ui.worker import run_with_progress


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "audit"


def export_audit_pdf(
    parent: QWidget, context: AppContext, audit_id: int, title: str, target: Path | None = None
) -> Path | None:
    if target is None:
        suggested = str(Path.home() / f"case-file-audit-{audit_id}-{_safe_name(title)}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            parent, "Export the audit to PDF", suggested, "PDF documents (*.pdf)"
        )
        if not chosen:
            return None
        target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    try:
        from qaaudit.exports.audit_pdf import write_audit_pdf
    except ImportError:
        QMessageBox.information(
            parent, "Not available", "This version of qaaudit cannot write audits to PDF yet."
        )
        return None

    def work() -> Path:
        write_audit_pdf(context.db, audit_id, target)
        return target

    outcome = run_with_progress(parent, "Writing the PDF…", work)
    if outcome.cancelled:
        return None
    if outcome.error is not None:
        error = outcome.error
        message = (
            error.message
            if isinstance(error, StoreError)
            else (
                "The PDF could not be written. Any earlier file with that name is unchanged."
                + (f" ({error.strerror})" if isinstance(error, OSError) and error.strerror else "")
            )
        )
        QMessageBox.warning(parent, "PDF not written", message)
        return None
    QMessageBox.information(parent, "PDF written", f"The audit was written to {target}.")
    return target
