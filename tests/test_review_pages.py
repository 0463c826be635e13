"""The review list, the review actions page and the comparison, as the QA lead and a
service manager see them; and the forms they are built from are current."""

from __future__ import annotations

import random
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.demo import reviews as demo_reviews
from qaaudit.domain.review_period import Period
from qaaudit.services.review import reviews
from qaaudit.services.review.actions import tracked_actions
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.review._compare import ReviewCompareView
from qaaudit.ui.review._new_review import NewReviewDialog
from qaaudit.ui.review.actions_page import ActionDoneDialog, ReviewActionsPage
from qaaudit.ui.review.list_page import ReviewListPage
from tests.review_factories import TODAY, Cast, cast

ROOT = Path(__file__).resolve().parent.parent


class Context(AppContext):
    def today(self) -> date:
        return TODAY


@pytest.fixture(autouse=True)
def no_waiting_on_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Yes)


def demo(opened: Opened) -> Cast:
    with opened.db.writing() as s:
        people = cast(s)
        demo_reviews.populate(s, TODAY, random.Random(4))
        # and one draft, for the current half year
        reviews.create_review(
            s,
            people.manager,
            people.team.service_area_id,
            Period(date(2017, 7, 1), date(2017, 12, 31)),
            TODAY,
        )
    return people


def shown_rows(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_qa_lead_filters_and_sorts_the_review_list(qtbot: QtBot, opened: Opened) -> None:
    people = demo(opened)
    page = ReviewListPage(Context(opened.db, people.qa_lead))
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    assert ui.countLabel.text() == "5 reviews"
    rows = shown_rows(ui.reviewTable)
    assert [r[2] for r in rows] == ["Jul-Dec 2017", *["Jan-Jun 2017"] * 2, *["Jul-Dec 2016"] * 2]
    assert rows[0][6] == "Draft: self-assessment" and rows[0][4] == "Not judged yet"
    assert {r[6] for r in rows[1:]} == {"Final"}

    ui.statusFilter.setCurrentIndex(ui.statusFilter.findData("final"))
    ui.areaFilter.setCurrentIndex(ui.areaFilter.findText("Early Help and Prevention"))
    assert ui.countLabel.text() == "2 of 5 reviews"
    assert {r[1] for r in shown_rows(ui.reviewTable)} == {"Early Help and Prevention"}
    ui.areaFilter.setCurrentIndex(0)
    ui.statusFilter.setCurrentIndex(0)
    qtbot.keyClicks(ui.findEdit, "Jul-Dec 2016")
    assert ui.countLabel.text() == "2 of 5 reviews"
    ui.findEdit.clear()

    # Clicking the period heading (sorted newest first) sorts oldest first.
    header = ui.reviewTable.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    periods = [r[2] for r in shown_rows(ui.reviewTable)]
    assert periods == ["Jul-Dec 2016"] * 2 + ["Jan-Jun 2017"] * 2 + ["Jul-Dec 2017"]

    # Enter on a row opens the review in its editor.
    ui.reviewTable.setFocus()
    ui.reviewTable.setCurrentIndex(ui.reviewTable.model().index(4, 0))
    qtbot.keyClick(ui.reviewTable, Qt.Key.Key_Return)
    [editor] = page.editors.values()
    qtbot.addWidget(editor)
    assert editor.ui.titleLabel.text().endswith("Help and Protection, Jul-Dec 2017")  # type: ignore[attr-defined]
    assert ui.deleteButton.isEnabled()


def test_a_service_manager_starts_a_review_for_the_half_year_just_ended(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        people = cast(s)
    dialog = NewReviewDialog(Context(opened.db, people.manager))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.areaCombo.itemText(i) for i in range(ui.areaCombo.count())] == [
        "Help and Protection"
    ]
    assert ui.periodCombo.currentText() == "Jan-Jun 2017"
    assert ui.periodCombo.itemText(1) == "Jul-Dec 2017 (not yet ended)"
    dialog.create()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.review_id is not None
    again = NewReviewDialog(Context(opened.db, people.manager))
    qtbot.addWidget(again)
    again.create()
    assert (
        again.ui.problemLabel.text() == "Help and Protection already has a review for Jan-Jun 2017."
    )


def test_overdue_actions_are_listed_and_marked_done(
    qtbot: QtBot, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = demo(opened)
    page = ReviewActionsPage(Context(opened.db, people.manager))
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    with opened.db.reading() as s:
        mine = tracked_actions(s, people.manager)
    overdue = [a for a in mine if a.state(TODAY) == "overdue"]
    assert overdue and {a.service_area for a in mine} == {"Help and Protection"}
    rows = shown_rows(ui.actionsTable)
    assert len(rows) == len(overdue)
    assert all(r[6].startswith("Overdue by ") for r in rows)
    first = rows[0]

    ui.actionsTable.setCurrentIndex(ui.actionsTable.model().index(0, 0))
    monkeypatch.setattr(ActionDoneDialog, "exec", lambda dialog: 1)
    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    assert len(shown_rows(ui.actionsTable)) == len(overdue) - 1
    ui.showFilter.setCurrentIndex(ui.showFilter.findData("all"))
    done = [r for r in shown_rows(ui.actionsTable) if r[3] == first[3] and r[1] == first[1]]
    assert done[0][6] == f"Done {TODAY:%d/%m/%Y}"


def test_the_comparison_shows_judgement_changes_and_earlier_actions(
    qtbot: QtBot, opened: Opened
) -> None:
    people = demo(opened)
    with opened.db.reading() as s:
        later = reviews.find_review(s, people.team.service_area_id, date(2017, 1, 1))
    assert later is not None
    view = ReviewCompareView(Context(opened.db, people.qa_lead), later)
    qtbot.addWidget(view)
    assert view.ui.titleLabel.text() == "Help and Protection: Jan-Jun 2017 beside Jul-Dec 2016"
    changes = shown_rows(view.ui.changesTable)
    assert len(changes) == 22
    assert changes[0][:2] == [
        "1. Independent challenge",
        "Performance on key indicators from dashboards / monthly reports",
    ]
    assert all(r[4] in {"better", "worse", "same"} for r in changes)
    outcomes = shown_rows(view.ui.actionsTable)
    assert outcomes and all(
        r[4].startswith(("Done", "Carried over", "Overdue", "Open")) for r in outcomes
    )
    assert "Judgements:" in view.ui.summaryLabel.text()


def test_every_review_form_is_compiled_and_current() -> None:
    for form in sorted((ROOT / "forms").glob("review_*.ui")):
        compiled = ROOT / "qaaudit" / "ui" / "forms" / f"ui_{form.stem}.py"
        fresh = subprocess.run(
            ["pyside6-uic", str(form)], capture_output=True, text=True, check=True
        ).stdout
        assert _without_version(compiled.read_text(encoding="utf-8")) == _without_version(fresh), (
            f"recompile {form.name}"
        )


def _without_version(code: str) -> str:
    """The compiler names its Qt version in a comment; the code is what must match."""
    return "\n".join(line for line in code.splitlines() if "Compiler version" not in line)


def test_a_read_only_database_shows_the_review_but_offers_no_save(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.ui.review._editor import ReviewEditor

    people = demo(opened)
    url = str(opened.db.url)
    opened.db.dispose()
    reader = open_for_use(url, login="hmensah", read_only=True, backup_dir=tmp_path / "b")
    try:
        with reader.db.reading() as s:
            draft = reviews.find_review(s, people.team.service_area_id, date(2017, 7, 1))
        assert draft is not None
        editor = ReviewEditor(Context(reader.db, reader.actor), draft)
        qtbot.addWidget(editor)
        editor.show()
        assert editor.ui.bannerLabel.text() == (
            "The database is open read-only: nothing can be saved."
        )
        assert not editor.ui.saveButton.isVisible() and not editor.ui.sendButton.isVisible()
        assert editor.cards["workloads"].comments.isReadOnly()
        listing = ReviewListPage(Context(reader.db, reader.actor))
        qtbot.addWidget(listing)
        assert not listing.ui.newButton.isEnabled()
    finally:
        reader.db.dispose()
