"""The QAF plan as an Excel workbook, laid out as the council lays it out: a sheet per
service area with a title and date, role blocks with TASK, PURPOSE, JAN..DEC and COMMENTS,
scheduled months shaded AND marked with a dot (so they survive black-and-white printing);
then the audit themes, the due lists and compliance.

The workbook is written in openpyxl's streaming mode (the whole plan and every person's
due list in well under a second or two), through ``replace_atomically``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from qaaudit.domain.due import OVERDUE
from qaaudit.domain.schedule import (
    ASSUMED_MARK,
    MONTH_HEADINGS,
    MONTH_KEY,
    activity_kind,
    month_mark,
    month_title,
)
from qaaudit.exports.common.excel import put_text, row_text
from qaaudit.exports.common.files import (
    Cancelled,
    Progress,
    no_progress,
    replace_atomically,
    without_collector_pauses,
)
from qaaudit.services.schedule.compliance import (
    BY_AREA,
    BY_MONTH,
    BY_PERSON,
    BY_ROLE,
    BY_TEAM,
    GROUPINGS,
    fallen_due,
    overdue_items,
    summarise,
)
from qaaudit.services.schedule.due import DueItem, year_due
from qaaudit.services.schedule.plan import PlanView, load_plan

LEGEND_TITLE = "KEY TO THE MONTHS"
PLAN_HEADERS = ("TASK", "PURPOSE", *MONTH_HEADINGS, "COMMENTS", "PER MONTH", "ACTIVITY")
THEME_HEADERS = ("THEME", "PURPOSE OF AUDIT", *MONTH_HEADINGS, "COMMENTS")
THEMES_TITLE = "AUDIT THEMES"
DUE_TITLE = "DUE LISTS"
COMPLIANCE_TITLE = "COMPLIANCE"
OVERDUE_TITLE = "OVERDUE"
REPORT_TITLES = (DUE_TITLE, COMPLIANCE_TITLE, OVERDUE_TITLE)
HEADER_ROW = 3
PLAN_WIDTHS = (28, 52, *([5.4] * 12), 36, 10, 20)
THEME_WIDTHS = (30, 70, *([5.4] * 12), 34)
DUE_HEADERS = (
    "PERSON",
    "TEAM",
    "SERVICE AREA",
    "ROLE",
    "TASK",
    "ACTIVITY",
    "MONTH",
    "EXPECTED",
    "DONE",
    "STATUS",
    "DONE ON",
)
DUE_WIDTHS = (24, 22, 28, 30, 30, 26, 15, 10, 8, 24, 22)

# Council blue for shaded months; pale fills for headings. Text stays black for printing.
SHADE = "8EA9DB"
HEADER_FILL = "D9D9D9"
ROLE_FILL = "DDEBF7"
AREA_FILL = "1F3864"
FONT = "Calibri"


@dataclass(frozen=True)
class ScheduleExportOptions:
    year: int
    due_month: date | None = None  # the due lists of this month; None: the whole year's
    include_due_lists: bool = True
    include_compliance: bool = True
    today: date | None = None


@dataclass
class ExportSummary:
    path: Path
    sheets: list[str] = field(default_factory=list)
    shortened_cells: int = 0
    due_rows: int = 0


class NoPlan(Exception):
    pass


@dataclass
class _Gathered:
    plan: PlanView
    items: list[DueItem]
    compliance: list[DueItem]


def gather(session: Session, options: ScheduleExportOptions) -> _Gathered:
    """Everything the workbook shows, read in one go (the writing needs no database)."""
    plan = load_plan(session, options.year)
    if plan is None:
        raise NoPlan(f"There is no QAF plan for {options.year}.")
    today = options.today or date.today()
    year_items: list[DueItem] = []
    if options.include_due_lists or options.include_compliance:
        # One reading of the year's due lists serves both.
        year_items = year_due(session, options.year, today).items
    items: list[DueItem] = []
    if options.include_due_lists:
        if options.due_month is None:
            items = year_items
        else:
            month = options.due_month.replace(day=1)
            items = [
                i
                for i in year_items
                if i.month == month or (i.month < month and i.status == OVERDUE)
            ]
    compliance = fallen_due(year_items) if options.include_compliance else []
    return _Gathered(plan, items, compliance)


def export_schedule(
    session: Session,
    options: ScheduleExportOptions,
    target: Path,
    progress: Progress = no_progress,
) -> ExportSummary:
    if not progress(0, 1, "Reading the plan"):
        raise Cancelled()
    with without_collector_pauses():
        gathered = gather(session, options)
        return write_workbook(gathered, options, target, progress)


def write_workbook(
    gathered: _Gathered, options: ScheduleExportOptions, target: Path, progress: Progress
) -> ExportSummary:
    from openpyxl import Workbook

    plan = gathered.plan
    summary = ExportSummary(Path(target))
    steps = (
        len(plan.areas) + 1 + int(options.include_due_lists) + 2 * int(options.include_compliance)
    )
    done = 0

    def step(what: str) -> None:
        nonlocal done
        done += 1
        if not progress(done, steps, what):
            raise Cancelled()

    # Inside the block, so that the sheets openpyxl streams to files are written beside
    # the target and removed whatever happens.
    with replace_atomically(Path(target)) as temporary:
        book = Workbook(write_only=True)
        writer = _Writer(summary)
        names: set[str] = set()
        for area in plan.areas:
            sheet = book.create_sheet(_sheet_name(area.name, names))
            writer.area_sheet(sheet, plan, area)
            step(f"Wrote {area.name}")
        writer.themes_sheet(book.create_sheet(_sheet_name("Audit themes", names)), plan)
        step("Wrote the audit themes")
        if options.include_due_lists:
            writer.due_sheet(
                book.create_sheet(_sheet_name("Due lists", names)), plan, options, gathered.items
            )
            step("Wrote the due lists")
        if options.include_compliance:
            writer.compliance_sheet(
                book.create_sheet(_sheet_name("Compliance", names)), plan, gathered.compliance
            )
            step("Wrote compliance")
            writer.overdue_sheet(
                book.create_sheet(_sheet_name("Overdue", names)), plan, gathered.compliance
            )
            step("Wrote the overdue list")
        summary.sheets = list(book.sheetnames)
        book.save(temporary)
    return summary


def _as_number(mark: str) -> str | int:
    """A figure printed in a month's cell is written as a number, as the council printed it."""
    return int(mark) if mark.isdigit() else mark


def _sheet_name(wanted: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "-", wanted).strip("'") or "Sheet"
    base = base.replace(" - ", " ")[:31].strip()
    name = base
    number = 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = base[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


def _lines(text: str, width: float) -> int:
    chars_per_line = max(int(width * 1.15), 1)
    return sum(max(math.ceil(len(part) / chars_per_line), 1) for part in text.split("\n"))


class _Writer:
    def __init__(self, summary: ExportSummary) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.summary = summary
        self.new_cell = WriteOnlyCell
        self.styles: dict[tuple[tuple[str, int], ...], tuple[Any, tuple[Any, ...]]] = {}
        self.plain: dict[str, str] = {}
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        # The font is named: a cell font without a name prints in a serif face in LibreOffice.
        self.title_font = Font(name=FONT, bold=True, size=14)
        self.area_font = Font(name=FONT, bold=True, size=12, color="FFFFFF")
        self.bold = Font(name=FONT, bold=True)
        self.small = Font(name=FONT, size=9)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.role_fill = PatternFill("solid", fgColor=ROLE_FILL)
        self.area_fill = PatternFill("solid", fgColor=AREA_FILL)
        self.shade = PatternFill("solid", fgColor=SHADE)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.centre = Alignment(horizontal="center", vertical="top")
        self.plain_top = Alignment(vertical="top")

    # -- cells ---------------------------------------------------------------------------

    def cell(self, sheet: Any, value: Any = None, **style: Any) -> Any:
        cell = self.new_cell(sheet)
        if isinstance(value, str):
            if put_text(cell, value):
                self.summary.shortened_cells += 1
        else:
            cell.value = value
        if style:
            self.apply_style(cell, style)
        return cell

    def text(self, sheet: Any, value: str) -> Any:
        """User text as a plain value for a streamed row (a text cell if it needs one).
        Names, teams and tasks repeat on every row of a due list: each is made safe once."""
        known = self.plain.get(value)
        if known is not None:
            return known
        written, cut = row_text(sheet, value)
        if cut:
            self.summary.shortened_cells += 1
        elif isinstance(written, str):
            self.plain[value] = written
        return written

    def apply_style(self, cell: Any, style: dict[str, Any]) -> None:
        """Give a cell its font, fill, border and alignment. openpyxl looks each one up by
        hashing it, field by field, for every cell it is set on; a due list of a few
        thousand rows spent most of its time there. So each combination is looked up
        once, and its indexes copied to every other cell that uses it."""
        key = tuple((name, id(setting)) for name, setting in style.items())
        known = self.styles.get(key)
        if known is None:
            for name, setting in style.items():
                if setting is not None:
                    setattr(cell, name, setting)
            # Keep the objects alive: their ids are the key.
            known = self.styles[key] = (copy(cell._style), tuple(style.values()))
        cell._style = copy(known[0])

    def setup(
        self,
        sheet: Any,
        widths: Iterable[float],
        title_rows: str,
        freeze: str,
        footer: str,
    ) -> None:
        from openpyxl.utils import get_column_letter

        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = freeze
        sheet.print_title_rows = title_rows
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = "9"  # A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.gridLines = False
        sheet.page_margins.left = sheet.page_margins.right = 0.4
        sheet.page_margins.top = sheet.page_margins.bottom = 0.5
        sheet.oddFooter.left.text = footer
        sheet.oddFooter.left.size = 8
        sheet.oddFooter.right.text = "Page &P of &N"
        sheet.oddFooter.right.size = 8

    def title_rows(self, sheet: Any, plan: PlanView, subtitle: str, width: int) -> None:
        from openpyxl.styles import Alignment

        date_cell = self.cell(sheet, plan.dated, font=self.bold)
        date_cell.number_format = "DD/MM/YY"
        date_cell.alignment = Alignment(horizontal="right")
        # Streaming mode writes a row as it is appended: heights are set before.
        sheet.row_dimensions[1].height = 22
        sheet.row_dimensions[2].height = 20
        sheet.append(
            [self.cell(sheet, plan.heading, font=self.title_font)]
            + [None] * (width - 2)
            + [date_cell]
        )
        sheet.append(
            [self.cell(sheet, subtitle, font=self.area_font, fill=self.area_fill)]
            + [self.cell(sheet, None, fill=self.area_fill) for _ in range(width - 1)]
        )

    def header(self, sheet: Any, headers: Iterable[str], row: int | None = None) -> None:
        if row is not None:
            sheet.row_dimensions[row].height = 30  # room for a two-line heading
        sheet.append(
            [
                self.cell(
                    sheet,
                    h,
                    font=self.bold,
                    fill=self.header_fill,
                    border=self.border,
                    alignment=self.centre if len(h) <= 3 else self.wrap,
                )
                for h in headers
            ]
        )

    # -- sheets --------------------------------------------------------------------------

    def area_sheet(self, sheet: Any, plan: PlanView, area: Any) -> None:
        width = len(PLAN_HEADERS)
        self.setup(sheet, PLAN_WIDTHS, "1:3", "B4", f"{plan.heading} - {area.name}")
        self.title_rows(sheet, plan, area.name, width)
        self.header(sheet, PLAN_HEADERS, HEADER_ROW)
        row = HEADER_ROW
        for role in area.roles:
            row += 1
            sheet.append(
                [
                    self.cell(
                        sheet, role.name, font=self.bold, fill=self.role_fill, border=self.border
                    )
                ]
                + [
                    self.cell(sheet, None, fill=self.role_fill, border=self.border)
                    for _ in range(width - 1)
                ]
            )
            for task in role.tasks:
                row += 1
                lines = max(
                    _lines(task.name, PLAN_WIDTHS[0]),
                    _lines(task.purpose, PLAN_WIDTHS[1]),
                    _lines(task.comment, PLAN_WIDTHS[14]),
                )
                sheet.row_dimensions[row].height = max(15 * lines + 3, 18)
                figures = dict(task.counts)
                months = [
                    self.cell(
                        sheet,
                        _as_number(
                            month_mark(True, m in task.assumed, task.when_needed, figures.get(m))
                        ),
                        fill=self.shade,
                        border=self.border,
                        alignment=self.centre,
                        font=self.bold if m in task.assumed else None,
                    )
                    if m in task.months
                    else self.cell(sheet, None, border=self.border)
                    for m in range(1, 13)
                ]
                sheet.append(
                    [
                        self.cell(sheet, task.name, border=self.border, alignment=self.wrap),
                        self.cell(sheet, task.purpose, border=self.border, alignment=self.wrap),
                        *months,
                        self.cell(sheet, task.comment, border=self.border, alignment=self.wrap),
                        self.cell(sheet, task.expected, border=self.border, alignment=self.centre),
                        self.cell(
                            sheet,
                            activity_kind(task.kind).label,
                            border=self.border,
                            alignment=self.wrap,
                            font=self.small,
                        ),
                    ]
                )
        self.legend(sheet)

    def legend(self, sheet: Any) -> None:
        """The key to the month marks, under the plan (an import stops reading here)."""
        sheet.append([])
        sheet.append([self.cell(sheet, LEGEND_TITLE, font=self.bold)])
        for mark, meaning in MONTH_KEY:
            sheet.append(
                [
                    self.cell(
                        sheet,
                        mark,
                        fill=self.shade,
                        border=self.border,
                        alignment=self.centre,
                        font=self.bold if ASSUMED_MARK in mark else None,
                    ),
                    self.cell(sheet, meaning, alignment=self.wrap),
                ]
            )

    def themes_sheet(self, sheet: Any, plan: PlanView) -> None:
        width = len(THEME_HEADERS)
        self.setup(sheet, THEME_WIDTHS, "1:3", "B4", f"{plan.heading} - audit themes")
        self.title_rows(sheet, plan, THEMES_TITLE, width)
        self.header(sheet, THEME_HEADERS)
        row = HEADER_ROW
        for theme in plan.themes:
            row += 1
            lines = max(
                _lines(theme.theme, THEME_WIDTHS[0]), _lines(theme.purpose, THEME_WIDTHS[1])
            )
            sheet.row_dimensions[row].height = max(15 * lines + 3, 18)
            months = [
                self.cell(
                    sheet,
                    month_mark(True, m in theme.assumed, False),
                    fill=self.shade,
                    border=self.border,
                    alignment=self.centre,
                    font=self.bold if m in theme.assumed else None,
                )
                if m in theme.months
                else self.cell(sheet, None, border=self.border)
                for m in range(1, 13)
            ]
            sheet.append(
                [
                    self.cell(sheet, theme.theme, border=self.border, alignment=self.wrap),
                    self.cell(sheet, theme.purpose, border=self.border, alignment=self.wrap),
                    *months,
                    self.cell(sheet, theme.comment, border=self.border, alignment=self.wrap),
                ]
            )
            lines = max(
                _lines(theme.theme, THEME_WIDTHS[0]), _lines(theme.purpose, THEME_WIDTHS[1])
            )
            sheet.row_dimensions[row].height = max(15 * lines + 3, 18)
        self.legend(sheet)

    def due_sheet(
        self, sheet: Any, plan: PlanView, options: ScheduleExportOptions, items: list[DueItem]
    ) -> None:
        period = month_title(options.due_month) if options.due_month else str(options.year)
        self.setup(sheet, DUE_WIDTHS, "1:3", "B4", f"Due lists - {period}")
        self.title_rows(sheet, plan, f"{DUE_TITLE} - {period.upper()}", len(DUE_HEADERS))
        self.header(sheet, DUE_HEADERS)
        ordered = sorted(
            items, key=lambda i: (i.person.casefold(), i.person_id, i.month, i.role, i.task)
        )
        # Thousands of rows for a year: plain values, and a cell only where one is styled.
        text = self.text
        for item in ordered:
            sheet.append(
                [
                    text(sheet, item.person),
                    text(sheet, item.team),
                    text(sheet, item.service_area),
                    text(sheet, item.role),
                    text(sheet, item.task),
                    text(sheet, item.kind_label),
                    month_title(item.month),
                    item.expected,
                    item.done,
                    self.cell(sheet, item.status_label, font=self.bold)
                    if item.status == OVERDUE
                    else item.status_label,
                    text(sheet, ", ".join(d.strftime("%d/%m/%Y") for d in item.done_on)),
                ]
            )
        self.summary.due_rows = len(ordered)
        if ordered:
            sheet.auto_filter.ref = f"A{HEADER_ROW}:K{HEADER_ROW + len(ordered)}"

    def compliance_sheet(self, sheet: Any, plan: PlanView, items: list[DueItem]) -> None:
        headers = ("GROUP", "DUE", "DONE", "OVERDUE", "% DONE")
        self.setup(sheet, (62, 10, 10, 10, 10), "1:2", "A3", f"{plan.heading} - compliance")
        self.title_rows(sheet, plan, COMPLIANCE_TITLE, len(headers))
        for by in (BY_MONTH, BY_AREA, BY_ROLE, BY_TEAM, BY_PERSON):
            sheet.append([])
            sheet.append([self.cell(sheet, f"By {GROUPINGS[by].lower()}", font=self.bold)])
            self.header(sheet, headers)
            for line in summarise(items, by):
                percent = self.cell(
                    sheet, None if line.percent is None else line.percent / 100, border=self.border
                )
                percent.number_format = "0%"
                sheet.append(
                    [
                        self.cell(sheet, line.group, border=self.border),
                        self.cell(sheet, line.due, border=self.border),
                        self.cell(sheet, line.done, border=self.border),
                        self.cell(sheet, line.overdue, border=self.border),
                        percent,
                    ]
                )

    def overdue_sheet(self, sheet: Any, plan: PlanView, items: list[DueItem]) -> None:
        headers = ("PERSON", "TEAM", "SERVICE AREA", "ROLE", "TASK", "MONTH", "OUTSTANDING")
        self.setup(sheet, (24, 22, 28, 30, 30, 15, 12), "1:3", "B4", f"{plan.heading} - overdue")
        self.title_rows(sheet, plan, OVERDUE_TITLE, len(headers))
        self.header(sheet, headers)
        rows = overdue_items(items)
        text = self.text
        for item in rows:
            sheet.append(
                [
                    text(sheet, item.person),
                    text(sheet, item.team),
                    text(sheet, item.service_area),
                    text(sheet, item.role),
                    text(sheet, item.task),
                    month_title(item.month),
                    item.outstanding,
                ]
            )
        if rows:
            sheet.auto_filter.ref = f"A{HEADER_ROW}:G{HEADER_ROW + len(rows)}"
