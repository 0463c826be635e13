"""The review editor used the way a service manager and the panel use it: with the
keyboard, judgement by judgement; what they see and what is stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.domain.review_period import Period
from qaaudit.services.common import drafts
from qaaudit.services.common.actor import Actor
from qaaudit.services.review import reviews
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.review._editor import ReviewEditor
from tests.review_factories import TODAY, Cast, cast, filled_in

JAN_JUN = Period(date(2017, 1, 1), date(2017, 6, 30))


class Context(AppContext):
    """The program's context on a fixed day, so overdue means the same in every run."""

    def today(self) -> date:
        return TODAY


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are answered as a person would (Yes) and remembered, so a test
    never waits on a modal window; each test can assert what the person was told."""
    told: list[str] = []

    def tell(_parent: object, _title: str, text: str, *args: object) -> object:
        told.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, tell)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    return told


def a_draft(opened: Opened) -> tuple[Cast, int]:
    with opened.db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN, TODAY
        )
    return people, record.id


def open_editor(qtbot: QtBot, opened: Opened, actor: Actor, review_id: int) -> ReviewEditor:
    editor = ReviewEditor(Context(opened.db, actor), review_id)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, widget: QWidget, most: int = 8) -> None:
    """Press Tab until ``widget`` has the focus, as a person would."""
    for _ in range(most):
        if focused() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is widget, f"Tab did not reach {widget.objectName() or widget}"


JUDGEMENT_KEYS = {"I": Qt.Key.Key_I, "RI": Qt.Key.Key_R, "G": Qt.Key.Key_G, "O": Qt.Key.Key_O}


def test_a_service_manager_fills_in_the_review_with_the_keyboard(
    qtbot: QtBot, opened: Opened
) -> None:
    people, review_id = a_draft(opened)
    editor = open_editor(qtbot, opened, people.manager, review_id)
    ui = editor.ui
    assert ui.sendButton.isVisible() and not ui.finalButton.isVisible()
    assert ui.panelInputEdit.isReadOnly()  # the panel's part waits for the panel
    assert (
        editor.cards["case_file_audits"]
        .evidence.toPlainText()
        .startswith(
            "From qaaudit: no case file audits were completed Jan-Jun 2017 in Help and Protection."
        )
    )

    ui.keyOutcomesEdit.setFocus()
    type_text(qtbot, "Children are safe; plans are timely.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.populationEdit
    type_text(qtbot, "1,240 children in need.")
    grades = ["G", "RI", "I", "O"]
    for number, card in enumerate(editor.cards.values()):
        tab_to(qtbot, card.picker)
        press(qtbot, JUDGEMENT_KEYS[grades[number % 4]])
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is card.comments
        type_text(qtbot, f"Point {number}")
        if card.area.key == "workloads":
            tab_to(qtbot, card.actions.add_button)
            press(qtbot, Qt.Key.Key_Space)  # a new action, its first cell open for typing
            type_text(qtbot, "Recruit two social workers")
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, "Head of Service")
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, "30/09/2017")
            press(qtbot, Qt.Key.Key_Return)
    assert editor.cards["workloads"].picker.meaning.text() == "Requires improvement to be good"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty

    with opened.db.reading() as s:
        stored = reviews.load_review(s, review_id)
    assert stored.form.key_outcomes == "Children are safe; plans are timely."
    assert stored.form.rows["key_indicators"].judgement == "G"
    assert stored.form.rows["workloads"] == reviews.ReviewRow("Point 1", "", "RI")
    assert stored.form.rows["citizen_capacity"].judgement == grades[21 % 4]
    [action] = stored.form.actions
    assert (action.action, action.owner, action.due_on, action.area_key) == (
        "Recruit two social workers",
        "Head of Service",
        date(2017, 9, 30),
        "workloads",
    )

    # Ctrl+Return takes the next step: to the panel.
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "With the panel" in ui.statusLabel.text()
    assert "sent to the panel by Hannah Mensah" in ui.statusLabel.text()
    assert not ui.sendButton.isVisible()


def test_sending_too_early_shows_every_problem_at_its_field(qtbot: QtBot, opened: Opened) -> None:
    people, review_id = a_draft(opened)
    editor = open_editor(qtbot, opened, people.manager, review_id)
    editor.cards["workloads"].comments.setFocus()
    type_text(qtbot, "Caseloads are high")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    messages = [
        editor.ui.problemsList.item(i).text() for i in range(editor.ui.problemsList.count())
    ]
    assert editor.ui.problemsList.isVisible()
    assert "Write the key outcomes required from this service area." in messages
    assert "1. Workloads / staffing / caseloads: give a judgement." in messages
    assert "1. Independent challenge: Capacity to improve: give a judgement." in messages
    assert editor.cards["workloads"].problem.isVisible()
    assert "give a judgement" in editor.cards["workloads"].problem.text()
    # Enter on a problem goes to its field.
    row = messages.index("1. Workloads / staffing / caseloads: give a judgement.")
    editor.ui.problemsList.setCurrentRow(row)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is editor.cards["workloads"].picker
    with opened.db.reading() as s:
        assert reviews.load_review(s, review_id).status == "draft"

    editor.ui.panelDateEdit.setFocus()
    type_text(qtbot, "next Tuesday")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.ui.problemsList.item(0).text().startswith("“next Tuesday” is not a date")
    assert editor.ui.panelDateEdit.text() == "next Tuesday"  # nothing typed is lost


def test_the_panel_adds_its_input_and_makes_the_review_final(
    qtbot: QtBot, opened: Opened, messages: list[str]
) -> None:
    people, review_id = a_draft(opened)
    with opened.db.writing() as s:
        record = reviews.load_review(s, review_id)
        reviews.send_to_panel(s, people.manager, review_id, record.version, filled_in(record.form))
    editor = open_editor(qtbot, opened, people.qa_lead, review_id)
    ui = editor.ui
    assert not ui.panelInputEdit.isReadOnly() and ui.finalButton.isEnabled()

    ui.panelDateEdit.setFocus()
    type_text(qtbot, "20/07/2017")
    ui.summaryEdit.setFocus()
    type_text(qtbot, "Caseloads are falling; audits show more good practice.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.panelInputEdit
    type_text(qtbot, "The panel challenged the evidence of impact.")
    tab_to(qtbot, editor.panel_actions.add_button)
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "Bring examples of impact to the next review")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Hannah Mensah")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "31/01/2018")
    press(qtbot, Qt.Key.Key_Return)

    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert messages == [
        "Make this review final? It will be locked; its actions can still be marked done."
    ]
    assert ui.bannerLabel.isVisible() and "locked" in ui.bannerLabel.text()
    assert ui.panelInputEdit.isReadOnly() and editor.cards["workloads"].comments.isReadOnly()
    assert not ui.saveButton.isVisible()
    with opened.db.reading() as s:
        final = reviews.load_review(s, review_id)
    assert final.status == "final" and final.final_by == "Rhian Pritchard"
    assert final.form.panel_date == date(2017, 7, 20)
    assert final.form.panel_input == "The panel challenged the evidence of impact."
    panel = final.form.actions_for(None)
    assert [(a.action, a.owner, a.due_on) for a in panel] == [
        ("Bring examples of impact to the next review", "Hannah Mensah", date(2018, 1, 31))
    ]


def test_what_was_typed_comes_back_after_a_crash(qtbot: QtBot, opened: Opened) -> None:
    people, review_id = a_draft(opened)
    editor = open_editor(qtbot, opened, people.manager, review_id)
    editor.cards["surveys"].comments.setFocus()
    type_text(qtbot, "The survey had a 64% response rate")

    def kept() -> None:
        with opened.db.reading() as s:
            assert drafts.pending(s, people.manager.id, kind="service_review")

    qtbot.waitUntil(kept, timeout=4000)
    # The window goes away without saving or asking: as in a crash.
    editor._quiet.stop()
    editor._longest.stop()
    editor.hide()
    editor.deleteLater()

    again = open_editor(qtbot, opened, people.manager, review_id)
    assert again.ui.recoveryBar.isVisible()
    assert again.cards["surveys"].comments.toPlainText() == ""
    qtbot.mouseClick(again.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert again.cards["surveys"].comments.toPlainText() == "The survey had a 64% response rate"
    assert again.dirty
    assert again.save()
    with opened.db.reading() as s:
        assert drafts.pending(s, people.manager.id, kind="service_review") == []
        stored = reviews.load_review(s, review_id).form.rows["surveys"].comments
    assert stored == "The survey had a 64% response rate"


def test_a_second_editor_is_told_of_the_first_ones_save(
    qtbot: QtBot, opened: Opened, messages: list[str]
) -> None:
    people, review_id = a_draft(opened)
    mine = open_editor(qtbot, opened, people.manager, review_id)
    theirs = open_editor(qtbot, opened, people.qa_lead, review_id)
    theirs.cards["workloads"].comments.setPlainText("The QA lead's words")
    assert theirs.save()
    mine.cards["workloads"].comments.setPlainText("The service manager's words")
    assert not mine.save()
    assert messages and messages[0].startswith("Someone else saved this review after you opened it")
    assert mine.cards["workloads"].comments.toPlainText() == "The service manager's words"
    with opened.db.reading() as s:
        assert reviews.load_review(s, review_id).form.rows["workloads"].comments == (
            "The QA lead's words"
        )


def test_a_final_review_exports_from_the_editor(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from qaaudit.ui.review._export import REVIEW_PDF

    people, review_id = a_draft(opened)
    editor = open_editor(qtbot, opened, people.manager, review_id)
    target = tmp_path / "review.pdf"
    editor.export(REVIEW_PDF, target)
    with qtbot.waitSignal(editor.runner.done, timeout=20000) as finished:  # type: ignore[attr-defined]
        pass
    assert finished.args == [str(target)]
    text = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "SERVICE PERFORMANCE REVIEW: Help and Protection" in text


def test_todays_figures_are_read_off_the_windows_thread_then_offered(
    qtbot: QtBot, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refresh figures reads while the window goes on (its button waits), then asks
    whether to replace the evidence, and puts the figures in place."""
    import threading

    people, review_id = a_draft(opened)
    editor = open_editor(qtbot, opened, people.manager, review_id)
    card = editor.cards["case_file_audits"]
    card.evidence.setPlainText("Written by hand.")
    read_on: list[threading.Thread] = []
    real = reviews.refreshed_figures

    def reading(session: object, wanted: int) -> dict[str, str]:
        read_on.append(threading.current_thread())
        return real(session, wanted)  # type: ignore[arg-type]

    monkeypatch.setattr(reviews, "refreshed_figures", reading)
    asked: list[str] = []

    def replace_chosen(box: QMessageBox) -> int:
        asked.append(box.text())
        [replace] = [b for b in box.buttons() if b.text() == "Replace"]
        replace.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", replace_chosen)
    editor.ui.figuresButton.click()
    assert not editor.ui.figuresButton.isEnabled()  # once is enough while it reads
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    assert read_on and read_on[0] is not threading.main_thread()
    assert "Fill in today's figures" in asked[0]
    assert card.evidence.toPlainText().startswith("From qaaudit: no case file audits")
    qtbot.waitUntil(editor.ui.figuresButton.isEnabled)
