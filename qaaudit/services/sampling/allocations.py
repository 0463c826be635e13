"""The month's allocation as people see it: each auditor's cases with how far each audit
has got, everyone's (for the QA lead), the counts of allocated, started and completed, and
the coverage of the last twelve months by team or strand and practice area.

An allocated case counts as *started* when its auditor has an audit of that case number
with the allocation's month, and *completed* when that audit is completed: counted by
query, never copied.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.permissions import SAMPLE_WORKBOOK, permission
from qaaudit.domain.sampling import legal_status, months_before, status_label
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.permissions import may
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.sampling.draws import KIND_LABELS
from qaaudit.store.models import AuditArea, CaseFileAudit, Person, Team
from qaaudit.store.sampling import CaseListEntry, SampleAllocation

TO_DO = "to_do"
STARTED = "started"
DONE = "completed"
STATE_LABELS = {TO_DO: "To do", STARTED: "Started", DONE: "Completed"}


@dataclass(frozen=True)
class AllocatedCase:
    id: int
    month: date
    case_number: str
    auditor_id: int
    auditor: str
    team_id: int
    team: str
    legal_status: str
    strand: str
    age_band: str
    case_holder: str
    kind: str
    reason: str
    withdrawn: bool
    withdrawn_reason: str
    state: str
    audit_id: int | None

    @property
    def legal_status_label(self) -> str:
        return status_label(self.legal_status)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def state_label(self) -> str:
        return "Withdrawn" if self.withdrawn else STATE_LABELS[self.state]


@dataclass(frozen=True)
class AuditorCount:
    auditor_id: int
    auditor: str
    allocated: int
    started: int
    completed: int


@dataclass(frozen=True)
class AllocationCounts:
    month: date
    by_auditor: tuple[AuditorCount, ...]

    @property
    def allocated(self) -> int:
        return sum(c.allocated for c in self.by_auditor)

    @property
    def started(self) -> int:
        return sum(c.started for c in self.by_auditor)

    @property
    def completed(self) -> int:
        return sum(c.completed for c in self.by_auditor)


def refuse_unless_lead(actor: Actor) -> None:
    """Everyone's allocation is for the QA lead and administrators."""
    if not may(actor, SAMPLE_WORKBOOK):
        raise NotAllowed(permission(SAMPLE_WORKBOOK).refusal)


def _cases(
    session: Session, month: date, auditor_id: int | None, withdrawn: bool
) -> list[AllocatedCase]:
    month = month.replace(day=1)
    query = (
        select(SampleAllocation, CaseListEntry, Person.name, Team.name)
        .join(CaseListEntry, SampleAllocation.entry_id == CaseListEntry.id)
        .join(Person, SampleAllocation.auditor_id == Person.id)
        .join(Team, CaseListEntry.team_id == Team.id)
        .where(SampleAllocation.month == month)
        .order_by(Person.name, SampleAllocation.case_number, SampleAllocation.id)
    )
    if auditor_id is not None:
        query = query.where(SampleAllocation.auditor_id == auditor_id)
    if not withdrawn:
        query = query.where(SampleAllocation.withdrawn_at.is_(None))
    rows = session.execute(query).all()
    audits: dict[tuple[int, str], tuple[int, str]] = {}
    if rows:
        numbers = {a.case_number for a, _e, _p, _t in rows}
        people = {a.auditor_id for a, _e, _p, _t in rows}
        for audit_id, audited_by, number, status in session.execute(
            select(
                CaseFileAudit.id,
                CaseFileAudit.auditor_id,
                CaseFileAudit.case_number,
                CaseFileAudit.status,
            )
            .where(
                CaseFileAudit.audit_month == month,
                CaseFileAudit.auditor_id.in_(people),
                CaseFileAudit.case_number.in_(numbers),
            )
            .order_by(CaseFileAudit.id)
        ):
            key = (audited_by, number)
            # A completed audit of the case counts over a draft of it.
            if key not in audits or status == COMPLETED:
                audits[key] = (audit_id, status)
    result = []
    for allocation, entry, auditor, team in rows:
        found = audits.get((allocation.auditor_id, allocation.case_number))
        state = TO_DO if found is None else DONE if found[1] == COMPLETED else STARTED
        result.append(
            AllocatedCase(
                id=allocation.id,
                month=allocation.month,
                case_number=allocation.case_number,
                auditor_id=allocation.auditor_id,
                auditor=auditor,
                team_id=entry.team_id,
                team=team,
                legal_status=entry.legal_status,
                strand=legal_status(entry.legal_status).strand,
                age_band=entry.age_band,
                case_holder=entry.case_holder,
                kind=allocation.kind,
                reason=allocation.reason,
                withdrawn=allocation.withdrawn_at is not None,
                withdrawn_reason=allocation.withdrawn_reason,
                state=state,
                audit_id=found[0] if found else None,
            )
        )
    return result


def my_cases(session: Session, actor: Actor, month: date) -> list[AllocatedCase]:
    """The cases given to the person at the screen for ``month``."""
    return _cases(session, month, actor.id, withdrawn=False)


def month_allocation(
    session: Session, actor: Actor, month: date, *, withdrawn: bool = True
) -> list[AllocatedCase]:
    """Everyone's cases for ``month`` (withdrawn ones too, with their reasons)."""
    refuse_unless_lead(actor)
    return _cases(session, month, None, withdrawn)


def allocation_counts(session: Session, actor: Actor, month: date) -> AllocationCounts:
    """Allocated, started and completed, by auditor."""
    refuse_unless_lead(actor)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    names: dict[int, str] = {}
    for case in _cases(session, month, None, withdrawn=False):
        names[case.auditor_id] = case.auditor
        tally = counts[case.auditor_id]
        tally[0] += 1
        tally[1] += case.state in (STARTED, DONE)
        tally[2] += case.state == DONE
    return AllocationCounts(
        month.replace(day=1),
        tuple(
            AuditorCount(p, names[p], *counts[p])
            for p in sorted(counts, key=lambda p: (names[p], p))
        ),
    )


# --- Coverage ------------------------------------------------------------------------------

BY_TEAM = "team"
BY_STRAND = "strand"


@dataclass(frozen=True)
class CoverageCell:
    judged: int
    good: int


@dataclass(frozen=True)
class Coverage:
    """Completed audits of the twelve months to ``last``: per row (team or strand) and
    practice area, how many judged the area (not "not applicable") and how many of those
    as good. A row or cell with nothing is there, empty, so gaps show."""

    first: date
    last: date
    by: str
    rows: tuple[str, ...]
    areas: tuple[tuple[str, str], ...]  # key, short title
    cells: dict[tuple[str, str], CoverageCell]
    audits: dict[str, int]

    def cell(self, row: str, area: str) -> CoverageCell:
        return self.cells.get((row, area), CoverageCell(0, 0))

    @property
    def empty_cells(self) -> int:
        return sum(1 for r in self.rows for a, _ in self.areas if not self.cell(r, a).judged)


def coverage(session: Session, last: date, by: str = BY_TEAM) -> Coverage:
    last = last.replace(day=1)
    first = months_before(last, 11)
    instrument = current_audit_instrument()
    names: dict[Any, str]
    group: Any
    if by == BY_TEAM:
        teams = session.execute(
            select(Team.id, Team.name).where(Team.active.is_(True)).order_by(Team.name)
        ).all()
        names = {team_id: name for team_id, name in teams}
        rows = [name for _i, name in teams]
        group = CaseFileAudit.team_id
    else:
        strands = list(instrument.strands)
        names = {s: s for s in strands}
        rows = strands
        group = CaseFileAudit.strand
    window = (
        CaseFileAudit.status == COMPLETED,
        CaseFileAudit.audit_month >= first,
        CaseFileAudit.audit_month <= last,
    )
    audits: dict[str, int] = defaultdict(int)
    for key, count in session.execute(select(group, func.count()).where(*window).group_by(group)):
        if key in names:
            audits[names[key]] += int(count)
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    grades = {g.key: g for g in instrument.grades}
    for key, area, judgement, count in session.execute(
        select(group, AuditArea.area_key, AuditArea.judgement, func.count())
        .join(CaseFileAudit, AuditArea.audit_id == CaseFileAudit.id)
        .where(*window, AuditArea.judgement.is_not(None))
        .group_by(group, AuditArea.area_key, AuditArea.judgement)
    ):
        grade = grades.get(judgement)
        if key not in names or grade is None or grade.not_applicable:
            continue
        tally = cells[(names[key], area)]
        tally[0] += int(count)
        tally[1] += int(count) if grade.good else 0
    return Coverage(
        first=first,
        last=last,
        by=by,
        rows=tuple(rows),
        areas=tuple((a.key, a.short) for a in instrument.areas),
        cells={k: CoverageCell(*v) for k, v in cells.items()},
        audits=dict(audits),
    )
