"""Writing an export so that an interruption never damages the file already there."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replace_atomically(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one
    step, on failure it is removed and ``target`` is as it was. Private to its owner."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


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
