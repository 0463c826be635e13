"""The program's read-only tables sort on each column's raw values when a heading is
clicked (numbers as numbers, words in any case, a figure that cannot be worked out below
every figure), keep the selection on the same row, and filter on a test and on the words
typed in a search box."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy


@dataclass(frozen=True)
class Team:
    name: str
    audits: int | None


TEAMS = [Team("north", 12), Team("Assessment", 3), Team("looked after", None), Team("Bravo", 3)]
COLUMNS = [
    Column("Team", lambda t: t.name),
    Column("Audits", lambda t: "–" if t.audits is None else str(t.audits), lambda t: t.audits),
]


def _table(qtbot: QtBot) -> tuple[QTableView, RowsProxy]:
    view = QTableView()
    qtbot.addWidget(view)
    model: RowsModel[Team] = RowsModel(COLUMNS, view)
    proxy = RowsProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(TEAMS)
    return view, proxy


def _names(view: QTableView, proxy: RowsProxy) -> list[str]:
    return [proxy.row_at(proxy.index(r, 0)).name for r in range(proxy.rowCount())]


def test_a_heading_sorts_on_raw_values_words_in_any_case(qtbot: QtBot) -> None:
    view, proxy = _table(qtbot)
    assert _names(view, proxy) == ["Assessment", "Bravo", "looked after", "north"]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # 12 before 3, not "3" before "12"
    assert _names(view, proxy) == ["north", "Assessment", "Bravo", "looked after"]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # no figure first; ties keep order
    assert _names(view, proxy) == ["looked after", "Assessment", "Bravo", "north"]


def test_the_selection_stays_on_its_row_and_a_search_keeps_the_sort(qtbot: QtBot) -> None:
    view, proxy = _table(qtbot)
    view.selectionModel().setCurrentIndex(
        proxy.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert proxy.row_at(view.currentIndex()).name == "Bravo"
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert proxy.row_at(view.currentIndex()).name == "Bravo"
    assert view.currentIndex().row() == 2
    proxy.set_search("o")
    assert _names(view, proxy) == ["north", "looked after", "Bravo"]
    proxy.set_accept(lambda team: team.audits is not None)
    assert _names(view, proxy) == ["north", "Bravo"]


def test_no_heading_chosen_shows_the_rows_as_they_came_and_new_rows_keep_the_sort(
    qtbot: QtBot,
) -> None:
    view, proxy = _table(qtbot)
    model = proxy.sourceModel()
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert _names(view, proxy) == [t.name for t in TEAMS]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    # A table whose columns depend on what it shows, filled again: still in that order.
    model.set_table(COLUMNS, [*TEAMS, Team("Zeta", 1)])
    assert _names(view, proxy)[0] == "Zeta"
    model.set_table(COLUMNS[:1], TEAMS)
    assert _names(view, proxy) == ["north", "looked after", "Bravo", "Assessment"]
