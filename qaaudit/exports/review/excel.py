"""The review's rows and actions as a workbook: one sheet for the header and sections 5
and 6, one for the judgement areas, one for the actions. User text is always text (never
a formula); a cell that had to be shortened is listed on a "Notes" sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.domain.review import ACTION_DONE, ACTION_OVERDUE
from qaaudit.exports.common.excel import put_text
from qaaudit.exports.common.files import replace_atomically
from qaaudit.exports.common.text import EXCEL_CELL_LIMIT
from qaaudit.exports.review.pdf import JUDGEMENT_FILL, JUDGEMENT_INK, position_text, status_text
from qaaudit.services.review.reviews import ReviewRecord, load_review
from qaaudit.store.database import Database

HEADER_FILL = "DCE6F0"
DATE_FORMAT = "DD/MM/YYYY"


class _Sheet:
    """Writes cells and remembers which were shortened to fit Excel's limit."""

    def __init__(self, worksheet: Any, cut: list[str]) -> None:
        self.ws = worksheet
        self.cut = cut

    def text(self, row: int, column: int, value: str | None) -> Any:
        cell = self.ws.cell(row=row, column=column)
        if put_text(cell, value):
            self.cut.append(f"{self.ws.title}!{cell.coordinate}")
        return cell

    def value(self, row: int, column: int, value: Any, number_format: str = "") -> Any:
        cell = self.ws.cell(row=row, column=column, value=value)
        if number_format:
            cell.number_format = number_format
        return cell

    def heading_row(self, row: int, titles: list[str], widths: list[int]) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
            cell = self.text(row, column, title)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.ws.column_dimensions[get_column_letter(column)].width = width


def _print_setup(ws: Any, landscape: bool = True) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _wrap_all(ws: Any) -> None:
    from openpyxl.styles import Alignment

    for row in ws.iter_rows():
        for cell in row:
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _review_sheet(sheet: _Sheet, record: ReviewRecord) -> None:
    from openpyxl.styles import Font

    instrument = record.instrument
    form = record.form
    ws = sheet.ws
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 100
    sheet.text(1, 1, f"{instrument.title}: {record.title}").font = Font(bold=True, size=14)
    sheet.text(2, 1, instrument.subtitle)
    values: dict[str, Any] = {
        "service_area": record.service_area,
        "period": record.period.label,
        "panel_date": form.panel_date,
        "key_outcomes": form.key_outcomes,
        "population": form.population,
    }
    row = 4
    for field in instrument.header:
        sheet.text(row, 1, field.label).font = Font(bold=True)
        value = values[field.key]
        if isinstance(value, date) or value is None:
            sheet.value(row, 2, value, DATE_FORMAT)
        else:
            sheet.text(row, 2, value)
        row += 1
    for label, text in (
        ("Status", status_text(record)),
        ("Overall position", position_text(record)),
        (f"{instrument.summary.number}. {instrument.summary.title}", form.summary_points),
        (f"{instrument.panel.number}. {instrument.panel.input_guidance}", form.panel_input),
    ):
        row += 1
        sheet.text(row, 1, label).font = Font(bold=True)
        sheet.text(row, 2, text)
    _wrap_all(ws)
    _print_setup(ws, landscape=False)


def _rows_sheet(sheet: _Sheet, record: ReviewRecord, today: date) -> None:
    from openpyxl.styles import Font, PatternFill

    instrument = record.instrument
    columns = instrument.columns
    sheet.heading_row(
        1,
        [
            "Lens",
            columns.area,
            columns.comments,
            columns.evidence,
            columns.judgement,
            "Judgement in words",
            columns.actions,
        ],
        [26, 34, 60, 60, 12, 30, 50],
    )
    row = 2
    for lens in instrument.lenses:
        for area in lens.areas:
            entry = record.form.rows[area.key]
            sheet.text(row, 1, f"{lens.number}. {lens.title}")
            sheet.text(row, 2, area.title)
            sheet.text(row, 3, entry.comments)
            sheet.text(row, 4, entry.evidence)
            cell = sheet.text(row, 5, entry.judgement or "")
            if entry.judgement in JUDGEMENT_FILL:
                cell.fill = PatternFill("solid", fgColor=JUDGEMENT_FILL[entry.judgement][1:])
                cell.font = Font(bold=True, color=JUDGEMENT_INK[entry.judgement][1:])
            words = instrument.judgement(entry.judgement).label if entry.judgement else ""
            sheet.text(row, 6, words or "Not judged")
            actions = record.form.actions_for(area.key)
            sheet.text(
                row,
                7,
                "\n".join(
                    f"{a.action} (owner: {a.owner or 'not given'}; due {a.due_on:%d/%m/%Y})"
                    if a.due_on
                    else f"{a.action} (owner: {a.owner or 'not given'}; no due date)"
                    for a in actions
                ),
            )
            row += 1
    _finish_table(sheet.ws)


def _actions_sheet(sheet: _Sheet, record: ReviewRecord, today: date) -> None:
    instrument = record.instrument
    sheet.heading_row(
        1,
        ["From", "Action", "Owner", "Due by", "Priority", "Progress", "Done on", "How it was done"],
        [40, 60, 26, 12, 10, 14, 12, 40],
    )
    for row, action in enumerate(record.form.actions, start=2):
        state = action.state(today)
        sheet.text(row, 1, instrument.area_label(action.area_key))
        sheet.text(row, 2, action.action)
        sheet.text(row, 3, action.owner)
        sheet.value(row, 4, action.due_on, DATE_FORMAT)
        sheet.text(row, 5, "Yes" if action.priority else "")
        progress = (
            "Done" if state == ACTION_DONE else "Overdue" if state == ACTION_OVERDUE else "Open"
        )
        if action.carried_from_id:
            progress += " (carried over)"
        sheet.text(row, 6, progress)
        sheet.value(row, 7, action.done_on, DATE_FORMAT)
        sheet.text(row, 8, action.done_note)
    _finish_table(sheet.ws)


def _finish_table(ws: Any) -> None:
    ws.freeze_panes = "C2" if ws.title == "Judgement areas" else "B2"
    ws.auto_filter.ref = ws.dimensions
    ws.print_title_rows = "1:1"
    _wrap_all(ws)
    _print_setup(ws)


@dataclass(frozen=True)
class ReviewWorkbook:
    """The workbook written, and the cells whose text was longer than Excel holds and was
    shortened there (by sheet and cell, as ``Judgement areas!G22``)."""

    path: Path
    shortened: tuple[str, ...] = ()

    def notice(self) -> str | None:
        """What the person must be told about the shortened cells, if there are any."""
        if not self.shortened:
            return None
        count = len(self.shortened)
        cells = "cell" if count == 1 else "cells"
        return (
            f"{count} {cells} held more than the {EXCEL_CELL_LIMIT:,} characters an Excel "
            f"cell can hold and {'was' if count == 1 else 'were'} shortened in the workbook "
            f"({', '.join(self.shortened)}); its Notes sheet says so. The full text is "
            "kept in qaaudit."
        )


def write_review_workbook(
    db: Database, review_id: int, target: Path, today: date | None = None
) -> ReviewWorkbook:
    """The review's header, judgement areas and actions as an .xlsx workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    today = today or date.today()
    with db.reading() as session:
        record = load_review(session, review_id)
    workbook = Workbook()
    cut: list[str] = []
    review = workbook.active
    review.title = "Review"
    _review_sheet(_Sheet(review, cut), record)
    _rows_sheet(_Sheet(workbook.create_sheet("Judgement areas"), cut), record, today)
    _actions_sheet(_Sheet(workbook.create_sheet("Actions"), cut), record, today)
    if cut:
        notes = workbook.create_sheet("Notes", 0)
        notes.column_dimensions["A"].width = 110
        notes["A1"] = "Some text was too long for one Excel cell and was shortened."
        notes["A1"].font = Font(bold=True)
        notes["A2"] = "The full text is in qaaudit. Shortened cells: " + ", ".join(cut)
    target = Path(target)
    with replace_atomically(target) as temporary:
        workbook.save(temporary)
    return ReviewWorkbook(target, tuple(cut))
