"""The year's due lists are streamed into the workbook as plain values, for speed: names,
roles and tasks that look like formulas, carry characters Excel cannot store, or run past
Excel's limit still arrive as text, cleaned, and cut only with a word about it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from qaaudit.bootstrap import Opened
from qaaudit.exports.common.excel import row_text
from qaaudit.exports.common.text import EXCEL_CELL_LIMIT, TRUNCATION_NOTE
from qaaudit.exports.schedule.excel import ScheduleExportOptions, export_schedule
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.services.schedule.roles import assign_role
from tests.factories import make_person, make_team

TODAY = date(2017, 4, 20)
HOSTILE = '=HYPERLINK("http://example.invalid","click")'


def test_a_manager_named_like_a_formula_is_text_in_every_due_list_row(
    opened: Opened, tmp_path: Path
) -> None:
    with opened.db.writing() as s:
        load_council_plan(s, opened.actor)
        team = make_team(s, name="@Team\x07One")
        manager = make_person(s, "eq", HOSTILE, team=team)
        assign_role(
            s,
            opened.actor,
            manager.id,
            "help-and-protection/team-manager-social-care",
            date(2017, 1, 1),
            team_id=team.id,
        )
    path = tmp_path / "plan.xlsx"
    with opened.db.reading() as s:
        summary = export_schedule(s, ScheduleExportOptions(2017, today=TODAY), path)

    due = load_workbook(path)["Due lists"]
    rows = [row for row in due.iter_rows(min_row=4) if row[0].value is not None]
    # A whole year of the role: ten audits, two re-audits, two reviews of plans.
    assert len(rows) == summary.due_rows == 14
    for person, team_cell, *_rest in rows:
        assert person.value == HOSTILE and person.data_type == "s"
        # The bell character pasted from somewhere cannot be stored: it is replaced.
        assert team_cell.value == "@Team\ufffdOne" and team_cell.data_type == "s"
    overdue = [r for r in load_workbook(path)["Overdue"].iter_rows(min_row=4) if r[0].value]
    assert overdue and all(r[0].value == HOSTILE and r[0].data_type == "s" for r in overdue)


def test_streamed_text_stays_text_and_long_text_is_cut_and_said(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rows")
    values = ["=1+1", "+44 7700 900123", "-2", "@sum", "\tindented", "plain", "", None]
    cut_flags = []
    row = []
    for value in [*values, "x" * (EXCEL_CELL_LIMIT + 10)]:
        written, cut = row_text(sheet, value)
        row.append(written)
        cut_flags.append(cut)
    sheet.append(row)
    path = tmp_path / "rows.xlsx"
    book.save(path)

    cells = next(load_workbook(path)["Rows"].iter_rows(min_row=1, max_row=1))
    assert [c.value for c in cells[:6]] == values[:6]
    assert all(c.data_type == "s" for c in cells[:6])
    assert cells[6].value is None and cells[7].value is None
    assert len(cells[8].value) == EXCEL_CELL_LIMIT and cells[8].value.endswith(TRUNCATION_NOTE)
    assert cut_flags == [False] * 8 + [True]
