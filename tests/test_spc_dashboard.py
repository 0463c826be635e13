"""The QA lead opens the trends page and reads, for one team, whether good is improving
and why, by month and by quarter; rebases the charts where a training programme began;
and saves the report as a Word document with its charts."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qaaudit.bootstrap import Opened
from qaaudit.domain.spc import COMMON, IMPROVEMENT, TOO_FEW
from qaaudit.services.common.actor import actor_for_login
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.trends.dashboard import TrendDashboard
from tests.spc_data import rising_team
from tests.test_trends_dashboard import choose, open_dashboard, set_period, table_rows

IMPROVING = "Improving: 7 months in a row above the centre line since August 2017."


def team_dashboard(qtbot, opened: Opened) -> TrendDashboard:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        rising_team(s)
    dashboard = open_dashboard(qtbot, opened)
    set_period(qtbot, dashboard, QDate(2017, 1, 1), QDate(2018, 2, 1))
    choose(qtbot, dashboard, dashboard.ui.teamCombo, "Assessment 1")
    return dashboard


def test_the_page_says_in_words_that_the_team_is_improving_and_why(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    dashboard = team_dashboard(qtbot, opened)
    assert dashboard.ui.headlineLabel.text() == IMPROVING
    assert dashboard.icon.variation == IMPROVEMENT
    assert dashboard.icon.accessibleDescription() == "Special cause improvement"
    assert dashboard.ui.tabs.currentWidget() is dashboard.ui.processTab
    assert "How to read the process-control chart" in dashboard.ui.explanationLabel.text()
    rows = table_rows(dashboard.ui.processTable)
    assert len(rows) == 14
    assert rows[0][:7] == ["Jan 2017", "10", "3", "30%", "54.3%", "7.0%", "100.0%"]
    assert rows[0][7].startswith("special cause concern: run of 7")
    assert rows[-1][7].startswith("special cause improvement: run of 7")
    assert "Limits: p-chart." in dashboard.ui.summaryLabel.text()
    figure = dashboard.process_chart.figure()
    assert figure is not None and "Process limits (3 sigma)" in figure.texts()
    assert IMPROVING in dashboard.process_chart.accessibleDescription()
    # The practice areas: none of concern; permanence (never applicable) drawn pale and
    # said to be too few to tell, in the same words on the bar and above the chart.
    assert dashboard.ui.concernLabel.text() == (
        "No practice area shows special-cause concern in the latest period. Too few periods "
        "to tell (drawn pale): Permanence."
    )
    areas = {row[0]: row for row in table_rows(dashboard.ui.areaTable)}
    assert areas["Risk"][-2:] == ["Improving", IMPROVING]
    area_figure = dashboard.area_chart.figure()
    assert area_figure is not None and "Pale: too few periods to tell" in area_figure.texts()

    choose(qtbot, dashboard, dashboard.ui.periodCombo, "Quarters")
    assert dashboard.ui.headlineLabel.text() == (
        "Too few to tell: 5 quarters with audits; at least 7 are needed before a run or a "
        "trend can show."
    )
    assert dashboard.icon.variation == TOO_FEW
    assert [r[0] for r in table_rows(dashboard.ui.processTable)] == [
        "2017 Q1",
        "2017 Q2",
        "2017 Q3",
        "2017 Q4",
        "2018 Q1",
    ]
    assert "This quarter (Jan to Mar 2018) so far: 15 of 20 good (75%)" in (
        dashboard.ui.summaryLabel.text()
    )
    # The bars follow the periods too.
    tabs = dashboard.ui.tabs
    assert tabs.tabText(tabs.indexOf(dashboard.ui.monthTab)) == "By quarter"
    assert dashboard.month_model.headerData(0, Qt.Orientation.Horizontal) == "Quarter"
    assert [r[:3] for r in table_rows(dashboard.ui.monthTable)][:2] == [
        ["2017 Q1", "30", "10"],
        ["2017 Q2", "30", "11"],
    ]


def answer(button: QMessageBox.StandardButton, tries: int = 1500) -> None:
    """Answer the question on screen as the QA lead would (waiting up to 30 seconds for
    it on a busy machine)."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    visible = [box for box in boxes if box.isVisible()]
    if not visible:
        if tries:
            QTimer.singleShot(20, lambda: answer(button, tries - 1))
        return
    assert "Remove the rebase from Aug 2017?" in visible[0].text()
    visible[0].button(button).click()


def test_the_qa_lead_rebases_the_charts_where_training_began(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    dashboard = team_dashboard(qtbot, opened)
    assert dashboard.ui.rebaseButton.isVisible()
    qtbot.mouseClick(dashboard.ui.rebaseButton, Qt.MouseButton.LeftButton)
    dialog = dashboard.rebase_dialog
    assert dialog.isVisible()
    dialog.ui.monthEdit.setDate(QDate(2017, 8, 1))
    qtbot.keyClicks(dialog.ui.reasonEdit, "Training programme on impact began")
    with qtbot.waitSignal(dashboard.reportShown, timeout=5000):
        qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == "The charts start again from Aug 2017."
    assert table_rows(dialog.ui.rebaseTable) == [["Aug 2017", "Training programme on impact began"]]
    assert dashboard.ui.headlineLabel.text() == (
        "Stable: the share judged good varies by chance (common cause) around 74% since "
        "August 2017; no special cause."
    )
    assert dashboard.icon.variation == COMMON
    assert "from Aug 2017 (rebased: Training programme on impact began): p-chart" in (
        dashboard.ui.summaryLabel.text()
    )
    # Taken away again, after being asked: "No" keeps it.
    dialog.ui.rebaseTable.selectRow(0)
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(table_rows(dialog.ui.rebaseTable)) == 1
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dashboard.reportShown, timeout=5000):
        qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert table_rows(dialog.ui.rebaseTable) == []
    assert dashboard.ui.headlineLabel.text() == IMPROVING


def test_an_auditor_is_not_offered_rebasing(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        rising_team(s)
        auditor = actor_for_login(s, "tm1", create=False)
    assert auditor is not None
    dashboard = TrendDashboard(AppContext(opened.db, auditor))
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.report is not None)
    assert not dashboard.ui.rebaseButton.isVisible()
    assert not dashboard.ui.wordButton.isEnabled()


def test_the_trend_report_saved_as_word_carries_the_charts_and_the_headline(
    qtbot, opened: Opened, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dashboard = team_dashboard(qtbot, opened)
    target = tmp_path / "team trend.docx"
    with qtbot.waitSignal(dashboard.exportFinished, timeout=30000):
        dashboard.export_to(target)
    document = Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert IMPROVING in texts
    assert len(document.inline_shapes) == 2  # the process-control chart and the areas
    described = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert described["Team"] == "Assessment 1"
    assert described["Process control by"] == "month"
