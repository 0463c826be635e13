"""A workbook sent to the QA lead can be built to hold an import for hours: a sheet that
declares a million rows, a million rows with problems, a small file holding a huge table of
text. Each is read only as far as what it really holds, or refused before it is read; and
a cell that cannot be read, or a TRUE where a case number belongs, is named by its row and
column, never by what it holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet import _reader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from benchmarks import hostile_workbooks as hostile
from qaaudit.bootstrap import Opened
from qaaudit.exports.audit import data_import
from qaaudit.exports.audit.data_import import (
    ImportRejected,
    WorkbookRejected,
    import_audits_workbook,
)
from qaaudit.exports.common import excel
from qaaudit.exports.common.workbook_rows import SharedText
from qaaudit.store.models import CaseFileAudit
from tests.test_audits_excel_import import count

HEADINGS = ("Tracked case number", "Audit month", "Team", "Auditor", "Overall judgement")


@pytest.fixture
def rows_parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of each row read from a sheet's XML; and the sheet's declared size is
    never looked for, nor used to make up the rows it leaves out."""
    parsed: list[int] = []
    parse_row = _reader.WorkSheetParser.parse_row

    def counting(self: Any, element: Any) -> Any:
        number, cells = parse_row(self, element)
        parsed.append(number)
        return number, cells

    def trusted(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the sheet's declared size was used to read it")

    monkeypatch.setattr(_reader.WorkSheetParser, "parse_row", counting)
    monkeypatch.setattr(ReadOnlyWorksheet, "_cells_by_row", trusted)
    # Looking for the declared size reads a sheet that declares none through to its end.
    monkeypatch.setattr(_reader.WorkSheetParser, "parse_dimensions", trusted)
    yield parsed


def test_a_sheet_declaring_every_row_excel_allows_is_read_as_far_as_its_one_audit(
    opened: Opened, tmp_path: Path, rows_parsed: list[int]
) -> None:
    path = hostile.declared_huge(tmp_path / "huge.xlsx")
    assert path.stat().st_size < 2_000
    result = import_audits_workbook(opened.db, opened.actor, path)
    assert result.audits == 1
    # The heading row and the audit's row, read twice at most: nothing in between.
    assert set(rows_parsed) == {1, hostile.EXCEL_ROWS} and len(rows_parsed) <= 4


def test_rows_with_problems_count_toward_the_most_an_import_takes(
    opened: Opened, tmp_path: Path, rows_parsed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_import, "MAX_AUDIT_ROWS", 40)
    good = [hostile.valid_audit(n) for n in range(30)]
    bad = [row[:1] + ("2016-13",) + row[2:] for row in map(hostile.valid_audit, range(30, 60))]
    path = hostile.write_workbook(tmp_path / "mixed.xlsx", hostile._header_and([*good, *bad]))
    with pytest.raises(ImportRejected) as refused:
        import_audits_workbook(opened.db, opened.actor, path)
    assert refused.value.problems[-1] == (
        "The Audits sheet has more than 40 rows (row 42 is beyond that); split the workbook "
        "and import each part."
    )
    assert max(rows_parsed) == 42
    assert count(opened, CaseFileAudit) == 0


def test_reading_stops_once_a_thousand_rows_have_problems(
    opened: Opened, tmp_path: Path, rows_parsed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts_read: list[int] = []
    read_next = SharedText._next

    def counting(self: SharedText) -> None:
        texts_read.append(1)
        read_next(self)

    monkeypatch.setattr(SharedText, "_next", counting)
    path = hostile.invalid_rows(tmp_path / "invalid.xlsx", 5_000)
    with pytest.raises(ImportRejected) as refused:
        import_audits_workbook(opened.db, opened.actor, path)
    rejected = refused.value
    # Three problems a row, on each of the first thousand rows, and where reading stopped.
    assert rejected.summary == "The workbook has 3,001 problems."
    assert rejected.problems[0] == (
        "Reading stopped at row 1,001 of the Audits sheet: 1,000 rows have problems, so the "
        "workbook is not in the layout qaaudit reads."
    )
    assert rejected.problems[1] == (
        "Audits sheet, row 2, column B (Audit month): not a month (write it as 2017-03)."
    )
    assert rejected.problems[2].startswith(
        "Audits sheet, row 2, column F (Overall judgement): not a judgement"
    )
    assert rejected.problems[-1] == "... and 2,801 more problems."
    assert max(rows_parsed) == 1_001
    # The shared text (5,000 case numbers and a few words) read only as far as those rows.
    assert len(texts_read) < 1_100
    # The narrative typed in the judgement column is never repeated.
    said = " ".join([str(rejected), *rejected.problems])
    assert "drunk" not in said and "Acacia" not in said and "Jo Bloggs" not in said


def test_a_small_file_with_a_huge_table_of_text_is_refused_before_it_is_opened(
    opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(excel, "MAX_SHARED_TEXT_BYTES", 1024 * 1024)
    path = hostile.shared_text_heavy(tmp_path / "text.xlsx", 3)

    def opened_anyway(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr("openpyxl.load_workbook", opened_anyway)
    with pytest.raises(WorkbookRejected) as refused:
        import_audits_workbook(opened.db, opened.actor, path)
    assert str(refused.value) == (
        "text.xlsx holds 2 MB of text, more than qaaudit reads in one workbook (1 MB); it "
        "was not read. Split it into smaller workbooks."
    )


def test_a_date_that_does_not_exist_is_named_by_row_and_column(
    opened: Opened, tmp_path: Path
) -> None:
    rows = [
        (1, HEADINGS),
        (2, ("CN1", "2016-03", "Team A", "Jo Bloggs", "Meets good")),
        (3, ("CN2", hostile.IsoDate("0000-00-00"), "Team A", "Jo Bloggs", "Meets good")),
    ]
    path = hostile.write_workbook(tmp_path / "dates.xlsx", rows)
    with pytest.raises(ImportRejected) as refused:
        import_audits_workbook(opened.db, opened.actor, path)
    assert refused.value.problems == [
        "Audits sheet, row 3, column B: the cell cannot be read (a date that does not exist, "
        "or a value Excel itself could not show). Correct or clear it and import again."
    ]


def test_true_where_a_case_number_belongs_is_refused_by_row_and_column(
    opened: Opened, tmp_path: Path
) -> None:
    rows = [
        (1, HEADINGS),
        (2, (True, "2016-03", "Team A", "Jo Bloggs", "Meets good")),
        (3, ("CN2", "2016-03", "Team A", False, "Meets good")),
    ]
    path = hostile.write_workbook(tmp_path / "true.xlsx", rows)
    with pytest.raises(ImportRejected) as refused:
        import_audits_workbook(opened.db, opened.actor, path)
    assert refused.value.problems == [
        "Audits sheet, row 2, column A (Tracked case number): TRUE or FALSE where words were "
        "expected.",
        "Audits sheet, row 3, column D (Auditor): TRUE or FALSE where words were expected.",
    ]
