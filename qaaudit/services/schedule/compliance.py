"""Compliance with the QAF plan: due versus done by month, service area, role, team and
person, with what is overdue; and the figures a service performance review quotes."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.due import COMING, OVERDUE, WHEN_NEEDED
from qaaudit.domain.schedule import ACTIVITY_KINDS, MONTH_NAMES
from qaaudit.services.schedule.due import DueItem, year_due
from qaaudit.services.schedule.plan import load_plan
from qaaudit.store.schedule import RoleAssignment

BY_MONTH = "month"
BY_AREA = "service_area"
BY_ROLE = "role"
BY_TEAM = "team"
BY_PERSON = "person"
GROUPINGS = OrderedDict(
    [
        (BY_MONTH, "Month"),
        (BY_AREA, "Service area"),
        (BY_ROLE, "Role"),
        (BY_TEAM, "Team"),
        (BY_PERSON, "Person"),
    ]
)


@dataclass(frozen=True)
class ComplianceLine:
    group: str
    sort_key: str
    due: int
    done: int
    overdue: int

    @property
    def percent(self) -> float | None:
        return None if self.due == 0 else 100.0 * self.done / self.due


@dataclass(frozen=True)
class ActivityFigure:
    kind: str
    label: str
    due: int
    done: int


@dataclass(frozen=True)
class ComplianceFilter:
    first_month: int = 1
    last_month: int = 12
    service_area: str = ""
    role: str = ""
    team: str = ""
    person_id: int | None = None

    def accepts(self, item: DueItem) -> bool:
        return (
            self.first_month <= item.month.month <= self.last_month
            and (not self.service_area or item.service_area == self.service_area)
            and (not self.role or item.role == self.role)
            and (not self.team or item.team == self.team)
            and (self.person_id is None or item.person_id == self.person_id)
        )


def compliance_items(
    session: Session, year: int, today: date, chosen: ComplianceFilter | None = None
) -> list[DueItem]:
    """Owed items of the year that have fallen due by ``today`` (later months are not yet
    a matter of compliance), within the filter."""
    return fallen_due(year_due(session, year, today).items, chosen)


def fallen_due(items: list[DueItem], chosen: ComplianceFilter | None = None) -> list[DueItem]:
    """The items of a year's due lists that have fallen due, within the filter. A task due
    only when needed counts only once something was recorded against it."""
    chosen = chosen or ComplianceFilter()
    return [
        item
        for item in items
        if item.status not in (COMING, WHEN_NEEDED)
        and chosen.accepts(item)
        and (not item.when_needed or item.done)
    ]


_GROUP_OF: dict[str, Callable[[DueItem], tuple[str, str]]] = {
    BY_MONTH: lambda i: (MONTH_NAMES[i.month.month - 1], f"{i.month.month:02d}"),
    BY_AREA: lambda i: (i.service_area, i.service_area.casefold()),
    BY_ROLE: lambda i: (f"{i.service_area} - {i.role}", f"{i.service_area} - {i.role}".casefold()),
    BY_TEAM: lambda i: (i.team or "(no team)", (i.team or "~").casefold()),
    BY_PERSON: lambda i: (i.person, f"{i.person.casefold()}#{i.person_id}"),
}


def summarise(items: list[DueItem], by: str) -> list[ComplianceLine]:
    """Due, done and overdue counted in units (a task expected twice in a month is two)."""
    group_of = _GROUP_OF[by]
    totals: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for item in items:
        label, key = group_of(item)
        labels[key] = label
        entry = totals.setdefault(key, [0, 0, 0])
        entry[0] += item.counted_due
        entry[1] += min(item.done, item.counted_due)
        entry[2] += item.outstanding if item.status == OVERDUE else 0
    return [
        ComplianceLine(labels[key], key, due, done, overdue)
        for key, (due, done, overdue) in sorted(totals.items())
    ]


def overdue_items(items: list[DueItem]) -> list[DueItem]:
    return sorted(
        (i for i in items if i.status == OVERDUE),
        key=lambda i: (i.month, i.service_area, i.person, i.task),
    )


def same_service_area(a: str, b: str) -> bool:
    """Service areas named alike, ignoring case, spacing and '&' for 'and'."""

    def norm(text: str) -> str:
        return " ".join(text.replace("&", " and ").casefold().split())

    return norm(a) == norm(b)


def _months_between(start: date, end: date) -> list[date]:
    months = []
    current = start.replace(day=1)
    while current <= end:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def activity_figures(
    session: Session, service_area: str, start: date, end: date
) -> list[ActivityFigure]:
    """For each kind of activity in the service area's plan, how many units fell due in
    the months from ``start`` to ``end`` (inclusive) and how many of those were done
    (whenever they were done). The service area is matched by name, ignoring case and
    '&' for 'and'. Kinds in the plan with nothing due in the period are listed with 0."""
    months = set(_months_between(start, end))
    counts: dict[str, list[int]] = {}
    kinds_in_plan: set[str] = set()
    for year in range(start.year, end.year + 1):
        plan = load_plan(session, year)
        if plan is None:
            continue
        roles: set[str] = set()
        for area in plan.areas:
            if same_service_area(area.name, service_area):
                kinds_in_plan.update(t.kind for r in area.roles for t in r.tasks)
                roles.update(r.key for r in area.roles)
        # Only the people who hold a role of this service area owe anything counted here;
        # each is settled against all of their work, as on their own due list.
        people = set(
            session.scalars(
                select(RoleAssignment.person_id).where(RoleAssignment.role_key.in_(roles))
            )
        )
        for item in year_due(session, year, date.max, person_ids=people, plan=plan).items:
            if item.month in months and same_service_area(item.service_area, service_area):
                entry = counts.setdefault(item.kind, [0, 0])
                entry[0] += item.counted_due
                entry[1] += min(item.done, item.counted_due)
    return [
        ActivityFigure(kind.key, kind.label, *counts.get(kind.key, [0, 0]))
        for kind in ACTIVITY_KINDS
        if kind.key in kinds_in_plan or kind.key in counts
    ]


def compliance_totals(
    session: Session, service_area: str, start: date, end: date
) -> tuple[int, int]:
    """(due, done) over every activity of the service area's plan in the period."""
    figures = activity_figures(session, service_area, start, end)
    return sum(f.due for f in figures), sum(f.done for f in figures)
