"""The judgement control: one focus stop whose choices are picked with their letter
(E, M, D, N) or number (1-4), the arrow keys, or the mouse. Each choice shows its words,
its key and, once chosen, its colour."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from qaaudit.domain.instrument import Grade
from qaaudit.ui.common.theme import grade_colour, ink_on

NO_CHOICE = -1


class JudgementPicker(QWidget):
    """Choose one grade, or none yet."""

    changed = Signal(object)  # the grade key, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(3, 3, 3, 3)
        self._layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self._clicked)
        self._grades: list[Grade] = []
        self._buttons: list[QToolButton] = []
        self._value: str | None = None
        self._read_only = False
        self._subject = "Judgement"

    def set_grades(self, grades: Sequence[Grade], subject: str = "Judgement") -> None:
        for button in self._buttons:
            self._group.removeButton(button)
            button.deleteLater()
        self._grades = list(grades)
        self._buttons = []
        self._subject = subject
        last = len(self._grades) - 1
        for index, grade in enumerate(self._grades):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(f"{grade.label}  ({grade.shortcut})")
            button.setToolTip(f"{grade.label}: press {grade.shortcut} or {index + 1}")
            button.setObjectName("judgementChoice")
            position = "first" if index == 0 else ("last" if index == last else "middle")
            button.setProperty("segment", position)
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {grade_colour(grade)};"
                f" color: {ink_on(grade_colour(grade))};"
                f" border-color: {grade_colour(grade)}; }}"
            )
            self._group.addButton(button, index)
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.setAccessibleName(subject)
        self._show()

    @property
    def grades(self) -> list[Grade]:
        return list(self._grades)

    def value(self) -> str | None:
        return self._value

    def set_value(self, key: str | None) -> None:
        """Show a stored judgement without announcing a change."""
        self._value = key if any(g.key == key for g in self._grades) else None
        self._show()

    def choose(self, key: str | None) -> None:
        """A person chose: show it and announce it."""
        if self._read_only or key == self._value:
            return
        self.set_value(key)
        self.changed.emit(self._value)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self._read_only = read_only
        for button in self._buttons:
            button.setEnabled(not read_only or button.isChecked())

    def isReadOnly(self) -> bool:  # noqa: N802
        return self._read_only

    def label(self) -> str:
        for grade in self._grades:
            if grade.key == self._value:
                return grade.label
        return "Not judged"

    def _index(self) -> int:
        for index, grade in enumerate(self._grades):
            if grade.key == self._value:
                return index
        return NO_CHOICE

    def _show(self) -> None:
        current = self._index()
        for index, button in enumerate(self._buttons):
            button.setChecked(index == current)
        self.setAccessibleDescription(f"{self._subject}: {self.label()}")

    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._read_only:
            self._show()
            return
        key = self._grades[index].key
        self.choose(None if key == self._value else key)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        text = event.text().upper()
        for index, grade in enumerate(self._grades):
            if text and (text == grade.shortcut.upper() or text == str(index + 1)):
                self.choose(grade.key)
                return
        key = event.key()
        current = self._index()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self._grades:
            self.choose(self._grades[min(current + 1, len(self._grades) - 1)].key)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self._grades:
            self.choose(self._grades[max(current - 1, 0)].key)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.choose(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(self.palette().highlight().color()), 2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
