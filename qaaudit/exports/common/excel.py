"""What every workbook shares: text cells that are never formulas, a header style, print
set-up, and reading a workbook someone sends us without trusting it."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from qaaudit.domain.problems import PlainProblem
from qaaudit.exports.common.text import excel_text

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
# A workbook's table of shared text is held in memory as it is read (about two and a half
# times its size), and openpyxl holds its styles whole; the sheets themselves are read a
# row at a time. The largest import qaaudit accepts (250,000 audits) needs a few MB of
# either.
MAX_SHARED_TEXT_BYTES = 64 * 1024 * 1024
MAX_STYLES_BYTES = 16 * 1024 * 1024


class WorkbookRejected(PlainProblem):
    """The workbook cannot be read; the message names the problem, and the sheet and row
    where there is one."""


def put_text(cell: Any, value: str | None) -> bool:
    """Write user text so it stays text. Returns True when it had to be shortened."""
    if value is None:
        cell.value = None
        return False
    text, cut = excel_text(value)
    cell.value = text
    cell.data_type = "s"
    return cut


def row_text(sheet: Any, value: str | None) -> tuple[Any, bool]:
    """User text for a row appended to a streamed (write-only) sheet, and whether it had
    to be shortened. openpyxl writes a plain string there as text, unless it begins with
    "=", which it would take for a formula: that one becomes a text cell (``put_text``).
    Plain strings are the fast way to stream thousands of rows."""
    if value is None:
        return None, False
    text, cut = excel_text(value)
    if text.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet)
        put_text(cell, text)
        return cell, cut
    return text or None, cut


def check_workbook_file(path: Path) -> None:
    """Refuse what is not a workbook, too big, or a zip bomb, before openpyxl reads it."""
    path = Path(path)
    if not path.exists():
        raise WorkbookRejected(f"There is no file called {path.name}.")
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise WorkbookRejected(
            f"{path.name} is {size // (1024 * 1024)} MB; the most qaaudit reads is "
            f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB."
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookRejected(f"{path.name} is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise WorkbookRejected(f"{path.name} is damaged and cannot be read.") from exc
    names = [info.filename for info in parts]
    unpacked = sum(info.file_size for info in parts)
    packed = sum(info.compress_size for info in parts) or 1
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise WorkbookRejected(f"{path.name} is not an Excel workbook (.xlsx).")
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
        raise WorkbookRejected(
            f"{path.name} unpacks to far more than its size (a 'zip bomb'); it was not read."
        )
    for info in parts:
        name = info.filename.casefold()
        if name.endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_TEXT_BYTES:
            raise _too_much_text(path, info.file_size)
        if name.endswith("styles.xml") and info.file_size > MAX_STYLES_BYTES:
            raise WorkbookRejected(
                f"{path.name} holds {info.file_size // (1024 * 1024)} MB of cell styles, far "
                "more than a workbook of audits needs; it was not read."
            )


def load_untrusted_workbook(path: Path) -> Any:
    """Open a workbook from outside read-only, with entity expansion refused and its shared
    text read only as its rows need it (``workbook_rows.SharedText``)."""
    check_workbook_file(path)
    import defusedxml

    defusedxml.defuse_stdlib()
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Unsized(ReadOnlyWorksheet):  # type: ignore[misc]
        def _get_size(self) -> None:
            """Not read: rows are read as the file holds them, and a sheet that declares no
            size would be read through to its end to find it."""

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                    ws = Unsized(self.wb, sheet.name, rel.target, self.shared_strings)
                    ws.sheet_state = sheet.state
                    self.wb._sheets.append(ws)

        def read_strings(self) -> None:
            from openpyxl.reader.excel import SHARED_STRINGS

            from qaaudit.exports.common.workbook_rows import SharedText

            part = self.package.find(SHARED_STRINGS)
            if part is None:
                return
            name = part.PartName[1:]
            # Checked here too: the manifest may name the table anything.
            if self.archive.getinfo(name).file_size > MAX_SHARED_TEXT_BYTES:
                raise _too_much_text(path, self.archive.getinfo(name).file_size)
            self.shared_strings = SharedText(self.archive.open(name))

    try:
        reader = Reader(path, read_only=True, data_only=True)
        reader.read()
        return reader.wb
    except WorkbookRejected:
        raise
    except Exception as exc:
        raise unreadable(path, exc) from exc


def _too_much_text(path: Path, size: int) -> WorkbookRejected:
    return WorkbookRejected(
        f"{path.name} holds {size // (1024 * 1024)} MB of text, more than qaaudit reads in "
        f"one workbook ({MAX_SHARED_TEXT_BYTES // (1024 * 1024)} MB); it was not read. Split "
        "it into smaller workbooks."
    )


def unreadable(path: Path, exc: BaseException) -> WorkbookRejected:
    """Why a workbook could not be read. openpyxl wraps the XML parser's refusal in its own
    error (and a read-only workbook parses its sheets only when they are read), so look
    down the chain of causes for an entity definition."""
    cause: BaseException | None = exc
    while cause is not None:
        name = type(cause).__name__
        if "Entities" in name or "DTD" in name or "defused" in str(type(cause).__module__):
            return WorkbookRejected(
                f"{Path(path).name} contains XML entity definitions (possibly an 'XML bomb'); "
                "it was not read."
            )
        cause = cause.__cause__ or cause.__context__
    return WorkbookRejected(f"{Path(path).name} could not be read as a workbook.")
