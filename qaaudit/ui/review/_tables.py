"""How the review pages colour their tables (the tables are the program's one rows model,
``qaaudit.ui.common.rows_model``): a judgement (I, RI, G, O) fills its cell in the review's own
colours, and a warning (overdue, worse than before) is written in vermillion."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from qaaudit.ui.common.theme import colour
from qaaudit.ui.review._cards import FILL, INK

Row = TypeVar("Row")


def judgement_fill(key: Callable[[Row], str | None]) -> Callable[[Row], str | None]:
    return lambda row: FILL.get(key(row) or "")


def judgement_ink(key: Callable[[Row], str | None]) -> Callable[[Row], str | None]:
    return lambda row: INK.get(key(row) or "")


def warning(when: Callable[[Row], bool]) -> Callable[[Row], str | None]:
    return lambda row: colour("overdue_ink") if when(row) else None
