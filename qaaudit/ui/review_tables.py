"""Read-only table models for the review pages: rows are plain dataclasses from the
review services, columns say how to show and how to sort each value. Sorting and
filtering happen in a QSortFilterProxyModel on the raw value kept in ``SORT_ROLE``."""

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
from PySide6.QtGui import QBrush, QColor

from qaaudit.ui.review_cards import FILL, INK

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    heading: str
    show: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    judgement: Callable[[Row], str | None] | None = None  # colour the cell by I/RI/G/O
    warn: Callable[[Row], bool] | None = None  # vermillion text, e.g. overdue
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort else column.show(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        key = column.judgement(row) if column.judgement else None
        if role == Qt.ItemDataRole.BackgroundRole and key in FILL:
            return QBrush(QColor(FILL[key]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in INK:
                return QBrush(QColor(INK[key]))
            if column.warn and column.warn(row):
                return QBrush(QColor("#B34700"))
        return None


class RowsFilter(QSortFilterProxyModel):
    """Sorts on raw values; keeps rows that pass ``accept`` and contain the search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.accept: Callable[[Any], bool] = lambda row: True
        self.search = ""

    def set_accept(self, accept: Callable[[Any], bool]) -> None:
        self._refilter(lambda: setattr(self, "accept", accept))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "search", text.strip().lower()))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        row = model.rows[source_row]
        if not self.accept(row):
            return False
        if not self.search:
            return True
        return any(self.search in c.show(row).lower() for c in model.columns)

    def row_at(self, proxy_index: QModelIndex) -> Any:
        if not proxy_index.isValid():
            return None
        return self.mapToSource(proxy_index).data(ROW_ROLE)
