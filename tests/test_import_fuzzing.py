"""The importers meet a few hundred workbooks made at random (benchmarks/fuzz_imports.py):
cells of every kind under the audit headings, and real audits and QAF plan workbooks with
their XML spoiled. Each is read or refused in words that never repeat what a cell holds;
nothing fails any other way. The draw is seeded, so a failure comes back on the next run."""

from __future__ import annotations

from pathlib import Path

from benchmarks import fuzz_imports

EXAMPLES = 60


def test_random_and_spoiled_workbooks_are_read_or_refused_in_words(tmp_path: Path) -> None:
    plan = fuzz_imports._plan_workbook(tmp_path)
    made = fuzz_imports.run_properties(tmp_path, EXAMPLES, plan)
    for name, verdicts in made.items():
        assert verdicts.read + verdicts.refused >= EXAMPLES // 2, name
    # The pass reached both outcomes: real audits were read, spoiled files refused.
    assert made["audits"].read > 0 and made["audits"].refused > 0
    assert made["damaged audits"].refused > 0 and made["damaged plan"].refused > 0
    assert all(
        "row" in message.lower()
        or "sheet" in message.lower()
        or "workbook" in message.lower()
        or "file" in message.lower()
        or "column" in message.lower()
        for message in made["audits"].messages
    )
