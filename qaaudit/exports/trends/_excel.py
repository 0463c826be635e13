"""The numbers behind every chart of the trend report, as a workbook for analysis."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from qaaudit.domain.spc import EXPLANATION as SPC_EXPLANATION
from qaaudit.domain.spc import period_label
from qaaudit.domain.trends import SMALL_SAMPLE_EXPLANATION, Share
from qaaudit.exports.common.excel import put_text
from qaaudit.exports.common.files import Cancelled, Progress, no_progress, replace_atomically
from qaaudit.exports.common.pdf import HEADER_FILL
from qaaudit.services.trends.figures import TrendReport

STEPS = 4
PERCENT = "0%"


def write_trend_workbook(
    report: TrendReport, target: Path, progress: Progress = no_progress
) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    about = book.active
    about.title = "About"
    _about(about, report)
    _step(progress, 1, "Months")
    _process(book.create_sheet("Process control"), report)
    _months(book.create_sheet("By month"), report)
    _step(progress, 2, "Practice areas")
    _areas(book.create_sheet("By practice area"), report)
    _area_signals(book.create_sheet("Practice area signals"), report)
    _area_months(book.create_sheet("Practice area by month"), report)
    _step(progress, 3, "Re-audits")
    _reaudits(book.create_sheet("Re-audits"), report)
    _step(progress, 4, "Writing the workbook")
    with replace_atomically(target) as temporary:
        book.save(temporary)
    return target


def _step(progress: Progress, done: int, what: str) -> None:
    if not progress(done, STEPS + 1, what):
        raise Cancelled("The trend workbook was cancelled; nothing was written.")


def _header(sheet: Any, titles: list[str], widths: list[int]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    fill = PatternFill("solid", fgColor=HEADER_FILL.lstrip("#"))
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=column)
        put_text(cell, title)
        cell.font = Font(bold=True)
        cell.fill = fill
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _finish(sheet: Any) -> None:
    sheet.auto_filter.ref = sheet.dimensions


def _share_cells(sheet: Any, row: int, column: int, share: Share) -> None:
    """Judged, good, not yet good, share, interval low, interval high."""
    sheet.cell(row=row, column=column, value=share.total)
    sheet.cell(row=row, column=column + 1, value=share.good)
    sheet.cell(row=row, column=column + 2, value=share.not_good)
    interval = share.interval
    values = [share.share, interval[0] if interval else None, interval[1] if interval else None]
    for offset, value in enumerate(values, start=3):
        cell = sheet.cell(row=row, column=column + offset, value=value)
        cell.number_format = PERCENT


SHARE_TITLES = ["Judged", "Good", "Not yet good", "Share good", "95% low", "95% high"]
SHARE_WIDTHS = [9, 8, 12, 11, 9, 9]


def _about(sheet: Any, report: TrendReport) -> None:
    from openpyxl.styles import Alignment, Font

    put_text(sheet["A1"], "Trend of good and not yet good")
    sheet["A1"].font = Font(bold=True, size=14)
    row = 3
    for label, value in report.described:
        put_text(sheet.cell(row=row, column=1), label)
        sheet.cell(row=row, column=1).font = Font(bold=True)
        put_text(sheet.cell(row=row, column=2), value)
        row += 1
    row += 1
    put_text(sheet.cell(row=row, column=1), "Small months")
    sheet.cell(row=row, column=1).font = Font(bold=True)
    cell = sheet.cell(row=row, column=2)
    put_text(cell, SMALL_SAMPLE_EXPLANATION)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[row].height = 120
    if report.process is not None:
        for offset, (label, value) in enumerate(
            [
                ("Headline", report.process.chart.headline),
                ("Process control", SPC_EXPLANATION),
            ],
            start=1,
        ):
            put_text(sheet.cell(row=row + offset, column=1), label)
            sheet.cell(row=row + offset, column=1).font = Font(bold=True)
            cell = sheet.cell(row=row + offset, column=2)
            put_text(cell, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row + 2].height = 150
        row += 2
    put_text(sheet.cell(row=row + 2, column=1), "Made")
    sheet.cell(row=row + 2, column=2, value=datetime.now().replace(microsecond=0))
    sheet.cell(row=row + 2, column=2).number_format = "yyyy-mm-dd hh:mm"
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 90


PROCESS_TITLES = [
    "Period",
    "Starts",
    "Audits",
    "Good",
    "Share good",
    "Centre",
    "Lower limit",
    "Upper limit",
    "Lower two sigma",
    "Upper two sigma",
    "Limits",
    "Variation",
    "Signal",
]


def _process(sheet: Any, report: TrendReport) -> None:
    """Centre, limits and signal for every period (numbers, not words, for analysis)."""
    view = report.process
    if view is None:
        return
    _header(sheet, PROCESS_TITLES, [11, 11, 8, 8, 11, 9, 11, 11, 14, 14, 26, 24, 60])
    segments = view.chart.segments
    for row, point in enumerate(view.chart.points, start=2):
        put_text(sheet.cell(row=row, column=1), period_label(point.start, view.by))
        sheet.cell(row=row, column=2, value=point.start).number_format = "yyyy-mm-dd"
        sheet.cell(row=row, column=3, value=point.total)
        sheet.cell(row=row, column=4, value=point.good)
        values = [point.share, point.centre, point.lower, point.upper, point.lower_2]
        for offset, value in enumerate([*values, point.upper_2], start=5):
            sheet.cell(row=row, column=offset, value=value).number_format = "0.0%"
        put_text(sheet.cell(row=row, column=11), segments[point.segment].method)
        put_text(sheet.cell(row=row, column=12), point.variation or "no audits")
        put_text(sheet.cell(row=row, column=13), point.signal_words)
    _finish(sheet)


def _area_signals(sheet: Any, report: TrendReport) -> None:
    _header(sheet, ["Practice area", "Variation", "Status", "In words"], [18, 26, 14, 90])
    if report.process is None:
        return
    for row, area in enumerate(report.process.areas, start=2):
        chart = area.chart
        for column, value in enumerate(
            [area.title, chart.variation or "no audits", chart.status, chart.headline], start=1
        ):
            put_text(sheet.cell(row=row, column=column), value)
    _finish(sheet)


def _months(sheet: Any, report: TrendReport) -> None:
    titles = ["Month", *SHARE_TITLES, "Few audits", "Template change"]
    titles[1] = "Audits" if not report.filter.area_key else "Judged"
    _header(sheet, titles, [11, *SHARE_WIDTHS, 11, 16])
    for row, point in enumerate(report.months, start=2):
        month = sheet.cell(row=row, column=1, value=point.month)
        month.number_format = "mmm yyyy"
        _share_cells(sheet, row, 2, point.share)
        put_text(sheet.cell(row=row, column=8), "yes" if point.share.small else "")
        put_text(sheet.cell(row=row, column=9), ", ".join(point.new_templates))
    _finish(sheet)


def _areas(sheet: Any, report: TrendReport) -> None:
    titles = ["Practice area", *SHARE_TITLES]
    titles += ["Earlier half: judged", "Earlier: good", "Later half: judged", "Later: good"]
    titles += ["Change (points)", "Verdict"]
    _header(sheet, titles, [18, *SHARE_WIDTHS, 12, 10, 12, 10, 10, 30])
    for row, area in enumerate(report.areas, start=2):
        put_text(sheet.cell(row=row, column=1), area.title)
        _share_cells(sheet, row, 2, area.share)
        d = area.direction
        for offset, value in enumerate(
            [d.earlier.total, d.earlier.good, d.later.total, d.later.good], start=8
        ):
            sheet.cell(row=row, column=offset, value=value)
        change = d.change_points
        sheet.cell(row=row, column=12, value=round(change, 1) if change is not None else None)
        put_text(sheet.cell(row=row, column=13), d.verdict)
    _finish(sheet)


def _area_months(sheet: Any, report: TrendReport) -> None:
    _header(sheet, ["Month", "Practice area", *SHARE_TITLES], [11, 18, *SHARE_WIDTHS])
    row = 2
    for index, point in enumerate(report.months):
        for area in report.areas:
            month = sheet.cell(row=row, column=1, value=point.month)
            month.number_format = "mmm yyyy"
            put_text(sheet.cell(row=row, column=2), area.title)
            _share_cells(sheet, row, 3, area.by_month[index])
            row += 1
    _finish(sheet)


def _reaudits(sheet: Any, report: TrendReport) -> None:
    summary = report.reaudits
    _header(sheet, ["Re-audits in the period", "Number"], [40, 10])
    rows = [
        ("All re-audits", summary.total),
        ("Better overall judgement than the audit before", summary.improved),
        ("Same overall judgement", summary.same),
        ("Worse overall judgement", summary.worse),
        ("Good before, good again", summary.moved("good", "good")),
        ("Good before, not yet good now", summary.moved("good", "not_yet_good")),
        ("Not yet good before, good now", summary.moved("not_yet_good", "good")),
        ("Not yet good before, not yet good again", summary.moved("not_yet_good", "not_yet_good")),
    ]
    for row, (label, value) in enumerate(rows, start=2):
        put_text(sheet.cell(row=row, column=1), label)
        sheet.cell(row=row, column=2, value=value)
