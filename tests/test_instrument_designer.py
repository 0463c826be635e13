"""The QA lead changes a form in the window with the keyboard: a new version from the
current one, an area added, re-worded, moved and another removed, a prompt written, the
form previewed as an auditor will see it, saved and published. Records already started
keep their version; new ones are started on the new one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit import AuditForm
from qaaudit.domain.instrument import current_instrument, instrument_version
from qaaudit.services.audit import audits
from qaaudit.services.instruments import versions
from qaaudit.ui.audit.editor import AuditEditor
from qaaudit.ui.instruments.designer import InstrumentDesigner
from qaaudit.ui.instruments.page import InstrumentsPage
from tests.factories import make_person, make_team
from tests.ui_support import (
    context_of,
    focused,
    press,
    show_window,
    type_text,
)

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
OBSERVATION = "observation_of_practice"


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    """A button's Alt key: Qt shows the button pressed for a moment, then clicks it."""
    press(key, ALT)
    qtbot.wait(250)


def click_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def answer_question(act: Callable[[QMessageBox], None], tries: int = 1500) -> None:
    """When a question opens over the designer (itself modal), hand it to ``act``."""

    def check(remaining: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            act(box)
        elif remaining:
            QTimer.singleShot(20, lambda: check(remaining - 1))

    QTimer.singleShot(20, check)


def test_a_qa_lead_makes_and_publishes_a_new_version_with_the_keyboard(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        started = audits.create_audit(
            s,
            opened.actor,
            AuditForm(case_number="CN900001", audit_month=date(2017, 10, 1), team_id=team.id),
            date(2017, 11, 20),
            instrument_key=OBSERVATION,
        )
    page = show_window(qtbot, InstrumentsPage(context_of(opened)))
    page.view.setFocus()
    press(Key.Key_Home)
    while page.selected().key != OBSERVATION:
        press(Key.Key_Down)
    assert page.selected().status == "shipped" and not page.changeButton.isEnabled()

    press(Key.Key_N, ALT)  # New version
    qtbot.waitUntil(lambda: getattr(page, "designer", None) is not None)
    designer: InstrumentDesigner = page.designer
    qtbot.waitUntil(designer.isActiveWindow)
    assert designer.windowTitle().endswith("Observation of practice, version 2017.2")
    tree = designer.tree
    assert tree.currentItem().text(0).startswith("The purpose of the visit")

    # Re-word the first area (it keeps its key), then add an area after it.
    designer.areaTitleEdit.setFocus()
    press(Key.Key_I, ALT)
    assert focused() is designer.areaTitleEdit and designer.areaKeyEdit.isReadOnly()
    press(Key.Key_End)
    type_text(", and agreed with them")
    alt(qtbot, Key.Key_A)  # Add area
    assert focused() is designer.areaTitleEdit
    type_text("The child's plan is talked through with the family")
    press(Key.Key_H, ALT)
    press(Key.Key_A, CTRL)
    type_text("Plan talked through")
    press(Key.Key_O, ALT)
    type_text("Did the family understand what happens next?")
    alt(qtbot, Key.Key_W)  # move it down, after the relationship area
    assert tree.topLevelItem(0).indexOfChild(tree.currentItem()) == 2

    # Remove the recording area of the second section.
    tree.setFocus()
    while not tree.currentItem().text(0).startswith("The session is recorded"):
        press(Key.Key_Down)
    answer_question(click_yes)
    alt(qtbot, Key.Key_M)
    qtbot.waitUntil(lambda: "oop_area_1" in {a.key for a in _built(designer).areas})
    assert "obs_recording" not in {a.key for a in _built(designer).areas}
    designer.activateWindow()  # back to the designer once the question has gone
    qtbot.waitUntil(designer.isActiveWindow)

    # The scale: "does not meet good" becomes "not yet good".
    press(Key.Key_G, ALT)
    table = designer.gradesTable
    table.setFocus()
    table.setCurrentCell(2, 1)
    table.item(2, 1).setText("Not yet good")

    # Preview: the form as an auditor will see it; nothing is kept.
    press(Key.Key_F5)
    qtbot.waitUntil(lambda: getattr(designer, "preview_window", None) is not None)
    preview: AuditEditor = designer.preview_window
    assert preview.ui.bannerLabel.text().startswith("Preview of Observation of practice")
    assert "oop_area_1" in preview.panels
    assert not preview.ui.saveButton.isEnabled()
    preview.close()
    qtbot.waitUntil(designer.isActiveWindow)

    press(Key.Key_S, CTRL)
    assert designer.stateLabel.text() == "Saved"
    answer_question(click_yes)
    alt(qtbot, Key.Key_P)
    qtbot.waitUntil(lambda: not designer.isVisible())

    now = current_instrument(OBSERVATION)
    assert now.version == "2017.2"
    assert [a.key for a in now.areas] == [
        "obs_purpose",
        "obs_relationship",
        "oop_area_1",
        "obs_voice",
        "obs_risk",
        "obs_feedback",
    ]
    assert now.area("obs_purpose").title.endswith(", and agreed with them")
    added = now.area("oop_area_1")
    assert (added.short, added.prompts) == (
        "Plan talked through",
        ("Did the family understand what happens next?",),
    )
    assert now.grade("does_not_meet_good").label == "Not yet good"
    assert page.selected().version == "2017.2" and page.selected().current
    # Published: never changed again; the record started before keeps its version.
    with opened.db.reading() as s:
        kept = audits.load_audit(s, started.id)
        rows = {(r.key, r.version): r.status for r in versions.list_versions(s)}
    assert kept.template_version == "2017.1"
    assert rows[(OBSERVATION, "2017.2")] == "published"
    assert instrument_version(OBSERVATION, "2017.1").area("obs_recording")


def _built(designer: InstrumentDesigner):  # type: ignore[no-untyped-def]
    built = designer.built()
    assert built is not None, designer.problemsLabel.text()
    return built


def test_a_designer_with_a_mistake_says_what_and_saves_nothing(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        made = versions.start_version(s, opened.actor, "plan_rating")
        draft = versions.load_draft(s, "plan_rating", made.version)
    designer = show_window(qtbot, InstrumentDesigner(context_of(opened), draft))
    designer.gradesTable.item(0, 3).setCheckState(Qt.CheckState.Unchecked)  # green not good
    assert not designer.save()
    assert "at least one grade that counts as good" in designer.problemsLabel.text()
    with opened.db.reading() as s:
        assert versions.load_draft(s, "plan_rating", made.version).instrument.grade("green").good
    designer.dirty = False


def test_someone_who_is_not_the_qa_lead_cannot_change_forms(qtbot: QtBot, opened: Opened) -> None:
    with opened.db.writing() as s:
        auditor = make_person(s, "a.auditor", "Ann Auditor")
    context = context_of(opened)
    context.actor = auditor
    page = show_window(qtbot, InstrumentsPage(context))
    assert not page.newButton.isEnabled() and not page.importButton.isEnabled()
    assert page.previewButton.isEnabled() and page.exportButton.isEnabled()
    assert QApplication.activeModalWidget() is None
