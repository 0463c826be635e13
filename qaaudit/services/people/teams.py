"""Service areas and their teams: add, rename, and deactivate a team that no longer
exists. A deactivated team keeps its audits (and its name on them) and leaves the lists
people choose a team from. The same people may do this as may change people (the
permission table says who)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import Problem
from qaaudit.domain.permissions import TEAMS
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.people.admin import ValidationFailed, require_changer
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team

TEAM = "team"
SERVICE_AREA = "service_area"
NAME_LENGTH = 120


@dataclass(frozen=True)
class ServiceAreaRow:
    id: int
    name: str
    teams: int


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    service_area_id: int
    service_area: str
    active: bool
    people: int
    audits: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.service_area})"


def list_service_areas(session: Session) -> list[ServiceAreaRow]:
    counts = _counts(
        session.execute(
            select(Team.service_area_id, func.count(Team.id)).group_by(Team.service_area_id)
        )
    )
    rows = session.execute(
        select(ServiceArea.id, ServiceArea.name).order_by(ServiceArea.position, ServiceArea.name)
    )
    return [ServiceAreaRow(area_id, name, counts.get(area_id, 0)) for area_id, name in rows]


def list_teams(session: Session) -> list[TeamRow]:
    """Every team, active or not, in service area order, with how many people are in it
    and how many audits carry its name."""
    people = _counts(
        session.execute(
            select(Person.team_id, func.count(Person.id))
            .where(Person.team_id.is_not(None), Person.active.is_(True))
            .group_by(Person.team_id)
        )
    )
    audits = _counts(
        session.execute(
            select(CaseFileAudit.team_id, func.count(CaseFileAudit.id))
            .where(CaseFileAudit.team_id.is_not(None))
            .group_by(CaseFileAudit.team_id)
        )
    )
    rows = session.execute(
        select(Team.id, Team.name, ServiceArea.id, ServiceArea.name, Team.active)
        .join(ServiceArea, Team.service_area_id == ServiceArea.id)
        .order_by(ServiceArea.position, ServiceArea.name, Team.name)
    )
    return [
        TeamRow(t_id, t_name, a_id, a_name, bool(active), people.get(t_id, 0), audits.get(t_id, 0))
        for t_id, t_name, a_id, a_name, active in rows
    ]


def _counts(rows: Iterable[Any]) -> dict[int, int]:
    # not dict(result): a Result has keys() (its column names), so dict() misreads it
    return {key: int(count) for key, count in rows}


def add_service_area(session: Session, actor: Actor, name: str) -> ServiceAreaRow:
    require(actor, TEAMS)
    require_changer(session, actor)
    name = _name(name, "service area")
    if _area_named(session, name, None):
        raise ValidationFailed(
            [Problem("name", f"There is already a service area called “{name}”.")]
        )
    last = session.scalar(select(func.max(ServiceArea.position))) or 0
    area = ServiceArea(name=name, position=last + 1)
    session.add(area)
    session.flush()
    record_changes(session, actor, SERVICE_AREA, area.id, [("created", None, name)])
    return ServiceAreaRow(area.id, area.name, 0)


def rename_service_area(
    session: Session, actor: Actor, area_id: int, started_from: str, name: str
) -> None:
    require(actor, TEAMS)
    require_changer(session, actor)
    area = session.get(ServiceArea, area_id, with_for_update=True)
    if area is None or area.name != started_from:
        raise ConflictError(
            "Someone else renamed this service area after you opened the list. Nothing was "
            "changed; the list now shows its name as it is.",
            [("Name", name, area.name if area else "")],
        )
    name = _name(name, "service area")
    if name == area.name:
        return
    if _area_named(session, name, area_id):
        raise ValidationFailed(
            [Problem("name", f"There is already a service area called “{name}”.")]
        )
    record_changes(session, actor, SERVICE_AREA, area.id, [("name", area.name, name)])
    area.name = name
    session.flush()


def add_team(session: Session, actor: Actor, service_area_id: int, name: str) -> TeamRow:
    require(actor, TEAMS)
    require_changer(session, actor)
    area = session.get(ServiceArea, service_area_id)
    if area is None:
        raise ValidationFailed(
            [Problem("service_area", "That service area is not known to the program.")]
        )
    name = _name(name, "team")
    if _team_named(session, service_area_id, name, None):
        raise ValidationFailed(
            [Problem("name", f"{area.name} already has a team called “{name}”.")]
        )
    team = Team(name=name, service_area_id=area.id, active=True)
    session.add(team)
    session.flush()
    record_changes(session, actor, TEAM, team.id, [("created", None, f"{name} ({area.name})")])
    return TeamRow(team.id, team.name, area.id, area.name, True, 0, 0)


def rename_team(session: Session, actor: Actor, team_id: int, started_from: str, name: str) -> None:
    """A new name for a team; its audits show the new name, as they follow the team."""
    require(actor, TEAMS)
    require_changer(session, actor)
    team = _team_as_opened(session, team_id, started_from, "renamed", name)
    name = _name(name, "team")
    if name == team.name:
        return
    if _team_named(session, team.service_area_id, name, team.id):
        raise ValidationFailed(
            [Problem("name", f"This service area already has a team called “{name}”.")]
        )
    record_changes(session, actor, TEAM, team.id, [("name", team.name, name)])
    team.name = name
    session.flush()


def set_team_active(
    session: Session, actor: Actor, team_id: int, started_from: str, active: bool
) -> None:
    """Deactivate a team that no longer exists, or bring it back. Its audits keep it."""
    require(actor, TEAMS)
    require_changer(session, actor)
    team = _team_as_opened(session, team_id, started_from, "changed", started_from)
    if bool(team.active) == active:
        return
    record_changes(session, actor, TEAM, team.id, [("active", _yes(team.active), _yes(active))])
    team.active = active
    session.flush()


def _team_as_opened(
    session: Session, team_id: int, started_from: str, what: str, mine: str
) -> Team:
    team = session.get(Team, team_id, with_for_update=True)
    if team is None or team.name != started_from:
        raise ConflictError(
            f"Someone else {what} this team after you opened the list. Nothing was changed; "
            "the list now shows the team as it is.",
            [("Name", mine, team.name if team else "")],
        )
    return team


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _name(text: str, what: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationFailed([Problem("name", f"Give the {what} a name.")])
    if len(name) > NAME_LENGTH:
        raise ValidationFailed(
            [Problem("name", f"A {what} name is at most {NAME_LENGTH} characters.")]
        )
    return name


def _area_named(session: Session, name: str, other_than: int | None) -> bool:
    query = select(ServiceArea.id).where(func.lower(ServiceArea.name) == name.lower())
    if other_than is not None:
        query = query.where(ServiceArea.id != other_than)
    return session.scalar(query.limit(1)) is not None


def _team_named(session: Session, area_id: int, name: str, other_than: int | None) -> bool:
    query = select(Team.id).where(
        Team.service_area_id == area_id, func.lower(Team.name) == name.lower()
    )
    if other_than is not None:
        query = query.where(Team.id != other_than)
    return session.scalar(query.limit(1)) is not None
