"""The program's read-only table: a list of plain rows (dataclasses from the services)
shown through columns described as data: the text of each cell, the raw value to sort by
(so numbers, months and dates sort properly), the alignment, a tip, a colour. The model
sorts its rows on those raw values when a heading is clicked; ``RowsProxy`` keeps the rows
that pass a test and hold every word typed in a search box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
Colour = QColor | str
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_VALUE = -1.0  # a figure that cannot be worked out sorts below every figure


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None  # the raw value; the text (any case) if None
    right: bool = False  # numbers line up on the right
    tip: Callable[[Row], str] | None = None  # the text itself if None
    colour: Callable[[Row], Colour | None] | None = None
    background: Callable[[Row], Colour | None] | None = None
    bold: Callable[[Row], bool] | None = None

    def raw(self, row: Row) -> Any:
        """The value the column sorts by; a figure that cannot be worked out sorts below
        every figure."""
        value = self.sort(row) if self.sort else self.text(row).casefold()
        return NO_VALUE if value is None else value


def _brush(colour: Colour | None) -> QBrush | None:
    return None if colour is None else QBrush(QColor(colour))


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before words, words in any case: as the table compared them."""
    if isinstance(value, str):
        return 1, value.casefold()
    return 0, value


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows are sorted here, in Python, once per row, rather than by the view's proxy,
    which asks for two values for every comparison it makes: 25,000 corrective actions
    took four seconds to sort that way. So ``rows`` holds the rows in the order on screen:
    look a row up there, not by its place in the list given to ``set_rows``."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._natural: list[Row] = []  # as they came, for no column chosen
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.set_table(self.columns, rows)

    def set_table(self, columns: Sequence[Column[Row]], rows: Sequence[Row]) -> None:
        """New columns and rows at once (a table whose columns depend on what it shows),
        in the order last chosen by a heading."""
        self.beginResetModel()
        self.columns = list(columns)
        self._natural = list(rows)
        self.rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort by a column's raw values (no column: the order the rows came in), keeping
        the selection on the same rows."""
        self._sorted = None if column < 0 else (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        held = [(self.rows[i.row()], i.column()) for i in kept]
        if self._sorted is None:
            self.rows = list(self._natural)
        self._apply_sort()
        place = {id(row): n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            kept, [self.index(place[id(row)], column) for row, column in held]
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sorted is None or self._sorted[0] >= len(self.columns):
            return
        number, order = self._sorted
        raw = self.columns[number].raw
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            self.rows.sort(key=lambda row: _sort_key(raw(row)), reverse=descending)
        except TypeError:  # values of different kinds in one column: as text
            self.rows.sort(key=lambda row: str(raw(row)).casefold(), reverse=descending)

    def set_title(self, column: int, title: str) -> None:
        self.columns[column] = replace(self.columns[column], title=title)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 (Qt's name)
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.raw(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(row) if column.tip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            return _brush(column.colour(row))
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return _brush(column.background(row))
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


class RowsProxy(QSortFilterProxyModel):
    """Sorts on the raw values; keeps the rows that pass ``accept`` and hold every word
    typed in the search box, in any column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._accept: Callable[[Any], bool] | None = None  # every row
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowsModel):
            model.sort_rows(column, order)  # the proxy keeps the model's order
            return
        super().sort(column, order)

    def set_accept(self, accept: Callable[[Any], bool]) -> None:
        self._refilter(lambda: setattr(self, "_accept", accept))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._accept is None and not self._words:
            return True
        model = self.sourceModel()
        if self._accept is not None:
            row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
            if not self._accept(row):
                return False
        if not self._words:
            return True
        text = " ".join(
            str(model.index(source_row, c, source_parent).data() or "")
            for c in range(model.columnCount())
        ).casefold()
        return all(word in text for word in self._words)

    def row_at(self, proxy_index: QModelIndex) -> Any:
        """The row behind a cell of the view (None for no cell)."""
        if not proxy_index.isValid():
            return None
        return self.mapToSource(proxy_index).data(ROW_ROLE)


def show_rows(view: QTableView, columns: Sequence[Column[Any]], parent: QObject) -> RowsModel[Any]:
    """Put a rows model behind ``view`` for a table of figures: rows in their natural order
    (months in turn, weakest first) until the person clicks a heading, columns as wide as
    their contents."""
    model: RowsModel[Any] = RowsModel(columns, parent)
    proxy = RowsProxy(parent)
    proxy.setSourceModel(model)
    view.setSortingEnabled(False)
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return model
