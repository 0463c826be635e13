"""A service manager opens the program, is told what is overdue, and confirms corrective
action on the page, with the keyboard and mouse the way a person would."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from qaaudit.bootstrap import Opened
from qaaudit.domain.corrective import end_of_month, month_after
from qaaudit.services.common.history import changes_for
from qaaudit.services.corrective import actions as corrective
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.corrective.overdue_notice import overdue_notice_for
from qaaudit.ui.corrective.page import CorrectiveActionsPage
from tests.loop_data import build_march
from tests.ui_support import read

REAL_TODAY = date.today()
# The day after corrective action opened today falls due: the one left open is overdue.
LATER = end_of_month(month_after(REAL_TODAY)) + timedelta(days=1)


class Context(AppContext):
    """The program as it is on a given day."""

    def __init__(self, opened: Opened, actor: Any, today: date) -> None:
        super().__init__(opened.db, actor)
        self.fixed = today

    def today(self) -> date:
        return self.fixed


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch):
    """A warning box would wait for a click that never comes: record it instead, and fail
    the test if one appeared that the test did not expect (and empty the list)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    yield shown
    assert shown == [], f"unexpected message: {shown}"


@pytest.fixture
def march(opened: Opened):
    return build_march(opened.db, REAL_TODAY)


def test_the_service_manager_is_told_what_is_overdue_when_the_program_opens(
    qtbot, opened: Opened, march
) -> None:
    manager = Context(opened, march.service_manager_hp, LATER)
    notice = overdue_notice_for(manager)
    qtbot.addWidget(notice)
    # In Help and Protection, February's C0 is still open (C2 was confirmed).
    assert notice.ui.headlineLabel.text() == (
        "1 case audited as less than good has corrective action overdue."
    )
    assert notice.lines.stringList() == [
        "C0 · Assessment Team 1 · audited February 2017 · overdue by 1 day"
    ]
    with qtbot.waitSignal(notice.showRequested):
        qtbot.mouseClick(notice.ui.showButton, Qt.MouseButton.LeftButton)

    assert overdue_notice_for(Context(opened, march.auditor_hp, LATER)) is None
    assert overdue_notice_for(Context(opened, march.service_manager_hp, REAL_TODAY)) is None


def test_confirming_corrective_action_on_the_page(qtbot, opened: Opened, march) -> None:
    page = CorrectiveActionsPage(Context(opened, march.service_manager_hp, LATER))
    qtbot.addWidget(page)
    page.show()
    read(qtbot, page)
    assert page.ui.areaCombo.currentText() == "Help and Protection"
    assert page.ui.countLabel.text() == "1 case, 1 overdue"
    assert page.model.rows[0].case_number == "C0"
    state = page.proxy.index(0, page.model.columnCount() - 1).data()
    assert state == "Overdue by 1 day"

    # Without a note it is refused, at the note.
    page.ui.noteEdit.clear()
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert page.ui.problemLabel.text() == "Say what corrective action was taken for this case."

    qtbot.keyClicks(page.ui.noteEdit, "Re-audited; plan now has a contingency.")
    page.ui.dateEdit.setDate(QDate(REAL_TODAY.year, REAL_TODAY.month, REAL_TODAY.day))
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)

    read(qtbot, page)
    assert page.ui.countLabel.text() == (
        f"0 cases · Corrective action for audit no. {march.ids['a0']} confirmed."
    )
    with opened.db.reading() as s:
        stored = corrective.for_audit(s, march.service_manager_hp, march.ids["a0"])
        history = changes_for(s, "corrective_action", stored.id)
    assert stored.status == "confirmed"
    assert stored.note == "Re-audited; plan now has a contingency."
    assert stored.confirmed_on == REAL_TODAY and stored.confirmed_by == "Sue Singh"
    assert {h.field for h in history} >= {"opened", "status", "note", "confirmed_on"}

    # Everything confirmed is still there to read.
    page.show_choice(corrective.CONFIRMED_ONLY)
    read(qtbot, page)
    assert sorted(r.case_number for r in page.model.rows) == ["C0", "C2"]


def test_someone_who_may_not_confirm_sees_why(qtbot, opened: Opened, march) -> None:
    page = read(qtbot, CorrectiveActionsPage(Context(opened, march.auditor_lac, LATER)))
    qtbot.addWidget(page)
    assert [r.case_number for r in page.model.rows] == ["L4"]
    assert not page.ui.confirmButton.isEnabled()
    assert not page.ui.noteEdit.isEnabled()
    assert page.ui.permissionLabel.text().startswith("Only the service manager")


def test_a_second_confirmation_of_the_same_case_keeps_the_first(
    qtbot, opened: Opened, march, message_boxes: list[str]
) -> None:
    first = CorrectiveActionsPage(Context(opened, march.service_manager_hp, LATER))
    second = CorrectiveActionsPage(Context(opened, opened.actor, LATER))
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    second.ui.areaCombo.setCurrentIndex(second.ui.areaCombo.findText("Help and Protection"))
    read(qtbot, first)
    read(qtbot, second)
    assert second.selected().case_number == first.selected().case_number == "C0"

    first.ui.noteEdit.setPlainText("Chronology updated.")
    first.confirm()
    second.ui.noteEdit.setPlainText("Plan reviewed with the family.")
    second.confirm()
    read(qtbot, second)

    warning = message_boxes.pop()
    assert "Someone else recorded this corrective action" in warning
    assert "note: Chronology updated." in warning
    assert second.ui.noteEdit.toPlainText() == "Plan reviewed with the family."
    with opened.db.reading() as s:
        assert corrective.for_audit(s, opened.actor, march.ids["a0"]).note == "Chronology updated."


def test_a_note_being_written_stays_when_the_list_is_read_again(
    qtbot, opened: Opened, march, message_boxes: list[str]
) -> None:
    """The list is read again (Refresh, a filter, another person's confirmation) while a
    note is half written: the note stays, and a confirmation recorded meanwhile by
    someone else is not overwritten unseen."""
    page = CorrectiveActionsPage(Context(opened, march.service_manager_hp, LATER))
    qtbot.addWidget(page)
    page.show_choice(corrective.EVERY)
    read(qtbot, page)
    page.select_action(next(r.id for r in page.model.rows if r.case_number == "C0"))
    page.ui.noteEdit.setFocus()
    qtbot.keyClicks(page.ui.noteEdit, "Plan reviewed with the family.")

    with opened.db.writing() as s:  # someone else confirms it meanwhile
        action = corrective.for_audit(s, opened.actor, march.ids["a0"])
        corrective.confirm(
            s, opened.actor, action.id, action.version, "Chronology updated.", REAL_TODAY, LATER
        )
    qtbot.mouseClick(page.ui.refreshButton, Qt.MouseButton.LeftButton)
    assert page.ui.countLabel.text() == "Reading the cases…"
    read(qtbot, page)
    assert page.selected().case_number == "C0"
    assert page.ui.noteEdit.toPlainText() == "Plan reviewed with the family."
    assert page.ui.stateLabel.text().startswith("Confirmed")  # what is recorded now

    # Confirming now is a clash, named, with the note still there...
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "note: Chronology updated." in message_boxes.pop()
    read(qtbot, page)
    assert page.ui.noteEdit.toPlainText() == "Plan reviewed with the family."
    assert page.ui.problemLabel.text().startswith("Not saved: someone else recorded this first")
    # ...and confirming again, having seen theirs, records it.
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    read(qtbot, page)
    with opened.db.reading() as s:
        stored = corrective.for_audit(s, opened.actor, march.ids["a0"])
    assert stored.note == "Plan reviewed with the family."
    assert page.ui.noteEdit.toPlainText() == stored.note

    # A filter that leaves the case out keeps the half-written note until it is back.
    page.ui.noteEdit.setFocus()
    page.ui.noteEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.ui.noteEdit, " Next visit booked.")
    page.show_choice(corrective.OVERDUE)
    read(qtbot, page)
    assert page.selected() is None
    assert page.ui.caseLabel.text().startswith("Case C0 is not in this list now.")
    assert not page.ui.confirmButton.isEnabled()
    page.ui.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # C0 not the first row
    page.show_choice(corrective.EVERY)
    read(qtbot, page)
    assert [r.case_number for r in page.model.rows][-1] == "C0"
    assert page.selected().id == stored.id  # chosen again for the note
    assert page.ui.noteEdit.toPlainText() == "Plan reviewed with the family. Next visit booked."
    assert page.ui.confirmButton.isEnabled()


def test_a_clash_on_a_case_that_leaves_the_list_keeps_the_note_and_every_later_clash(
    qtbot, opened: Opened, march, message_boxes: list[str]
) -> None:
    """The case confirmed by someone else leaves the list of those needing confirmation:
    the note waits for it, unselected, and a confirmation recorded after the clash was
    shown is a clash again, not overwritten unseen."""
    page = read(qtbot, CorrectiveActionsPage(Context(opened, opened.actor, LATER)))
    qtbot.addWidget(page)
    assert {r.case_number for r in page.model.rows} >= {"C0", "L4"}
    page.select_action(next(r.id for r in page.model.rows if r.case_number == "C0"))
    page.ui.noteEdit.setPlainText("Mine.")

    def someone_else_confirms(note: str) -> None:
        with opened.db.writing() as s:
            action = corrective.for_audit(s, opened.actor, march.ids["a0"])
            corrective.confirm(s, opened.actor, action.id, action.version, note, REAL_TODAY, LATER)

    someone_else_confirms("Theirs one.")
    page.confirm()
    assert "note: Theirs one." in message_boxes.pop()
    read(qtbot, page)
    assert "C0" not in {r.case_number for r in page.model.rows}
    assert page.selected() is None  # not another case, whose boxes would take the note's
    assert page.ui.noteEdit.toPlainText() == "Mine."
    assert page.ui.caseLabel.text().startswith("Case C0 is not in this list now.")
    assert page.ui.problemLabel.text().startswith("Not saved: someone else recorded this first")

    someone_else_confirms("Theirs two, unseen.")
    page.show_choice(corrective.EVERY)
    read(qtbot, page)
    assert page.selected().case_number == "C0"
    assert page.ui.noteEdit.toPlainText() == "Mine."
    page.confirm()
    assert "note: Theirs two, unseen." in message_boxes.pop()
    read(qtbot, page)
    page.confirm()  # now seen: recorded over it
    read(qtbot, page)
    with opened.db.reading() as s:
        assert corrective.for_audit(s, opened.actor, march.ids["a0"]).note == "Mine."


def test_a_correction_confirmed_before_the_list_comes_back_is_no_clash(
    qtbot, opened: Opened, march
) -> None:
    page = CorrectiveActionsPage(Context(opened, march.service_manager_hp, LATER))
    qtbot.addWidget(page)
    page.show_choice(corrective.EVERY)
    read(qtbot, page)
    page.select_action(next(r.id for r in page.model.rows if r.case_number == "C0"))
    page.ui.noteEdit.setPlainText("First try.")
    page.confirm()
    assert page.reading  # the list is on its way back when the typo is put right
    page.ui.noteEdit.setPlainText("First try, put right.")
    page.confirm()
    read(qtbot, page)
    assert page.ui.problemLabel.text() == ""
    with opened.db.reading() as s:
        assert corrective.for_audit(s, opened.actor, march.ids["a0"]).note == (
            "First try, put right."
        )
