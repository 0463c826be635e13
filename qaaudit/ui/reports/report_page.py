"""The Audit reports page: the QA lead chooses a month, a quarter or a theme, the program
draws up the findings from the audits, the QA lead edits them, adds recommendations (each
for a service area or for every one), issues the report and exports it as PDF or Word.
Those who receive reports read them here; only the QA lead and administrators change
them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from qaaudit.domain.audit_report import (
    MONTH,
    QUARTER,
    THEME,
    ReportPeriod,
    last_day,
    quarter_end,
    quarter_label,
    quarter_of,
)
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.permissions import AUDIT_REPORT_WRITE
from qaaudit.domain.review_period import add_months
from qaaudit.domain.trends import percent
from qaaudit.exports.common.files import Progress, ending_in
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.reports import action_plans, reports
from qaaudit.services.reports.reports import (
    Recommendation,
    ReportFigures,
    ReportRecord,
    ReportRow,
    ReportText,
)
from qaaudit.services.summaries.learning import AreaResult
from qaaudit.services.trends.reaudit_actions import ReauditGroup
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.background import BackgroundTask, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy, show_rows
from qaaudit.ui.common.save_as import PDF_FILES, ask_save_path
from qaaudit.ui.common.theme import colour
from qaaudit.ui.forms.ui_audit_reports import Ui_AuditReportsPage

WORD_FILES = "Word document (*.docx)"
KINDS = ((QUARTER, "A quarter"), (MONTH, "A month"), (THEME, "An audit theme (a quarter)"))
EVERY_AREA = "Every service area"
AREA_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MONTHS_OFFERED = 24
QUARTERS_OFFERED = 8

REPORT_COLUMNS: list[Column[ReportRow]] = [
    Column("Period", lambda r: r.period, lambda r: r.id),
    Column("State", lambda r: "Issued" if r.status == "issued" else "Draft"),
    Column(
        "Title",
        lambda r: r.title,
        tip=lambda r: f"{r.title} ({r.recommendations} recommendations)",
    ),
]
AREA_COLUMNS: list[Column[AreaResult]] = [
    Column("Practice area", lambda a: a.title),
    Column("Judged", lambda a: f"{a.judged:,}", lambda a: a.judged, True),
    Column("Good", lambda a: f"{a.good:,}", lambda a: a.good, True),
    Column("Share good", lambda a: percent(a.share_good), lambda a: a.share_good, True),
]
REAUDIT_COLUMNS: list[Column[ReauditGroup]] = [
    Column("Earlier agreed actions", lambda g: g.label),
    Column("Re-audits", lambda g: f"{g.count:,}", lambda g: g.count, True),
    Column("Improved", lambda g: f"{g.improved:,}", lambda g: g.improved, True),
    Column("Same", lambda g: f"{g.same:,}", lambda g: g.same, True),
    Column("Declined", lambda g: f"{g.declined:,}", lambda g: g.declined, True),
    Column("Share improved", lambda g: percent(g.share_improved), lambda g: g.share_improved, True),
]


class AreaDelegate(QStyledItemDelegate):
    """The service area a recommendation is for, chosen from a list."""

    def __init__(self, areas: list[tuple[int | None, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.areas = areas

    def createEditor(  # noqa: N802 (Qt's name)
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName("Service area the recommendation is for")
        for area_id, name in self.areas:
            combo.addItem(name, area_id)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(AREA_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        # Read both first: storing one tells the view, which puts the stored value back
        # into the open list.
        area_id, name = editor.currentData(), editor.currentText()
        model.setData(index, area_id, AREA_ROLE)
        model.setData(index, name, Qt.ItemDataRole.DisplayRole)


class AuditReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AuditReportsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.record: ReportRecord | None = None
        self.dirty = False
        self._loading = False
        self.task: BackgroundTask | None = None
        self.may_write = context.can(AUDIT_REPORT_WRITE)
        ui.problemLabel.setStyleSheet(f"color: {colour('problem')};")

        self.model: RowsModel[ReportRow] = RowsModel(REPORT_COLUMNS, self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        ui.reportsView.setModel(self.proxy)
        ui.reportsView.verticalHeader().setVisible(False)
        ui.reportsView.horizontalHeader().setStretchLastSection(True)
        self.areas_model = show_rows(ui.areasView, AREA_COLUMNS, self)
        self.reaudits_model = show_rows(ui.reauditsView, REAUDIT_COLUMNS, self)

        with context.db.reading() as session:
            self.service_areas: list[tuple[int | None, str]] = [
                (None, EVERY_AREA),
                *reports.service_area_names(session),
            ]
        self.recommendations = QStandardItemModel(0, 2, self)
        self.recommendations.setHorizontalHeaderLabels(["Recommendation", "For"])
        ui.recommendationsView.setModel(self.recommendations)
        ui.recommendationsView.setItemDelegateForColumn(1, AreaDelegate(self.service_areas, self))
        header = ui.recommendationsView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        ui.recommendationsView.verticalHeader().setVisible(False)

        for key, label in KINDS:
            ui.kindCombo.addItem(label, key)
        for theme in current_audit_instrument().themes:
            ui.themeCombo.addItem(theme.label, theme.key)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        ui.splitter.setSizes([330, 820])

        ui.kindCombo.currentIndexChanged.connect(self._fill_periods)
        ui.draftButton.clicked.connect(self.draft)
        ui.reportsView.selectionModel().currentRowChanged.connect(self._chosen)
        for edit in (
            ui.introductionEdit,
            ui.strengthsEdit,
            ui.improvementsEdit,
            ui.recurringEdit,
        ):
            edit.textChanged.connect(self._changed)
        ui.reportTitleEdit.textEdited.connect(self._changed)
        self.recommendations.dataChanged.connect(self._changed)
        ui.addRecommendationButton.clicked.connect(self.add_recommendation)
        ui.removeRecommendationButton.clicked.connect(self.remove_recommendation)
        ui.makeItemsButton.clicked.connect(self.make_items)
        ui.saveButton.clicked.connect(self.save)
        ui.issueButton.clicked.connect(self.issue)
        ui.pdfButton.clicked.connect(lambda: self.export(".pdf"))
        ui.wordButton.clicked.connect(lambda: self.export(".docx"))
        ui.deleteButton.clicked.connect(self.delete)
        save = QAction("Save the report", self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)

        for widget in (ui.kindCombo, ui.periodCombo, ui.themeCombo, ui.draftButton):
            widget.setVisible(self.may_write)
        for label in (ui.kindLabel, ui.periodLabel, ui.themeLabel):
            label.setVisible(self.may_write)
        self._fill_periods()
        self.refresh()

    # choosing a period

    def _fill_periods(self) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        today = self.context.today()
        ui.periodCombo.clear()
        if kind == MONTH:
            month = today.replace(day=1)
            for back in range(MONTHS_OFFERED):
                shown = add_months(month, -back)
                ui.periodCombo.addItem(f"{shown:%B %Y}", shown)
        else:
            start = quarter_of(today)
            for back in range(QUARTERS_OFFERED):
                shown = add_months(start, -3 * back)
                ui.periodCombo.addItem(quarter_label(shown), shown)
            # The quarter just ended is the one usually reported on.
            ui.periodCombo.setCurrentIndex(1)
        ui.themeCombo.setEnabled(kind == THEME)
        ui.themeLabel.setEnabled(kind == THEME)

    def chosen_period(self) -> ReportPeriod:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        start: date = ui.periodCombo.currentData()
        if kind == MONTH:
            return ReportPeriod(MONTH, start, start)
        end = quarter_end(start)
        if kind == THEME:
            return ReportPeriod(THEME, start, end, ui.themeCombo.currentData())
        return ReportPeriod(QUARTER, start, end)

    # the list

    def refresh(self, select: int | None = None) -> None:
        with self.context.db.reading() as session:
            rows = reports.list_reports(session)
        self.model.set_rows(rows)
        self.ui.reportsView.resizeColumnsToContents()
        wanted = select if select is not None else (self.record.id if self.record else None)
        if wanted is not None and self.select_report(wanted):
            return
        if rows:
            self.ui.reportsView.selectRow(0)
        else:
            self.show_report(None)

    def select_report(self, report_id: int) -> bool:
        for source_row, row in enumerate(self.model.rows):
            if row.id == report_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.ui.reportsView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.row_at(current)
        if row is None or (self.record is not None and row.id == self.record.id):
            return
        if not self._may_leave():
            if self.record is not None:
                self.select_report(self.record.id)
            return
        with self.context.db.reading() as session:
            record = reports.load_report(session, row.id)
        self.show_report(record)

    def _may_leave(self) -> bool:
        if not self.dirty or self.record is None:
            return True
        answer = QMessageBox.question(
            self,
            "Audit report",
            "Save your changes to this report first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # one report

    def show_report(self, record: ReportRecord | None) -> None:
        ui = self.ui
        self._loading = True
        self.record = record
        self.recommendations.removeRows(0, self.recommendations.rowCount())
        if record is None:
            for edit in (
                ui.introductionEdit,
                ui.strengthsEdit,
                ui.improvementsEdit,
                ui.recurringEdit,
            ):
                edit.setPlainText("")
            ui.reportTitleEdit.setText("")
            ui.statusLabel.setText(
                "No report yet. Choose a period above and draw up a report."
                if self.may_write
                else "No audit reports have been written yet."
            )
        else:
            text = record.text
            ui.reportTitleEdit.setText(text.title)
            ui.introductionEdit.setPlainText(text.introduction)
            ui.strengthsEdit.setPlainText(text.strengths)
            ui.improvementsEdit.setPlainText(text.improvements)
            ui.recurringEdit.setPlainText(text.recurring)
            for rec in text.recommendations:
                self._append_recommendation(rec)
            state = (
                f"Issued {record.issued_on:%d %B %Y}"
                if record.issued and record.issued_on
                else "Draft"
            )
            ui.statusLabel.setText(
                f"{state} · {record.period.label} · prepared by {record.prepared_by}"
            )
        self._loading = False
        self.dirty = False
        self._show_figures()
        self._enable()

    def _append_recommendation(self, rec: Recommendation) -> None:
        text = QStandardItem(rec.text)
        text.setData(rec.id, ID_ROLE)
        area = QStandardItem(rec.service_area or EVERY_AREA)
        area.setData(rec.service_area_id, AREA_ROLE)
        for item in (text, area):
            item.setEditable(self.may_write)
        self.recommendations.appendRow([text, area])

    def _show_figures(self) -> None:
        if self.record is None:
            self.areas_model.set_rows([])
            self.reaudits_model.set_rows([])
            self.ui.figuresLabel.setText("")
            return
        with self.context.db.reading() as session:
            figures = reports.report_figures(session, self.record.period, self.context.today())
        self.show_figures(figures)

    def show_figures(self, figures: ReportFigures) -> None:
        summary = figures.summary
        head = summary.headline
        self.ui.figuresLabel.setText(
            f"{head.count:,} completed audits in {reports.period_words(self.record.period) if self.record else ''}: "
            f"{head.good:,} good ({percent(head.share_good)}). The figures are worked out from "
            "the audits as they stand today."
        )
        self.areas_model.set_rows([a for a in summary.areas if a.judged])
        self.reaudits_model.set_rows(figures.reaudits_by_actions)
        self.ui.reauditsView.resizeColumnsToContents()

    def _enable(self) -> None:
        ui = self.ui
        has = self.record is not None
        writable = has and self.may_write
        for edit in (ui.introductionEdit, ui.strengthsEdit, ui.improvementsEdit, ui.recurringEdit):
            edit.setReadOnly(not writable)
        ui.reportTitleEdit.setReadOnly(not writable)
        for button in (
            ui.saveButton,
            ui.issueButton,
            ui.addRecommendationButton,
            ui.removeRecommendationButton,
            ui.makeItemsButton,
            ui.deleteButton,
        ):
            button.setEnabled(writable)
            button.setVisible(self.may_write)
        ui.issueButton.setText(
            "Issue again" if self.record is not None and self.record.issued else "&Issue the report"
        )
        ui.pdfButton.setEnabled(has)
        ui.wordButton.setEnabled(has)

    def _changed(self, *_: Any) -> None:
        if not self._loading and self.record is not None:
            self.dirty = True
            self.ui.problemLabel.clear()

    def on_screen(self) -> ReportText:
        ui = self.ui
        recs = []
        for row in range(self.recommendations.rowCount()):
            text = self.recommendations.item(row, 0)
            area = self.recommendations.item(row, 1)
            recs.append(
                Recommendation(text.text(), area.data(AREA_ROLE), area.text(), text.data(ID_ROLE))
            )
        return ReportText(
            title=ui.reportTitleEdit.text(),
            introduction=ui.introductionEdit.toPlainText(),
            strengths=ui.strengthsEdit.toPlainText(),
            improvements=ui.improvementsEdit.toPlainText(),
            recurring=ui.recurringEdit.toPlainText(),
            recommendations=recs,
        )

    # what the QA lead does

    def draft(self) -> None:
        if not self._may_leave():
            return
        period = self.chosen_period()
        with self.context.db.reading() as session:
            existing = reports.find_report(session, period)
        if existing is not None:
            answer = QMessageBox.question(
                self,
                "Audit report",
                f"There is already a report for {period.label}. Draw up another one?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.select_report(existing.id)
                return
        record = self._write(
            lambda s: reports.draft_report(s, self.context.actor, period, self.context.today())
        )
        if record is not None:
            self.record = None
            self.refresh(select=record.id)
            self.ui.tabs.setCurrentIndex(0)
            self.ui.introductionEdit.setFocus()

    def add_recommendation(self) -> None:
        self._append_recommendation(Recommendation(""))
        self.dirty = True
        index = self.recommendations.index(self.recommendations.rowCount() - 1, 0)
        self.ui.recommendationsView.setCurrentIndex(index)
        self.ui.recommendationsView.setFocus()
        self.ui.recommendationsView.edit(index)

    def remove_recommendation(self) -> None:
        index = self.ui.recommendationsView.currentIndex()
        if index.isValid():
            self.recommendations.removeRow(index.row())
            self.dirty = True

    def make_items(self) -> None:
        """Each recommendation becomes an action plan item for its Strategic Lead, due at
        the end of next quarter (the date can be changed on the Action plans page)."""
        if self.record is None or (self.dirty and not self.save()):
            return
        record = self.record
        due = last_day(quarter_end(add_months(quarter_of(self.context.today()), 3)))
        answer = QMessageBox.question(
            self,
            "Make action plan items",
            "Make an action plan item for each recommendation that has none yet, owned by "
            f"the Strategic Lead of its service area and due {due:%d %B %Y}?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self._write(
            lambda s: action_plans.items_from_report(s, self.context.actor, record.id, due)
        )
        if done is None:
            return
        made, left_out = done
        said = f"{len(made)} action plan item{'s' if len(made) != 1 else ''} made."
        if left_out:
            said += (
                " Nobody is the Strategic Lead for " + ", ".join(left_out) + ", so none "
                "was made there: give someone that role on the People and teams page."
            )
        self.ui.problemLabel.setText(said)

    def save(self) -> bool:
        if self.record is None:
            return False
        record = self.record
        text = self.on_screen()
        saved = self._write(
            lambda s: reports.save_report(s, self.context.actor, record.id, record.version, text)
        )
        if saved is None:
            return False
        self.show_report(saved)
        self.refresh(select=saved.id)
        self.ui.problemLabel.setText("Saved.")
        return True

    def issue(self) -> None:
        if self.record is None or (self.dirty and not self.save()):
            return
        record = self.record
        issued = self._write(
            lambda s: reports.issue_report(
                s, self.context.actor, record.id, record.version, self.context.today()
            )
        )
        if issued is not None:
            self.show_report(issued)
            self.refresh(select=issued.id)

    def delete(self) -> None:
        if self.record is None:
            return
        record = self.record
        answer = QMessageBox.question(
            self,
            "Delete the report",
            f"Delete “{record.text.title}” and its recommendations? Action plan items made "
            "from them stay on the action plans.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self._write(
            lambda s: (
                reports.delete_report(s, self.context.actor, record.id, record.version) or True
            )
        )
        if done:
            self.record = None
            self.dirty = False
            self.refresh()

    def _write(self, change: Any) -> Any:
        try:
            with self.context.db.writing() as session:
                return change(session)
        except ConflictError as conflict:
            self.ui.problemLabel.setText(conflict.message)
        except (NotAllowed, StoreError) as refused:
            self.ui.problemLabel.setText(getattr(refused, "message", None) or str(refused))
        return None

    def export(self, suffix: str) -> BackgroundTask | None:
        if self.record is None:
            return None
        if self.dirty and not self.save():
            return None
        from qaaudit.exports.reports.report import report_file_name

        record = self.record
        suggested = Path.home() / f"{report_file_name(record)}{suffix}"
        if suffix == ".pdf":
            target = ask_save_path(self, "Export the report as PDF", suggested, PDF_FILES)
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export the report for Word", str(suggested), WORD_FILES
            )
            target = ending_in(Path(chosen), ".docx") if chosen else None
        if target is None:
            return None
        return self.export_to(target)

    def export_to(self, target: Path) -> BackgroundTask | None:
        from qaaudit.exports.reports.report import write_report

        assert self.record is not None
        record, db, today = self.record, self.context.db, self.context.today()

        def work(_progress: Progress) -> Path:
            with db.reading() as session:
                figures = reports.report_figures(session, record.period, today)
            return write_report(record, figures, target, today)

        self.task = run_in_background(
            self,
            "Export the report",
            "Writing the report…",
            work,
            "The report could not be written. Any earlier file with that name is unchanged.",
            lambda path: self.ui.problemLabel.setText(f"The report was written to {path}."),
        )
        return self.task
