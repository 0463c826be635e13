"""A council brings years of spreadsheet audits into qaaudit: matched by name, re-audits
linked, bad rows reported by number, nothing half-imported."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.cli import main
from qaaudit.exports.audit.data_excel import write_audits_workbook
from qaaudit.exports.audit.data_import import (
    ImportRejected,
    WorkbookRejected,
    import_audits_workbook,
)
from qaaudit.exports.common.files import Cancelled
from qaaudit.services.common.history import changes_for
from qaaudit.services.corrective import actions as corrective
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team
from tests.factories import make_person, make_team
from tests.loop_data import build_march

REAL_TODAY = date.today()
HEADINGS = [
    "Tracked case number",
    "Audit month",
    "Service area",
    "Team",
    "Auditor",
    "Strand",
    "Overall judgement",
    "Risk",
    "Plans",
]


def workbook_file(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def sheet_rows(path: Path, name: str) -> list[tuple[Any, ...]]:
    return list(load_workbook(path)[name].iter_rows(values_only=True))


def count(opened: Opened, model: Any) -> int:
    with opened.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_export_import_into_an_empty_database_and_export_again_gives_the_same_data(
    any_opened: Opened, tmp_path: Path
) -> None:
    source = open_for_use(f"sqlite:///{tmp_path / 'source.sqlite3'}", backup_dir=tmp_path / "b")
    try:
        march = build_march(source.db, REAL_TODAY)
        first = write_audits_workbook(source.db, source.actor, tmp_path / "first.xlsx").path
    finally:
        source.db.dispose()

    target = any_opened
    if True:
        result = import_audits_workbook(target.db, target.actor, first)
        second = write_audits_workbook(target.db, target.actor, tmp_path / "second.xlsx").path
        with target.db.reading() as s:
            imported_ids = list(s.scalars(select(CaseFileAudit.id).order_by(CaseFileAudit.id)))
            history = changes_for(s, "case_file_audit", imported_ids[0])
            actions = corrective.list_corrective(
                s, target.actor, corrective.CorrectiveFilter(show=corrective.EVERY)
            )

    assert result.audits == 7 and result.re_audits_linked == 1
    assert result.created_service_areas == ["Help and Protection", "Looked After Children"]
    assert sorted(result.created_people) == ["Sue Singh", "Tess Turner", "Tom Taylor"]
    # Imported audits carry their corrective action as it was and open none of their own.
    assert (result.corrective_confirmed, result.corrective_carried_open) == (1, 2)
    assert result.corrective_opened == 0
    assert [h.field for h in history] == ["imported"]
    assert history[0].new_value == "workbook first.xlsx, row 2"
    assert sorted((a.case_number, a.status) for a in actions) == [
        ("C0", "open"),
        ("C2", "confirmed"),
        ("L4", "open"),
    ]

    # The databases number audits their own way: compare through the order of the rows.
    original_ids = sorted(march.ids.values())
    renumber = dict(zip(imported_ids, original_ids, strict=True))
    for sheet, id_columns in (("Audits", (0, 10)), ("Narratives", (0,)), ("Agreed actions", (0,))):
        before = sheet_rows(first, sheet)
        after = [
            tuple(renumber.get(v, v) if i in id_columns and v else v for i, v in enumerate(row))
            if n
            else row
            for n, row in enumerate(sheet_rows(second, sheet))
        ]
        assert after == before, sheet


def test_bad_rows_are_reported_by_number_and_nothing_is_imported(
    opened: Opened, tmp_path: Path
) -> None:
    path = workbook_file(
        tmp_path / "bad.xlsx",
        {
            "Audits": [
                ["Audit id", *HEADINGS, "Discussed with case holder"],
                [
                    1,
                    "A1",
                    "2016-03",
                    "Help",
                    "Team A",
                    "Jo Bloggs",
                    "Help and protection",
                    "Meets good",
                    "Meets good",
                    "Does not meet good",
                    None,
                ],
                [
                    2,
                    "A2",
                    "2016-13",
                    "Help",
                    "Team A",
                    "Jo Bloggs",
                    "Help and protection",
                    "Meets good",
                    "Meets good",
                    "Meets good",
                    None,
                ],
                [
                    3,
                    "A3",
                    "2016-04",
                    "Help",
                    "Team A",
                    "Jo Bloggs",
                    "Space travel",
                    "Meets gud",
                    "Meets good",
                    "Meets good",
                    "31/02/2016",
                ],
                [
                    4,
                    "A4",
                    date(2099, 1, 1),
                    "Help",
                    "Team A",
                    "Jo Bloggs",
                    "Help and protection",
                    None,
                    "n/a",
                    "Meets good",
                    None,
                ],
                [
                    5,
                    "CN 100 (old file)",
                    "2016-05",
                    "Help",
                    "",
                    "Jo Bloggs",
                    "Help and protection",
                    "Meets good",
                    "Meets good",
                    "Meets good",
                    None,
                ],
                [
                    1,
                    "A6",
                    "2016-06",
                    "Help",
                    "Team A",
                    "Jo Bloggs",
                    "Help and protection",
                    "Meets good",
                    "Meets good",
                    "Meets good",
                    None,
                ],
            ],
            "Narratives": [
                [
                    "Audit id",
                    "Practice area",
                    "Part",
                    "Evidence that supports the judgement",
                    "Its impact on the child or young person",
                ],
                [1, "Risk", 1, "Evidence", "Impact"],
                [99, "Risk", 1, "Evidence", "Impact"],
                [1, "Astrology", 1, "Evidence", "Impact"],
            ],
            "Agreed actions": [
                ["Audit id", "Action", "By whom", "By when", "Done on"],
                [1, "Update the chronology", "Sam", "30/04/2016", "not yet"],
            ],
        },
    )
    with pytest.raises(ImportRejected) as rejected:
        import_audits_workbook(opened.db, opened.actor, path)
    problems = rejected.value.problems
    # Each problem names the sheet, the row and the column, and says what is wrong.
    assert problems == [
        "Audits sheet, row 3, column C (Audit month): not a month (write it as 2017-03).",
        "Audits sheet, row 4, column H (Overall judgement): not a judgement (use Exceeds "
        "good, Meets good, Does not meet good).",
        "Audits sheet, row 4, column G (Strand): not one of the strands (Help and "
        "protection, Children looked after and permanence, Adoption, Care leavers, "
        "Leadership, management and governance, Local safeguarding children board).",
        "Audits sheet, row 4, column K (Discussed with case holder): not a date (write it "
        "as 31/03/2017).",
        "Audits sheet, row 5, column C (Audit month): a month in the future.",
        "Audits sheet, row 5, column I (Risk): Risk applies to every case and cannot be not "
        "applicable.",
        "Audits sheet, row 5, column H (Overall judgement): a completed audit needs its "
        "overall judgement.",
        "Audits sheet, row 6, column B (Tracked case number): the tracked case number has "
        "characters other than letters, digits, / - _ or . (or more than 40).",
        "Audits sheet, row 6, column E (Team): a completed audit needs the team that holds "
        "the case.",
        "Audits sheet, row 6, column E (Team): a service area is given but no team.",
        "Audits sheet, row 7, column A (Audit id): the same audit id as row 2.",
        "Narratives sheet, row 3, column A (Audit id): no audit on the Audits sheet has "
        "this audit id.",
        "Narratives sheet, row 4, column B (Practice area): not a practice area of the "
        "audit template.",
        "Agreed actions sheet, row 2, column E (Done on): not a date (write it as 31/03/2017).",
    ]
    assert rejected.value.summary == f"The workbook has {len(problems)} problems."
    # No names or case numbers in what is said.
    assert not any("Jo Bloggs" in p or "A3" in p or "old file" in p for p in problems)
    # Row 2 was fine, but nothing at all was stored.
    assert count(opened, CaseFileAudit) == 0
    assert count(opened, Team) == 0
    assert count(opened, Person) == 1


def test_a_councils_own_spreadsheet_matches_people_and_teams_by_name(
    opened: Opened, tmp_path: Path
) -> None:
    with opened.db.writing() as s:
        team = make_team(s, "Assessment Team 1", "Help and Protection")
        make_person(s, "jbloggs", "Jo Bloggs", team=team)
    path = workbook_file(
        tmp_path / "council.xlsx",
        {
            "Audits": [
                [*HEADINGS, "Audit themes", "Case holder"],
                [
                    "cn100",
                    "Mar 2016",
                    "",
                    "assessment team 1",
                    "jo  bloggs",
                    "help and protection",
                    "does not meet good",
                    "Does not meet good",
                    "Does not meet good",
                    "Neglect; CIN",
                    "Sam Okafor",
                ],
                [
                    "CN100",
                    datetime(2016, 9, 1),
                    "Help and Protection",
                    "Assessment Team 1",
                    "Jo Bloggs",
                    "Help and protection",
                    "Meets good",
                    "Meets good",
                    "Meets good",
                    "",
                    "",
                ],
                [
                    "CN200",
                    "2016-09",
                    "Early Help",
                    "Family Hub North",
                    "Pat Newperson",
                    "",
                    "Exceeds good",
                    "Exceeds good",
                    "Exceeds good",
                    "",
                    "",
                ],
            ],
        },
    )
    checked = import_audits_workbook(opened.db, opened.actor, path, check_only=True)
    assert checked.report()[0] == "Would import 3 audits (1 re-audit linked to the earlier audit)."
    assert count(opened, CaseFileAudit) == 0

    result = import_audits_workbook(opened.db, opened.actor, path)
    assert (result.created_service_areas, result.created_teams) == (
        ["Early Help"],
        ["Family Hub North"],
    )
    assert result.created_people == ["Pat Newperson"]
    assert result.corrective_opened == 0  # imported audits open no corrective action
    with opened.db.reading() as s:
        rows = s.execute(
            select(
                CaseFileAudit.case_number,
                CaseFileAudit.audit_month,
                CaseFileAudit.previous_audit_id,
                CaseFileAudit.headline,
                Team.name,
                Person.name,
            )
            .join(Team, Team.id == CaseFileAudit.team_id)
            .join(Person, Person.id == CaseFileAudit.auditor_id)
            .order_by(CaseFileAudit.id)
        ).all()
        first_id = s.scalar(select(func.min(CaseFileAudit.id)))
        newcomer = s.execute(
            select(Person.login, Person.active).where(Person.name == "Pat Newperson")
        ).one()
        areas = list(s.scalars(select(ServiceArea.name).order_by(ServiceArea.id)))
    assert [tuple(r) for r in rows] == [
        ("CN100", date(2016, 3, 1), None, "not_yet_good", "Assessment Team 1", "Jo Bloggs"),
        ("CN100", date(2016, 9, 1), first_id, "good", "Assessment Team 1", "Jo Bloggs"),
        ("CN200", date(2016, 9, 1), None, "good", "Family Hub North", "Pat Newperson"),
    ]
    assert newcomer.login == "imported:pat.newperson" and not newcomer.active
    assert areas == ["Help and Protection", "Early Help"]


def test_a_failure_part_way_through_storing_leaves_nothing_behind(
    opened: Opened, tmp_path: Path
) -> None:
    build_march(opened.db, REAL_TODAY)
    path = write_audits_workbook(opened.db, opened.actor, tmp_path / "a.xlsx").path
    empty = open_for_use(f"sqlite:///{tmp_path / 'empty.sqlite3'}", backup_dir=tmp_path / "b")
    try:
        with pytest.raises(Cancelled):
            import_audits_workbook(
                empty.db, empty.actor, path, progress=lambda d, t, what: what != "Storing audits"
            )
        with empty.db.reading() as s:
            assert s.scalar(select(func.count(CaseFileAudit.id))) == 0
            assert s.scalar(select(func.count(Team.id))) == 0
            assert s.scalar(select(func.count(Person.id))) == 1
    finally:
        empty.db.dispose()


def test_hostile_files_are_refused_before_they_are_read(opened: Opened, tmp_path: Path) -> None:
    not_excel = tmp_path / "letter.xlsx"
    not_excel.write_text("Dear colleague, please find attached ...")
    with pytest.raises(WorkbookRejected, match="is not an Excel workbook"):
        import_audits_workbook(opened.db, opened.actor, not_excel)

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 30_000_000)
    with pytest.raises(WorkbookRejected, match="zip bomb"):
        import_audits_workbook(opened.db, opened.actor, bomb)

    entities = tmp_path / "entities.xlsx"
    workbook_file(entities, {"Audits": [HEADINGS]})
    _add_entity_bomb(entities)
    with pytest.raises(WorkbookRejected, match="entity"):
        import_audits_workbook(opened.db, opened.actor, entities)

    no_audits = workbook_file(tmp_path / "other.xlsx", {"Sheet1": [["Name"], ["x"]]})
    with pytest.raises(ImportRejected, match="no sheet called “Audits”"):
        import_audits_workbook(opened.db, opened.actor, no_audits)
    assert count(opened, CaseFileAudit) == 0


def _add_entity_bomb(path: Path) -> None:
    """Rewrite the sheet with a 'billion laughs' entity definition."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    body = parts[sheet].decode()
    root = body.index("<worksheet")
    parts[sheet] = (laughs + body[root:]).replace("<sheetData>", "<sheetData>&lol2;").encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_import_from_the_command_line(
    opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_march(opened.db, REAL_TODAY)
    path = write_audits_workbook(opened.db, opened.actor, tmp_path / "a.xlsx").path
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert main(["import", "audits", str(path), "--db", url, "--check"]) == 0
    assert capsys.readouterr().out.startswith("Would import 7 audits")
    assert main(["import", "audits", str(path), "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 7 audits (1 re-audit linked to the earlier audit).")
    assert "New teams created (2): Assessment Team 1, LAC Team 2." in out

    bad = workbook_file(tmp_path / "bad.xlsx", {"Audits": [HEADINGS, ["X1", "2016-13"]]})
    assert main(["import", "audits", str(bad), "--db", url]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported." in err
    assert "Audits sheet, row 2, column B (Audit month): not a month" in err
