"""Due lists: for any person and month, what is due, what is done, and what is overdue
from earlier months of the same year.

Completed case file audits are counted from the audits themselves, by query (audits
completed by the person with their audit month in the year; re-audits are those linked to
an earlier audit); so are completed records of the other forms, against the tasks that
name their form. Other activities are counted from what people recorded as done.
The counting rules are in qaaudit/domain/due.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED
from qaaudit.domain.due import (
    DONE,
    OVERDUE,
    STATUS_LABELS,
    WHEN_NEEDED,
    Owed,
    Work,
    counted_due,
    holds_in_month,
    settle,
    status_of,
)
from qaaudit.domain.instrument import CASE_FILE_AUDIT, current_instrument
from qaaudit.domain.schedule import AUDIT, REAUDIT, activity_kind
from qaaudit.services.schedule.plan import PlanView, load_plan
from qaaudit.store.models import CaseFileAudit, Person, Team
from qaaudit.store.schedule import RoleAssignment, ScheduleActivity


@dataclass(frozen=True)
class DueItem:
    """One task owed by one person in one month."""

    person_id: int
    person: str
    team_id: int | None
    team: str
    service_area: str
    role: str
    role_key: str
    task_key: str
    task: str
    kind: str
    month: date
    expected: int
    done: int
    done_on: tuple[date, ...]
    status: str
    when_needed: bool = False

    @property
    def kind_label(self) -> str:
        return activity_kind(self.kind).label

    @property
    def automatic(self) -> bool:
        return activity_kind(self.kind).automatic

    @property
    def counted_due(self) -> int:
        """What this item adds to the due side of compliance (see domain/due.py)."""
        return counted_due(self.expected, self.done, self.when_needed)

    @property
    def status_label(self) -> str:
        if self.when_needed and self.status == DONE:
            return f"Done when needed ({self.done})"
        if self.status not in (DONE, WHEN_NEEDED) and self.done:
            return f"{STATUS_LABELS[self.status]} ({self.done} of {self.expected} done)"
        return STATUS_LABELS[self.status]

    @property
    def outstanding(self) -> int:
        return 0 if self.when_needed else max(self.expected - self.done, 0)


@dataclass(frozen=True)
class ExtraWork:
    """Work done that paid off nothing owed (more than was due, or no role held)."""

    person_id: int
    on: date
    what: str
    count: int


@dataclass
class YearDue:
    year: int
    items: list[DueItem] = field(default_factory=list)
    extra: list[ExtraWork] = field(default_factory=list)


@dataclass(frozen=True)
class DueList:
    person_id: int
    person: str
    month: date
    due: tuple[DueItem, ...]
    overdue: tuple[DueItem, ...]
    done_this_month: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.due or self.overdue)


def year_due(
    session: Session,
    year: int,
    today: date,
    person_ids: set[int] | None = None,
    plan: PlanView | None = None,
) -> YearDue:
    """Every person's owed items for the year, settled against their work (``plan``: the
    year's plan when the caller has read it already)."""
    result = YearDue(year)
    plan = plan if plan is not None else load_plan(session, year)
    if plan is None:
        return result
    roles = {role.key: (area.name, role) for area, role in plan.roles()}
    first, last = date(year, 1, 1), date(year, 12, 31)
    # Plain columns rather than the mapped rows: a whole council's year is read at once.
    query = (
        select(
            RoleAssignment.person_id,
            RoleAssignment.role_key,
            RoleAssignment.task_key,
            RoleAssignment.team_id,
            RoleAssignment.starts_on,
            RoleAssignment.ends_on,
            Person.name,
            Person.team_id,
        )
        .join(Person, RoleAssignment.person_id == Person.id)
        .where(
            RoleAssignment.starts_on <= last,
            or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= first),
        )
        .order_by(Person.name, RoleAssignment.id)
    )
    if person_ids is not None:
        query = query.where(RoleAssignment.person_id.in_(person_ids))
    teams = dict(session.execute(select(Team.id, Team.name)).all())

    # (person) -> owed units, and for each owed unit the assignment facts to show
    owed: dict[int, list[Owed]] = defaultdict(list)
    facts: dict[int, list[tuple[str, str, str, int | None, str]]] = defaultdict(list)
    names: dict[int, str] = {}
    seen: set[tuple[int, str, int]] = set()
    for (
        person_id,
        role_key,
        task_key,
        held_team,
        starts_on,
        ends_on,
        person,
        person_team,
    ) in session.execute(query):
        found = roles.get(role_key)
        if found is None:
            continue
        area_name, role = found
        names[person_id] = person
        team_id = held_team if held_team is not None else person_team
        for task in role.tasks:
            if task_key is not None and task.key != task_key:
                continue
            for month in sorted(task.months):
                expected = task.expected_in(month)
                if expected <= 0:
                    continue
                if not holds_in_month(starts_on, ends_on, year, month):
                    continue
                marker = (person_id, task.key, month)
                if marker in seen:
                    continue
                seen.add(marker)
                owed[person_id].append(
                    Owed(
                        task.key,
                        task.kind,
                        month,
                        expected,
                        task.when_needed,
                        task.counting_instrument,
                    )
                )
                facts[person_id].append((area_name, role.name, role.key, team_id, task.name))

    people = set(owed) if person_ids is None else set(person_ids)
    work = _work(session, year, people)
    for person_id in sorted(owed, key=lambda p: (names.get(p, ""), p)):
        ledger = settle(owed[person_id], work.get(person_id, []))
        for settled, (area_name, role_name, role_key, team_id, task_name) in zip(
            ledger.settled, facts[person_id], strict=True
        ):
            o = settled.owed
            result.items.append(
                DueItem(
                    person_id=person_id,
                    person=names[person_id],
                    team_id=team_id,
                    team=teams.get(team_id, "") if team_id is not None else "",
                    service_area=area_name,
                    role=role_name,
                    role_key=role_key,
                    task_key=o.task_key,
                    task=task_name,
                    kind=o.kind,
                    month=date(year, o.month, 1),
                    expected=o.expected,
                    done=settled.done,
                    done_on=tuple(sorted(settled.done_on)),
                    status=status_of(
                        year,
                        o.month,
                        settled.met,
                        today,
                        when_needed=o.when_needed,
                        done=settled.done,
                    ),
                    when_needed=o.when_needed,
                )
            )
        for piece, left in ledger.unmatched:
            result.extra.append(ExtraWork(person_id, piece.on, _describe(piece), left))
    return result


def _describe(piece: Work) -> str:
    if piece.instrument_key:
        try:
            return current_instrument(piece.instrument_key).title
        except KeyError:
            return piece.instrument_key
    if piece.counted_from == REAUDIT:
        return "Re-audit (case file audit of a case audited before)"
    if piece.counted_from == AUDIT:
        return "Case file audit"
    return activity_kind(piece.kind).label


def _work(session: Session, year: int, people: set[int]) -> dict[int, list[Work]]:
    """Each person's work in the year: recorded activities, and completed audits counted
    by query (never copied)."""
    work: dict[int, list[Work]] = defaultdict(list)
    if not people:
        return work
    first, last = date(year, 1, 1), date(year, 12, 31)
    activities = session.execute(
        select(
            ScheduleActivity.person_id,
            ScheduleActivity.done_on,
            ScheduleActivity.count,
            ScheduleActivity.kind,
            ScheduleActivity.task_key,
        ).where(
            ScheduleActivity.person_id.in_(people),
            ScheduleActivity.done_on >= first,
            ScheduleActivity.done_on <= last,
        )
    )
    for person_id, done_on, count, kind, task_key in activities:
        work[person_id].append(Work(done_on, count, kind, task_key))
    is_reaudit = case((CaseFileAudit.previous_audit_id.is_(None), 0), else_=1)
    audits = session.execute(
        select(CaseFileAudit.auditor_id, CaseFileAudit.audit_month, is_reaudit, func.count())
        .where(
            CaseFileAudit.status == COMPLETED,
            CaseFileAudit.auditor_id.in_(people),
            CaseFileAudit.audit_month >= first,
            CaseFileAudit.audit_month <= last,
            CaseFileAudit.instrument_key == CASE_FILE_AUDIT,
        )
        .group_by(CaseFileAudit.auditor_id, CaseFileAudit.audit_month, is_reaudit)
    )
    for person_id, month, reaudit, count in audits:
        work[person_id].append(Work(month, int(count), counted_from=REAUDIT if reaudit else AUDIT))
    records = session.execute(
        select(
            CaseFileAudit.auditor_id,
            CaseFileAudit.audit_month,
            CaseFileAudit.instrument_key,
            func.count(),
        )
        .where(
            CaseFileAudit.status == COMPLETED,
            CaseFileAudit.auditor_id.in_(people),
            CaseFileAudit.audit_month >= first,
            CaseFileAudit.audit_month <= last,
            CaseFileAudit.instrument_key != CASE_FILE_AUDIT,
        )
        .group_by(CaseFileAudit.auditor_id, CaseFileAudit.audit_month, CaseFileAudit.instrument_key)
    )
    for person_id, month, key, count in records:
        work[person_id].append(Work(month, int(count), instrument_key=key))
    return work


def due_list(session: Session, person_id: int, month: date, today: date) -> DueList:
    """What one person owes in a month, and what is still overdue from earlier months."""
    month = month.replace(day=1)
    year = year_due(session, month.year, today, {person_id})
    person = session.scalar(select(Person.name).where(Person.id == person_id)) or ""
    due = tuple(i for i in year.items if i.month == month)
    overdue = tuple(i for i in year.items if i.month < month and i.status == OVERDUE)
    done: list[str] = []
    for item in year.items:
        for day in item.done_on:
            if (day.year, day.month) == (month.year, month.month):
                done.append(f"{item.task} ({item.role})")
    for extra in year.extra:
        if (extra.on.year, extra.on.month) == (month.year, month.month):
            done.append(
                f"{extra.what} (more than was due)"
                + (f" x{extra.count}" if extra.count > 1 else "")
            )
    return DueList(person_id, person, month, due, overdue, tuple(done))
