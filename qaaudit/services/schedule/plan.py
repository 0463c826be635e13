"""QAF plans: read a year's plan, store one from plain data (the seed, an import, a copy),
copy a plan to another year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import PLAN_EDIT
from qaaudit.domain.plan import (
    AreaData,
    PlanData,
    RoleData,
    TaskData,
    ThemeData,
    load_seed,
    slug,
    unique_key,
)
from qaaudit.domain.problems import PlainProblem
from qaaudit.domain.schedule import (
    counts_to_text,
    instrument_for_kind,
    mask_to_months,
    months_to_mask,
    text_to_counts,
)
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.store.schedule import PlanRole, PlanServiceArea, PlanTheme, QafPlan, ScheduleTask

PLAN = "qaf_plan"


class PlanProblem(PlainProblem):
    """Something about a plan the person must hear, in plain words."""


@dataclass(frozen=True)
class TaskRow:
    id: int
    key: str
    name: str
    purpose: str
    months: frozenset[int]
    expected: int
    comment: str
    kind: str
    version: int
    assumed: frozenset[int] = frozenset()
    when_needed: bool = False
    counts: tuple[tuple[int, int], ...] = ()
    # The form whose completed records count toward the task (None: none, or the one its
    # kind of activity names; see ``counting_instrument``).
    instrument_key: str | None = None

    def expected_in(self, month: int) -> int:
        """How many are expected in ``month``: a figure printed in that month's cell, or
        the row's PER MONTH."""
        return dict(self.counts).get(month, self.expected)

    @property
    def counting_instrument(self) -> str | None:
        return self.instrument_key or instrument_for_kind(self.kind)


@dataclass(frozen=True)
class RoleBlock:
    id: int
    key: str
    name: str
    version: int
    tasks: tuple[TaskRow, ...]


@dataclass(frozen=True)
class AreaBlock:
    id: int
    name: str
    version: int
    roles: tuple[RoleBlock, ...]


@dataclass(frozen=True)
class ThemeRow:
    id: int
    theme: str
    purpose: str
    months: frozenset[int]
    comment: str
    theme_key: str | None
    version: int
    assumed: frozenset[int] = frozenset()


@dataclass(frozen=True)
class PlanView:
    id: int
    year: int
    title: str
    dated: date | None
    version: int
    areas: tuple[AreaBlock, ...]
    themes: tuple[ThemeRow, ...]

    @property
    def heading(self) -> str:
        return f"{self.title} - {self.year}"

    def roles(self) -> list[tuple[AreaBlock, RoleBlock]]:
        return [(area, role) for area in self.areas for role in area.roles]

    def to_data(self) -> PlanData:
        return PlanData(
            title=self.title,
            dated=self.dated,
            areas=[
                AreaData(
                    a.name,
                    [
                        RoleData(
                            r.name,
                            [
                                TaskData(
                                    t.name,
                                    t.kind,
                                    t.purpose,
                                    t.months,
                                    t.expected,
                                    t.comment,
                                    t.key,
                                    t.assumed,
                                    t.when_needed,
                                    dict(t.counts),
                                    t.instrument_key,
                                )
                                for t in r.tasks
                            ],
                            r.key,
                        )
                        for r in a.roles
                    ],
                )
                for a in self.areas
            ],
            themes=[
                ThemeData(t.theme, t.purpose, t.months, t.comment, t.theme_key, t.assumed)
                for t in self.themes
            ],
        )


def plan_years(session: Session) -> list[int]:
    return list(session.scalars(select(QafPlan.year).order_by(QafPlan.year)))


def plan_id_for(session: Session, year: int) -> int | None:
    return session.scalar(select(QafPlan.id).where(QafPlan.year == year))


_plan = QafPlan.__table__
_area = PlanServiceArea.__table__
_role = PlanRole.__table__
_task = ScheduleTask.__table__
_theme = PlanTheme.__table__


def load_plan(session: Session, year: int) -> PlanView | None:
    """The plan of ``year`` as plain rows. Read with plain queries of its tables rather
    than through the mapped classes: it is read for every due list, at start-up among
    them, and this way costs a third of the time."""
    plan = session.execute(
        select(_plan.c.id, _plan.c.title, _plan.c.dated, _plan.c.version_id).where(
            _plan.c.year == year
        )
    ).first()
    if plan is None:
        return None
    in_plan = _area.c.plan_id == plan.id
    areas = session.execute(
        select(_area.c.id, _area.c.name, _area.c.version_id)
        .where(in_plan)
        .order_by(_area.c.position, _area.c.id)
    ).all()
    roles = session.execute(
        select(_role.c.id, _role.c.area_id, _role.c.key, _role.c.name, _role.c.version_id)
        .join(_area, _area.c.id == _role.c.area_id)
        .where(in_plan)
        .order_by(_role.c.position, _role.c.id)
    ).all()
    tasks = session.execute(
        select(
            _task.c.id,
            _task.c.role_id,
            _task.c.key,
            _task.c.name,
            _task.c.purpose,
            _task.c.months,
            _task.c.expected,
            _task.c.comment,
            _task.c.kind,
            _task.c.version_id,
            _task.c.assumed_months,
            _task.c.when_needed,
            _task.c.month_counts,
            _task.c.instrument_key,
        )
        .join(_role, _role.c.id == _task.c.role_id)
        .join(_area, _area.c.id == _role.c.area_id)
        .where(in_plan)
        .order_by(_task.c.position, _task.c.id)
    ).all()
    themes = session.execute(
        select(
            _theme.c.id,
            _theme.c.theme,
            _theme.c.purpose,
            _theme.c.months,
            _theme.c.comment,
            _theme.c.theme_key,
            _theme.c.version_id,
            _theme.c.assumed_months,
        )
        .where(_theme.c.plan_id == plan.id)
        .order_by(_theme.c.position, _theme.c.id)
    ).all()
    tasks_of: dict[int, list[TaskRow]] = {}
    for t in tasks:
        tasks_of.setdefault(t.role_id, []).append(
            TaskRow(
                t.id,
                t.key,
                t.name,
                t.purpose,
                mask_to_months(t.months),
                t.expected,
                t.comment,
                t.kind,
                t.version_id,
                mask_to_months(t.assumed_months or 0),
                bool(t.when_needed),
                tuple(sorted(text_to_counts(t.month_counts).items())),
                t.instrument_key,
            )
        )
    roles_of: dict[int, list[RoleBlock]] = {}
    for r in roles:
        roles_of.setdefault(r.area_id, []).append(
            RoleBlock(r.id, r.key, r.name, r.version_id, tuple(tasks_of.get(r.id, ())))
        )
    return PlanView(
        id=plan.id,
        year=year,
        title=plan.title,
        dated=plan.dated,
        version=plan.version_id,
        areas=tuple(
            AreaBlock(a.id, a.name, a.version_id, tuple(roles_of.get(a.id, ()))) for a in areas
        ),
        themes=tuple(
            ThemeRow(
                t.id,
                t.theme,
                t.purpose,
                mask_to_months(t.months),
                t.comment,
                t.theme_key,
                t.version_id,
                mask_to_months(t.assumed_months or 0),
            )
            for t in themes
        ),
    )


def store_plan(
    session: Session,
    actor: Actor,
    year: int,
    data: PlanData,
    *,
    replace: bool = False,
    how: str = "created",
) -> PlanView:
    """Store ``data`` as the plan for ``year``. Roles and tasks keep the keys they carry;
    those without one take the key of the same-named role or task in the year's current
    plan or, failing that, the nearest earlier plan, so people in roles and recorded
    activities keep their meaning."""
    require(actor, PLAN_EDIT)
    existing = session.scalar(select(QafPlan).where(QafPlan.year == year))
    known = _known_keys(session, year)
    if existing is not None:
        if not replace:
            raise PlanProblem(
                f"There is already a plan for {year}. Choose to replace it, or pick another year."
            )
        record_changes(session, actor, PLAN, existing.id, [("replaced", str(year), None)])
        session.delete(existing)
        session.flush()
    plan = QafPlan(year=year, title=data.title, dated=data.dated)
    session.add(plan)
    role_keys: set[str] = set()
    task_keys: set[str] = set()
    for a_pos, area_data in enumerate(data.areas):
        area = PlanServiceArea(name=area_data.name, position=a_pos)
        plan.areas.append(area)
        for r_pos, role_data in enumerate(area_data.roles):
            role_key = unique_key(
                role_data.key
                or known.get(("role", area_data.name.casefold(), role_data.name.casefold()))
                or f"{slug(area_data.name)}/{slug(role_data.name)}",
                role_keys,
            )
            role = PlanRole(key=role_key, name=role_data.name, position=r_pos)
            area.roles.append(role)
            seen: dict[str, int] = {}
            for t_pos, task_data in enumerate(role_data.tasks):
                occurrence = seen.get(task_data.name.casefold(), 0)
                seen[task_data.name.casefold()] = occurrence + 1
                wanted = (
                    task_data.key
                    or known.get(("task", role_key, task_data.name.casefold(), str(occurrence)))
                    or f"{role_key}/{slug(task_data.name)}"
                )
                role.tasks.append(
                    ScheduleTask(
                        key=unique_key(wanted, task_keys),
                        name=task_data.name,
                        purpose=task_data.purpose,
                        months=months_to_mask(task_data.months),
                        expected=task_data.expected,
                        comment=task_data.comment,
                        kind=task_data.kind,
                        instrument_key=task_data.instrument_key,
                        position=t_pos,
                        assumed_months=months_to_mask(task_data.assumed & task_data.months),
                        when_needed=task_data.when_needed,
                        month_counts=counts_to_text(task_data.counts),
                    )
                )
    for th_pos, theme in enumerate(data.themes):
        plan.themes.append(
            PlanTheme(
                theme=theme.theme,
                purpose=theme.purpose,
                months=months_to_mask(theme.months),
                comment=theme.comment,
                theme_key=theme.theme_key,
                position=th_pos,
                assumed_months=months_to_mask(theme.assumed & theme.months),
            )
        )
    session.flush()
    record_changes(session, actor, PLAN, plan.id, [(how, None, str(year))])
    view = load_plan(session, year)
    assert view is not None
    return view


def _known_keys(session: Session, year: int) -> dict[tuple[str, ...], str]:
    """Keys of roles and tasks by name, from the year's plan and earlier ones (the nearest
    year wins)."""
    rows = session.execute(
        select(QafPlan.year, PlanServiceArea.name, PlanRole.key, PlanRole.name)
        .join(PlanServiceArea, PlanServiceArea.plan_id == QafPlan.id)
        .join(PlanRole, PlanRole.area_id == PlanServiceArea.id)
        .where(QafPlan.year <= year)
        .order_by(QafPlan.year)
    ).all()
    known: dict[tuple[str, ...], str] = {}
    for _year, area, key, role in rows:
        known[("role", area.casefold(), role.casefold())] = key
    task_rows = session.execute(
        select(QafPlan.year, PlanRole.key, ScheduleTask.key, ScheduleTask.name)
        .join(PlanServiceArea, PlanServiceArea.plan_id == QafPlan.id)
        .join(PlanRole, PlanRole.area_id == PlanServiceArea.id)
        .join(ScheduleTask, ScheduleTask.role_id == PlanRole.id)
        .where(QafPlan.year <= year)
        .order_by(QafPlan.year, PlanRole.id, ScheduleTask.position)
    ).all()
    counts: dict[tuple[int, str, str], int] = {}
    for plan_year, role_key, task_key, name in task_rows:
        position = counts.get((plan_year, role_key, name.casefold()), 0)
        counts[(plan_year, role_key, name.casefold())] = position + 1
        known[("task", role_key, name.casefold(), str(position))] = task_key
    return known


def copy_plan(session: Session, actor: Actor, from_year: int, to_year: int) -> PlanView:
    """Next year's plan starts as a copy of this year's, keys and all."""
    require(actor, PLAN_EDIT)
    source = load_plan(session, from_year)
    if source is None:
        raise PlanProblem(f"There is no plan for {from_year} to copy.")
    data = source.to_data()
    data.dated = None
    return store_plan(session, actor, to_year, data, how=f"copied from {from_year}")


def create_empty_plan(
    session: Session, actor: Actor, year: int, title: str = "QAF PLAN"
) -> PlanView:
    require(actor, PLAN_EDIT)
    return store_plan(session, actor, year, PlanData(title=title))


def load_council_plan(session: Session, actor: Actor, *, replace: bool = False) -> PlanView:
    """The council's 2017 plan from the seed file."""
    require(actor, PLAN_EDIT)
    data, year, _notes = load_seed()
    return store_plan(session, actor, year, data, replace=replace, how="loaded from seed")
