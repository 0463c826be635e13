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


def _files_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_a_command_reads_nothing_from_a_damaged_file_and_names_the_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged_database(tmp_path, capsys)
    before = path.read_bytes()
    out_file = tmp_path / "audits.xlsx"
    assert main(["export", "audits", "--db", str(path), "-o", str(out_file)]) == 2
    out, err = capsys.readouterr()
    assert "council.sqlite3 is damaged: SQLite's check of its pages found faults" in err
    assert "The newest good backup is the manual backup of" in err
    assert not out_file.exists()
    assert path.read_bytes() == before
    assert _files_beside(path) == ["council.sqlite3"]


def test_nothing_is_written_to_a_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from qaaudit.store.errors import CorruptDatabase
    from qaaudit.store.models import Team

    path = damaged_database(tmp_path, capsys)
    before = path.read_bytes()
    # Opening reads the person already known; the check of every page runs beside it.
    opened = open_for_use(f"sqlite:///{path}", backup_dir=tmp_path / "data" / "backups")
    try:
        with (
            pytest.raises(CorruptDatabase, match="Nothing has been written to it"),
            opened.db.writing() as s,
        ):
            s.add(Team(name="Written to a damaged file"))
        assert opened.db.page_check is not None and opened.db.page_check.damaged
        assert opened.db.copy_id is None  # not even the running copy's note
    finally:
        opened.db.dispose()
    assert path.read_bytes() == before


def test_the_smoke_start_refuses_a_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    path = damaged_database(tmp_path, capsys)
    before = path.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "qaaudit", "gui", "--smoke", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "council.sqlite3 is damaged" in done.stderr
    assert "main window ready" not in done.stdout
    assert path.read_bytes() == before
    assert _files_beside(path) == ["council.sqlite3"]


def test_a_sound_file_passes_its_check_and_the_start_writes_as_before(tmp_path: Path) -> None:
    path = tmp_path / "sound.sqlite3"
    open_for_use(f"sqlite:///{path}").db.dispose()
    opened = open_for_use(f"sqlite:///{path}")
    try:
        check = opened.db.page_check
        assert check is not None
        assert check.wait(30) and check.problems == []
        # The running copy's note, held until the check passed, is written.
        for _ in range(100):
            if opened.db.copy_id is not None:
                break
            __import__("time").sleep(0.05)
        assert opened.db.copy_id is not None
    finally:
        opened.db.dispose()


def test_the_window_offers_the_newest_good_backup_for_a_damaged_file(
    qtbot: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qaaudit.ui.startup import open_database, refuse_if_damaged
    from tests.ui_support import answer_next_dialog

    path = damaged_database(tmp_path, capsys)
    opened = open_database(f"sqlite:///{path}")
    assert opened is not None  # the file's header is sound: only its check finds the damage
    said: list[str] = []

    def restore(box: QMessageBox) -> None:
        said.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "&Restore the backup"]
        button.click()
        answer_next_dialog(lambda info: info.accept())

    answer_next_dialog(restore)
    assert refuse_if_damaged(opened.db) is True
    assert said and "council.sqlite3 is damaged" in said[0]
    [aside] = list(tmp_path.glob("council.sqlite3.damaged-*"))
    again = open_database(f"sqlite:///{path}")
    assert again is not None
    try:
        assert refuse_if_damaged(again.db) is None
        from sqlalchemy import func, select

        from qaaudit.store.models import CaseFileAudit

        with again.db.reading() as s:  # the backup's audits, read again
            assert s.scalar(select(func.count(CaseFileAudit.id))) > 0
    finally:
        again.db.dispose()
    assert aside.exists()


def test_damage_found_after_the_window_opened_closes_it_and_offers_the_backup(
    qtbot: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large file's check ends after the window is on screen: the window goes, the damage
    is said, the backup put back, and the program is told to start again on it."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from qaaudit.store import database
    from qaaudit.store.page_check import PageCheck
    from qaaudit.ui import app as window_app
    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.main_window import MainWindow
    from qaaudit.ui.startup import open_database
    from tests.ui_support import answer_next_dialog

    path = damaged_database(tmp_path, capsys)
    release = threading.Event()

    class SlowCheck(PageCheck):  # the real check, begun only once the window is up
        def _run(self, connect: object) -> None:
            release.wait(60)
            super()._run(connect)  # type: ignore[arg-type]

    monkeypatch.setattr(database, "PageCheck", SlowCheck)
    opened = open_database(f"sqlite:///{path}")
    assert opened is not None and opened.db.page_check is not None
    window = MainWindow(AppContext(opened.db, opened.actor))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]

    class Ending:  # where the program's event loop would be told to end, and how
        codes: list[int] = []

        def exit(self, code: int) -> None:
            self.codes.append(code)

    ending = Ending()
    window_app._when_checked(ending, window, opened.db)  # type: ignore[arg-type]
    said: list[str] = []

    def restore(box: QMessageBox) -> None:
        said.append(box.text())
        assert not window.isVisible()  # nothing from the damaged file stays on screen
        [button] = [b for b in box.buttons() if b.text() == "&Restore the backup"]
        button.click()
        answer_next_dialog(lambda info: info.accept())

    answer_next_dialog(restore)
    release.set()
    qtbot.waitUntil(lambda: ending.codes == [window_app.START_AGAIN], timeout=30000)  # type: ignore[attr-defined]
    assert said and "council.sqlite3 is damaged" in said[0]
    assert list(tmp_path.glob("council.sqlite3.damaged-*"))
    assert window_app._OPEN_BOXES == []  # nothing said about the damaged file stays open
    again = open_database(f"sqlite:///{path}")
    assert again is not None
    again.db.dispose()
