"""The rows a sheet of someone else's workbook really holds, read one at a time, and its
shared text read only as far as the rows need it.

openpyxl's read-only sheets trust the size a file declares: a sheet declaring
``A1:XFD1048576`` is handed over as a million rows of 16,384 empty cells each, whatever it
holds, and a cell it cannot convert (a date written ``0000-00-00``) stops the whole file
with no row named. So the sheet is read here with openpyxl's own sheet parser, row by
row as the file has them: rows the file leaves out cost nothing, each row is cut to the
columns asked for, and a cell that cannot be read is reported by its row and column.

openpyxl also reads a workbook's whole table of shared text before the first row (a
million entries take a quarter of a minute). Excel and openpyxl number that text in the
order it is first used, so ``SharedText`` reads the table as the rows ask for it: a
workbook refused at its thousandth row has read about a thousand rows' worth.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

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


class SharedText:
    """A workbook's shared text, read from ``source`` as far as it is asked for. Behaves as
    the list openpyxl's sheet parser indexes; an index the table does not reach raises
    IndexError."""

    def __init__(self, source: IO[bytes]) -> None:
        from openpyxl.xml.constants import SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse

        self._source = source
        self._tag = f"{{{SHEET_MAIN_NS}}}si"
        self._events: Iterator[tuple[str, Any]] | None = iterparse(source)
        self._read: list[str] = []

    def __getitem__(self, index: int) -> str:
        if index < 0:
            raise IndexError(index)
        while index >= len(self._read) and self._events is not None:
            self._next()
        return self._read[index]

    def __len__(self) -> int:
        while self._events is not None:
            self._next()
        return len(self._read)

    def _next(self) -> None:
        from openpyxl.cell.text import Text

        assert self._events is not None
        for _event, node in self._events:
            if node.tag == self._tag:
                # As openpyxl's own reader does: the text of every run, escapes undone.
                self._read.append(Text.from_tree(node).content.replace("x005F_", ""))
                node.clear()
                return
        self._events = None
        self._source.close()
