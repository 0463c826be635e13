"""The loop above the case in the window, as people use it: the QA lead draws up Q1's
report on the Audit reports page, edits it, adds a recommendation and writes it as a PDF
and a Word document; a Strategic Lead finds an overdue item on My month and records
progress on the Action plans page, and the QA lead records the quarterly meeting's
decision; a manager re-auditing a case puts it beside the earlier audit and says, with
the keyboard only, whether the earlier actions were done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits, earlier_actions
from qaaudit.services.reports import action_plans, reports
from qaaudit.store.models import Team
from qaaudit.ui.audit.earlier_audit import EarlierAuditDialog
from qaaudit.ui.audit.editor import editor_for_audit
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.month.page import MyMonthPage
from qaaudit.ui.reports.action_plans_page import MINE, ActionPlansPage
from qaaudit.ui.reports.report_page import AuditReportsPage
from tests.factories import complete_form, make_person, make_team
from tests.loop_data import CREATED_ON, build_march
from tests.ui_support import answer_next_dialog, focused, press, show_window, tab, type_text

APRIL = date(2017, 4, 12)
JULY = date(2017, 7, 14)


def context_on(opened: Opened, actor, today: date) -> AppContext:  # type: ignore[no-untyped-def]
    context = AppContext(opened.db, actor)
    context.today = lambda: today  # type: ignore[method-assign]
    return context


def test_the_qa_lead_writes_q1s_report_on_the_page(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    march = build_march(opened.db, APRIL)
    page = show_window(qtbot, AuditReportsPage(context_on(opened, opened.actor, APRIL)))
    ui = page.ui
    assert ui.periodCombo.currentText() == "Q1 2017 (January to March)"  # the quarter just ended
    qtbot.mouseClick(ui.draftButton, Qt.MouseButton.LeftButton)
    assert page.record is not None
    assert "findings of 6 case file audits" in ui.introductionEdit.toPlainText()
    assert page.model.rows[0].period == "Q1 2017 (January to March)"

    ui.strengthsEdit.setFocus()
    ui.strengthsEdit.moveCursor(ui.strengthsEdit.textCursor().MoveOperation.End)
    press(Qt.Key.Key_Return)
    type_text("- Life story work is started early.")
    ui.tabs.setCurrentIndex(1)
    view = ui.recommendationsView

    def editing() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and widget is not view and view.isAncestorOf(widget)

    qtbot.mouseClick(ui.addRecommendationButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editing)
    type_text("Chronologies updated at every supervision")
    press(Qt.Key.Key_Return)
    # The service area, from the list in the second column: F2 opens it, Down chooses.
    view.setFocus()
    view.setCurrentIndex(page.recommendations.index(0, 1))
    press(Qt.Key.Key_F2)
    qtbot.waitUntil(editing)
    combo = focused()
    assert isinstance(combo, QComboBox) and combo.currentText() == "Every service area"
    press(Qt.Key.Key_Down)
    assert combo.currentText() == "Help and Protection"
    tab()  # leaving the list keeps the choice
    QTest_ctrl_s(page)

    with opened.db.reading() as s:
        stored = reports.load_report(s, page.record.id)
    assert stored.text.strengths.endswith("- Life story work is started early.")
    assert [(r.text, r.service_area_id) for r in stored.text.recommendations] == [
        ("Chronologies updated at every supervision", march.hp_area_id)
    ]
    # The recommendation becomes Help and Protection's action plan item, owned by its
    # Strategic Lead; the Looked After Children's has nobody to own it, and says so.
    with opened.db.writing() as s:
        hp = s.scalars(select(Team).where(Team.service_area_id == march.hp_area_id)).first()
        make_person(s, "hana", "Hana Hughes", ("strategic_lead",), hp)

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "due 30 September 2017" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(agree)
    qtbot.mouseClick(ui.makeItemsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "made" in ui.problemLabel.text())
    assert ui.problemLabel.text() == "1 action plan item made."
    with opened.db.reading() as s:
        [item] = action_plans.list_items(s)
    assert (item.owner, item.action) == ("Hana Hughes", "Chronologies updated at every supervision")
    # The figures tab shows the re-audits by whether the earlier actions were done.
    ui.tabs.setCurrentIndex(2)
    assert [g.label for g in page.reaudits_model.rows][0] == "Every earlier action done"

    for name in ("q1.pdf", "q1.docx"):
        task = page.export_to(tmp_path / name)
        assert task is not None
        qtbot.waitUntil(lambda t=task: not t.running, timeout=30000)
        qtbot.waitUntil(lambda n=name: n in ui.problemLabel.text())
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "q1.pdf").pages).split())
    assert "Life story work is started early." in pdf
    assert "Chronologies updated at every supervision" in pdf
    words = [p.text for p in Document(str(tmp_path / "q1.docx")).paragraphs]
    assert "Life story work is started early." in words
    assert any(w.startswith("Chronologies updated at every supervision") for w in words)


def QTest_ctrl_s(page: AuditReportsPage) -> None:  # noqa: N802 - says what it presses
    page.ui.saveButton.setFocus()
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_strategic_lead_records_progress_and_the_meeting_decides(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    lead = opened.actor
    with opened.db.writing() as s:
        team = make_team(s, "Assessment Team 1", "Help and Protection")
        hana = make_person(s, "hana", "Hana Hughes", ("strategic_lead",), team)
        item = action_plans.add_item(
            s,
            lead,
            service_area_id=team.service_area_id,
            owner_id=hana.id,
            action="Team managers check chronologies in supervision",
            due_on=date(2017, 6, 30),
        )
    # July: the item is overdue, and Hana sees it on her My month.
    month = show_window(qtbot, MyMonthPage(context_on(opened, hana, JULY)))
    assert month.overdue_items is not None
    box_view = month.overdue_items.findChild(QTableView, "overdueItemsView")
    assert box_view.model().index(0, 0).data() == item.action
    assert box_view.model().index(0, 4).data() == "Overdue by 14 days"
    month.close()

    page = show_window(qtbot, ActionPlansPage(context_on(opened, hana, JULY)))
    ui = page.ui
    assert ui.showCombo.currentData() == MINE
    assert [r.action for r in page.model.rows] == [item.action]
    assert not ui.tabs.isTabVisible(1)  # the meeting's decisions are the QA lead's
    ui.progressCombo.setFocus()
    ui.progressCombo.setCurrentIndex(ui.progressCombo.findData("amber"))
    tab()
    type_text("Briefed every team manager.")
    qtbot.mouseClick(ui.recordProgressButton, Qt.MouseButton.LeftButton)
    assert page.history.rows[-1][2:4] == ("Amber", "Briefed every team manager.")
    page.close()

    meeting = show_window(qtbot, ActionPlansPage(context_on(opened, lead, JULY)))
    ui = meeting.ui
    assert ui.quarterCombo.currentText() == "Q3 2017 (July to September)"
    ui.tabs.setCurrentIndex(1)
    ui.decisionEdit.setFocus()
    type_text("Evidence seen; close it.")
    ui.closeCheck.setChecked(True)
    qtbot.mouseClick(ui.recordDecisionButton, Qt.MouseButton.LeftButton)
    # Closed, and still on this meeting's record with what it decided.
    assert [r.state(JULY) for r in meeting.model.rows] == ["Closed 14 Jul 2017"]
    with opened.db.reading() as s:
        assert action_plans.list_items(s) == []  # no open items left
    assert meeting.history.rows[-1][2:4] == ("Meeting", "Evidence seen; close it.")

    task = meeting.export_to(tmp_path / "plans.xlsx")
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    qtbot.waitUntil(lambda: "plans.xlsx" in ui.countLabel.text())
    rows = list(load_workbook(tmp_path / "plans.xlsx")["Action plans"].iter_rows(values_only=True))
    assert rows[1][1] == item.action and rows[1][9] == "Evidence seen; close it."


def test_a_manager_puts_the_reaudit_beside_the_earlier_audit_with_the_keyboard(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        tess = make_person(s, "tess", "Tess Turner", team=team)
        earlier = complete_form(team.id, "C77", date(2017, 1, 1), "does_not_meet_good")
        earlier.areas["risk"].evidence = "No safety plan on file."
        first = audits.create_audit(s, tess, earlier, CREATED_ON)
        audits.complete_audit(s, tess, first.id, first.version, earlier, CREATED_ON)
        again = complete_form(team.id, "C77", date(2017, 6, 1), "meets_good")
        again.areas["risk"].evidence = "Safety plan agreed with the family."
        record = audits.create_audit(s, tess, again, CREATED_ON)
    context = context_on(opened, tess, JULY)
    editor = show_window(qtbot, editor_for_audit(context, record.id))
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EarlierAuditDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EarlierAuditDialog)
    qtbot.waitUntil(lambda: dialog.ui.areasView.hasFocus())
    ui = dialog.ui
    assert (
        "Overall judgement then: Does not meet good. Now: Meets good. Better than last time."
        in (ui.overallLabel.text())
    )
    assert "No safety plan on file." in ui.thenText.toPlainText()
    assert "Safety plan agreed with the family." in ui.nowText.toPlainText()
    press(Qt.Key.Key_Down)
    assert dialog.areas.rows[1].key != "risk"
    assert "No safety plan" not in ui.thenText.toPlainText()
    tab(3)  # past the two narratives to the earlier actions
    assert focused() is ui.actionsView
    assert ui.actionsView.model().index(0, 0).data() == "Update the chronology"
    tab()
    assert focused() is ui.answerCombo
    press(Qt.Key.Key_Down)  # Done
    tab()
    type_text("Chronology up to date to May.")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Saved." in ui.messageLabel.text())
    with opened.db.reading() as s:
        view = earlier_actions.side_by_side(s, record.id)
    assert view is not None
    assert [(a.answer, a.note) for a in view.actions] == [("done", "Chronology up to date to May.")]
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    editor.close()
