"""Program faults, recorded for IT without what anyone typed.

A traceback's last line repeats the exception's message, and a message can quote a
narrative, a name or a case number. The fault log keeps only where the fault happened (file,
line, function) and the kind of exception, so it can be sent to IT as it is.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from qaaudit.store import paths

LOG_NAME = "faults.log"
KEEP_BYTES = 512 * 1024


def fault_log() -> Path:
    return paths.make_private_dir(paths.data_dir() / "logs") / LOG_NAME


def describe(kind: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"{datetime.now():%Y-%m-%d %H:%M:%S} {kind.__module__}.{kind.__qualname__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines) + "\n"


def record_fault(
    kind: type[BaseException], _error: BaseException | None, tb: TracebackType | None
) -> Path:
    """Append the fault to the private fault log (trimmed when it grows large)."""
    log = fault_log()
    text = describe(kind, tb)
    if log.exists() and log.stat().st_size > KEEP_BYTES:
        kept = log.read_text(encoding="utf-8", errors="replace")[-KEEP_BYTES // 2 :]
        log.write_text(kept, encoding="utf-8")
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(text)
    return log
