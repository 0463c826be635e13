"""The schedule pages used as people use them: the QA lead shades months in the plan grid
and renames and removes rows; a manager records an observation from My month; the QA lead
filters compliance and exports the plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qaaudit.bootstrap import Opened
from qaaudit.services.common.history import changes_for
from qaaudit.services.schedule.due import due_list
from qaaudit.services.schedule.plan import load_council_plan, load_plan
from qaaudit.services.schedule.roles import assign_role
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.schedule._plan_grid import FIRST_MONTH, PlanGridModel
from qaaudit.ui.schedule._workbooks import export_plan_to
from qaaudit.ui.schedule.compliance_page import CompliancePage
from qaaudit.ui.schedule.due_list import DueListWidget, RecordActivityDialog
from qaaudit.ui.schedule.plan_editor import PlanEditorPage
from tests.factories import make_person, make_team
from tests.ui_support import read

TODAY = date(2017, 4, 20)
SM_HELP = "help-and-protection/service-manager"
FORMS = (
    "plan_editor",
    "role_holders",
    "assign_role_dialog",
    "due_list",
    "record_activity_dialog",
    "compliance",
)


class FixedDay(AppContext):
    def today(self) -> date:
        return TODAY


@pytest.fixture
def lead_context(opened: Opened) -> FixedDay:
    with opened.db.writing() as s:
        load_council_plan(s, opened.actor)
    return FixedDay(opened.db, opened.actor)


def test_qa_lead_shades_months_by_click_and_space_and_removes_a_task(
    qtbot, lead_context: FixedDay, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = PlanEditorPage(lead_context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    view = page.ui.planView
    assert page.ui.titleLabel.text() == "COVENTRY CHILDREN'S QAF PLAN - 2017"
    assert [page.grid.rows[n].name for n in range(3)] == [
        "Help and Protection",
        "Service Manager",
        "Case File Audit",
    ]
    task_row = 2
    january = page.grid.index(task_row, FIRST_MONTH)
    assert january.data() == ""
    view.scrollTo(january)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(january).center()
    )
    assert page.grid.index(task_row, FIRST_MONTH).data() == "●"

    february = page.grid.index(task_row, FIRST_MONTH + 1)
    view.setCurrentIndex(february)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.grid.index(task_row, FIRST_MONTH + 1).data() == "●"
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and Space again clears it
    assert page.grid.index(task_row, FIRST_MONTH + 1).data() == ""

    with lead_context.db.reading() as s:
        plan = load_plan(s, 2017)
        assert plan is not None
        task = plan.areas[0].roles[0].tasks[0]
        history = changes_for(s, "schedule_task", task.id)
    assert task.months == frozenset({1, 3, 6, 9, 12})
    assert [(h.field, h.new_value) for h in history][-3:] == [
        ("months", "Jan, Mar, Jun, Sep, Dec"),
        ("months", "Jan, Feb, Mar, Jun, Sep, Dec"),
        ("months", "Jan, Mar, Jun, Sep, Dec"),
    ]

    # Typing a new name into the TASK cell renames it.
    assert page.grid.setData(page.grid.index(task_row, 0), "Quarterly Case File Audit")
    assert page.grid.index(task_row, 0).data() == "Quarterly Case File Audit"

    # Removing asks first; "No" keeps the task, "Yes" removes it.
    view.setCurrentIndex(page.grid.index(task_row, 0))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    qtbot.mouseClick(page.ui.removeButton, Qt.MouseButton.LeftButton)
    assert page.grid.rows[task_row].name == "Quarterly Case File Audit"
    qtbot.mouseClick(page.ui.removeButton, Qt.MouseButton.LeftButton)
    assert page.grid.rows[task_row].name == "Observation of Practice"


def test_qa_lead_sees_assumed_months_and_confirms_them(qtbot, lead_context: FixedDay) -> None:  # type: ignore[no-untyped-def]
    page = PlanEditorPage(lead_context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    view = page.ui.planView
    assert "assumed" in page.ui.legendLabel.text() and "when needed" in page.ui.legendLabel.text()
    row = next(
        n
        for n, r in enumerate(page.grid.rows)
        if r.role is not None
        and r.role.name == "Team Manager - Social Care"
        and r.name == "Case File"
    )
    january = page.grid.index(row, FIRST_MONTH)
    assert january.data() == "●?"
    assert "assumed" in january.data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.grid.index(row + 1, FIRST_MONTH + 1).data() == "●"  # re-audit in February: read
    # On a month: Confirm months confirms that month only.
    view.setCurrentIndex(january)
    assert page.ui.confirmButton.isEnabled()
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert page.grid.index(row, FIRST_MONTH).data() == "●"
    assert page.grid.index(row, FIRST_MONTH + 2).data() == "●?"
    # On the task's name: every assumed month of the row.
    view.setCurrentIndex(page.grid.index(row, 0))
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    marks = [page.grid.index(row, FIRST_MONTH + m).data() for m in range(12)]
    assert marks == ["●", "", "●", "●", "●", "●", "●", "", "●", "●", "●", "●"]
    assert not page.ui.confirmButton.isEnabled()  # nothing left to confirm
    task_id = page.grid.rows[row].task.id  # type: ignore[union-attr]
    with lead_context.db.reading() as s:
        history = [
            (h.field, h.old_value, h.new_value) for h in changes_for(s, "schedule_task", task_id)
        ]
    assert history[-4:] == [
        ("months confirmed", None, "Jan"),
        (
            "assumed months",
            "Jan, Mar, Apr, May, Jun, Jul, Sep, Oct, Nov, Dec",
            "Mar, Apr, May, Jun, Jul, Sep, Oct, Nov, Dec",
        ),
        ("months confirmed", None, "Mar, Apr, May, Jun, Jul, Sep, Oct, Nov, Dec"),
        ("assumed months", "Mar, Apr, May, Jun, Jul, Sep, Oct, Nov, Dec", "none"),
    ]
    # Clearing an assumed month decides it too: the mark goes with the shading.
    themes = page.ui.themesView
    page.ui.tabs.setCurrentIndex(1)
    full = page.themes.index(0, FIRST_MONTH + 1)
    assert full.data() == "●?"
    themes.setCurrentIndex(full)
    qtbot.keyClick(themes, Qt.Key.Key_Space)
    assert page.themes.index(0, FIRST_MONTH + 1).data() == ""
    assert page.themes.rows[0].assumed == frozenset({8})

    # A task can be made due only when needed, and back.
    page.ui.tabs.setCurrentIndex(0)
    view.setCurrentIndex(page.grid.index(row, 0))
    assert page.ui.whenNeededButton.text() == "Only &when needed"
    qtbot.mouseClick(page.ui.whenNeededButton, Qt.MouseButton.LeftButton)
    assert page.grid.index(row, FIRST_MONTH).data() == "○"
    assert page.ui.whenNeededButton.text() == "Due &when shaded"
    assert page.grid.index(row, PlanGridModel.PER_MONTH).data() == "1 when needed"


def test_manager_records_an_observation_from_my_month(qtbot, opened: Opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        load_council_plan(s, opened.actor)
        team = make_team(s)
        manager = make_person(s, "sm", "Sian Manager", ("auditor", "service_manager"), team)
        assign_role(s, opened.actor, manager.id, SM_HELP, date(2017, 1, 1), team_id=team.id)
    context = FixedDay(opened.db, manager)
    widget = DueListWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.ui.monthLabel.text() == "April 2017"
    assert not widget.ui.personCombo.isVisible()  # a manager sees their own list only
    rows = {widget.model.rows[n].task: n for n in range(widget.model.rowCount())}
    # March's audit is overdue; "3 plans per year (1 per quarter)" falls in April.
    assert set(rows) == {
        "Case File Audit",
        "Observation of Practice",
        "Supervision Assessments Plans",
    }
    assert "1 overdue" in widget.ui.summaryLabel.text()

    audit_row = widget.proxy.mapFromSource(widget.model.index(rows["Case File Audit"], 0)).row()
    widget.ui.itemsView.selectRow(audit_row)
    assert not widget.ui.recordButton.isEnabled()  # audits tick themselves off
    observation = widget.proxy.mapFromSource(
        widget.model.index(rows["Observation of Practice"], 0)
    ).row()
    widget.ui.itemsView.selectRow(observation)
    assert widget.ui.recordButton.isEnabled()

    def fill_in(dialog: RecordActivityDialog) -> int:
        dialog.ui.dateEdit.setDate(dialog.ui.dateEdit.date().addDays(-3))
        qtbot.keyClicks(dialog.ui.noteEdit, "Home visit observed; feedback given.")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(RecordActivityDialog, "exec", fill_in)
    qtbot.mouseClick(widget.ui.recordButton, Qt.MouseButton.LeftButton)
    statuses = {
        widget.model.rows[n].task: widget.model.rows[n].status_label
        for n in range(widget.model.rowCount())
    }
    assert statuses["Observation of Practice"] == "Done"
    with opened.db.reading() as s:
        april = due_list(s, manager.id, date(2017, 4, 1), TODAY)
    done = next(i for i in april.due if i.task == "Observation of Practice")
    assert done.done_on == (date(2017, 4, 17),)
    assert widget.ui.doneLabel.text().startswith("Done this month: Observation of Practice")


def test_compliance_is_grouped_filtered_and_exported(
    qtbot, lead_context: FixedDay, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with lead_context.db.writing() as s:
        team = make_team(s, "Assessment Team 1")
        for login, name in (("a", "Ann Able"), ("b", "Bea Busy")):
            person = make_person(s, login, name, team=team)
            assign_role(
                s,
                lead_context.actor,
                person.id,
                "help-and-protection/team-manager-social-care",
                date(2017, 1, 1),
                team_id=team.id,
            )
    page = CompliancePage(lead_context)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.totalLabel.text() == "Reading 2017's plan and what was done…"
    read(qtbot, page)
    assert page.ui.totalLabel.text() == "2017: 0 of 8 done (0%); 6 overdue."  # Jan-Apr, two people
    page.ui.byCombo.setCurrentIndex(page.ui.byCombo.findData("person"))
    assert [page.summary.rows[n].group for n in range(page.summary.rowCount())] == [
        "Ann Able",
        "Bea Busy",
    ]
    qtbot.keyClicks(page.ui.filterEdit, "bea")
    assert [r.group for r in page.summary.rows] == ["Bea Busy"]
    assert {i.person for i in page.overdue.rows} == {"Bea Busy"}
    page.ui.summaryView.sortByColumn(3, Qt.SortOrder.DescendingOrder)

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    target = tmp_path / "plan.xlsx"
    export_plan_to(page, lead_context, 2017, target)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told == [f"The 2017 plan was saved to {target}."]
    assert "Compliance" in load_workbook(target).sheetnames
