"""What an instrument's definition changes on the audit editor's form: the words of the
header boxes every form has, the instrument's own header fields (worker observed,
setting, ...), the headings of its sections, and the boxes it does without (age band,
audit themes) when it has none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from qaaudit.domain.instrument import AuditInstrument, Section
from qaaudit.ui.common.theme import repolish
from qaaudit.ui.forms.ui_audit_editor import Ui_AuditEditor

# The header grid's rows used by the boxes every form has (see forms/audit_editor.ui).
FIRST_FREE_ROW = 6


def _words(text: str) -> str:
    return text.replace("&", "")


def _relabel(label: QLabel, words: str) -> None:
    """New words for a label, keeping its mnemonic when the words are the same."""
    if _words(label.text()) != words:
        label.setText(words)


def apply_header_words(ui: Ui_AuditEditor, instrument: AuditInstrument) -> None:
    """The labels the instrument gives the boxes every form has; what it lacks is hidden."""
    for key, label in (
        ("case_number", ui.caseNumberLabel),
        ("case_holder", ui.caseHolderLabel),
        ("discussed_on", ui.discussedLabel),
        ("age_band", ui.ageBandLabel),
        ("strand", ui.strandLabel),
        ("audited_previously", ui.previousLabel),
    ):
        if (
            instrument.has_header(key)
            and _words(label.text()) != instrument.header_field(key).label
        ):
            _relabel(label, instrument.header_field(key).label)
            if key == "case_holder":
                ui.caseHolderEdit.setPlaceholderText("")
    for widget, label in (
        ()
        if instrument.key == "case_file_audit"
        else (
            (ui.caseNumberEdit, ui.caseNumberLabel),
            (ui.caseHolderEdit, ui.caseHolderLabel),
            (ui.discussedEdit, ui.discussedLabel),
            (ui.ageBandCombo, ui.ageBandLabel),
            (ui.strandCombo, ui.strandLabel),
        )
    ):
        widget.setAccessibleName(_words(label.text()))
    if not instrument.age_bands:
        ui.ageBandLabel.hide()
        ui.ageBandCombo.hide()
    if not instrument.themes:
        ui.themesLabel.hide()
        ui.themesList.hide()
    if instrument.key != "case_file_audit":
        ui.headerGroup.setTitle(instrument.title)
    _relabel(ui.overallLabel, instrument.overall_label)
    if _words(ui.overallGroup.title()) != instrument.overall_label:
        ui.overallGroup.setTitle(instrument.overall_label)
    if ui.actionsGroup.title() != instrument.actions_title:
        ui.actionsGroup.setTitle(instrument.actions_title)


def add_section_heading(layout: Any, section: Section, parent: QWidget) -> None:
    """A section's title (and guidance) above its first area."""
    if not section.title:
        return
    title = QLabel(section.title, parent)
    title.setObjectName("sectionTitle")
    title.setWordWrap(True)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    title.setAccessibleName(f"Section: {section.title}")
    layout.addWidget(title)
    if section.guidance:
        guidance = QLabel(section.guidance, parent)
        guidance.setObjectName("sectionGuidance")
        guidance.setWordWrap(True)
        layout.addWidget(guidance)


class OwnFields:
    """The instrument's own header fields, below the boxes every form has: a list of
    choices where the definition gives them, a line of text otherwise."""

    def __init__(
        self,
        ui: Ui_AuditEditor,
        instrument: AuditInstrument,
        changed: Callable[..., None],
        owner: QWidget,
    ) -> None:
        self.widgets: dict[str, QComboBox | QLineEdit] = {}
        grid = ui.headerGrid
        height = ui.caseNumberEdit.sizeHint().height()
        for index, field in enumerate(instrument.own_fields):
            row = FIRST_FREE_ROW + index // 2
            column = (index % 2) * 2
            label = QLabel(field.label, ui.headerGroup)
            label.setObjectName(f"field_{field.key}Label")
            label.setWordWrap(True)
            label.setMinimumHeight(height)
            box = QVBoxLayout()
            widget: QComboBox | QLineEdit
            if field.choices:
                combo = QComboBox(ui.headerGroup)
                combo.addItem("", "")
                for choice in field.choices:
                    combo.addItem(choice, choice)
                combo.currentIndexChanged.connect(changed)
                widget = combo
            else:
                line = QLineEdit(ui.headerGroup)
                line.setMaxLength(2000)
                line.textEdited.connect(changed)
                widget = line
            widget.setObjectName(f"field_{field.key}")
            widget.setAccessibleName(field.label)
            label.setBuddy(widget)
            problem = QLabel(ui.headerGroup)
            problem.setObjectName(f"field_{field.key}Problem")
            problem.setWordWrap(True)
            problem.setProperty("role", "problem")
            problem.hide()
            box.addWidget(widget)
            box.addWidget(problem)
            grid.addWidget(label, row, column, 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(box, row, column + 1, 1, 1)
            self.widgets[field.key] = widget
            self.problem_labels = getattr(self, "problem_labels", {})
            self.problem_labels[field.key] = problem
        previous: QWidget = ui.themesList if instrument.themes else ui.strandCombo
        for widget in self.widgets.values():
            owner.setTabOrder(previous, widget)
            previous = widget

    def last_widget(self) -> QWidget | None:
        return list(self.widgets.values())[-1] if self.widgets else None

    def problem_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        labels = getattr(self, "problem_labels", {})
        return {f"field.{key}": (w, labels[key]) for key, w in self.widgets.items()}

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self.widgets.items():
            text = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            if text:
                out[key] = str(text)
        return out

    def set_values(self, values: dict[str, str]) -> None:
        for key, widget in self.widgets.items():
            value = values.get(key, "")
            if isinstance(widget, QComboBox):
                found = widget.findData(value)
                if found < 0 and value:
                    # A value no longer among the choices is kept, not lost.
                    widget.addItem(value, value)
                    found = widget.count() - 1
                widget.setCurrentIndex(max(0, found))
            elif widget.text() != value:
                widget.setText(value)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QComboBox):
                widget.setEnabled(not read_only)
            else:
                widget.setReadOnly(read_only)
                repolish(widget)
