"""A database the person cannot write to (a read-only share, a file IT locked) opens
read-only: audits can be read, a save is refused in plain words, the file is untouched.

Root ignores file permissions, so the program is run as the ``nobody`` user. That user
cannot see this interpreter's packages (they live under /root), so the few the store
needs are copied somewhere it can read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from qaaudit.bootstrap import open_for_use
from qaaudit.services.audit import audits
from tests.factories import complete_form, make_person, make_team

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("sqlalchemy", "platformdirs", "typing_extensions")

READ_AND_TRY_TO_SAVE = """
import json, sys
from qaaudit.bootstrap import open_for_use
from qaaudit.services.audit.listing import AuditFilter
from qaaudit.services.audit.listing import list_audits
from qaaudit.store.errors import StoreError
from tests.factories import make_team

opened = open_for_use(sys.argv[1])
report = {"read_only": opened.db.read_only, "actor": opened.actor.login}
with opened.db.reading() as s:
    report["cases"] = [r.case_number for r in list_audits(s, opened.actor, AuditFilter())]
try:
    with opened.db.writing() as s:
        make_team(s, "Route 21")
    report["saved"] = True
except StoreError as exc:
    report["refused"] = [type(exc).__name__, exc.message]
opened.db.dispose()
print(json.dumps(report))
"""


def _as_nobody() -> list[str]:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run a check as another user")
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture(scope="module")
def readable_site() -> Iterator[Path]:
    """A folder anyone can read holding the packages the store imports."""
    folder = Path(tempfile.mkdtemp(prefix="qaaudit-site-"))
    folder.chmod(0o755)
    for name in NEEDED:
        module = __import__(name)
        source = Path(module.__file__ or "")
        if source.name == "__init__.py":
            shutil.copytree(
                source.parent, folder / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, folder / source.name)
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _interpreter(prefix: list[str], env: dict[str, str]) -> str:
    for candidate in (sys.executable, "/usr/bin/python3"):
        probe = subprocess.run(
            [*prefix, candidate, "-c", "import sqlalchemy, tomllib"],
            env=env,
            capture_output=True,
        )
        if probe.returncode == 0:
            return candidate
    pytest.skip("no Python interpreter the nobody user can run")


def test_a_database_nobody_may_write_opens_read_only(readable_site: Path) -> None:
    prefix = _as_nobody()
    shared = Path(tempfile.mkdtemp(prefix="qaaudit-ro-"))
    try:
        shared.chmod(0o755)  # others may look in, not create files
        path = shared / "qaaudit.sqlite3"
        opened = open_for_use(str(path), backup_dir=shared / "backups")
        with opened.db.writing() as s:
            team = make_team(s)
            reader = make_person(s, "reader", "Reader", roles=("qa_lead",), team=team)
            form = complete_form(team.id, case_number="RO100")
            record = audits.create_audit(s, reader, form)
            audits.complete_audit(s, reader, record.id, record.version, form)
        opened.db.dispose()
        path.chmod(0o644)  # readable by all, writable by its owner only
        assert not Path(f"{path}-wal").exists()
        before = hashlib.sha256(path.read_bytes()).hexdigest()

        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONPATH": f"{readable_site}{os.pathsep}{ROOT}",
            "QAAUDIT_USER": "reader",
            "QAAUDIT_DATA_DIR": str(shared / "nobody-data"),
            # Not the computer's real settings file, which the installer check may lock.
            "QAAUDIT_MACHINE_SETTINGS": str(shared / "machine-settings.toml"),
            "HOME": str(shared),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        python = _interpreter(prefix, env)
        run = subprocess.run(
            [*prefix, python, "-c", READ_AND_TRY_TO_SAVE, str(path)],
            env=env,
            cwd=shared,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout.strip().splitlines()[-1])
        assert report["read_only"] is True
        assert report["actor"] == "reader"
        assert report["cases"] == ["RO100"]
        assert "saved" not in report
        kind, message = report["refused"]
        assert kind == "ReadOnlyDatabase"
        assert "read-only" in message and "Nothing you typed is lost" in message
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert sorted(p.name for p in shared.iterdir()) == ["qaaudit.sqlite3"]
    finally:
        shutil.rmtree(shared, ignore_errors=True)
