"""IT lists people and exports while managers save: a command that only reads never waits
for a writer and writes nothing; a command whose output is cut short (``| head -1``) ends
quietly, with no fault for IT."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.store.models import Person
from tests.loop_data import build_march

REAL_TODAY = __import__("datetime").date.today()


@pytest.mark.parametrize(
    "command",
    [
        ["people", "list"],
        ["people", "teams"],
        ["export", "audits", "-o", "{tmp}/audits.xlsx"],
        ["export", "summary", "--month", "2017-03", "-o", "{tmp}/summary.pdf"],
        ["export", "report", "--quarter", "2017Q1", "-o", "{tmp}/report.docx"],
        ["export", "action-plans", "--quarter", "2017Q2", "-o", "{tmp}/plans.xlsx"],
        ["import", "audits", "{tmp}/audits.xlsx", "--check"],
    ],
    ids=lambda c: " ".join(c[:2]) + (" --check" if "--check" in c else ""),
)
def test_a_command_that_only_reads_does_not_wait_for_someone_saving(
    command: list[str],
    opened: Opened,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_march(opened.db, REAL_TODAY)
    url = str(opened.db.url)
    assert main(["export", "audits", "-o", str(tmp_path / "audits.xlsx"), "--db", url]) == 0
    capsys.readouterr()
    if command[0] == "people":  # exports and imports need a role that may run them
        monkeypatch.setenv("QAAUDIT_USER", "someone.new")  # not yet known: would be added
    assert opened.db.path is not None
    copies_before = _count(opened.db.path, "SELECT count(*) FROM running_copy")
    writer = sqlite3.connect(opened.db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE person SET email = email")
    try:
        args = [part.format(tmp=tmp_path) for part in command]
        assert main([*args, "--db", url]) == 0, capsys.readouterr().err
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    # Nothing was written: the newcomer was not added, no copy of the program recorded.
    assert _count(opened.db.path, "SELECT count(*) FROM person WHERE login = 'someone.new'") == 0
    assert _count(opened.db.path, "SELECT count(*) FROM running_copy") == copies_before


def _count(path: Path, query: str) -> int:
    check = sqlite3.connect(path)
    try:
        return int(check.execute(query).fetchone()[0])
    finally:
        check.close()


def test_a_list_cut_short_by_its_reader_ends_quietly(opened: Opened, tmp_path: Path) -> None:
    with opened.db.writing() as s:
        s.execute(
            insert(Person),
            [{"login": f"person{n}", "name": f"Person Number {n}"} for n in range(5_000)],
        )
    env = {**os.environ, "QAAUDIT_DATA_DIR": str(tmp_path / "data")}
    listing = subprocess.Popen(
        [sys.executable, "-m", "qaaudit", "people", "list", "--db", str(opened.db.url)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert listing.stdout is not None and listing.stderr is not None
    assert listing.stdout.readline().startswith(b"Login")
    listing.stdout.close()  # as `head -1` does
    code = listing.wait(timeout=60)
    err = listing.stderr.read().decode()
    assert code in (0, 141), err
    assert err == ""
    assert not (tmp_path / "data" / "logs").exists()
