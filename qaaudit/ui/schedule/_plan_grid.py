"""The plan as the council prints it: service area and role heading rows, then each
role's tasks against JAN..DEC; and the audit themes by month. The models hold plain rows
from the services; a change typed into a cell is handed to the page, which saves it
through the services and reloads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from qaaudit.domain.schedule import (
    ACTIVITY_KINDS,
    MONTH_HEADINGS,
    MONTH_NAMES,
    activity_kind,
    month_mark,
    month_words,
)
from qaaudit.services.schedule.plan import AreaBlock, PlanView, RoleBlock, TaskRow, ThemeRow
from qaaudit.ui.common.theme import qcolour

Index = QModelIndex | QPersistentModelIndex
FIRST_MONTH = 2  # column of JAN in both grids
AREA, ROLE, TASK, THEME = "plan_service_area", "plan_role", "schedule_task", "plan_theme"

EditHandler = Callable[[str, int, int, str, Any], bool]
"""(entity, row id, version, field, value) -> saved?"""


@dataclass(frozen=True)
class GridRow:
    level: str  # AREA, ROLE or TASK
    area: AreaBlock
    role: RoleBlock | None = None
    task: TaskRow | None = None

    @property
    def entity(self) -> str:
        return self.level

    @property
    def target(self) -> tuple[str, int, int]:
        if self.task is not None:
            return TASK, self.task.id, self.task.version
        if self.role is not None:
            return ROLE, self.role.id, self.role.version
        return AREA, self.area.id, self.area.version

    @property
    def name(self) -> str:
        if self.task is not None:
            return self.task.name
        if self.role is not None:
            return self.role.name
        return self.area.name


def _month_of(column: int) -> int | None:
    month = column - FIRST_MONTH + 1
    return month if 1 <= month <= 12 else None


class _MonthGrid(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_edit: EditHandler | None = None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and _month_of(section):
            return MONTH_NAMES[(_month_of(section) or 1) - 1]
        return None

    @staticmethod
    def month_cell(
        months: frozenset[int],
        column: int,
        role: int,
        assumed: frozenset[int] = frozenset(),
        when_needed: bool = False,
        figure: int | None = None,
    ) -> Any:
        month = _month_of(column)
        assert month is not None
        on = month in months
        guessed = on and month in assumed
        if role == Qt.ItemDataRole.DisplayRole:
            return month_mark(on, guessed, when_needed, figure)
        if role == Qt.ItemDataRole.BackgroundRole and on:
            return QBrush(qcolour("plan_shade"))
        if role == Qt.ItemDataRole.FontRole and guessed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{MONTH_NAMES[month - 1]}: {month_words(on, guessed, when_needed, figure)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{MONTH_NAMES[month - 1]}: {month_words(on, guessed, when_needed, figure)} "
                "(click or Space to change)"
            )
        return None

    def _save(self, entity: str, row_id: int, version: int, field: str, value: Any) -> bool:
        return bool(self.on_edit and self.on_edit(entity, row_id, version, field, value))


class PlanGridModel(_MonthGrid):
    headers = ("TASK", "PURPOSE", *MONTH_HEADINGS, "COMMENTS", "PER MONTH", "ACTIVITY")
    COMMENTS, PER_MONTH, ACTIVITY = 14, 15, 16

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []

    def set_plan(self, plan: PlanView | None) -> None:
        self.beginResetModel()
        self.rows = []
        for area in plan.areas if plan else ():
            self.rows.append(GridRow(AREA, area))
            for role in area.roles:
                self.rows.append(GridRow(ROLE, area, role))
                self.rows.extend(GridRow(TASK, area, role, task) for task in role.tasks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, entity: str, row_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.target[0] == entity and row.target[1] == row_id:
                return number
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if row.task is None:
            return self._heading(row, column, role)
        task = row.task
        month = _month_of(column)
        if month:
            figures = dict(task.counts)
            return self.month_cell(
                task.months, column, role, task.assumed, task.when_needed, figures.get(month)
            )
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if column == 0:
                return task.name
            if column == 1:
                return task.purpose
            if column == self.COMMENTS:
                return task.comment
            if column == self.PER_MONTH:
                if role == Qt.ItemDataRole.EditRole:
                    return task.expected
                return f"{task.expected} when needed" if task.when_needed else str(task.expected)
            if column == self.ACTIVITY:
                return (
                    task.kind
                    if role == Qt.ItemDataRole.EditRole
                    else activity_kind(task.kind).label
                )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PER_MONTH:
                return int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _heading(self, row: GridRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name if column == 0 else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            # The council's printed plan: service areas dark, roles pale.
            return QBrush(qcolour("plan_area_bg" if row.level == AREA else "plan_role_bg"))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(qcolour("plan_area_ink" if row.level == AREA else "plan_role_ink"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            if row.level == AREA:
                font.setPointSizeF(font.pointSizeF() + 1.5)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return f"{'Service area' if row.level == AREA else 'Role'}: {row.name}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if _month_of(index.column()):
            return base
        if row.task is None:
            return base | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        entity, row_id, version = row.target
        column = index.column()
        field = {
            0: "name",
            1: "purpose",
            self.COMMENTS: "comment",
            self.PER_MONTH: "expected",
            self.ACTIVITY: "kind",
        }.get(column)
        if field is None:
            return False
        return self._save(entity, row_id, version, field, value)


class ThemeGridModel(_MonthGrid):
    headers = ("THEME", "PURPOSE OF AUDIT", *MONTH_HEADINGS, "COMMENTS")
    COMMENTS = 14

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ThemeRow] = []

    def set_themes(self, themes: tuple[ThemeRow, ...]) -> None:
        self.beginResetModel()
        self.rows = list(themes)
        self.endResetModel()

    def row_of(self, entity: str, row_id: int) -> int | None:
        return next((n for n, t in enumerate(self.rows) if t.id == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self.rows[index.row()]
        column = index.column()
        if _month_of(column):
            return self.month_cell(theme.months, column, role, theme.assumed)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return {0: theme.theme, 1: theme.purpose, self.COMMENTS: theme.comment}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not _month_of(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        theme = self.rows[index.row()]
        field = {0: "theme", 1: "purpose", self.COMMENTS: "comment"}.get(index.column())
        if field is None:
            return False
        return self._save(THEME, theme.id, theme.version, field, value)


class ActivityDelegate(QStyledItemDelegate):
    """Chooses a task's kind of activity from the program's list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in ACTIVITY_KINDS:
            combo.addItem(kind.label, kind.key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
