"""Reading the values of someone else's workbook: text, whole numbers, months and dates
however a spreadsheet holds them, each refused in words that say what is wrong with the
cell but never repeat what it holds (a misplaced column can put a child's narrative where a
date was expected; the caller adds the sheet, row and column)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

EARLIEST_YEAR = 1980

_MONTH_FORMATS = ("%Y-%m", "%m/%Y", "%b %Y", "%B %Y", "%b-%y", "%B-%y", "%b-%Y", "%B-%Y")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y")


def fold(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip().casefold()


class RowProblem(Exception):
    pass


def text(value: Any) -> str:
    """Any cell as text: for headings and for cells compared with a list of words."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


def words(value: Any) -> str:
    """A cell that must hold words or a number (a case number, a name, a note): TRUE or
    FALSE, or a date, there is a cell typed wrongly, not words."""
    if isinstance(value, bool):
        raise RowProblem("TRUE or FALSE where words were expected.")
    if isinstance(value, date):
        raise RowProblem("a date where words were expected.")
    return text(value)


def whole_number(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise RowProblem("TRUE or FALSE where a whole number was expected.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise RowProblem("not a whole number.")


def as_date(value: Any, formats: tuple[str, ...]) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        try:
            converted = from_excel(value)
        except (ValueError, OverflowError, TypeError):
            return None
        return converted.date() if isinstance(converted, datetime) else None
    if isinstance(value, str):
        text = value.strip()
        for pattern in formats:
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    return None


def month(value: Any, today: date) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = as_date(value, _MONTH_FORMATS + _DATE_FORMATS)
    if found is None:
        raise RowProblem("not a month (write it as 2017-03).")
    found = found.replace(day=1)
    if found.year < EARLIEST_YEAR:
        raise RowProblem(f"a month before {EARLIEST_YEAR}.")
    if found > today.replace(day=1):
        raise RowProblem("a month in the future.")
    return found


def day(value: Any, today: date, *, future_ok: bool = False) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = as_date(value, _DATE_FORMATS)
    if found is None:
        raise RowProblem("not a date (write it as 31/03/2017).")
    if found.year < EARLIEST_YEAR:
        raise RowProblem(f"a date before {EARLIEST_YEAR}.")
    if found > today and not future_ok:
        raise RowProblem("a date in the future.")
    if future_ok and found.year > today.year + 10:
        raise RowProblem("a date more than ten years away.")
    return found
