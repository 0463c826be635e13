"""Workbooks someone could send the QA lead to import, written straight as XML so that even
a million rows take seconds to make: a sheet that declares the largest size Excel allows,
a million rows with problems, the largest accepted import (250,000 audits), and a small file
holding a huge table of shared text. The tests build small ones with the same functions;
``python -m benchmarks.hostile_workbooks [--store]`` builds the full-size ones and measures
``qaaudit import audits --check`` (or the import itself) on each in a fresh process:
seconds and peak memory."""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
EXCEL_ROWS = 1_048_576
AREAS = (
    "Risk",
    "Involvement",
    "Decision making",
    "Assessments",
    "Coordination",
    "Diversity",
    "Plans",
    "Permanence",
    "Reviews",
    "Placement",
    "Independence",
    "Outcomes",
)
HEADINGS = (
    "Tracked case number",
    "Audit month",
    "Service area",
    "Team",
    "Auditor",
    "Overall judgement",
    *AREAS,
)
NARRATIVE = "The child said dad hits mum when drunk; lives at 12 Acacia Road"


def _column(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(row: int, column: int, value: Any) -> str:
    where = f"{_column(column)}{row}"
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{where}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{where}"><v>{value}</v></c>'
    if isinstance(value, SharedText):
        return f'<c r="{where}" t="s"><v>{value.index}</v></c>'
    if isinstance(value, IsoDate):
        return f'<c r="{where}" t="d"><v>{value.text}</v></c>'
    return f'<c r="{where}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


class SharedText:
    """A cell pointing into the shared text table."""

    def __init__(self, index: int) -> None:
        self.index = index


class IsoDate:
    """A cell of Excel's ISO date type, holding ``text`` as it is written in the file."""

    def __init__(self, text: str) -> None:
        self.text = text


def write_workbook(
    path: Path,
    rows: Iterable[tuple[int, Sequence[Any]]],
    *,
    sheet: str = "Audits",
    dimension: str | None = None,
    shared_text: Iterable[str] | None = None,
) -> Path:
    """A one-sheet workbook of ``rows`` given as (row number, values from column A)."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        + (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            if shared_text is not None
            else ""
        )
        + "</Types>"
    )
    package = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}">'
        f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
        f'xmlns:r="{RELATIONSHIPS}"><sheets><sheet name="{escape(sheet)}" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'
    )
    workbook_parts = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}">'
        f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        + (
            f'<Relationship Id="rId2" Type="{RELATIONSHIPS}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
            if shared_text is not None
            else ""
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", package)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_parts)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode())
            if dimension:
                part.write(f'<dimension ref="{dimension}"/>'.encode())
            part.write(b"<sheetData>")
            for number, values in rows:
                cells = "".join(_cell(number, i, v) for i, v in enumerate(values, start=1))
                part.write(f'<row r="{number}">{cells}</row>'.encode())
            part.write(b"</sheetData></worksheet>")
        if shared_text is not None:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                part.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
                for text in shared_text:
                    part.write(f"<si><t>{escape(text)}</t></si>".encode())
                part.write(b"</sst>")
    return path


def _numbered(rows: Iterable[Sequence[Any]], start: int = 1) -> Iterator[tuple[int, Sequence[Any]]]:
    yield from enumerate(rows, start=start)


def declared_huge(path: Path) -> Path:
    """A sheet declaring every row and column Excel allows, with its one audit on the last
    row."""
    audit = ("CN1", "2016-03", "Help and Protection", "Team A", "Jo Bloggs", "Meets good")
    return write_workbook(path, [(1, HEADINGS), (EXCEL_ROWS, audit)], dimension="A1:XFD1048576")


def valid_audit(number: int) -> tuple[Any, ...]:
    month = f"{2008 + (number // 24_000) % 10}-{1 + (number // 2_000) % 12:02d}"
    auditor = number % 1_000
    return (
        f"CN{number:07d}",
        month,
        f"Service area {auditor % 5}",
        f"Team {auditor % 50}",
        f"Auditor {auditor}",
        "Meets good" if number % 3 else "Does not meet good",
        *("Exceeds good" if (number + i) % 7 == 0 else "Meets good" for i in range(len(AREAS))),
    )


def valid_audits(path: Path, count: int) -> Path:
    """``count`` audits that are all correct, of distinct cases."""
    return _with_shared_text(path, (valid_audit(n) for n in range(count)))


def _header_and(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[int, Sequence[Any]]]:
    yield 1, HEADINGS
    yield from _numbered(rows, start=2)


def invalid_rows(path: Path, count: int) -> Path:
    """``count`` rows, each with a month that does not exist and a narrative typed in the
    judgement column."""
    rows = ((f"CN{n:07d}", "2016-13", None, None, "Jo Bloggs", NARRATIVE) for n in range(count))
    return _with_shared_text(path, rows)


def _with_shared_text(path: Path, rows: Iterable[Sequence[Any]]) -> Path:
    """Rows under the headings, their text in a shared table as Excel and openpyxl write
    it."""
    shared: dict[str, int] = {}

    def pointing(values: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            None if v is None else SharedText(shared.setdefault(v, len(shared))) for v in values
        )

    return write_workbook(path, _header_and(map(pointing, rows)), shared_text=shared)


def shared_text_heavy(path: Path, megabytes: int) -> Path:
    """A few rows, and a table of shared text of about ``megabytes`` MB (distinct strings,
    so it compresses well but not absurdly)."""
    count = megabytes * 1024 * 1024 // 100
    shared = (f"{n:010d} {NARRATIVE[:80]}" for n in range(count))
    rows = [(1, HEADINGS), (2, tuple(SharedText(0) for _ in HEADINGS))]
    return write_workbook(path, rows, shared_text=shared)


FILES = {
    "declared size A1:XFD1048576, one audit on row 1,048,576": lambda p: declared_huge(p),
    "1,000,000 rows with problems": lambda p: invalid_rows(p, 1_000_000),
    "250,000 correct audits": lambda p: valid_audits(p, 250_000),
    "190 MB of shared text in a small file": lambda p: shared_text_heavy(p, 190),
}


def measure(path: Path, database: str, store: bool) -> tuple[float, float, int, str]:
    """Seconds, peak memory (MB), exit code and the first line said, of one import (or
    its check) in a fresh process."""
    started = time.perf_counter()
    mode = "store" if store else "check"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.hostile_workbooks",
            "--one",
            str(path),
            database,
            mode,
        ],  # fmt: skip
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    lines = done.stdout.strip().splitlines()
    code, peak = (int(n) for n in lines[-1].split()) if lines else (-1, 0)
    said = [*lines[:-1], *done.stderr.strip().splitlines()]
    return seconds, peak / 1024, code, said[0] if said else ""


def _one(path: str, database: str, mode: str) -> int:
    """Run the import (or its check) here, then print its exit code and this process's
    peak (KB)."""
    import contextlib
    import io
    import os

    from qaaudit.cli import main as qaaudit

    os.environ["QAAUDIT_USER"] = "qalead"
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        check = ["--check"] if mode == "check" else []
        code = qaaudit(["import", "audits", path, *check, "--db", database])
    print(said.getvalue().strip().splitlines()[0] if said.getvalue().strip() else "")
    print(code, _peak_kb())
    return 0


def _peak_kb() -> int:
    """This process's peak memory. Linux keeps getrusage's figure across exec, so a child
    would report the benchmark's own peak; /proc's high-water mark is this program's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="part of a file's description, to measure one")
    parser.add_argument("--store", action="store_true", help="import, not only check")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return _one(*args.one)
    with tempfile.TemporaryDirectory(prefix="qaaudit-hostile-") as folder:
        work = Path(folder)
        database = f"sqlite:///{work / 'qaaudit.sqlite3'}"
        for what, build in FILES.items():
            if args.only and args.only not in what:
                continue
            path = build(work / "hostile.xlsx")
            size = path.stat().st_size
            seconds, peak, code, said = measure(path, database, args.store)
            print(f"{what}: {size / 1024:,.1f} KB, {seconds:.1f} s, peak {peak:.0f} MB, "
                  f"exit {code}: {said[:100]}")  # fmt: skip
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
