"""People and teams: who uses qaaudit, their team and roles. The QA lead adds people
(before they first open the program), edits them, and deactivates those who leave; the
second tab keeps the service areas and teams."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from qaaudit.domain.permissions import TEAMS
from qaaudit.domain.roles import ROLE_LIST, short_label
from qaaudit.services.common.permissions import may
from qaaudit.services.people.admin import PersonRow, list_people, may_change_people, set_active
from qaaudit.services.people.teams import list_teams
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import RowsModel
from qaaudit.ui.common.theme import set_flag
from qaaudit.ui.forms.ui_people import Ui_PeoplePage
from qaaudit.ui.people._person_dialog import PersonDialog
from qaaudit.ui.people._tables import (
    ACTIVE,
    EVERYONE,
    INACTIVE,
    NO_TEAM,
    PEOPLE_COLUMNS,
    PeopleProxy,
)
from qaaudit.ui.people._teams_tab import REFUSALS, TeamsTab, refusal_text


class PeoplePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        ui = self.ui
        set_flag(ui.titleLabel, "role", "pageTitle")
        set_flag(ui.subtitleLabel, "role", "pageSubtitle")
        set_flag(ui.teamsHelpLabel, "role", "pageSubtitle")
        set_flag(ui.countLabel, "role", "count")
        set_flag(ui.teamsCountLabel, "role", "count")
        self.can = may_change_people(context.actor) and not context.read_only
        self.model = RowsModel(PEOPLE_COLUMNS, self)
        self.proxy = PeopleProxy(self)
        self.proxy.setSourceModel(self.model)
        view = ui.peopleView
        view.setModel(self.proxy)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 120, 180, 150, 150, 70, 125)):
            view.setColumnWidth(column, width)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._fill_filters()
        ui.filterEdit.textChanged.connect(self._filter_text)
        ui.teamFilter.currentIndexChanged.connect(
            lambda _i: self._refiltered(self.proxy.set_team, ui.teamFilter.currentData())
        )
        ui.roleFilter.currentIndexChanged.connect(
            lambda _i: self._refiltered(self.proxy.set_role, ui.roleFilter.currentData())
        )
        ui.activeFilter.currentIndexChanged.connect(
            lambda _i: self._refiltered(self.proxy.set_active, ui.activeFilter.currentData())
        )
        view.selectionModel().currentChanged.connect(lambda *_: self._buttons())
        view.activated.connect(lambda _index: self.edit())
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.activeButton.clicked.connect(self.toggle_active)
        self.teams = TeamsTab(
            context, ui, self, may(context.actor, TEAMS) and not context.read_only
        )
        self.teams.changed.connect(self._teams_changed)
        self.reload()
        ui.filterEdit.setFocus()

    # filters

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.roleFilter.addItem("Every role", None)
        for role in ROLE_LIST:
            ui.roleFilter.addItem(short_label(role.key), role.key)
        for label, which in (
            ("People using qaaudit", ACTIVE),
            ("People who no longer use it", INACTIVE),
            ("Everyone", EVERYONE),
        ):
            ui.activeFilter.addItem(label, which)
        self._fill_team_filter()

    def _fill_team_filter(self) -> None:
        combo = self.ui.teamFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Every team", None)
        combo.addItem("No team yet", NO_TEAM)
        with self.context.db.reading() as session:
            teams = list_teams(session)
        for team in teams:
            combo.addItem(team.label + ("" if team.active else " (inactive)"), team.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self.proxy.set_team(combo.currentData())

    def _filter_text(self, text: str) -> None:
        self._refiltered(self.proxy.set_text, text)

    def _refiltered(self, change, value) -> None:  # type: ignore[no-untyped-def]
        change(value)
        self._count()
        self._buttons()

    # the list

    def refresh(self) -> None:
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        chosen = self.selected()
        keep = keep if keep is not None else (chosen.id if chosen else None)
        with self.context.db.reading() as session:
            rows = list_people(session)
        self.model.set_rows(rows)
        if keep is not None:
            self._select(keep)
        if not self.ui.peopleView.currentIndex().isValid() and self.proxy.rowCount():
            self.ui.peopleView.setCurrentIndex(self.proxy.index(0, 0))
        self._count()
        self._buttons()

    def _select(self, person_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).id == person_id:
                self.ui.peopleView.setCurrentIndex(index)
                return

    def _count(self) -> None:
        shown, known = self.proxy.rowCount(), self.model.rowCount()
        self.ui.countLabel.setText(
            f"{known} people" if shown == known else f"{shown} of {known} people shown"
        )

    def selected(self) -> PersonRow | None:
        index = self.ui.peopleView.currentIndex()
        if not index.isValid():
            return None
        row: PersonRow = self.model.row_at(self.proxy.mapToSource(index).row())
        return row

    def _buttons(self) -> None:
        chosen = self.selected()
        self.ui.addButton.setEnabled(self.can)
        self.ui.editButton.setEnabled(self.can and chosen is not None)
        self.ui.activeButton.setEnabled(self.can and chosen is not None)
        self.ui.activeButton.setText(
            "Make a&ctive again…" if chosen is not None and not chosen.active else "&Deactivate…"
        )

    def _teams_changed(self) -> None:
        self._fill_team_filter()
        self.reload()

    # changes

    def add(self) -> None:
        if not self.can:
            return
        dialog = PersonDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.id)
            self.teams.reload()

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.can:
            return
        dialog = PersonDialog(self.context, chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(chosen.id)
            self.teams.reload()
        else:
            self.reload()

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.can:
            return
        if chosen.active:
            title = "Deactivate"
            question = (
                f"Deactivate {chosen.name}?\n\nUse this when someone leaves or no longer "
                "audits. They will no longer be offered when roles are given out. Their audits "
                "and the history of their work stay as they are, and they can be made active "
                "again."
            )
        else:
            title = "Make active again"
            question = f"Make {chosen.name} active again?"
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                set_active(
                    session, self.context.actor, chosen.id, chosen.details, not chosen.active
                )
        except REFUSALS as refusal:
            QMessageBox.warning(self, title, refusal_text(refusal))
        self.reload(chosen.id)
        self.teams.reload()
