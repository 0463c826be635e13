"""Audit reports: the findings of a month's, a quarter's or a theme's completed audits,
drawn up by the program from the audits (strengths and areas for improvement by practice
area, recurring findings), then edited by the QA lead, with recommendations, and issued
to the Strategic Leads and the Principal Social Worker (briefing note, section 6.1).

The texts are stored as the QA lead leaves them; the figures beside them (practice areas,
re-audits) are worked out from the audits whenever the report is shown or exported."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit_report import DRAFT, ISSUED, THEME, ReportPeriod
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.permissions import AUDIT_REPORT_WRITE
from qaaudit.domain.trends import percent
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed, check_not_stale
from qaaudit.services.summaries.learning import AreaResult, LearningSummary, learning_summary
from qaaudit.services.trends.reaudit_actions import ReauditGroup, improvement_by_earlier_actions
from qaaudit.store.base import utcnow
from qaaudit.store.models import ServiceArea
from qaaudit.store.reports import AuditReport, ReportRecommendation

ENTITY = "audit_report"
TEXT_FIELDS = ("title", "introduction", "strengths", "improvements", "recurring")


@dataclass
class Recommendation:
    text: str
    service_area_id: int | None = None
    service_area: str = ""
    id: int | None = None


@dataclass
class ReportText:
    """What the QA lead edits."""

    title: str
    introduction: str
    strengths: str
    improvements: str
    recurring: str
    recommendations: list[Recommendation] = field(default_factory=list)


@dataclass(frozen=True)
class ReportRecord:
    id: int
    version: int
    period: ReportPeriod
    text: ReportText
    status: str
    issued_on: date | None
    prepared_by: str
    updated_at: datetime

    @property
    def issued(self) -> bool:
        return self.status == ISSUED


@dataclass(frozen=True)
class ReportRow:
    id: int
    title: str
    period: str
    status: str
    recommendations: int
    updated_at: datetime


@dataclass(frozen=True)
class ReportFigures:
    """The numbers beside the text, from the audits as they stand."""

    summary: LearningSummary
    reaudits_by_actions: list[ReauditGroup]


def theme_label(key: str | None) -> str:
    if not key:
        return ""
    return current_audit_instrument().theme_label(key)


def period_words(period: ReportPeriod) -> str:
    if period.kind == THEME:
        return f"the theme “{theme_label(period.theme_key)}”, {period.label}"
    return period.label


def report_figures(session: Session, period: ReportPeriod, today: date) -> ReportFigures:
    return ReportFigures(
        summary=learning_summary(
            session, period.month_from, period.month_to, today=today, theme_key=period.theme_key
        ),
        reaudits_by_actions=improvement_by_earlier_actions(
            session, period.month_from, period.month_to, theme_key=period.theme_key
        ),
    )


def _area_line(area: AreaResult) -> str:
    return (
        f"- {area.title}: {area.good} of {area.judged} judgements good "
        f"({percent(area.share_good)})."
    )


def drawn_up(period: ReportPeriod, figures: ReportFigures) -> ReportText:
    """The findings the program draws up from the audits, for the QA lead to edit."""
    summary = figures.summary
    count, good = summary.headline.count, summary.headline.good
    subject = period_words(period)
    if count == 0:
        intro = f"No case file audits were completed for {subject}."
    else:
        intro = (
            f"This report draws together the findings of {count} case file "
            f"audit{'s' if count != 1 else ''} completed for {subject}. "
            f"{good} of {count} ({percent(summary.headline.share_good)}) were judged good "
            "overall (meets or exceeds good)."
        )
        if summary.previous.count:
            intro += (
                f" In the period before, {summary.previous.good} of {summary.previous.count} "
                f"({percent(summary.previous.share_good)}) were good."
            )
        if summary.re_audits.count:
            intro += (
                f" {summary.re_audits.count} were re-audits: {summary.re_audits.improved} "
                f"moved from not yet good to good, {summary.re_audits.declined} the other way."
            )
    strengths = [_area_line(a) for a in summary.strongest]
    weaker = list(summary.weakest)
    weaker += [a for a in summary.most_often_not_good if a not in weaker]
    improvements = [_area_line(a) for a in weaker]
    recurring = [
        f"- “{w.words}”: in the agreed actions of {w.audits} audits." for w in summary.wordings
    ]
    return ReportText(
        title=f"Case file audit report: {subject}",
        introduction=intro,
        strengths="\n".join(strengths)
        or "Too few judgements in any practice area to single out strengths.",
        improvements="\n".join(improvements)
        or "Too few judgements in any practice area to single out areas for improvement.",
        recurring="\n".join(recurring) or "No wording recurs across the agreed actions.",
        recommendations=[],
    )


def report_or_findings(
    session: Session, period: ReportPeriod, today: date, prepared_by: str
) -> ReportRecord:
    """The latest stored report of the period, or, where none has been written, the
    findings as the program draws them up (a draft nobody has edited, not stored)."""
    found = find_report(session, period)
    if found is not None:
        return found
    text = drawn_up(period, report_figures(session, period, today))
    return ReportRecord(0, 0, period, text, DRAFT, None, prepared_by, utcnow())


def draft_report(session: Session, actor: Actor, period: ReportPeriod, today: date) -> ReportRecord:
    """A new report with its findings drawn up from the audits, for the QA lead to edit."""
    require(actor, AUDIT_REPORT_WRITE)
    text = drawn_up(period, report_figures(session, period, today))
    report = AuditReport(
        title=text.title,
        period_kind=period.kind,
        month_from=period.month_from,
        month_to=period.month_to,
        theme_key=period.theme_key,
        introduction=text.introduction,
        strengths=text.strengths,
        improvements=text.improvements,
        recurring=text.recurring,
        status=DRAFT,
        prepared_by_id=actor.id,
    )
    session.add(report)
    session.flush()
    record_changes(session, actor, ENTITY, report.id, [("created", None, period.label)])
    return load_report(session, report.id)


def _get(session: Session, report_id: int) -> AuditReport:
    report = session.get(
        AuditReport,
        report_id,
        options=[
            selectinload(AuditReport.recommendations).selectinload(
                ReportRecommendation.service_area
            ),
            selectinload(AuditReport.prepared_by),
        ],
    )
    if report is None:
        raise LookupError(f"There is no audit report number {report_id}.")
    return report


def load_report(session: Session, report_id: int) -> ReportRecord:
    report = _get(session, report_id)
    return ReportRecord(
        id=report.id,
        version=report.version_id,
        period=ReportPeriod(
            report.period_kind, report.month_from, report.month_to, report.theme_key
        ),
        text=ReportText(
            title=report.title,
            introduction=report.introduction,
            strengths=report.strengths,
            improvements=report.improvements,
            recurring=report.recurring,
            recommendations=[
                Recommendation(
                    r.text,
                    r.service_area_id,
                    r.service_area.name if r.service_area else "",
                    r.id,
                )
                for r in report.recommendations
            ],
        ),
        status=report.status,
        issued_on=report.issued_on,
        prepared_by=report.prepared_by.name,
        updated_at=report.updated_at,
    )


def list_reports(session: Session) -> list[ReportRow]:
    reports = session.scalars(
        select(AuditReport)
        .options(selectinload(AuditReport.recommendations))
        .order_by(AuditReport.month_from.desc(), AuditReport.id.desc())
    )
    return [
        ReportRow(
            r.id,
            r.title,
            ReportPeriod(r.period_kind, r.month_from, r.month_to, r.theme_key).label,
            r.status,
            len(r.recommendations),
            r.updated_at,
        )
        for r in reports
    ]


def find_report(session: Session, period: ReportPeriod) -> ReportRecord | None:
    """The latest report of exactly this period (and theme), if there is one."""
    found = session.scalar(
        select(AuditReport.id)
        .where(
            AuditReport.period_kind == period.kind,
            AuditReport.month_from == period.month_from,
            AuditReport.month_to == period.month_to,
            AuditReport.theme_key.is_(None)
            if period.theme_key is None
            else AuditReport.theme_key == period.theme_key,
        )
        .order_by(AuditReport.id.desc())
        .limit(1)
    )
    return load_report(session, found) if found is not None else None


def save_report(
    session: Session, actor: Actor, report_id: int, expected_version: int, text: ReportText
) -> ReportRecord:
    """The QA lead's edits: the texts and the recommendations, in order. Someone else's
    save since it was opened is never saved over."""
    require(actor, AUDIT_REPORT_WRITE)
    report = _get(session, report_id)
    check_not_stale(report.version_id, expected_version, "report")
    if not text.title.strip():
        raise NotAllowed("A report needs a title.")
    changes: list[tuple[str, str | None, str | None]] = []
    for name in TEXT_FIELDS:
        new = getattr(text, name).strip() if name == "title" else getattr(text, name)
        old = getattr(report, name)
        if old != new:
            setattr(report, name, new)
            changes.append((name, old, new))
    wanted = [r for r in text.recommendations if r.text.strip()]
    kept = {r.id: r for r in report.recommendations}
    new_list = []
    for position, rec in enumerate(wanted):
        row = kept.pop(rec.id, None) if rec.id is not None else None
        if row is None:
            row = ReportRecommendation(text=rec.text.strip(), service_area_id=rec.service_area_id)
            changes.append(("recommendation", None, rec.text.strip()))
        elif (row.text, row.service_area_id) != (rec.text.strip(), rec.service_area_id):
            changes.append((f"recommendation.{row.id}", row.text, rec.text.strip()))
            row.text, row.service_area_id = rec.text.strip(), rec.service_area_id
        row.position = position
        new_list.append(row)
    for gone in kept.values():
        changes.append((f"recommendation.{gone.id}", gone.text, None))
    report.recommendations = new_list
    if changes:
        report.updated_at = utcnow()
        session.flush()
        record_changes(session, actor, ENTITY, report.id, changes)
    return load_report(session, report.id)


def issue_report(
    session: Session, actor: Actor, report_id: int, expected_version: int, issued_on: date
) -> ReportRecord:
    """Mark the report as sent to the Strategic Leads and the Principal Social Worker. It
    can still be corrected afterwards; the change history keeps what changed."""
    require(actor, AUDIT_REPORT_WRITE)
    report = _get(session, report_id)
    check_not_stale(report.version_id, expected_version, "report")
    if not report.recommendations:
        raise NotAllowed("Add at least one recommendation before issuing the report.")
    old = report.status
    report.status, report.issued_on, report.updated_at = ISSUED, issued_on, utcnow()
    session.flush()
    record_changes(
        session,
        actor,
        ENTITY,
        report.id,
        [("status", old, ISSUED), ("issued_on", None, issued_on.isoformat())],
    )
    return load_report(session, report.id)


def delete_report(session: Session, actor: Actor, report_id: int, expected_version: int) -> None:
    """A report is deleted with its recommendations; action plan items made from them stay
    (they no longer name their recommendation)."""
    require(actor, AUDIT_REPORT_WRITE)
    report = _get(session, report_id)
    check_not_stale(report.version_id, expected_version, "report")
    record_changes(session, actor, ENTITY, report.id, [("deleted", report.title, None)])
    session.delete(report)


def service_area_names(session: Session) -> list[tuple[int, str]]:
    return [
        (i, n)
        for i, n in session.execute(
            select(ServiceArea.id, ServiceArea.name).order_by(
                ServiceArea.position, ServiceArea.name
            )
        )
    ]
