"""The colours of the schedule pages' tables. The tables themselves are the program's one
read-only rows model (``qaaudit.ui.common.rows_model``); its names are offered here too, as the
due list imports them from here."""

from __future__ import annotations

from PySide6.QtGui import QColor

from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.common.theme import qcolour


def overdue_colour() -> QColor:
    """Vermillion, as a warning (colour-blind safe), dark enough to read in each scheme."""
    return qcolour("overdue_ink")


def done_colour() -> QColor:
    return qcolour("done_ink")


SearchProxy = RowsProxy

__all__ = ["Column", "RowsModel", "SearchProxy", "done_colour", "overdue_colour"]
