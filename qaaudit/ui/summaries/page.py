"""The learning summary PDF, and audit data out to and in from Excel. Writing and reading
files runs off the window's thread with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from qaaudit.domain.permissions import AUDIT_IMPORT, AUDIT_WORKBOOK, LEARNING_SUMMARY, permission
from qaaudit.exports.common.files import Progress
from qaaudit.services.common.permissions import may
from qaaudit.services.summaries.learning import (
    LearningSummary,
    learning_summary,
    period_label,
    service_areas,
    shift_months,
)
from qaaudit.ui.common.background import BackgroundTask, Failure, alive, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.save_as import EXCEL_FILES, PDF_FILES, ask_save_path
from qaaudit.ui.forms.ui_audit_data import Ui_AuditDataPage

TITLE = "Audit data"


def _month(edit_date: QDate) -> date:
    return date(edit_date.year(), edit_date.month(), 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def preview(summary: LearningSummary) -> str:
    """The summary in two sentences, so the QA lead can see what the PDF will say."""
    head = summary.headline
    if head.count == 0:
        return f"{summary.period_label}: no completed audits."
    words = [
        f"{summary.period_label}: {head.count:,} audits, {head.good:,} good "
        f"({head.share_good:.0%})."
    ]
    if summary.weakest:
        weakest = summary.weakest[0]
        words.append(f"Weakest practice area: {weakest.title} ({weakest.share_good:.0%} good).")
    fix = summary.corrective
    if fix.needed:
        words.append(f"Corrective action confirmed for {fix.confirmed:,} of {fix.needed:,} cases.")
    return " ".join(words)


class AuditDataPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AuditDataPage()
        self.ui.setupUi(self)
        self.task: BackgroundTask | None = None
        last_month = shift_months(context.today().replace(day=1), -1)
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.setDate(_qdate(last_month))
            edit.setMaximumDate(_qdate(context.today()))
        self.ui.serviceCombo.addItem("All service areas", None)
        with context.db.reading() as session:
            for area_id, name in service_areas(session):
                self.ui.serviceCombo.addItem(name, area_id)
        for button, operation in (
            (self.ui.summaryButton, LEARNING_SUMMARY),
            (self.ui.exportButton, AUDIT_WORKBOOK),
        ):
            button.setEnabled(may(context.actor, operation))
            if not may(context.actor, operation):
                button.setToolTip(permission(operation).refusal)
        may_import = may(context.actor, AUDIT_IMPORT) and not context.db.read_only
        self.ui.importButton.setEnabled(may_import)
        if not may_import:
            self.ui.importButton.setToolTip(
                "Only the QA lead or an administrator can import audits, into a database that "
                "can be written to."
            )
        self.ui.fromEdit.dateChanged.connect(self._period_changed)
        self.ui.toEdit.dateChanged.connect(self._period_changed)
        self.ui.serviceCombo.currentIndexChanged.connect(self.update_preview)
        self.ui.summaryButton.clicked.connect(self.choose_summary_file)
        self.ui.exportButton.clicked.connect(self.choose_export_file)
        self.ui.importButton.clicked.connect(self.choose_import_file)
        self.update_preview()

    # -- the learning summary --------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return _month(self.ui.fromEdit.date()), _month(self.ui.toEdit.date())

    def _period_changed(self) -> None:
        start, end = self.period()
        if end < start:
            self.ui.toEdit.setDate(self.ui.fromEdit.date())
            return
        self.update_preview()

    def update_preview(self) -> None:
        start, end = self.period()
        with self.context.db.reading() as session:
            summary = learning_summary(
                session,
                start,
                end,
                service_area_id=self.ui.serviceCombo.currentData(),
                today=self.context.today(),
            )
        self.ui.previewLabel.setText(preview(summary))

    def choose_summary_file(self) -> None:
        from qaaudit.exports.summaries.learning_pdf import summary_file_name

        start, end = self.period()
        path = ask_save_path(
            self, "Save learning summary", summary_file_name(start, end), PDF_FILES
        )
        if path is not None:
            self.save_summary(path)

    def save_summary(self, path: Path) -> BackgroundTask:
        start, end = self.period()
        area_id = self.ui.serviceCombo.currentData()
        db, today = self.context.db, self.context.today()

        def work(progress: Progress) -> Path:
            from qaaudit.exports.summaries.learning_pdf import write_summary_pdf

            progress(0, 0, "Gathering the figures")
            with db.reading() as session:
                summary = learning_summary(
                    session, start, end, service_area_id=area_id, today=today
                )
            progress(0, 0, "Writing the PDF")
            return write_summary_pdf(summary, path)

        label = f"Writing the learning summary for {period_label(start, end)}…"
        return self._start(
            label,
            work,
            "The learning summary could not be written.",
            lambda written: self._say(f"Learning summary saved as {written}."),
        )

    # -- audit data out --------------------------------------------------------------

    def choose_export_file(self) -> None:
        suggested = f"audits-{self.context.today():%Y-%m-%d}.xlsx"
        path = ask_save_path(self, "Export all audits", suggested, EXCEL_FILES)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        from qaaudit.exports.audit.data_excel import write_audits_workbook

        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def work(progress: Progress) -> Any:
            return write_audits_workbook(db, actor, path, progress, today)

        def done(result: Any) -> None:
            self._say(
                "\n".join([f"Exported {result.audits:,} audits to {result.path}.", *result.notes])
            )

        return self._start("Exporting audits…", work, "The audits could not be exported.", done)

    # -- audit data in ---------------------------------------------------------------

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Import historic audits", "", "Excel workbook (*.xlsx)"
        )
        if path:
            self.check_import(Path(path))

    def check_import(self, path: Path) -> BackgroundTask:
        """First read and check every row; only then ask whether to import."""
        from qaaudit.exports.audit.data_import import import_audits_workbook

        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def work(progress: Progress) -> Any:
            return import_audits_workbook(
                db, actor, path, check_only=True, progress=progress, today=today
            )

        def checked(result: Any) -> None:
            report = "\n".join(result.report())
            self._say(report)
            if not result.audits:
                return  # every audit was imported before: the report says so
            answer = QMessageBox.question(
                self,
                "Import historic audits",
                f"{report}\n\nImport them now?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_from(path)

        return self._start(
            "Checking the workbook…", work, "The workbook could not be read.", checked
        )

    def import_from(self, path: Path) -> BackgroundTask:
        from qaaudit.exports.audit.data_import import import_audits_workbook

        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def work(progress: Progress) -> Any:
            return import_audits_workbook(db, actor, path, progress=progress, today=today)

        return self._start(
            "Importing audits…",
            work,
            "The audits could not be imported; nothing was stored.",
            lambda result: self._say("\n".join(result.report())),
        )

    # -- shared ----------------------------------------------------------------------

    def _start(self, label: str, work: Any, failure: str, on_done: Any) -> BackgroundTask:
        for button in (self.ui.summaryButton, self.ui.exportButton, self.ui.importButton):
            button.setProperty("wasEnabled", button.isEnabled())
            button.setEnabled(False)
        task = run_in_background(self, TITLE, label, work, failure, on_done, self._failed)
        task.cancelled.connect(
            lambda: alive(self) and self._say("Cancelled: nothing was written or imported.")
        )
        task.ended.connect(lambda: alive(self) and self._finished())
        self.task = task
        return task

    def _finished(self) -> None:
        for button in (self.ui.summaryButton, self.ui.exportButton, self.ui.importButton):
            button.setEnabled(bool(button.property("wasEnabled")))

    def _failed(self, failure: Failure) -> None:
        if failure.details:
            self._say("\n".join([f"{failure.message} Nothing was imported.", *failure.details]))
        else:
            self._say(failure.message)
            QMessageBox.warning(self, TITLE, failure.message)

    def _say(self, text: str) -> None:
        self.ui.resultEdit.setPlainText(text)
