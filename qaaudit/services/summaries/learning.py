"""The learning from a month's (or a period's) case file audits: the material for the
"QA Matters" briefing note and the monthly Practice Improvement Forum.

Figures are the auditors' own judgements on completed audits whose audit month falls in the
period. "Not applicable" is left out of every practice area's share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from qaaudit.domain.audit import COMPLETED, GOOD, NOT_YET_GOOD
from qaaudit.domain.corrective import end_of_month
from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    AuditInstrument,
    audit_instrument,
    audit_instruments,
    current_audit_instrument,
)
from qaaudit.domain.wording import Wording, recurring_wordings, words_of
from qaaudit.services.corrective.actions import CorrectiveCounts, counts_for_period
from qaaudit.store.models import (
    AuditAction,
    AuditArea,
    AuditTheme,
    CaseFileAudit,
    Person,
    ServiceArea,
    Team,
)

# A practice area needs this many judgements (not counting "not applicable") before it is
# called one of the strongest or weakest: fewer, and one case decides the ranking.
MIN_JUDGEMENTS_TO_RANK = 5
RANKED = 3


@dataclass(frozen=True)
class Share:
    count: int
    good: int

    @property
    def not_yet_good(self) -> int:
        return self.count - self.good

    @property
    def share_good(self) -> float | None:
        return self.good / self.count if self.count else None


@dataclass(frozen=True)
class AreaResult:
    key: str
    title: str
    short: str
    judged: int
    good: int
    not_applicable: int

    @property
    def not_good(self) -> int:
        return self.judged - self.good

    @property
    def share_good(self) -> float | None:
        return self.good / self.judged if self.judged else None


@dataclass(frozen=True)
class GroupResult:
    name: str
    share: Share


@dataclass(frozen=True)
class ReAudits:
    count: int
    improved: int
    declined: int

    @property
    def unchanged(self) -> int:
        return self.count - self.improved - self.declined


@dataclass(frozen=True)
class AgreedActionCounts:
    recorded: int
    done: int
    overdue: int
    done_during_period: int

    @property
    def open_not_yet_due(self) -> int:
        return self.recorded - self.done - self.overdue


@dataclass
class LearningSummary:
    month_from: date
    month_to: date
    prepared_on: date
    service_area: str | None
    headline: Share
    previous: Share
    previous_from: date
    previous_to: date
    overall_grades: list[tuple[str, int]]
    discussed: int
    re_audits: ReAudits
    areas: list[AreaResult]
    strongest: list[AreaResult]
    weakest: list[AreaResult]
    most_often_not_good: list[AreaResult]
    themes: list[GroupResult]
    groups_by: str
    groups: list[GroupResult]
    wordings: list[Wording]
    agreed_actions: AgreedActionCounts
    corrective: CorrectiveCounts
    template_versions: list[str] = field(default_factory=list)

    @property
    def period_label(self) -> str:
        return period_label(self.month_from, self.month_to)


def period_label(month_from: date, month_to: date) -> str:
    if (month_from.year, month_from.month) == (month_to.year, month_to.month):
        return f"{month_from:%B %Y}"
    if month_from.year == month_to.year:
        return f"{month_from:%B} to {month_to:%B %Y}"
    return f"{month_from:%B %Y} to {month_to:%B %Y}"


def months_between(month_from: date, month_to: date) -> int:
    return (month_to.year - month_from.year) * 12 + month_to.month - month_from.month + 1


def shift_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def service_areas(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every service area, in the council's order."""
    return [
        (area_id, name)
        for area_id, name in session.execute(
            select(ServiceArea.id, ServiceArea.name).order_by(
                ServiceArea.position, ServiceArea.name
            )
        )
    ]


def service_area_id_by_name(session: Session, name: str) -> int | None:
    return session.scalar(
        select(ServiceArea.id).where(func.lower(ServiceArea.name) == name.lower())
    )


def _in_period(
    month_from: date, month_to: date, service_area_id: int | None, theme_key: str | None = None
) -> list[ColumnElement[bool]]:
    where = [
        # The learning summary is the case file audits' (QA Matters reports them).
        CaseFileAudit.instrument_key == CASE_FILE_AUDIT,
        CaseFileAudit.status == COMPLETED,
        CaseFileAudit.audit_month >= month_from,
        CaseFileAudit.audit_month <= month_to,
        *_in_service_area(service_area_id),
    ]
    if theme_key:
        themed = select(AuditTheme.audit_id).where(AuditTheme.theme_key == theme_key)
        where.append(CaseFileAudit.id.in_(themed))
    return where


def _in_service_area(service_area_id: int | None) -> list[ColumnElement[bool]]:
    if service_area_id is None:
        return []
    return [
        CaseFileAudit.team_id.in_(select(Team.id).where(Team.service_area_id == service_area_id))
    ]


def _share(session: Session, clauses: list[ColumnElement[bool]]) -> Share:
    count, good = session.execute(
        select(
            func.count(CaseFileAudit.id),
            func.count(CaseFileAudit.id).filter(CaseFileAudit.headline == GOOD),
        ).where(*clauses)
    ).one()
    return Share(count, good)


def learning_summary(
    session: Session,
    month_from: date,
    month_to: date | None = None,
    *,
    service_area_id: int | None = None,
    today: date | None = None,
    theme_key: str | None = None,
) -> LearningSummary:
    """The period's findings; with ``theme_key``, of the audits of that theme only."""
    today = today or date.today()
    month_from = month_from.replace(day=1)
    month_to = (month_to or month_from).replace(day=1)
    if month_to < month_from:
        raise ValueError("The period ends before it starts.")
    where = _in_period(month_from, month_to, service_area_id, theme_key)
    length = months_between(month_from, month_to)
    previous_from = shift_months(month_from, -length)
    previous_to = shift_months(month_from, -1)
    versions = sorted(
        v
        for v in session.scalars(select(CaseFileAudit.template_version).where(*where).distinct())
        if v
    )
    areas = _areas(session, where, versions)
    ranked = [a for a in areas if a.judged >= MIN_JUDGEMENTS_TO_RANK]
    by_share = sorted(ranked, key=lambda a: (-(a.share_good or 0.0), -a.judged))
    half = max(1, len(by_share) // 2)
    strongest = [a for a in by_share[: min(RANKED, half)] if a.good]
    weakest = [a for a in reversed(by_share) if a not in strongest and a.not_good][:RANKED]
    area_name = None
    if service_area_id is not None:
        area_name = session.scalar(
            select(ServiceArea.name).where(ServiceArea.id == service_area_id)
        )
    return LearningSummary(
        month_from=month_from,
        month_to=month_to,
        prepared_on=today,
        service_area=area_name,
        headline=_share(session, where),
        previous=_share(
            session, _in_period(previous_from, previous_to, service_area_id, theme_key)
        ),
        previous_from=previous_from,
        previous_to=previous_to,
        overall_grades=_overall_grades(session, where),
        discussed=int(
            session.scalar(select(func.count(CaseFileAudit.discussed_on)).where(*where)) or 0
        ),
        re_audits=_re_audits(session, where),
        areas=areas,
        strongest=strongest,
        weakest=weakest,
        most_often_not_good=sorted(
            (a for a in areas if a.not_good), key=lambda a: (-a.not_good, -a.judged)
        )[:RANKED],
        themes=_themes(session, where),
        groups_by="Team" if service_area_id is not None else "Service area",
        groups=_groups(session, where, by_team=service_area_id is not None),
        wordings=_wordings(session, where),
        agreed_actions=_agreed_actions(
            session, where, month_from, month_to, today, service_area_id
        ),
        corrective=counts_for_period(session, month_from, month_to, today, service_area_id),
        template_versions=versions,
    )


def _instruments_for(versions: list[str]) -> list[AuditInstrument]:
    known = audit_instruments()
    chosen = [audit_instrument(v) for v in versions if v in known]
    return [current_audit_instrument(), *chosen]


def _areas(
    session: Session, where: list[ColumnElement[bool]], versions: list[str]
) -> list[AreaResult]:
    instruments = _instruments_for(versions)
    not_applicable = {g.key for i in instruments for g in i.grades if g.not_applicable}
    good_grades = {g.key for i in instruments for g in i.grades if g.good}
    tally: dict[str, Counter[str]] = {}
    rows = session.execute(
        select(AuditArea.area_key, AuditArea.judgement, func.count())
        .join(CaseFileAudit, CaseFileAudit.id == AuditArea.audit_id)
        .where(*where, AuditArea.judgement.is_not(None))
        .group_by(AuditArea.area_key, AuditArea.judgement)
    )
    for key, judgement, count in rows:
        tally.setdefault(key, Counter())[str(judgement)] += count
    order: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for instrument in instruments:
        for area in instrument.areas:
            if area.key not in seen:
                seen.add(area.key)
                order.append((area.key, area.title, area.short))
    order += [(k, k, k) for k in sorted(tally) if k not in seen]
    results = []
    for key, title, short in order:
        counts = tally.get(key, Counter())
        na = sum(n for grade, n in counts.items() if grade in not_applicable)
        judged = sum(counts.values()) - na
        good = sum(n for grade, n in counts.items() if grade in good_grades)
        results.append(AreaResult(key, title, short, judged, good, na))
    return results


def _overall_grades(session: Session, where: list[ColumnElement[bool]]) -> list[tuple[str, int]]:
    counts: dict[str | None, int] = {
        overall: n
        for overall, n in session.execute(
            select(CaseFileAudit.overall, func.count())
            .where(*where)
            .group_by(CaseFileAudit.overall)
        )
    }
    instrument = current_audit_instrument()
    result = [
        (g.label, counts.pop(g.key, 0))
        for g in sorted(instrument.grades, key=lambda g: -g.rank)
        if not g.not_applicable
    ]
    result += [(key or "Not judged", n) for key, n in counts.items() if n]
    return result


def _re_audits(session: Session, where: list[ColumnElement[bool]]) -> ReAudits:
    earlier = aliased(CaseFileAudit)
    count, improved, declined = session.execute(
        select(
            func.count(CaseFileAudit.id),
            func.count(CaseFileAudit.id).filter(
                earlier.headline == NOT_YET_GOOD, CaseFileAudit.headline == GOOD
            ),
            func.count(CaseFileAudit.id).filter(
                earlier.headline == GOOD, CaseFileAudit.headline == NOT_YET_GOOD
            ),
        )
        .join(earlier, earlier.id == CaseFileAudit.previous_audit_id)
        .where(*where)
    ).one()
    return ReAudits(count, improved, declined)


def _themes(session: Session, where: list[ColumnElement[bool]]) -> list[GroupResult]:
    instrument = current_audit_instrument()
    rows = session.execute(
        select(
            AuditTheme.theme_key,
            func.count(CaseFileAudit.id),
            func.count(CaseFileAudit.id).filter(CaseFileAudit.headline == GOOD),
        )
        .join(CaseFileAudit, CaseFileAudit.id == AuditTheme.audit_id)
        .where(*where)
        .group_by(AuditTheme.theme_key)
    )
    results = [GroupResult(instrument.theme_label(key), Share(n, good)) for key, n, good in rows]
    return sorted(results, key=lambda g: (-g.share.count, g.name))


def _groups(
    session: Session, where: list[ColumnElement[bool]], *, by_team: bool
) -> list[GroupResult]:
    name = Team.name if by_team else ServiceArea.name
    rows = session.execute(
        select(
            func.coalesce(name, ""),
            func.count(CaseFileAudit.id),
            func.count(CaseFileAudit.id).filter(CaseFileAudit.headline == GOOD),
        )
        .select_from(CaseFileAudit)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .outerjoin(ServiceArea, ServiceArea.id == Team.service_area_id)
        .where(*where)
        .group_by(name)
    )
    results = [GroupResult(label or "No team recorded", Share(n, good)) for label, n, good in rows]
    return sorted(results, key=lambda g: g.name.lower())


def _agreed_actions(
    session: Session,
    where: list[ColumnElement[bool]],
    month_from: date,
    month_to: date,
    today: date,
    service_area_id: int | None,
) -> AgreedActionCounts:
    recorded, done, overdue = session.execute(
        select(
            func.count(AuditAction.id),
            func.count(AuditAction.done_on),
            func.count(AuditAction.id).filter(
                AuditAction.done_on.is_(None), AuditAction.due_on < today
            ),
        )
        .join(CaseFileAudit, CaseFileAudit.id == AuditAction.audit_id)
        .where(*where)
    ).one()
    done_during = session.scalar(
        select(func.count(AuditAction.id))
        .join(CaseFileAudit, CaseFileAudit.id == AuditAction.audit_id)
        .where(
            CaseFileAudit.instrument_key == CASE_FILE_AUDIT,
            CaseFileAudit.status == COMPLETED,
            AuditAction.done_on >= month_from,
            AuditAction.done_on <= end_of_month(month_to),
            *_in_service_area(service_area_id),
        )
    )
    return AgreedActionCounts(recorded, done, overdue, int(done_during or 0))


def _wordings(session: Session, where: list[ColumnElement[bool]]) -> list[Wording]:
    """Wording that recurs across the agreed actions of different audits. People's names
    (case holders, action owners, staff) are never reported."""
    rows = session.execute(
        select(
            AuditAction.audit_id, AuditAction.action, AuditAction.owner, CaseFileAudit.case_holder
        )
        .join(CaseFileAudit, CaseFileAudit.id == AuditAction.audit_id)
        .where(*where)
    ).all()
    if not rows:
        return []
    names: set[str] = set()
    for _audit, _action, owner, holder in rows:
        names.update(words_of(owner))
        names.update(words_of(holder))
    for person_name in session.scalars(select(Person.name)):
        names.update(words_of(person_name))
    return recurring_wordings(((audit_id, action) for audit_id, action, _o, _h in rows), names)
