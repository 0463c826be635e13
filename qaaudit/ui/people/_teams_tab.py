"""The second tab of the People and teams page: service areas and their teams. Add and
rename them; deactivate a team that has closed (its audits keep it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.people.admin import ValidationFailed
from qaaudit.services.people.teams import (
    ServiceAreaRow,
    add_service_area,
    add_team,
    list_service_areas,
    list_teams,
    rename_service_area,
    rename_team,
    set_team_active,
)
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import RowsModel
from qaaudit.ui.common.theme import set_flag
from qaaudit.ui.forms.ui_people import Ui_PeoplePage
from qaaudit.ui.forms.ui_team_dialog import Ui_TeamDialog
from qaaudit.ui.people._tables import TEAM_COLUMNS, PlaceRow, TeamsProxy

REFUSALS = (ValidationFailed, NotAllowed, ConflictError, StoreError)


def refusal_text(error: Exception) -> str:
    return error.message if isinstance(error, StoreError) else str(error)


class TeamDialog(QDialog):
    """A new team in a chosen service area, or a new name for a team."""

    def __init__(
        self,
        context: AppContext,
        areas: list[ServiceAreaRow],
        save: Callable[[Session, int, str], object],
        area_id: int | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self._save = save
        set_flag(self.ui.problemLabel, "role", "problem")
        for area in areas:
            self.ui.areaCombo.addItem(area.name, area.id)
        self.ui.areaCombo.setCurrentIndex(max(0, self.ui.areaCombo.findData(area_id)))
        self.ui.nameEdit.setText(name)
        self.ui.nameEdit.selectAll()
        self.ui.nameEdit.setFocus()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        area_id = self.ui.areaCombo.currentData()
        if area_id is None:
            self.ui.problemLabel.setText("Add a service area first.")
            return
        try:
            with self.context.db.writing() as session:
                self._save(session, int(area_id), self.ui.nameEdit.text())
        except REFUSALS as refusal:
            self.ui.problemLabel.setText(refusal_text(refusal))
            return
        self.accept()


class TeamsTab(QObject):
    """Runs the teams tab of the page's form. ``changed`` is emitted after any change, so
    that the people tab can show new team names."""

    changed = Signal()

    def __init__(self, context: AppContext, ui: Ui_PeoplePage, page: QWidget, can: bool) -> None:
        super().__init__(page)
        self.context, self.ui, self.page, self.can = context, ui, page, can
        self.model = RowsModel(TEAM_COLUMNS, page)
        self.proxy = TeamsProxy(page)
        self.proxy.setSourceModel(self.model)
        view = ui.teamsView
        view.setModel(self.proxy)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((300, 320, 130, 110)):
            view.setColumnWidth(column, width)
        ui.showClosedCheck.toggled.connect(self.proxy.set_show_inactive)
        ui.showClosedCheck.toggled.connect(lambda _on: self._buttons())
        view.selectionModel().currentChanged.connect(lambda *_: self._buttons())
        view.activated.connect(lambda _index: self.rename_team())
        ui.addAreaButton.clicked.connect(self.add_area)
        ui.renameAreaButton.clicked.connect(self.rename_area)
        ui.addTeamButton.clicked.connect(self.add_team)
        ui.renameTeamButton.clicked.connect(self.rename_team)
        ui.teamActiveButton.clicked.connect(self.toggle_active)
        self.areas: list[ServiceAreaRow] = []
        self.reload()

    def reload(self, keep: tuple[int, int | None] | None = None) -> None:
        chosen = self.selected()
        keep = keep or (
            (chosen.service_area_id, chosen.team.id if chosen.team else None) if chosen else None
        )
        with self.context.db.reading() as session:
            self.areas = list_service_areas(session)
            teams = list_teams(session)
        rows = [PlaceRow(t.service_area_id, t.service_area, t) for t in teams]
        with_teams = {t.service_area_id for t in teams}
        rows += [PlaceRow(a.id, a.name, None) for a in self.areas if a.id not in with_teams]
        self.model.set_rows(rows)
        active = sum(1 for t in teams if t.active)
        self.ui.teamsCountLabel.setText(
            f"{active} active teams in {len(self.areas)} service areas"
            + (f"; {len(teams) - active} inactive" if len(teams) > active else "")
        )
        if keep is not None:
            self._select(*keep)
        self._buttons()

    def _select(self, area_id: int, team_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            place: PlaceRow = self.model.row_at(
                self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            )
            if (
                place.service_area_id == area_id
                and (place.team.id if place.team else None) == team_id
            ):
                self.ui.teamsView.setCurrentIndex(self.proxy.index(row, 0))
                return

    def selected(self) -> PlaceRow | None:
        index = self.ui.teamsView.currentIndex()
        if not index.isValid():
            return None
        row: PlaceRow = self.model.row_at(self.proxy.mapToSource(index).row())
        return row

    def _buttons(self) -> None:
        chosen = self.selected()
        team = chosen.team if chosen else None
        for button in (self.ui.addAreaButton, self.ui.addTeamButton):
            button.setEnabled(self.can)
        self.ui.renameAreaButton.setEnabled(self.can and chosen is not None)
        self.ui.renameTeamButton.setEnabled(self.can and team is not None)
        self.ui.teamActiveButton.setEnabled(self.can and team is not None)
        self.ui.teamActiveButton.setText(
            "Make team a&ctive again…"
            if team is not None and not team.active
            else "&Deactivate team…"
        )

    def _done(self, keep: tuple[int, int | None] | None = None) -> None:
        self.reload(keep)
        self.changed.emit()

    def _warn(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.page, title, refusal_text(error))

    def add_area(self) -> None:
        name, ok = QInputDialog.getText(
            self.page, "Add a service area", "Name of the service area:"
        )
        if not ok:
            return
        try:
            with self.context.db.writing() as session:
                added = add_service_area(session, self.context.actor, name)
        except REFUSALS as refusal:
            self._warn("Add a service area", refusal)
            return
        self._done((added.id, None))

    def rename_area(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        old = chosen.service_area
        name, ok = QInputDialog.getText(
            self.page, "Rename service area", "New name of the service area:", text=old
        )
        if not ok:
            return
        try:
            with self.context.db.writing() as session:
                rename_service_area(session, self.context.actor, chosen.service_area_id, old, name)
        except REFUSALS as refusal:
            self._warn("Rename service area", refusal)
        self._done()

    def add_team(self) -> None:
        chosen = self.selected()
        added: list[int] = []

        def save(session: Session, area_id: int, name: str) -> None:
            added.append(area_id)
            added.append(add_team(session, self.context.actor, area_id, name).id)

        dialog = TeamDialog(
            self.context,
            self.areas,
            save,
            chosen.service_area_id if chosen else None,
            parent=self.page,
        )
        dialog.setWindowTitle("Add a team")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done((added[-2], added[-1]))

    def rename_team(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.team is None or not self.can:
            return
        team = chosen.team

        def save(session: Session, _area_id: int, name: str) -> None:
            rename_team(session, self.context.actor, team.id, team.name, name)

        dialog = TeamDialog(
            self.context, self.areas, save, team.service_area_id, team.name, self.page
        )
        dialog.setWindowTitle("Rename team")
        dialog.ui.areaCombo.setEnabled(False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.team is None:
            return
        team = chosen.team
        if team.active:
            people = (
                f" {team.people} people are still in it: move them to their new team."
                if team.people
                else ""
            )
            question = (
                f"Deactivate {team.label}?\n\nIts {team.audits:,} audits keep it, and it can be made "
                f"active again. It will no longer be offered when choosing a team.{people}"
            )
        else:
            question = f"Make {team.label} active again, so that it can be chosen?"
        answer = QMessageBox.question(
            self.page,
            "Deactivate team" if team.active else "Make team active again",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                set_team_active(session, self.context.actor, team.id, team.name, not team.active)
        except REFUSALS as refusal:
            self._warn("Deactivate team", refusal)
        self._done()
