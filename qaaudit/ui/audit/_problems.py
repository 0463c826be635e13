"""Problems shown where they are: a red outline and the message under each field, and a
list at the top of the editor whose entries take the manager to the field."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QWidget

from qaaudit.domain.audit import Problem
from qaaudit.ui.audit._area_panel import PracticeAreaPanel
from qaaudit.ui.common.theme import set_flag
from qaaudit.ui.forms.ui_audit_editor import Ui_AuditEditor

FIELD = Qt.ItemDataRole.UserRole


class ProblemDisplay:
    """Shown on the editor's form; the practice area panels are looked up as problems
    arrive, since the editor adds them after this is made."""

    def __init__(
        self,
        ui: Ui_AuditEditor,
        panels: Mapping[str, PracticeAreaPanel],
        actions_model: QAbstractItemModel,
        parent: QObject,
    ) -> None:
        self.ui = ui
        self.panels = panels
        self.actions_model = actions_model
        self.fields: dict[str, tuple[QWidget, QLabel]] = {
            "case_number": (ui.caseNumberEdit, ui.caseNumberEditProblem),
            "audit_month": (ui.auditMonthEdit, ui.auditMonthEditProblem),
            "team": (ui.teamCombo, ui.teamComboProblem),
            "case_holder": (ui.caseHolderEdit, ui.caseHolderEditProblem),
            "discussed_on": (ui.discussedEdit.edit, ui.discussedEditProblem),
            "age_band": (ui.ageBandCombo, ui.ageBandComboProblem),
            "strand": (ui.strandCombo, ui.strandComboProblem),
            "themes": (ui.themesList, ui.themesListProblem),
            "overall": (ui.overallPicker, ui.overallProblem),
            "actions": (ui.actionsView, ui.actionsProblem),
        }
        for _widget, label in self.fields.values():
            label.setObjectName(label.objectName())
            label.setProperty("role", "problem")
            label.hide()
        self.model = QStandardItemModel(parent)
        ui.problemsList.setModel(self.model)
        ui.problemsList.activated.connect(self._go)
        ui.problemsList.clicked.connect(self._go)
        ui.problemsPanel.hide()
        self.shown: list[Problem] = []

    def clear(self) -> None:
        for widget, label in self.fields.values():
            label.clear()
            label.hide()
            set_flag(widget, "problem", False)
        for panel in self.panels.values():
            panel.clear_problems()
        self.model.clear()
        self.ui.problemsPanel.hide()
        self.shown = []

    def show(
        self, problems: list[Problem], completing: bool = False, take_focus: bool = True
    ) -> None:
        self.clear()
        self.shown = list(problems)
        if not problems:
            return
        texts: dict[str, list[str]] = {}
        for problem in problems:
            name = self._base(problem.field)
            if name.startswith("area."):
                parts = problem.field.split(".")
                panel = self.panels.get(parts[1])
                if panel is not None:
                    panel.show_problem(parts[2] if len(parts) > 2 else "judgement", problem.message)
            else:
                texts.setdefault(name, []).append(problem.message)
            item = QStandardItem(problem.message)
            item.setData(problem.field, FIELD)
            item.setEditable(False)
            self.model.appendRow(item)
        for name, messages in texts.items():
            widget, label = self.fields.get(name, self.fields["case_number"])
            label.setText("\n".join(messages))
            label.show()
            set_flag(widget, "problem", True)
        count = len(problems)
        what = "The audit cannot be completed yet" if completing else "This cannot be saved yet"
        self.ui.problemsTitle.setText(
            f"<b>{what}: {count} thing{'s' if count != 1 else ''} to put right.</b> "
            "Choose one to go to its field (Enter or click)."
        )
        self.ui.problemsPanel.show()
        self.ui.problemsList.setCurrentIndex(self.model.index(0, 0))
        if take_focus:
            self.ui.problemsList.setFocus()

    @staticmethod
    def _base(field: str) -> str:
        if field.startswith("actions."):
            return "actions"
        return field

    def _go(self, index: QModelIndex) -> None:
        self.go_to(str(index.data(FIELD)))

    def go_to(self, field: str) -> None:
        """Move focus to the field a problem names."""
        ui = self.ui
        widget: QWidget
        if field.startswith("area."):
            parts = field.split(".")
            panel = self.panels[parts[1]]
            widget = panel.field_widget(parts[2] if len(parts) > 2 else "judgement")
        elif field.startswith("actions."):
            parts = field.split(".")
            widget = ui.actionsView
            if parts[1].isdigit():
                column = {"action": 0, "owner": 1, "due_on": 2}.get(parts[2], 0)
                ui.actionsView.setCurrentIndex(self.actions_model.index(int(parts[1]), column))
        else:
            widget = self.fields.get(field, self.fields["case_number"])[0]
        ui.formScroll.ensureWidgetVisible(widget, 50, 120)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
