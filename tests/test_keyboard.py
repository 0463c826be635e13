"""A manager working by keyboard alone: every table on every page is one Tab stop that Tab,
Shift+Tab and Ctrl+Tab leave; Ctrl+PgDown, Ctrl+PgUp and Ctrl+1 … Ctrl+9 move between
pages; Esc closes a service review, asking first when something is not saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.domain.review_period import Period
from qaaudit.services.audit import audits
from qaaudit.services.review import reviews
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.ui.audit.editor import editor_for_audit
from qaaudit.ui.common.access import needs_a_name
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from qaaudit.ui.review._editor import ReviewEditor
from tests.factories import complete_form, make_person, make_team
from tests.ui_support import answer_next_dialog, focused, press, show_window

TODAY = date(2017, 11, 20)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _lead_window(qtbot: QtBot, opened: Opened) -> MainWindow:
    with opened.db.writing() as s:
        team = make_team(s)
        roles = ("qa_lead", "moderator", "service_manager", "auditor", "admin")
        lead = make_person(s, "lead", "Lee Lead", roles=roles, team=team)
        for number in range(3):
            form = complete_form(team.id, f"CN10023{number}")
            audits.create_audit(s, lead, form, TODAY)
        load_council_plan(s, lead)
    return show_window(qtbot, MainWindow(AppContext(opened.db, lead)))


def test_every_table_on_every_page_is_one_tab_stop(qtbot: QtBot, opened: Opened) -> None:
    window = _lead_window(qtbot, opened)
    trapped: list[str] = []
    seen = 0
    for row, page in enumerate(window.pages):
        widget = window.show_page(row)
        qtbot.wait(20)
        views = [
            view
            for view in widget.findChildren(QAbstractItemView)
            if view.isVisible()
            and view.isEnabled()
            and view.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        for view in views:
            seen += 1
            if view.tabKeyNavigation():
                trapped.append(f"{page.title}: {view.objectName()} moves cell by cell on Tab")
            for key, modifier in (
                (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                (Qt.Key.Key_Backtab, SHIFT),
                (Qt.Key.Key_Tab, CTRL),
            ):
                view.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.waitUntil(view.hasFocus, timeout=1000)
                press(key, modifier)
                if focused() is view or view.isAncestorOf(focused()):
                    trapped.append(f"{page.title}: {view.objectName()} keeps {key.name}+{modifier}")
    assert seen >= 10  # the pages' lists and tables were really there
    assert trapped == []


def test_pages_change_from_the_keyboard(qtbot: QtBot, opened: Opened) -> None:
    window = _lead_window(qtbot, opened)
    current = window.ui.pageList.currentIndex
    assert current().row() == 0
    press(Qt.Key.Key_PageDown, CTRL)
    assert current().row() == 1
    press(Qt.Key.Key_PageUp, CTRL)
    press(Qt.Key.Key_PageUp, CTRL)  # round to the last page
    assert current().row() == len(window.pages) - 1
    press(Qt.Key.Key_3, CTRL)
    assert current().row() == 2
    assert window.ui.pageStack.currentWidget() is window.built[2]


def test_esc_closes_a_review_and_asks_first_when_something_is_not_saved(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "sm", "Sam Manager", ("service_manager",), team)
        review = reviews.create_review(
            s, manager, team.service_area_id, Period(date(2017, 1, 1), date(2017, 6, 30)), TODAY
        )
    editor = show_window(qtbot, ReviewEditor(AppContext(opened.db, manager), review.id))
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())

    editor = show_window(qtbot, ReviewEditor(AppContext(opened.db, manager), review.id))
    editor.ui.keyOutcomesEdit.setFocus()
    press(Qt.Key.Key_A)  # something typed, not saved
    asked: list[str] = []

    def keep_working(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_next_dialog(keep_working)  # type: ignore[arg-type]
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "Save your changes" in asked[0]
    assert editor.isVisible()
    QApplication.processEvents()


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(child).__name__} {child.objectName()}"
        for child in root.findChildren(QWidget)
        if child.isVisible() and needs_a_name(child)
    ]


def test_a_screen_reader_can_name_every_control_of_every_page_and_editor(
    qtbot: QtBot, opened: Opened
) -> None:
    window = _lead_window(qtbot, opened)
    unnamed: dict[str, list[str]] = {}
    for row, page in enumerate(window.pages):
        widget = window.show_page(row)
        qtbot.wait(20)
        if found := _unnamed(widget):
            unnamed[page.title] = found
    lead = window.context.actor
    with opened.db.writing() as s:
        team_id = lead.team_id
        assert team_id is not None
        audit = audits.create_audit(s, lead, complete_form(team_id, "CN100299"), TODAY)
        review = reviews.create_review(
            s, lead, lead.service_area_id or 1, Period(date(2017, 1, 1), date(2017, 6, 30)), TODAY
        )
    editor = show_window(qtbot, editor_for_audit(window.context, audit.id))
    qtbot.wait(20)
    if found := _unnamed(editor):
        unnamed["audit editor"] = found
    review_editor = show_window(qtbot, ReviewEditor(window.context, review.id))
    qtbot.wait(20)
    if found := _unnamed(review_editor):
        unnamed["review editor"] = found
    assert unnamed == {}
    # And the names are the words on screen, not the value shown.
    assert window.show_page(1).findChild(QComboBox, "teamCombo").accessibleName() == "Team"
