"""Reading a QAF plan back from a workbook in the exported layout, so a QA lead can edit
the plan in Excel and bring it back.

The whole workbook is read and checked before anything is stored: a problem anywhere
rejects it with a message naming the sheet and row, and nothing is half-imported.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from qaaudit.domain.permissions import PLAN_EDIT
from qaaudit.domain.plan import (
    NAME_LIMIT,
    TASK_LIMIT,
    AreaData,
    PlanData,
    RoleData,
    TaskData,
    ThemeData,
    clean,
)
from qaaudit.domain.schedule import ASSUMED_MARK, WHEN_NEEDED_MARK, kind_for_label
from qaaudit.exports.common.excel import WorkbookRejected, load_untrusted_workbook
from qaaudit.exports.common.workbook_rows import CellUnreadable, column_letter, real_rows
from qaaudit.exports.schedule.excel import (
    HEADER_ROW,
    LEGEND_TITLE,
    PLAN_HEADERS,
    REPORT_TITLES,
    THEME_HEADERS,
    THEMES_TITLE,
)
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.permissions import require
from qaaudit.services.schedule.plan import PlanView, store_plan

MAX_SHEETS = 60
MAX_ROWS = 2000
TEXT_LIMIT = 20000
MAX_PROBLEMS = 12
TITLE_PATTERN = re.compile(r"^(.*?)\s*-\s*(\d{4})\s*$")
_COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Problems:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.items: list[str] = []

    def add(self, sheet: str, row: int | None, message: str) -> None:
        where = f"sheet '{sheet}'" + (f", row {row}" if row is not None else "")
        self.items.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:MAX_PROBLEMS]
        more = len(self.items) - len(shown)
        text = "\n".join(f"- {p}" for p in shown)
        if more:
            text += f"\n- and {more} more"
        raise WorkbookRejected(
            f"{self.file_name} was not imported, and nothing was changed:\n{text}"
        )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _is_entity_refusal(exc: BaseException) -> bool:
    """openpyxl wraps the XML parser's refusal in its own error: look down the chain."""
    seen: BaseException | None = exc
    while seen is not None:
        kind = type(seen)
        if "Entities" in kind.__name__ or "DTD" in kind.__name__ or "defused" in kind.__module__:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _rows(sheet: Any, name: str) -> list[tuple[Any, ...]]:
    """All rows of a sheet (first columns only), by position, refusing a sheet that is too
    long. Only the rows the file holds are read, whatever size it declares."""
    rows: list[tuple[Any, ...]] = []
    try:
        for number, row in real_rows(sheet, len(PLAN_HEADERS) + 3):
            if number > MAX_ROWS:
                raise WorkbookRejected(
                    f"Sheet '{name}' has more than {MAX_ROWS} rows; a QAF plan is far "
                    "shorter, so the workbook was not imported."
                )
            rows += [()] * (number - 1 - len(rows))
            rows.append(row)
    except WorkbookRejected:
        raise
    except CellUnreadable as cell:
        raise WorkbookRejected(
            f"Sheet '{name}', row {cell.row}, column {column_letter(cell.column)}: the cell "
            "cannot be read (a date that does not exist, or a value Excel itself could not "
            "show); the workbook was not imported."
        ) from cell
    except Exception as exc:
        if _is_entity_refusal(exc):
            raise WorkbookRejected(
                f"Sheet '{name}' contains XML entity definitions (possibly an 'XML bomb'); "
                "the workbook was not imported."
            ) from exc
        raise WorkbookRejected(
            f"Sheet '{name}' could not be read; the workbook was not imported."
        ) from exc
    return rows


def _pad(row: tuple[Any, ...], width: int) -> list[Any]:
    values = list(row[:width])
    return values + [None] * (width - len(values))


def read_plan_workbook(path: Path) -> PlanData:
    """The plan a workbook describes, or WorkbookRejected naming every problem found."""
    path = Path(path)
    try:
        book = load_untrusted_workbook(path)
    except WorkbookRejected as exc:
        if _is_entity_refusal(exc):
            raise WorkbookRejected(
                f"{path.name} contains XML entity definitions (possibly an 'XML bomb'); "
                "it was not imported."
            ) from exc
        raise
    problems = _Problems(path.name)
    try:
        names = list(book.sheetnames)
        if len(names) > MAX_SHEETS:
            raise WorkbookRejected(f"{path.name} has {len(names)} sheets; it is not a QAF plan.")
        plan: PlanData | None = None
        seen_areas: set[str] = set()
        for name in names:
            rows = _rows(book[name], name)
            if not rows:
                continue
            heading = _text(_pad(rows[0], 1)[0]).strip()
            subtitle = _text(_pad(rows[1], 1)[0]).strip() if len(rows) > 1 else ""
            if subtitle.upper().startswith(REPORT_TITLES):
                continue  # the due lists and compliance are reports, not part of the plan
            match = TITLE_PATTERN.match(heading)
            if match is None:
                problems.add(
                    name,
                    1,
                    "the first cell should hold the plan's title and year, like "
                    '"COVENTRY CHILDREN\'S QAF PLAN - 2017"',
                )
                continue
            if plan is None:
                dated = next(
                    (v for v in reversed(rows[0][1:]) if isinstance(v, datetime | date)), None
                )
                if isinstance(dated, datetime):
                    dated = dated.date()
                plan = PlanData(title=clean(match.group(1))[:NAME_LIMIT], dated=dated)
            if subtitle.upper() == THEMES_TITLE:
                plan.themes.extend(_themes(rows, name, problems))
                continue
            if not subtitle:
                problems.add(name, 2, "the second row should name the service area")
                continue
            if subtitle.casefold() in seen_areas:
                problems.add(name, 2, f"the service area {subtitle} appears on two sheets")
                continue
            seen_areas.add(subtitle.casefold())
            area = _area(rows, name, clean(subtitle)[:NAME_LIMIT], problems)
            if area is not None:
                plan.areas.append(area)
        if plan is None or not (plan.areas or plan.themes):
            problems.add(
                names[0] if names else "(none)",
                None,
                "no sheet is laid out as a QAF plan (title, service area, then the row "
                "TASK, PURPOSE, JAN .. DEC, COMMENTS)",
            )
        problems.raise_if_any()
        assert plan is not None
        return plan
    finally:
        book.close()


def _check_header(
    rows: list[tuple[Any, ...]], sheet: str, expected: tuple[str, ...], problems: _Problems
) -> bool:
    if len(rows) < HEADER_ROW:
        problems.add(sheet, HEADER_ROW, "the column headings are missing")
        return False
    found = [_text(v).strip().upper() for v in _pad(rows[HEADER_ROW - 1], len(expected))]
    if found != list(expected):
        wrong = next(i for i, (a, b) in enumerate(zip(found, expected, strict=True)) if a != b)
        problems.add(
            sheet,
            HEADER_ROW,
            f"column {_COLUMN_LETTERS[wrong]} should be headed {expected[wrong]} "
            f"({'it is headed otherwise' if found[wrong] else 'it has no heading'}); the "
            "workbook is not in the plan layout",
        )
        return False
    return True


def _limited(value: Any, limit: int, what: str, sheet: str, row: int, problems: _Problems) -> str:
    text = _text(value).strip()
    if len(text) > limit:
        problems.add(sheet, row, f"the {what} is longer than {limit} characters")
    return text


def _months(values: list[Any]) -> frozenset[int]:
    return frozenset(i + 1 for i, v in enumerate(values) if _text(v).strip())


def _assumed(values: list[Any]) -> frozenset[int]:
    """Months marked as assumed ("●?"): any mark followed by a question mark."""
    return frozenset(i + 1 for i, v in enumerate(values) if ASSUMED_MARK in _text(v))


def _when_needed(values: list[Any]) -> bool:
    """A task whose shaded months are all marked "○" is due only when needed."""
    marks = [_text(v).strip() for v in values if _text(v).strip()]
    return bool(marks) and all(m.startswith(WHEN_NEEDED_MARK) for m in marks)


def _figures(values: list[Any], expected: int) -> dict[int, int]:
    """A number in a month's cell, where it differs from PER MONTH."""
    figures = {}
    for i, v in enumerate(values):
        number = _text(v).strip().rstrip(ASSUMED_MARK).strip()
        if re.fullmatch(r"\d{1,3}", number) and int(number) != expected:
            figures[i + 1] = int(number)
    return figures


def _is_legend(cells: list[Any]) -> bool:
    return _text(cells[0]).strip().upper() == LEGEND_TITLE


def _area(
    rows: list[tuple[Any, ...]], sheet: str, name: str, problems: _Problems
) -> AreaData | None:
    if not _check_header(rows, sheet, PLAN_HEADERS, problems):
        return None
    area = AreaData(name)
    role: RoleData | None = None
    for number, raw in enumerate(rows[HEADER_ROW:], start=HEADER_ROW + 1):
        cells = _pad(raw, len(PLAN_HEADERS))
        if all(_text(v).strip() == "" for v in cells):
            continue
        if _is_legend(cells):
            break  # the key to the marks closes the sheet
        task_name, purpose = cells[0], cells[1]
        months, comment, per_month, activity = cells[2:14], cells[14], cells[15], cells[16]
        rest = [purpose, *months, comment, per_month, activity]
        if all(_text(v).strip() == "" for v in rest):
            role_name = clean(_text(task_name))
            if len(role_name) > NAME_LIMIT:
                problems.add(sheet, number, f"the role name is longer than {NAME_LIMIT} characters")
            role = RoleData(role_name[:NAME_LIMIT])
            area.roles.append(role)
            continue
        if role is None:
            problems.add(sheet, number, "a task comes before any role heading")
            continue
        name_text = clean(_limited(task_name, TASK_LIMIT, "task name", sheet, number, problems))
        if not name_text:
            problems.add(sheet, number, "the TASK cell is empty")
        kind = kind_for_label(_text(activity))
        if kind is None:
            problems.add(
                sheet,
                number,
                "the ACTIVITY is not one the program knows (use one of the activities in the "
                "exported plan)",
            )
        expected = _count(per_month, sheet, number, problems)
        role.tasks.append(
            TaskData(
                name=name_text,
                kind=kind.key if kind else "other",
                purpose=_limited(purpose, TEXT_LIMIT, "purpose", sheet, number, problems),
                months=_months(months),
                expected=expected,
                comment=_limited(comment, TEXT_LIMIT, "comment", sheet, number, problems),
                assumed=_assumed(months),
                when_needed=_when_needed(months),
                counts=_figures(months, expected),
            )
        )
    return area


def _count(value: Any, sheet: str, row: int, problems: _Problems) -> int:
    text = _text(value).strip()
    if not re.fullmatch(r"\d{1,3}", text):
        problems.add(sheet, row, "PER MONTH should be a whole number from 0 to 999")
        return 1
    return int(text)


def _themes(rows: list[tuple[Any, ...]], sheet: str, problems: _Problems) -> list[ThemeData]:
    if not _check_header(rows, sheet, THEME_HEADERS, problems):
        return []
    themes = []
    for number, raw in enumerate(rows[HEADER_ROW:], start=HEADER_ROW + 1):
        cells = _pad(raw, len(THEME_HEADERS))
        if all(_text(v).strip() == "" for v in cells):
            continue
        if _is_legend(cells):
            break
        theme = clean(_limited(cells[0], TASK_LIMIT, "theme", sheet, number, problems))
        if not theme:
            problems.add(sheet, number, "the THEME cell is empty")
        themes.append(
            ThemeData(
                theme=theme,
                purpose=_limited(cells[1], TEXT_LIMIT, "purpose", sheet, number, problems),
                months=_months(cells[2:14]),
                comment=_limited(cells[14], TEXT_LIMIT, "comment", sheet, number, problems),
                theme_key=None,
                assumed=_assumed(cells[2:14]),
            )
        )
    return themes


def import_schedule(
    session: Session, actor: Actor, path: Path, year: int, *, replace: bool = False
) -> PlanView:
    """Read the workbook whole, then store it as the plan for ``year`` in the caller's one
    unit of work. Audit themes keep their link to the audit template by name."""
    require(actor, PLAN_EDIT)  # before the workbook is read
    data = read_plan_workbook(path)
    _link_themes(data)
    return store_plan(session, actor, year, data, replace=replace, how="imported from a workbook")


def _link_themes(data: PlanData) -> None:
    from qaaudit.domain.plan import load_seed

    seed, _year, _notes = load_seed()
    keys = {t.theme.casefold(): t.theme_key for t in seed.themes}
    for theme in data.themes:
        theme.theme_key = keys.get(theme.theme.casefold())
