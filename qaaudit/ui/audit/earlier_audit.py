"""A re-audit beside the earlier audit of the same case: the overall judgement and each
practice area's judgement and narrative, then and now, and the actions agreed last time,
where the re-auditor says whether each was done. Opened from the audit editor (Go >
Beside the earlier audit, Ctrl+Shift+E); only the re-audit's own auditor answers, while
it is a draft."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from qaaudit.domain.audit_report import ANSWER_LABELS, ANSWERS
from qaaudit.services.audit import earlier_actions
from qaaudit.services.audit.earlier_actions import AreaSideBySide, EarlierAction, SideBySide
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.access import install_access_rules
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel
from qaaudit.ui.common.theme import colour, qcolour
from qaaudit.ui.forms.ui_earlier_audit import Ui_EarlierAuditDialog

NOT_ANSWERED = "Not answered yet"
CHANGE_WORDS = {1: "Better", 0: "The same", -1: "Worse", None: "–"}
OVERALL_WORDS = {
    1: " Better than last time.",
    0: " The same as last time.",
    -1: " Worse than last time.",
}


def _change_colour(change: int | None) -> Any:
    if change == 1:
        return qcolour("good_ink")
    if change == -1:
        return qcolour("not_yet_good_ink")
    return None


AREA_COLUMNS: list[Column[AreaSideBySide]] = [
    Column("Practice area", lambda a: a.short, tip=lambda a: a.title),
    Column("Then", lambda a: a.earlier_judgement),
    Column("Now", lambda a: a.judgement),
    Column(
        "Change",
        lambda a: CHANGE_WORDS[a.change],
        colour=lambda a: _change_colour(a.change),
        bold=lambda a: a.change is not None and a.change != 0,
    ),
]


def _narrative(judgement: str, evidence: str, impact: str) -> str:
    def part(heading: str, text: str) -> str:
        body = escape(text).replace("\n", "<br>") if text.strip() else "<i>Nothing written.</i>"
        return f"<p><b>{heading}</b><br>{body}</p>"

    return (
        f"<p><b>Judgement:</b> {escape(judgement)}</p>"
        + part("Evidence that supports the judgement", evidence)
        + part("Its impact on the child", impact)
    )


class EarlierAuditDialog(QDialog):
    def __init__(self, context: AppContext, audit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_access_rules()
        self.ui = Ui_EarlierAuditDialog()
        self.ui.setupUi(self)
        self.context = context
        self.audit_id = audit_id
        self.view: SideBySide | None = None
        self.answers: dict[int, tuple[str | None, str]] = {}
        self._filling = False
        ui = self.ui
        self.areas: RowsModel[AreaSideBySide] = RowsModel(AREA_COLUMNS, self)
        ui.areasView.setModel(self.areas)
        self.actions: RowsModel[EarlierAction] = RowsModel(
            [
                Column("Action agreed", lambda a: a.action),
                Column("By whom", lambda a: a.owner),
                Column("By when", lambda a: f"{a.due_on:%d %b %Y}" if a.due_on else ""),
                Column("Done?", self._answer_text, bold=lambda a: a.id in self.answers),
            ],
            self,
        )
        ui.actionsView.setModel(self.actions)
        for view in (ui.areasView, ui.actionsView):
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.answerCombo.addItem(NOT_ANSWERED, None)
        for key in ANSWERS:
            ui.answerCombo.addItem(ANSWER_LABELS[key], key)
        ui.areasSplitter.setStretchFactor(0, 2)
        ui.areasSplitter.setStretchFactor(1, 3)
        QTimer.singleShot(0, lambda: ui.areasSplitter.setSizes([2, 3]))
        ui.messageLabel.setStyleSheet(f"color: {colour('muted')};")
        for text in (ui.thenText, ui.nowText):
            text.setTabChangesFocus(True)
        order = (
            ui.areasView,
            ui.thenText,
            ui.nowText,
            ui.actionsView,
            ui.answerCombo,
            ui.answerNoteEdit,
            ui.saveButton,
        )
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        ui.areasView.selectionModel().currentRowChanged.connect(self._area_chosen)
        ui.actionsView.selectionModel().currentRowChanged.connect(self._action_chosen)
        ui.answerCombo.currentIndexChanged.connect(self._answered)
        ui.answerNoteEdit.textEdited.connect(self._answered)
        ui.saveButton.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.load()
        ui.areasView.setFocus()

    def _answer_text(self, action: EarlierAction) -> str:
        answer, _note = self.answers.get(action.id, (action.answer, action.note))
        return ANSWER_LABELS.get(answer or "", NOT_ANSWERED)

    def load(self) -> None:
        with self.context.db.reading() as session:
            self.view = earlier_actions.side_by_side(session, self.audit_id)
        view = self.view
        ui = self.ui
        if view is None:
            ui.headerLabel.setText("This case has not been audited before.")
            return
        ui.headerLabel.setText(
            f"<b>{escape(view.case_number)}</b>: audited in {view.earlier_month:%B %Y} by "
            f"{escape(view.earlier_auditor)}, and again in {view.month:%B %Y} by "
            f"{escape(view.auditor)} (as last saved)."
        )
        ui.overallLabel.setText(
            f"Overall judgement then: {view.earlier_overall}. Now: {view.overall}."
            + OVERALL_WORDS.get(view.overall_change, "")
        )
        ui.thenLabel.setText(f"&Then ({view.earlier_month:%B %Y})")
        ui.nowLabel.setText(f"&Now ({view.month:%B %Y})")
        self.areas.set_rows(view.areas)
        self.actions.set_rows(view.actions)
        ui.actionsView.resizeRowsToContents()
        if view.areas:
            ui.areasView.setCurrentIndex(self.areas.index(0, 0))
        if view.actions:
            ui.actionsView.setCurrentIndex(self.actions.index(0, 0))
        else:
            ui.actionsLabel.setText("No actions were agreed at the earlier audit.")
        may = earlier_actions.may_answer(self.context.actor, view) and not self.context.read_only
        for widget in (ui.answerCombo, ui.answerNoteEdit, ui.saveButton):
            widget.setEnabled(may and bool(view.actions))
        if view.locked:
            ui.messageLabel.setText(
                "This re-audit is completed: its answers are kept as they were."
            )
        elif not may:
            ui.messageLabel.setText("Only the re-audit's own auditor answers these.")
        else:
            ui.messageLabel.setText(
                f"{view.answered} of {len(view.actions)} earlier actions answered."
            )

    def _area_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        area = self.areas.row_at(current.row())
        self.ui.thenText.setHtml(
            _narrative(area.earlier_judgement, area.earlier_evidence, area.earlier_impact)
        )
        self.ui.nowText.setHtml(_narrative(area.judgement, area.evidence, area.impact))

    def _current_action(self) -> EarlierAction | None:
        index = self.ui.actionsView.currentIndex()
        return self.actions.row_at(index.row()) if index.isValid() else None

    def _action_chosen(self, *_: Any) -> None:
        action = self._current_action()
        if action is None:
            return
        answer, note = self.answers.get(action.id, (action.answer, action.note))
        self._filling = True
        self.ui.answerCombo.setCurrentIndex(max(0, self.ui.answerCombo.findData(answer)))
        self.ui.answerNoteEdit.setText(note)
        self._filling = False

    def _answered(self, *_: Any) -> None:
        action = self._current_action()
        if self._filling or action is None:
            return
        self.answers[action.id] = (
            self.ui.answerCombo.currentData(),
            self.ui.answerNoteEdit.text(),
        )
        row = self.ui.actionsView.currentIndex().row()
        self.actions.dataChanged.emit(self.actions.index(row, 3), self.actions.index(row, 3))

    def save(self) -> bool:
        if not self.answers:
            return True
        try:
            with self.context.db.writing() as session:
                self.view = earlier_actions.record_answers(
                    session, self.context.actor, self.audit_id, self.answers
                )
        except (NotAllowed, StoreError) as refused:
            QMessageBox.warning(self, self.windowTitle(), str(refused))
            return False
        self.answers = {}
        chosen = self.ui.actionsView.currentIndex().row()
        self.load()
        if chosen >= 0:
            self.ui.actionsView.setCurrentIndex(self.actions.index(chosen, 0))
        self.ui.messageLabel.setText(self.ui.messageLabel.text() + " Saved.")
        return True

    def reject(self) -> None:
        if self.answers:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                "Save your answers about the earlier actions?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()


def add_to_editor(editor: Any) -> QAction:
    """Go > Beside the earlier audit (Ctrl+Shift+E) in the audit editor (``editor`` is the
    AuditEditor, which imports this module)."""
    action = QAction("Beside the &earlier audit…", editor)
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    action.setToolTip("The earlier audit of this case beside this one, and its agreed actions")

    def open_beside() -> None:
        if editor.audit_id is None or editor.record is None or editor.record.previous is None:
            with editor.context.db.reading() as session:
                view = (
                    earlier_actions.side_by_side(session, editor.audit_id)
                    if editor.audit_id is not None
                    else None
                )
            if view is None:
                QMessageBox.information(
                    editor,
                    "Beside the earlier audit",
                    "This case has not been audited before (or the audit is not saved yet), "
                    "so there is nothing to put beside it.",
                )
                return
        assert editor.audit_id is not None
        dialog = EarlierAuditDialog(editor.context, editor.audit_id, editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.earlier_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    action.triggered.connect(open_beside)
    editor.ui.menuGo.addSeparator()
    editor.ui.menuGo.addAction(action)
    editor.addAction(action)
    return action
