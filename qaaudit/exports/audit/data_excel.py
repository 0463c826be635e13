"""Every audit to one workbook for analysis, and in the layout `qaaudit import audits`
reads back: audits (one row each, one column per practice area) on sheet 1, narratives on
sheet 2, agreed actions on sheet 3, and a note on what is in the file on sheet 4.

Written as a stream (openpyxl write-only), so a large council's ten years fit in little
memory. A narrative longer than an Excel cell holds (32,767 characters) is split across
continuation rows ("Part" 2, 3, ...) and the import joins them back, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    AuditInstrument,
    all_instruments,
    audit_instruments,
    current_audit_instrument,
    current_instrument,
    instrument_keys,
    instrument_versions,
)
from qaaudit.exports.common.excel import put_text
from qaaudit.exports.common.files import Cancelled, Progress, no_progress, replace_atomically
from qaaudit.exports.common.text import EXCEL_CELL_LIMIT, clean_for_xml
from qaaudit.services.audit import data as audit_data
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.instruments import refresh_catalogue
from qaaudit.store.database import Database

AUDITS_SHEET = "Audits"
NARRATIVES_SHEET = "Narratives"
ACTIONS_SHEET = "Agreed actions"
ABOUT_SHEET = "About this workbook"

# Column headings: the import finds columns by these words, in any order.
ID = "Audit id"
CASE_NUMBER = "Tracked case number"
MONTH = "Audit month"
SERVICE_AREA = "Service area"
TEAM = "Team"
AUDITOR = "Auditor"
CASE_HOLDER = "Case holder"
STRAND = "Strand"
AGE_BAND = "Age band"
TYPE = "Type"
PREVIOUS = "Previous audit id"
STATUS = "Status"
OVERALL = "Overall judgement"
HEADLINE = "Good / not yet good"
THEMES = "Audit themes"
DISCUSSED = "Discussed with case holder"
COMPLETED = "Completed on"
TEMPLATE = "Template version"
# The form (instrument) a record is on: with the template version, the exact version.
FORM = "Form"
CORRECTIVE_DUE = "Corrective action due"
CORRECTIVE_CONFIRMED = "Corrective action confirmed on"
CORRECTIVE_BY = "Corrective action confirmed by"
CORRECTIVE_NOTE = "Corrective action note"

AREA = "Practice area"
PART = "Part"
ACTION = "Action"
BY_WHOM = "By whom"
BY_WHEN = "By when"
DONE_ON = "Done on"

THEME_SEPARATOR = "; "
MONTH_FORMAT = "mmm yyyy"
DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = "E8EEF4"


@dataclass
class ExportResult:
    path: Path
    audits: int = 0
    narratives: int = 0
    actions: int = 0
    split_narratives: int = 0
    cut_cells: int = 0
    replaced_characters: int = 0
    notes: list[str] = field(default_factory=list)


def area_columns(
    instrument: AuditInstrument | None = None, forms: Sequence[str] | None = None
) -> list[tuple[str, str]]:
    """(area key, column heading) in the template's order, over every installed template:
    the case file audit's, then those of the other forms (of ``forms``, or of every one)."""
    columns: list[tuple[str, str]] = []
    seen: set[str] = set()
    instruments = [instrument or current_audit_instrument(), *audit_instruments().values()]
    for key in instrument_keys() if forms is None else forms:
        if key != CASE_FILE_AUDIT:
            instruments += [current_instrument(key), *instrument_versions(key).values()]
    for each in instruments:
        for area in each.areas:
            if area.key not in seen:
                seen.add(area.key)
                columns.append((area.key, area.short))
    return columns


def audit_headings(forms: Sequence[str] | None = None) -> list[str]:
    return [
        ID,
        CASE_NUMBER,
        MONTH,
        SERVICE_AREA,
        TEAM,
        AUDITOR,
        CASE_HOLDER,
        STRAND,
        AGE_BAND,
        TYPE,
        PREVIOUS,
        STATUS,
        OVERALL,
        HEADLINE,
        *(heading for _key, heading in area_columns(forms=forms)),
        THEMES,
        DISCUSSED,
        COMPLETED,
        TEMPLATE,
        FORM,
        CORRECTIVE_DUE,
        CORRECTIVE_CONFIRMED,
        CORRECTIVE_BY,
        CORRECTIVE_NOTE,
    ]


def narrative_headings() -> list[str]:
    instrument = current_audit_instrument()
    return [ID, AREA, PART, instrument.evidence_heading, instrument.impact_heading]


ACTION_HEADINGS = [ID, ACTION, BY_WHOM, BY_WHEN, DONE_ON]


def split_for_excel(text: str, limit: int = EXCEL_CELL_LIMIT) -> list[str]:
    """Pieces that each fit one Excel cell (Excel counts UTF-16 units), joined back by
    simple concatenation."""
    if len(text) <= limit // 2:
        return [text]
    pieces: list[str] = []
    start = 0
    units = 0
    for index, character in enumerate(text):
        width = 2 if ord(character) > 0xFFFF else 1
        if units + width > limit:
            pieces.append(text[start:index])
            start, units = index, 0
        units += width
    pieces.append(text[start:])
    return pieces


class _Sheet:
    """A write-only sheet with text that never becomes a formula."""

    def __init__(self, workbook: Any, title: str, headings: list[str], widths: list[float]):
        from openpyxl.utils import get_column_letter

        self.sheet = workbook.create_sheet(title)
        self.columns = len(headings)
        self.rows = 1
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "C2" if title == AUDITS_SHEET else "B2"
        self.sheet.print_title_rows = "1:1"
        self.sheet.page_setup.orientation = "landscape"
        self.sheet.page_setup.fitToWidth = 1
        self.sheet.page_setup.fitToHeight = 0
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True
        self.sheet.append([self._heading(h) for h in headings])

    def _heading(self, text: str) -> Any:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        cell = WriteOnlyCell(self.sheet, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def append(self, values: list[Any]) -> None:
        self.sheet.append(values)
        self.rows += 1

    def discard(self) -> None:
        """Close and remove the half-written sheet after a cancel or a failure."""
        try:
            self.sheet.close()
            if self.sheet._writer is not None:
                self.sheet._writer.cleanup()
        except Exception:  # already closed or never started: nothing left to remove
            pass

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        self.sheet.auto_filter.ref = f"A1:{get_column_letter(self.columns)}{max(self.rows, 2)}"


class _Cells:
    """Makes cells for one sheet and keeps count of what had to change to fit Excel."""

    def __init__(self, result: ExportResult) -> None:
        from openpyxl.cell import WriteOnlyCell

        self.result = result
        self.sheet: Any = None
        self.cell_type = WriteOnlyCell

    def text(self, value: str | None, what: str = "") -> Any:
        if not value:
            return None
        if clean_for_xml(value) is not value:
            self.result.replaced_characters += 1
        cell = self.cell_type(self.sheet)
        if put_text(cell, value):
            self.result.cut_cells += 1
            self.result.notes.append(
                f"{what} was longer than an Excel cell holds and was cut; the full text is in "
                "qaaudit."
            )
        return cell

    def day(self, value: date | None, number_format: str = DATE_FORMAT) -> Any:
        if value is None:
            return None
        cell = self.cell_type(self.sheet, value=value)
        cell.number_format = number_format
        return cell


def _grade_label(instrument: AuditInstrument, key: str | None) -> str:
    if not key:
        return ""
    try:
        return instrument.grade(key).label
    except KeyError:
        return key


def write_audits_workbook(
    db: Database,
    viewer: Actor,
    target: Path,
    progress: Progress = no_progress,
    today: date | None = None,
    period: audit_data.Period = audit_data.Period(),  # noqa: B008
) -> ExportResult:
    """Write every audit ``viewer`` may see (of the period, if one is given). Cancelling
    (progress returns False) leaves any earlier file at ``target`` as it was."""
    from openpyxl import Workbook

    target = Path(target)
    today = today or date.today()
    result = ExportResult(target)
    with replace_atomically(target) as temporary, db.reading() as session:
        refresh_catalogue(session)
        forms = audit_data.forms_used(session)
        areas = area_columns(forms=forms)
        total = audit_data.count_audits(session, viewer, period)
        if not progress(0, total, "Writing audits"):
            raise Cancelled()
        workbook = Workbook(write_only=True)
        audits_sheet = _Sheet(
            workbook,
            AUDITS_SHEET,
            audit_headings(forms),
            [9, 16, 11, 24, 22, 20, 20, 24, 12, 10, 10, 11, 19, 13]
            + [14] * len(areas)
            + [30, 14, 13, 10, 22, 14, 14, 20, 40],
        )
        narratives_sheet = _Sheet(
            workbook, NARRATIVES_SHEET, narrative_headings(), [9, 18, 6, 80, 80]
        )
        actions_sheet = _Sheet(workbook, ACTIONS_SHEET, ACTION_HEADINGS, [9, 60, 22, 12, 12])
        sheets = (audits_sheet, narratives_sheet, actions_sheet)
        try:
            _write_batches(session, viewer, sheets, result, total, progress, period)
        except BaseException:
            for sheet in sheets:
                sheet.discard()
            raise
        for sheet in sheets:
            sheet.finish()
        _about(workbook, result, viewer, today)
        workbook.save(temporary)
    return result


def _write_batches(
    session: Any,
    viewer: Actor,
    sheets: tuple[_Sheet, _Sheet, _Sheet],
    result: ExportResult,
    total: int,
    progress: Progress,
    period: audit_data.Period,
) -> None:
    audits_sheet, narratives_sheet, actions_sheet = sheets
    instruments = all_instruments()
    areas = area_columns(forms=audit_data.forms_used(session))
    cells = _Cells(result)
    for batch in audit_data.audit_batches(session, viewer, period=period):
        cells.sheet = audits_sheet.sheet
        for row in batch.audits:
            audits_sheet.append(_audit_row(row, cells, instruments, areas))
        cells.sheet = narratives_sheet.sheet
        _write_narratives(narratives_sheet, batch.narratives, cells, areas)
        cells.sheet = actions_sheet.sheet
        for action in batch.actions:
            actions_sheet.append(
                [
                    action.audit_id,
                    cells.text(action.action, f"An agreed action of audit {action.audit_id}"),
                    cells.text(action.owner),
                    cells.day(action.due_on),
                    cells.day(action.done_on),
                ]
            )
            result.actions += 1
        result.audits += len(batch.audits)
        if not progress(result.audits, total, "Writing audits"):
            raise Cancelled()


def _write_narratives(
    sheet: _Sheet,
    narratives: list[audit_data.NarrativeRow],
    cells: _Cells,
    areas: list[tuple[str, str]],
) -> None:
    """One row per audit and practice area, in the template's order; a narrative too long
    for one cell continues on the rows below, its rows numbered Part 1, 2, 3, ..."""
    current = current_audit_instrument()
    order = {key: index for index, (key, _h) in enumerate(areas)}
    for narrative in sorted(narratives, key=lambda n: (n.audit_id, order.get(n.area_key, 99))):
        short = _area_short(current, narrative.area_key)
        evidence = split_for_excel(narrative.evidence)
        impact = split_for_excel(narrative.impact)
        parts = max(len(evidence), len(impact))
        if parts > 1:
            cells.result.split_narratives += 1
        for part in range(parts):
            sheet.append(
                [
                    narrative.audit_id,
                    cells.text(short),
                    part + 1 if parts > 1 else None,
                    cells.text(evidence[part] if part < len(evidence) else ""),
                    cells.text(impact[part] if part < len(impact) else ""),
                ]
            )
        cells.result.narratives += 1


def _area_short(instrument: AuditInstrument, key: str) -> str:
    try:
        return instrument.area(key).short
    except KeyError:
        return key


def _audit_row(
    row: audit_data.AuditDataRow,
    cells: _Cells,
    instruments: dict[tuple[str, str], AuditInstrument],
    areas: list[tuple[str, str]],
) -> list[Any]:
    version = row.template_version
    instrument = instruments.get((row.instrument_key, version)) or current_audit_instrument()
    fix = row.corrective
    return [
        row.id,
        cells.text(row.case_number),
        cells.day(row.audit_month, MONTH_FORMAT),
        cells.text(row.service_area),
        cells.text(row.team),
        cells.text(row.auditor),
        cells.text(row.case_holder),
        cells.text(row.strand),
        cells.text(row.age_band),
        cells.text("Re-audit" if row.previous_audit_id else "Audit"),
        row.previous_audit_id,
        cells.text(row.status.capitalize()),
        cells.text(_grade_label(instrument, row.overall)),
        cells.text({"good": "Good", "not_yet_good": "Not yet good"}.get(row.headline or "", "")),
        *(cells.text(_grade_label(instrument, row.judgements.get(key))) for key, _h in areas),
        cells.text(THEME_SEPARATOR.join(instrument.theme_label(t) for t in row.themes)),
        cells.day(row.discussed_on),
        cells.day(row.completed_on),
        cells.text(version),
        cells.text(row.instrument_key),
        cells.day(fix.due_on) if fix else None,
        cells.day(fix.confirmed_on) if fix else None,
        cells.text(fix.confirmed_by) if fix else None,
        cells.text(fix.note, f"The corrective action note of audit {row.id}") if fix else None,
    ]


def _about(workbook: Any, result: ExportResult, viewer: Actor, today: date) -> None:
    sheet = workbook.create_sheet(ABOUT_SHEET)
    sheet.column_dimensions["A"].width = 110
    if result.split_narratives:
        result.notes.append(
            f"{result.split_narratives:,} narratives were longer than an Excel cell holds "
            f"({EXCEL_CELL_LIMIT:,} characters). Each continues on the next rows of the "
            "Narratives sheet (Part 2, 3, ...); importing the workbook joins them back whole."
        )
    if result.replaced_characters:
        result.notes.append(
            f"{result.replaced_characters:,} cells held characters Excel cannot store (such as "
            "control characters pasted from other programs); each was replaced by �. The "
            "text in qaaudit is unchanged."
        )
    lines = [
        "Case file audits exported from qaaudit",
        f"Exported on {today:%d %B %Y} for {viewer.name}: {result.audits:,} audits, "
        f"{result.narratives:,} narratives, {result.actions:,} agreed actions.",
        "",
        "Audits: one row per audit, one column per practice area's judgement.",
        "Narratives: the evidence and the impact on the child, one row per audit and "
        "practice area.",
        "Agreed actions: the actions agreed with the case holder, by audit id.",
        "",
        "Text is always stored as text, never as a formula. Line breaks inside a narrative "
        "are kept; a carriage return before a line break is not.",
        "To bring audits into another qaaudit database: qaaudit import audits FILE.xlsx "
        "(people, teams and service areas are matched by name).",
        *result.notes,
    ]
    for line in lines:
        sheet.append([_plain(sheet, line)])


def _plain(sheet: Any, line: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    put_text(cell, line)
    return cell
