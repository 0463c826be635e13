"""Workbooks made at random for the importers: cells of every kind under the audit headings
(text, numbers, not-a-number, booleans, dates written as text, references into a table of
shared text that is not there), headings shuffled and missing, and real workbooks with
their sheet's XML cut, spliced and sprinkled with noise. Whatever arrives, an importer
either reads it or refuses it in words that name rows and columns, never what a cell
holds; it never fails any other way.

The test suite runs a bounded pass (tests/test_import_fuzzing.py); ``python -m
benchmarks.fuzz_imports [--examples N]`` runs a longer one and says how long the slowest
file took.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import hostile_workbooks as hostile

# Planted in cells: no message may ever repeat it.
SECRET = "Lives at 12 Acacia Road"
TODAY = date(2026, 12, 1)


def _cell_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.just(SECRET),
        st.text(max_size=40),
        st.sampled_from(["Meets good", "Exceeds good", "Does not meet good", "N/A", "2017-03"]),
        st.integers(min_value=-(2**63), max_value=2**63),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.builds(hostile.IsoDate, st.sampled_from(["0000-00-00", "2017-02-30", "9999-12-31"])),
        st.builds(hostile.IsoDate, st.text(max_size=12)),
        st.builds(hostile.SharedText, st.integers(min_value=-5, max_value=50)),
    )


@st.composite
def audit_rows(draw: st.DrawFn) -> list[tuple[int, list[Any]]]:
    """A heading row (the real headings, perhaps shuffled, cut or doubled) and rows that
    start as correct audits with cells replaced at random."""
    headings = list(hostile.HEADINGS)
    if draw(st.booleans()):
        headings = draw(st.permutations(headings))
    if draw(st.integers(min_value=0, max_value=3)) == 0:
        headings = headings[: draw(st.integers(min_value=0, max_value=len(headings)))]
    if draw(st.integers(min_value=0, max_value=3)) == 0:
        headings.append(draw(st.sampled_from([*hostile.HEADINGS, SECRET, ""])))
    rows: list[tuple[int, list[Any]]] = [(1, headings)]
    number = 1
    for n in range(draw(st.integers(min_value=0, max_value=12))):
        number += draw(st.integers(min_value=1, max_value=3))
        values = list(hostile.valid_audit(n))
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2, 4]))):
            at = draw(st.integers(min_value=0, max_value=len(values) + 2))
            value = draw(_cell_values())
            if at < len(values):
                values[at] = value
            else:
                values.append(value)
        rows.append((number, values))
    return rows


@st.composite
def sheet_damage(draw: st.DrawFn) -> Callable[[bytes], bytes]:
    """One way of spoiling a sheet's XML: a piece cut out, noise put in, a tag doubled."""
    kind = draw(st.sampled_from(["cut", "noise", "splice", "truncate"]))
    where = draw(st.floats(min_value=0, max_value=1))
    size = draw(st.integers(min_value=1, max_value=200))
    noise = draw(st.binary(min_size=1, max_size=60))

    def damage(xml: bytes) -> bytes:
        at = int(where * len(xml))
        if kind == "cut":
            return xml[:at] + xml[at + size :]
        if kind == "noise":
            return xml[:at] + noise + xml[at:]
        if kind == "splice":
            return xml[:at] + xml[max(0, at - size) : at] + xml[at:]
        return xml[:at]

    return damage


def damaged_copy(source: Path, target: Path, damage: Callable[[bytes], bytes]) -> Path:
    """``source`` with each worksheet's XML spoiled by ``damage``, zipped again properly
    (so the damage reaches the XML reader rather than stopping at the zip's checksums)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(buffer, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.startswith("xl/worksheets/") or item.filename.endswith(
                "sharedStrings.xml"
            ):
                data = damage(data)
            new.writestr(item, data)
    target.write_bytes(buffer.getvalue())
    return target


@dataclass
class Verdicts:
    """What the importers made of the files: read, refused, and the slowest."""

    read: int = 0
    refused: int = 0
    slowest_s: float = 0.0
    messages: list[str] = field(default_factory=list)


def judge(read: Callable[[Path], object], path: Path, verdicts: Verdicts) -> None:
    """Read ``path``; a refusal in words is a pass, any other failure is not. The messages
    are kept to be searched for the planted text."""
    from qaaudit.domain.problems import PlainProblem

    started = time.perf_counter()
    try:
        read(path)
        verdicts.read += 1
    except PlainProblem as refusal:
        verdicts.refused += 1
        verdicts.messages.extend([refusal.message, *refusal.details])
    finally:
        verdicts.slowest_s = max(verdicts.slowest_s, time.perf_counter() - started)
    for message in verdicts.messages[-210:]:
        assert SECRET not in message, message


def read_audits(path: Path) -> object:
    from qaaudit.exports.audit.data_import import read_audits_workbook

    return read_audits_workbook(path, today=TODAY)


def read_plan(path: Path) -> object:
    from qaaudit.exports.schedule.workbook_import import read_plan_workbook

    return read_plan_workbook(path)


def run_properties(
    folder: Path, examples: int, plan_workbook: Path | None, seeded: bool = True
) -> dict[str, Verdicts]:
    """Run every property over ``examples`` files each; returns what was made of them."""
    made = {"audits": Verdicts(), "damaged audits": Verdicts(), "damaged plan": Verdicts()}
    fuzz = settings(
        max_examples=examples,
        deadline=None,
        derandomize=seeded,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    good = hostile.valid_audits(folder / "good.xlsx", 6)

    @fuzz
    @given(audit_rows())
    def audits(rows: list[tuple[int, list[Any]]]) -> None:
        shared = [SECRET, "Meets good", "Team 1"]
        path = hostile.write_workbook(folder / "fuzz.xlsx", rows, shared_text=shared)
        judge(read_audits, path, made["audits"])

    @fuzz
    @given(sheet_damage())
    def damaged_audits(damage: Callable[[bytes], bytes]) -> None:
        judge(read_audits, damaged_copy(good, folder / "d.xlsx", damage), made["damaged audits"])

    @fuzz
    @given(sheet_damage())
    def damaged_plan(damage: Callable[[bytes], bytes]) -> None:
        assert plan_workbook is not None
        path = damaged_copy(plan_workbook, folder / "p.xlsx", damage)
        judge(read_plan, path, made["damaged plan"])

    audits()
    damaged_audits()
    if plan_workbook is not None:
        damaged_plan()
    return made


def _plan_workbook(folder: Path) -> Path:
    """The council's 2017 plan as the program exports it."""
    from qaaudit.bootstrap import open_for_use
    from qaaudit.exports.schedule.excel import ScheduleExportOptions, export_schedule
    from qaaudit.services.schedule.plan import load_council_plan

    opened = open_for_use(f"sqlite:///{folder / 'plan.sqlite3'}", login="fuzz")
    try:
        with opened.db.writing() as session:
            load_council_plan(session, opened.actor)
        with opened.db.reading() as session:
            path = folder / "plan.xlsx"
            export_schedule(session, ScheduleExportOptions(2017, today=date(2017, 4, 20)), path)
    finally:
        opened.db.dispose()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="files per property")
    parser.add_argument("--random", action="store_true", help="a new draw, not the seeded one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        made = run_properties(
            Path(folder), args.examples, _plan_workbook(Path(folder)), seeded=not args.random
        )
        took = time.perf_counter() - started
    for name, verdict in made.items():
        print(
            f"{name:15} {verdict.read:5} read, {verdict.refused:5} refused, "
            f"slowest {verdict.slowest_s * 1000:.0f} ms"
        )
    print(f"{sum(v.read + v.refused for v in made.values())} files in {took:.1f} s; none failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
