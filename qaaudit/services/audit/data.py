"""Every audit a person may see, read in batches for the audit data workbook: one row per
audit with its judgements, plus its narratives and agreed actions. Memory stays flat
however many audits there are."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from qaaudit.services.audit.listing import audit_months
from qaaudit.services.common.actor import Actor
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.models import (
    AuditAction,
    AuditArea,
    AuditTheme,
    CaseFileAudit,
    Person,
    ServiceArea,
    Team,
)

BATCH = 500


@dataclass(frozen=True)
class CorrectiveSummary:
    due_on: date
    confirmed_on: date | None
    confirmed_by: str
    note: str


@dataclass
class AuditDataRow:
    id: int
    case_number: str
    audit_month: date
    service_area: str
    team: str
    auditor: str
    case_holder: str
    strand: str
    age_band: str
    previous_audit_id: int | None
    status: str
    overall: str | None
    headline: str | None
    discussed_on: date | None
    completed_on: date | None
    template_version: str
    judgements: dict[str, str | None] = field(default_factory=dict)
    themes: list[str] = field(default_factory=list)
    corrective: CorrectiveSummary | None = None
    instrument_key: str = "case_file_audit"

    @property
    def audit_type(self) -> str:
        return "audit" if self.previous_audit_id is None else "re-audit"


@dataclass(frozen=True)
class NarrativeRow:
    audit_id: int
    area_key: str
    evidence: str
    impact: str


@dataclass(frozen=True)
class ActionRow:
    audit_id: int
    action: str
    owner: str
    due_on: date | None
    done_on: date | None


@dataclass
class AuditBatch:
    audits: list[AuditDataRow]
    narratives: list[NarrativeRow]
    actions: list[ActionRow]


def _visible(viewer: Actor) -> list[ColumnElement[bool]]:
    """The same rule as the audit list: the QA lead, moderators and administrators see
    every audit; a service manager their service area's; anyone else their team's and
    their own."""
    if viewer.sees_everything:
        return []
    allowed: list[ColumnElement[bool]] = [CaseFileAudit.auditor_id == viewer.id]
    if viewer.has("service_manager") and viewer.service_area_id is not None:
        allowed.append(
            CaseFileAudit.team_id.in_(
                select(Team.id).where(Team.service_area_id == viewer.service_area_id)
            )
        )
    elif viewer.team_id is not None:
        allowed.append(CaseFileAudit.team_id == viewer.team_id)
    return [or_(*allowed)]


@dataclass(frozen=True)
class Period:
    """Audit months from and to (either may be open)."""

    month_from: date | None = None
    month_to: date | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        return audit_months(self.month_from, self.month_to)


def count_audits(session: Session, viewer: Actor, period: Period = Period()) -> int:  # noqa: B008
    return int(
        session.scalar(
            select(func.count(CaseFileAudit.id)).where(*_visible(viewer), *period.clauses())
        )
        or 0
    )


def audit_batches(
    session: Session,
    viewer: Actor,
    batch: int = BATCH,
    period: Period = Period(),  # noqa: B008
) -> Iterator[AuditBatch]:
    """Audits in number order, a batch at a time, each with its narratives and actions."""
    last = 0
    while True:
        ids = list(
            session.scalars(
                select(CaseFileAudit.id)
                .where(CaseFileAudit.id > last, *_visible(viewer), *period.clauses())
                .order_by(CaseFileAudit.id)
                .limit(batch)
            )
        )
        if not ids:
            return
        last = ids[-1]
        yield _batch(session, ids)


def _batch(session: Session, ids: list[int]) -> AuditBatch:
    auditor = aliased(Person)
    confirmer = aliased(Person)
    rows: dict[int, AuditDataRow] = {}
    for (
        audit_id,
        case_number,
        audit_month,
        service_area,
        team,
        auditor_name,
        case_holder,
        strand,
        age_band,
        previous_audit_id,
        status,
        overall,
        headline,
        discussed_on,
        completed_at,
        template_version,
        instrument_key,
    ) in session.execute(
        select(
            CaseFileAudit.id,
            CaseFileAudit.case_number,
            CaseFileAudit.audit_month,
            func.coalesce(ServiceArea.name, ""),
            func.coalesce(Team.name, ""),
            auditor.name,
            CaseFileAudit.case_holder,
            CaseFileAudit.strand,
            CaseFileAudit.age_band,
            CaseFileAudit.previous_audit_id,
            CaseFileAudit.status,
            CaseFileAudit.overall,
            CaseFileAudit.headline,
            CaseFileAudit.discussed_on,
            CaseFileAudit.completed_at,
            CaseFileAudit.template_version,
            CaseFileAudit.instrument_key,
        )
        .join(auditor, auditor.id == CaseFileAudit.auditor_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .outerjoin(ServiceArea, ServiceArea.id == Team.service_area_id)
        .where(CaseFileAudit.id.in_(ids))
        .order_by(CaseFileAudit.id)
    ):
        rows[audit_id] = AuditDataRow(
            id=audit_id,
            case_number=case_number,
            audit_month=audit_month,
            service_area=service_area,
            team=team,
            auditor=auditor_name,
            case_holder=case_holder,
            strand=strand,
            age_band=age_band,
            previous_audit_id=previous_audit_id,
            status=status,
            overall=overall,
            headline=headline,
            discussed_on=discussed_on,
            completed_on=completed_at.date() if completed_at else None,
            template_version=template_version,
            instrument_key=instrument_key,
        )
    narratives = []
    for audit_id, key, judgement, evidence, impact in session.execute(
        select(
            AuditArea.audit_id,
            AuditArea.area_key,
            AuditArea.judgement,
            AuditArea.evidence,
            AuditArea.impact,
        )
        .where(AuditArea.audit_id.in_(ids))
        .order_by(AuditArea.audit_id, AuditArea.id)
    ):
        rows[audit_id].judgements[key] = judgement
        if evidence or impact:
            narratives.append(NarrativeRow(audit_id, key, evidence, impact))
    for audit_id, theme in session.execute(
        select(AuditTheme.audit_id, AuditTheme.theme_key)
        .where(AuditTheme.audit_id.in_(ids))
        .order_by(AuditTheme.audit_id, AuditTheme.theme_key)
    ):
        rows[audit_id].themes.append(theme)
    for audit_id, due_on, confirmed_on, confirmed_by, note in session.execute(
        select(
            CorrectiveAction.audit_id,
            CorrectiveAction.due_on,
            CorrectiveAction.confirmed_on,
            func.coalesce(confirmer.name, ""),
            CorrectiveAction.note,
        )
        .outerjoin(confirmer, confirmer.id == CorrectiveAction.confirmed_by_id)
        .where(CorrectiveAction.audit_id.in_(ids))
    ):
        rows[audit_id].corrective = CorrectiveSummary(due_on, confirmed_on, confirmed_by, note)
    actions = [
        ActionRow(*values)
        for values in session.execute(
            select(
                AuditAction.audit_id,
                AuditAction.action,
                AuditAction.owner,
                AuditAction.due_on,
                AuditAction.done_on,
            )
            .where(AuditAction.audit_id.in_(ids))
            .order_by(AuditAction.audit_id, AuditAction.position, AuditAction.id)
        )
    ]
    return AuditBatch(list(rows.values()), narratives, actions)


def forms_used(session: Session) -> list[str]:
    """The forms (instrument keys) that have records, the case file audit first."""
    used = set(session.scalars(select(CaseFileAudit.instrument_key).distinct()))
    return ["case_file_audit", *sorted(used - {"case_file_audit"})]
