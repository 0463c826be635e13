"""The figures qaaudit already holds about a service area and period, written as the
evidence of the professional challenge rows of its performance review.

Structured case file audits are counted here from the audits themselves, and so are the
records completed on the council's other forms (observations of practice for observed
practice; dip samples, supervision audits, plan ratings and any other form for other audit
activity); activities recorded as done and schedule compliance come from the QAF schedule.
Every figure says where it came from, so the panel can trust it and the author can check it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from qaaudit.domain.audit import COMPLETED, GOOD
from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    audit_instrument,
    current_audit_instrument,
    current_instrument,
)
from qaaudit.domain.review_period import Period
from qaaudit.store.models import AuditArea, CaseFileAudit, ServiceArea, Team

WEAKEST_SHOWN = 3
# An area judged in fewer audits than this says too little to be called the weakest.
WEAKEST_MIN_JUDGED = 3

NO_SCHEDULE = (
    "No schedule figures available: the QAF schedule is not set up in qaaudit, so {what} "
    "could not be counted from it."
)


@dataclass(frozen=True)
class AreaResult:
    """How often one practice area was judged good (not applicable left out)."""

    key: str
    title: str
    judged: int
    good: int

    @property
    def share_good(self) -> float:
        return self.good / self.judged if self.judged else 0.0


@dataclass(frozen=True)
class ReauditChange:
    """Cases re-audited in the period: the later audit's overall judgement against the
    earlier one's."""

    cases: int = 0
    improved: int = 0
    same: int = 0
    declined: int = 0
    now_good: int = 0


@dataclass(frozen=True)
class AuditFigures:
    service_area: str
    period: Period
    audits: int
    good: int
    previous_audits: int
    previous_good: int
    weakest: tuple[AreaResult, ...]
    reaudits: ReauditChange

    @property
    def not_yet_good(self) -> int:
        return self.audits - self.good

    @property
    def share_good(self) -> float | None:
        return self.good / self.audits if self.audits else None

    @property
    def previous_share_good(self) -> float | None:
        return self.previous_good / self.previous_audits if self.previous_audits else None

    @property
    def change_points(self) -> int | None:
        """Change in the share good, in whole percentage points."""
        if self.share_good is None or self.previous_share_good is None:
            return None
        return _percent(self.share_good) - _percent(self.previous_share_good)


@dataclass(frozen=True)
class ScheduleFigures:
    activities: tuple[Any, ...]
    due: int
    done: int


def _percent(share: float) -> int:
    return int(share * 100 + 0.5)


def _in_area(service_area: str) -> Any:
    return select(Team.id).join(ServiceArea).where(ServiceArea.name == service_area)


def _completed(service_area: str, period: Period, form: str = CASE_FILE_AUDIT) -> Any:
    return (
        select(CaseFileAudit.id)
        .where(
            CaseFileAudit.instrument_key == form,
            CaseFileAudit.status == COMPLETED,
            CaseFileAudit.audit_month >= period.start,
            CaseFileAudit.audit_month <= period.end,
            CaseFileAudit.team_id.in_(_in_area(service_area)),
        )
        .subquery()
    )


def _counts(session: Session, service_area: str, period: Period) -> tuple[int, int]:
    ids = _completed(service_area, period)
    total, good = session.execute(
        select(
            func.count(CaseFileAudit.id),
            func.coalesce(func.sum(case((CaseFileAudit.headline == GOOD, 1), else_=0)), 0),
        ).where(CaseFileAudit.id.in_(select(ids.c.id)))
    ).one()
    return int(total or 0), int(good or 0)


def _area_results(session: Session, service_area: str, period: Period) -> list[AreaResult]:
    ids = _completed(service_area, period)
    rows = session.execute(
        select(
            CaseFileAudit.template_version,
            AuditArea.area_key,
            AuditArea.judgement,
            func.count(),
        )
        .join(AuditArea, AuditArea.audit_id == CaseFileAudit.id)
        .where(CaseFileAudit.id.in_(select(ids.c.id)), AuditArea.judgement.is_not(None))
        .group_by(CaseFileAudit.template_version, AuditArea.area_key, AuditArea.judgement)
    )
    judged: dict[str, int] = defaultdict(int)
    good: dict[str, int] = defaultdict(int)
    for version, area_key, judgement, count in rows:
        if judgement is None:
            continue
        grade = audit_instrument(version).grade(judgement)
        if grade.not_applicable:
            continue
        judged[area_key] += count
        if grade.good:
            good[area_key] += count
    current = current_audit_instrument()
    titles = {area.key: area.short for area in current.areas}
    order = {area.key: index for index, area in enumerate(current.areas)}
    results = [AreaResult(key, titles.get(key, key), judged[key], good[key]) for key in judged]
    results.sort(key=lambda r: (r.share_good, -r.judged, order.get(r.key, 99)))
    return results


def _reaudits(session: Session, service_area: str, period: Period) -> ReauditChange:
    ids = _completed(service_area, period)
    earlier = aliased(CaseFileAudit)
    rows = session.execute(
        select(
            CaseFileAudit.template_version,
            CaseFileAudit.overall,
            earlier.template_version,
            earlier.overall,
        )
        .join(earlier, earlier.id == CaseFileAudit.previous_audit_id)
        .where(CaseFileAudit.id.in_(select(ids.c.id)), earlier.overall.is_not(None))
    )
    improved = same = declined = now_good = cases = 0
    for later_version, later_overall, earlier_version, earlier_overall in rows:
        if later_overall is None or earlier_overall is None:
            continue
        later = audit_instrument(later_version).grade(later_overall)
        before = audit_instrument(earlier_version).grade(earlier_overall)
        cases += 1
        if later.rank > before.rank:
            improved += 1
        elif later.rank < before.rank:
            declined += 1
        else:
            same += 1
        if later.good and not before.good:
            now_good += 1
    return ReauditChange(cases, improved, same, declined, now_good)


def audit_figures(session: Session, service_area: str, period: Period) -> AuditFigures:
    """Completed case file audits of the area's teams with their audit month in the period,
    against the period of the same length before it."""
    audits, good = _counts(session, service_area, period)
    previous_audits, previous_good = _counts(session, service_area, period.previous())
    results = _area_results(session, service_area, period)
    enough = [r for r in results if r.judged >= WEAKEST_MIN_JUDGED] or results
    return AuditFigures(
        service_area=service_area,
        period=period,
        audits=audits,
        good=good,
        previous_audits=previous_audits,
        previous_good=previous_good,
        weakest=tuple(enough[:WEAKEST_SHOWN]),
        reaudits=_reaudits(session, service_area, period),
    )


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def case_file_audit_text(figures: AuditFigures) -> str:
    """The figures as sentences that each say where they came from."""
    period, area = figures.period.label, figures.service_area
    if not figures.audits:
        lines = [f"From qaaudit: no case file audits were completed {period} in {area}."]
    else:
        share = _percent(figures.share_good or 0)
        lines = [
            f"From {_plural(figures.audits, 'case file audit')} completed {period} in {area}: "
            f"{figures.good} good ({share}%) and {figures.not_yet_good} not yet good "
            f"({100 - share}%)."
        ]
    previous = figures.period.previous()
    if figures.previous_audits and figures.audits:
        change = figures.change_points or 0
        points = _plural(abs(change), "percentage point")
        movement = f"up {points}" if change > 0 else f"down {points}" if change < 0 else "no change"
        lines.append(
            f"Against the previous {figures.period.months} months ({previous.label}: "
            f"{_plural(figures.previous_audits, 'audit')}, "
            f"{_percent(figures.previous_share_good or 0)}% good): {movement}."
        )
    elif figures.audits:
        lines.append(f"No case file audits were completed in {area} in {previous.label}.")
    if figures.weakest:
        parts = [
            f"{r.title} {_percent(r.share_good)}% ({r.good} of {r.judged})" for r in figures.weakest
        ]
        lines.append(
            "Weakest practice areas (share of audits judging the area good; not applicable "
            "left out): " + "; ".join(parts) + "."
        )
    again = figures.reaudits
    if again.cases:
        lines.append(
            f"Re-audits: {_plural(again.cases, 'case')} re-audited {period}; against their "
            f"earlier audit {again.improved} improved, {again.same} stayed the same and "
            f"{again.declined} declined; {again.now_good} moved from not yet good to good."
        )
    elif figures.audits:
        lines.append(f"No cases were re-audited {period}.")
    return "\n".join(lines)


def schedule_figures(session: Session, service_area: str, period: Period) -> ScheduleFigures | None:
    """Activities and compliance from the QAF schedule, or None when the program has no
    schedule part to ask."""
    try:
        from qaaudit.services.schedule.compliance import activity_figures
    except ImportError:
        return None
    # Compliance is over every activity of the plan: the totals of the same figures, so
    # the year's due lists are worked out once.
    activities = activity_figures(session, service_area, period.start, period.end)
    due = sum(f.due for f in activities)
    done = sum(f.done for f in activities)
    return ScheduleFigures(tuple(activities), int(due), int(done))


def _is_observation(figure: Any) -> bool:
    return "observ" in f"{figure.kind} {figure.label}".lower()


CASE_FILE_AUDIT_KINDS = ("case_file_audit", "re_audit")


def _is_case_file_audit(figure: Any) -> bool:
    """The monthly structured audits and re-audits (not external or themed audits, which
    are "other audit activity")."""
    label = figure.label.lower()
    return figure.kind in CASE_FILE_AUDIT_KINDS or label.startswith(("case file audit", "re-audit"))


def _activity_line(figure: Any) -> str:
    share = f" ({_percent(figure.done / figure.due)}%)" if figure.due else ""
    return f"- {figure.label}: {figure.done} done of {figure.due} due{share}"


def _schedule_block(heading: str, figures: list[Any], none_text: str) -> str:
    if not figures:
        return none_text
    return "\n".join([heading, *(_activity_line(f) for f in figures)])


OBSERVED_FORMS = ("observation_of_practice",)


def form_text(session: Session, service_area: str, period: Period, form: str) -> str | None:
    """The records completed on one of the council's forms, as a sentence saying where it
    came from; None when there are none. Good is each record's own version's."""
    ids = _completed(service_area, period, form)
    rows = session.execute(
        select(CaseFileAudit.template_version, CaseFileAudit.headline, func.count())
        .where(CaseFileAudit.id.in_(select(ids.c.id)))
        .group_by(CaseFileAudit.template_version, CaseFileAudit.headline)
    ).all()
    total = sum(int(n) for _v, _h, n in rows)
    if not total:
        return None
    good = sum(int(n) for _v, h, n in rows if h == GOOD)
    versions = sorted({v for v, _h, _n in rows})
    try:
        title = current_instrument(form).title
    except KeyError:
        title = form
    said = "version" if len(versions) == 1 else "versions"
    share = _percent(good / total)
    return (
        f"From {_plural(total, 'record')} completed on the form “{title}” ({said} "
        f"{', '.join(versions)}) {period.label} in {service_area}: {good} good ({share}%) and "
        f"{total - good} not yet good ({100 - share}%)."
    )


def _forms_used(session: Session) -> list[str]:
    used = set(session.scalars(select(CaseFileAudit.instrument_key).distinct()))
    return sorted(used - {CASE_FILE_AUDIT})


def _with_forms(session: Session, service_area: str, period: Period, forms: list[str]) -> str:
    lines = [form_text(session, service_area, period, form) for form in forms]
    return "\n".join(line for line in lines if line)


def prefill_texts(session: Session, service_area: str, period: Period) -> dict[str, str]:
    """Evidence text for each pre-filled row, keyed by the template's ``prefill`` name."""
    texts = _schedule_texts(session, service_area, period)
    forms = _forms_used(session)
    observed = _with_forms(session, service_area, period, [f for f in forms if f in OBSERVED_FORMS])
    other = _with_forms(
        session, service_area, period, [f for f in forms if f not in OBSERVED_FORMS]
    )
    if observed:
        texts["observed_practice"] = observed + "\n" + texts["observed_practice"]
    if other:
        texts["other_audit_activity"] = other + "\n" + texts["other_audit_activity"]
    return texts


def _schedule_texts(session: Session, service_area: str, period: Period) -> dict[str, str]:
    audits_text = case_file_audit_text(audit_figures(session, service_area, period))
    schedule = schedule_figures(session, service_area, period)
    if schedule is None:
        return {
            "case_file_audits": audits_text,
            "other_audit_activity": NO_SCHEDULE.format(what="dip sampling and other audits"),
            "observed_practice": NO_SCHEDULE.format(what="observations of practice"),
        }
    source = f"From the QAF schedule for {service_area}, {period.label}"
    # Kinds in the plan with nothing due and nothing done in the period say nothing.
    activities = [f for f in schedule.activities if f.due or f.done]
    observed = [f for f in activities if _is_observation(f)]
    audits = [f for f in activities if _is_case_file_audit(f) and f not in observed]
    others = [f for f in activities if f not in observed and f not in audits]
    if audits:
        audits_text += "\n" + _schedule_block(f"{source}, case file audits:", audits, "")
    other_text = _schedule_block(
        f"{source}, other audit activity recorded:",
        others,
        f"{source}: no dip sampling or other audit activity was due.",
    )
    total = (
        f"{source}, schedule compliance: {schedule.done} of {schedule.due} QA activities due "
        f"were done ({_percent(schedule.done / schedule.due)}%)."
        if schedule.due
        else f"{source}: no QA activities were due, so there is no compliance figure."
    )
    observed_text = _schedule_block(
        f"{source}, observations of practice recorded:",
        observed,
        f"{source}: no observations of practice were due.",
    )
    return {
        "case_file_audits": audits_text,
        "other_audit_activity": other_text + "\n" + total,
        "observed_practice": observed_text,
    }
