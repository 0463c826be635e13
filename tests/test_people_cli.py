"""People from the command line, as IT sets up a council: the first login to run it on an
empty database becomes its administrator; the QA lead adds managers before they sign in
and changes their roles; anyone else is refused with the same rules as the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qaaudit.bootstrap import open_for_use
from qaaudit.cli import main
from qaaudit.services.people.admin import list_people
from qaaudit.services.people.teams import add_service_area, add_team

ROOT = Path(__file__).resolve().parent.parent


def people(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    login: str,
    *args: str,
) -> tuple[int, str, str]:
    """``qaaudit people ...`` run by ``login``: exit code, output, errors."""
    monkeypatch.setenv("QAAUDIT_USER", login)
    code = main(["people", *args])
    out, err = capsys.readouterr()
    return code, out, err


def stored(database: str) -> dict[str, tuple[str, tuple[str, ...], bool]]:
    opened = open_for_use(database, login="p.sharma")
    try:
        with opened.db.reading() as s:
            return {p.login: (p.team, p.roles, p.active) for p in list_people(s)}
    finally:
        opened.db.dispose()


def test_it_sets_up_the_first_administrator_and_the_qa_lead_adds_managers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = str(tmp_path / "council.sqlite3")
    # IT runs the command as the council's QA lead on the new, empty database.
    code, out, _ = people(capsys, monkeypatch, "p.sharma", "list", "--db", database)
    assert code == 0
    assert (
        "p.sharma" in out
        and "auditor, service_manager, strategic_lead, moderator, qa_lead, admin" in out
    )

    opened = open_for_use(database, login="p.sharma")
    try:
        with opened.db.writing() as s:
            area = add_service_area(s, opened.actor, "Help and Protection")
            add_team(s, opened.actor, area.id, "Assessment Team 1")
            other = add_service_area(s, opened.actor, "Looked After Children")
            add_team(s, opened.actor, other.id, "Assessment Team 1")
    finally:
        opened.db.dispose()

    code, _, err = people(
        capsys, monkeypatch, "p.sharma",
        "add", "jo.bloggs", "--name", "Jo Bloggs", "--team", "Assessment Team 1", "--db", database,
    )  # fmt: skip
    assert code == 2
    assert "more than one team is called that" in err
    assert '"Assessment Team 1 (Help and Protection)"' in err

    code, out, err = people(
        capsys, monkeypatch, "p.sharma",
        "add", "jo.bloggs", "--name", "Jo Bloggs",
        "--team", "assessment team 1 (help and protection)",
        "--role", "auditor", "--role", "service_manager", "--db", database,
    )  # fmt: skip
    assert code == 0, err
    assert out == (
        "Added jo.bloggs: Jo Bloggs, Assessment Team 1 (Help and Protection); "
        "roles: auditor, service_manager.\n"
    )

    code, out, err = people(
        capsys, monkeypatch, "p.sharma",
        "set", "Jo.Bloggs", "--add-role", "moderator", "--remove-role", "auditor", "--db", database,
    )  # fmt: skip
    assert code == 0, err
    assert stored(database)["jo.bloggs"] == (
        "Assessment Team 1",
        ("service_manager", "moderator"),
        True,
    )

    code, _, err = people(
        capsys, monkeypatch, "p.sharma", "set", "jo.bloggs", "--no-team", "--inactive",
        "--db", database,
    )  # fmt: skip
    assert code == 0, err
    assert stored(database)["jo.bloggs"] == ("", ("service_manager", "moderator"), False)

    code, out, _ = people(
        capsys, monkeypatch, "p.sharma", "list", "--active-only", "--db", database
    )
    assert "jo.bloggs" not in out


def test_the_command_line_refuses_what_the_window_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = str(tmp_path / "council.sqlite3")
    assert people(capsys, monkeypatch, "p.sharma", "list", "--db", database)[0] == 0

    # Someone who is not a QA lead: refused, exit 1, told who they are.
    code, _, err = people(
        capsys, monkeypatch, "sam.auditor", "set", "sam.auditor", "--add-role", "qa_lead",
        "--db", database,
    )  # fmt: skip
    assert code == 1
    assert "Only a QA lead or an administrator can add or change people and teams" in err
    assert "(you are sam.auditor)" in err

    # The only administrator cannot give the role up.
    code, _, err = people(
        capsys, monkeypatch, "p.sharma", "set", "p.sharma", "--remove-role", "admin",
        "--db", database,
    )  # fmt: skip
    assert code == 1
    assert "This is the last active administrator" in err

    code, _, err = people(
        capsys, monkeypatch, "p.sharma", "add", "SAM.AUDITOR", "--name", "Sam", "--db", database
    )
    assert code == 2
    assert "Someone already has the login “SAM.AUDITOR”" in err

    code, _, err = people(
        capsys, monkeypatch, "p.sharma", "set", "nobody", "--name", "X", "--db", database
    )
    assert code == 2
    assert "no one has the login 'nobody'" in err

    code, _, err = people(
        capsys, monkeypatch, "p.sharma", "set", "sam.auditor", "--role", "qa_lead",
        "--add-role", "moderator", "--db", database,
    )  # fmt: skip
    assert code == 2
    assert "not both" in err
    assert stored(database)["p.sharma"][1] == (
        "auditor",
        "service_manager",
        "strategic_lead",
        "moderator",
        "qa_lead",
        "admin",
    )
    assert stored(database)["sam.auditor"][1] == ("auditor",)


def test_a_scripted_install_names_the_first_administrator_with_qaaudit_user(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "council.sqlite3")
    env = {"PATH": "/usr/bin:/bin", "QAAUDIT_DATA_DIR": str(tmp_path / "home")}
    env |= {"QAAUDIT_USER": "p.sharma", "QT_QPA_PLATFORM": "offscreen"}
    # Not the computer's real settings file, which the installer check may lock.
    env["QAAUDIT_MACHINE_SETTINGS"] = str(tmp_path / "machine" / "settings.toml")

    def qaaudit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "qaaudit.cli", *args, "--db", database],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    team = qaaudit(
        "people", "add-team", "Assessment Team 1", "--service-area", "Help and Protection"
    )
    assert team.returncode == 0, team.stderr
    assert team.stdout == "Added the team Assessment Team 1 (Help and Protection).\n"
    jo = qaaudit(
        "people", "add", "jo.bloggs", "--name", "Jo Bloggs", "--team", "Assessment Team 1",
        "--role", "qa_lead",
    )  # fmt: skip
    assert jo.returncode == 0, jo.stderr
    assert stored(database) == {
        "p.sharma": (
            "",
            ("auditor", "service_manager", "strategic_lead", "moderator", "qa_lead", "admin"),
            True,
        ),
        "jo.bloggs": ("Assessment Team 1", ("qa_lead",), True),
    }
    listed = qaaudit("people", "teams")
    assert "Help and Protection  Assessment Team 1  yes     1" in listed.stdout
