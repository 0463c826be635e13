"""Cases to audit: the QA lead imports the month's case list, draws the cases the QAF
plan says are owed, adds a targeted case or swaps one with a reason, sees who has started
and completed theirs, sees where nothing was audited in the last twelve months, and
exports it all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from qaaudit.domain.permissions import SAMPLE_DRAW
from qaaudit.domain.problems import PlainProblem
from qaaudit.domain.sampling import months_before
from qaaudit.exports.common.files import Progress
from qaaudit.exports.sampling.allocation_workbook import write_allocation
from qaaudit.exports.sampling.case_list_file import CaseListFile, import_case_list, prepare
from qaaudit.services.common.actor import person_names
from qaaudit.services.sampling.allocations import (
    BY_STRAND,
    BY_TEAM,
    DONE,
    TO_DO,
    AllocatedCase,
    Coverage,
    allocation_counts,
    coverage,
    month_allocation,
)
from qaaudit.services.sampling.case_list import case_list_for, remembered_columns
from qaaudit.services.sampling.draws import add_targeted, draw_for, draw_month, swap_case
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.background import Failure, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.common.save_as import EXCEL_FILES, ask_save_path
from qaaudit.ui.common.theme import qcolour, set_flag
from qaaudit.ui.forms.ui_case_sampling import Ui_CaseSamplingPage
from qaaudit.ui.sampling._dialogs import AllocationChangeDialog, CaseColumnsDialog

ALLOCATION_COLUMNS: list[Column[AllocatedCase]] = [
    Column("Auditor", lambda c: c.auditor),
    Column("Case number", lambda c: c.case_number),
    Column("Team", lambda c: c.team),
    Column("Legal status", lambda c: c.legal_status_label),
    Column("Age band", lambda c: c.age_band),
    Column("Allocated worker", lambda c: c.case_holder),
    Column("How chosen", lambda c: c.kind_label),
    Column(
        "Audit",
        lambda c: c.state_label,
        colour=lambda c: (
            qcolour("muted") if c.withdrawn else qcolour("done_ink") if c.state == DONE else None
        ),
        bold=lambda c: not c.withdrawn and c.state == TO_DO,
    ),
    Column("Reason", lambda c: c.withdrawn_reason or c.reason),
]


def _coverage_columns(found: Coverage) -> list[Column[str]]:
    def cell(key: str) -> Column[str]:
        def text(row: str) -> str:
            judged = found.cell(row, key).judged
            return str(judged) if judged else "none"

        def tip(row: str) -> str:
            c = found.cell(row, key)
            return f"{c.judged} judged, {c.good} good" if c.judged else "Nothing audited here."

        def fill(row: str) -> Any:
            judged = found.cell(row, key).judged
            if not judged:
                return qcolour("warning_bg")
            return qcolour("locked_bg")

        def ink(row: str) -> Any:
            return qcolour("warning_ink") if not found.cell(row, key).judged else None

        short = dict(found.areas)[key]
        return Column(
            short,
            text,
            lambda r: found.cell(r, key).judged,
            right=True,
            tip=tip,
            background=fill,
            colour=ink,
        )

    first = "Team" if found.by == BY_TEAM else "Strand"
    return [
        Column(first, lambda r: r),
        Column(
            "Audits",
            lambda r: str(found.audits.get(r, 0)),
            lambda r: found.audits.get(r, 0),
            right=True,
        ),
        *(cell(key) for key, _short in found.areas),
    ]


class CaseSamplingPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CaseSamplingPage()
        self.ui.setupUi(self)
        ui = self.ui
        set_flag(ui.titleLabel, "role", "pageTitle")
        self.month = context.today().replace(day=1)
        self.model: RowsModel[AllocatedCase] = RowsModel(ALLOCATION_COLUMNS, self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        ui.allocationView.setModel(self.proxy)
        ui.allocationView.verticalHeader().setVisible(False)
        header = ui.allocationView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.coverage_model: RowsModel[str] = RowsModel([], self)
        self.coverage_proxy = RowsProxy(self)
        self.coverage_proxy.setSourceModel(self.coverage_model)
        ui.coverageView.setModel(self.coverage_proxy)
        ui.coverageView.verticalHeader().setVisible(False)
        ui.coverageView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.coverageCombo.addItem("By team", BY_TEAM)
        ui.coverageCombo.addItem("By strand", BY_STRAND)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.previousButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.importButton.clicked.connect(self.choose_case_list)
        ui.drawButton.clicked.connect(lambda: self.draw())
        ui.targetButton.clicked.connect(self.add_target)
        ui.swapButton.clicked.connect(self.swap_selected)
        ui.exportButton.clicked.connect(lambda: self.export())
        ui.coverageCombo.currentIndexChanged.connect(self._show_coverage)
        ui.allocationView.selectionModel().currentRowChanged.connect(self._enable)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def step(self, months: int) -> None:
        self.month = months_before(self.month, -months)
        self.refresh()

    def refresh(self) -> None:
        ui, month = self.ui, self.month
        ui.monthLabel.setText(f"{month:%B %Y}")
        with self.context.db.reading() as session:
            listed = case_list_for(session, month)
            drawn = draw_for(session, month)
            cases = month_allocation(session, self.context.actor, month) if drawn else []
            counts = allocation_counts(session, self.context.actor, month) if drawn else None
        self.listed, self.drawn = listed, drawn
        if listed is None:
            ui.listLabel.setText(f"No case list imported for {month:%B %Y} yet.")
        else:
            ui.listLabel.setText(
                f"Case list: {listed.file_name}, {listed.cases:,} cases, imported "
                f"{listed.imported_at}."
            )
        if drawn is None:
            ui.drawLabel.setText("Not drawn yet.")
            ui.countsLabel.setText("")
        else:
            ui.drawLabel.setText(
                f"{drawn.message} Drawn by {drawn.drawn_by} on {drawn.drawn_at}. "
                f"List SHA-256 {drawn.case_list_digest[:16]}…"
            )
            ui.seedEdit.setText(str(drawn.seed))
        if counts is not None:
            ui.countsLabel.setText(
                f"Allocated {counts.allocated}, started {counts.started}, completed "
                f"{counts.completed}."
            )
        self.model.set_rows(cases)
        self._show_coverage()
        self._enable()

    def _show_coverage(self, *_args: object) -> None:
        by = self.ui.coverageCombo.currentData() or BY_TEAM
        with self.context.db.reading() as session:
            found = coverage(session, self.month, by)
        self.coverage_model.set_table(_coverage_columns(found), found.rows)
        self.ui.coverageLabel.setText(
            f"Practice areas judged in completed audits, {found.first:%B %Y} to "
            f"{found.last:%B %Y}: {found.empty_cells} of {len(found.rows) * len(found.areas)} "
            "cells with nothing audited (marked “none”)."
        )

    def _enable(self, *_args: object) -> None:
        ui = self.ui
        can = self.context.can(SAMPLE_DRAW)
        drawn = self.drawn is not None
        ui.importButton.setEnabled(can and not drawn)
        ui.drawButton.setEnabled(can and self.listed is not None and not drawn)
        ui.seedEdit.setEnabled(can and not drawn)
        ui.ownTeamCheck.setEnabled(can and not drawn)
        ui.targetButton.setEnabled(can and drawn)
        selected = self.selected()
        ui.swapButton.setEnabled(can and selected is not None and not selected.withdrawn)
        ui.exportButton.setEnabled(drawn)

    def selected(self) -> AllocatedCase | None:
        index = self.ui.allocationView.currentIndex()
        return self.proxy.row_at(index) if index.isValid() else None  # type: ignore[no-any-return]

    # -- the QA lead's work ----------------------------------------------------------------

    def _say(self, title: str, problem: BaseException) -> None:
        text = problem.message if isinstance(problem, PlainProblem | StoreError) else str(problem)
        QMessageBox.warning(self, title, text)

    def choose_case_list(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            f"The case list for {self.month:%B %Y}",
            "",
            "Case lists (*.csv *.xlsx);;All files (*)",
        )
        if chosen:
            self.import_case_list(Path(chosen))

    def import_case_list(self, path: Path) -> Any:
        """Read the list's headings, ask which columns hold what if that is not known yet,
        then check and store the whole list off the window's thread."""
        try:
            listed = prepare(self.context.db, self.context.actor, path)
            with self.context.db.reading() as session:
                known = bool(remembered_columns(session))
        except (PlainProblem, StoreError) as problem:
            self._say("Importing the case list", problem)
            return None
        if listed.missing or not known:
            # Asked once: the choice is remembered with the list and read next month.
            dialog = CaseColumnsDialog(listed, self)
            if not self.ask_columns(dialog):
                return None
        return self._import(listed)

    def ask_columns(self, dialog: CaseColumnsDialog) -> int:
        return dialog.exec()

    def _import(self, listed: CaseListFile) -> Any:
        month, today = self.month, self.context.today()

        def job(progress: Progress) -> str:
            summary = import_case_list(
                self.context.db, self.context.actor, listed, month, today, progress
            )
            return f"The case list for {month:%B %Y} was imported: {summary.cases:,} cases."

        def failed(problem: Failure) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, "Importing the case list", problem.message, parent=self
            )
            if problem.details:
                box.setInformativeText("\n".join(problem.details[:12]))
                box.setDetailedText("\n".join(problem.details))
            self.failure_box = box
            box.open()

        def done(message: str) -> None:
            self.refresh()
            self.ui.listLabel.setText(message + " " + self.ui.listLabel.text())

        title = "Importing the case list"
        return run_in_background(
            self,
            title,
            title,
            job,
            "The case list could not be imported; nothing was stored.",
            done,
            failed,
        )

    def draw(self, *, ask: bool = True) -> None:
        seed_text = self.ui.seedEdit.text().strip()
        if seed_text and not seed_text.isdigit():
            QMessageBox.warning(self, "Drawing the cases", "The seed is a whole number, or empty.")
            return
        if ask:
            answer = QMessageBox.question(
                self,
                "Drawing the cases",
                f"Draw the cases for {self.month:%B %Y} and give them to the auditors? A month "
                "is drawn once; after that you can add a targeted case or swap one.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.context.db.writing() as session:
                summary = draw_month(
                    session,
                    self.context.actor,
                    self.month,
                    self.context.today(),
                    seed=int(seed_text) if seed_text else None,
                    own_team_excluded=self.ui.ownTeamCheck.isChecked(),
                )
        except (PlainProblem, StoreError) as problem:
            self._say("Drawing the cases", problem)
            return
        self.refresh()
        if summary.shortfall:
            QMessageBox.information(self, "Drawing the cases", summary.message)

    def _auditors(self) -> list[tuple[int, str]]:
        with self.context.db.reading() as session:
            return sorted(person_names(session).items(), key=lambda p: p[1])

    def add_target(self) -> None:
        """Ask for the case, the auditor and the reason, then add it."""
        dialog = AllocationChangeDialog(self._auditors(), parent=self)
        if not dialog.exec():
            return
        try:
            with self.context.db.writing() as session:
                add_targeted(
                    session,
                    self.context.actor,
                    self.month,
                    dialog.case_number,
                    dialog.auditor_id or 0,
                    dialog.reason,
                )
        except (PlainProblem, StoreError) as problem:
            self._say("Adding a targeted case", problem)
            return
        self.refresh()

    def swap_selected(self) -> None:
        case = self.selected()
        if case is None:
            return
        dialog = AllocationChangeDialog([], swap_of=case.case_number, parent=self)
        if not dialog.exec():
            return
        try:
            with self.context.db.writing() as session:
                swap_case(
                    session, self.context.actor, case.id, dialog.reason, dialog.case_number or None
                )
        except (PlainProblem, StoreError) as problem:
            self._say("Swapping a case", problem)
            return
        self.refresh()

    def export(self, path: Path | None = None) -> Any:
        path = path or ask_save_path(
            self, "Export the allocation", f"allocation-{self.month:%Y-%m}.xlsx", EXCEL_FILES
        )
        if path is None:
            return None
        month = self.month

        def job(progress: Progress) -> str:
            progress(0, 0, "Writing the allocation workbook")
            with self.context.db.reading() as session:
                written = write_allocation(session, self.context.actor, month, path)
            return f"The allocation for {month:%B %Y} was saved to {written.path}."

        title = "Exporting the allocation"
        return run_in_background(
            self,
            title,
            title,
            job,
            "The allocation could not be exported; any earlier file with that name is unchanged.",
            self._tell_finished,
        )

    def _tell_finished(self, message: str) -> None:
        # Opened, not run: the page goes on working while the note is read.
        box = QMessageBox(QMessageBox.Icon.Information, "Export finished", message, parent=self)
        box.open()
        self.finished_box = box
