"""The rules of the code's shape, enforced by the test command: import-linter's contracts
(the layers, the feature rooms, private modules, no import circles, Qt only in the window),
a newcomer's view of each layer's folder, and ruff and mypy."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("domain", "store", "services", "exports", "demo")
QT_IMPORT = re.compile(r"^\s*(?:from|import)\s+(PySide6|PyQt5|PyQt6|shiboken6)\b", re.MULTILINE)


def test_no_qt_import_is_written_in_domain_store_or_services() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in QT_FREE
        for path in (ROOT / "qaaudit" / package).rglob("*.py")
        if QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_importing_domain_store_and_services_loads_no_qt() -> None:
    script = f"""
import importlib, pkgutil, sys
import qaaudit
for package in {QT_FREE!r}:
    module = importlib.import_module("qaaudit." + package)
    for info in pkgutil.walk_packages(module.__path__, module.__name__ + "."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6"))
print(len([m for m in sys.modules if m.startswith("qaaudit.")]), loaded)
"""
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    count, loaded = run.stdout.strip().split(" ", 1)
    assert int(count) > 15  # the walk really imported the packages
    assert loaded == "[]"


def _tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_import_linter_keeps_every_contract() -> None:
    """The contracts in pyproject.toml: cli > commands > ui > exports > services >
    store / domain; features apart inside each layer; private modules kept private; no
    import circles anywhere."""
    check = _tool(
        sys.executable,
        "-c",
        "from importlinter.cli import lint_imports_command; lint_imports_command()",
        "--no-cache",
    )
    report = check.stdout + check.stderr
    assert check.returncode == 0, report
    assert "7 kept, 0 broken" in report


def test_each_layer_shows_its_features_not_a_flat_heap() -> None:
    """A newcomer sees the rooms: each layer's folder holds packages per feature and only a
    few modules of its own, and every package says in its first lines what lives there."""
    for layer in ("ui", "services", "exports", "commands", "demo"):
        folder = ROOT / "qaaudit" / layer
        modules = [p.name for p in folder.glob("*.py") if p.name != "__init__.py"]
        assert len(modules) <= 12, (layer, sorted(modules))
    for init in (ROOT / "qaaudit").rglob("__init__.py"):
        if "migrations" in init.parts or "forms" in init.parts:
            continue
        text = init.read_text(encoding="utf-8").strip()
        assert text.startswith('"""') and len(text) > 40, init.relative_to(ROOT)


def test_ruff_finds_nothing_to_fix() -> None:
    lint = _tool(sys.executable, "-m", "ruff", "check", "qaaudit", "tests")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    layout = _tool(sys.executable, "-m", "ruff", "format", "--check", "qaaudit", "tests")
    assert layout.returncode == 0, layout.stdout + layout.stderr


def test_mypy_passes_on_domain_store_and_services() -> None:
    check = _tool(sys.executable, "-m", "mypy")
    assert check.returncode == 0, check.stdout + check.stderr


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)\n```", readme, re.DOTALL)
    assert len(blocks) >= 2
    run_app, run_tests = blocks[0].strip(), blocks[1].strip()
    assert run_app.endswith("qaaudit") and "pytest" in run_tests
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci_lines[-1].strip() == run_tests
