"""Starting the window: the smoke run, no display, a read-only, damaged or newer
database, and the forms compiled from their Designer files."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import open_for_use
from qaaudit.services.audit import audits
from qaaudit.store import backup
from qaaudit.ui.audit.editor import editor_for_audit
from qaaudit.ui.main_window import READ_ONLY_BANNER, MainWindow
from qaaudit.ui.startup import open_database
from tests.factories import complete_form, make_team
from tests.ui_support import answer_next_dialog, context_of

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("openpyxl", "reportlab", "alembic")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(extra)
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_smoke_run_opens_the_window_says_how_long_and_exits(tmp_path: Path) -> None:
    database = tmp_path / "smoke.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "qaaudit.cli", "gui", "--smoke", "--db", str(database)],
        capture_output=True,
        text=True,
        env=_env(QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"main window ready in \d+ ms\n", result.stdout)
    assert database.exists()


def test_start_up_leaves_the_exporters_and_migrations_unloaded(
    tmp_path: Path, sqlite_url: str
) -> None:
    open_for_use(sqlite_url, backup_dir=tmp_path / "backups").db.dispose()
    script = (
        "import sys\nfrom qaaudit.cli import main\n"
        f"code = main(['gui', '--smoke', '--db', {sqlite_url!r}])\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=_env(QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_without_a_display_it_says_so_in_one_line(tmp_path: Path) -> None:
    env = _env()
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "qaaudit.cli", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("qaaudit: there is no display")
    assert "qaaudit export" in lines[0] and "qaaudit demo" in lines[0]
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_read_only_database_opens_with_a_banner_and_nothing_can_be_saved(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    writable = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    with writable.db.writing() as s:
        team = make_team(s)
        record = audits.create_audit(s, writable.actor, complete_form(team.id))
    writable.db.dispose()

    read_only = open_for_use(sqlite_url, read_only=True)
    try:
        context = context_of(read_only)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        assert window.ui.bannerLabel.isVisible()
        assert window.ui.bannerLabel.text() == READ_ONLY_BANNER
        assert "nothing can be saved" in READ_ONLY_BANNER
        assert not window.ui.actionNewAudit.isEnabled()
        editor = editor_for_audit(context, record.id)
        qtbot.addWidget(editor)
        assert editor.ui.bannerLabel.text() == "This database is read-only: nothing can be saved."
        assert not editor.ui.saveButton.isEnabled()
        assert not editor.ui.completeButton.isEnabled()
        assert not editor.autosave.enabled
    finally:
        read_only.db.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_is_refused_and_left_untouched(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    open_for_use(sqlite_url, backup_dir=tmp_path / "backups").db.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    before = _digest(path)
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    answer_next_dialog(read_and_close)
    assert open_database(sqlite_url) is None
    assert "newer version of qaaudit" in said[0]
    assert _digest(path) == before


def test_a_damaged_database_is_moved_aside_and_the_newest_good_backup_restored(
    qtbot: QtBot, sqlite_url: str
) -> None:
    good = open_for_use(sqlite_url)
    with good.db.writing() as s:
        make_team(s, "Kept Team")
    backup.make_backup(good.db, reason="daily")
    good.db.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.write_bytes(b"this is not a database" * 100)

    def restore(box: QMessageBox) -> None:
        assert "newest good backup" in box.informativeText()
        [button] = [b for b in box.buttons() if b.text() == "&Restore the backup"]
        button.click()
        answer_next_dialog(lambda info: info.accept())

    answer_next_dialog(restore)
    opened = open_database(sqlite_url)
    assert opened is not None
    try:
        from qaaudit.services.common.actor import team_choices

        with opened.db.reading() as s:
            assert [t.name for t in team_choices(s)] == ["Kept Team"]
    finally:
        opened.db.dispose()
    [aside] = list(path.parent.glob(f"{path.name}.damaged-*"))
    assert aside.read_bytes().startswith(b"this is not a database")


FORMS = sorted((ROOT / "forms").glob("*.ui"))
UIC = (
    "import sys\nfrom PySide6.scripts.pyside_tool import uic\n"
    "sys.argv = ['pyside6-uic'] + sys.argv[1:]\nuic()\n"
)


def _without_version(text: str) -> str:
    return re.sub(r"^## Created by: Qt User Interface Compiler version .*$", "", text, flags=re.M)


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_every_form_is_compiled_from_its_designer_file(form: Path, tmp_path: Path) -> None:
    compiled = ROOT / "qaaudit" / "ui" / "forms" / f"ui_{form.stem}.py"
    fresh = tmp_path / compiled.name
    subprocess.run([sys.executable, "-c", UIC, str(form), "-o", str(fresh)], check=True)
    assert compiled.exists(), f"run: pyside6-uic {form} -o {compiled}"
    assert _without_version(compiled.read_text()) == _without_version(fresh.read_text()), (
        f"{compiled.name} is out of date: run pyside6-uic forms/{form.name} -o {compiled}"
    )
    assert "WARNING! All changes made in this file will be lost" in compiled.read_text()
