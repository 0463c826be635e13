"""The colours of the schedule pages' tables. The tables themselves are the program's one
read-only rows model (``qaaudit.ui.common.rows_model``); its names are offered here too, as the
due list imports them from here."""

from __future__ import annotations

from PySide6.QtGui import QColor

from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy

OVERDUE_COLOUR = QColor("#D55E00")  # vermillion: reads as a warning, colour-blind safe
DONE_COLOUR = QColor("#0072B2")
SearchProxy = RowsProxy

__all__ = ["DONE_COLOUR", "OVERDUE_COLOUR", "Column", "RowsModel", "SearchProxy"]
