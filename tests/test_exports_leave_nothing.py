"""An export that is cancelled, interrupted or refused by a full disk leaves nothing behind:
not in the system's temporary folder (readable by others, never tidied), not beside the
file; the earlier file is as it was; the command says so in plain words. A workbook that
had to shorten a cell says so, on the command line and in the window."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.exports.audit.data_excel import write_audits_workbook
from qaaudit.exports.common.files import Cancelled
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.ui.review._export import WORKBOOK, start_export
from tests.loop_data import build_march
from tests.review_factories import TODAY
from tests.test_review_exports import a_final_review

REAL_TODAY = __import__("datetime").date.today()


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test: anything written there is seen."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_cancelled_workbook_export_writes_only_beside_the_target_and_removes_it(
    opened: Opened, tmp_path: Path, system_temp: Path
) -> None:
    build_march(opened.db, REAL_TODAY)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "audits.xlsx"
    target.write_bytes(b"the earlier export")
    seen: list[list[str]] = []

    def cancel_half_way(done: int, total: int, _what: str) -> bool:
        seen.append(leftovers(out) + sorted(os.listdir(system_temp)))
        return done < 4

    with pytest.raises(Cancelled):
        write_audits_workbook(opened.db, opened.actor, target, cancel_half_way)
    # While it was being written, its parts were beside the target, named after it.
    assert any(len(names) > 1 for names in seen)
    for names in seen:
        assert all(n.startswith(f".audits.xlsx.{os.getpid()}.") for n in names), names
    assert os.listdir(system_temp) == []
    assert leftovers(out) == [] and target.read_bytes() == b"the earlier export"

    written = write_audits_workbook(opened.db, opened.actor, target)
    assert written.audits == 7 and leftovers(out) == [] and os.listdir(system_temp) == []


def test_what_a_killed_export_left_is_removed_by_the_next(
    opened: Opened, tmp_path: Path, system_temp: Path
) -> None:
    build_march(opened.db, REAL_TODAY)
    dead = 2**22 + 12_345  # a process number no process has on this machine
    (tmp_path / f".audits.xlsx.{dead}.x1y2.partial").write_text("CN100234 and a narrative")
    (tmp_path / f".other.xlsx.{dead}.x1y2.partial").write_text("not this export's")
    write_audits_workbook(opened.db, opened.actor, tmp_path / "audits.xlsx")
    assert leftovers(tmp_path) == [f".other.xlsx.{dead}.x1y2.partial"]


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file an export finishes meets a full disk."""
    real_replace = os.replace

    def replace(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        if ".partial" in str(source):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize(
    "command",
    [
        ["export", "audits", "-o", "{out}/file.xlsx"],
        ["export", "audit", "--id", "2", "-o", "{out}/file.pdf"],
        ["export", "summary", "--month", "2017-03", "-o", "{out}/file.pdf"],
        ["export", "trends", "--from", "2017-01", "--to", "2017-03", "-o", "{out}/file.xlsx"],
        ["export", "trends", "--from", "2017-01", "--to", "2017-03", "-o", "{out}/file.pdf"],
        ["export", "schedule", "--year", "2017", "-o", "{out}/file.xlsx"],
        ["export", "review", "--id", "1", "-o", "{out}/file.xlsx"],
        ["export", "review", "--id", "1", "-o", "{out}/file.pdf"],
    ],
    ids=lambda c: " ".join(c[1:2] + [Path(c[-1]).suffix]),
)
def test_a_full_disk_is_said_plainly_by_every_export_command(
    command: list[str],
    opened: Opened,
    tmp_path: Path,
    system_temp: Path,
    full_disk: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if command[1] == "review":
        a_final_review(opened)
    else:
        build_march(opened.db, REAL_TODAY)
        with opened.db.writing() as s:
            load_council_plan(s, opened.actor)
    out = tmp_path / "out"
    out.mkdir()
    (out / f"file{Path(command[-1]).suffix}").write_bytes(b"earlier")
    args = [part.format(out=out) for part in command] + ["--db", str(opened.db.url)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err == (
        f"qaaudit: file{Path(command[-1]).suffix} could not be written: No space left on "
        "device. Nothing was left half-written; any earlier file of that name is as it was.\n"
    )
    assert leftovers(out) == [] and os.listdir(system_temp) == []
    assert (out / f"file{Path(command[-1]).suffix}").read_bytes() == b"earlier"
    assert not (tmp_path / "data" / "logs").exists()  # no fault for IT: nothing went wrong


def test_a_review_workbook_that_shortens_a_cell_says_so_on_the_command_line(
    opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two agreed actions of 20,000 characters each, listed in one cell: 40,000 and more.
    review_id = a_final_review(opened, actions=2)
    target = tmp_path / "review.xlsx"
    args = ["export", "review", "--id", str(review_id), "-o", str(target)]
    assert main([*args, "--db", str(opened.db.url)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == (
        "Note: 1 cell held more than the 32,767 characters an Excel cell can hold and was "
        "shortened in the workbook (Judgement areas!G22); its Notes sheet says so. The full "
        "text is kept in qaaudit."
    )


def test_a_review_workbook_that_shortens_a_cell_says_so_in_the_window(
    qtbot: Any, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    review_id = a_final_review(opened, actions=2)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    task = start_export(parent, opened.db, review_id, WORKBOOK, TODAY, "review", tmp_path / "r")
    assert task is not None
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told[0].startswith("1 cell held more than the 32,767 characters")
