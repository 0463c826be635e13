"""The line on the corrective action page that says from which day audits completed as not
yet good open corrective action, and the QA lead's dialog to change that day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qaaudit.domain.permissions import CORRECTIVE_START
from qaaudit.exports.common.files import Cancelled, Progress
from qaaudit.services.audit import follow_up
from qaaudit.services.common.council import corrective_from, set_corrective_from
from qaaudit.ui.common.background import alive, run_in_background
from qaaudit.ui.common.context import AppContext


def describe(day: date | None) -> str:
    if day is None:
        return (
            "Every audit completed in qaaudit as not yet good opens corrective action "
            "(audits imported from a workbook do not)."
        )
    return (
        f"Audits completed in qaaudit as not yet good open corrective action from "
        f"{day.day} {day:%B %Y} (older and imported audits do not)."
    )


class StartDayDialog(QDialog):
    """Choose the first day on which a completed audit opens corrective action."""

    def __init__(self, day: date | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("When corrective action starts")
        words = QLabel(
            "Audits completed as not yet good on or after this day open corrective action, "
            "due by the end of the month after the audit month. Audits completed before it, "
            "and audits imported from a workbook, do not. Corrective action already open or "
            "confirmed is kept whatever day you choose."
        )
        words.setWordWrap(True)
        label = QLabel("&First day:")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        shown = day or today
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.date_edit.setMaximumDate(QDate(today.year + 1, 12, 31))
        label.setBuddy(self.date_edit)
        self.date_edit.setAccessibleName("First day of corrective action")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.date_edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Set this day")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())


class StartDayLine(QWidget):
    """What the rule is, in words, and (for the QA lead) a button to change it."""

    changed = Signal(str)  # what was done, in words

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("correctiveStartLabel")
        self.button = QPushButton("Change the &start day…", self)
        self.button.setObjectName("correctiveStartButton")
        self.button.clicked.connect(self.change)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.button)
        self.button.setVisible(context.can(CORRECTIVE_START) and not context.db.read_only)
        self.refresh()

    def refresh(self) -> None:
        with self.context.db.reading() as session:
            self.day = corrective_from(session)
        self.words.setText(describe(self.day))

    def change(self) -> None:
        dialog = StartDayDialog(self.day, self.context.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.chosen()
        context = self.context
        what = "Opening corrective action for the audits completed since then"

        def work(progress: Progress) -> int:
            # An earlier day may open thousands of actions: off the window's thread.
            progress(0, 0, what)
            with context.db.writing() as session:
                set_corrective_from(session, context.actor, day)
                opened = follow_up.backfill(session, context.actor, context.today())
                if not progress(opened, 0, what):
                    raise Cancelled  # the day and the actions are rolled back together
                return opened

        def done(opened: int) -> None:
            self.refresh()
            said = f"Corrective action starts from {day.day} {day:%B %Y}"
            if opened:
                said += f"; {opened:,} opened for audits completed since then"
            self.changed.emit(said + ".")

        self.button.setEnabled(False)
        task = run_in_background(
            self,
            "Corrective action",
            f"{what}…",
            work,
            "The day could not be changed.",
            done,
        )

        def ended() -> None:
            if alive(self.button):
                self.button.setEnabled(True)

        task.ended.connect(ended)
