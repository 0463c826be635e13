"""The Action plans page, which is also the quarterly QA meeting's page: every open item by
service area, each with its progress history and what meetings decided; the owner (or
the QA lead) records progress red / amber / green with a note; the QA lead records what
the meeting decided (carry on, close, a new due date) and adds items from a report's
recommendations; the whole goes out as a workbook or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QSizePolicy, QWidget

from qaaudit.domain.audit_report import (
    PROGRESS,
    PROGRESS_LABELS,
    quarter_label,
    quarter_of,
)
from qaaudit.domain.permissions import (
    ACTION_PLAN_PROGRESS,
    ACTION_PLAN_WRITE,
    ADMIN,
    QA_LEAD,
    QA_MEETING,
    STRATEGIC_LEAD,
)
from qaaudit.domain.review_period import add_months
from qaaudit.exports.common.files import Progress
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.reports import action_plans, meetings, reports
from qaaudit.services.reports.action_plans import ActionPlanRow
from qaaudit.services.reports.meetings import MeetingAgenda
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.background import BackgroundTask, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy, show_rows
from qaaudit.ui.common.save_as import EXCEL_FILES, PDF_FILES, ask_save_path
from qaaudit.ui.common.theme import colour, ink_on, qcolour
from qaaudit.ui.forms.ui_action_plans import Ui_ActionPlansPage

OPEN_ITEMS, OVERDUE, MINE, EVERY = "open", "overdue", "mine", "all"
SHOW = (
    (OPEN_ITEMS, "Open items"),
    (OVERDUE, "Overdue items"),
    (MINE, "My items"),
    (EVERY, "Every item, closed ones too"),
)
QUARTERS_OFFERED = 8


def _rag(progress: str) -> str:
    return colour(f"rag_{progress}")


def _item_columns(page: ActionPlansPage) -> list[Column[ActionPlanRow]]:
    today = page.context.today

    def overdue(row: ActionPlanRow) -> bool:
        return row.overdue(today())

    return [
        Column("Service area", lambda r: r.service_area, lambda r: (r.service_area, r.due_on)),
        Column("Action", lambda r: r.action, tip=lambda r: f"{r.action}\n\n{r.recommendation}"),
        Column("Owner", lambda r: r.owner),
        Column("Due", lambda r: f"{r.due_on:%d %b %Y}", lambda r: r.due_on.isoformat()),
        Column(
            "Progress",
            lambda r: r.progress_label,
            lambda r: PROGRESS.index(r.progress) if r.progress in PROGRESS else -1,
            background=lambda r: _rag(r.progress),
            colour=lambda r: ink_on(_rag(r.progress)),
        ),
        Column(
            "State",
            lambda r: r.state(today()),
            lambda r: (r.status, r.due_on.isoformat()),
            colour=lambda r: qcolour("overdue_ink") if overdue(r) else None,
            bold=overdue,
        ),
    ]


HISTORY_COLUMNS: list[Column[tuple[str, str, str, str, str]]] = [
    Column("When", lambda h: h[0], lambda h: h[4]),
    Column("Who", lambda h: h[1]),
    Column(
        "Progress",
        lambda h: h[2],
        background=lambda h: _rag(h[2].lower()) if h[2] in ("Red", "Amber", "Green") else None,
        colour=lambda h: ink_on(_rag(h[2].lower())) if h[2] in ("Red", "Amber", "Green") else None,
    ),
    Column("Note", lambda h: h[3]),
]


class ActionPlansPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ActionPlansPage()
        self.ui.setupUi(self)
        ui = self.ui
        actor = context.actor
        self.agenda: MeetingAgenda | None = None
        self.task: BackgroundTask | None = None
        self.leads_plans = (actor.has(QA_LEAD) or actor.has(ADMIN)) and context.can(
            ACTION_PLAN_WRITE
        )
        self.records_meetings = context.can(QA_MEETING)
        ui.problemLabel.setStyleSheet(f"color: {colour('problem')};")

        self.model: RowsModel[ActionPlanRow] = RowsModel(_item_columns(self), self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        ui.itemsView.setModel(self.proxy)
        ui.itemsView.verticalHeader().setVisible(False)
        ui.itemsView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = ui.itemsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.history = show_rows(ui.historyView, HISTORY_COLUMNS, self)
        ui.historyView.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.historyView.setSortingEnabled(False)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        for combo in (
            ui.recommendationCombo,
            ui.ownerCombo,
            ui.itemAreaCombo,
            ui.progressCombo,
            ui.areaCombo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        # The list as wide as the details, once the page has its width.
        QTimer.singleShot(0, lambda: ui.splitter.setSizes([1, 1]))
        # The history takes the height; the forms below it keep theirs.
        ui.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        start = quarter_of(context.today())
        for back in range(-1, QUARTERS_OFFERED):
            shown = add_months(start, -3 * back)
            ui.quarterCombo.addItem(quarter_label(shown), shown)
        ui.quarterCombo.setCurrentIndex(1)
        ui.areaCombo.addItem("All service areas", None)
        ui.itemAreaCombo.clear()
        with context.db.reading() as session:
            areas = reports.service_area_names(session)
            self.leads = action_plans.strategic_leads(session)
        for area_id, name in areas:
            ui.areaCombo.addItem(name, area_id)
            ui.itemAreaCombo.addItem(name, area_id)
        for key, label in SHOW:
            ui.showCombo.addItem(label, key)
        if actor.has(STRATEGIC_LEAD) and not self.leads_plans:
            ui.showCombo.setCurrentIndex(ui.showCombo.findData(MINE))
        for key in PROGRESS:
            ui.progressCombo.addItem(PROGRESS_LABELS[key], key)
        for lead in self.leads:
            ui.ownerCombo.addItem(lead.label, lead.id)
        today = QDate(context.today().year, context.today().month, context.today().day)
        for edit in (ui.heldEdit, ui.newDueEdit, ui.dueEdit):
            edit.setDate(today)
        ui.dueEdit.setDate(today.addMonths(3))
        ui.newDueEdit.setDate(today.addMonths(3))

        ui.quarterCombo.currentIndexChanged.connect(self.refresh)
        ui.areaCombo.currentIndexChanged.connect(self.refresh)
        ui.showCombo.currentIndexChanged.connect(self.refresh)
        ui.itemsView.selectionModel().currentRowChanged.connect(self._show_selected)
        ui.recordProgressButton.clicked.connect(self.record_progress)
        ui.recordDecisionButton.clicked.connect(self.record_decision)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.saveMeetingButton.clicked.connect(self.save_meeting)
        ui.ownerCombo.currentIndexChanged.connect(self._owner_chosen)
        ui.recommendationCombo.currentIndexChanged.connect(self._recommendation_chosen)
        ui.excelButton.clicked.connect(lambda: self.export(".xlsx"))
        ui.pdfButton.clicked.connect(lambda: self.export(".pdf"))
        ui.heldCheck.toggled.connect(ui.heldEdit.setEnabled)
        ui.newDueCheck.toggled.connect(ui.newDueEdit.setEnabled)

        for widget in (
            ui.heldCheck,
            ui.heldEdit,
            ui.meetingNotesEdit,
            ui.saveMeetingButton,
            ui.notesLabel,
        ):
            widget.setEnabled(self.records_meetings)
        ui.tabs.setTabVisible(1, self.records_meetings)
        ui.tabs.setTabVisible(2, context.can(ACTION_PLAN_WRITE))
        self._fill_recommendations()
        self._owner_chosen()
        self.refresh()

    # reading

    @property
    def quarter(self) -> date:
        chosen: date = self.ui.quarterCombo.currentData()
        return chosen

    def refresh(self, select: int | None = None) -> None:
        ui = self.ui
        today = self.context.today()
        chosen = (
            select if isinstance(select, int) else (self.selected().id if self.selected() else None)
        )
        with self.context.db.reading() as session:
            agenda = meetings.agenda(session, self.quarter)
            if ui.showCombo.currentData() == EVERY:
                everything = action_plans.list_items(
                    session, action_plans.ActionPlanFilter(open_only=False)
                )
                agenda = MeetingAgenda(agenda.meeting, everything)
        self.agenda = agenda
        show = ui.showCombo.currentData()
        area = ui.areaCombo.currentData()
        me = self.context.actor.id
        rows = [
            r
            for r in agenda.items
            if (area is None or r.service_area_id == area)
            and (show != OVERDUE or r.overdue(today))
            and (show != MINE or r.owner_id == me)
        ]
        self.model.set_rows(rows)
        ui.itemsView.resizeColumnsToContents()
        ui.itemsView.setColumnWidth(1, min(ui.itemsView.columnWidth(1), 260))
        ui.itemsView.setColumnWidth(0, min(ui.itemsView.columnWidth(0), 150))
        ui.itemsView.resizeRowsToContents()
        overdue = sum(1 for r in rows if r.overdue(today))
        count = "1 item" if len(rows) == 1 else f"{len(rows):,} items"
        ui.countLabel.setText(count + (f", {overdue:,} overdue" if overdue else ""))
        meeting = agenda.meeting
        ui.heldCheck.setChecked(meeting.held_on is not None)
        ui.heldEdit.setEnabled(meeting.held_on is not None and self.records_meetings)
        if meeting.held_on:
            ui.heldEdit.setDate(
                QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day)
            )
        ui.meetingNotesEdit.setText(meeting.notes)
        ui.newDueEdit.setEnabled(ui.newDueCheck.isChecked())
        if chosen is not None and self.select_item(chosen):
            return
        if rows:
            ui.itemsView.selectRow(0)
        self._show_selected()

    def select_item(self, item_id: int) -> bool:
        for source_row, row in enumerate(self.model.rows):
            if row.id == item_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.ui.itemsView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.itemsView.scrollTo(index)
                return True
        return False

    def selected(self) -> ActionPlanRow | None:
        index = self.ui.itemsView.selectionModel().currentIndex()
        row = self.proxy.row_at(index)
        return row if isinstance(row, ActionPlanRow) else None

    def _may_update(self, row: ActionPlanRow) -> bool:
        actor = self.context.actor
        if not self.context.can(ACTION_PLAN_PROGRESS) or row.status != "open":
            return False
        return actor.has(QA_LEAD) or actor.has(ADMIN) or row.owner_id == actor.id

    def _show_selected(self, *_: Any) -> None:
        ui = self.ui
        row = self.selected()
        ui.problemLabel.clear()
        if row is None:
            ui.itemLabel.setText("Choose an item from the list.")
            self.history.set_rows([])
            for widget in (ui.recordProgressButton, ui.recordDecisionButton):
                widget.setEnabled(False)
            return
        today = self.context.today()
        recommendation = (
            f"<br>From: {_escape(row.recommendation)} ({_escape(row.report)})"
            if row.recommendation
            else ""
        )
        ui.itemLabel.setText(
            f"<b>{_escape(row.action)}</b><br>{_escape(row.service_area)} · owned by "
            f"{_escape(row.owner)} · due {row.due_on:%d %B %Y} · {_escape(row.state(today))}"
            + recommendation
        )
        entries: list[tuple[str, str, str, str, str]] = [
            (f"{e.at:%d %b %Y}", e.person, e.label, e.note, e.at.isoformat()) for e in row.history
        ]
        if self.agenda is not None:
            entries += [
                (
                    f"{d.recorded_at:%d %b %Y}",
                    d.recorded_by,
                    "Meeting",
                    d.decision,
                    d.recorded_at.isoformat(),
                )
                for d in self.agenda.meeting.decisions_for(row.id)
            ]
        entries.sort(key=lambda e: e[4])
        self.history.set_rows(entries)
        ui.historyView.resizeRowsToContents()
        ui.progressCombo.setCurrentIndex(max(0, ui.progressCombo.findData(row.progress)))
        may = self._may_update(row) and not self.context.read_only
        for widget in (ui.progressCombo, ui.progressNoteEdit, ui.recordProgressButton):
            widget.setEnabled(may)
        ui.recordDecisionButton.setEnabled(self.records_meetings and not self.context.read_only)

    # writing

    def _write(self, change: Any) -> Any:
        try:
            with self.context.db.writing() as session:
                return change(session)
        except ConflictError as conflict:
            self.ui.problemLabel.setText(conflict.message)
        except (NotAllowed, StoreError, LookupError) as refused:
            self.ui.problemLabel.setText(getattr(refused, "message", None) or str(refused))
        return None

    def record_progress(self) -> None:
        row = self.selected()
        if row is None:
            return
        note = self.ui.progressNoteEdit.toPlainText()
        progress = self.ui.progressCombo.currentData()
        done = self._write(
            lambda s: action_plans.record_progress(
                s, self.context.actor, row.id, row.version, progress, note
            )
        )
        if done is not None:
            self.ui.progressNoteEdit.clear()
            self.refresh(select=done.id)
            self.ui.problemLabel.setText("")

    def record_decision(self) -> None:
        row = self.selected()
        if row is None:
            return
        ui = self.ui
        words = ui.decisionEdit.toPlainText()
        picked = ui.newDueEdit.date()
        new_due = (
            date(picked.year(), picked.month(), picked.day())
            if ui.newDueCheck.isChecked()
            else None
        )
        close = ui.closeCheck.isChecked()
        done = self._write(
            lambda s: meetings.record_decision(
                s,
                self.context.actor,
                self.quarter,
                row.id,
                words,
                close=close,
                new_due_on=new_due,
                today=self.context.today(),
            )
        )
        if done is not None:
            ui.decisionEdit.clear()
            ui.closeCheck.setChecked(False)
            ui.newDueCheck.setChecked(False)
            self.refresh(select=row.id)

    def save_meeting(self) -> None:
        ui = self.ui
        picked = ui.heldEdit.date()
        held = (
            date(picked.year(), picked.month(), picked.day()) if ui.heldCheck.isChecked() else None
        )
        version = self.agenda.meeting.version if self.agenda else None
        notes = ui.meetingNotesEdit.text()
        done = self._write(
            lambda s: meetings.save_meeting(
                s, self.context.actor, self.quarter, version, held, notes
            )
        )
        if done is not None:
            self.refresh()

    def _fill_recommendations(self) -> None:
        ui = self.ui
        ui.recommendationCombo.clear()
        ui.recommendationCombo.addItem("None: an action of the service's own", None)
        with self.context.db.reading() as session:
            for row in reports.list_reports(session):
                record = reports.load_report(session, row.id)
                for rec in record.text.recommendations:
                    shown = rec.text if len(rec.text) < 70 else rec.text[:67] + "…"
                    ui.recommendationCombo.addItem(
                        f"{record.period.label}: {shown}", (rec.id, rec.service_area_id, rec.text)
                    )

    def _recommendation_chosen(self) -> None:
        chosen = self.ui.recommendationCombo.currentData()
        if chosen is None:
            return
        _id, area_id, text = chosen
        if area_id is not None:
            self.ui.itemAreaCombo.setCurrentIndex(max(0, self.ui.itemAreaCombo.findData(area_id)))
        if not self.ui.actionEdit.toPlainText().strip():
            self.ui.actionEdit.setPlainText(text)

    def _owner_chosen(self) -> None:
        owner = next((s for s in self.leads if s.id == self.ui.ownerCombo.currentData()), None)
        if owner is not None and owner.service_area_id is not None:
            self.ui.itemAreaCombo.setCurrentIndex(
                max(0, self.ui.itemAreaCombo.findData(owner.service_area_id))
            )

    def add_item(self) -> None:
        ui = self.ui
        owner = ui.ownerCombo.currentData()
        area = ui.itemAreaCombo.currentData()
        if owner is None or area is None:
            ui.problemLabel.setText(
                "Choose a Strategic Lead and a service area. If nobody is listed, the QA lead "
                "gives someone the Strategic Lead role on the People and teams page."
            )
            return
        chosen = ui.recommendationCombo.currentData()
        picked = ui.dueEdit.date()
        due = date(picked.year(), picked.month(), picked.day())
        action = ui.actionEdit.toPlainText()
        done = self._write(
            lambda s: action_plans.add_item(
                s,
                self.context.actor,
                service_area_id=area,
                owner_id=owner,
                action=action,
                due_on=due,
                recommendation_id=chosen[0] if chosen else None,
            )
        )
        if done is not None:
            ui.actionEdit.clear()
            ui.showCombo.setCurrentIndex(0)
            self.refresh(select=done.id)

    # exports

    def export(self, suffix: str) -> BackgroundTask | None:
        from qaaudit.exports.reports.action_plan import action_plan_file_name

        if self.agenda is None:
            return None
        suggested = Path.home() / f"{action_plan_file_name(self.agenda)}{suffix}"
        kind = EXCEL_FILES if suffix == ".xlsx" else PDF_FILES
        target = ask_save_path(self, "Export the action plans", suggested, kind)
        if target is None:
            return None
        return self.export_to(target)

    def export_to(self, target: Path) -> BackgroundTask:
        from qaaudit.exports.reports.action_plan import (
            write_action_plan_pdf,
            write_action_plan_workbook,
        )

        assert self.agenda is not None
        agenda, today = self.agenda, self.context.today()
        write = write_action_plan_workbook if target.suffix == ".xlsx" else write_action_plan_pdf

        def work(_progress: Progress) -> Path:
            return write(agenda, target, today)

        self.task = run_in_background(
            self,
            "Export the action plans",
            "Writing the action plans…",
            work,
            "The action plans could not be written. Any earlier file with that name is unchanged.",
            lambda path: self.ui.countLabel.setText(f"Written to {path}"),
        )
        return self.task


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
