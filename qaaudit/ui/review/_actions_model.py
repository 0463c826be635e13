"""The actions identified in one judgement area (or by the panel) as an editable table:
action, owner, due by, priority, done on. Dates are typed as dd/mm/yyyy so the table
can be filled from the keyboard alone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from qaaudit.domain.review import ACTION_OVERDUE, ReviewAction
from qaaudit.ui.common.fields import format_date, parse_date
from qaaudit.ui.common.theme import qcolour

ACTION, OWNER, DUE, PRIORITY, DONE = range(5)
HEADINGS = ("Action", "Owner", "Due by", "Priority", "Done on")

Index = QModelIndex | QPersistentModelIndex


class ReviewActionsModel(QAbstractTableModel):
    problem = Signal(str)
    edited = Signal()

    def __init__(self, area_key: str | None, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.area_key = area_key
        self.today = today
        self.read_only = False
        self._actions: list[ReviewAction] = []

    # -- the rows -------------------------------------------------------------
    def set_actions(self, actions: list[ReviewAction]) -> None:
        self.beginResetModel()
        self._actions = [ReviewAction(**a.__dict__) for a in actions]
        self.endResetModel()

    def actions(self) -> list[ReviewAction]:
        return [ReviewAction(**a.__dict__) for a in self._actions]

    def append(self, action: ReviewAction | None = None) -> int:
        row = len(self._actions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._actions.append(action or ReviewAction(area_key=self.area_key))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._actions):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._actions[row]
            self.endRemoveRows()
            self.edited.emit()

    def action_at(self, row: int) -> ReviewAction:
        return self._actions[row]

    # -- Qt -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADINGS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.column() == PRIORITY:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ACTION:
                return action.action
            if column == OWNER:
                return action.owner
            if column == DUE:
                text = format_date(action.due_on)
                overdue = action.state(self.today) == ACTION_OVERDUE
                return (
                    f"{text} (overdue)" if overdue and role == Qt.ItemDataRole.DisplayRole else text
                )
            if column == DONE:
                return format_date(action.done_on)
            if column == PRIORITY and role == Qt.ItemDataRole.DisplayRole:
                return "Priority" if action.priority else ""
        if role == Qt.ItemDataRole.CheckStateRole and column == PRIORITY:
            return Qt.CheckState.Checked if action.priority else Qt.CheckState.Unchecked
        overdue = action.state(self.today) == ACTION_OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and overdue:
            return QBrush(qcolour("overdue_ink"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (DUE, DONE):
            return "Type a date as dd/mm/yyyy, e.g. 30/09/2017"
        if role == Qt.ItemDataRole.ToolTipRole and column in (ACTION, OWNER):
            return action.action if column == ACTION else action.owner
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        action = self._actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == PRIORITY:
            action.priority = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and column in (ACTION, OWNER):
            setattr(action, "action" if column == ACTION else "owner", str(value))
        elif role == Qt.ItemDataRole.EditRole and column in (DUE, DONE):
            try:
                parsed = parse_date(str(value).replace("(overdue)", ""))
            except ValueError:
                self.problem.emit(
                    f"“{value}” is not a date: type it as dd/mm/yyyy, e.g. 30/09/2017."
                )
                return False
            if column == DONE and parsed and parsed > self.today:
                self.problem.emit("An action cannot be done in the future.")
                return False
            if column == DUE:
                action.due_on = parsed
            else:
                action.done_on = parsed
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
