"""The QA lead exports the plan to Excel, edits it there and brings it back; hostile
workbooks are turned away whole."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from benchmarks import hostile_workbooks as hostile
from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain.schedule import MARK
from qaaudit.exports.common.excel import WorkbookRejected
from qaaudit.exports.schedule.excel import (
    LEGEND_TITLE,
    PLAN_HEADERS,
    ScheduleExportOptions,
    export_schedule,
)
from qaaudit.exports.schedule.workbook_import import import_schedule, read_plan_workbook
from qaaudit.services.schedule.edit import TASK, set_text
from qaaudit.services.schedule.plan import load_council_plan, load_plan, plan_years
from qaaudit.services.schedule.roles import assign_role
from tests.factories import make_person, make_team

TODAY = date(2017, 4, 20)


@pytest.fixture
def planned(opened: Opened) -> Opened:
    """The 2017 plan, with one team manager whose task name would be a formula."""
    with opened.db.writing() as s:
        plan = load_council_plan(s, opened.actor)
        task = plan.areas[0].roles[1].tasks[0]
        set_text(
            s, opened.actor, TASK, task.id, task.version, "comment", '=HYPERLINK("http://x","y")'
        )
        team = make_team(s)
        jo = make_person(s, "jo", "+Jo Bloggs", team=team)
        assign_role(
            s,
            opened.actor,
            jo.id,
            "help-and-protection/team-manager-social-care",
            date(2017, 1, 1),
            team_id=team.id,
        )
    return opened


def export(opened: Opened, path: Path, year: int = 2017, due_month: date | None = None) -> None:
    with opened.db.reading() as s:
        export_schedule(s, ScheduleExportOptions(year, due_month=due_month, today=TODAY), path)


def test_workbook_is_laid_out_as_the_council_prints_it(planned: Opened, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    export(planned, path, due_month=date(2017, 3, 1))
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["Help and Protection", "Early Help and Prevention"]
    assert book.sheetnames[-4:] == ["Audit themes", "Due lists", "Compliance", "Overdue"]
    sheet = book["Help and Protection"]
    assert sheet["A1"].value == "COVENTRY CHILDREN'S QAF PLAN - 2017"
    assert sheet["Q1"].value == datetime(2017, 3, 29)
    assert sheet["A2"].value == "Help and Protection"
    assert tuple(c.value for c in sheet[3]) == PLAN_HEADERS
    assert sheet["A4"].value == "Service Manager"
    assert sheet["A5"].value == "Case File Audit"
    marks = [sheet.cell(5, 2 + m).value for m in range(1, 13)]
    assert marks == [None, None, MARK, None, None, MARK, None, None, MARK, None, None, MARK]
    assert sheet.cell(5, 2 + 3).fill.fgColor.rgb.endswith("8EA9DB")  # shaded AND marked
    assert sheet.cell(5, 2 + 1).fill.fill_type is None
    assert sheet.freeze_panes == "B4"
    assert sheet.print_title_rows == "$1:$3"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["C"].width
    # User text that looks like a formula stays text.
    formula_like = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert formula_like and all(c.data_type == "s" for c in formula_like)
    themes = book["Audit themes"]
    assert themes["A2"].value == "AUDIT THEMES" and themes["A4"].value == "Full Case File Audit"
    # Assumed, not read: a different mark beside the shading.
    assert [themes.cell(4, 2 + m).value for m in (2, 8)] == [MARK + "?", MARK + "?"]
    assert themes.cell(4, 2 + 2).fill.fgColor.rgb.endswith("8EA9DB")
    due = book["Due lists"]
    assert due["A2"].value == "DUE LISTS - MARCH 2017"
    rows = list(due.iter_rows(min_row=4, values_only=True))
    assert [(r[0], r[4], r[6], r[9]) for r in rows] == [
        ("+Jo Bloggs", "Case File", "January 2017", "Overdue"),
        ("+Jo Bloggs", "Re-Audit Case File", "February 2017", "Overdue"),
        ("+Jo Bloggs", "Case File", "March 2017", "Overdue"),
    ]
    assert due["A4"].data_type == "s"
    compliance = [r for r in book["Compliance"].iter_rows(values_only=True) if r[0] == "+Jo Bloggs"]
    assert compliance == [("+Jo Bloggs", 4, 0, 3, 0)]


def test_assumed_months_when_needed_tasks_and_printed_figures_are_marked_and_explained(
    planned: Opened, tmp_path: Path
) -> None:
    path = tmp_path / "plan.xlsx"
    export(planned, path)
    book = load_workbook(path)

    def row_of(sheet: object, first: str, after: str = "") -> int:
        rows = [c.value for c in sheet["A"]]  # type: ignore[index]
        start = rows.index(after) if after else 0
        return start + rows[start:].index(first) + 1

    def months(sheet: object, row: int) -> list[object]:
        return [sheet.cell(row, 2 + m).value for m in range(1, 13)]  # type: ignore[attr-defined]

    hp = book["Help and Protection"]
    # Team manager: monthly "as per schedule" is assumed; the re-audit months are read.
    case_file = row_of(hp, "Case File", "Team Manager - Social Care")
    assert months(hp, case_file)[0] == "●?" and months(hp, case_file)[1] is None
    assert months(hp, case_file + 1)[1] == "●"
    # The key says what each mark means, under the plan.
    key = row_of(hp, LEGEND_TITLE)
    legend = {hp.cell(r, 1).value: hp.cell(r, 2).value for r in range(key + 1, key + 5)}
    assert set(legend) == {"●", "●?", "○", "1"}
    assert "assumed" in legend["●?"] and "never overdue" in legend["○"]
    assert hp.cell(key + 2, 1).fill.fgColor.rgb.endswith("8EA9DB")
    commissioning = next(
        book[n] for n in book.sheetnames if book[n]["A2"].value.endswith("Commissioning")
    )
    concerns = row_of(commissioning, "Provider Visits Where Concerns")
    assert months(commissioning, concerns) == [None, None, "○"] * 4
    external = book["External Audit"]
    audit = row_of(external, "External Case File Audit")
    assert months(external, audit) == ["●", "●", *[None] * 6, "●", "●", None, 1]
    assert external.cell(audit, 16).value == 75
    # Read back, the marks give the same plan.
    data = read_plan_workbook(path)
    tasks = {(r.name, t.name): t for a in data.areas for r in a.roles for t in r.tasks}
    assert tasks[("External Auditors", "External Case File Audit")].counts == {12: 1}
    assert tasks[("Supported Accommodation", "Provider Visits Where Concerns")].when_needed
    assert tasks[("Team Manager - Social Care", "Case File")].assumed == frozenset(
        {1, 3, 4, 5, 6, 7, 9, 10, 11, 12}
    )
    assert data.themes[0].assumed == frozenset({2, 8})


def test_export_import_export_gives_the_same_plan(planned: Opened, tmp_path: Path) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export(planned, first)
    with planned.db.writing() as s:
        imported = import_schedule(s, planned.actor, first, 2018)
    with planned.db.reading() as s:
        original = load_plan(s, 2017)
    assert original is not None
    assert imported.to_data().comparable() == original.to_data().comparable()
    # The same roles keep their keys, so people in roles carry over to the imported year.
    assert [r.key for _a, r in imported.roles()] == [r.key for _a, r in original.roles()]
    with planned.db.writing() as s:
        import_schedule(s, planned.actor, first, 2017, replace=True)
    export(planned, second)
    a, b = load_workbook(first), load_workbook(second)
    for name in a.sheetnames[:9]:
        assert list(a[name].values) == list(b[name].values), name


def test_plan_edited_in_excel_comes_back(planned: Opened, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    export(planned, path)
    book = load_workbook(path)
    sheet = book["Help and Protection"]
    sheet["C5"] = "x"  # the QA lead adds January to the service manager's case file audit
    sheet["E5"] = None  # and takes March off
    sheet["A5"] = "Case File Audit (quarterly)"
    book.save(path)
    assert (
        main(["import", "schedule", str(path), "--year", "2017", "--db", str(planned.db.url)]) == 2
    )
    assert (
        main(
            [
                "import",
                "schedule",
                str(path),
                "--year",
                "2017",
                "--replace",
                "--db",
                str(planned.db.url),
            ]
        )
        == 0
    )
    with planned.db.reading() as s:
        plan = load_plan(s, 2017)
    assert plan is not None
    task = plan.areas[0].roles[0].tasks[0]
    assert task.name == "Case File Audit (quarterly)"
    assert task.months == frozenset({1, 6, 9, 12})


def _rejected(path: Path) -> str:
    with pytest.raises(WorkbookRejected) as caught:
        read_plan_workbook(path)
    return str(caught.value)


def test_hostile_and_malformed_workbooks_are_rejected_whole(
    planned: Opened, tmp_path: Path
) -> None:
    not_zip = tmp_path / "plan.xlsx"
    not_zip.write_text("TASK,PURPOSE\nCase file,=cmd|' /C calc'!A0\n")
    assert "not an Excel workbook" in _rejected(not_zip)

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (5 * 1024 * 1024))
    assert "zip bomb" in _rejected(bomb)

    good = tmp_path / "good.xlsx"
    export(planned, good)
    entity = tmp_path / "entity.xlsx"
    laugh = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(entity, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = laugh.encode()
            target.writestr(item, data)
    assert "XML" in _rejected(entity)

    wrong = tmp_path / "wrong.xlsx"
    book = load_workbook(good)
    book["Early Help and Prevention"]["O3"] = "NOTES"
    book["Help and Protection"]["P5"] = "lots"
    book["Help and Protection"]["Q6"] = "Knitting"
    book.save(wrong)
    message = _rejected(wrong)
    assert "sheet 'Early Help and Prevention', row 3: column O should be headed COMMENTS" in message
    assert "sheet 'Help and Protection', row 5: PER MONTH should be a whole number" in message
    assert "sheet 'Help and Protection', row 6: the ACTIVITY is not one the program" in message
    assert "Knitting" not in message and "lots" not in message and "NOTES" not in message

    # A sheet declaring every row Excel allows is refused at its first row past a plan's
    # length, without reading the rows it leaves out; a date that does not exist is named
    # by its row and column.
    huge = hostile.write_workbook(
        tmp_path / "huge.xlsx",
        [(1, ("PLAN - 2017",)), (hostile.EXCEL_ROWS, ("x",))],
        sheet="Help and Protection",
        dimension="A1:XFD1048576",
    )
    assert "has more than 2000 rows" in _rejected(huge)
    dates = hostile.write_workbook(
        tmp_path / "dates.xlsx",
        [(1, ("PLAN - 2017", hostile.IsoDate("0000-00-00")))],
        sheet="Help and Protection",
    )
    assert _rejected(dates).startswith(
        "Sheet 'Help and Protection', row 1, column B: the cell cannot be read"
    )

    # Nothing was half-imported: the database still holds only the 2017 plan.
    with planned.db.writing() as s, pytest.raises(WorkbookRejected):
        import_schedule(s, planned.actor, wrong, 2019)
    with planned.db.reading() as s:
        assert plan_years(s) == [2017]


def test_command_line_export_with_due_month(
    planned: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.xlsx"
    url = str(planned.db.url)
    assert (
        main(
            [
                "export",
                "schedule",
                "--year",
                "2017",
                "-o",
                str(out),
                "--due-month",
                "2017-03",
                "--db",
                url,
            ]
        )
        == 0
    )
    assert "Wrote" in capsys.readouterr().out
    assert load_workbook(out)["Due lists"]["A2"].value == "DUE LISTS - MARCH 2017"
    assert main(["export", "schedule", "--year", "2016", "-o", str(out), "--db", url]) == 2
    assert "no QAF plan for 2016" in capsys.readouterr().err
