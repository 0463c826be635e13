"""The month's allocation as a workbook: every auditor's cases, the counts of allocated,
started and completed, the record of the draw (seed, rules, the list it was drawn from)
so that it can be shown to an inspector, and the coverage heat maps of the last twelve
months by team and by strand."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.sampling import status_label
from qaaudit.exports.common.excel import put_text
from qaaudit.exports.common.files import ending_in, replace_atomically
from qaaudit.exports.common.pdf import HEADER_FILL
from qaaudit.services.common.actor import Actor
from qaaudit.services.sampling.allocations import (
    BY_STRAND,
    BY_TEAM,
    Coverage,
    allocation_counts,
    coverage,
    month_allocation,
    refuse_unless_lead,
)
from qaaudit.services.sampling.draws import DrawSummary, draw_for
from qaaudit.store.models import Person
from qaaudit.store.sampling import SampleDraw

ALLOCATION_HEADINGS = (
    ("Auditor", 26),
    ("Case number", 16),
    ("Team", 26),
    ("Legal status", 18),
    ("Strand", 30),
    ("Age band", 12),
    ("Allocated worker", 24),
    ("How chosen", 20),
    ("Reason", 40),
    ("Audit", 12),
    ("Withdrawn because", 40),
)
# The heat map's shades, lightest to darkest, and the mark of a cell with nothing audited.
SHADES = ("E8F1FA", "C6DBEF", "9ECAE1", "6BAED6", "4292C6")
EMPTY_FILL = "F4CCCC"
EMPTY_MARK = "none"


@dataclass(frozen=True)
class AllocationWorkbook:
    path: Path
    cases: int
    sheets: tuple[str, ...]


class NothingDrawn(Exception):
    """The month has no draw to export."""


def write_allocation(
    session: Session, actor: Actor, month: date, target: Path
) -> AllocationWorkbook:
    from openpyxl import Workbook

    refuse_unless_lead(actor)
    summary = draw_for(session, month)
    if summary is None:
        raise NothingDrawn(f"The cases for {month:%B %Y} have not been drawn yet.")
    cases = month_allocation(session, actor, month)
    counts = allocation_counts(session, actor, month)
    book = Workbook()
    sheet = book.active
    sheet.title = "Allocation"
    _header(sheet, ALLOCATION_HEADINGS)
    for row, case in enumerate(cases, start=2):
        values = (
            case.auditor,
            case.case_number,
            case.team,
            case.legal_status_label,
            case.strand,
            case.age_band,
            case.case_holder,
            case.kind_label,
            case.reason,
            case.state_label,
            case.withdrawn_reason,
        )
        for column, value in enumerate(values, start=1):
            put_text(sheet.cell(row=row, column=column), value or None)
    sheet.auto_filter.ref = sheet.dimensions

    owed = summary.owed
    compliance = book.create_sheet("Compliance")
    _header(
        compliance,
        (("Auditor", 26), ("Owed", 10), ("Allocated", 12), ("Started", 12), ("Completed", 12)),
    )
    row = 2
    for count in counts.by_auditor:
        put_text(compliance.cell(row=row, column=1), count.auditor)
        for column, value in enumerate(
            (owed.get(count.auditor_id), count.allocated, count.started, count.completed), 2
        ):
            compliance.cell(row=row, column=column, value=value)
        row += 1
    put_text(compliance.cell(row=row, column=1), "All auditors")
    for column, value in enumerate(
        (summary.asked, counts.allocated, counts.started, counts.completed), 2
    ):
        compliance.cell(row=row, column=column, value=value)

    _draw_record(book.create_sheet("The draw"), session, summary)
    for by, title in ((BY_TEAM, "Coverage by team"), (BY_STRAND, "Coverage by strand")):
        _heat_map(book.create_sheet(title), coverage(session, month, by))
    target = ending_in(target, ".xlsx")
    with replace_atomically(target) as temporary:
        book.save(temporary)
    return AllocationWorkbook(target, len(cases), tuple(book.sheetnames))


def _header(sheet: Any, headings: tuple[tuple[str, int], ...]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    fill = PatternFill("solid", fgColor=HEADER_FILL.lstrip("#"))
    for column, (title, width) in enumerate(headings, start=1):
        cell = sheet.cell(row=1, column=column)
        put_text(cell, title)
        cell.font = Font(bold=True)
        cell.fill = fill
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _draw_record(sheet: Any, session: Session, summary: DrawSummary) -> None:
    from openpyxl.styles import Font

    stored = session.scalar(select(SampleDraw).where(SampleDraw.month == summary.month))
    assert stored is not None
    record = json.loads(stored.rules)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 80
    lines: list[tuple[str, Any]] = [
        ("Month", f"{summary.month:%B %Y}"),
        ("Seed", summary.seed),
        ("Drawn by", summary.drawn_by),
        ("Drawn at", summary.drawn_at),
        ("Case list file", summary.case_list_file),
        ("Case list SHA-256", summary.case_list_digest),
        ("Cases on the list", summary.case_list_cases),
        ("Excluded (audited or sampled in the last 12 months)", summary.excluded),
        ("Eligible", summary.eligible),
        ("Owed in all (QAF plan due lists)", summary.asked),
        ("Drawn", summary.drawn),
        ("Short by", summary.shortfall),
        (
            "Own team's cases",
            "kept from their auditors" if summary.own_team_excluded else "allowed",
        ),
        ("Rules", "qaaudit's sampling rules, version " + str(record["rules_version"])),
        (
            "Repeat it",
            "qaaudit sample --month "
            f"{summary.month:%Y-%m} --cases <the list above> --seed {summary.seed} on a copy "
            "of the database as it was gives the same cases to the same auditors.",
        ),
    ]
    for status, quota in sorted(record["quotas"].items()):
        lines.append((f"Drawn from {status_label(status)}", quota))
    names = dict(session.execute(select(Person.id, Person.name)).all())
    for person_id, _team, owed in record["owed"]:
        lines.append((f"Owed by {names.get(person_id, person_id)}", owed))
    if record["excluded_rows"]:
        lines.append(
            (
                "Excluded rows of the list",
                ", ".join(str(r) for r in record["excluded_rows"]),
            )
        )
    for row, (label, value) in enumerate(lines, start=1):
        put_text(sheet.cell(row=row, column=1), label)
        sheet.cell(row=row, column=1).font = Font(bold=True)
        cell = sheet.cell(row=row, column=2)
        if isinstance(value, int):
            cell.value = value
        else:
            put_text(cell, str(value))


def _heat_map(sheet: Any, found: Coverage) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    first = "Team" if found.by == BY_TEAM else "Strand"
    put_text(
        sheet.cell(row=1, column=1),
        f"Practice areas judged in completed audits, {found.first:%B %Y} to {found.last:%B %Y} "
        f"(number judged; “{EMPTY_MARK}” where nothing was audited)",
    )
    sheet.cell(row=1, column=1).font = Font(bold=True)
    headings = ((first, 30), ("Audits", 10)) + tuple((short, 14) for _k, short in found.areas)
    fill = PatternFill("solid", fgColor=HEADER_FILL.lstrip("#"))
    for column, (title, width) in enumerate(headings, start=1):
        cell = sheet.cell(row=2, column=column)
        put_text(cell, title)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width
    top = max((c.judged for c in found.cells.values()), default=0)
    empty = PatternFill("solid", fgColor=EMPTY_FILL)
    for row, name in enumerate(found.rows, start=3):
        put_text(sheet.cell(row=row, column=1), name)
        sheet.cell(row=row, column=2, value=found.audits.get(name, 0))
        for column, (key, _short) in enumerate(found.areas, start=3):
            cell = sheet.cell(row=row, column=column)
            judged = found.cell(name, key).judged
            if judged:
                cell.value = judged
                shade = SHADES[min(len(SHADES) - 1, (judged * len(SHADES) - 1) // max(top, 1))]
                cell.fill = PatternFill("solid", fgColor=shade)
                if shade in SHADES[3:]:
                    cell.font = Font(color="FFFFFF")
            else:
                put_text(cell, EMPTY_MARK)
                cell.fill = empty
    sheet.freeze_panes = "C3"
