"""A disk fault writes 64 KB of noise into the middle of the council's database: the check
IT runs says so in plain words, names the backup to put back, and leaves nothing beside
the damaged file."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from sqlalchemy import insert

from qaaudit.bootstrap import open_for_use
from qaaudit.cli import main
from qaaudit.store.models import AuditAction
from tests.loop_data import build_march

REAL_TODAY = __import__("datetime").date.today()


def damaged_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database with audits and a good backup, then 64 KB of noise in its middle."""
    path = tmp_path / "council.sqlite3"
    opened = open_for_use(f"sqlite:///{path}", backup_dir=tmp_path / "data" / "backups")
    try:
        build_march(opened.db, REAL_TODAY)
        with opened.db.writing() as s:  # years of agreed actions: most of the file
            s.execute(
                insert(AuditAction),
                [
                    {"audit_id": 1, "position": n, "action": f"Action {n} " * 200}
                    for n in range(2000)
                ],
            )
    finally:
        opened.db.dispose()
    assert main(["backup", "--db", str(path)]) == 0
    capsys.readouterr()
    size = path.stat().st_size
    assert size > 4 * 65536
    noise = random.Random(17).randbytes(65536)
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(noise)
    return path


def test_check_reports_the_damage_and_the_backup_to_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged_database(tmp_path, capsys)
    assert main(["check", "--db", str(path)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == f"Database: {path}"
    assert any(line.startswith("Integrity: DAMAGED") for line in lines)
    assert lines[-1].startswith("The newest good backup is the manual backup of")
    assert lines[-1].endswith(
        f"Put it back with `qaaudit restore --db {path}` (the damaged file is kept beside it)."
    )
    assert not (tmp_path / "data" / "logs").exists()  # not a fault in the program
    assert sorted(os.listdir(tmp_path)) == ["council.sqlite3", "data"]
