"""The People and teams page, used as a QA lead uses it: add a manager with the keyboard
before they first sign in, find people by name, team, role and whether they still use
qaaudit, edit them, deactivate a leaver, keep the teams; and what a manager without a team
sees on My month."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from qaaudit.bootstrap import Opened
from qaaudit.services.common.actor import actor_for_login
from qaaudit.services.common.history import changes_for
from qaaudit.services.people.admin import PersonDetails, add_person, list_people, update_person
from qaaudit.services.people.teams import list_teams
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.month.page import MyMonthPage
from qaaudit.ui.pages import pages_for
from qaaudit.ui.people._person_dialog import PersonDialog
from qaaudit.ui.people.page import PeoplePage
from tests.factories import make_person, make_team
from tests.ui_support import answer_next_dialog, focused, press, show_window, tab, type_text


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch):
    """Warnings are recorded rather than waited on; a test that expects none fails if one
    appears. Questions are answered Yes unless a test says otherwise."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: QMessageBox.StandardButton.Yes
    )
    yield shown


@pytest.fixture
def council(opened: Opened) -> dict[str, int]:
    """Two service areas, three teams and three people besides the QA lead at the screen."""
    with opened.db.writing() as s:
        a1 = make_team(s, "Assessment Team 1", "Help and Protection")
        a2 = make_team(s, "Assessment Team 2", "Help and Protection")
        lac = make_team(s, "Fostering", "Looked After Children")
        make_person(s, "sam.okafor", "Sam Okafor", ("auditor",), a1)
        make_person(s, "bea.morgan", "Bethan Morgan", ("auditor", "service_manager"), a2)
        make_person(s, "hos", "Helen Osei", ("moderator",), None)
    return {"a1": a1.id, "a2": a2.id, "lac": lac.id}


def page_for(qtbot, opened: Opened, actor: Any = None) -> PeoplePage:  # type: ignore[no-untyped-def]
    page = PeoplePage(AppContext(opened.db, actor or opened.actor))
    show_window(qtbot, page)
    return page


def stored(opened: Opened, login: str):  # type: ignore[no-untyped-def]
    with opened.db.reading() as s:
        [row] = [p for p in list_people(s) if p.login == login]
    return row


def shown_names(page: PeoplePage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def in_dialog(act: Callable[[PersonDialog], None]) -> list[PersonDialog]:
    """When the person dialog opens, hand it to ``act``; closes it if ``act`` did not."""
    seen: list[PersonDialog] = []

    def run(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted:
                dialog.reject()

    answer_next_dialog(run)
    return seen


def test_the_page_is_there_for_qa_leads_and_administrators_only() -> None:
    titles = lambda roles: [p.title for p in pages_for(frozenset(roles))]  # noqa: E731
    assert "People and teams" in titles({"qa_lead"})
    assert "People and teams" in titles({"admin"})
    assert "People and teams" not in titles({"auditor", "service_manager", "moderator"})


def test_qa_lead_adds_a_manager_with_the_keyboard_before_they_first_sign_in(
    qtbot, opened: Opened, council: dict[str, int]
) -> None:
    page = page_for(qtbot, opened)
    assert page.ui.countLabel.text() == "4 people"

    def fill(dialog: PersonDialog) -> None:
        assert focused() is dialog.ui.loginEdit
        type_text("jo.bloggs")
        tab()
        type_text("Jo Bloggs")
        tab()
        type_text("jo.bloggs@council.gov.uk")
        tab()
        assert focused() is dialog.ui.teamCombo
        press(Qt.Key.Key_Down)  # from "No team yet" to the first team
        press(Qt.Key.Key_Down)
        tab()
        assert focused() is dialog.role_checks["auditor"]
        assert dialog.role_checks["auditor"].isChecked()  # someone new audits
        tab()
        press(Qt.Key.Key_Space)  # and is a service manager
        press(Qt.Key.Key_Return)

    opened_dialogs = in_dialog(fill)
    qtbot.keyClick(page.ui.addButton, Qt.Key.Key_Space)
    assert opened_dialogs and opened_dialogs[0].result() == QDialog.DialogCode.Accepted

    jo = stored(opened, "jo.bloggs")
    assert (jo.name, jo.email, jo.team) == (
        "Jo Bloggs",
        "jo.bloggs@council.gov.uk",
        "Assessment Team 2",
    )
    assert jo.roles == ("auditor", "service_manager")
    assert page.selected() is not None and page.selected().login == "jo.bloggs"
    assert page.ui.countLabel.text() == "5 people"

    # When Jo first opens qaaudit, the roles are waiting.
    with opened.db.writing() as s:
        actor = actor_for_login(s, "jo.bloggs")
    assert actor.roles == {"auditor", "service_manager"} and actor.team_id == council["a2"]


def test_people_are_found_by_words_team_role_and_whether_they_still_use_qaaudit(
    qtbot, opened: Opened, council: dict[str, int]
) -> None:
    with opened.db.writing() as s:
        leaver = add_person(
            s, opened.actor, PersonDetails("old.hand", "Olive Hand", team_id=council["a1"])
        )
        update_person(
            s, opened.actor, leaver.id, leaver.details, replace(leaver.details, active=False)
        )
    page = page_for(qtbot, opened)
    assert "Olive Hand" not in shown_names(page)

    qtbot.keyClicks(page.ui.filterEdit, "assessment")
    assert sorted(shown_names(page)) == ["Bethan Morgan", "Sam Okafor"]
    assert page.ui.countLabel.text() == "2 of 5 people shown"
    page.ui.filterEdit.clear()

    page.ui.roleFilter.setCurrentIndex(page.ui.roleFilter.findData("service_manager"))
    assert shown_names(page) == ["Bethan Morgan", "tester"]  # the QA lead holds every role
    page.ui.roleFilter.setCurrentIndex(0)

    page.ui.teamFilter.setCurrentIndex(page.ui.teamFilter.findData(-1))  # no team yet
    assert sorted(shown_names(page)) == ["Helen Osei", "tester"]
    page.ui.teamFilter.setCurrentIndex(page.ui.teamFilter.findData(council["a1"]))
    assert shown_names(page) == ["Sam Okafor"]

    page.ui.activeFilter.setCurrentIndex(page.ui.activeFilter.findData("everyone"))
    assert sorted(shown_names(page)) == ["Olive Hand", "Sam Okafor"]
    page.ui.activeFilter.setCurrentIndex(page.ui.activeFilter.findData("inactive"))
    assert shown_names(page) == ["Olive Hand"]

    # Sorted by name, then by team with the header.
    page.ui.teamFilter.setCurrentIndex(0)
    page.ui.activeFilter.setCurrentIndex(page.ui.activeFilter.findData("active"))
    assert shown_names(page) == ["Bethan Morgan", "Helen Osei", "Sam Okafor", "tester"]
    page.ui.peopleView.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == ["Sam Okafor", "Bethan Morgan", "Helen Osei", "tester"]


def test_enter_on_a_person_edits_them_and_the_change_is_in_the_history(
    qtbot, opened: Opened, council: dict[str, int]
) -> None:
    page = page_for(qtbot, opened)
    qtbot.keyClicks(page.ui.filterEdit, "Helen")
    page.ui.peopleView.setFocus()
    page.ui.peopleView.setCurrentIndex(page.proxy.index(0, 0))

    def make_qa_lead(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Edit Helen Osei"
        assert dialog.ui.teamCombo.currentText() == "No team yet"
        dialog.ui.teamCombo.setCurrentIndex(dialog.ui.teamCombo.findData(council["lac"]))
        dialog.role_checks["qa_lead"].setFocus()
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)

    in_dialog(make_qa_lead)
    qtbot.keyClick(page.ui.peopleView, Qt.Key.Key_Return)

    helen = stored(opened, "hos")
    assert helen.roles == ("moderator", "qa_lead") and helen.team == "Fostering"
    assert page.proxy.index(0, 4).data() == "Moderator, QA lead"
    with opened.db.reading() as s:
        changes = {(c.field, c.old_value, c.new_value) for c in changes_for(s, "person", helen.id)}
    assert ("roles", "moderator", "moderator, qa_lead") in changes
    assert ("team", "", "Fostering (Looked After Children)") in changes


def test_a_login_already_taken_is_said_at_its_field(
    qtbot, opened: Opened, council: dict[str, int]
) -> None:
    dialog = PersonDialog(AppContext(opened.db, opened.actor))
    show_window(qtbot, dialog)
    dialog.ui.loginEdit.setText("Sam.Okafor")
    dialog.ui.nameEdit.setText("Samuel Okafor")
    dialog.save()
    assert dialog.isVisible()
    assert "Someone already has the login “Sam.Okafor”" in dialog.ui.problemLabel.text()
    assert dialog.ui.loginEdit.property("problem") is True
    assert dialog.ui.loginEdit.hasFocus()
    with opened.db.reading() as s:
        assert len(list_people(s)) == 4


def test_the_second_to_save_a_person_is_shown_what_changed_and_chooses(
    qtbot, opened: Opened, council: dict[str, int]
) -> None:
    sam = stored(opened, "sam.okafor")
    dialog = PersonDialog(AppContext(opened.db, opened.actor), sam)
    show_window(qtbot, dialog)
    # Meanwhile someone else moves Sam to Assessment Team 2.
    with opened.db.writing() as s:
        update_person(
            s, opened.actor, sam.id, sam.details, replace(sam.details, team_id=council["a2"])
        )
    dialog.ui.emailEdit.setText("sam.okafor@council.gov.uk")
    dialog.save()
    told = dialog.ui.problemLabel.text()
    assert "Someone else changed this person" in told
    assert (
        "Team: now “Assessment Team 2 (Help and Protection)”; you chose “Assessment Team 1" in told
    )
    assert stored(opened, "sam.okafor").email == ""  # nothing saved over their change

    dialog.save()  # a second Save, knowingly
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = stored(opened, "sam.okafor")
    assert (again.email, again.team) == ("sam.okafor@council.gov.uk", "Assessment Team 1")


def test_a_qa_lead_who_is_not_an_administrator_cannot_tick_administrator(
    qtbot, opened: Opened, council: dict[str, int]
) -> None:
    with opened.db.writing() as s:
        lead = make_person(s, "q.lead", "Quinn Lead", ("qa_lead",))
    dialog = PersonDialog(AppContext(opened.db, lead))
    qtbot.addWidget(dialog)
    admin = dialog.role_checks["admin"]
    assert not admin.isEnabled()
    assert "Only an administrator" in admin.toolTip()
    assert dialog.role_checks["qa_lead"].isEnabled()


def test_deactivating_a_leaver_is_confirmed_and_can_be_undone(
    qtbot, opened: Opened, council: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = page_for(qtbot, opened)
    qtbot.keyClicks(page.ui.filterEdit, "okafor")
    page.ui.peopleView.setCurrentIndex(page.proxy.index(0, 0))
    assert page.ui.activeButton.text() == "&Deactivate…"

    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)  # answered No
    assert stored(opened, "sam.okafor").active
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)  # answered Yes
    assert "Deactivate Sam Okafor?" in asked[1]
    assert "Their audits and the history of their work stay as they are" in asked[1]
    assert not stored(opened, "sam.okafor").active
    assert shown_names(page) == []

    page.ui.activeFilter.setCurrentIndex(page.ui.activeFilter.findData("everyone"))
    page.ui.peopleView.setCurrentIndex(page.proxy.index(0, 0))
    assert page.proxy.index(0, 5).data() == "No"
    assert page.ui.activeButton.text() == "Make a&ctive again…"
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert stored(opened, "sam.okafor").active


def test_the_last_administrator_is_told_why_they_cannot_deactivate_themselves(
    qtbot, opened: Opened, council: dict[str, int], message_boxes: list[str]
) -> None:
    page = page_for(qtbot, opened)
    qtbot.keyClicks(page.ui.filterEdit, "tester")
    page.ui.peopleView.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert message_boxes == [
        "This is the last active administrator. Make someone else an administrator first, "
        "so that someone can always manage people."
    ]
    message_boxes.clear()
    assert stored(opened, "tester").active


def test_qa_lead_adds_renames_and_deactivates_a_team_and_the_people_tab_follows(
    qtbot, opened: Opened, council: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, opened)
    page.ui.tabs.setCurrentIndex(1)
    assert page.ui.teamsCountLabel.text() == "3 active teams in 2 service areas"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Youth Offending Services", True))
    qtbot.mouseClick(page.ui.addAreaButton, Qt.MouseButton.LeftButton)
    chosen = page.teams.selected()
    assert chosen is not None and chosen.service_area == "Youth Offending Services"
    assert (
        page.teams.proxy.index(page.ui.teamsView.currentIndex().row(), 1).data() == "(no teams yet)"
    )

    def name_team(dialog: QWidget) -> None:
        assert dialog.ui.areaCombo.currentText() == "Youth Offending Services"  # type: ignore[attr-defined]
        type_text("YOS Team")
        press(Qt.Key.Key_Return)

    answer_next_dialog(name_team)
    qtbot.mouseClick(page.ui.addTeamButton, Qt.MouseButton.LeftButton)
    chosen = page.teams.selected()
    assert chosen is not None and chosen.team is not None and chosen.team.name == "YOS Team"

    def rename(dialog: QWidget) -> None:
        assert not dialog.ui.areaCombo.isEnabled()  # type: ignore[attr-defined]
        type_text("Youth Justice Team")  # the old name is selected, so typing replaces it
        press(Qt.Key.Key_Return)

    answer_next_dialog(rename)
    qtbot.keyClick(page.ui.teamsView, Qt.Key.Key_Return)
    with opened.db.reading() as s:
        [yjt] = [t for t in list_teams(s) if t.service_area == "Youth Offending Services"]
    assert yjt.name == "Youth Justice Team"
    assert page.ui.teamFilter.findText("Youth Justice Team (Youth Offending Services)") > 0

    qtbot.mouseClick(page.ui.teamActiveButton, Qt.MouseButton.LeftButton)  # confirmed Yes
    with opened.db.reading() as s:
        assert [t.active for t in list_teams(s) if t.id == yjt.id] == [False]
        history = [(c.field, c.new_value) for c in changes_for(s, "team", yjt.id)]
    assert history == [
        ("created", "YOS Team (Youth Offending Services)"),
        ("name", "Youth Justice Team"),
        ("active", "no"),
    ]
    assert page.ui.teamsCountLabel.text() == "3 active teams in 3 service areas; 1 inactive"
    assert (
        page.ui.teamFilter.findText("Youth Justice Team (Youth Offending Services) (inactive)") > 0
    )
    page.ui.showClosedCheck.setChecked(True)
    assert "No (inactive)" in [
        page.teams.proxy.index(r, 2).data() for r in range(page.teams.proxy.rowCount())
    ]


@pytest.mark.parametrize("in_team", [False, True])
def test_my_month_asks_someone_without_a_team_to_ask_their_qa_lead(
    qtbot, opened: Opened, council: dict[str, int], in_team: bool
) -> None:
    with opened.db.writing() as s:
        me = actor_for_login(s, "new.starter")
    if in_team:
        with opened.db.writing() as s:
            [row] = [p for p in list_people(s) if p.login == "new.starter"]
            update_person(
                s, opened.actor, row.id, row.details, replace(row.details, team_id=council["a1"])
            )
            me = actor_for_login(s, "new.starter")
    page = MyMonthPage(AppContext(opened.db, me))
    qtbot.addWidget(page)
    said = "Ask your QA lead to put you in your team." in page.ui.subtitleLabel.text()
    assert said is not in_team
