"""People in roles: a named person holds a plan role in a team from one day to another.
A manager may hold several roles at once; people join and leave."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import ROLE_HOLDERS
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.schedule.plan import PlanProblem
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import Person, Team
from qaaudit.store.schedule import (
    PlanRole,
    PlanServiceArea,
    QafPlan,
    RoleAssignment,
    ScheduleTask,
)

ENTITY = "role_assignment"


@dataclass(frozen=True)
class RoleLine:
    task_key: str
    name: str


@dataclass(frozen=True)
class RoleChoice:
    key: str
    service_area: str
    role: str
    lines: tuple[RoleLine, ...]

    @property
    def label(self) -> str:
        return f"{self.service_area} - {self.role}"


@dataclass(frozen=True)
class Assignment:
    id: int
    person_id: int
    person: str
    role_key: str
    service_area: str
    role: str
    task_key: str | None
    line: str
    team_id: int | None
    team: str
    starts_on: date
    ends_on: date | None
    version: int

    def held_on(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or self.ends_on >= day)


def people_choices(session: Session) -> list[tuple[int, str]]:
    """Everyone known to the program who is still active, by name."""
    rows = session.execute(
        select(Person.id, Person.name).where(Person.active.is_(True)).order_by(Person.name)
    )
    return [(person_id, name) for person_id, name in rows]


def role_choices(session: Session, year: int) -> list[RoleChoice]:
    """The roles of the plan for ``year`` (or the nearest earlier plan), in plan order."""
    plan_year = session.scalar(
        select(QafPlan.year).where(QafPlan.year <= year).order_by(QafPlan.year.desc()).limit(1)
    ) or session.scalar(select(QafPlan.year).order_by(QafPlan.year).limit(1))
    if plan_year is None:
        return []
    rows = session.execute(
        select(
            PlanServiceArea.name, PlanRole.key, PlanRole.name, ScheduleTask.key, ScheduleTask.name
        )
        .join(QafPlan, PlanServiceArea.plan_id == QafPlan.id)
        .join(PlanRole, PlanRole.area_id == PlanServiceArea.id)
        .outerjoin(ScheduleTask, ScheduleTask.role_id == PlanRole.id)
        .where(QafPlan.year == plan_year)
        .order_by(PlanServiceArea.position, PlanRole.position, ScheduleTask.position)
    ).all()
    choices: dict[str, tuple[str, str, list[RoleLine]]] = {}
    for area, role_key, role, task_key, task in rows:
        entry = choices.setdefault(role_key, (area, role, []))
        if task_key is not None:
            entry[2].append(RoleLine(task_key, task))
    return [RoleChoice(k, a, r, tuple(lines)) for k, (a, r, lines) in choices.items()]


def _role(session: Session, role_key: str, year: int) -> RoleChoice:
    for choice in role_choices(session, year):
        if choice.key == role_key:
            return choice
    raise PlanProblem("That role is not in the plan any more; choose another.")


def assign_role(
    session: Session,
    actor: Actor,
    person_id: int,
    role_key: str,
    starts_on: date,
    *,
    team_id: int | None = None,
    ends_on: date | None = None,
    task_key: str | None = None,
) -> Assignment:
    require(actor, ROLE_HOLDERS)
    if ends_on is not None and ends_on < starts_on:
        raise PlanProblem("The last day in the role cannot be before the first.")
    if session.get(Person, person_id) is None:
        raise PlanProblem("That person is not known to the program.")
    role = _role(session, role_key, starts_on.year)
    line = ""
    if task_key is not None:
        found = [ln for ln in role.lines if ln.task_key == task_key]
        if not found:
            raise PlanProblem("That line is not part of the role; choose another.")
        line = found[0].name
    overlapping = session.scalar(
        select(RoleAssignment.id).where(
            RoleAssignment.person_id == person_id,
            RoleAssignment.role_key == role_key,
            (RoleAssignment.task_key == task_key)
            if task_key is not None
            else RoleAssignment.task_key.is_(None),
            or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= starts_on),
            RoleAssignment.starts_on <= (ends_on or date.max),
        )
    )
    if overlapping is not None:
        raise PlanProblem("This person already holds this role for some of those dates.")
    row = RoleAssignment(
        person_id=person_id,
        role_key=role_key,
        service_area=role.service_area,
        role=role.role,
        task_key=task_key,
        team_id=team_id,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    session.add(row)
    session.flush()
    record_changes(
        session,
        actor,
        ENTITY,
        row.id,
        [
            ("role", None, role.label + (f" ({line})" if line else "")),
            ("starts_on", None, starts_on.isoformat()),
            ("ends_on", None, ends_on.isoformat() if ends_on else None),
        ],
    )
    return load_assignment(session, row.id)


def end_assignment(
    session: Session, actor: Actor, assignment_id: int, version: int, ends_on: date | None
) -> Assignment:
    """Set (or clear, with None) the last day someone holds a role."""
    require(actor, ROLE_HOLDERS)
    row = session.get(RoleAssignment, assignment_id, with_for_update=True)
    if row is None or row.version_id != version:
        raise ConflictError(
            "Someone else changed or removed this role holder after you opened the list. "
            "The list will be shown again as it is now."
        )
    if ends_on is not None and ends_on < row.starts_on:
        raise PlanProblem("The last day in the role cannot be before the first.")
    old = row.ends_on.isoformat() if row.ends_on else None
    row.ends_on = ends_on
    session.flush()
    record_changes(
        session, actor, ENTITY, row.id, [("ends_on", old, ends_on.isoformat() if ends_on else None)]
    )
    return load_assignment(session, row.id)


def remove_assignment(session: Session, actor: Actor, assignment_id: int, version: int) -> None:
    """Remove an assignment made by mistake (someone who leaves is ended, not removed)."""
    require(actor, ROLE_HOLDERS)
    row = session.get(RoleAssignment, assignment_id, with_for_update=True)
    if row is None or row.version_id != version:
        raise ConflictError("Someone else changed or removed this role holder.")
    record_changes(
        session, actor, ENTITY, row.id, [("removed", f"{row.service_area} - {row.role}", None)]
    )
    session.delete(row)
    session.flush()


def load_assignment(session: Session, assignment_id: int) -> Assignment:
    found = list_assignments(session, assignment_id=assignment_id)
    if not found:
        raise LookupError(assignment_id)
    return found[0]


def list_assignments(
    session: Session,
    *,
    person_id: int | None = None,
    held_on: date | None = None,
    assignment_id: int | None = None,
) -> list[Assignment]:
    query = (
        select(RoleAssignment, Person.name, Team.name)
        .join(Person, RoleAssignment.person_id == Person.id)
        .outerjoin(Team, RoleAssignment.team_id == Team.id)
        .order_by(Person.name, RoleAssignment.starts_on, RoleAssignment.id)
    )
    if person_id is not None:
        query = query.where(RoleAssignment.person_id == person_id)
    if assignment_id is not None:
        query = query.where(RoleAssignment.id == assignment_id)
    if held_on is not None:
        query = query.where(
            RoleAssignment.starts_on <= held_on,
            or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= held_on),
        )
    rows = session.execute(query).all()
    lines = _line_names(session, {r.task_key for r, _p, _t in rows if r.task_key})
    return [
        Assignment(
            id=row.id,
            person_id=row.person_id,
            person=person,
            role_key=row.role_key,
            service_area=row.service_area,
            role=row.role,
            task_key=row.task_key,
            line=lines.get(row.task_key, "") if row.task_key else "",
            team_id=row.team_id,
            team=team or "",
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            version=row.version_id,
        )
        for row, person, team in rows
    ]


def _line_names(session: Session, keys: set[str]) -> dict[str, str]:
    """The newest name of each rota line."""
    if not keys:
        return {}
    rows = session.execute(
        select(ScheduleTask.key, ScheduleTask.name)
        .where(ScheduleTask.key.in_(keys))
        .order_by(ScheduleTask.id)
    )
    return dict(rows.all())
