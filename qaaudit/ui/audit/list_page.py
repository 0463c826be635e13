"""The Audits page: every audit the person may see, filtered, sorted and found by case
number; open one, or start a re-audit of its case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.services.audit.listing import AuditFilter
from qaaudit.services.common.actor import person_names, team_choices
from qaaudit.ui.audit import list_actions as audit_actions
from qaaudit.ui.audit.table import AuditTableModel, configure_view, service_source
from qaaudit.ui.common.background import say_read, say_reading, say_unread
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.forms.ui_audit_list import Ui_AuditListPage

ANY = QDate(2000, 1, 1)
FIND_DELAY_MS = 250


def _month(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), 1)


class AuditListPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AuditListPage()
        self.ui.setupUi(self)
        # A council's whole list is read off the window's thread: the window stays free
        # while a slow server answers, and says it is reading.
        self.model = AuditTableModel(*service_source(context), self, background=True)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_failure)
        # A reason given there may take two lines, as wide as the row leaves it.
        self.ui.countLabel.setWordWrap(True)
        self.ui.bottomRow.setStretchFactor(self.ui.countLabel, 1)
        configure_view(self.ui.auditView, self.model)
        self._fill_choices()
        self._find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._find_timer.timeout.connect(self.apply_filter)

        ui = self.ui
        ui.findEdit.textChanged.connect(lambda _text: self._find_timer.start())
        for edit in (ui.fromEdit, ui.toEdit):
            edit.dateChanged.connect(self.apply_filter)
        for combo in (
            ui.areaCombo,
            ui.teamCombo,
            ui.auditorCombo,
            ui.strandCombo,
            ui.overallCombo,
            ui.statusCombo,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.auditView.doubleClicked.connect(lambda _i: self.open_selected())
        ui.auditView.activated.connect(lambda _i: self.open_selected())
        ui.auditView.customContextMenuRequested.connect(
            lambda pos: audit_actions.context_menu(context, ui.auditView, self, pos)
        )
        ui.openButton.clicked.connect(self.open_selected)
        ui.reauditButton.clicked.connect(
            lambda: audit_actions.reaudit_selected(context, ui.auditView, self)
        )
        ui.newButton.clicked.connect(self._new)
        ui.newButton.setEnabled(context.can(AUDIT_DRAFT))
        ui.reauditButton.setEnabled(context.can(AUDIT_DRAFT))
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(ui.findEdit.setFocus)
        again = QShortcut(QKeySequence("F5"), self)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.activated.connect(self.refresh)
        ui.auditView.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.apply_filter()

    def _fill_choices(self) -> None:
        ui = self.ui
        with self.context.db.reading() as session:
            teams = team_choices(session)
            people = person_names(session)
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setMinimumDate(ANY)
            edit.setDate(ANY)
        ui.areaCombo.addItem("Any", None)
        seen: set[int] = set()
        for team in teams:
            if team.service_area_id not in seen:
                seen.add(team.service_area_id)
                ui.areaCombo.addItem(team.service_area, team.service_area_id)
        ui.teamCombo.addItem("Any", None)
        for team in teams:
            ui.teamCombo.addItem(team.label, team.id)
        ui.auditorCombo.addItem("Anyone", None)
        for person_id, name in people.items():
            ui.auditorCombo.addItem(name, person_id)
        instrument = current_audit_instrument()
        ui.strandCombo.addItem("Any", None)
        for strand in instrument.strands:
            ui.strandCombo.addItem(strand, strand)
        ui.overallCombo.addItem("Any", None)
        ui.overallCombo.addItem("Good (exceeds or meets)", ("headline", "good"))
        ui.overallCombo.addItem("Not yet good", ("headline", "not_yet_good"))
        for grade in instrument.grades:
            if not grade.not_applicable:
                ui.overallCombo.addItem(grade.label, ("overall", grade.key))
        ui.statusCombo.addItem("Any", None)
        ui.statusCombo.addItem("Draft", "draft")
        ui.statusCombo.addItem("Completed", "completed")
        for combo in (ui.areaCombo, ui.teamCombo, ui.auditorCombo, ui.strandCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        flt = self.model.filter
        flt.case_number = ui.findEdit.text().strip() or None
        flt.month_from = _month(ui.fromEdit)
        flt.month_to = _month(ui.toEdit)
        flt.service_area_id = ui.areaCombo.currentData()
        flt.team_id = ui.teamCombo.currentData()
        flt.auditor_id = ui.auditorCombo.currentData()
        flt.strand = ui.strandCombo.currentData()
        flt.overall = flt.headline = None
        chosen = ui.overallCombo.currentData()
        if chosen:
            kind, value = chosen
            if kind == "headline":
                flt.headline = value
            else:
                flt.overall = value
        flt.status = ui.statusCombo.currentData()
        return flt

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_state()

    @property
    def reading(self) -> bool:
        """Whether a new list is on its way."""
        return self.model.reading

    def refresh(self) -> None:
        self.model.refresh()
        self._show_state()

    def _show_state(self) -> None:
        """The count, or that a new list is on its way."""
        if not self.model.reading:
            self._show_count()
            return
        say_reading(self.ui.countLabel, self.ui.auditView, "Reading the audits…", "count")

    def _show_failure(self, message: str) -> None:
        """The list on screen stays as it was; the count says why it is not the new one."""
        say_unread(self.ui.countLabel, self.ui.auditView, message)

    def audit_saved(self, audit_id: int) -> None:
        """After a save: only the saved audit's row is read again."""
        self.model.audit_changed(audit_id)  # a new audit: the list is read again
        self._show_state()

    def _show_count(self) -> None:
        total = self.model.total
        say_read(
            self.ui.countLabel,
            self.ui.auditView,
            f"{total:,} audit{'s' if total != 1 else ''}",
            "count",
        )
        if total and not self.ui.auditView.currentIndex().isValid():
            self.ui.auditView.setCurrentIndex(self.model.index(0, 0))

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (
            ui.findEdit,
            ui.fromEdit,
            ui.toEdit,
            ui.areaCombo,
            ui.teamCombo,
            ui.auditorCombo,
            ui.strandCombo,
            ui.overallCombo,
            ui.statusCombo,
        )
        for widget in widgets:
            widget.blockSignals(True)
        ui.findEdit.clear()
        ui.fromEdit.setDate(ANY)
        ui.toEdit.setDate(ANY)
        for combo in widgets[3:]:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def find_case(self, case_number: str) -> None:
        self.ui.findEdit.setText(case_number)
        self._find_timer.stop()
        self.apply_filter()

    def open_selected(self) -> None:
        audit_actions.open_selected(self.context, self.ui.auditView)

    def selected_audit_id(self) -> int | None:
        row = audit_actions.selected_row(self.ui.auditView)
        return row.id if row else None

    def _new(self) -> None:
        if self.context.opener is not None:
            self.context.opener.new_audit()
