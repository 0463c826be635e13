"""Corrective action starts on a day the QA lead chooses. A council upgrading after years
of audits is not handed every old one to confirm; imported audits open none of their own;
the QA lead moves the day on the corrective action page and the audits completed since
are caught up; the notice of overdue actions is one line until opened."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.services.audit import audits
from qaaudit.services.common.council import corrective_from, set_corrective_from
from qaaudit.services.common.history import changes_for
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.models import CaseFileAudit
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.corrective.page import CorrectiveActionsPage
from qaaudit.ui.corrective.start_day import StartDayDialog
from qaaudit.ui.main_window import MainWindow
from tests.factories import complete_form, make_person, make_team
from tests.test_store_migrations import database_of_the_previous_version
from tests.ui_support import answer_next_dialog, read


def _council_of_the_version_before(url: str) -> None:
    """Years of audits completed as not yet good, kept by the version before corrective
    action had a start day."""
    audits = tuple(
        {
            "case_number": f"CN{year}",
            "audit_month": date(year, 3, 1),
            "status": "completed",
            "overall": "does_not_meet_good",
            "headline": "not_yet_good",
            "completed_at": datetime(year, 3, 20, 10),
        }
        for year in (2009, 2012, 2016)
    )
    database_of_the_previous_version(url, "0006", audits=audits)


def _actions(opened: Opened) -> int:
    with opened.db.reading() as s:
        return int(s.scalar(select(func.count(CorrectiveAction.id))) or 0)


def test_an_upgraded_council_starts_on_the_day_of_the_upgrade_and_the_qa_lead_moves_it(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    _council_of_the_version_before(sqlite_url)
    opened = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    try:
        today = datetime.now(UTC).date()
        with opened.db.writing() as s:
            assert corrective_from(s) == today
            lead = make_person(s, "lead", "Lee Lead", roles=("qa_lead",))
        page = read(qtbot, CorrectiveActionsPage(AppContext(opened.db, lead)))
        qtbot.addWidget(page)
        assert _actions(opened) == 0  # opening the page caught up nothing from before
        line = page.start_day
        assert f"from {today.day} {today:%B %Y}" in line.words.text()
        assert line.button.isVisibleTo(page)

        def choose(dialog: QDialog) -> None:
            assert isinstance(dialog, StartDayDialog)
            dialog.date_edit.setDate(dialog.date_edit.date().fromString("2012-01-01", "yyyy-MM-dd"))
            dialog.accept()

        answer_next_dialog(choose)
        line.button.click()
        qtbot.waitUntil(lambda: "2 opened" in page.ui.countLabel.text())
        assert "from 1 January 2012" in line.words.text()
        assert _actions(opened) == 2  # 2012 and 2016; 2009 stays before the day
        assert page.model.rowCount() == 2
        with opened.db.reading() as s:
            [change] = changes_for(s, "council_setting", 1)
        assert (change.field, change.old_value, change.new_value) == (
            "corrective_from",
            today.isoformat(),
            "2012-01-01",
        )
    finally:
        opened.db.dispose()


def test_a_new_database_opens_corrective_action_from_the_start_day_only(
    opened: Opened, qtbot: QtBot
) -> None:
    with opened.db.writing() as s:
        assert corrective_from(s) is None  # a new database: every audit completed in it
        team = make_team(s)
        auditor = make_person(s, "aud", "Ava Auditor", team=team)
        set_corrective_from(s, opened.actor, date.today() + timedelta(days=2))
        form = complete_form(team.id, case_number="BEFORE1", grade="does_not_meet_good")
        record = audits.create_audit(s, auditor, form)
        audits.complete_audit(s, auditor, record.id, record.version, form)
    assert _actions(opened) == 0  # completed before the day: nothing opened
    with opened.db.writing() as s:
        set_corrective_from(s, opened.actor, date.today() - timedelta(days=1))
        form = complete_form(team.id, case_number="AFTER1", grade="does_not_meet_good")
        record = audits.create_audit(s, auditor, form)
        audits.complete_audit(s, auditor, record.id, record.version, form)
        opened_for = s.scalars(
            select(CaseFileAudit.case_number).join(
                CorrectiveAction, CorrectiveAction.audit_id == CaseFileAudit.id
            )
        ).all()
    assert opened_for == ["AFTER1"]


def test_someone_other_than_the_qa_lead_sees_the_day_but_cannot_change_it(
    opened: Opened, qtbot: QtBot
) -> None:
    with opened.db.writing() as s:
        manager = make_person(s, "sm", "Sol Manager", roles=("service_manager",))
    page = CorrectiveActionsPage(AppContext(opened.db, manager))
    qtbot.addWidget(page)
    assert "Every audit completed in qaaudit" in page.start_day.words.text()
    assert not page.start_day.button.isVisibleTo(page)


def test_the_overdue_notice_is_one_line_until_its_cases_are_asked_for(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        auditor = make_person(s, "aud", "Ava Auditor", team=team)
        manager = make_person(s, "sm", "Sol Manager", roles=("service_manager",), team=team)
        for n in range(6):
            form = complete_form(
                team.id, case_number=f"CN90{n}", month=date(2017, 3, 1), grade="does_not_meet_good"
            )
            record = audits.create_audit(s, auditor, form, date(2017, 3, 20))
            audits.complete_audit(s, auditor, record.id, record.version, form, date(2017, 3, 20))
    context = AppContext(opened.db, manager)
    later = date.today().replace(day=1) + timedelta(days=95)
    context.today = lambda: later  # type: ignore[method-assign]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "overdue_notice", None) is not None)
    notice = window.overdue_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.ui.headlineLabel.text().startswith("6 cases audited as less than good")
    assert not notice.ui.caseList.isVisible() and not notice.ui.explanationLabel.isVisible()
    one_line = notice.height()
    assert one_line <= notice.ui.showButton.sizeHint().height() + 24
    notice.ui.detailsButton.click()
    qtbot.waitUntil(notice.ui.caseList.isVisible)
    assert notice.ui.explanationLabel.isVisible()
    assert notice.lines.rowCount() == 6
    notice.ui.detailsButton.click()
    qtbot.waitUntil(lambda: not notice.ui.caseList.isVisible())


def _lead_on_the_page(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> tuple[Opened, CorrectiveActionsPage]:
    _council_of_the_version_before(sqlite_url)
    opened = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    with opened.db.writing() as s:
        lead = make_person(s, "lead", "Lee Lead", roles=("qa_lead",))
    page = read(qtbot, CorrectiveActionsPage(AppContext(opened.db, lead)))
    qtbot.addWidget(page)

    def choose(dialog: QDialog) -> None:
        dialog.date_edit.setDate(dialog.date_edit.date().fromString("2012-01-01", "yyyy-MM-dd"))  # type: ignore[attr-defined]
        dialog.accept()

    answer_next_dialog(choose)
    return opened, page


def test_moving_the_start_day_opens_the_actions_off_the_window_s_thread_and_can_be_stopped(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An earlier day may open thousands of actions: the window answers meanwhile, says
    what it is doing, and Cancel leaves the day and the actions as they were."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from qaaudit.services.audit import follow_up

    real_backfill = follow_up.backfill
    threads: list[bool] = []
    release = threading.Event()

    def slow_backfill(*args: object) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return real_backfill(*args)  # type: ignore[arg-type]

    opened, page = _lead_on_the_page(qtbot, sqlite_url, tmp_path)
    # Only now: opening the page has caught up already, with the real back-fill.
    monkeypatch.setattr(follow_up, "backfill", slow_backfill)
    try:
        today = datetime.now(UTC).date()
        page.start_day.button.click()
        qtbot.waitUntil(lambda: bool(threads))
        assert threads == [False]  # not on the window's thread
        assert not page.start_day.button.isEnabled()
        qtbot.waitUntil(
            lambda: any(d.isVisible() for d in page.start_day.findChildren(QProgressDialog)),
            timeout=3000,
        )
        [dialog] = [d for d in page.start_day.findChildren(QProgressDialog) if d.isVisible()]
        assert dialog.labelText().startswith("Opening corrective action")
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert dialog.labelText().startswith("Stopping")
        release.set()
        qtbot.waitUntil(page.start_day.button.isEnabled, timeout=10000)
        with opened.db.reading() as s:
            assert corrective_from(s) == today  # the day as it was
        assert _actions(opened) == 0  # and nothing opened
        assert f"from {today.day} {today:%B %Y}" in page.start_day.words.text()
    finally:
        release.set()
        opened.db.dispose()
