"""The QA lead exports, imports and prints from the audit data page; the work runs off the
window's thread with progress, and Cancel stops it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.store.models import CaseFileAudit
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.summaries.page import AuditDataPage
from tests.loop_data import build_march

REAL_TODAY = date.today()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch):
    """A warning box would wait for a click that never comes: record it instead, and fail
    the test if one appeared that the test did not expect (and empty the list)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    yield shown
    assert shown == [], f"unexpected message: {shown}"


def audits_in(opened: Opened) -> int:
    with opened.db.reading() as s:
        return int(s.scalar(select(func.count(CaseFileAudit.id))) or 0)


@pytest.fixture
def page(qtbot, opened: Opened) -> AuditDataPage:
    build_march(opened.db, REAL_TODAY)
    widget = AuditDataPage(AppContext(opened.db, opened.actor))
    qtbot.addWidget(widget)
    return widget


def test_the_preview_says_what_the_summary_will(page: AuditDataPage) -> None:
    page.ui.fromEdit.setDate(QDate(2017, 3, 1))
    page.ui.toEdit.setDate(QDate(2017, 3, 1))
    assert page.ui.previewLabel.text() == (
        "March 2017: 5 audits, 3 good (60%). Weakest practice area: Quality of plans (60% "
        "good). Corrective action confirmed for 1 of 2 cases."
    )
    page.ui.serviceCombo.setCurrentIndex(page.ui.serviceCombo.findText("Looked After Children"))
    assert page.ui.previewLabel.text().startswith("March 2017: 2 audits, 1 good (50%).")


def test_export_import_and_summary_from_the_page(
    qtbot, page: AuditDataPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = tmp_path / "all audits.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(workbook), "Excel"))
    page.ui.exportButton.click()
    with qtbot.waitSignal(page.task.done, timeout=20000):
        pass
    assert page.ui.resultEdit.toPlainText() == f"Exported 7 audits to {workbook}."
    assert page.ui.exportButton.isEnabled()

    # Into an empty database: checked first, then imported once the QA lead says yes.
    empty = open_for_use(f"sqlite:///{tmp_path / 'empty.sqlite3'}", backup_dir=tmp_path / "b")
    try:
        other = AuditDataPage(AppContext(empty.db, empty.actor))
        qtbot.addWidget(other)
        asked: list[str] = []

        def yes(_parent, _title, text, *_buttons):
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", yes)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(workbook), "Excel"))
        other.ui.importButton.click()
        qtbot.waitUntil(
            lambda: other.ui.resultEdit.toPlainText().startswith("Imported"), timeout=20000
        )
        assert asked[0].startswith("Would import 7 audits (1 re-audit linked")
        assert asked[0].endswith("Import them now?")
        assert audits_in(empty) == 7
    finally:
        empty.db.dispose()

    pdf = tmp_path / "qa-matters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(pdf), "PDF"))
    page.ui.fromEdit.setDate(QDate(2017, 3, 1))
    page.ui.toEdit.setDate(QDate(2017, 3, 1))
    page.ui.summaryButton.click()
    with qtbot.waitSignal(page.task.done, timeout=20000):
        pass
    assert "judged good (3 of 5)" in PdfReader(pdf).pages[0].extract_text()


def test_a_workbook_with_bad_rows_is_listed_and_nothing_imported(
    qtbot, page: AuditDataPage, opened: Opened, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xlsx"
    book = Workbook()
    book.active.title = "Audits"
    book.active.append(
        ["Tracked case number", "Audit month", "Auditor", "Team", "Overall judgement"]
    )
    book.active.append(["X1", "2016-13", "Jo Bloggs", "Team A", "Meets good"])
    book.active.append(["X2", "2016-03", "Jo Bloggs", "Team A", "Fabulous"])
    book.save(bad)
    page.import_from(bad)
    qtbot.waitUntil(
        lambda: "Nothing was imported" in page.ui.resultEdit.toPlainText(), timeout=20000
    )
    lines = page.ui.resultEdit.toPlainText().splitlines()
    assert lines[0] == "The workbook has 2 problems. Nothing was imported."
    assert (
        lines[1]
        == "Audits sheet, row 2, column B (Audit month): not a month (write it as 2017-03)."
    )
    assert lines[2].startswith("Audits sheet, row 3, column E (Overall judgement): not a judgement")
    assert audits_in(opened) == 7
