"""The action plans, as the quarterly QA meeting goes through them: every item by
service area, with its owner, due date, red / amber / green, each progress update with
its note, and what the meeting decided; as a workbook (to sort and filter) and as a PDF
(for the meeting's papers)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.exports.common.excel import put_text
from qaaudit.exports.common.files import replace_atomically
from qaaudit.exports.common.pdf import HEADER_FILL, markup, para, styles, write_pdf
from qaaudit.services.reports.action_plans import ActionPlanRow
from qaaudit.services.reports.meetings import MeetingAgenda

# Fills that keep black text at 4.5:1 and tell red, amber and green apart in grey too.
PROGRESS_FILLS = {"red": "F4B6B0", "amber": "FFE08A", "green": "B7E1B0"}
ITEM_HEADERS = (
    "Service area",
    "Action",
    "Recommendation",
    "Report",
    "Owner",
    "Due",
    "Progress",
    "State",
    "Latest note",
    "Meeting decided",
)
HISTORY_HEADERS = ("Item", "Service area", "Action", "When", "Who", "Progress", "Note")


def action_plan_file_name(agenda: MeetingAgenda) -> str:
    start = agenda.meeting.quarter_start
    return f"action-plans-{start.year}Q{(start.month - 1) // 3 + 1}"


def _decided(agenda: MeetingAgenda, item: ActionPlanRow) -> str:
    return "\n".join(d.decision for d in agenda.meeting.decisions_for(item.id))


def write_action_plan_workbook(agenda: MeetingAgenda, target: Path, today: date) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    items = book.active
    items.title = "Action plans"
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    wrap = Alignment(wrap_text=True, vertical="top")

    def header(sheet: Any, names: tuple[str, ...]) -> None:
        for column, name in enumerate(names, start=1):
            cell = sheet.cell(row=1, column=column, value=name)
            cell.font, cell.fill = bold, header_fill
        sheet.freeze_panes = "A2"

    header(items, ITEM_HEADERS)
    for row, item in enumerate(agenda.items, start=2):
        values = (
            item.service_area,
            item.action,
            item.recommendation,
            item.report,
            item.owner,
            None,
            item.progress_label,
            item.state(today),
            item.latest_note,
            _decided(agenda, item),
        )
        for column, value in enumerate(values, start=1):
            cell = items.cell(row=row, column=column)
            if value is not None:
                put_text(cell, value)
            cell.alignment = wrap
        due = items.cell(row=row, column=6, value=item.due_on)
        due.number_format = "DD/MM/YYYY"
        items.cell(row=row, column=7).fill = PatternFill(
            "solid", fgColor=PROGRESS_FILLS.get(item.progress, "FFFFFF")
        )
    for column, width in zip("ABCDEFGHIJ", (22, 45, 40, 30, 20, 12, 10, 18, 40, 40), strict=True):
        items.column_dimensions[column].width = width
    items.auto_filter.ref = f"A1:J{max(1, len(agenda.items) + 1)}"

    history = book.create_sheet("Progress history")
    header(history, HISTORY_HEADERS)
    row = 2
    for item in agenda.items:
        for entry in item.history:
            values = (item.service_area, item.action, None, entry.person, entry.label, entry.note)
            history.cell(row=row, column=1, value=item.id)
            for column, value in zip((2, 3, 4, 5, 6, 7), values, strict=True):
                if value is not None:
                    put_text(history.cell(row=row, column=column), value)
            when = history.cell(row=row, column=4, value=entry.at)
            when.number_format = "DD/MM/YYYY HH:MM"
            history.cell(row=row, column=6).fill = PatternFill(
                "solid", fgColor=PROGRESS_FILLS.get(entry.progress, "FFFFFF")
            )
            row += 1
    for column, width in zip("ABCDEFG", (8, 22, 45, 17, 20, 10, 60), strict=True):
        history.column_dimensions[column].width = width

    meeting = book.create_sheet("Meeting")
    put_text(meeting.cell(row=1, column=1), f"Quarterly QA meeting: {agenda.meeting.label}")
    meeting.cell(row=1, column=1).font = Font(bold=True, size=13)
    held = agenda.meeting.held_on
    put_text(meeting.cell(row=2, column=1), f"Held {held:%d %B %Y}" if held else "Not held yet")
    put_text(meeting.cell(row=3, column=1), agenda.meeting.notes)
    meeting.cell(row=3, column=1).alignment = wrap
    meeting.column_dimensions["A"].width = 100

    with replace_atomically(Path(target)) as temporary:
        book.save(temporary)
    return Path(target)


def write_action_plan_pdf(agenda: MeetingAgenda, target: Path, today: date) -> Path:
    from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

    styles()
    title = f"Action plans for the quarterly QA meeting: {agenda.meeting.label}"

    def story(width: float, _height: float) -> list[Any]:
        held = agenda.meeting.held_on
        flow: list[Any] = [
            markup("QUARTERLY QUALITY ASSURANCE MEETING", "muted"),
            para(title, "title"),
            para(
                (f"Held {held:%d %B %Y}. " if held else "Not held yet. ")
                + f"{len(agenda.items)} item{'s' if len(agenda.items) != 1 else ''}; "
                f"overdue items are those past their due date on {today:%d %B %Y}.",
                "muted",
            ),
        ]
        if agenda.meeting.notes:
            flow += [para("Notes of the meeting", "h2"), para(agenda.meeting.notes)]
        if not agenda.items:
            flow.append(para("There are no open action plan items.", "body"))
        widths = [w * width for w in (0.25, 0.13, 0.09, 0.09, 0.44)]
        for area, items in agenda.by_service_area():
            # A service area's heading never ends a page without its first items.
            flow += [CondPageBreak(45 * 2.835), para(area, "h1")]
            cells = [
                [
                    para(h, "label")
                    for h in ("Action", "Owner", "Due", "Progress", "History and decisions")
                ]
            ]
            fills = []
            for index, item in enumerate(items, start=1):
                story_lines = [
                    f"{entry.at:%d %b %Y} · {entry.person} · {entry.label}: {entry.note}"
                    for entry in item.history
                ]
                story_lines += [
                    f"Meeting decided: {d}" for d in _decided(agenda, item).split("\n") if d
                ]
                cells.append(
                    [
                        para(item.action, "cell"),
                        para(item.owner, "cell"),
                        para(f"{item.due_on:%d %b %Y}", "cell"),
                        para(f"{item.progress_label}\n{item.state(today)}", "cell"),
                        para("\n".join(story_lines), "small"),
                    ]
                )
                fills.append(
                    (
                        "BACKGROUND",
                        (3, index),
                        (3, index),
                        "#" + PROGRESS_FILLS.get(item.progress, "FFFFFF"),
                    )
                )
            grid = Table(cells, colWidths=widths, repeatRows=1)
            grid.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                        ("GRID", (0, 0), (-1, -1), 0.4, "#B8C4D0"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        *fills,
                    ]
                )
            )
            flow += [grid, Spacer(1, 6)]
        return flow

    return write_pdf(
        target, story, title=title, landscape=True, author="qaaudit", subject="Action plans"
    )
