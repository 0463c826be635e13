"""Reading the month's case list, as the case management system exports it: a CSV file
(UTF-8, or Windows-1252 as Excel saves it; commas, semicolons or tabs) or an Excel
workbook (.xlsx, the first sheet).

Every row is checked before anything is stored, and every problem is reported by its row
and column, never by what the cell holds (a column out of place can put a child's name
where a team was expected). Columns the draw does not need are never read, so a child's
name in the list goes no further than the file.

The work is bounded by the rows the file really holds: reading stops at the most a list
may hold (``MAX_CASES``) or once so many rows have problems that the file is plainly not a
case list, and a file that is not text or a workbook is refused at its first bytes.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.domain.audit import CASE_NUMBER_PATTERN, normalise_case_number
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.permissions import SAMPLE_DRAW
from qaaudit.domain.sampling import (
    column_label,
    fold,
    guess_columns,
    legal_status_for,
    missing_columns,
)
from qaaudit.exports.common import cell_values as cells
from qaaudit.exports.common.excel import WorkbookRejected, load_untrusted_workbook
from qaaudit.exports.common.files import Cancelled, Progress, no_progress
from qaaudit.exports.common.workbook_rows import (
    MAX_COLUMNS,
    CellUnreadable,
    column_letter,
    real_rows,
)
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.permissions import require
from qaaudit.services.sampling.case_list import (
    CaseListRejected,
    CaseListSummary,
    CheckedCase,
    remembered_columns,
    store_case_list,
    team_names,
)
from qaaudit.store.database import Database

__all__ = [
    "MAX_CASES",
    "CaseListFile",
    "CaseListRejected",
    "import_case_list",
    "read_headings",
]

MAX_CASES = 50_000
MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_PROBLEM_ROWS = 1_000
PROGRESS_EVERY = 1_000
HOLDER_LIMIT = 200
_FIELD_LIMIT = 4_096


def _not_a_list(path: Path) -> CaseListRejected:
    return CaseListRejected(
        [],
        f"{path.name} is not a case list qaaudit can read: save it from the case management "
        "system or Excel as CSV (comma separated) or as an Excel workbook (.xlsx).",
    )


@dataclass
class CaseListFile:
    """A case list's headings and where the draw's columns are in it."""

    path: Path
    headings: list[str]
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        return missing_columns(self.columns)

    def headings_used(self) -> dict[str, str]:
        return {key: self.headings[i] for key, i in self.columns.items()}


def _kind(path: Path) -> str:
    if not path.exists():
        raise CaseListRejected([], f"There is no file called {path.name}.")
    with open(path, "rb") as handle:
        start = handle.read(8192)
    if zipfile.is_zipfile(path):
        return "xlsx"
    if start.startswith((b"\xd0\xcf\x11\xe0", b"%PDF", b"\x7fELF", b"MZ")) or b"\x00" in start:
        raise _not_a_list(path)
    if path.stat().st_size > MAX_CSV_BYTES:
        raise CaseListRejected(
            [],
            f"{path.name} is {path.stat().st_size // (1024 * 1024)} MB; the most qaaudit reads "
            f"as a case list is {MAX_CSV_BYTES // (1024 * 1024)} MB.",
        )
    return "csv"


def _encoding(path: Path) -> str:
    """UTF-8 (with or without Excel's mark at the start) if every byte reads as UTF-8,
    otherwise Windows-1252, as Excel saves "CSV" on an English Windows."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Each line of a CSV that holds something, numbered as a spreadsheet shows it."""
    encoding = _encoding(path)
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        sample = handle.read(16384)
        handle.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        csv.field_size_limit(_FIELD_LIMIT * 16)
        reader = csv.reader(handle, dialect)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise CaseListRejected(
                    [
                        f"Row {reader.line_num:,}: the line cannot be read as CSV (an unclosed "
                        "quote, or a cell far longer than a case list holds)."
                    ]
                ) from exc
            if any(cell.strip() for cell in row):
                yield reader.line_num, row


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    try:
        workbook = load_untrusted_workbook(path)
    except WorkbookRejected as exc:
        raise CaseListRejected([], str(exc)) from exc
    try:
        if not workbook.worksheets:
            raise CaseListRejected([], f"{path.name} has no sheets.")
        sheet = workbook.worksheets[0]
        try:
            for number, row in real_rows(sheet, MAX_COLUMNS):
                yield number, list(row)
        except CellUnreadable as cell:
            raise CaseListRejected(
                [
                    f"Row {cell.row:,}, column {column_letter(cell.column)}: the cell cannot be "
                    "read (a date that does not exist, or a value Excel itself could not show)."
                ]
            ) from cell
        except WorkbookRejected as exc:
            raise CaseListRejected([], str(exc)) from exc
    finally:
        workbook.close()


def _rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    if _kind(path) == "xlsx":
        yield from _xlsx_rows(path)
    else:
        yield from _csv_rows(path)


def read_headings(path: Path, remembered: dict[str, str] | None = None) -> CaseListFile:
    """The case list's headings (its first row that holds something) and the columns
    found among them: those remembered from the last list first, then the usual names."""
    path = Path(path)
    rows = _rows(path)
    try:
        for _number, row in rows:
            headings = [cells.text(v).strip()[:200] if not isinstance(v, bool) else "" for v in row]
            found = guess_columns(headings, remembered or {})
            return CaseListFile(path, headings, found)
    except UnicodeError as exc:
        raise _not_a_list(path) from exc
    finally:
        rows.close()
    raise CaseListRejected([], f"{path.name} is empty.")


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.rows = 0

    def add(self, number: int, found: list[str]) -> None:
        if not found:
            return
        self.items += found
        self.rows += 1
        if self.rows >= MAX_PROBLEM_ROWS:
            self.items.insert(
                0,
                f"Reading stopped at row {number:,}: {self.rows:,} rows have problems, so "
                "the columns chosen are probably not the right ones.",
            )
            raise CaseListRejected(self.items)


def check_case_list(
    listed: CaseListFile,
    teams: dict[str, int],
    today: date,
    progress: Progress = no_progress,
) -> list[CheckedCase]:
    """Every row of the list, checked; raises CaseListRejected listing every problem."""
    if listed.missing:
        raise CaseListRejected(
            [f"Choose the column that holds “{column_label(k)}”." for k in listed.missing],
            "Some columns the draw needs were not found in the case list.",
        )
    where = {key: (i, column_letter(i + 1)) for key, i in listed.columns.items()}
    width = max(listed.columns.values()) + 1
    age_bands = {fold(b): b for b in current_audit_instrument().age_bands}
    problems = _Problems()
    seen: dict[str, int] = {}
    checked: list[CheckedCase] = []
    words: dict[str, str] = {}  # one copy of each team, worker and band, however often
    # The same few teams, statuses, bands and dates fill thousands of rows: each is
    # understood once.
    folded: dict[str, str] = {}
    statuses: dict[str, Any] = {}
    days: dict[str, date | None | str] = {}

    def fold_once(text: str) -> str:
        if text not in folded:
            folded[text] = fold(text)
        return folded[text]

    def day_once(value: Any) -> date | None:
        if not isinstance(value, str):
            return cells.day(value, today)
        if value not in days:
            try:
                days[value] = cells.day(value, today)
            except cells.RowProblem as exc:
                days[value] = str(exc)
        found = days[value]
        if isinstance(found, str):
            raise cells.RowProblem(found)
        return found

    rows = _rows(listed.path)
    try:
        header_skipped = False
        for count, (number, row) in enumerate(rows):
            if not header_skipped:
                header_skipped = True
                continue
            if count > MAX_CASES:
                raise CaseListRejected(
                    [],
                    f"The case list has more than {MAX_CASES:,} cases (row {number:,} is beyond "
                    "that). A month's list of open cases is far shorter: check that the file is "
                    "the right one.",
                )
            if count % PROGRESS_EVERY == 0 and not progress(count, 0, "Reading the case list"):
                raise Cancelled()
            row = row[:width] + [None] * (width - len(row))
            found: list[str] = []

            def cell(key: str, row: list[Any] = row) -> Any:
                return row[where[key][0]] if key in where else None

            def at(key: str, number: int = number) -> str:
                return f"Row {number:,}, column {where[key][1]} ({column_label(key)})"

            case_number = ""
            try:
                case_number = normalise_case_number(cells.words(cell("case_number")))
                if not case_number:
                    found.append(f"{at('case_number')}: no case number.")
                elif not CASE_NUMBER_PATTERN.match(case_number):
                    found.append(
                        f"{at('case_number')}: not a case number (letters, digits and / - _ . "
                        "only, up to 40)."
                    )
                elif case_number in seen:
                    found.append(
                        f"{at('case_number')}: the same case number as row {seen[case_number]:,}."
                    )
            except cells.RowProblem as exc:
                found.append(f"{at('case_number')}: {exc}")
            team_id = None
            team_text = fold_once(cells.text(cell("team")))
            if not team_text:
                found.append(f"{at('team')}: no team.")
            else:
                team_id = teams.get(team_text)
                if team_id is None:
                    found.append(
                        f"{at('team')}: not a team qaaudit knows. Add it under People and "
                        "teams, or correct the list."
                    )
            status_text = cells.text(cell("legal_status"))
            if status_text not in statuses:
                statuses[status_text] = legal_status_for(status_text)
            status = statuses[status_text]
            if status is None:
                found.append(
                    f"{at('legal_status')}: not a legal status qaaudit knows (child in need, "
                    "child protection, looked after, care leaver, adoption, early help)."
                )
            holder = ""
            if "case_holder" in where:
                try:
                    holder = cells.words(cell("case_holder")).strip()
                except cells.RowProblem as exc:
                    found.append(f"{at('case_holder')}: {exc}")
                if len(holder) > HOLDER_LIMIT:
                    found.append(f"{at('case_holder')}: longer than a name ({HOLDER_LIMIT}).")
            band = ""
            if "age_band" in where:
                band_text = fold_once(cells.text(cell("age_band")))
                if band_text:
                    band = age_bands.get(band_text, "")
                    if not band:
                        found.append(
                            f"{at('age_band')}: not one of the age bands "
                            f"({', '.join(age_bands.values())})."
                        )
            opened = None
            if "opened_on" in where:
                try:
                    opened = day_once(cell("opened_on"))
                except cells.RowProblem as exc:
                    found.append(f"{at('opened_on')}: {exc}")
            problems.add(number, found)
            if found or team_id is None or status is None:
                continue
            seen[case_number] = number
            checked.append(
                CheckedCase(
                    row_number=number,
                    case_number=case_number,
                    team_id=team_id,
                    legal_status=status.key,
                    case_holder=words.setdefault(holder, holder),
                    age_band=words.setdefault(band, band),
                    opened_on=opened,
                )
            )
    except UnicodeError as exc:
        raise _not_a_list(listed.path) from exc
    finally:
        rows.close()
    if problems.items:
        raise CaseListRejected(problems.items)
    if not checked:
        raise CaseListRejected(["The case list holds no cases below its headings."])
    return checked


def digest_of(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def prepare(db: Database, actor: Actor, path: Path) -> CaseListFile:
    """The case list's headings and the columns found (remembered or usual names); the
    person must be allowed to import one, before the file is read."""
    require(actor, SAMPLE_DRAW)
    with db.reading() as session:
        remembered = remembered_columns(session)
    return read_headings(Path(path), remembered)


def import_case_list(
    db: Database,
    actor: Actor,
    listed: CaseListFile,
    month: date,
    today: date,
    progress: Progress = no_progress,
) -> CaseListSummary:
    """Check every row, then store the whole list in one transaction, or nothing."""
    require(actor, SAMPLE_DRAW)
    with db.reading() as session:
        teams = team_names(session)
    checked = check_case_list(listed, teams, today, progress)
    digest = digest_of(listed.path)
    with db.writing() as session:
        return store_case_list(
            session,
            actor,
            month,
            listed.path.name,
            digest,
            checked,
            listed.headings_used(),
        )
