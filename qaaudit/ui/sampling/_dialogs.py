"""The sampling page's dialogs: which columns of a case list hold what the draw needs
(asked once, remembered), and a targeted case or a swap with its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from qaaudit.domain.sampling import CASE_COLUMNS, missing_columns
from qaaudit.exports.sampling.case_list_file import CaseListFile
from qaaudit.ui.common.theme import colour
from qaaudit.ui.forms.ui_allocation_change_dialog import Ui_AllocationChangeDialog
from qaaudit.ui.forms.ui_case_columns_dialog import Ui_CaseColumnsDialog

NOT_IN_LIST = "(not in the list)"


class CaseColumnsDialog(QDialog):
    """One choice per column the draw reads, among the list's headings."""

    def __init__(self, listed: CaseListFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseColumnsDialog()
        self.ui.setupUi(self)
        self.listed = listed
        self.ui.problemLabel.setStyleSheet(f"color: {colour('problem')};")
        self.combos: dict[str, QComboBox] = {}
        for column in CASE_COLUMNS:
            combo = QComboBox(self)
            combo.setAccessibleName(f"Column holding {column.label.lower()}")
            if not column.required:
                combo.addItem(NOT_IN_LIST, None)
            for position, heading in enumerate(listed.headings):
                combo.addItem(heading or f"(column {position + 1}, no heading)", position)
            chosen = listed.columns.get(column.key)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
            elif column.required:
                combo.setCurrentIndex(-1)
            label = QLabel(f"{column.label}{'' if column.required else ' (if there is one)'}:")
            label.setBuddy(combo)
            self.ui.columnsForm.addRow(label, combo)
            self.combos[column.key] = combo
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def chosen(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for key, combo in self.combos.items():
            position = combo.currentData()
            if combo.currentIndex() >= 0 and position is not None:
                found[key] = int(position)
        return found

    def _accept(self) -> None:
        found = self.chosen()
        labels = {c.key: c.label for c in CASE_COLUMNS}
        missing = missing_columns(found)
        if missing:
            self.ui.problemLabel.setText(
                "Choose the column for " + ", ".join(labels[k] for k in missing) + "."
            )
            return
        if len(set(found.values())) != len(found):
            self.ui.problemLabel.setText("Each column of the list can hold only one of these.")
            return
        self.listed.columns = found
        self.accept()


class AllocationChangeDialog(QDialog):
    """A targeted case (case number, auditor, reason) or a swap (reason, and a case number
    if the QA lead chooses the case; empty draws one at random)."""

    def __init__(
        self,
        auditors: list[tuple[int, str]],
        *,
        swap_of: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AllocationChangeDialog()
        self.ui.setupUi(self)
        self.ui.problemLabel.setStyleSheet(f"color: {colour('problem')};")
        for person_id, name in auditors:
            self.ui.auditorCombo.addItem(name, person_id)
        if swap_of is not None:
            self.setWindowTitle("Swap a case")
            self.ui.introLabel.setText(
                f"Case {swap_of} is withdrawn and its auditor is given another. Leave the case "
                "number empty to draw one at random from the eligible cases of the same legal "
                "status. The reason is kept with both."
            )
            self.ui.auditorLabel.hide()
            self.ui.auditorCombo.hide()
            self.ui.caseEdit.setPlaceholderText("empty: drawn at random")
        else:
            self.ui.introLabel.setText(
                "A case chosen on purpose (for a themed audit, say). It must be on this month's "
                "case list. The reason is kept with the allocation."
            )
        self.swap = swap_of is not None
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _accept(self) -> None:
        if not self.swap and not self.ui.caseEdit.text().strip():
            self.ui.problemLabel.setText("Type the case number.")
            return
        if not self.ui.reasonEdit.toPlainText().strip():
            self.ui.problemLabel.setText("Say why: the reason is kept with the allocation.")
            return
        self.accept()

    @property
    def case_number(self) -> str:
        return self.ui.caseEdit.text().strip()

    @property
    def auditor_id(self) -> int | None:
        data = self.ui.auditorCombo.currentData()
        return int(data) if data is not None else None

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()
