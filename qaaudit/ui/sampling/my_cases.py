""" "Cases to audit this month" on My month: the cases the draw gave the person at the
screen, how far each audit has got, and a button that starts the audit with the case
number, team, strand, age band and case holder already filled in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QWidget

from qaaudit.domain.audit import AuditForm
from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.services.audit.audits import blank_form
from qaaudit.services.sampling.allocations import DONE, TO_DO, AllocatedCase, my_cases
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.common.theme import qcolour
from qaaudit.ui.forms.ui_my_cases import Ui_MyCases

COLUMNS: list[Column[AllocatedCase]] = [
    Column("Case number", lambda c: c.case_number),
    Column("Team", lambda c: c.team),
    Column("Legal status", lambda c: c.legal_status_label),
    Column("Age band", lambda c: c.age_band),
    Column("Allocated worker", lambda c: c.case_holder),
    Column("How chosen", lambda c: c.kind_label, tip=lambda c: c.reason or c.kind_label),
    Column(
        "Audit",
        lambda c: c.state_label,
        lambda c: (c.state != TO_DO, c.state == DONE),
        colour=lambda c: qcolour("done_ink") if c.state == DONE else None,
        bold=lambda c: c.state == TO_DO,
    ),
]


def prefilled_form(case: AllocatedCase, today: date) -> AuditForm:
    """A new audit of an allocated case, with what the case list says about it."""
    form = blank_form(today, case.team_id)
    form.case_number = case.case_number
    form.audit_month = case.month
    form.strand = case.strand
    form.age_band = case.age_band
    form.case_holder = case.case_holder
    return form


class MyCasesWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MyCases()
        self.ui.setupUi(self)
        self.model: RowsModel[AllocatedCase] = RowsModel(COLUMNS, self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.casesView.setModel(self.proxy)
        self.ui.casesView.verticalHeader().setVisible(False)
        header = self.ui.casesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.casesView.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.casesView.activated.connect(lambda _i: self.start_selected())
        self.ui.casesView.doubleClicked.connect(lambda _i: self.start_selected())
        self.ui.startButton.clicked.connect(self.start_selected)
        self.refresh()

    def refresh(self) -> None:
        month = self.context.today().replace(day=1)
        with self.context.db.reading() as session:
            cases = my_cases(session, self.context.actor, month)
        self.model.set_rows(cases)
        self.setVisible(bool(cases))
        left = sum(1 for c in cases if c.state == TO_DO)
        done = sum(1 for c in cases if c.state == DONE)
        self.ui.summaryLabel.setText(
            f"The QA lead's draw gave you {len(cases)} case{'s' if len(cases) != 1 else ''} "
            f"for {month:%B %Y}: {left} not started, {done} completed."
        )
        if cases and not self.ui.casesView.currentIndex().isValid():
            self.ui.casesView.setCurrentIndex(self.proxy.index(0, 0))
        self._selected(self.ui.casesView.currentIndex())

    def selected(self) -> AllocatedCase | None:
        index = self.ui.casesView.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index)  # type: ignore[no-any-return]

    def _selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        case = self.selected() if index.isValid() else None
        if case is None:
            self.ui.startButton.setEnabled(False)
            return
        if case.audit_id is None:
            self.ui.startButton.setText("&Start the audit")
            self.ui.startButton.setEnabled(self.context.can(AUDIT_DRAFT))
        else:
            self.ui.startButton.setText("&Open the audit")
            self.ui.startButton.setEnabled(True)

    def start_selected(self) -> None:
        case = self.selected()
        opener = self.context.opener
        if case is None or opener is None:
            return
        if case.audit_id is not None:
            opener.open_audit(case.audit_id)
        elif self.context.can(AUDIT_DRAFT):
            opener.start_audit(prefilled_form(case, self.context.today()))
        self.refresh()
