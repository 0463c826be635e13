"""In the window: the QA lead imports March's case list (asked once which columns hold
what), draws, adds a targeted case and swaps one; a team manager opens the program, sees
"Cases to audit this month" on My month and starts an audit already filled in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.sampling.allocations import month_allocation
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from qaaudit.ui.sampling._dialogs import AllocationChangeDialog, CaseColumnsDialog
from qaaudit.ui.sampling.page import CaseSamplingPage
from tests.sampling_world import MARCH, build_council, case_rows, write_case_list
from tests.ui_support import show_window

FORMS = ("my_cases", "case_sampling", "case_columns_dialog", "allocation_change_dialog")


class InMarch(AppContext):
    def today(self) -> date:
        return date(2017, 3, 6)


def lead_draws_march(
    qtbot: QtBot, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, CaseSamplingPage]:
    window = MainWindow(InMarch(opened.db, opened.actor))
    show_window(qtbot, window)
    page = window.page("Cases to audit")
    assert isinstance(page, CaseSamplingPage)
    assert page.ui.monthLabel.text() == "March 2017"
    assert not page.ui.drawButton.isEnabled()  # no list yet
    asked: list[list[str]] = []

    def choose(self: CaseColumnsDialog) -> int:
        asked.append(list(self.combos))
        # The usual names were recognised; the QA lead confirms them with OK.
        assert self.combos["team"].currentText() == "Allocated team"
        self.ui.buttons.button(self.ui.buttons.StandardButton.Ok).click()
        return self.result()

    monkeypatch.setattr(CaseColumnsDialog, "exec", choose)
    task = page.import_case_list(write_case_list(tmp_path / "march.csv", case_rows(80)))
    assert asked, "the first list asks which columns hold what"
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    qtbot.waitUntil(lambda: "80 cases" in page.ui.listLabel.text(), timeout=10000)
    page.ui.seedEdit.setText("2017")
    page.draw(ask=False)
    assert "6 cases drawn for March 2017" in page.ui.drawLabel.text()
    assert page.ui.countsLabel.text() == "Allocated 6, started 0, completed 0."
    assert page.model.rowCount() == 6
    assert not page.ui.drawButton.isEnabled() and not page.ui.importButton.isEnabled()
    return window, page


def test_the_qa_lead_draws_targets_swaps_and_exports(
    qtbot: QtBot, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    council = build_council(opened.db, opened.actor)
    window, page = lead_draws_march(qtbot, opened, tmp_path, monkeypatch)
    given = {page.model.rows[n].case_number for n in range(6)}
    target = next(f"CN{n:06d}" for n in range(1, 81) if f"CN{n:06d}" not in given)

    def target_case(dialog: AllocationChangeDialog) -> int:
        qtbot.keyClicks(dialog.ui.caseEdit, target)
        dialog.ui.auditorCombo.setCurrentIndex(dialog.ui.auditorCombo.findText("Team Manager 3"))
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        assert dialog.ui.problemLabel.text() == "Say why: the reason is kept with the allocation."
        qtbot.keyClicks(dialog.ui.reasonEdit, "Neglect theme for March")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AllocationChangeDialog, "exec", target_case)
    qtbot.mouseClick(page.ui.targetButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 7
    assert page.ui.countsLabel.text() == "Allocated 7, started 0, completed 0."

    page.ui.allocationView.setCurrentIndex(page.proxy.index(0, 0))
    first = page.selected()
    assert first is not None and page.ui.swapButton.isEnabled()

    def swap(dialog: AllocationChangeDialog) -> int:
        assert dialog.ui.auditorCombo.isHidden()
        qtbot.keyClicks(dialog.ui.reasonEdit, "The case closed on Friday")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AllocationChangeDialog, "exec", swap)
    qtbot.mouseClick(page.ui.swapButton, Qt.MouseButton.LeftButton)
    states = {page.model.rows[n].case_number: page.model.rows[n].state_label for n in range(8)}
    assert states[first.case_number] == "Withdrawn"
    with opened.db.reading() as s:
        rows = month_allocation(s, opened.actor, MARCH, withdrawn=False)
    assert len(rows) == 7 and any(r.reason == "The case closed on Friday" for r in rows)

    # Coverage: nothing audited anywhere yet, and every empty cell says so.
    assert page.coverage_model.rowCount() == 4
    assert page.coverage_model.index(0, 2).data() == "none"
    assert "nothing audited" in page.ui.coverageLabel.text()

    task = page.export(tmp_path / "march-allocation.xlsx")
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    book = load_workbook(tmp_path / "march-allocation.xlsx")
    assert len(list(book["Allocation"].values)) == 9  # headings, 7 cases, 1 withdrawn
    assert "Coverage by team" in book.sheetnames

    assert {r.auditor for r in rows} == {a.name for a in council.auditors.values()}


def test_an_auditor_starts_an_audit_filled_in_from_my_month(
    qtbot: QtBot, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    council = build_council(opened.db, opened.actor)
    lead_window, _page = lead_draws_march(qtbot, opened, tmp_path, monkeypatch)
    lead_window.close()
    tm4 = council.auditors["tm4"]
    with opened.db.reading() as s:
        theirs = [c for c in month_allocation(s, opened.actor, MARCH) if c.auditor_id == tm4.id]
    assert len(theirs) == 1
    case = theirs[0]

    window = MainWindow(InMarch(opened.db, tm4))
    show_window(qtbot, window)
    month = window.page("My month")
    cases = month.my_cases
    assert cases.isVisible()
    assert cases.ui.titleLabel.text() == "Cases to audit this month"
    assert cases.model.rowCount() == 1
    assert cases.model.index(0, 0).data() == case.case_number
    assert cases.model.index(0, 6).data() == "To do"
    assert cases.ui.startButton.text() == "&Start the audit"

    cases.ui.casesView.setFocus()
    qtbot.keyClick(cases.ui.casesView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.editors), timeout=10000)
    [editor] = window.editors.values()
    ui = editor.ui
    assert ui.caseNumberEdit.text() == case.case_number
    assert ui.teamCombo.currentData() == case.team_id
    assert ui.caseHolderEdit.text() == case.case_holder
    assert ui.strandCombo.currentText() == case.strand
    assert ui.ageBandCombo.currentText() == case.age_band
    assert editor.audit_id is not None  # started: it has its number

    month.refresh()
    assert cases.model.index(0, 6).data() == "Started"
    assert cases.ui.startButton.text() == "&Open the audit"
    editor.close()


def test_a_month_with_no_cases_for_them_shows_nothing_extra(qtbot: QtBot, opened: Opened) -> None:
    council = build_council(opened.db, opened.actor)
    window = MainWindow(InMarch(opened.db, council.auditors["tm1"]))
    show_window(qtbot, window)
    assert not window.page("My month").my_cases.isVisible()
    assert "Cases to audit" not in window.page_titles()  # the QA lead's page is theirs
