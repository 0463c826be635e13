"""The window offers only what the person may do: buttons for what the permission table
refuses them are greyed out, and opening a page never does on their behalf what they may
not do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import follow_up
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.corrective.page import CorrectiveActionsPage
from qaaudit.ui.moderation.page import ModerationPage
from qaaudit.ui.month.page import MyMonthPage
from qaaudit.ui.review._editor import ReviewEditor
from qaaudit.ui.review.list_page import ReviewListPage
from qaaudit.ui.schedule.due_list import DueListWidget
from tests.permission_world import NO_ROLE, TODAY, World, build_world
from tests.ui_support import read


class Context(AppContext):
    def today(self) -> date:
        return TODAY


@pytest.fixture(autouse=True)
def no_waiting_on_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.No)


@pytest.fixture
def world(opened: Opened, tmp_path: Path) -> World:
    return build_world(opened.db, opened.actor, tmp_path)


def context(opened: Opened, world: World, who: str) -> Context:
    return Context(opened.db, world.people[who])


def test_opening_corrective_action_catches_up_only_for_those_who_may(
    qtbot: QtBot, opened: Opened, world: World
) -> None:
    qtbot.addWidget(read(qtbot, CorrectiveActionsPage(context(opened, world, "moderator"))))
    with opened.db.reading() as s:
        assert follow_up.missing_count(s) == 1
    qtbot.addWidget(read(qtbot, CorrectiveActionsPage(context(opened, world, "service_manager"))))
    with opened.db.reading() as s:
        assert follow_up.missing_count(s) == 0


def test_someone_without_a_role_is_not_offered_a_new_audit(
    qtbot: QtBot, opened: Opened, world: World
) -> None:
    for who, offered in (("auditor", True), (NO_ROLE, False)):
        page = MyMonthPage(context(opened, world, who))
        qtbot.addWidget(page)
        assert page.ui.newButton.isEnabled() is offered, who


def test_an_auditor_reads_the_review_list_but_is_offered_no_new_review_or_export(
    qtbot: QtBot, opened: Opened, world: World
) -> None:
    for who, offered in (("auditor", False), ("service_manager", True)):
        page = ReviewListPage(context(opened, world, who))
        qtbot.addWidget(page)
        page.ui.reviewTable.setCurrentIndex(page.proxy.index(0, 0))
        assert page.ui.openButton.isEnabled()
        assert page.ui.newButton.isEnabled() is offered, who
        assert page.ui.exportButton.isEnabled() is offered, who


def test_only_the_panel_returns_a_review_or_makes_it_final(
    qtbot: QtBot, opened: Opened, world: World
) -> None:
    for who, offered in (("service_manager", False), ("moderator", True)):
        editor = ReviewEditor(context(opened, world, who), world.panel_review.id)
        qtbot.addWidget(editor)
        assert editor.ui.returnButton.isEnabled() is offered, who
        assert editor.ui.finalButton.isEnabled() is offered, who


def test_the_qa_lead_moderates(qtbot: QtBot, opened: Opened, world: World) -> None:
    page = read(qtbot, ModerationPage(context(opened, world, "qa_lead")))
    qtbot.addWidget(page)
    page.select_audit(world.completed_audit)
    assert page.ui.saveButton.isEnabled()


def test_a_moderator_sees_someone_elses_due_list_but_records_nothing_for_them(
    qtbot: QtBot, opened: Opened, world: World
) -> None:
    for who, offered in (("moderator", False), ("qa_lead", True)):
        due = DueListWidget(context(opened, world, who))
        qtbot.addWidget(due)
        due.ui.personCombo.setCurrentIndex(due.ui.personCombo.findData(world.colleague.id))
        owed = [r for r in range(due.model.rowCount()) if not due.model.row_at(r).automatic]
        row = owed[0]  # an observation of practice still owed
        due.ui.itemsView.setCurrentIndex(due.proxy.mapFromSource(due.model.index(row, 0)))
        assert due.ui.recordButton.isEnabled() is offered, who
