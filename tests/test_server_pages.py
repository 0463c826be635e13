"""Pages of a council's shared server read their lists off the window's thread: while
someone else's long piece of work holds a table, the window goes on answering and the
page says it is reading; held past the desktop's lock limit, the page says the database is
busy in plain words and keeps the list it had. Each person connects by their own login."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import open_for_use
from qaaudit.services.common.actor import actor_for_login
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.services.schedule.roles import assign_role
from qaaudit.store.database import open_engine
from qaaudit.store.server import server_login
from qaaudit.ui.common.context import AppContext
from tests.loop_data import build_march
from tests.server_support import plain, server_logins
from tests.ui_support import read


@dataclass(frozen=True)
class Case:
    page: Callable[[AppContext], QWidget]
    table: str  # what the page's list reads, held by the other work
    again: str  # the page's method that reads the list again
    line: Callable[[QWidget], QLabel]  # where the page says how the list stands
    reading: str
    rows: Callable[[QWidget], int]


def _corrective(context: AppContext) -> QWidget:
    from qaaudit.ui.corrective.page import CorrectiveActionsPage

    page = CorrectiveActionsPage(context)
    page.show_choice("every")
    return page


def _compliance(context: AppContext) -> QWidget:
    from qaaudit.ui.schedule.compliance_page import CompliancePage

    return CompliancePage(context)


def _moderation(context: AppContext) -> QWidget:
    from qaaudit.ui.moderation.page import ModerationPage

    return ModerationPage(context)


CASES = {
    "corrective action": Case(
        _corrective,
        "corrective_action",
        "refresh",
        lambda p: p.ui.countLabel,
        "Reading the cases…",
        lambda p: p.model.rowCount(),
    ),
    "compliance": Case(
        _compliance,
        "role_assignment",
        "reload",
        lambda p: p.ui.totalLabel,
        "Reading 2017's plan and what was done…",
        lambda p: p.summary.rowCount(),
    ),
    "moderation": Case(
        _moderation,
        "case_file_audit",
        "load_queue",
        lambda p: p.ui.countLabel,
        "Reading the audits…",
        lambda p: p.queue_model.rowCount(),
    ),
}


@pytest.mark.postgres
@pytest.mark.parametrize("name", list(CASES))
def test_a_page_is_read_off_the_window_while_the_server_is_slow_to_answer(
    name: str, postgres_schema_url: str, qtbot: QtBot
) -> None:
    import psycopg

    case = CASES[name]
    admin = open_engine(postgres_schema_url)
    try:
        march = build_march(admin, date.today())
        with admin.writing() as session:
            me = actor_for_login(session, server_login(admin))
            load_council_plan(session, me)
            tess = march.auditor_hp  # a team manager in 2017's plan: something is due
            role = "help-and-protection/team-manager-social-care"
            assign_role(session, me, tess.id, role, date(2017, 1, 1), team_id=tess.team_id)
    finally:
        admin.dispose()
    with server_logins(postgres_schema_url) as logins:
        url, _lead = logins.person("Lee Lead", ("qa_lead", "moderator", "auditor"))
        opened = open_for_use(url)
        try:
            page = case.page(AppContext(opened.db, opened.actor))
            qtbot.addWidget(page)
            page.show()
            read(qtbot, page)
            before = case.line(page).text()
            shown = case.rows(page)
            assert shown > 0, before

            with psycopg.connect(plain(postgres_schema_url)) as holder:
                holder.execute(f"LOCK TABLE {case.table} IN ACCESS EXCLUSIVE MODE")
                started = time.monotonic()
                getattr(page, case.again)()
                qtbot.wait(600)  # the window's own events go on meanwhile
                assert time.monotonic() - started < 2
                assert page.reading
                assert case.line(page).text() == case.reading
                holder.rollback()  # the other work ends
            read(qtbot, page)
            assert case.line(page).text() == before

            # Held past the desktop's lock limit: said in plain words, the list kept.
            with psycopg.connect(plain(postgres_schema_url)) as holder:
                holder.execute(f"LOCK TABLE {case.table} IN ACCESS EXCLUSIVE MODE")
                getattr(page, case.again)()
                read(qtbot, page)
            said = case.line(page).text()
            assert said.startswith("The database is busy and did not free up in time."), said
            assert said.endswith("The list shows what was read before.")
            assert case.rows(page) == shown
            if name == "compliance":  # searching the figures before keeps saying why
                qtbot.keyClicks(page.ui.filterEdit, "team")
                assert case.line(page).text() == said
                page.ui.filterEdit.clear()
            getattr(page, case.again)()  # and once the other work has ended, it reads again
            read(qtbot, page)
            assert case.line(page).text() == before
        finally:
            QThreadPool.globalInstance().waitForDone(10000)
            opened.db.dispose()


@pytest.mark.postgres
def test_a_page_read_on_the_window_s_thread_is_not_held_by_a_silent_server(
    postgres_schema_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The QAF plan reads on the window's thread. PgBouncer's server stops answering (the
    link stays open, nothing comes back): the read is given up within the window's limit,
    the server is named as out of reach, the plan on screen stays, and it is read again
    once the server answers."""
    from qaaudit.store import database
    from qaaudit.store.errors import UNREACHABLE, DatabaseUnavailable
    from qaaudit.ui.schedule.plan_editor import PlanEditorPage
    from tests.net_support import opened_through_a_proxy

    monkeypatch.setattr(database, "SERVER_WINDOW_READ_S", 1.5)
    monkeypatch.setattr(database, "SERVER_CANCEL_GRACE_S", 0.5)
    admin = open_engine(postgres_schema_url)
    try:
        with admin.writing() as session:
            load_council_plan(session, actor_for_login(session, server_login(admin)))
    finally:
        admin.dispose()
    with server_logins(postgres_schema_url) as logins:
        url, _lead = logins.person("Lee Lead", ("qa_lead", "moderator", "auditor"))
        with opened_through_a_proxy(url) as (proxy, opened):
            page = PlanEditorPage(AppContext(opened.db, opened.actor))
            qtbot.addWidget(page)
            page.show()
            title, rows = page.ui.titleLabel.text(), page.grid.rowCount()
            assert rows > 0 and "2017" in title

            proxy.go_silent()
            started = time.monotonic()
            with pytest.raises(DatabaseUnavailable) as silent:
                page.reload()
            assert time.monotonic() - started < 1.5 + 0.5 + 1.5
            assert silent.value.message == UNREACHABLE
            assert (page.ui.titleLabel.text(), page.grid.rowCount()) == (title, rows)

            proxy.speak_again()
            page.reload()
            assert (page.ui.titleLabel.text(), page.grid.rowCount()) == (title, rows)
