"""The month's case list, checked and stored in one transaction: every case, or none.

Reading the file is the exports' work (``qaaudit.exports.sampling.case_list_file``); this
keeps what the draw needs (case number, team, legal status, allocated worker, age band,
date opened) and the headings it was read from, remembered for next month's list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import SAMPLE_DRAW
from qaaudit.domain.problems import PlainProblem
from qaaudit.domain.sampling import COLUMN_KEYS, fold
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.store.base import utcnow
from qaaudit.store.models import ServiceArea, Team
from qaaudit.store.sampling import CaseList, CaseListColumn, CaseListEntry, SampleDraw


class CaseListRejected(PlainProblem):
    """The case list cannot be used as it stands; nothing was stored. ``problems`` name
    rows and columns, never what a cell holds."""

    MAX_LISTED = 200

    def __init__(self, problems: Sequence[str], summary: str | None = None) -> None:
        listed = list(problems[: self.MAX_LISTED])
        if len(problems) > len(listed):
            listed.append(f"... and {len(problems) - len(listed):,} more problems.")
        self.problems = listed
        count = len(problems)
        self.summary = summary or (
            "The case list has 1 problem; nothing was imported."
            if count == 1
            else f"The case list has {count:,} problems; nothing was imported."
        )
        super().__init__(self.summary)

    @property
    def details(self) -> tuple[str, ...]:
        return tuple(self.problems)


@dataclass(frozen=True)
class CheckedCase:
    row_number: int
    case_number: str
    team_id: int
    legal_status: str
    case_holder: str
    age_band: str
    opened_on: date | None


@dataclass(frozen=True)
class CaseListSummary:
    id: int
    month: date
    file_name: str
    digest: str
    cases: int
    imported_at: str
    drawn: bool


def team_names(session: Session) -> dict[str, int]:
    """Every active team by the ways a case list may write it: its name, or its name with
    its service area ("Team (Area)"). A name two service areas share is left out of the
    plain form, so the list must say which."""
    rows = session.execute(
        select(Team.id, Team.name, ServiceArea.name)
        .join(ServiceArea, Team.service_area_id == ServiceArea.id)
        .where(Team.active.is_(True))
    ).all()
    plain: dict[str, list[int]] = {}
    names: dict[str, int] = {}
    for team_id, name, area in rows:
        plain.setdefault(fold(name), []).append(team_id)
        names[fold(f"{name} ({area})")] = team_id
        names[fold(f"{area} - {name}")] = team_id
    for name, ids in plain.items():
        if len(ids) == 1:
            names[name] = ids[0]
    return names


def remembered_columns(session: Session) -> dict[str, str]:
    """The heading each column was read from last time."""
    return dict(session.execute(select(CaseListColumn.key, CaseListColumn.heading)).all())


def case_list_for(session: Session, month: date) -> CaseListSummary | None:
    month = month.replace(day=1)
    found = session.scalar(select(CaseList).where(CaseList.month == month))
    if found is None:
        return None
    drawn = session.scalar(select(func.count()).where(SampleDraw.case_list_id == found.id))
    return CaseListSummary(
        found.id,
        found.month,
        found.file_name,
        found.digest,
        found.cases,
        f"{found.imported_at:%d %B %Y %H:%M}",
        bool(drawn),
    )


def store_case_list(
    session: Session,
    actor: Actor,
    month: date,
    file_name: str,
    digest: str,
    cases: Sequence[CheckedCase],
    headings: dict[str, str],
) -> CaseListSummary:
    """Store a checked case list for ``month``, replacing one not yet drawn from, and
    remember the headings it was read from."""
    require(actor, SAMPLE_DRAW)
    month = month.replace(day=1)
    if not cases:
        raise CaseListRejected(["The case list holds no cases."])
    existing = session.scalar(select(CaseList).where(CaseList.month == month))
    if existing is not None:
        drawn = session.scalar(select(SampleDraw.id).where(SampleDraw.case_list_id == existing.id))
        if drawn is not None:
            raise CaseListRejected(
                [],
                f"The cases for {month:%B %Y} were already drawn from the list imported on "
                f"{existing.imported_at:%d %B %Y}; that list is kept as the record of the draw "
                "and cannot be replaced.",
            )
        session.execute(delete(CaseListEntry).where(CaseListEntry.case_list_id == existing.id))
        session.delete(existing)
        session.flush()
    stored = CaseList(
        month=month,
        file_name=file_name[:200],
        digest=digest,
        cases=len(cases),
        imported_by_id=actor.id,
    )
    session.add(stored)
    session.flush()
    session.execute(
        insert(CaseListEntry),
        [
            {
                "case_list_id": stored.id,
                "row_number": c.row_number,
                "case_number": c.case_number,
                "team_id": c.team_id,
                "legal_status": c.legal_status,
                "case_holder": c.case_holder,
                "age_band": c.age_band,
                "opened_on": c.opened_on,
            }
            for c in cases
        ],
    )
    _remember(session, headings)
    record_changes(
        session,
        actor,
        "case_list",
        stored.id,
        [("imported", None, f"{month:%Y-%m}: {len(cases):,} cases, SHA-256 {digest}")],
    )
    session.flush()
    summary = case_list_for(session, month)
    assert summary is not None
    return summary


def _remember(session: Session, headings: dict[str, str]) -> None:
    known = {c.key: c for c in session.scalars(select(CaseListColumn))}
    for key in COLUMN_KEYS:
        heading = headings.get(key)
        if not heading:
            continue
        if key in known:
            known[key].heading = heading[:200]
            known[key].changed_at = utcnow()
        else:
            session.add(CaseListColumn(key=key, heading=heading[:200]))
