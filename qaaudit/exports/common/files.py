"""Writing an export so that an interruption never damages the file already there, and
leaves nothing behind.

Everything an export writes on its way goes beside the target, never in the system's
temporary folder (which other people and programs can read, and nobody tidies): the
temporary file that replaces the target when it is whole, and the parts the workbook
library writes each sheet to before it packs them (openpyxl would put those in the
system's temporary folder, holding case numbers and narratives). All of them are named
``.<target>.<process>.*.partial`` and removed on every way out, a cancel or a full disk
included; what a killed process left is removed by the next export to the same place.
"""

from __future__ import annotations

import contextvars
import gc
import glob
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".partial"


class ExportNotWritten(OSError):
    """The file could not be written (a full disk, no permission); the earlier file at the
    target, if any, is as it was and nothing was left beside it."""

    def __init__(self, target: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or type(cause).__name__)
        self.target = target

    @property
    def message(self) -> str:
        return (
            f"{self.target.name} could not be written: {self.strerror}. Nothing was left "
            "half-written; any earlier file of that name is as it was."
        )


class _Parts:
    """The files one export has made beside its target."""

    def __init__(self, folder: Path, prefix: str) -> None:
        self.folder = folder
        self.prefix = prefix
        self.made: list[Path] = []

    def new(self) -> Path:
        handle, name = tempfile.mkstemp(prefix=self.prefix, suffix=SUFFIX, dir=self.folder)
        os.close(handle)
        os.chmod(name, 0o600)
        self.made.append(Path(name))
        return Path(name)

    def remove(self) -> None:
        for path in self.made:
            path.unlink(missing_ok=True)


_PARTS: contextvars.ContextVar[_Parts | None] = contextvars.ContextVar("parts", default=None)


def _sheet_part(suffix: str = "") -> str:
    """openpyxl's temporary file for a sheet: beside the target while an export is being
    written in this thread, where openpyxl would put it otherwise."""
    from openpyxl.worksheet import _writer

    parts = _PARTS.get()
    if parts is None:
        return str(_SYSTEM_PART(suffix))
    name = str(parts.new())
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it from this list when done
    return name


_SYSTEM_PART: Callable[[str], str]


def _direct_sheet_parts() -> None:
    """Send openpyxl's sheet parts through ``_sheet_part`` (once per process). openpyxl has
    no setting for where they go; its writer looks this function up when a sheet is
    written."""
    global _SYSTEM_PART
    from openpyxl.worksheet import _writer

    if _writer.create_temporary_file is not _sheet_part:
        _SYSTEM_PART = _writer.create_temporary_file
        _writer.create_temporary_file = _sheet_part


def _remove_leftovers(target: Path) -> None:
    """Files a killed export to ``target`` left: those of processes no longer running."""
    from qaaudit.store.running import process_alive

    start = f".{target.name}."
    for path in target.parent.glob(f".{glob.escape(target.name)}.*{SUFFIX}"):
        pid = path.name[len(start) :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            path.unlink(missing_ok=True)


@contextmanager
def replace_atomically(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one
    step, on failure it is removed and ``target`` is as it was. Private to its owner.
    Sheets of a workbook written inside the block are written beside it too. A file system
    refusing to write (full, read-only) is raised as ExportNotWritten."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target)
    _direct_sheet_parts()
    parts = _Parts(target.parent, f".{target.name}.{os.getpid()}.")
    temporary = parts.new()
    token = _PARTS.set(parts)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        if isinstance(exc, ExportNotWritten):
            raise
        raise ExportNotWritten(target, exc) from exc
    finally:
        _PARTS.reset(token)
        parts.remove()


@contextmanager
def without_collector_pauses() -> Iterator[None]:
    """A big workbook makes and drops hundreds of thousands of small objects, and the
    garbage collector would stop again and again to look through all the program's
    memory (a tenth of a second each time, with a large council open). Those objects
    are freed as they go anyway; the collector waits until the export is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Cancelled(Exception):
    """The person pressed Cancel; nothing was written."""


Progress = Callable[[int, int, str], bool]
"""progress(done, total, what) -> keep going? Return False to cancel."""


def no_progress(done: int, total: int, what: str) -> bool:
    return True


def ending_in(path: Path, suffix: str) -> Path:
    """The file as the person chose it, made to end in ``suffix`` (".pdf"): a file with
    another ending gets this one instead."""
    path = Path(path)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)
