"""People in roles: who holds which plan role, in which team, from when until when;
assign a role, end it when someone leaves or moves on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QWidget

from qaaudit.domain.permissions import ROLE_HOLDERS
from qaaudit.services.common.actor import team_choices
from qaaudit.services.common.permissions import may
from qaaudit.services.schedule.plan import PlanProblem
from qaaudit.services.schedule.roles import (
    Assignment,
    RoleChoice,
    assign_role,
    end_assignment,
    list_assignments,
    people_choices,
    remove_assignment,
    role_choices,
)
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.forms.ui_assign_role_dialog import Ui_AssignRoleDialog
from qaaudit.ui.forms.ui_role_holders import Ui_RoleHolders


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


COLUMNS: list[Column[Assignment]] = [
    Column("Person", lambda a: a.person),
    Column("Service area", lambda a: a.service_area),
    Column("Role", lambda a: a.role),
    Column("Rota line", lambda a: a.line),
    Column("Team", lambda a: a.team),
    Column("From", lambda a: _day(a.starts_on), sort=lambda a: a.starts_on.toordinal()),
    Column(
        "Until",
        lambda a: _day(a.ends_on) or "—",
        sort=lambda a: (a.ends_on or date.max).toordinal(),
    ),
]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AssignRoleDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AssignRoleDialog()
        self.ui.setupUi(self)
        today = context.today()
        with context.db.reading() as session:
            self.roles: list[RoleChoice] = role_choices(session, today.year)
            people = people_choices(session)
            teams = team_choices(session)
        for person_id, name in people:
            self.ui.personCombo.addItem(name, person_id)
        for role in self.roles:
            self.ui.roleCombo.addItem(role.label, role.key)
        self.ui.teamCombo.addItem("(none)", None)
        for team in teams:
            self.ui.teamCombo.addItem(team.label, team.id)
        self.ui.startEdit.setDate(_qdate(today))
        self.ui.endEdit.setDate(_qdate(today))
        self.ui.endCheck.toggled.connect(self.ui.endEdit.setEnabled)
        self.ui.endEdit.setAccessibleName("Until")  # its label is the box that turns it on
        self.ui.roleCombo.currentIndexChanged.connect(self._lines)
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self._lines()
        self.saved: Assignment | None = None

    def _lines(self) -> None:
        self.ui.lineCombo.clear()
        self.ui.lineCombo.addItem("The whole role", None)
        role = self.roles[self.ui.roleCombo.currentIndex()] if self.roles else None
        if role is not None:
            for line in role.lines:
                self.ui.lineCombo.addItem(line.name, line.task_key)

    def _save(self) -> None:
        if not self.roles:
            self.ui.problemLabel.setText(
                "There is no QAF plan yet, so there are no roles to assign."
            )
            return
        ends = _pydate(self.ui.endEdit.date()) if self.ui.endCheck.isChecked() else None
        try:
            with self.context.db.writing() as session:
                self.saved = assign_role(
                    session,
                    self.context.actor,
                    int(self.ui.personCombo.currentData()),
                    str(self.ui.roleCombo.currentData()),
                    _pydate(self.ui.startEdit.date()),
                    team_id=self.ui.teamCombo.currentData(),
                    ends_on=ends,
                    task_key=self.ui.lineCombo.currentData(),
                )
        except PlanProblem as exc:
            self.ui.problemLabel.setText(str(exc))
            return
        except StoreError as exc:
            self.ui.problemLabel.setText(exc.message)
            return
        self.accept()


class RoleHoldersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RoleHolders()
        self.ui.setupUi(self)
        self.model: RowsModel[Assignment] = RowsModel(COLUMNS, self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.holdersView.setModel(self.proxy)
        self.ui.holdersView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.ui.holdersView.horizontalHeader().setStretchLastSection(True)
        self.ui.holdersView.verticalHeader().setVisible(False)
        self.ui.filterEdit.textChanged.connect(self.proxy.set_search)
        self.ui.showEndedCheck.toggled.connect(lambda _on: self.reload())
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.endButton.clicked.connect(self.end)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.holdersView.selectionModel().currentChanged.connect(lambda *_: self._buttons())
        self._can = may(context.actor, ROLE_HOLDERS) and not context.db.read_only
        self.reload()
        self.ui.holdersView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((200, 250, 300, 110, 220, 90, 90)):
            self.ui.holdersView.setColumnWidth(column, width)

    def reload(self) -> None:
        today = self.context.today()
        with self.context.db.reading() as session:
            rows = list_assignments(session)
        if not self.ui.showEndedCheck.isChecked():
            rows = [a for a in rows if a.ends_on is None or a.ends_on >= today]
        self.model.set_rows(rows)
        people = len({a.person_id for a in rows})
        self.ui.countLabel.setText(f"{len(rows)} roles held by {people} people")
        self._buttons()

    def selected(self) -> Assignment | None:
        index = self.ui.holdersView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _buttons(self) -> None:
        chosen = self.selected() is not None
        self.ui.assignButton.setEnabled(self._can)
        self.ui.endButton.setEnabled(self._can and chosen)
        self.ui.removeButton.setEnabled(self._can and chosen)

    def assign(self) -> None:
        dialog = AssignRoleDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def end(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text, ok = QInputDialog.getText(
            self,
            "End in role",
            f"Last day {chosen.person} holds {chosen.role} (dd/mm/yyyy):",
            text=self.context.today().strftime("%d/%m/%Y"),
        )
        if not ok:
            return
        try:
            day, month, year = (int(part) for part in text.strip().split("/"))
            last = date(year, month, day)
        except ValueError:
            QMessageBox.warning(self, "End in role", f"“{text}” is not a date like 31/03/2017.")
            return
        try:
            with self.context.db.writing() as session:
                end_assignment(session, self.context.actor, chosen.id, chosen.version, last)
        except PlanProblem as exc:
            QMessageBox.warning(self, "End in role", str(exc))
        except StoreError as exc:
            QMessageBox.warning(self, "End in role", exc.message)
        self.reload()

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            "Remove",
            f"Remove {chosen.person} from {chosen.role} altogether, as if never assigned?\n\n"
            "Someone who leaves or moves on should be ended in the role instead, so that "
            "their earlier months still count.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                remove_assignment(session, self.context.actor, chosen.id, chosen.version)
        except StoreError as exc:
            QMessageBox.warning(self, "Remove", exc.message)
        self.reload()
