"""The QA lead imports the same workbook twice, or a later one that repeats earlier rows:
every audit imported before is recognised and skipped (or the workbook refused, if she
chooses), the counts say so, and no trend counts an audit twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.cli import main
from qaaudit.exports.audit import data_excel as layout
from qaaudit.exports.audit.data_excel import write_audits_workbook
from qaaudit.exports.audit.data_import import REFUSE, ImportRejected, import_audits_workbook
from qaaudit.store.models import CaseFileAudit
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.summaries.page import AuditDataPage
from tests.loop_data import build_march
from tests.test_audits_excel_import import workbook_file

REAL_TODAY = date.today()
HEADINGS = [
    layout.ID,
    layout.CASE_NUMBER,
    layout.MONTH,
    layout.SERVICE_AREA,
    layout.TEAM,
    layout.AUDITOR,
    layout.OVERALL,
    layout.PREVIOUS,
]


def exported_march(tmp_path: Path) -> Path:
    source = open_for_use(f"sqlite:///{tmp_path / 'source.sqlite3'}", backup_dir=tmp_path / "b")
    try:
        build_march(source.db, REAL_TODAY)
        return write_audits_workbook(source.db, source.actor, tmp_path / "march.xlsx").path
    finally:
        source.db.dispose()


def audits_and_pairs(opened: Opened) -> tuple[int, int]:
    """How many audits are stored, and for how many distinct case-and-month pairs."""
    with opened.db.reading() as s:
        audits = s.scalar(select(func.count(CaseFileAudit.id)))
        pairs = s.execute(
            select(CaseFileAudit.case_number, CaseFileAudit.audit_month).distinct()
        ).all()
    return int(audits or 0), len(pairs)


def row(ref: int | None, case: str, month: str, previous: int | None = None) -> list[Any]:
    return [ref, case, month, "Help and Protection", "Assessment Team 1", "Jo Bloggs",
            "Meets good", previous]  # fmt: skip


def test_the_same_workbook_imported_twice_is_counted_once(
    any_opened: Opened, tmp_path: Path
) -> None:
    path = exported_march(tmp_path)
    first = import_audits_workbook(any_opened.db, any_opened.actor, path)
    assert (first.audits, first.already_imported) == (7, 0)
    assert audits_and_pairs(any_opened) == (7, 7)

    checked = import_audits_workbook(any_opened.db, any_opened.actor, path, check_only=True)
    assert checked.report()[:2] == [
        "Would import 0 audits (0 re-audits linked to the earlier audit).",
        "7 audits were imported before and would be skipped, so nothing is counted twice "
        "(Audits sheet, rows 2, 3, 4, 5, 6, 7, 8).",
    ]
    again = import_audits_workbook(any_opened.db, any_opened.actor, path)
    assert (again.audits, again.already_imported) == (0, 7)
    assert again.created_people == again.created_teams == []
    assert audits_and_pairs(any_opened) == (7, 7)

    with pytest.raises(ImportRejected) as refused:
        import_audits_workbook(any_opened.db, any_opened.actor, path, already=REFUSE)
    assert refused.value.summary == "The workbook has 7 problems."
    assert refused.value.problems[0] == "Audits sheet, row 2: this audit was imported before."
    assert audits_and_pairs(any_opened) == (7, 7)


def test_a_later_workbook_repeating_earlier_rows_adds_only_the_new_audits(
    opened: Opened, tmp_path: Path
) -> None:
    # A council's own spreadsheet: no audit ids, so an audit is known by its case, month
    # and auditor.
    march = workbook_file(
        tmp_path / "march.xlsx", {"Audits": [HEADINGS, row(None, "CN1", "2016-03")]}
    )
    later = workbook_file(
        tmp_path / "later.xlsx",
        {
            "Audits": [
                HEADINGS,
                row(None, "cn1 ", "Mar 2016"),  # the same audit, written differently
                row(None, "CN1", "2016-09"),  # its re-audit
                row(None, "CN2", "2016-09"),
            ]
        },
    )
    import_audits_workbook(opened.db, opened.actor, march)
    result = import_audits_workbook(opened.db, opened.actor, later)
    assert (result.audits, result.already_imported, result.already_imported_rows) == (2, 1, [2])
    assert result.re_audits_linked == 1
    with opened.db.reading() as s:
        rows = s.execute(
            select(
                CaseFileAudit.id, CaseFileAudit.case_number, CaseFileAudit.previous_audit_id
            ).order_by(CaseFileAudit.id)
        ).all()
    assert [tuple(r) for r in rows] == [(1, "CN1", None), (2, "CN1", 1), (3, "CN2", None)]


def test_a_re_audit_follows_its_earlier_audit_imported_before(
    opened: Opened, tmp_path: Path
) -> None:
    first = workbook_file(tmp_path / "a.xlsx", {"Audits": [HEADINGS, row(11, "CN1", "2016-03")]})
    second = workbook_file(
        tmp_path / "b.xlsx",
        {"Audits": [HEADINGS, row(11, "CN1", "2016-03"), row(12, "CN1", "2016-09", 11)]},
    )
    import_audits_workbook(opened.db, opened.actor, first)
    result = import_audits_workbook(opened.db, opened.actor, second)
    assert (result.audits, result.already_imported, result.re_audits_linked) == (1, 1, 1)
    with opened.db.reading() as s:
        earlier, later = s.execute(
            select(CaseFileAudit.id, CaseFileAudit.previous_audit_id).order_by(CaseFileAudit.id)
        ).all()
    assert later.previous_audit_id == earlier.id


def test_the_same_audit_twice_in_one_spreadsheet_is_reported_by_row(
    opened: Opened, tmp_path: Path
) -> None:
    twice = workbook_file(
        tmp_path / "twice.xlsx",
        {"Audits": [HEADINGS, row(None, "CN1", "2016-03"), row(None, "CN1", "2016-03")]},
    )
    with pytest.raises(ImportRejected) as refused:
        import_audits_workbook(opened.db, opened.actor, twice)
    assert refused.value.problems == [
        "Audits sheet, row 3: the same audit as row 2 (the same tracked case, month and "
        "auditor); remove one of them."
    ]


def test_importing_twice_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported_march(tmp_path)
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert main(["import", "audits", str(path), "--db", url]) == 0
    capsys.readouterr()
    assert main(["import", "audits", str(path), "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Imported 0 audits (0 re-audits linked to the earlier audit)."
    assert out[1].startswith("7 audits were imported before and were skipped")
    assert main(["import", "audits", str(path), "--db", url, "--already-imported", "refuse"]) == 1
    err = capsys.readouterr().err
    assert "The workbook has 7 problems. Nothing was imported." in err
    assert "Audits sheet, row 8: this audit was imported before." in err


def test_importing_twice_from_the_window_says_so_and_asks_nothing(
    qtbot, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = exported_march(tmp_path)
    import_audits_workbook(opened.db, opened.actor, path)
    page = AuditDataPage(AppContext(opened.db, opened.actor))
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), "Excel"))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: "imported before" in page.ui.resultEdit.toPlainText(), timeout=20000)
    assert (
        page.ui.resultEdit.toPlainText()
        .splitlines()[1]
        .startswith("7 audits were imported before and would be skipped")
    )
    assert asked == []
    assert audits_and_pairs(opened) == (7, 7)
