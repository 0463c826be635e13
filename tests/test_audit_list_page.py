"""The QA lead finds audits in the list: filters, sorting by any column, find by case
number, open, re-audit, and rows read a page at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.store.models import AuditArea, CaseFileAudit
from qaaudit.ui.audit.list_page import AuditListPage
from qaaudit.ui.audit.table import CASE, PAGE
from qaaudit.ui.main_window import MainWindow
from tests.factories import complete_form, make_person, make_team
from tests.sql_support import statements_sent
from tests.ui_support import context_of, press, show_window

GRADES = ("exceeds_good", "meets_good", "does_not_meet_good")


def seed(opened: Opened, count: int) -> dict[str, int]:
    """``count`` completed audits over two teams, plus one draft of the person at the screen."""
    with opened.db.writing() as s:
        north = make_team(s, "Assessment North", "Help and Protection")
        lac = make_team(s, "Children in Care 2", "Looked After Children")
        jo = make_person(s, "jbloggs", "Jo Bloggs", team=north)
        sam = make_person(s, "skhan", "Sam Khan", team=lac)
        rows = []
        for n in range(count):
            team, who = (north, jo) if n % 3 else (lac, sam)
            overall = GRADES[(n // 3) % 3]
            rows.append(
                CaseFileAudit(
                    case_number=f"CN{100000 + n}",
                    auditor_id=who.id,
                    team_id=team.id,
                    audit_month=date(2016 + n % 2, 1 + n % 12, 1),
                    strand="Help and protection"
                    if n % 2
                    else "Children looked after and permanence",
                    overall=overall,
                    headline="not_yet_good" if overall == "does_not_meet_good" else "good",
                    status="completed",
                    template_version="2017.1",
                    areas=[AuditArea(area_key="risk", judgement=overall)],
                )
            )
        s.add_all(rows)
        draft = audits.create_audit(s, opened.actor, complete_form(north.id, case_number="ZZ1"))
    return {"north": north.id, "lac": lac.id, "jo": jo.id, "draft": draft.id}


def read(qtbot: QtBot, page: AuditListPage) -> None:
    """Until the list asked for has arrived: it is read off the window's thread."""
    qtbot.waitUntil(lambda: not page.model.reading, timeout=10000)


def test_the_list_reads_pages_filters_sorts_and_opens(qtbot: QtBot, opened: Opened) -> None:
    ids = seed(opened, PAGE + 40)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    page = window.page("Audits")
    ui = page.ui
    model = page.model
    read(qtbot, page)
    assert ui.countLabel.text() == f"{PAGE + 41:,} audits"
    assert model.rowCount() == PAGE  # the first page only
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE + 41

    ui.teamCombo.setCurrentIndex(ui.teamCombo.findData(ids["lac"]))
    read(qtbot, page)
    lac_count = len([n for n in range(PAGE + 40) if n % 3 == 0])
    assert ui.countLabel.text() == f"{lac_count} audits"
    assert {model.row_at(r).team for r in range(model.rowCount())} == {"Children in Care 2"}

    ui.overallCombo.setCurrentIndex(ui.overallCombo.findText("Not yet good"))
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("completed"))
    read(qtbot, page)
    shown = [model.row_at(r) for r in range(model.rowCount())]
    assert shown and all(r.headline == "not_yet_good" for r in shown)

    ui.clearButton.click()
    ui.auditView.horizontalHeader().setSortIndicator(CASE, Qt.SortOrder.AscendingOrder)
    read(qtbot, page)
    assert model.row_at(0).case_number == "CN100000"
    ui.auditView.horizontalHeader().setSortIndicator(CASE, Qt.SortOrder.DescendingOrder)
    read(qtbot, page)
    assert model.row_at(0).case_number == "ZZ1"

    page.find_case("cn10023")
    assert ui.countLabel.text() == "Reading the audits…"  # the window is not held meanwhile
    read(qtbot, page)
    found = {model.row_at(r).case_number for r in range(model.rowCount())}
    assert found == {f"CN10023{n}" for n in range(10)}
    assert ui.countLabel.text() == "10 audits"

    ui.auditView.setFocus()
    ui.auditView.setCurrentIndex(model.index(0, CASE))
    press(Qt.Key.Key_Return)
    opened_id = model.row_at(0).id
    assert opened_id in window.editors
    editor = window.editors[opened_id]
    assert editor.ui.caseNumberEdit.text() == model.row_at(0).case_number
    editor.close()


def test_a_re_audit_starts_from_a_row_of_the_list(qtbot: QtBot, opened: Opened) -> None:
    seed(opened, 5)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    page = window.page("Audits")
    page.find_case("CN100004")
    read(qtbot, page)
    page.ui.auditView.setCurrentIndex(page.model.index(0, CASE))
    page.ui.reauditButton.click()
    new = [e for e in window.editors.values() if e.ui.caseNumberEdit.text() == "CN100004"]
    assert len(new) == 1
    editor = new[0]
    assert editor.ui.previousValue.text().startswith("Yes, audited in ")
    assert editor.panels["risk"].earlier.text().startswith("Earlier: ")
    read(qtbot, page)
    assert page.ui.countLabel.text() == "2 audits"  # the list shows the new draft
    editor.close()


def test_my_month_shows_my_drafts_and_what_is_due_first(qtbot: QtBot, opened: Opened) -> None:
    seed(opened, 3)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    assert window.ui.pageList.currentIndex().row() == 0
    my_month = window.ui.pageStack.currentWidget()
    assert my_month.ui.titleLabel.text().startswith("My month")
    assert my_month.drafts.total == 1
    assert my_month.drafts.row_at(0).case_number == "ZZ1"
    assert my_month.ui.dueListArea.indexOf(my_month.due_list) == 0
    assert not my_month.ui.duePlaceholder.isVisible()
    assert window.page_titles()[:2] == ["My month", "Audits"]
    assert "Signed in as" in window.findChild(type(window.ui.bannerLabel), "statusUser").text()


def test_my_month_reads_a_saved_audit_once_and_moves_it_to_completed_when_completed(
    qtbot: QtBot, opened: Opened
) -> None:
    ids = seed(opened, 3)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    my_month = window.ui.pageStack.currentWidget()
    done_before = my_month.recent.total
    window.open_audit(ids["draft"])
    editor = window.editors[ids["draft"]]
    editor._confirm_completion = lambda _warnings: True  # type: ignore[method-assign]
    editor.ui.caseHolderEdit.setText("Sam Worker")
    saved_before = my_month.drafts.row_at(0).updated_at
    with statements_sent(opened.db.engine) as statements:
        assert editor.save_draft()
        listing = [s for s in statements if "FROM case_file_audit JOIN person" in s]
        # One read of the saved audit for both lists, whatever its status.
        assert len(listing) == 1 and "case_file_audit.id IN" in listing[0]
        assert "case_file_audit.status =" not in listing[0]
        assert my_month.drafts.row_at(0).updated_at != saved_before  # redrawn
        assert my_month.recent.total == done_before
        assert editor.complete()
    assert my_month.drafts.total == 0
    assert my_month.recent.total == done_before + 1
    assert my_month.recent.row_at(0).id == ids["draft"]
    assert my_month.ui.draftsCount.text() == "No drafts open."
    editor.close()


def test_a_save_redraws_its_own_row_and_pages_not_shown_catch_up_when_shown(
    qtbot: QtBot, opened: Opened
) -> None:
    ids = seed(opened, 30)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    my_month = window.ui.pageStack.currentWidget()
    page = window.page("Audits")
    page.find_case("ZZ1")
    read(qtbot, page)
    assert page.model.total == 1
    window.open_audit(ids["draft"])
    editor = window.editors[ids["draft"]]
    editor.ui.caseHolderEdit.setText("Sam Worker")
    with statements_sent(opened.db.engine) as statements:
        assert editor.save_draft()
    # The list on screen read the saved audit's row alone; My month, not on screen, read
    # nothing yet.
    listing = [s for s in statements if "FROM case_file_audit JOIN person" in s]
    assert len(listing) == 1 and "case_file_audit.id IN" in listing[0]
    assert page.model.row_at(0).id == ids["draft"]
    assert window.stale == {0}
    before = my_month.drafts.row_at(0).updated_at
    window.show_page(0)
    assert window.stale == set()
    assert my_month.drafts.row_at(0).updated_at != before  # read again once shown
    editor.close()


def test_f5_reads_the_list_again_and_shows_an_audit_saved_elsewhere(
    qtbot: QtBot, opened: Opened
) -> None:
    ids = seed(opened, 3)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    page = window.page("Audits")
    read(qtbot, page)
    assert page.ui.countLabel.text() == "4 audits"
    with opened.db.writing() as s:  # another desktop starts an audit
        audits.create_audit(s, opened.actor, complete_form(ids["north"], case_number="ZZ9"))
    page.ui.auditView.setFocus()
    press(Qt.Key.Key_F5)
    assert page.ui.countLabel.text() == "Reading the audits…"
    read(qtbot, page)
    assert page.ui.countLabel.text() == "5 audits"
    assert page.ui.countLabel.property("role") == "count"  # styled as a count again


def test_a_new_filter_never_mixes_with_the_rows_still_on_screen(
    qtbot: QtBot, opened: Opened
) -> None:
    ids = seed(opened, PAGE + 40)
    window = MainWindow(context_of(opened))
    show_window(qtbot, window)
    page = window.page("Audits")
    read(qtbot, page)
    ui, model = page.ui, page.model
    assert model.canFetchMore()
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("draft"))
    ui.teamCombo.setCurrentIndex(ui.teamCombo.findData(ids["lac"]))
    ui.teamCombo.setCurrentIndex(ui.teamCombo.findData(ids["north"]))
    assert model.reading and not model.canFetchMore()  # not while another list is coming
    model.fetchMore()
    assert model.rowCount() == PAGE  # the rows on screen, nothing appended from the new one
    read(qtbot, page)
    # The last of the three asked for is the one shown.
    assert [model.row_at(r).case_number for r in range(model.rowCount())] == ["ZZ1"]
    assert ui.countLabel.text() == "1 audit"
