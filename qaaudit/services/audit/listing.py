"""The list of audits a person may see: filtered, sorted and read a page at a time so it
stays quick with tens of thousands of audits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from qaaudit.domain.audit import normalise_case_number
from qaaudit.services.common.actor import Actor
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team

SORT_KEYS = (
    "id",
    "case_number",
    "audit_month",
    "service_area",
    "team",
    "auditor",
    "strand",
    "overall",
    "audit_type",
    "status",
    "updated_at",
)


@dataclass
class AuditFilter:
    month_from: date | None = None
    month_to: date | None = None
    service_area_id: int | None = None
    team_id: int | None = None
    auditor_id: int | None = None
    strand: str | None = None
    overall: str | None = None
    headline: str | None = None
    status: str | None = None
    case_number: str | None = None
    sort_key: str = "audit_month"
    descending: bool = True
    ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class AuditRow:
    id: int
    case_number: str
    audit_month: date
    service_area: str
    team: str
    auditor: str
    auditor_id: int
    strand: str
    overall: str | None
    headline: str | None
    audit_type: str
    status: str
    updated_at: object


def audit_months(month_from: date | None, month_to: date | None) -> list[ColumnElement[bool]]:
    """Audits from ``month_from`` to ``month_to``; either end may be left open."""
    found: list[ColumnElement[bool]] = []
    if month_from:
        found.append(CaseFileAudit.audit_month >= month_from.replace(day=1))
    if month_to:
        found.append(CaseFileAudit.audit_month <= month_to)
    return found


def _query(viewer: Actor, flt: AuditFilter) -> Select:
    auditor = aliased(Person)
    # A record of another form says which form (its key) where an audit says audit or re-audit.
    audit_type = case(
        (CaseFileAudit.instrument_key != "case_file_audit", CaseFileAudit.instrument_key),
        (CaseFileAudit.previous_audit_id.is_(None), "audit"),
        else_="re-audit",
    )
    query = (
        select(
            CaseFileAudit.id,
            CaseFileAudit.case_number,
            CaseFileAudit.audit_month,
            func.coalesce(ServiceArea.name, "").label("service_area"),
            func.coalesce(Team.name, "").label("team"),
            auditor.name.label("auditor"),
            CaseFileAudit.auditor_id,
            CaseFileAudit.strand,
            CaseFileAudit.overall,
            CaseFileAudit.headline,
            audit_type.label("audit_type"),
            CaseFileAudit.status,
            CaseFileAudit.updated_at,
        )
        .join(auditor, auditor.id == CaseFileAudit.auditor_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .outerjoin(ServiceArea, ServiceArea.id == Team.service_area_id)
    )
    if not viewer.sees_everything:
        allowed = [CaseFileAudit.auditor_id == viewer.id]
        if viewer.has("service_manager") and viewer.service_area_id is not None:
            allowed.append(Team.service_area_id == viewer.service_area_id)
        elif viewer.team_id is not None:
            allowed.append(CaseFileAudit.team_id == viewer.team_id)
        query = query.where(or_(*allowed))
    query = query.where(*audit_months(flt.month_from, flt.month_to))
    if flt.service_area_id is not None:
        query = query.where(Team.service_area_id == flt.service_area_id)
    if flt.team_id is not None:
        query = query.where(CaseFileAudit.team_id == flt.team_id)
    if flt.auditor_id is not None:
        query = query.where(CaseFileAudit.auditor_id == flt.auditor_id)
    if flt.strand:
        query = query.where(CaseFileAudit.strand == flt.strand)
    if flt.overall:
        query = query.where(CaseFileAudit.overall == flt.overall)
    if flt.headline:
        query = query.where(CaseFileAudit.headline == flt.headline)
    if flt.status:
        query = query.where(CaseFileAudit.status == flt.status)
    if flt.case_number:
        number = normalise_case_number(flt.case_number)
        query = query.where(CaseFileAudit.case_number.startswith(number, autoescape=True))
    if flt.ids:
        query = query.where(CaseFileAudit.id.in_(flt.ids))
    return query


def count_audits(session: Session, viewer: Actor, flt: AuditFilter) -> int:
    inner = _query(viewer, flt).with_only_columns(CaseFileAudit.id).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def list_audits(
    session: Session, viewer: Actor, flt: AuditFilter, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    query = _query(viewer, flt)
    key = flt.sort_key if flt.sort_key in SORT_KEYS else "audit_month"
    column = query.selected_columns[key]
    order = column.desc() if flt.descending else column.asc()
    tie = CaseFileAudit.id.desc() if flt.descending else CaseFileAudit.id.asc()
    rows = session.execute(query.order_by(order, tie).offset(offset).limit(limit))
    return [AuditRow(*row) for row in rows]
