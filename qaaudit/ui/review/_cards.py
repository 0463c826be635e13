"""The parts of the review editor built from the template: one card per judgement area
(judgement, comments, evidence, actions identified), the judgement picker and the
actions table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qaaudit.domain.review import ReviewAction, ReviewRow
from qaaudit.domain.review_instrument import JudgementArea, Lens, ReviewInstrument
from qaaudit.ui.common.theme import colour, ink_on
from qaaudit.ui.review._actions_model import ACTION, DUE, OWNER, PRIORITY, ReviewActionsModel

# Okabe-Ito, as in the PDF: distinguishable with colour-blindness, and always with words.
FILL = {"O": "#0072B2", "G": "#56B4E9", "RI": "#E69F00", "I": "#D55E00"}
INK = {key: ink_on(fill) for key, fill in FILL.items()}  # 4.5:1 or better on each
KEYS = {
    Qt.Key.Key_I: "I",
    Qt.Key.Key_R: "RI",
    Qt.Key.Key_G: "G",
    Qt.Key.Key_O: "O",
    Qt.Key.Key_1: "I",
    Qt.Key.Key_2: "RI",
    Qt.Key.Key_3: "G",
    Qt.Key.Key_4: "O",
}


class JudgementPicker(QFrame):
    """I, RI, G or O. Takes focus as one stop: press I, R, G or O (or 1-4); Delete clears;
    Left and Right move along the scale."""

    changed = Signal()

    def __init__(self, instrument: ReviewInstrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgementPicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Where the keyboard is must show: a strong outline while the picker has focus.
        self.setStyleSheet(
            f"QFrame#judgementPicker {{ border: 1px solid {colour('border_strong')};"
            " border-radius: 3px; }"
            f"QFrame#judgementPicker:focus {{ border: 2px solid {colour('accent_line')};"
            f" background: {colour('focus_bg')}; }}"
        )
        self._order = [j.key for j in instrument.judgements]
        self._value: str | None = None
        self._read_only = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(3)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[str, QToolButton] = {}
        for judgement in instrument.judgements:
            button = QToolButton(self)
            button.setText(judgement.key)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(f"{judgement.label} (press {judgement.key[0]})")
            button.setMinimumWidth(38)
            button.setStyleSheet(
                "QToolButton { padding: 3px 6px; font-weight: bold; }"
                f"QToolButton:checked {{ background: {FILL[judgement.key]}; "
                f"color: {INK[judgement.key]}; border: 1px solid #333; }}"
            )
            button.clicked.connect(lambda _=False, k=judgement.key: self._clicked(k))
            self.group.addButton(button)
            self.buttons[judgement.key] = button
            layout.addWidget(button)
        self.meaning = QLabel("Not judged", self)
        self.meaning.setMinimumWidth(200)
        layout.addWidget(self.meaning)
        self._labels = {j.key: j.label for j in instrument.judgements}
        self.setAccessibleName("Judgement")

    def value(self) -> str | None:
        return self._value

    def set_value(self, key: str | None, *, notify: bool = False) -> None:
        self._value = key if key in self.buttons else None
        for name, button in self.buttons.items():
            button.setChecked(name == self._value)
        self.meaning.setText(self._labels[self._value] if self._value else "Not judged")
        self.setAccessibleDescription(self.meaning.text())
        if notify:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons.values():
            button.setEnabled(not read_only or button.isChecked())

    def _clicked(self, key: str) -> None:
        if self._read_only:
            self.set_value(self._value)
            return
        self.set_value(None if key == self._value else key, notify=True)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self._read_only or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if key in KEYS:
            self.set_value(KEYS[key], notify=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None, notify=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            index = self._order.index(self._value) + step if self._value else 0
            self.set_value(self._order[max(0, min(index, len(self._order) - 1))], notify=True)
        else:
            super().keyPressEvent(event)


class ActionsEditor(QWidget):
    """The "Actions identified" of one area: a short table with Add and Remove."""

    edited = Signal()

    def __init__(
        self, area_key: str | None, today: date, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = ReviewActionsModel(area_key, today, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(label)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Tab leaves the table (to Add action and the next area); while a cell is being
        # edited, Tab still moves to the next cell.
        self.view.setTabKeyNavigation(False)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OWNER, 180)
        for column in (DUE, PRIORITY, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setVisible(False)
        self.empty = QLabel("None", self)
        self.empty.setStyleSheet("color: #555; font-style: italic;")
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {colour('problem')};")
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton("Add action", self)
        self.add_button.setToolTip("Add an action with its owner and due date")
        self.remove_button = QPushButton("Remove action", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.model.problem.connect(self._problem)
        self.model.edited.connect(self._changed)
        self.model.rowsInserted.connect(self._fit)
        self.model.rowsRemoved.connect(self._fit)
        self.model.modelReset.connect(self._fit)
        self._fit()

    def set_actions(self, actions: list[ReviewAction]) -> None:
        self.model.set_actions(actions)

    def actions(self) -> list[ReviewAction]:
        self.commit_open_edit()
        return self.model.actions()

    def commit_open_edit(self) -> None:
        """A cell still being typed in counts: Qt commits on Return only after the event
        loop turns, and a save may come first (Return then Ctrl+S)."""
        editor = QApplication.focusWidget()
        if (
            self.view.state() == QAbstractItemView.State.EditingState
            and editor is not None
            and self.view.isAncestorOf(editor)
        ):
            self.view.commitData(editor)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self._fit()

    def add(self, action: ReviewAction | None = None) -> None:
        row = self.model.append(action if isinstance(action, ReviewAction) else None)
        index = self.model.index(row, ACTION)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        action = self.model.action_at(row)
        if not action.is_blank():
            answer = QMessageBox.question(
                self,
                "Remove action",
                f"Remove the action “{action.action[:80]}”?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.model.remove(row)

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _changed(self) -> None:
        self.message.hide()
        self._fit()
        self.edited.emit()

    def _fit(self, *_: Any) -> None:
        rows = self.model.rowCount()
        self.view.setVisible(rows > 0)
        self.empty.setVisible(rows == 0 and self.model.read_only)
        self.remove_button.setEnabled(rows > 0)
        height = self.view.horizontalHeader().height() + 2 * self.view.frameWidth() + 2
        height += sum(self.view.rowHeight(r) for r in range(rows))
        self.view.setFixedHeight(height)


class GrowingTextEdit(QPlainTextEdit):
    """A narrative box as tall as its text (within limits), so a page of cards reads like
    the template's table rather than a column of scroll bars. Tab moves on."""

    MIN_LINES = 4
    MAX_LINES = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = self.document().size().height()  # in lines for a plain text layout
        shown = max(self.MIN_LINES, min(self.MAX_LINES, int(lines) + 1))
        margins = self.contentsMargins()
        height = shown * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 10
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()


class JudgementAreaCard(QFrame):
    """One row of a lens table: judgement, comments, evidence and actions identified."""

    edited = Signal()

    def __init__(
        self,
        instrument: ReviewInstrument,
        lens: Lens,
        area: JudgementArea,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"card_{area.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        columns = instrument.columns
        self.title = QLabel(area.title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title.setFont(font)
        self.picker = JudgementPicker(instrument, self)
        self.picker.setAccessibleName(f"Judgement: {area.title}")
        self.earlier = QLabel("", self)
        self.earlier.setStyleSheet("color: #555;")
        self.comments = self._text_edit(f"{columns.comments}: {area.title}", lens.comments_guidance)
        self.evidence = self._text_edit(
            f"{columns.evidence}: {area.title}", columns.evidence_guidance
        )
        self.comments_label = QLabel(columns.comments, self)
        self.evidence_label = QLabel(columns.evidence, self)
        self.comments_label.setBuddy(self.comments)
        self.evidence_label.setBuddy(self.evidence)
        self.source_note = QLabel(
            "Figures from qaaudit, filled in when the review was started: check them, add "
            "what they mean, or use Refresh figures.",
            self,
        )
        self.source_note.setWordWrap(True)
        self.source_note.setStyleSheet("color: #555; font-style: italic;")
        self.source_note.setVisible(bool(area.prefill))
        self.actions = ActionsEditor(area.key, today, f"{columns.actions}: {area.title}", self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {colour('problem')};")
        self.problem.setWordWrap(True)
        self.problem.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.earlier)
        top.addWidget(self.picker)
        grid = QGridLayout()
        grid.addWidget(self.comments_label, 0, 0)
        grid.addWidget(self.evidence_label, 0, 1)
        top_left = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.comments, 1, 0, top_left)
        grid.addWidget(self.evidence, 1, 1, top_left)
        grid.addWidget(self.source_note, 2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(grid)
        layout.addWidget(QLabel(columns.actions, self))
        layout.addWidget(self.actions)
        self.picker.changed.connect(self.edited)
        self.comments.textChanged.connect(self.edited)
        self.evidence.textChanged.connect(self.edited)
        self.actions.edited.connect(self.edited)

    def _text_edit(self, name: str, guidance: str) -> GrowingTextEdit:
        edit = GrowingTextEdit(self)
        edit.setPlaceholderText(guidance)
        edit.setToolTip(guidance)
        edit.setAccessibleName(name)
        return edit

    def set_row(self, row: ReviewRow) -> None:
        self.picker.set_value(row.judgement)
        self.comments.setPlainText(row.comments)
        self.evidence.setPlainText(row.evidence)

    def row(self) -> ReviewRow:
        return ReviewRow(
            self.comments.toPlainText(), self.evidence.toPlainText(), self.picker.value()
        )

    def set_earlier(self, text: str) -> None:
        self.earlier.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.picker.set_read_only(read_only)
        self.comments.setReadOnly(read_only)
        self.evidence.setReadOnly(read_only)
        self.actions.set_read_only(read_only)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ border: 2px solid {colour('problem')}; }}"
            if text
            else ""
        )


def lens_heading(lens: Lens, parent: QWidget) -> QLabel:
    heading = QLabel(f"{lens.number}. {lens.title} - {lens.question}", parent)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    heading.setFont(font)
    heading.setObjectName(f"lens_{lens.key}")
    return heading


def lens_guidance(instrument: ReviewInstrument, lens: Lens, parent: QWidget) -> QLabel:
    columns = instrument.columns
    label = QLabel(
        f"{columns.comments}: {lens.comments_guidance}\n"
        f"{columns.evidence}: {columns.evidence_guidance}\n"
        f"{columns.judgement}: "
        + ", ".join(f"{j.key} {j.label}" for j in instrument.judgements)
        + ". Press I, R, G or O (or 1-4) in the judgement box.",
        parent,
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"background: {colour('prompt_bg')}; color: {colour('ink')};"
        f" border: 1px solid {colour('border')}; padding: 6px;"
    )
    label.setObjectName(f"guidance_{lens.key}")
    return label
