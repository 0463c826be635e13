"""A lazy table of audits: rows come a page at a time from the audit list service, and
sorting asks the service again, so it stays quick with tens of thousands of audits.
The model holds rows and never SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from qaaudit.domain.instrument import all_instruments, current_audit_instrument, current_instrument
from qaaudit.services.audit.listing import AuditFilter, AuditRow, count_audits, list_audits
from qaaudit.ui.common.background import NewestRead
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import headline_colour

Index = QModelIndex | QPersistentModelIndex
ROW = Qt.ItemDataRole.UserRole
SORT_VALUE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
READ_IT = object()  # audit_changed reads the row itself

# (heading, sort key in the service)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("No.", "id"),
    ("Case number", "case_number"),
    ("Month", "audit_month"),
    ("Service area", "service_area"),
    ("Team", "team"),
    ("Auditor", "auditor"),
    ("Strand", "strand"),
    ("Overall", "overall"),
    ("Good / not yet good", "overall"),
    ("Type", "audit_type"),
    ("Status", "status"),
)
(NUMBER, CASE, MONTH, AREA, TEAM, AUDITOR, STRAND, OVERALL, HEADLINE, TYPE, STATUS) = range(
    len(COLUMNS)
)

Counter = Callable[[AuditFilter], int]
Reader = Callable[[AuditFilter, int, int], list[AuditRow]]


def service_source(context: AppContext) -> tuple[Counter, Reader]:
    """Count and read through the audit list service, one short session each."""

    def count(flt: AuditFilter) -> int:
        with context.db.reading() as session:
            return count_audits(session, context.actor, flt)

    def read(flt: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
        with context.db.reading() as session:
            return list_audits(session, context.actor, flt, offset, limit)

    return count, read


def _grade_label(key: str | None) -> str:
    if not key:
        return ""
    try:
        return current_audit_instrument().grade(key).label
    except KeyError:
        # Another form's grade (a grade key means the same in every form).
        for instrument in all_instruments().values():
            for grade in instrument.grades:
                if grade.key == key:
                    return grade.label
        return key


def _type_label(audit_type: str) -> str:
    if audit_type in ("audit", "re-audit"):
        return "Re-audit" if audit_type == "re-audit" else "Audit"
    try:
        return current_instrument(audit_type).title
    except KeyError:
        return audit_type


class AuditTableModel(QAbstractTableModel):
    """``background``: a whole new list (another filter, another sort, read again) is
    read off the window's thread; the rows on screen stay until it arrives, and
    ``loaded`` or ``failed`` says when it has. Without, it is read at once (short lists)."""

    loaded = Signal()
    failed = Signal(str)  # why, in plain words

    def __init__(
        self, count: Counter, read: Reader, parent: Any = None, background: bool = False
    ) -> None:
        super().__init__(parent)
        self._count = count
        self._read = read
        self._filter = AuditFilter()  # the list asked for
        self._shown = AuditFilter()  # the list on screen, until the one asked for arrives
        self._rows: list[AuditRow] = []
        self._total = 0
        self._background = background
        self._reader = NewestRead("The audits could not be read.", self)
        self._reader.failed.connect(self.failed)

    # what to show

    @property
    def filter(self) -> AuditFilter:
        return replace(self._filter)

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: AuditFilter) -> None:
        self._filter = replace(flt)
        self.refresh()

    def refresh(self) -> None:
        if self._background:
            self._read_in_background()
            return
        flt = replace(self._filter)
        self._show(*self._first_page(flt), flt)

    def _first_page(self, flt: AuditFilter) -> tuple[list[AuditRow], int]:
        rows = self._read(flt, 0, PAGE)
        # A list that fits on one page needs no count (a query fewer at start-up).
        return rows, len(rows) if len(rows) < PAGE else self._count(flt)

    def _show(self, rows: list[AuditRow], total: int, flt: AuditFilter) -> None:
        self.beginResetModel()
        self._rows, self._total, self._shown = rows, total, flt
        self.endResetModel()

    @property
    def reading(self) -> bool:
        return self._reader.reading

    def _read_in_background(self) -> None:
        flt, first_page = replace(self._filter), self._first_page

        def show(result: tuple[list[AuditRow], int]) -> None:
            self._show(*result, flt)
            self.loaded.emit()

        self._reader.ask(lambda: first_page(flt), show)

    def row_of(self, audit_id: int, any_status: bool = False) -> AuditRow | None:
        """The audit's row as this list reads it (whatever its status, if asked), or None
        when it is not one of the list's audits."""
        flt = replace(self._shown, ids=[audit_id])
        if any_status:
            flt.status = None
        [row] = self._read(flt, 0, 1) or [None]
        return row

    def fits(self, row: AuditRow) -> bool:
        """Whether a row read for another list with the same filter but any status belongs
        in this one."""
        return not self._shown.status or row.status == self._shown.status

    def audit_changed(self, audit_id: int, now: AuditRow | None | object = READ_IT) -> None:
        """One audit was saved: its row is read again and redrawn alone, or taken out if
        it no longer fits the filter. An audit not yet in the list (a new one) brings the
        list back from the top, where it belongs. ``now`` is the row when the caller has
        read it already (None: it no longer belongs)."""
        if self.reading:  # the list on its way may have been read before the save
            self.refresh()
            return
        if now is READ_IT:
            now = self.row_of(audit_id)
        assert now is None or isinstance(now, AuditRow)
        place = next((n for n, row in enumerate(self._rows) if row.id == audit_id), None)
        if place is None:
            if now is not None:
                self.refresh()
            return
        if now is None:
            self.beginRemoveRows(QModelIndex(), place, place)
            del self._rows[place]
            self._total -= 1
            self.endRemoveRows()
            return
        self._rows[place] = now
        self.dataChanged.emit(self.index(place, 0), self.index(place, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort_key and descending == self._filter.descending and self._rows:
            return
        self._filter.sort_key, self._filter.descending = key, descending
        self.refresh()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        # Not while another list is on its way: more rows of this one would mix the two.
        return not parent.isValid() and not self.reading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        if self.reading:
            return
        more = self._read(self._shown, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    # the table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == ROW:
            return row
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (OVERALL, HEADLINE)
            and row.headline
        ):
            return QColor(headline_colour(row.headline == "good"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: AuditRow, column: int) -> str:
        if column == NUMBER:
            return str(row.id)
        if column == CASE:
            return row.case_number
        if column == MONTH:
            return row.audit_month.strftime("%b %Y")
        if column == AREA:
            return row.service_area
        if column == TEAM:
            return row.team
        if column == AUDITOR:
            return row.auditor
        if column == STRAND:
            return row.strand
        if column == OVERALL:
            return _grade_label(row.overall)
        if column == HEADLINE:
            return {"good": "Good", "not_yet_good": "Not yet good"}.get(row.headline or "", "")
        if column == TYPE:
            return _type_label(row.audit_type)
        return "Completed" if row.status == "completed" else "Draft"


def configure_view(view: Any, model: AuditTableModel, hide: tuple[int, ...] = ()) -> None:
    """The usual look of an audit table: whole rows, sensible widths, compact rows."""
    from PySide6.QtWidgets import QHeaderView

    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    widths = {
        NUMBER: 52,
        CASE: 104,
        MONTH: 80,
        AREA: 160,
        TEAM: 170,
        AUDITOR: 140,
        STRAND: 190,
        OVERALL: 140,
        HEADLINE: 150,
        TYPE: 72,
        STATUS: 88,
    }
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionsMovable(True)
    # The judgement sits next to the case it is about; where the case is held follows.
    for visual, column in enumerate((OVERALL, HEADLINE, TYPE, STATUS), start=MONTH + 1):
        header.moveSection(header.visualIndex(column), visual)
    for column in hide:
        view.setColumnHidden(column, True)
