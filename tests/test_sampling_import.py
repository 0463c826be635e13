"""Hostile case lists: duplicates, unknown teams and legal statuses, empty rows, a file that
is not a spreadsheet, Windows-1252 text, a workbook, and a hundred thousand rows. Each is
refused (or read) with messages naming rows and columns and never what a cell holds;
nothing is stored from a list with a problem; memory and time stay bounded."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened
from qaaudit.exports.sampling.case_list_file import (
    MAX_CASES,
    CaseListRejected,
    import_case_list,
    prepare,
)
from qaaudit.services.sampling.case_list import remembered_columns
from qaaudit.store.sampling import CaseList, CaseListEntry
from tests.sampling_world import HEADINGS, MARCH, TODAY, build_council, case_rows, write_case_list


def attempt(opened: Opened, path: Path) -> CaseListRejected:
    with pytest.raises(CaseListRejected) as refused:
        listed = prepare(opened.db, opened.actor, path)
        import_case_list(opened.db, opened.actor, listed, MARCH, TODAY)
    with opened.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(CaseListEntry)) == 0
        assert s.scalar(select(func.count()).select_from(CaseList)) == 0
    return refused.value


def never_quotes(problem: CaseListRejected, *secrets: str) -> None:
    text = problem.summary + "\n".join(problem.problems)
    for secret in secrets:
        assert secret not in text


def test_duplicates_unknown_teams_and_statuses_are_listed_by_row_and_column(
    opened: Opened, tmp_path: Path
) -> None:
    build_council(opened.db, opened.actor)
    rows = case_rows(10)
    rows[3][0] = rows[1][0]  # row 5 repeats row 3's case number
    rows[4][2] = "Team Nobody Has Heard Of"
    rows[5][3] = "Jayden Smith"  # a child's name where the legal status goes
    rows[6][0] = "=HYPERLINK(x)"
    rows[7][5] = "Teenager"
    rows[8][6] = "31/02/2017"
    problem = attempt(opened, write_case_list(tmp_path / "bad.csv", rows))
    assert problem.summary == "The case list has 6 problems; nothing was imported."
    assert problem.problems == [
        "Row 5, column A (Case number): the same case number as row 3.",
        "Row 6, column C (Team): not a team qaaudit knows. Add it under People and teams, or "
        "correct the list.",
        "Row 7, column D (Legal status or strand): not a legal status qaaudit knows (child in "
        "need, child protection, looked after, care leaver, adoption, early help).",
        "Row 8, column A (Case number): not a case number (letters, digits and / - _ . only, "
        "up to 40).",
        "Row 9, column F (Age band): not one of the age bands (Unborn, Under 1, 1-4, 5-9, "
        "10-15, 16-17, 18-25 (care leaver)).",
        "Row 10, column G (Date opened): not a date (write it as 31/03/2017).",
    ]
    never_quotes(problem, "Nobody Has Heard", "Jayden", "HYPERLINK", "Teenager", "Child Name")


def test_empty_rows_are_passed_over_and_windows_1252_is_read(
    opened: Opened, tmp_path: Path
) -> None:
    build_council(opened.db, opened.actor)
    rows = case_rows(5)
    rows[0][4] = "Zoë Brontë"  # the allocated worker, saved by Excel on Windows
    rows.insert(2, ["", "", "", "", "", "", ""])
    rows.insert(4, [" ", "", "", "", "", "", ""])
    path = write_case_list(tmp_path / "excel.csv", rows, encoding="cp1252")
    listed = prepare(opened.db, opened.actor, path)
    assert import_case_list(opened.db, opened.actor, listed, MARCH, TODAY).cases == 5
    with opened.db.reading() as s:
        holders = set(s.scalars(select(CaseListEntry.case_holder)))
        stored_rows = sorted(s.scalars(select(CaseListEntry.row_number)))
    assert "Zoë Brontë" in holders
    assert stored_rows == [2, 3, 5, 7, 8]  # numbered as the spreadsheet shows them


def test_a_workbook_is_read_and_its_columns_remembered(opened: Opened, tmp_path: Path) -> None:
    build_council(opened.db, opened.actor)
    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Surname", "Unit", "Category", "Key worker"])
    for row in case_rows(8):
        sheet.append([row[0], "Name", row[2], row[3], row[4]])
    path = tmp_path / "cases.xlsx"
    book.save(path)
    listed = prepare(opened.db, opened.actor, path)
    assert listed.missing == ["case_number", "team"]
    # The QA lead says which columns hold them (asked once) ...
    listed.columns.update(case_number=0, team=2)
    assert import_case_list(opened.db, opened.actor, listed, MARCH, TODAY).cases == 8
    with opened.db.reading() as s:
        assert remembered_columns(s)["team"] == "Unit"
    # ... and next month's list is read without asking.
    again = prepare(opened.db, opened.actor, path)
    assert again.missing == [] and again.columns["team"] == 2 and again.columns["case_number"] == 0


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"%PDF-1.4\n1 0 obj << >> endobj\n" + bytes(range(256)) * 20, "cases.csv"),
        (b"PK\x03\x04 not really a zip" + b"\x00" * 100, "cases.xlsx"),
        (b"\x00\x01\x02" * 1000, "cases.csv"),
        (b"", "cases.csv"),
    ],
    ids=["pdf", "not-really-a-workbook", "binary", "empty"],
)
def test_a_file_that_is_not_a_case_list_is_refused_in_plain_words(
    opened: Opened, tmp_path: Path, content: bytes, name: str
) -> None:
    build_council(opened.db, opened.actor)
    path = tmp_path / name
    path.write_bytes(content)
    problem = attempt(opened, path)
    assert "cases" in problem.summary and (
        "not a case list" in problem.summary or "empty" in problem.summary
    )


def test_a_list_with_its_columns_missing_says_which(opened: Opened, tmp_path: Path) -> None:
    build_council(opened.db, opened.actor)
    path = tmp_path / "odd.csv"
    path.write_text("Surname,Forename\nSmith,Jayden\n", encoding="utf-8")
    problem = attempt(opened, path)
    assert problem.problems == [
        "Choose the column that holds “Case number”.",
        "Choose the column that holds “Team”.",
        "Choose the column that holds “Legal status or strand”.",
    ]
    never_quotes(problem, "Smith", "Jayden")


@pytest.mark.slow
def test_a_hundred_thousand_rows_are_refused_quickly_in_bounded_memory(
    opened: Opened, tmp_path: Path
) -> None:
    build_council(opened.db, opened.actor)
    path = tmp_path / "huge.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(",".join(HEADINGS) + "\n")
        for n in range(100_000):
            handle.write(f"CN{n:07d},Child {n},Assessment Team 1,CIN,Worker,5-9,01/02/2016\n")
    tracemalloc.start()
    problem = attempt(opened, path)
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Reading stopped at the first row past the most a list may hold (the work is bounded
    # by that, whatever the file holds), in a few tens of MB.
    assert f"more than {MAX_CASES:,} cases (row {MAX_CASES + 2:,} is beyond" in problem.summary
    assert peak < 60 * 1024 * 1024, peak


@pytest.mark.slow
def test_a_hundred_thousand_bad_rows_stop_at_a_thousand(opened: Opened, tmp_path: Path) -> None:
    build_council(opened.db, opened.actor)
    path = tmp_path / "bad.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(",".join(HEADINGS) + "\n")
        for n in range(100_000):
            handle.write(f"CN{n:07d},Child {n},Secret Team {n},CIN,Worker,5-9,\n")
    problem = attempt(opened, path)
    assert problem.problems[0].startswith("Reading stopped at row 1,001: 1,000 rows have problems")
    never_quotes(problem, "Secret Team")
