"""A QA lead on a common council laptop (1366 x 768): every page of the main window fits
the screen, with the overdue corrective action notice shown at the top, and long team and
service area names do not push the window wider."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from tests.factories import complete_form, make_person, make_team
from tests.ui_support import forget_unsaved

SCREEN_WIDTH = 1366
# 768 less a window title bar and a taskbar.
USABLE_HEIGHT = 768 - 70
LONG_TEAM = "Safeguarding, Early Help and Prevention: Children's Centres (North East Locality)"
TODAY = date(2017, 11, 20)
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


LAPTOP = QRect(0, 0, 1366, 720)  # 768 less a taskbar
TITLE_BAR = 30


def test_every_window_and_dialog_opens_whole_on_a_laptop(qtbot: QtBot, opened: Opened) -> None:
    from qaaudit.domain.review_period import Period
    from qaaudit.services.review import reviews
    from qaaudit.ui.audit.editor import editor_for_new
    from qaaudit.ui.common.placement import fit
    from qaaudit.ui.help.text_dialog import TextDialog
    from qaaudit.ui.people._person_dialog import PersonDialog
    from qaaudit.ui.review._editor import ReviewEditor
    from qaaudit.ui.review._new_review import NewReviewDialog

    with opened.db.writing() as s:
        team = make_team(s, LONG_TEAM, LONG_AREA)
        lead = make_person(s, "lead", "Lee Lead", roles=("qa_lead", "service_manager", "admin"), team=team)  # fmt: skip
        review = reviews.create_review(
            s, lead, team.service_area_id, Period(date(2017, 1, 1), date(2017, 6, 30)), TODAY
        )
    context = AppContext(opened.db, lead)
    windows = {
        "main window": MainWindow(context),
        "audit editor": editor_for_new(context),
        "review editor": ReviewEditor(context, review.id),
        "keyboard shortcuts": TextDialog("Keyboard shortcuts", "<p>text</p>"),
        "person": PersonDialog(context),
        "new review": NewReviewDialog(context),
    }
    too_big = {}
    for name, window in windows.items():
        qtbot.addWidget(window, before_close_func=forget_unsaved)
        needed = window.minimumSizeHint()
        wanted = QSize(1400, 900) if name != "keyboard shortcuts" else QSize(700, 900)
        placed = fit(window, wanted, LAPTOP)
        if (
            needed.width() > LAPTOP.width()
            or needed.height() > LAPTOP.height() - TITLE_BAR
            or not LAPTOP.contains(placed)
        ):
            too_big[name] = (needed.width(), needed.height(), placed)
    assert too_big == {}


def test_a_window_reopens_where_it_was_left_pulled_back_onto_the_screen(
    qtbot: QtBot, opened: Opened
) -> None:
    from qaaudit.ui.audit.editor import editor_for_new
    from qaaudit.ui.common.placement import available, place, remember

    context = AppContext(opened.db, opened.actor)
    first = editor_for_new(context)
    qtbot.addWidget(first, before_close_func=forget_unsaved)
    room = available(first)
    place(first, "audit-editor", QSize(1400, 900))
    assert room.contains(first.geometry())  # whole on this (800 x 800) test screen
    first.setGeometry(QRect(room.left() + 40, room.top() + 30, 600, 500))
    remember(first, "audit-editor")
    second = editor_for_new(context)
    qtbot.addWidget(second, before_close_func=forget_unsaved)
    place(second, "audit-editor", QSize(1400, 900))
    assert second.geometry() == first.geometry()

    first.setGeometry(QRect(room.right() + 500, room.bottom() + 400, 600, 500))  # off screen
    remember(first, "audit-editor")
    third = editor_for_new(context)
    qtbot.addWidget(third, before_close_func=forget_unsaved)
    place(third, "audit-editor", QSize(1400, 900))
    assert room.contains(third.geometry())
