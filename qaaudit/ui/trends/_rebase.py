"""The QA lead rebases the trend charts: from a month on, a new centre line and limits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from qaaudit.domain.trends import month_label
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.trends.rebases import Rebase, add_rebase, rebases, remove_rebase
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, show_rows
from qaaudit.ui.forms.ui_trend_rebase import Ui_RebaseDialog

COLUMNS = [
    Column("From", lambda r: month_label(r.starts_on), lambda r: r.starts_on.toordinal()),
    Column("Why", lambda r: r.reason),
]


class RebaseDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RebaseDialog()
        self.ui.setupUi(self)
        today = context.today()
        self.ui.monthEdit.setDate(QDate(today.year, today.month, 1))
        self.model = show_rows(self.ui.rebaseTable, COLUMNS, self)
        self.ui.addButton.clicked.connect(lambda: self.add())
        # clicked(bool) would fill in ``confirm``: the person is always asked.
        self.ui.removeButton.clicked.connect(lambda: self.remove_chosen())
        self.ui.closeButton.clicked.connect(self.accept)
        self.load()

    def load(self) -> None:
        with self.context.db.reading() as session:
            self.rows: list[Rebase] = rebases(session)
        self.model.set_rows(self.rows)
        self.ui.removeButton.setEnabled(bool(self.rows))

    def add(self) -> None:
        value = self.ui.monthEdit.date()
        month = date(value.year(), value.month(), 1)
        try:
            with self.context.db.writing() as session:
                add_rebase(session, self.context.actor, month, self.ui.reasonEdit.text())
        except (ValueError, NotAllowed) as problem:
            self.ui.messageLabel.setText(str(problem))
            return
        except StoreError as fault:
            self.ui.messageLabel.setText(fault.message)
            return
        self.ui.messageLabel.setText(f"The charts start again from {month_label(month)}.")
        self.ui.reasonEdit.clear()
        self.load()
        self.changed.emit()

    def chosen(self) -> Rebase | None:
        rows = self.ui.rebaseTable.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.ui.rebaseTable.model().mapToSource(rows[0])  # type: ignore[attr-defined]
        return self.model.row_at(source.row())

    def remove_chosen(self, confirm: bool = True) -> None:
        rebase = self.chosen()
        if rebase is None:
            self.ui.messageLabel.setText("Choose the rebase to remove in the table first.")
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                "Remove the rebase",
                f"Remove the rebase from {month_label(rebase.starts_on)}? The charts will "
                "then run on across that month.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.context.db.writing() as session:
                remove_rebase(session, self.context.actor, rebase.id)
        except (LookupError, NotAllowed) as problem:
            self.ui.messageLabel.setText(str(problem))
            return
        except StoreError as fault:
            self.ui.messageLabel.setText(fault.message)
            return
        self.ui.messageLabel.setText(f"Removed the rebase from {month_label(rebase.starts_on)}.")
        self.load()
        self.changed.emit()
