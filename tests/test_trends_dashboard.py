"""The QA lead uses the trend dashboard: chooses a period and filters, reads the table
beside the chart, switches to moderated judgements, and saves the report."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from qaaudit.bootstrap import Opened
from qaaudit.services.moderation import records as moderation
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.trends.dashboard import TrendDashboard
from tests.trend_data import D, small_council


def open_dashboard(qtbot, opened: Opened) -> TrendDashboard:  # type: ignore[no-untyped-def]
    dashboard = TrendDashboard(AppContext(opened.db, opened.actor))
    qtbot.addWidget(dashboard)
    dashboard.resize(1200, 760)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.report is not None)
    return dashboard


def choose(qtbot, dashboard: TrendDashboard, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, f"{text} is not offered"
    with qtbot.waitSignal(dashboard.reportShown, timeout=5000):
        combo.setCurrentIndex(index)


def table_rows(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def set_period(qtbot, dashboard: TrendDashboard, first: QDate, last: QDate) -> None:  # type: ignore[no-untyped-def]
    for edit, month in ((dashboard.ui.toMonth, last), (dashboard.ui.fromMonth, first)):
        if edit.date() != month:
            with qtbot.waitSignal(dashboard.reportShown, timeout=5000):
                edit.setDate(month)


def test_qa_lead_filters_the_trend_and_reads_the_numbers_beside_the_chart(
    qtbot, opened: Opened
) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        small_council(s)
    dashboard = open_dashboard(qtbot, opened)
    # The dashboard opens on the last twelve months that have audits: to Feb 2017.
    assert dashboard.ui.toMonth.date() == QDate(2017, 2, 1)
    set_period(qtbot, dashboard, QDate(2017, 1, 1), QDate(2017, 3, 1))
    rows = table_rows(dashboard.ui.monthTable)
    assert [r[:5] for r in rows] == [
        ["Jan 2017", "4", "3", "1", "75%"],
        ["Feb 2017", "6", "3", "3", "50%"],
        ["Mar 2017", "0", "0", "0", "–"],
    ]
    assert rows[0][6] == "few audits; template 2017.1"
    assert "6 of 10 audits good (60%)" in dashboard.ui.summaryLabel.text()

    choose(qtbot, dashboard, dashboard.ui.serviceCombo, "Help and Protection")
    assert [dashboard.ui.teamCombo.itemText(i) for i in range(dashboard.ui.teamCombo.count())] == [
        "All",
        "Assessment 1",
    ]
    choose(qtbot, dashboard, dashboard.ui.teamCombo, "Assessment 1")
    assert [r[1:3] for r in table_rows(dashboard.ui.monthTable)[:2]] == [["3", "2"], ["2", "0"]]

    choose(qtbot, dashboard, dashboard.ui.areaCombo, "Risk")
    assert [r[1:3] for r in table_rows(dashboard.ui.monthTable)[:2]] == [["3", "1"], ["2", "0"]]
    assert "judgements good" in dashboard.ui.summaryLabel.text()

    areas = table_rows(dashboard.ui.areaTable)
    assert areas[0][0] == "Risk"
    reaudits = dict((r[0], r[1]) for r in table_rows(dashboard.ui.reauditTable))
    assert reaudits["Worse overall judgement"] == "1"

    # Clicking a heading sorts by the raw number, not the text.
    dashboard.ui.areaTable.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    judged = [int(r[1]) for r in table_rows(dashboard.ui.areaTable)]
    assert judged == sorted(judged, reverse=True)


def test_the_dashboard_says_when_it_uses_moderated_judgements(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        council = small_council(s)
        record = moderation.load_audit(s, council.audits["C4"])
        form = moderation.form_agreeing_with(record)
        form.overall = D
        form.impact_at_centre = form.evaluative_narrative = "yes"
        moderation.save_moderation(s, council.moderator, record.id, form)
    dashboard = open_dashboard(qtbot, opened)
    set_period(qtbot, dashboard, QDate(2017, 1, 1), QDate(2017, 2, 1))
    assert "The auditors' own judgements." in dashboard.ui.summaryLabel.text()
    with qtbot.waitSignal(dashboard.reportShown, timeout=5000):
        dashboard.ui.moderatedCheck.setChecked(True)
    assert "Moderated judgements where the audit has been moderated (1 of 10" in (
        dashboard.ui.summaryLabel.text()
    )
    assert table_rows(dashboard.ui.monthTable)[0][2] == "2"


def test_charts_and_tables_have_names_for_screen_readers(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        small_council(s)
    dashboard = open_dashboard(qtbot, opened)
    assert dashboard.month_chart.accessibleName() == "Share good by month"
    assert "table beside it" in dashboard.month_chart.accessibleDescription()
    assert dashboard.ui.monthTable.accessibleName() == "Good by month, as a table"
    assert dashboard.ui.areaCombo.accessibleName() == "Practice area"
    figure = dashboard.month_chart.figure()
    assert figure is not None and "Not yet good" in figure.texts()


def test_the_report_is_saved_off_the_window_thread_and_reads_back(
    qtbot, opened: Opened, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        small_council(s)
    dashboard = open_dashboard(qtbot, opened)
    set_period(qtbot, dashboard, QDate(2017, 1, 1), QDate(2017, 2, 1))
    choose(qtbot, dashboard, dashboard.ui.teamCombo, "LAC 1")
    target = tmp_path / "lac trends.pdf"
    with qtbot.waitSignal(dashboard.exportFinished, timeout=20000) as finished:
        dashboard.export_to(target)
    assert finished.args == [str(target)]
    first_page = PdfReader(target).pages[0].extract_text()
    assert "Jan 2017 to Feb 2017" in first_page
    assert "LAC 1" in first_page
    assert "Of 5 audits in the period, 4 were good (80%)" in first_page
