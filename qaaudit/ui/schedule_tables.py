"""Table models for the schedule pages: rows (plain dataclasses from the services) shown
through named columns, with raw sort values in UserRole so a QSortFilterProxyModel sorts
numbers and months properly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#D55E00")  # vermillion: reads as a warning, colour-blind safe
DONE_COLOUR = QColor("#0072B2")


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    right: bool = False
    colour: Callable[[Row], QColor | None] | None = None
    bold: Callable[[Row], bool] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


class SearchProxy(QSortFilterProxyModel):
    """Sorts by the raw values in UserRole and keeps rows where any column holds every
    word typed in the search box."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self._words = text.casefold().split()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.data(model.index(source_row, c, source_parent)) or "")
            for c in range(model.columnCount())
        ).casefold()
        return all(word in text for word in self._words)
