"""The command line keeps the same table: a plain auditor asking for council-wide
summaries, the trend report, the audit data, a service review or the plan workbook, or
trying to replace a year's plan, is told why in the table's own words (exit code 2), and
no file is written and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain import permissions as table
from qaaudit.services.schedule.plan import plan_years
from tests.permission_world import World, build_world


@pytest.fixture
def world(opened: Opened, tmp_path: Path) -> World:
    return build_world(opened.db, opened.actor, tmp_path)


def as_person(monkeypatch: pytest.MonkeyPatch, login: str) -> None:
    """The command runs as the operating-system login (QAAUDIT_USER in tests)."""
    monkeypatch.setenv("QAAUDIT_USER", login)


def test_an_auditor_is_refused_every_restricted_export_in_plain_words(
    opened: Opened,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = ["--db", str(opened.db.url)]
    out = tmp_path / "out"
    review = str(world.draft_review.id)
    tries = [
        (["export", "summary", "--month", "2017-03", "-o", f"{out}/s.pdf"], table.LEARNING_SUMMARY),
        (
            ["export", "trends", "--from", "2017-01", "--to", "2017-03", "-o", f"{out}/t.pdf"],
            table.TREND_REPORT,
        ),
        (["export", "audits", "-o", f"{out}/a.xlsx"], table.AUDIT_WORKBOOK),
        (["export", "review", "--id", review, "-o", f"{out}/r.pdf"], table.REVIEW_EXPORT),
        (["export", "review", "--id", review, "-o", f"{out}/r.xlsx"], table.REVIEW_EXPORT),
        (["export", "schedule", "--year", "2017", "-o", f"{out}/p.xlsx"], table.SCHEDULE_WORKBOOK),
        (
            ["import", "schedule", str(world.workbook), "--year", "2026", "--replace"],
            table.PLAN_EDIT,
        ),
        (["import", "audits", str(world.workbook)], table.AUDIT_IMPORT),
    ]
    as_person(monkeypatch, "auditor")
    for command, operation in tries:
        code = main([*command, *db])
        err = capsys.readouterr().err
        assert (code, err) == (2, f"qaaudit: {table.permission(operation).refusal}\n"), command
    assert not out.exists()
    with opened.db.reading() as s:
        assert plan_years(s) == [2017]


def test_the_plan_workbook_is_for_managers_and_leads_not_moderators(
    opened: Opened,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "exported" / "plan.xlsx"
    command = ["export", "schedule", "--year", "2017", "--db", str(opened.db.url)]
    as_person(monkeypatch, "moderator")
    assert main([*command, "-o", str(target)]) == 2
    assert "Only a service manager, the QA lead" in capsys.readouterr().err
    assert not target.exists()
    as_person(monkeypatch, "service_manager")
    assert main([*command, "-o", str(target)]) == 0
    assert target.exists()
