"""A service manager opens the program and is shown the corrective action they owe."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from tests.factories import complete_form, make_person, make_team


def test_a_service_manager_sees_overdue_corrective_action_when_the_program_opens(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        auditor = make_person(s, "aud", "Ava Auditor", team=team)
        manager = make_person(s, "sm", "Sol Manager", roles=("service_manager",), team=team)
        form = complete_form(team.id, month=date(2017, 3, 1), grade="does_not_meet_good")
        record = audits.create_audit(s, auditor, form, date(2017, 3, 20))
        audits.complete_audit(s, auditor, record.id, record.version, form, date(2017, 3, 20))

    context = AppContext(opened.db, manager)
    # Completed today, it is due by the end of next month: look from three months on.
    later = date.today().replace(day=1) + timedelta(days=95)
    context.today = lambda: later  # type: ignore[method-assign]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "overdue_notice", None) is not None)
    notice = window.overdue_notice
    assert notice.isVisible()
    assert "overdue" in notice.ui.headlineLabel.text().lower()
    notice.ui.showButton.click()
    assert window.ui.pageStack.currentWidget() is window.page("Corrective action")
