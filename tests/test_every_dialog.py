"""Every dialog and every page, worked by keyboard and heard through a screen reader: Tab
(Ctrl+Tab out of a box that takes tabs as text) reaches every control and comes back round,
no control is left without a name, and each dialog fits a laptop's screen. The program's
dialogs are found by looking through the window's code, so a new dialog must be listed
here to be built and walked."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import qaaudit.ui
from qaaudit.bootstrap import Opened
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.review_period import Period
from qaaudit.services.people.teams import ServiceAreaRow
from qaaudit.services.review.actions import TrackedAction
from qaaudit.services.schedule.due import DueItem
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.ui.common.access import install_access_rules, needs_a_name
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from tests.factories import make_person, make_team
from tests.ui_support import forget_unsaved, press, show_window

TODAY = date(2017, 11, 20)
LAPTOP = QSize(1366, 720)
_keep: list[object] = []  # tasks the progress dialog refers to weakly


def _dialogs(
    context: AppContext, team_id: int, area_id: int, folder: Path
) -> dict[str, Callable[[], QDialog]]:
    from qaaudit.exports.sampling.case_list_file import prepare as prepare_case_list
    from qaaudit.services.audit import audits
    from qaaudit.services.instruments import versions
    from qaaudit.ui.audit.earlier_audit import EarlierAuditDialog
    from qaaudit.ui.common.background import BackgroundTask, ProgressDialog
    from qaaudit.ui.common.conflict_dialog import ConflictDialog
    from qaaudit.ui.corrective.start_day import StartDayDialog
    from qaaudit.ui.help.text_dialog import TextDialog
    from qaaudit.ui.instruments.designer import InstrumentDesigner
    from qaaudit.ui.people._person_dialog import PersonDialog
    from qaaudit.ui.people._teams_tab import TeamDialog
    from qaaudit.ui.review._new_review import NewReviewDialog
    from qaaudit.ui.review.actions_page import ActionDoneDialog
    from qaaudit.ui.sampling._dialogs import AllocationChangeDialog, CaseColumnsDialog
    from qaaudit.ui.schedule.due_list import RecordActivityDialog
    from qaaudit.ui.schedule.role_holders import AssignRoleDialog
    from qaaudit.ui.trends._rebase import RebaseDialog
    from tests.factories import complete_form

    half = Period(date(2017, 1, 1), date(2017, 6, 30))
    action = TrackedAction(
        1, 1, 1, "final", area_id, "Help and Protection", half, "panel", None,
        "Audit supervision records monthly", "Sam Okafor", date(2017, 9, 30), False, None, "",
        None,
    )  # fmt: skip
    due = DueItem(
        context.actor.id, context.actor.name, team_id, "Assessment Team 1",
        "Help and Protection", "Team Manager", "team-manager", "observation",
        "Observation of practice", "practice_observation", date(2017, 11, 1), 1, 0, (), "due",
    )  # fmt: skip
    db, lead = context.db, context.actor
    with db.writing() as s:  # a case audited before, and its re-audit in draft
        earlier = complete_form(team_id, "C77", date(2017, 1, 1), "does_not_meet_good")
        first = audits.create_audit(s, lead, earlier, TODAY)
        audits.complete_audit(s, lead, first.id, first.version, earlier, TODAY)
        reaudit = audits.create_audit(
            s, lead, complete_form(team_id, "C77", date(2017, 6, 1)), TODAY
        ).id
        made = versions.start_version(s, lead, "plan_rating")
        draft = versions.load_draft(s, "plan_rating", made.version)
    cases = folder / "cases.csv"
    cases.write_text("Child ID,Team,Legal status\nCN1,Assessment Team 1,CIN\n", "utf-8")
    listed = prepare_case_list(db, lead, cases)
    task = BackgroundTask(lambda *_: None, "The export could not be finished.")
    _keep.append(task)
    return {
        "ProgressDialog": lambda: ProgressDialog(task, "Export", "Writing the workbook", None),
        "StartDayDialog": lambda: StartDayDialog(None, TODAY),
        "NewReviewDialog": lambda: NewReviewDialog(context),
        "ActionDoneDialog": lambda: ActionDoneDialog(action, TODAY),
        "ConflictDialog": lambda: ConflictDialog(
            current_audit_instrument(),
            "Someone else saved this audit first.",
            [("Case holder", "Jo Bloggs", "Sam Okafor")],
            "What I typed",
        ),
        "RecordActivityDialog": lambda: RecordActivityDialog(context, due),
        "AssignRoleDialog": lambda: AssignRoleDialog(context),
        "TextDialog": lambda: TextDialog("Keyboard shortcuts", "<p>Ctrl+S saves.</p>"),
        "RebaseDialog": lambda: RebaseDialog(context),
        "CaseColumnsDialog": lambda: CaseColumnsDialog(listed),
        "AllocationChangeDialog": lambda: AllocationChangeDialog(
            [(lead.id, lead.name)], swap_of="CN1"
        ),
        "EarlierAuditDialog": lambda: EarlierAuditDialog(context, reaudit),
        "InstrumentDesigner": lambda: InstrumentDesigner(context, draft),
        "PersonDialog": lambda: PersonDialog(context),
        "TeamDialog": lambda: TeamDialog(
            context, [ServiceAreaRow(area_id, "Help and Protection", 1)], lambda *_: None
        ),
    }


def _program_dialogs() -> set[str]:
    """Every dialog class the window's code defines (message boxes are Qt's own)."""
    found = set()
    for info in pkgutil.walk_packages(qaaudit.ui.__path__, "qaaudit.ui."):
        if ".forms." in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, QDialog)
                and not issubclass(cls, QMessageBox)
            ):
                found.add(name)
    return found


def _controls(root: QWidget) -> list[QWidget]:
    """What a keyboard user must be able to reach: visible, enabled, taking focus by Tab;
    not the parts of a table, a list or a spin box (reached through their owner)."""
    found = []
    for child in root.findChildren(QWidget):
        if not (child.isVisibleTo(root) and child.isEnabled()):
            continue
        if not child.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(child, QScrollBar):
            continue
        owner = child.parentWidget()
        inside = False
        while owner is not None and owner is not root:
            if isinstance(owner, QAbstractItemView | QAbstractSpinBox | QComboBox):
                inside = True
                break
            owner = owner.parentWidget()
        if not inside:
            found.append(child)
    return found


def _takes_tabs(widget: QWidget) -> bool:
    return isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.tabChangesFocus()


def tab_walk(root: QWidget) -> tuple[list[str], list[str]]:
    """Tab round ``root`` from its first control: the controls never reached, and where
    the keyboard was held (the same control twice running)."""
    controls = _controls(root)
    if not controls:
        return [], []
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    held: list[str] = []
    still = 0
    for _ in range(4 * len(controls) + 12):
        here = QApplication.focusWidget()
        if here is None:
            break
        reached.append(here)
        if _takes_tabs(here):
            press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        else:
            press(Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is here:
            still += 1  # a date's day, month and year take Tab in turn, then let go
            if still == 4 and len(controls) > 1:
                held.append(f"{type(here).__name__} {here.objectName()}")
        else:
            still = 0
    missed = [
        f"{type(c).__name__} {c.objectName() or c.accessibleName()}"
        for c in controls
        if not any(r is c or c.isAncestorOf(r) or r.isAncestorOf(c) for r in reached)
    ]
    return missed, held


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(child).__name__} {child.objectName()}"
        for child in root.findChildren(QWidget)
        if child.isVisibleTo(root) and needs_a_name(child)
    ]


def _world(opened: Opened) -> tuple[AppContext, int, int]:
    install_access_rules()  # as the program does at start
    with opened.db.writing() as s:
        team = make_team(s)
        roles = ("qa_lead", "moderator", "service_manager", "auditor", "admin")
        lead = make_person(s, "lead", "Lee Lead", roles=roles, team=team)
        load_council_plan(s, lead)
        team_id, area_id = team.id, team.service_area_id
    context = AppContext(opened.db, lead)
    context.today = lambda: TODAY  # type: ignore[method-assign]
    return context, team_id, area_id


def test_every_dialog_of_the_program_is_walked_here(opened: Opened, tmp_path: Path) -> None:
    context, team_id, area_id = _world(opened)
    assert _program_dialogs() == set(_dialogs(context, team_id, area_id, tmp_path))


def test_every_dialog_is_reached_by_tab_named_and_fits_a_laptop(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    context, team_id, area_id = _world(opened)
    problems: dict[str, object] = {}
    for name, make in _dialogs(context, team_id, area_id, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog, before_close_func=forget_unsaved)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        missed, held = tab_walk(dialog)
        unnamed = _unnamed(dialog)
        size = dialog.minimumSizeHint()
        too_big = size.width() > LAPTOP.width() or size.height() > LAPTOP.height()
        if missed or held or unnamed or too_big:
            problems[name] = {"missed": missed, "held": held, "unnamed": unnamed, "size": size}
        dialog.reject()
    assert problems == {}


def test_every_page_is_reached_by_tab_with_no_control_left_out(
    qtbot: QtBot, opened: Opened
) -> None:
    context, _team_id, _area_id = _world(opened)
    window = show_window(qtbot, MainWindow(context))
    problems: dict[str, object] = {}
    for row, page in enumerate(window.pages):
        widget = window.show_page(row)
        qtbot.waitUntil(lambda w=widget: not getattr(w, "reading", False), timeout=15000)
        qtbot.wait(20)
        missed, held = tab_walk(widget)
        if missed or held:
            problems[page.title] = {"missed": missed, "held": held}
    assert problems == {}


def test_the_editors_are_reached_by_tab_with_no_control_left_out(
    qtbot: QtBot, opened: Opened
) -> None:
    from qaaudit.services.audit import audits
    from qaaudit.services.review import reviews
    from qaaudit.ui.audit.editor import editor_for_audit
    from qaaudit.ui.review._editor import ReviewEditor
    from tests.factories import complete_form

    context, team_id, area_id = _world(opened)
    with opened.db.writing() as s:
        audit = audits.create_audit(s, context.actor, complete_form(team_id, "CN100299"), TODAY)
        review = reviews.create_review(
            s, context.actor, area_id, Period(date(2017, 1, 1), date(2017, 6, 30)), TODAY
        )
    problems: dict[str, object] = {}
    for name, editor in (
        ("audit editor", editor_for_audit(context, audit.id)),
        ("review editor", ReviewEditor(context, review.id)),
    ):
        show_window(qtbot, editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
        assert len(_controls(editor)) > 20, name  # the whole form was there to walk
        missed, held = tab_walk(editor)
        if missed or held:
            problems[name] = {"missed": missed, "held": held}
        editor.close()
    assert problems == {}
