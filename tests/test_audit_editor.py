"""A manager completes a case file audit in the window with the keyboard alone, and what
they typed is what is stored."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.services.audit import audits
from qaaudit.ui.audit.editor import editor_for_audit, editor_for_new
from qaaudit.ui.audit.judgement import JudgementPicker
from tests.factories import complete_form, make_team
from tests.ui_support import (
    answer_next_dialog,
    context_of,
    focused,
    press,
    show_window,
    tab,
    type_text,
)

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def team_id(opened: Opened) -> int:
    with opened.db.writing() as s:
        return make_team(s, "Assessment Team 1", "Help and Protection").id


show = show_window


def test_a_manager_completes_an_audit_with_the_keyboard_alone(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    context = context_of(opened)
    editor = show(qtbot, editor_for_new(context))
    instrument = current_audit_instrument()
    assert focused() is editor.ui.caseNumberEdit

    type_text("cn100234")
    tab()  # audit month: this month is right
    tab()
    press(Key.Key_Down)  # the first team
    tab()
    type_text("Sam Okafor")
    tab()
    discussed = date.today() - timedelta(days=3)
    type_text(discussed.strftime("%d/%m/%Y"))
    tab()
    for _ in range(4):
        press(Key.Key_Down)  # age band 5-9
    tab()
    press(Key.Key_Down)  # Help and protection
    tab()
    press(Key.Key_Space)  # the first theme: full case file audit
    assert editor.audit_id is not None, "the draft exists as soon as the case number is typed"

    tab()
    for number, area in enumerate(instrument.areas, start=1):
        assert isinstance(focused(), JudgementPicker)
        if area.may_be_not_applicable and area.key in ("independence", "permanence"):
            type_text("N")
            tab(3)
            continue
        type_text("E" if area.key == "risk" else "2")  # letters and numbers both judge
        tab()
        type_text(f"Evidence for area {number}.")
        if number == 1:
            press(Key.Key_Tab, CTRL)
            type_text("Seen alone twice.")
        tab()
        type_text(f"The child is safer ({number}).")
        tab()
    assert focused() is editor.ui.overallPicker
    type_text("M")
    assert editor.ui.headlineLabel.text() == "= Good"

    asked: list[str] = []

    def lock_it(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        assert box.defaultButton().text() == "Complete and lock"  # what Enter does
        box.defaultButton().click()

    answer_next_dialog(lock_it)
    press(Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(asked))
    assert len(asked) == 1 and "Completing locks the audit" in asked[0]

    with opened.db.reading() as s:
        stored = audits.load_audit(s, editor.audit_id)
    assert stored.status == "completed"
    form = stored.form
    assert form.case_number == "CN100234"
    assert form.team_id == team_id
    assert form.case_holder == "Sam Okafor"
    assert form.discussed_on == discussed
    assert form.age_band == "5-9"
    assert form.strand == "Help and protection"
    assert form.themes == ["full_case_file"]
    assert form.areas["risk"].judgement == "exceeds_good"
    assert form.areas["risk"].evidence == "Evidence for area 1.\tSeen alone twice."
    assert form.areas["involvement"].judgement == "meets_good"
    assert form.areas["outcomes"].impact == "The child is safer (12)."
    assert form.areas["permanence"].judgement == "not_applicable"
    assert form.overall == "meets_good"
    assert editor.ui.bannerLabel.text().startswith("Completed on")
    assert not editor.ui.saveButton.isEnabled()


def test_alt_keys_jump_to_areas_and_f1_shows_the_prompts(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show(qtbot, editor_for_new(context_of(opened)))
    press(Key.Key_0, ALT)  # area 10
    placement = editor.panels["placement"]
    assert focused() is placement.picker
    assert not placement.prompts.isVisible()
    press(Key.Key_F1)
    assert placement.prompts.isVisible()
    assert "matching, stability" in placement.prompts.text()
    press(Key.Key_Equal, ALT)
    assert focused() is editor.panels["outcomes"].picker
    press(Key.Key_PageUp, CTRL)
    assert focused() is editor.panels["independence"].picker
    press(Key.Key_V, ALT)
    assert focused() is editor.panels["independence"].evidence
    assert not editor.ui.hintsPanel.isVisible()
    press(Key.Key_F2)
    assert editor.ui.hintsPanel.isVisible()
    assert "Look back only 6 months" in editor.ui.hintsBrowser.toPlainText()


def test_completing_with_gaps_shows_every_problem_at_its_field(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show(qtbot, editor_for_new(context_of(opened)))
    type_text("CN555")
    tab()
    press(Key.Key_1, ALT)
    type_text("M")  # risk judged, but no narrative
    press(Key.Key_Return, CTRL)

    assert editor.ui.problemsPanel.isVisible()
    messages = [
        editor.problems.model.item(row).text() for row in range(editor.problems.model.rowCount())
    ]
    assert "Choose the team that holds the case." in messages
    assert "Give the overall judgement." in messages
    risk = editor.panels["risk"]
    assert risk.evidence_problem.isVisible()
    assert "evidence that supports the judgement" in risk.evidence_problem.text()
    assert risk.evidence.property("problem") is True
    assert editor.ui.teamComboProblem.text() == "Choose the team that holds the case."
    assert editor.ui.teamCombo.property("problem") is True

    # the list at the top takes the manager to the field
    assert focused() is editor.ui.problemsList
    row = messages.index("Choose the team that holds the case.")
    editor.ui.problemsList.setCurrentIndex(editor.problems.model.index(row, 0))
    press(Key.Key_Return)
    assert focused() is editor.ui.teamCombo
    with opened.db.reading() as s:
        assert audits.load_audit(s, editor.audit_id).status == "draft"


def test_a_date_in_the_wrong_format_is_shown_at_its_field_and_kept(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show(qtbot, editor_for_new(context_of(opened)))
    type_text("CN556")
    editor.ui.discussedEdit.edit.setFocus()
    type_text("31st of June")
    press(Key.Key_S, CTRL)
    assert "day/month/year" in editor.ui.discussedEditProblem.text()
    assert editor.ui.discussedEdit.text() == "31st of June"
    assert editor.dirty


def test_a_completed_audit_opens_locked(qtbot: QtBot, opened: Opened, team_id: int) -> None:
    actor = opened.actor
    form = complete_form(team_id)
    with opened.db.writing() as s:
        record = audits.create_audit(s, actor, form, date(2017, 11, 20))
        audits.complete_audit(s, actor, record.id, record.version, form, date(2017, 11, 20))
    editor = show(qtbot, editor_for_audit(context_of(opened), record.id))
    assert editor.ui.bannerLabel.isVisible()
    assert editor.ui.bannerLabel.text().startswith("Completed on ")
    assert "locked" in editor.ui.bannerLabel.text()
    assert not editor.ui.saveButton.isEnabled() and not editor.ui.completeButton.isEnabled()
    risk = editor.panels["risk"]
    risk.picker.setFocus()
    type_text("D")
    assert risk.picker.value() == "meets_good"
    risk.evidence.setFocus()
    type_text("more words")
    assert "more words" not in risk.evidence.toPlainText()
    assert not editor.dirty


def test_a_re_audit_shows_the_earlier_judgements_beside_the_new_ones(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    actor = opened.actor
    form = complete_form(team_id, month=date(2017, 3, 1), grade="does_not_meet_good")
    form.areas["plans"].judgement = "meets_good"
    with opened.db.writing() as s:
        record = audits.create_audit(s, actor, form, date(2017, 11, 20))
        audits.complete_audit(s, actor, record.id, record.version, form, date(2017, 11, 20))

    editor = show(qtbot, editor_for_new(context_of(opened), "cn100234", team_id))
    assert editor.ui.previousValue.text() == f"Yes, audited in March 2017 by {actor.name}"
    assert editor.panels["risk"].earlier.text() == "Earlier: Does not meet good"
    assert editor.panels["plans"].earlier.text() == "Earlier: Meets good"
    assert editor.panels["risk"].earlier.isVisible()
    with opened.db.reading() as s:
        assert audits.load_audit(s, editor.audit_id).previous.id == record.id


def test_someone_elses_save_is_shown_and_my_text_stays(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    context = context_of(opened)
    with opened.db.writing() as s:
        record = audits.create_audit(s, opened.actor, complete_form(team_id), date(2017, 11, 20))
    mine = show(qtbot, editor_for_audit(context, record.id))
    theirs = show(qtbot, editor_for_audit(context, record.id))
    theirs.panels["risk"].evidence.setPlainText("Their words")
    assert theirs.save_draft()

    mine.panels["risk"].evidence.setPlainText("My words")
    seen: dict[str, object] = {}

    def look_and_cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        model = dialog.model
        seen["rows"] = [
            [model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())
        ]
        dialog.reject()

    answer_next_dialog(look_and_cancel)
    assert not mine.save_draft()
    assert ["Risk: evidence that supports the judgement", "Their words", "My words"] in seen["rows"]
    assert mine.panels["risk"].evidence.toPlainText() == "My words"
    with opened.db.reading() as s:
        assert audits.load_audit(s, record.id).form.areas["risk"].evidence == "Their words"


def test_removing_an_action_with_text_asks_first(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show(qtbot, editor_for_new(context_of(opened)))
    editor.add_action()
    model = editor.actions_model
    model.setData(model.index(0, 0), "Update the chronology")
    editor.ui.actionsView.setCurrentIndex(model.index(0, 0))

    def say_no(box) -> None:  # type: ignore[no-untyped-def]
        assert "Update the chronology" in box.text()
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_dialog(say_no)
    editor.remove_action()
    assert model.rowCount() == 1

    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    editor.remove_action()
    assert model.rowCount() == 0
    assert isinstance(QApplication.instance(), QApplication)
    assert isinstance(editor.panels["risk"].evidence, QPlainTextEdit)


def test_a_busy_database_is_explained_and_nothing_typed_is_lost(
    qtbot: QtBot, opened: Opened, team_id: int, sqlite_url: str
) -> None:
    import sqlite3

    editor = show(qtbot, editor_for_new(context_of(opened), "CN900"))
    editor.panels["risk"].evidence.setFocus()
    type_text("Words that must not be lost")
    editor.autosave.stop()
    other = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another copy of the program is writing
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    try:
        answer_next_dialog(read_and_close, tries=600)
        assert not editor.save_draft()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert said and said[0].startswith("The database is busy")
    assert "Nothing you typed is lost" in said[0]
    assert "CN900" not in said[0]
    assert editor.panels["risk"].evidence.toPlainText() == "Words that must not be lost"
    assert editor.dirty
    assert editor.save_draft()


def test_a_case_number_that_is_not_one_is_said_at_the_field_without_moving_on(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show(qtbot, editor_for_new(context_of(opened)))
    type_text("CN 100 234!")
    tab()
    assert editor.audit_id is None
    assert "letters, digits" in editor.ui.caseNumberEditProblem.text()
    assert focused() is editor.ui.auditMonthEdit  # the manager was not pulled back
    editor.ui.caseNumberEdit.setFocus()
    editor.ui.caseNumberEdit.selectAll()
    type_text("CN100234")
    tab()
    assert editor.audit_id is not None


def test_completing_asks_once_and_not_yet_leaves_the_draft_as_it_was(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    with opened.db.writing() as s:
        record = audits.create_audit(s, opened.actor, complete_form(team_id), date.today())
    editor = show(qtbot, editor_for_audit(context_of(opened), record.id))
    asked: list[str] = []

    def not_yet(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        assert box.escapeButton().text() == "Not yet"  # what Esc does
        box.escapeButton().click()

    answer_next_dialog(not_yet)
    press(Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(asked))
    assert "after that it changes only through moderation" in asked[0]
    with opened.db.reading() as s:
        assert audits.load_audit(s, record.id).status == "draft"
    assert editor.ui.saveButton.isEnabled()
