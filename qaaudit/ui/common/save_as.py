"""Asking where to save an export: the person's choice, made to end in the right suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from qaaudit.exports.common.files import ending_in

PDF_FILES = "PDF document (*.pdf)"
EXCEL_FILES = "Excel workbook (*.xlsx)"
WORD_FILES = "Word document (*.docx)"
_SUFFIXES = {PDF_FILES: ".pdf", EXCEL_FILES: ".xlsx", WORD_FILES: ".docx"}


def ask_save_path(parent: QWidget, title: str, suggested: str | Path, kind: str) -> Path | None:
    """The file to write, or None if the person cancelled. ``kind`` is ``PDF_FILES``,
    ``EXCEL_FILES`` or ``WORD_FILES``; a name typed with another ending gets the right one."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kind)
    if not chosen:
        return None
    return ending_in(Path(chosen), _SUFFIXES[kind])
