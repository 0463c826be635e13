"""The agreed actions of an audit as an editable table: action, by whom, by when.

Dates are kept as typed until the audit is saved, so a date in the wrong format is shown
at its row with a message, never thrown away."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from qaaudit.domain.audit import AgreedAction, Problem
from qaaudit.ui.common.fields import DateFormatError, format_date, parse_date

Index = QModelIndex | QPersistentModelIndex

ACTION, OWNER, DUE = range(3)
HEADERS = ("Action", "By whom", "By when")


@dataclass
class ActionRow:
    action: str = ""
    owner: str = ""
    due_text: str = ""
    done_on: Any = None

    def has_text(self) -> bool:
        return bool(self.action.strip() or self.owner.strip() or self.due_text.strip())


class AgreedActionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self._read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return HEADERS[section]
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.action, row.owner, row.due_text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DUE:
            return "Day/month/year, for example 30/04/2018"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        row = self._rows[index.row()]
        text = str(value or "")
        if index.column() == ACTION:
            row.action = text
        elif index.column() == OWNER:
            row.owner = text
        else:
            row.due_text = text
        self.dataChanged.emit(index, index)
        return True

    # rows

    def add_row(self) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(ActionRow())
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    def row(self, position: int) -> ActionRow:
        return self._rows[position]

    def set_actions(self, actions: list[AgreedAction]) -> None:
        self.beginResetModel()
        self._rows = [
            ActionRow(a.action, a.owner, format_date(a.due_on), a.done_on) for a in actions
        ]
        self.endResetModel()

    def actions(self) -> tuple[list[AgreedAction], list[Problem]]:
        """What is in the table, and any date that cannot be read (at its row)."""
        result: list[AgreedAction] = []
        problems: list[Problem] = []
        for position, row in enumerate(self._rows):
            try:
                due = parse_date(row.due_text)
            except DateFormatError as error:
                due = None
                problems.append(
                    Problem(f"actions.{position}.due_on", f"Action {position + 1}: {error}")
                )
            result.append(AgreedAction(row.action, row.owner, due, row.done_on))
        return result, problems
