"""Which database is used: --db, QAAUDIT_DB, the person's settings file, the computer's
settings file (written by IT or the installer), the default file; and the computer's lock
on the address, refused on the command line and explained in the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import open_for_use
from qaaudit.cli import main
from qaaudit.store import paths
from qaaudit.store.database import DatabaseLocked, choose_database
from qaaudit.store.errors import StoreError
from qaaudit.ui.main_window import MainWindow
from tests.ui_support import context_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def machine_file() -> Path:
    """The machine-wide file this test reads instead of /etc/qaaudit/settings.toml."""
    return Path(os.environ[paths.MACHINE_SETTINGS_ENV])


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def sqlite(path: Path) -> str:
    return f"sqlite:///{path}"


def test_each_source_wins_over_the_ones_after_it(
    tmp_path: Path, private_home: Path, machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = choose_database()
    assert default.url == sqlite(private_home / "qaaudit.sqlite3")
    assert default.source == "the default file in your data folder"

    write(machine_file, f'database_url = "{tmp_path / "machine.sqlite3"}"\n')
    chosen = choose_database()
    assert chosen.url == sqlite(tmp_path / "machine.sqlite3")
    assert chosen.source == f"this computer's settings file ({machine_file})"

    write(private_home / "settings.toml", f'database_url = "{tmp_path / "mine.sqlite3"}"\n')
    chosen = choose_database()
    assert chosen.url == sqlite(tmp_path / "mine.sqlite3")
    assert chosen.source == f"your settings file ({private_home / 'settings.toml'})"

    monkeypatch.setenv("QAAUDIT_DB", str(tmp_path / "env.sqlite3"))
    assert choose_database().url == sqlite(tmp_path / "env.sqlite3")
    assert choose_database().source == "the QAAUDIT_DB variable"

    chosen = choose_database(str(tmp_path / "flag.sqlite3"))
    assert chosen.url == sqlite(tmp_path / "flag.sqlite3")
    assert chosen.source == "--db on the command line"
    assert chosen.locked_by is None and chosen.note is None


def test_the_machine_wide_address_is_where_the_data_goes(
    tmp_path: Path, machine_file: Path
) -> None:
    shared = tmp_path / "shared" / "council.sqlite3"
    write(machine_file, f'database_url = "sqlite:///{shared}"\n')
    opened = open_for_use()
    try:
        assert opened.db.path == shared
    finally:
        opened.db.dispose()
    assert shared.exists()


def test_a_lock_sets_the_persons_own_setting_aside_and_the_window_says_why(
    qtbot: QtBot, tmp_path: Path, private_home: Path, machine_file: Path
) -> None:
    shared = tmp_path / "shared.sqlite3"
    write(machine_file, f'database_url = "{shared}"\nlock_database = true\n')
    write(private_home / "settings.toml", f'database_url = "{tmp_path / "mine.sqlite3"}"\n')

    chosen = choose_database()
    assert chosen.url == sqlite(shared)
    assert chosen.locked_by == machine_file
    assert "IT has fixed the database for everyone on this computer" in (chosen.note or "")

    opened = open_for_use()
    try:
        assert opened.db.path == shared
        window = MainWindow(context_of(opened))
        qtbot.addWidget(window)
        window.show()
        banner = window.ui.bannerLabel
        assert banner.isVisible()
        assert "Your own settings file names another database" in banner.text()
        assert str(machine_file) in banner.text()
        assert "Ask IT" in banner.text()
    finally:
        opened.db.dispose()
    assert not (tmp_path / "mine.sqlite3").exists()


def test_a_lock_refuses_another_database_on_the_command_line_or_in_qaaudit_db(
    tmp_path: Path, machine_file: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "shared.sqlite3"
    write(machine_file, f'database_url = "{shared}"\nlock_database = true\n')
    with pytest.raises(DatabaseLocked, match=r"so --db cannot point qaaudit at another one"):
        choose_database(str(tmp_path / "elsewhere.sqlite3"))
    # The same database, however it is written, is not "another one".
    assert choose_database(f"sqlite:///{shared}").url == sqlite(shared)
    monkeypatch.setenv("QAAUDIT_DB", str(tmp_path / "elsewhere.sqlite3"))
    with pytest.raises(DatabaseLocked, match="so QAAUDIT_DB cannot"):
        choose_database()
    monkeypatch.delenv("QAAUDIT_DB")

    assert main(["check", "--db", str(tmp_path / "elsewhere.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "IT has fixed the database for everyone on this computer" in err
    assert not (tmp_path / "elsewhere.sqlite3").exists()


def test_the_window_refuses_another_database_when_locked_and_says_why(
    tmp_path: Path, private_home: Path, machine_file: Path
) -> None:
    write(machine_file, f'database_url = "{tmp_path / "shared.sqlite3"}"\nlock_database = true\n')
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-m", "qaaudit.cli", "gui", "--smoke", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 2
    assert "IT has fixed the database for everyone on this computer" in result.stderr
    assert str(machine_file) in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_an_unreadable_machine_file_is_refused_not_passed_over(
    tmp_path: Path, machine_file: Path
) -> None:
    write(machine_file, "database_url = \nlock_database = true\n")
    with pytest.raises(StoreError, match=r"cannot be read: it is not valid TOML"):
        choose_database()
    write(machine_file, "lock_database = true\n")
    with pytest.raises(StoreError, match="lock_database is set but database_url is not"):
        choose_database()
    write(machine_file, 'database_url = "x.sqlite3"\nlock_database = "yes"\n')
    with pytest.raises(StoreError, match="lock_database must be true or false"):
        choose_database()
    # A person's own damaged file is passed over, as before.
    machine_file.unlink()
    write(paths.config_file(), "database_url = \n")
    assert choose_database().source == "the default file in your data folder"


def test_the_installer_writes_the_machine_file_and_check_says_what_chose_the_database(
    tmp_path: Path, machine_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    url = "postgresql://qa-db.council.local/qaaudit?sslmode=verify-full"
    assert main(["settings", "--set-machine-database", url, "--lock"]) == 0
    assert f"Wrote {machine_file}" in capsys.readouterr().out
    written = paths.machine_settings()
    assert written.database_url == url and written.lock_database
    assert machine_file.stat().st_mode & 0o777 == 0o644
    assert not list(machine_file.parent.glob(".settings-*"))

    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert "Database: postgresql+psycopg://qa-db.council.local/qaaudit?sslmode=verify-full" in out
    assert f"Chosen by: this computer's settings file ({machine_file}), locked by IT" in out
    assert "locks the database address" in out

    # Replaced, not added to; a name with quotes and non-ASCII letters survives the trip.
    odd = tmp_path / 'Jo "QA" Łukasz' / "qa.sqlite3"
    assert main(["settings", "--set-machine-database", str(odd)]) == 0
    capsys.readouterr()
    assert paths.machine_settings().database_url == str(odd)
    assert not paths.machine_settings().lock_database
    open_for_use().db.dispose()  # made where the computer's file says
    assert odd.exists()
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"Database: {odd}" in out
    assert f"Chosen by: this computer's settings file ({machine_file})" in out

    assert main(["settings", "--set-machine-database", "a\nb"]) == 2
    assert "one line" in capsys.readouterr().err
    assert paths.machine_settings().database_url == str(odd)


def test_the_machine_file_is_in_the_place_the_admin_guide_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(paths.MACHINE_SETTINGS_ENV)
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.machine_config_file() == Path("/etc/qaaudit/settings.toml")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\ProgramData")
    assert paths.machine_config_file() == Path("D:\\ProgramData") / "qaaudit" / "settings.toml"
    guide = (ROOT / "docs" / "admin-guide.md").read_text(encoding="utf-8")
    assert "/etc/qaaudit/settings.toml" in guide
    assert "%ProgramData%\\qaaudit\\settings.toml" in guide
