"""Start-up of the installed program: the frozen build the installers carry (dist/qaaudit,
or /opt/qaaudit once the .deb is installed) beside the same version installed with pip
into a fresh virtual environment, and beside a bare PySide6 window. Each runs
``gui --smoke`` on one demo database, offscreen, turn about, in a fresh process.

    python3 installer/build.py app                  # once, for dist/qaaudit
    python3 -m benchmarks.installed_startup         # or --frozen /opt/qaaudit/qaaudit

Results are also written to benchmarks/results/installed.md and installed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import venv
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from benchmarks.run import RESULTS, ROOT, Row, start_once, table


def pip_installed(folder: Path) -> Path:
    """qaaudit installed with pip (not editable, bytecode compiled) into a new virtual
    environment that shares this Python's libraries: its ``qaaudit`` command."""
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(folder)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(ROOT)],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    return folder / ("Scripts/qaaudit.exe" if os.name == "nt" else "bin/qaaudit")


def measure(frozen: Path, repeats: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QAAUDIT_DB")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QAAUDIT_DATA_DIR=str(work / "home"),
            QAAUDIT_MACHINE_SETTINGS=str(work / "machine.toml"),
            QAAUDIT_USER="qa.lead",
        )
        database = work / "demo.sqlite3"
        subprocess.run(
            [str(frozen), "demo", "--db", str(database)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        pip_command = pip_installed(work / "venv")
        smoke = ["gui", "--smoke", "--db", str(database)]
        runs = {
            "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
            "pip": [str(pip_command), *smoke],
            "frozen": [str(frozen), *smoke],
        }
        ready: dict[str, list[float]] = {name: [] for name in runs}
        names = list(runs)
        # Turn about, in a different order each round; the first round only warms the
        # disk cache.
        for round_number in range(repeats + 1):
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                shown, _ended = start_once(runs[name], env)
                if round_number:
                    ready[name].append(shown)
    median = {name: statistics.median(values) for name, values in ready.items()}
    size = sum(
        p.stat().st_size for p in frozen.parent.rglob("*") if p.is_file() and not p.is_symlink()
    )
    return [
        Row(
            "Installed (frozen) program: start to a usable main window",
            median["frozen"],
            median["pip"],
            "ms",
            "no slower than the same version installed with pip",
            median["frozen"] <= median["pip"],
            f"{frozen}; {size / 1e6:.0f} MB on disk; pip-installed {median['pip']:.0f} ms",
        ),
        Row(
            "Installed (frozen) program beside a bare PySide6 window",
            median["frozen"],
            median["bare"],
            "ms",
            "(for comparison with the start-up row of the main suite)",
            None,
            "benchmarks/bare_window.py, run by this Python",
        ),
        Row(
            "pip-installed program beside a bare PySide6 window",
            median["pip"],
            median["bare"],
            "ms",
            "(for comparison)",
            None,
            "a fresh virtual environment, pip install --no-deps",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--frozen",
        type=Path,
        default=ROOT / "dist" / "qaaudit" / ("qaaudit.exe" if os.name == "nt" else "qaaudit"),
        help="the frozen program (default: dist/qaaudit/qaaudit)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args(argv)
    if not args.frozen.exists():
        print(f"{args.frozen} is not there: run `python3 installer/build.py app` first.")
        return 2
    rows = measure(args.frozen, 3 if args.quick else 9)
    heading = (
        f"Installed start-up, `gui --smoke` on the demo council. "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, {datetime.now():%Y-%m-%d %H:%M}."
    )
    text = heading + "\n\n" + table(rows)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "installed.md").write_text(text + "\n", encoding="utf-8")
    (RESULTS / "installed.json").write_text(
        json.dumps({"heading": heading, "rows": [asdict(r) for r in rows]}, indent=2) + "\n",
        encoding="utf-8",
    )
    return 1 if any(r.passed is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
