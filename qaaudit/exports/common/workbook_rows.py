"""The rows a sheet of someone else's workbook really holds, read one at a time.

openpyxl's read-only sheets trust the size a file declares: a sheet declaring
``A1:XFD1048576`` is handed over as a million rows of 16,384 empty cells each, whatever it
holds, and a cell it cannot convert (a date written ``0000-00-00``) stops the whole file
with no row named. So the sheet is read here with openpyxl's own sheet parser, row by
row as the file has them: rows the file leaves out cost nothing, each row is cut to the
columns asked for, and a cell that cannot be read is reported by its row and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAX_COLUMNS = 256


class CellUnreadable(Exception):
    """A cell whose value cannot be read (a date that does not exist, a reference to text
    the file does not hold); ``row`` and ``column`` say where, counted from 1."""

    def __init__(self, row: int, column: int) -> None:
        super().__init__(f"row {row}, column {column_letter(column)}")
        self.row = row
        self.column = column


def column_letter(column: int) -> str:
    """A column's letters as Excel shows them: 1 is A, 28 is AB."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "?"


def holds_something(values: tuple[Any, ...]) -> bool:
    return any(v is not None and (not isinstance(v, str) or v.strip()) for v in values)


def real_rows(sheet: Any, columns: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Each row of ``sheet`` (a read-only openpyxl sheet) that holds something: its number
    and the values of its first ``columns`` columns. Raises CellUnreadable."""
    from openpyxl.utils.exceptions import CellCoordinatesException
    from openpyxl.worksheet._reader import WorkSheetParser

    unreadable = (ValueError, TypeError, IndexError, KeyError, OverflowError)
    unreadable += (CellCoordinatesException,)

    workbook = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        rows = parser.parse()
        while True:
            try:
                number, cells = next(rows)
            except StopIteration:
                return
            except unreadable as exc:
                if type(exc).__module__.startswith("defusedxml"):
                    raise  # an entity definition: the caller names it
                raise CellUnreadable(parser.row_counter, parser.col_counter) from exc
            values: list[Any] = [None] * columns
            for cell in cells:
                column = cell["column"]
                if 1 <= column <= columns:
                    values[column - 1] = cell["value"]
            row = tuple(values)
            if holds_something(row):
                yield number, row
