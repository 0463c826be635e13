"""Every form is completed the way the case file audit is: a manager records an
observation of practice in the same editor with the keyboard alone; it is kept as a
recovery copy, checked before it completes, locked once completed, moderated and
printed; an IRO rates a plan in one narrative box."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.domain.instrument import current_instrument
from qaaudit.services.audit import audits
from qaaudit.services.common import drafts
from qaaudit.services.moderation import records as moderation
from qaaudit.ui.audit.editor import editor_for_audit, editor_for_new, editor_for_snapshot
from qaaudit.ui.audit.judgement import JudgementPicker
from tests.factories import make_person, make_team
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
OBSERVATION = "observation_of_practice"


@pytest.fixture
def team_id(opened: Opened) -> int:
    with opened.db.writing() as s:
        return make_team(s, "Assessment Team 1", "Help and Protection").id


def test_a_manager_records_an_observation_with_the_keyboard_alone(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show_window(qtbot, editor_for_new(context_of(opened), instrument_key=OBSERVATION))
    instrument = current_instrument(OBSERVATION)
    ui = editor.ui
    # The form is the observation's, in its own words.
    assert ui.caseHolderLabel.text() == "Worker observed"
    assert ui.discussedLabel.text() == "Feedback given to the worker on"
    assert ui.headerGroup.title() == "Observation of practice"
    assert not ui.themesList.isVisible()
    setting = editor.own_fields.widgets["setting"]
    assert setting.accessibleName() == "Setting observed"
    assert focused() is ui.caseNumberEdit

    type_text("cn200300")
    tab()  # the month
    tab()
    press(Key.Key_Down)  # the first team
    tab()
    type_text("Priya Shah")  # the worker observed
    tab()
    feedback = date.today() - timedelta(days=2)
    type_text(feedback.strftime("%d/%m/%Y"))
    tab()
    press(Key.Key_Down)  # age band: unborn
    tab()
    press(Key.Key_Down)  # help and protection
    tab()
    assert focused() is setting
    press(Key.Key_Down)  # a home visit
    assert editor.audit_id is not None
    tab()
    for number, area in enumerate(instrument.areas, start=1):
        assert isinstance(focused(), JudgementPicker), area.key
        type_text("M")
        tab()
        type_text(f"Observed {number}.")
        tab()
        type_text(f"For the child {number}.")
        tab()
    assert focused() is ui.overallPicker
    type_text("M")
    assert ui.headlineLabel.text() == "= Good"

    answer_next_dialog(lambda box: box.defaultButton().click())
    press(Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ui.bannerLabel.text().startswith("Completed on"))

    with opened.db.reading() as s:
        stored = audits.load_audit(s, editor.audit_id)
    assert (stored.instrument_key, stored.template_version) == (OBSERVATION, "2017.1")
    assert stored.status == "completed"
    assert stored.form.case_holder == "Priya Shah"
    assert stored.form.discussed_on == feedback
    assert stored.form.fields == {"setting": "Home visit"}
    assert stored.form.areas["obs_feedback"].evidence == f"Observed {len(instrument.areas)}."
    assert stored.form.overall == "meets_good"
    # Locked, as a completed audit is: its own fields too.
    assert not setting.isEnabled() and not ui.saveButton.isEnabled()
    reopened = show_window(qtbot, editor_for_audit(context_of(opened), editor.audit_id))
    assert reopened.windowTitle().startswith("Observation of practice CN200300")
    assert reopened.own_fields.widgets["setting"].currentText() == "Home visit"


def test_completing_an_observation_with_gaps_names_its_own_fields(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show_window(qtbot, editor_for_new(context_of(opened), instrument_key=OBSERVATION))
    editor.ui.caseNumberEdit.setText("CN200301")
    assert editor.ensure_created()
    editor.complete()
    shown = [editor.problems.model.item(r).text() for r in range(editor.problems.model.rowCount())]
    assert "Enter “Worker observed”." in shown
    assert "Choose “Setting observed”." in shown
    problem = editor.own_fields.problem_fields()["field.setting"][1]
    assert problem.isVisible() and problem.text() == "Choose “Setting observed”."


def test_an_observation_comes_back_after_a_crash_as_an_observation(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    context = context_of(opened)
    editor = show_window(qtbot, editor_for_new(context, instrument_key=OBSERVATION))
    editor.ui.caseNumberEdit.setText("CN200302")
    assert editor.ensure_created()
    editor.own_fields.widgets["setting"].setCurrentIndex(3)
    editor.panels["obs_voice"].evidence.setPlainText("The child drew her family.")
    editor.autosave.keep_now()
    with opened.db.reading() as s:
        [copy] = drafts.pending(s, opened.actor.id)
    editor.dirty = False
    editor.close()
    back = show_window(qtbot, editor_for_snapshot(context, copy))
    assert back.instrument.key == OBSERVATION
    assert back.own_fields.widgets["setting"].currentText() == "LAC review"
    assert back.panels["obs_voice"].evidence.toPlainText() == "The child drew her family."


def test_an_iro_rates_a_plan_in_one_box_and_the_rating_is_moderated(
    qtbot: QtBot, opened: Opened, team_id: int
) -> None:
    editor = show_window(qtbot, editor_for_new(context_of(opened), instrument_key="plan_rating"))
    panel = editor.panels["plan_quality"]
    assert not panel.impact.isVisible()
    assert panel.evidence_label.text().replace("<u>", "").replace("</u>", "") == (
        "The reason for the rating"
    )
    assert [b.text() for b in panel.picker._buttons] == ["Green  (G)", "Amber  (A)", "Red  (R)"]
    editor.ui.caseNumberEdit.setText("CN200303")
    assert editor.ensure_created()
    editor.ui.teamCombo.setCurrentIndex(1)
    editor.ui.caseHolderEdit.setText("Sam Okafor")
    editor.ui.strandCombo.setCurrentIndex(1)
    editor.own_fields.widgets["plan_kind"].setCurrentIndex(1)
    panel.focus_judgement()
    type_text("A")
    panel.evidence.setPlainText("Outcomes are not measurable.")
    editor.ui.overallPicker.setFocus()
    type_text("A")
    assert editor.ui.headlineLabel.text() == "= Not yet good"
    answer_next_dialog(lambda box: box.defaultButton().click())
    editor.complete()
    qtbot.waitUntil(lambda: editor.ui.bannerLabel.text().startswith("Completed on"))

    with opened.db.writing() as s:
        moderator = make_person(s, "hos", "Head of Safeguarding", ("moderator",))
        record = audits.load_audit(s, editor.audit_id)
        form = moderation.form_agreeing_with(record)
        form.overall = "green"
        form.areas["plan_quality"] = "green"
        form.comment = "The plan's outcomes are measurable in the review minutes."
        form.impact_at_centre = "yes"
        form.evaluative_narrative = "yes"
        moderation.save_moderation(s, moderator, record.id, form)
        stored = moderation.load_moderation(s, record.id)
    assert stored is not None and stored.form.overall == "green"
