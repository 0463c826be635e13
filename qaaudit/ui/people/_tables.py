"""The two tables of the People and teams page: their columns, and the proxies that
filter them (people by text, team, role and whether they still use qaaudit; teams by
whether they are still active)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from qaaudit.services.people.admin import PersonRow
from qaaudit.services.people.teams import TeamRow
from qaaudit.ui.common.rows_model import SORT_ROLE, Column, RowsModel

NO_TEAM = -1
ACTIVE, INACTIVE, EVERYONE = "active", "inactive", "everyone"


def when(at: datetime | None) -> str:
    """A stored (naive UTC) time as the person's own clock shows it."""
    if at is None:
        return ""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def _team(row: PersonRow) -> str:
    if not row.team:
        return "No team yet"
    return row.team if row.team_active else f"{row.team} (inactive)"


PEOPLE_COLUMNS = [
    Column("Name", lambda r: r.name, lambda r: r.name.casefold()),
    Column("Login", lambda r: r.login, lambda r: r.login.casefold()),
    Column("Team", _team, lambda r: r.team.casefold() if r.team else "\uffff"),
    Column("Service area", lambda r: r.service_area, lambda r: r.service_area.casefold()),
    Column("Roles", lambda r: r.roles_label),
    Column("Active", lambda r: "Yes" if r.active else "No"),
    Column(
        "Last seen",
        lambda r: when(r.last_seen),
        lambda r: r.last_seen.timestamp() if r.last_seen else 0.0,
        tip=lambda r: (
            "When they last had qaaudit open or last saved an audit or a draft"
            + ("" if r.last_seen else ": not yet known")
        ),
    ),
    Column("Email", lambda r: r.email, lambda r: r.email.casefold()),
]


@dataclass(frozen=True)
class PlaceRow:
    """A line of the teams table: a team in its service area, or a service area that has
    no team yet (so that it can still be chosen and renamed)."""

    service_area_id: int
    service_area: str
    team: TeamRow | None

    @property
    def active(self) -> bool:
        return self.team is None or self.team.active


TEAM_COLUMNS = [
    Column("Service area", lambda r: r.service_area, lambda r: r.service_area.casefold()),
    Column(
        "Team",
        lambda r: r.team.name if r.team else "(no teams yet)",
        lambda r: r.team.name.casefold() if r.team else "",
    ),
    Column("Active", lambda r: "Yes" if r.active else "No (inactive)"),
    Column(
        "People in it",
        lambda r: str(r.team.people) if r.team else "",
        lambda r: r.team.people if r.team else 0,
        right=True,
    ),
    Column(
        "Audits",
        lambda r: f"{r.team.audits:,}" if r.team else "",
        lambda r: r.team.audits if r.team else 0,
        right=True,
    ),
]

Index = QModelIndex | QPersistentModelIndex


class _FilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def _row(self, source_row: int) -> Any:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return model.row_at(source_row)


class PeopleProxy(_FilterProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._team: int | None = None
        self._role: str | None = None
        self._active = ACTIVE

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_team(self, team_id: int | None) -> None:
        """None: every team; NO_TEAM: people not in a team yet."""
        self._refilter(lambda: setattr(self, "_team", team_id))

    def set_role(self, role: str | None) -> None:
        self._refilter(lambda: setattr(self, "_role", role))

    def set_active(self, which: str) -> None:
        self._refilter(lambda: setattr(self, "_active", which))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row: PersonRow = self._row(source_row)
        if self._active == ACTIVE and not row.active:
            return False
        if self._active == INACTIVE and row.active:
            return False
        if self._team == NO_TEAM and row.team_id is not None:
            return False
        if self._team not in (None, NO_TEAM) and row.team_id != self._team:
            return False
        if self._role is not None and self._role not in row.roles:
            return False
        if self._words:
            text = " ".join(
                (row.name, row.login, row.email, row.team, row.service_area, row.roles_label)
            ).casefold()
            return all(word in text for word in self._words)
        return True


class TeamsProxy(_FilterProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_inactive = False

    def set_show_inactive(self, shown: bool) -> None:
        self._refilter(lambda: setattr(self, "_show_inactive", shown))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row: PlaceRow = self._row(source_row)
        return self._show_inactive or row.active
