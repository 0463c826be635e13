"""A QA lead on a common council laptop (1366 x 768): every page of the main window fits
the screen, with the overdue corrective action notice shown at the top, and long team and
service area names do not push the window wider."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from tests.factories import complete_form, make_person, make_team

SCREEN_WIDTH = 1366
# 768 less a window title bar and a taskbar.
USABLE_HEIGHT = 768 - 70
LONG_TEAM = "Safeguarding, Early Help and Prevention: Children's Centres (North East Locality)"
LONG_AREA = "Safeguarding, Early Help, Prevention and Quality Assurance Service"


def test_every_page_fits_a_small_laptop_screen(qtbot: QtBot, opened: Opened) -> None:
    with opened.db.writing() as s:
        team = make_team(s, LONG_TEAM, LONG_AREA)
        lead = make_person(s, "lead", "Lee Lead", roles=("qa_lead", "service_manager"), team=team)
        form = complete_form(team.id, month=date(2017, 3, 1), grade="does_not_meet_good")
        record = audits.create_audit(s, lead, form, date(2017, 3, 20))
        audits.complete_audit(s, lead, record.id, record.version, form, date(2017, 3, 20))
        load_council_plan(s, lead)
    context = AppContext(opened.db, lead)
    later = date.today().replace(day=1) + timedelta(days=95)
    context.today = lambda: later  # type: ignore[method-assign]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, 768)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "overdue_notice", None) is not None)
    too_big = []
    for row, page in enumerate(window.pages):
        window.show_page(row)
        qtbot.wait(20)
        needed = window.minimumSizeHint()
        if needed.width() > SCREEN_WIDTH or needed.height() > USABLE_HEIGHT:
            too_big.append((page.title, needed.width(), needed.height()))
    assert window.overdue_notice.isVisible()
    assert too_big == []
