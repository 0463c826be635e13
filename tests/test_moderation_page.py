"""The Principal Social Worker moderates on screen: picks an audit from the queue, reads
it, disagrees where needed, judges the audit's quality and saves; the agreement table
shows the result."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qaaudit.bootstrap import Opened
from qaaudit.services.common.history import changes_for
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.moderation.page import AGREES, DIFFERS, ModerationPage
from tests.trend_data import D, small_council
from tests.ui_support import read


def test_moderator_records_a_moderation_on_screen(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        council = small_council(s)
    page = ModerationPage(AppContext(opened.db, council.moderator))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    read(qtbot, page)
    assert page.ui.countLabel.text() == "Showing 11 audits waiting for moderation."
    assert not page.ui.saveButton.isEnabled()  # nothing chosen yet

    page.select_audit(council.audits["C4"])
    assert "Audit of case C4" in page.ui.auditHeading.text()
    assert "Auditor: Team Manager Two" in page.ui.auditDetails.text()
    assert page.ui.auditorOverallLabel.text() == "Meets good"
    risk = page.area_rows[0]
    assert risk.key == "risk" and risk.agree.text() == AGREES
    risk.combo.setCurrentIndex(risk.combo.findData(D))
    assert DIFFERS in risk.agree.text()
    page.ui.overallCombo.setCurrentIndex(page.ui.overallCombo.findData(D))
    assert DIFFERS in page.ui.overallAgreeLabel.text()

    # Saving without judging the audit's quality is refused, at the question.
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text().startswith("Not saved: Answer: Is the impact")

    page.ui.impactCombo.setCurrentIndex(page.ui.impactCombo.findData("partly"))
    page.ui.narrativeCombo.setCurrentIndex(page.ui.narrativeCombo.findData("yes"))
    qtbot.keyClicks(page.ui.commentEdit, "Risk <unclear> & no contingency plan.")
    with (
        qtbot.waitSignal(page.moderationSaved) as saved,
        qtbot.waitSignal(page.agreementShown, timeout=5000),
    ):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert saved.args == [council.audits["C4"]]
    read(qtbot, page)
    assert page.ui.statusLabel.text() == (
        "Saved. Your overall judgement differs from the auditor's; you recorded a different "
        "judgement for 1 practice area."
    )
    assert page.ui.countLabel.text() == "Showing 10 audits waiting for moderation."
    with opened.db.reading() as s:
        fields = {c.field: c.new_value for c in changes_for(s, "moderation", council.audits["C4"])}
    assert fields["overall"] == D and fields["area.risk"] == D
    assert fields["comment"] == "Risk <unclear> & no contingency plan."

    rows = {r.name: r for r in page.rows_shown()}
    assert rows["Team Manager Two"].areas.agreed == 11
    model = page.ui.agreementTable.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Auditor"
    with qtbot.waitSignal(page.agreementShown, timeout=5000):
        page.ui.groupCombo.setCurrentIndex(2)
    assert [r.name for r in page.rows_shown()][:2] == ["Risk", "Involvement"]
    assert page.ui.agreementTable.isColumnHidden(5)

    # The moderated audit can be reopened from the other list, showing what was recorded.
    page.ui.showCombo.setCurrentIndex(1)
    read(qtbot, page)
    page.select_audit(council.audits["C4"])
    assert page.ui.overallCombo.currentData() == D
    assert page.ui.impactCombo.currentData() == "partly"
    assert "Moderated by Principal Social Worker" in page.ui.statusLabel.text()


def test_an_auditor_can_read_but_not_moderate(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        council = small_council(s)
    page = read(qtbot, ModerationPage(AppContext(opened.db, council.auditor)))
    qtbot.addWidget(page)
    page.select_audit(council.audits["C2"])
    assert not page.ui.saveButton.isEnabled()
    assert "Only a moderator (the Head of Safeguarding or the Principal Social Worker)" in (
        page.ui.statusLabel.text()
    )
