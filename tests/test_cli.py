"""The command line, as someone in IT or a QA lead uses it: demo data, an audit to PDF,
backups and checks; --db, --help and --version on every command."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from qaaudit import __version__
from qaaudit.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def every_command() -> list[list[str]]:
    """Every command and sub-command the parser knows, e.g. ["export", "audit"]."""
    found: list[list[str]] = [[]]

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found.append([*path, name])
                    walk(child, [*path, name])

    walk(build_parser(), [])
    return found


def test_every_command_has_help_version_and_db(capsys: pytest.CaptureFixture[str]) -> None:
    commands = every_command()
    assert {"demo", "gui", "backup", "restore", "check"} <= {c[0] for c in commands if c}
    assert ["export", "audit"] in commands
    for command in commands:
        with pytest.raises(SystemExit) as shown:
            main([*command, "--version"])
        assert shown.value.code == 0
        assert capsys.readouterr().out.strip() == f"qaaudit {__version__}"
        with pytest.raises(SystemExit) as helped:
            main([*command, "--help"])
        assert helped.value.code == 0
        text = capsys.readouterr().out
        assert "--db URL" in text and "--version" in text, command


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command run in this process (quicker): exit code, what it printed, its errors."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command run as a person runs it, in a process of its own."""
    env = {**os.environ, "QAAUDIT_DATA_DIR": str(home), "QAAUDIT_USER": "qa.lead"}
    env.pop("QAAUDIT_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "qaaudit.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_then_print_an_audit_from_the_command_line(tmp_path: Path) -> None:
    home, database = tmp_path / "home", tmp_path / "demo.sqlite3"
    filled = cli("demo", "--db", str(database), home=home)
    assert filled.returncode == 0, filled.stderr
    assert f"Demo data added to {database}" in filled.stdout
    assert "re-audits" in filled.stdout and "Share judged good" in filled.stdout

    again = cli("demo", "--db", str(database), home=home)
    assert again.returncode == 1
    assert "already holds demo data, so nothing was added" in again.stderr

    target = tmp_path / "out" / "audit-12"
    printed = cli(
        "export", "audit", "--id", "12", "-o", str(target), "--db", str(database), home=home
    )
    assert printed.returncode == 0, printed.stderr
    pdf = target.with_name("audit-12.pdf")
    assert f"Audit 12 written to {pdf}" in printed.stdout
    assert "Case file audit DEMO-" in PdfReader(pdf).pages[0].extract_text()

    missing = cli(
        "export", "audit", "--id", "999999", "-o", str(pdf), "--db", str(database), home=home
    )
    assert missing.returncode == 2
    assert "there is no audit number 999999" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_the_default_database_is_used_without_db(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    assert (private_home / "qaaudit.sqlite3").exists()
    assert "Backup written to" in out
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert "Integrity: ok" in out


def test_a_damaged_database_is_reported_with_the_backup_to_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "team.sqlite3")
    assert run(capsys, "backup", "--db", database)[0] == 0
    Path(database).write_bytes(Path(database).read_bytes()[:4096])  # most of it lost

    code, out, _ = run(capsys, "check", "--db", database)
    assert code == 1
    assert "Integrity: DAMAGED" in out
    assert f"qaaudit restore --db {database}" in out

    code, _, err = run(capsys, "demo", "--db", database)
    assert code == 2
    assert "It has not been changed" in err
    assert "The newest good backup is the manual backup of" in err

    code, out, err = run(capsys, "restore", "--db", database)
    assert code == 0, err
    assert "The replaced file was kept as" in out
    assert run(capsys, "check", "--db", database)[0] == 0


def test_a_newer_database_is_refused_in_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    database = str(tmp_path / "new.sqlite3")
    assert run(capsys, "backup", "--db", database)[0] == 0
    with sqlite3.connect(database) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    pdf = str(tmp_path / "a.pdf")
    code, _, err = run(capsys, "export", "audit", "--id", "1", "-o", pdf, "--db", database)
    assert code == 2
    assert err.strip().startswith("qaaudit: This database was last used by a newer")
    assert len(err.strip().splitlines()) == 1


def test_without_a_display_the_window_command_says_what_to_use_instead(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("there is always a display on Windows and macOS")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "no display" in err and "qaaudit demo" in err and "qaaudit export" in err
