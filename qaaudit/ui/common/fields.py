"""Small input widgets used on the forms: a date a manager can type or pick (or leave
empty), and a narrative box where Tab moves on and Ctrl+Tab types a tab."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

DATE_HELP = "Write the date as day/month/year, for example 20/11/2017."
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateFormatError(ValueError):
    pass


def parse_date(text: str) -> date | None:
    """A date as people in England write it; empty text is no date."""
    if not text.strip():
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
    else:
        found = _DMY.match(text)
        if not found:
            raise DateFormatError(DATE_HELP)
        day, month, year = (int(x) for x in found.groups())
        if year < 100:
            year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise DateFormatError(f"There is no such date. {DATE_HELP}") from None


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DateField(QWidget):
    """A date typed as dd/mm/yyyy or picked from a calendar; it may be left empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("dd/mm/yyyy (leave empty if not yet)")
        self.edit.setObjectName("dateText")
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip("Pick from a calendar (Alt+Down)")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.textChanged.connect(self.changed)
        self.button.clicked.connect(self.show_calendar)
        self._calendar: QCalendarWidget | None = None

    def text(self) -> str:
        return self.edit.text()

    def value(self) -> date | None:
        """The date, or None if empty; raises DateFormatError if it cannot be read."""
        return parse_date(self.edit.text())

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value))

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        try:
            current = self.value() or date.today()
        except DateFormatError:
            current = date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.setMaximumDate(QDate.currentDate())
        calendar.activated.connect(lambda d: self._picked(d, calendar))
        calendar.clicked.connect(lambda d: self._picked(d, calendar))
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        self._calendar = calendar

    def _picked(self, picked: QDate, calendar: QCalendarWidget) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        calendar.close()
        self.edit.setFocus()


class ChoiceGrid(QListView):
    """Checkable choices laid out in even columns that fit the width, read across."""

    COLUMN_WIDTH = 290

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        width = max(1, self.viewport().width() - 2)
        columns = max(1, width // self.COLUMN_WIDTH)
        self.setGridSize(QSize(width // columns, self.fontMetrics().height() + 8))
        super().resizeEvent(event)


class MonthField(QDateEdit):
    """A month and year. Tab leaves the field, as everywhere else on the form (a plain
    date edit would use Tab to step from the month to the year)."""

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next_child)

    def month(self) -> date:
        value = self.date()
        return date(value.year(), value.month(), 1)


class NarrativeEdit(QPlainTextEdit):
    """Plain text that grows with what is written. Tab moves to the next field, as in
    every other box on the form; Ctrl+Tab types a tab character."""

    MIN_LINES = 3
    MAX_LINES = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)

    def event(self, event):  # type: ignore[no-untyped-def]
        # Ctrl+Tab would otherwise be taken for moving between windows or fields.
        if (
            event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def _fit(self, *_args: object) -> None:
        lines = max(self.MIN_LINES, min(self.MAX_LINES, int(self.document().size().height()) + 1))
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + int(self.document().documentMargin() * 2)
            + margins.top()
            + margins.bottom()
            + 4
        )
        self.setFixedHeight(height)

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit()
