"""One practice area of the case file audit, built from the template: its title, the
judgement first, then the narrative under the two headings the hints and tips ask for.
The area's guidance prompts are one key away (F1)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from qaaudit.domain.audit import AreaEntry
from qaaudit.domain.instrument import AuditInstrument, PracticeArea
from qaaudit.ui.audit.judgement import JudgementPicker
from qaaudit.ui.common.fields import NarrativeEdit
from qaaudit.ui.common.theme import grade_ink, repolish, set_flag


def _underline(text: str, letter: str) -> str:
    """Show the key of an area shortcut the way a mnemonic is shown."""
    at = text.lower().find(letter.lower())
    if at < 0:
        return escape(text)
    return f"{escape(text[:at])}<u>{escape(text[at])}</u>{escape(text[at + 1 :])}"


class PracticeAreaPanel(QFrame):
    """Alt+J, Alt+V and Alt+I move to the judgement, evidence and impact of the area that
    has focus (the shortcuts belong to the area, so the twelve never clash)."""

    changed = Signal()

    def __init__(
        self,
        number: int,
        area: PracticeArea,
        instrument: AuditInstrument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.area = area
        self.number = number
        self.instrument = instrument
        self.setObjectName("practiceArea")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.title = QLabel(f"{number}. {area.title}")
        self.title.setObjectName("areaTitle")
        self.title.setWordWrap(True)
        self.earlier = QLabel()
        self.earlier.setObjectName("earlierJudgement")
        self.earlier.hide()
        top.addWidget(self.title, 1)
        top.addWidget(self.earlier, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.prompts = QLabel(self._prompts_html())
        self.prompts.setObjectName("areaPrompts")
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        self.prompts.hide()
        layout.addWidget(self.prompts)

        row = QHBoxLayout()
        judgement_label = QLabel(_underline("Judgement", "j"))
        judgement_label.setObjectName("fieldLabel")
        self.picker = JudgementPicker(self)
        grades = [
            g for g in instrument.grades if area.may_be_not_applicable or not g.not_applicable
        ]
        self.picker.set_grades(grades, subject=f"Judgement for {area.short}")
        judgement_label.setBuddy(self.picker)
        key_hint = QLabel("F1 prompts")
        key_hint.setObjectName("keyHint")
        row.addWidget(judgement_label)
        row.addWidget(self.picker)
        row.addStretch(1)
        row.addWidget(key_hint)
        layout.addLayout(row)
        self.judgement_problem = self._problem_label(layout)

        self.evidence_heading, self.impact_heading = instrument.headings_for(area)
        self.evidence_label = QLabel(_underline(self.evidence_heading, "v"))
        self.evidence_label.setObjectName("fieldLabel")
        self.evidence = NarrativeEdit(self)
        self.evidence.setAccessibleName(f"{area.short}: {self.evidence_heading}")
        self.evidence_label.setBuddy(self.evidence)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence)
        self.evidence_problem = self._problem_label(layout)

        self.impact_label = QLabel(_underline(self.impact_heading, "i"))
        self.impact_label.setObjectName("fieldLabel")
        self.impact = NarrativeEdit(self)
        self.impact.setAccessibleName(f"{area.short}: {self.impact_heading}")
        self.impact_label.setBuddy(self.impact)
        layout.addWidget(self.impact_label)
        layout.addWidget(self.impact)
        self.impact_problem = self._problem_label(layout)
        if not self.impact_heading:
            # The area has one narrative box.
            self.impact_label.hide()
            self.impact.hide()

        for key, target in (
            ("Alt+J", self.picker),
            ("Alt+V", self.evidence),
            ("Alt+I", self.impact),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(target.setFocus)

        self.picker.changed.connect(self._judged)
        self.evidence.textChanged.connect(self.changed)
        self.impact.textChanged.connect(self.changed)
        self.setTabOrder(self.picker, self.evidence)
        self.setTabOrder(self.evidence, self.impact)

    def _problem_label(self, layout: QVBoxLayout) -> QLabel:
        label = QLabel()
        label.setObjectName("problemText")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        return label

    def _prompts_html(self) -> str:
        items = "".join(f"<li>{escape(p)}</li>" for p in self.area.prompts)
        return f"<ul style='margin:0; -qt-list-indent:1'>{items}</ul>"

    def _judged(self, _key: object) -> None:
        self._show_applicability()
        self.changed.emit()

    def _show_applicability(self) -> None:
        key = self.picker.value()
        not_applicable = bool(key) and self.instrument.grade(str(key)).not_applicable
        suffix = " (optional when not applicable)" if not_applicable else ""
        self.evidence_label.setText(_underline(self.evidence_heading, "v") + suffix)
        self.impact_label.setText(_underline(self.impact_heading, "i") + suffix)

    # what is on screen <-> the form

    def entry(self) -> AreaEntry:
        return AreaEntry(
            self.picker.value(), self.evidence.toPlainText(), self.impact.toPlainText()
        )

    def set_entry(self, entry: AreaEntry) -> None:
        self.picker.set_value(entry.judgement)
        for box, text in ((self.evidence, entry.evidence), (self.impact, entry.impact)):
            if box.toPlainText() != text:
                box.setPlainText(text)
        self._show_applicability()

    def set_earlier(self, judgement: str | None, when: str) -> None:
        """Show the judgement of the earlier audit of this case beside the new one."""
        if judgement is None:
            text, colour = "Earlier: not judged", grade_ink(None)
        else:
            try:
                grade = self.instrument.grade(judgement)
                text, colour = f"Earlier: {grade.label}", grade_ink(grade)
            except KeyError:
                text, colour = f"Earlier: {judgement}", grade_ink(None)
        self.earlier.setText(text)
        self.earlier.setToolTip(f"The judgement for this area in the audit of {when}")
        self.earlier.setStyleSheet(f"color: {colour}; border-color: {colour};")
        self.earlier.show()

    def set_read_only(self, read_only: bool) -> None:
        self.picker.setReadOnly(read_only)
        for box in (self.evidence, self.impact):
            box.setReadOnly(read_only)
            repolish(box)

    def toggle_prompts(self, show: bool | None = None) -> None:
        self.prompts.setVisible(not self.prompts.isVisible() if show is None else show)

    def focus_judgement(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # problems at their fields

    def field_widget(self, part: str) -> QWidget:
        return {"judgement": self.picker, "evidence": self.evidence, "impact": self.impact}[part]

    def show_problem(self, part: str, message: str) -> None:
        label = {
            "judgement": self.judgement_problem,
            "evidence": self.evidence_problem,
            "impact": self.impact_problem,
        }[part]
        label.setText(message)
        label.show()
        set_flag(self.field_widget(part), "problem", True)

    def clear_problems(self) -> None:
        for label in (self.judgement_problem, self.evidence_problem, self.impact_problem):
            label.hide()
            label.clear()
        for part in ("judgement", "evidence", "impact"):
            set_flag(self.field_widget(part), "problem", False)
