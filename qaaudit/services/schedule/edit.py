"""Changing a plan row by row: months, names, purposes, comments; adding, moving and
removing service areas, roles, tasks and audit themes. Only those the permission table
lets change the plan may do any of it; every change goes into the change history, and a
change to a row someone else changed since it was read is refused."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qaaudit.domain.instrument import current_instrument
from qaaudit.domain.permissions import PLAN_EDIT
from qaaudit.domain.plan import NAME_LIMIT, TASK_LIMIT, clean, slug, unique_key
from qaaudit.domain.schedule import (
    ALL_MONTHS,
    activity_kind,
    mask_to_months,
    months_label,
    months_to_mask,
)
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.instruments import refresh_catalogue
from qaaudit.services.common.permissions import require
from qaaudit.services.schedule.plan import PlanProblem
from qaaudit.store.errors import ConflictError
from qaaudit.store.schedule import PlanRole, PlanServiceArea, PlanTheme, QafPlan, ScheduleTask

AREA = "plan_service_area"
ROLE = "plan_role"
TASK = "schedule_task"
THEME = "plan_theme"
PLAN = "qaf_plan"
_ENTITIES: dict[str, type[Any]] = {
    AREA: PlanServiceArea,
    ROLE: PlanRole,
    TASK: ScheduleTask,
    THEME: PlanTheme,
    PLAN: QafPlan,
}
# Text fields each kind of row lets a person change, with the longest value allowed.
_TEXT_FIELDS = {
    AREA: {"name": NAME_LIMIT},
    ROLE: {"name": NAME_LIMIT},
    TASK: {"name": TASK_LIMIT, "purpose": 20000, "comment": 20000},
    THEME: {"theme": TASK_LIMIT, "purpose": 20000, "comment": 20000},
    PLAN: {"title": NAME_LIMIT},
}
_LABELS = {AREA: "service area", ROLE: "role", TASK: "task", THEME: "audit theme", PLAN: "plan"}

Row = TypeVar("Row")


def _checked(session: Session, entity: str, row_id: int, version: int) -> Any:
    model = _ENTITIES[entity]
    row = session.get(model, row_id, with_for_update=True)
    if row is None:
        raise ConflictError(
            f"This {_LABELS[entity]} was removed by someone else after you opened the plan. "
            "The plan will be shown again as it is now."
        )
    if row.version_id != version:
        raise ConflictError(
            f"Someone else changed this {_LABELS[entity]} after you opened the plan, so "
            "your change was not saved over theirs. The plan will be shown again as it is now."
        )
    return row


def toggle_month(
    session: Session, actor: Actor, entity: str, row_id: int, version: int, month: int
) -> int:
    """Shade or clear one month of a task or audit theme; returns the new version."""
    require(actor, PLAN_EDIT)
    if entity not in (TASK, THEME):
        raise ValueError(entity)
    if not 1 <= month <= 12:
        raise ValueError(month)
    row = _checked(session, entity, row_id, version)
    before = mask_to_months(row.months)
    bit = 1 << (month - 1)
    row.months = row.months ^ bit
    changes: list[tuple[str, str | None, str | None]] = []
    if row.assumed_months & bit:
        # Shading or clearing a month is the QA lead deciding it: no longer assumed.
        changes.append(
            (
                "assumed months",
                months_label(mask_to_months(row.assumed_months)),
                _assumed_label(row.assumed_months & ~bit),
            )
        )
        row.assumed_months = row.assumed_months & ~bit
    session.flush()
    after = mask_to_months(row.months)
    record_changes(
        session,
        actor,
        entity,
        row.id,
        [("months", months_label(before), months_label(after)), *changes],
    )
    return int(row.version_id)


def _assumed_label(mask: int) -> str:
    return months_label(mask_to_months(mask)) if mask else "none"


def confirm_months(
    session: Session, actor: Actor, entity: str, row_id: int, version: int, month: int | None
) -> int:
    """Confirm months that were assumed rather than read from the plan (one month, or all
    of the row's with ``month`` None): the mark goes, and the history says who confirmed
    which. Returns the new version."""
    require(actor, PLAN_EDIT)
    if entity not in (TASK, THEME):
        raise ValueError(entity)
    row = _checked(session, entity, row_id, version)
    clearing = row.assumed_months if month is None else row.assumed_months & (1 << (month - 1))
    if not clearing:
        return int(row.version_id)
    before = row.assumed_months
    row.assumed_months = before & ~clearing
    session.flush()
    record_changes(
        session,
        actor,
        entity,
        row.id,
        [
            ("months confirmed", None, months_label(mask_to_months(clearing))),
            ("assumed months", _assumed_label(before), _assumed_label(row.assumed_months)),
        ],
    )
    return int(row.version_id)


def set_when_needed(
    session: Session, actor: Actor, task_id: int, version: int, when_needed: bool
) -> int:
    """Make a task due only when needed (listed as such, never overdue), or due in every
    month shaded again. A task with no months shaded becomes possible in every month."""
    require(actor, PLAN_EDIT)
    row = _checked(session, TASK, task_id, version)
    if bool(row.when_needed) != when_needed:
        changes: list[tuple[str, str | None, str | None]] = [
            ("when needed", "yes" if row.when_needed else "no", "yes" if when_needed else "no")
        ]
        if when_needed and not row.months:
            # As the plan's "as required" tasks: it may be needed in any month.
            changes.append(("months", months_label(frozenset()), months_label(ALL_MONTHS)))
            row.months = months_to_mask(ALL_MONTHS)
        record_changes(session, actor, TASK, row.id, changes)
        row.when_needed = when_needed
        session.flush()
    return int(row.version_id)


def set_text(
    session: Session, actor: Actor, entity: str, row_id: int, version: int, field: str, value: str
) -> int:
    """Rename a row, or change its purpose or comment."""
    require(actor, PLAN_EDIT)
    limit = _TEXT_FIELDS[entity].get(field)
    if limit is None:
        raise ValueError(field)
    text = value.strip() if field in ("purpose", "comment") else clean(value)
    if field in ("name", "theme", "title") and not text:
        raise PlanProblem(f"A {_LABELS[entity]} needs a name.")
    if len(text) > limit:
        raise PlanProblem(f"That is too long: at most {limit} characters.")
    row = _checked(session, entity, row_id, version)
    old = getattr(row, field)
    if old == text:
        return int(row.version_id)
    if entity == AREA and field == "name":
        _refuse_duplicate_area(session, row.plan_id, text, row.id)
    setattr(row, field, text)
    session.flush()
    record_changes(session, actor, entity, row.id, [(field, old, text)])
    return int(row.version_id)


def set_expected(session: Session, actor: Actor, task_id: int, version: int, expected: int) -> int:
    require(actor, PLAN_EDIT)
    if not 0 <= expected <= 999:
        raise PlanProblem("The number expected each month must be between 0 and 999.")
    row = _checked(session, TASK, task_id, version)
    if row.expected != expected:
        record_changes(
            session, actor, TASK, row.id, [("expected", str(row.expected), str(expected))]
        )
        row.expected = expected
        session.flush()
    return int(row.version_id)


def set_kind(session: Session, actor: Actor, task_id: int, version: int, kind: str) -> int:
    require(actor, PLAN_EDIT)
    activity_kind(kind)
    row = _checked(session, TASK, task_id, version)
    if row.kind != kind:
        record_changes(session, actor, TASK, row.id, [("kind", row.kind, kind)])
        row.kind = kind
        session.flush()
    return int(row.version_id)


def set_instrument(
    session: Session, actor: Actor, task_id: int, version: int, instrument_key: str | None
) -> int:
    """Name the form whose completed records count toward a task (None: the form its kind
    of activity names, if any)."""
    require(actor, PLAN_EDIT)
    if instrument_key is not None:
        refresh_catalogue(session)
        try:
            current_instrument(instrument_key)
        except KeyError:
            raise PlanProblem(f"There is no form “{instrument_key}”.") from None
    row = _checked(session, TASK, task_id, version)
    if row.instrument_key != instrument_key:
        record_changes(
            session, actor, TASK, row.id, [("instrument", row.instrument_key, instrument_key)]
        )
        row.instrument_key = instrument_key
        session.flush()
    return int(row.version_id)


def _refuse_duplicate_area(session: Session, plan_id: int, name: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(PlanServiceArea.id).where(
            PlanServiceArea.plan_id == plan_id,
            func.lower(PlanServiceArea.name) == name.lower(),
        )
    )
    if clash is not None and clash != own_id:
        raise PlanProblem(f"The plan already has a service area called {name}.")


def _plan_keys(session: Session, plan_id: int, what: str) -> set[str]:
    if what == ROLE:
        query = (
            select(PlanRole.key)
            .join(PlanServiceArea, PlanRole.area_id == PlanServiceArea.id)
            .where(PlanServiceArea.plan_id == plan_id)
        )
    else:
        query = (
            select(ScheduleTask.key)
            .join(PlanRole, ScheduleTask.role_id == PlanRole.id)
            .join(PlanServiceArea, PlanRole.area_id == PlanServiceArea.id)
            .where(PlanServiceArea.plan_id == plan_id)
        )
    return set(session.scalars(query))


def _next_position(session: Session, column: Any, parent_column: Any, parent_id: int) -> int:
    highest = session.scalar(select(func.max(column)).where(parent_column == parent_id))
    return 0 if highest is None else int(highest) + 1


def add_area(session: Session, actor: Actor, plan_id: int, name: str) -> int:
    require(actor, PLAN_EDIT)
    name = clean(name)
    if not name:
        raise PlanProblem("A service area needs a name.")
    _refuse_duplicate_area(session, plan_id, name, None)
    area = PlanServiceArea(
        plan_id=plan_id,
        name=name[:NAME_LIMIT],
        position=_next_position(
            session, PlanServiceArea.position, PlanServiceArea.plan_id, plan_id
        ),
    )
    session.add(area)
    session.flush()
    record_changes(session, actor, AREA, area.id, [("added", None, area.name)])
    return area.id


def add_role(session: Session, actor: Actor, area_id: int, name: str) -> int:
    require(actor, PLAN_EDIT)
    name = clean(name)[:NAME_LIMIT]
    if not name:
        raise PlanProblem("A role needs a name.")
    area = session.get(PlanServiceArea, area_id)
    if area is None:
        raise ConflictError("That service area was removed by someone else.")
    key = unique_key(f"{slug(area.name)}/{slug(name)}", _plan_keys(session, area.plan_id, ROLE))
    role = PlanRole(
        area_id=area_id,
        key=key,
        name=name,
        position=_next_position(session, PlanRole.position, PlanRole.area_id, area_id),
    )
    session.add(role)
    session.flush()
    record_changes(session, actor, ROLE, role.id, [("added", None, name)])
    return role.id


def add_task(session: Session, actor: Actor, role_id: int, name: str, kind: str = "other") -> int:
    require(actor, PLAN_EDIT)
    name = clean(name)[:TASK_LIMIT]
    if not name:
        raise PlanProblem("A task needs a name.")
    activity_kind(kind)
    role = session.get(PlanRole, role_id)
    if role is None:
        raise ConflictError("That role was removed by someone else.")
    key = unique_key(f"{role.key}/{slug(name)}", _plan_keys(session, role.area.plan_id, TASK))
    task = ScheduleTask(
        role_id=role_id,
        key=key,
        name=name,
        kind=kind,
        purpose="",
        comment="",
        months=0,
        expected=1,
        position=_next_position(session, ScheduleTask.position, ScheduleTask.role_id, role_id),
    )
    session.add(task)
    session.flush()
    record_changes(session, actor, TASK, task.id, [("added", None, name)])
    return task.id


def add_theme(session: Session, actor: Actor, plan_id: int, theme: str) -> int:
    require(actor, PLAN_EDIT)
    theme = clean(theme)[:TASK_LIMIT]
    if not theme:
        raise PlanProblem("An audit theme needs a name.")
    row = PlanTheme(
        plan_id=plan_id,
        theme=theme,
        purpose="",
        comment="",
        months=0,
        position=_next_position(session, PlanTheme.position, PlanTheme.plan_id, plan_id),
    )
    session.add(row)
    session.flush()
    record_changes(session, actor, THEME, row.id, [("added", None, theme)])
    return row.id


def remove(session: Session, actor: Actor, entity: str, row_id: int, version: int) -> None:
    """Remove a row (and, for an area or role, everything in it)."""
    require(actor, PLAN_EDIT)
    row = _checked(session, entity, row_id, version)
    label = getattr(row, "name", None) or getattr(row, "theme", "")
    record_changes(session, actor, entity, row.id, [("removed", label, None)])
    session.delete(row)
    session.flush()


_SIBLINGS: dict[str, tuple[Any, str]] = {
    AREA: (PlanServiceArea, "plan_id"),
    ROLE: (PlanRole, "area_id"),
    TASK: (ScheduleTask, "role_id"),
    THEME: (PlanTheme, "plan_id"),
}


def move(session: Session, actor: Actor, entity: str, row_id: int, version: int, step: int) -> bool:
    """Move a row up (step -1) or down (+1) among its siblings; False at either end."""
    require(actor, PLAN_EDIT)
    model, parent = _SIBLINGS[entity]
    row = _checked(session, entity, row_id, version)
    siblings = list(
        session.scalars(
            select(model)
            .where(getattr(model, parent) == getattr(row, parent))
            .order_by(model.position, model.id)
        )
    )
    index = next(i for i, s in enumerate(siblings) if s.id == row.id)
    target = index + step
    if not 0 <= target < len(siblings):
        return False
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, sibling in enumerate(siblings):
        if sibling.position != position:
            sibling.position = position
    session.flush()
    record_changes(session, actor, entity, row.id, [("position", str(index + 1), str(target + 1))])
    return True
