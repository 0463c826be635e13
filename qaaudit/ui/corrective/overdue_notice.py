"""The notice a service manager sees when the program opens: cases audited as less than
good whose corrective action is overdue, in one line until "Which cases" opens the list.

The main window calls ``overdue_notice_for(context)`` at start; it returns None when
nothing is overdue, otherwise a panel to put at the top of the window. Its
``showRequested`` signal asks the window to open the corrective action page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QFrame, QWidget

from qaaudit.services.corrective.actions import CorrectiveActionRow, overdue_for
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import colour
from qaaudit.ui.forms.ui_overdue_notice import Ui_OverdueNotice


def notice_style() -> str:
    """Amber with a darker border: a warning that does not rely on red or green."""
    return (
        f"QFrame#OverdueNotice {{ background: {colour('warning_bg')};"
        f" border: 1px solid {colour('warning_line')}; border-radius: 4px; }}"
        f" QFrame#OverdueNotice QLabel {{ background: transparent; color: {colour('warning_ink')}; }}"
    )


def headline(count: int) -> str:
    if count == 1:
        return "1 case audited as less than good has corrective action overdue."
    return f"{count:,} cases audited as less than good have corrective action overdue."


def line_for(row: CorrectiveActionRow, today: date) -> str:
    team = row.team or "no team recorded"
    return (
        f"{row.case_number} · {team} · audited {row.audit_month:%B %Y} · "
        f"{row.describe(today).split(' (')[0].lower()}"
    )


class OverdueNotice(QFrame):
    showRequested = Signal()
    dismissed = Signal()

    def __init__(
        self, items: list[CorrectiveActionRow], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OverdueNotice()
        self.ui.setupUi(self)
        self.setStyleSheet(notice_style())
        self.items = items
        bold = self.ui.headlineLabel.font()
        bold.setBold(True)
        self.ui.headlineLabel.setFont(bold)
        self.ui.headlineLabel.setText(headline(len(items)))
        self.lines = QStringListModel([line_for(row, today) for row in items], self)
        self.ui.caseList.setModel(self.lines)
        # One line until asked: the cases and why they are listed show on "Which cases".
        self.ui.detailsButton.toggled.connect(self.expand)
        self.expand(False)
        self.ui.showButton.clicked.connect(self.showRequested)
        self.ui.dismissButton.clicked.connect(self._dismiss)

    def expand(self, shown: bool) -> None:
        self.ui.caseList.setVisible(shown and bool(self.items))
        self.ui.explanationLabel.setVisible(shown)
        if self.ui.detailsButton.isChecked() != shown:
            self.ui.detailsButton.setChecked(shown)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


def overdue_notice_for(context: AppContext, parent: QWidget | None = None) -> OverdueNotice | None:
    with context.db.reading() as session:
        items = overdue_for(session, context.actor, context.today())
    if not items:
        return None
    return OverdueNotice(items, context.today(), parent)
