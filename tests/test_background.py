"""Long work runs off the window's thread: the person sees how far it has got, Cancel
really stops it (and leaves the file already there as it was), and a failure is told in
plain words without a path, a name or a case number."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from qaaudit.bootstrap import Opened
from qaaudit.exports.common.excel import WorkbookRejected
from qaaudit.exports.common.files import Cancelled
from qaaudit.services.audit import audits
from qaaudit.services.audit.imports import ImportRejected
from qaaudit.store.errors import DiskFull
from qaaudit.ui.audit.pdf_export import export_audit_pdf
from qaaudit.ui.common.background import BackgroundTask, Failure, ProgressDialog, run_in_background
from qaaudit.ui.common.context import AppContext
from tests.factories import complete_form, make_person, make_team


def long_work(steps: list[int], started: threading.Event):  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        for step in range(1_000_000):
            steps.append(step)
            started.set()
            if not progress(step, 1_000_000, "Writing audits"):
                raise Cancelled()
            threading.Event().wait(0.001)
        return "finished"

    return work


def test_cancel_in_the_progress_dialog_stops_the_work_and_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []
    started = threading.Event()
    task = BackgroundTask(long_work(steps, started), "The audits could not be exported.")
    dialog = ProgressDialog(task, "Audit data", "Exporting audits…", parent)
    ended: list[str] = []
    task.done.connect(lambda _result: ended.append("done"))
    task.cancelled.connect(lambda: ended.append("cancelled"))
    with qtbot.waitSignal(task.progress, timeout=5000):
        task.start()
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.maximum() == 1_000_000)
    assert dialog.labelText().startswith("Writing audits: ")
    with qtbot.waitSignal(task.ended, timeout=5000):
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert ended == ["cancelled"]
    assert not task.running
    stopped_at = len(steps)
    assert stopped_at < 1_000_000
    qtbot.wait(50)
    assert len(steps) == stopped_at  # the work has really stopped, not just the waiting


def test_a_file_problem_is_told_without_the_path(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device", "/home/sam/CN100234 audit.pdf")

    task = BackgroundTask(work, "The PDF could not be written.")
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert failed.args == [Failure("The PDF could not be written. No space left on device.")]


def test_a_fault_in_the_program_is_a_plain_sentence_and_only_its_kind_is_logged(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        raise KeyError("CN100234 Jo Bloggs")

    task = BackgroundTask(work, "The figures could not be read.")
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert failed.args == [Failure("The figures could not be read.")]
    assert "KeyError" in caplog.text
    assert "CN100234" not in caplog.text and "Bloggs" not in caplog.text


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            DiskFull("The disk is full, so this could not be saved."),
            Failure("The disk is full, so this could not be saved."),
        ),
        (
            WorkbookRejected("plan.xlsx has 3 sheets; it is not a QAF plan."),
            Failure("plan.xlsx has 3 sheets; it is not a QAF plan."),
        ),
        (
            ImportRejected(["Audits sheet, row 2: no month."]),
            Failure("The workbook has 1 problem.", ("Audits sheet, row 2: no month.",)),
        ),
    ],
)
def test_problems_the_program_has_words_for_are_told_in_them(
    qtbot, error: Exception, expected: Failure
) -> None:  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        raise error

    task = BackgroundTask(work, "Something else.")
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert failed.args == [expected]


def test_a_failure_is_shown_in_a_box_once_the_dialog_has_gone(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", "/shared/CN100234.xlsx")

    task = run_in_background(
        parent, "Export", "Writing…", work, "The file could not be written.", shown.append
    )
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [("Export", "The file could not be written. Permission denied.")]
    assert not task.running


def test_cancelling_an_audit_pdf_leaves_the_earlier_file_as_it_was(
    qtbot, opened: Opened, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "sam", "Sam Okafor", team=team)
        form = complete_form(team.id)
        record = audits.create_audit(s, manager, form, date(2017, 11, 20))
    target = tmp_path / "audit.pdf"
    target.write_bytes(b"the PDF printed last week")
    parent = QWidget()
    qtbot.addWidget(parent)
    task = export_audit_pdf(parent, AppContext(opened.db, manager), record.id, "x", target)
    assert task is not None
    task.cancel()  # pressed before the first page is finished
    with qtbot.waitSignal(task.ended, timeout=20000):
        pass
    assert target.read_bytes() == b"the PDF printed last week"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".audit.pdf")] == []
