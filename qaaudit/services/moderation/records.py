"""Moderation: the Head of Safeguarding and the Principal Social Worker read returned
audits, agree or disagree with each judgement, record their own, and judge the quality of
the audit itself; and how consistent auditors are, measured from those readings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit import COMPLETED, Problem, headline
from qaaudit.domain.instrument import audit_instrument, current_audit_instrument
from qaaudit.domain.permissions import MODERATE
from qaaudit.domain.trends import Agreement, agreement
from qaaudit.services.audit.audits import AuditRecord, load_audit
from qaaudit.services.audit.listing import audit_months
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed, refuse_problems
from qaaudit.services.trends.figures import ordered_scale
from qaaudit.store.base import utcnow
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team
from qaaudit.store.quality import Moderation, ModerationArea

ENTITY = "moderation"
MODERATOR = "moderator"

QUALITY_LEVELS = {"yes": "Yes", "partly": "Partly", "no": "No"}
QUALITY_QUESTIONS = {
    "impact_at_centre": "Is the impact on the child firmly at the centre of the audit, "
    "rather than a task-centred management audit?",
    "evaluative_narrative": "Is the narrative evaluative and succinct, with the evidence "
    "that supports each judgement and its impact on the child?",
}

BY_AUDITOR = "auditor"
BY_TEAM = "team"
BY_AREA = "area"


@dataclass
class ModerationForm:
    """What the moderator records: their own judgement of the overall and each practice
    area (the same as the auditor's where they agree), a comment, and the quality of the
    audit itself."""

    overall: str | None = None
    areas: dict[str, str | None] = field(default_factory=dict)
    comment: str = ""
    impact_at_centre: str = ""
    evaluative_narrative: str = ""


@dataclass(frozen=True)
class ModerationRecord:
    audit_id: int
    version: int
    moderator: str
    moderated_at: datetime
    overall_agrees: bool
    form: ModerationForm
    area_agrees: dict[str, bool]


@dataclass(frozen=True)
class QueueRow:
    audit_id: int
    case_number: str
    audit_month: date
    service_area: str
    team: str
    auditor: str
    overall: str | None
    re_audit: bool


@dataclass
class QueueFilter:
    month_from: date | None = None
    month_to: date | None = None
    service_area_id: int | None = None
    team_id: int | None = None
    moderated: bool = False


@dataclass(frozen=True)
class AgreementRow:
    name: str
    moderated: int
    overall: Agreement
    areas: Agreement
    impact_yes: int
    narrative_yes: int


# -- the queue -------------------------------------------------------------------------


def _queue_query(flt: QueueFilter) -> Any:
    moderated = select(Moderation.audit_id)
    query = (
        select(
            CaseFileAudit.id,
            CaseFileAudit.case_number,
            CaseFileAudit.audit_month,
            func.coalesce(ServiceArea.name, ""),
            func.coalesce(Team.name, ""),
            Person.name,
            CaseFileAudit.overall,
            CaseFileAudit.previous_audit_id.is_not(None),
        )
        .join(Person, Person.id == CaseFileAudit.auditor_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .outerjoin(ServiceArea, ServiceArea.id == Team.service_area_id)
        .where(CaseFileAudit.status == COMPLETED)
    )
    if flt.moderated:
        query = query.where(CaseFileAudit.id.in_(moderated))
    else:
        query = query.where(CaseFileAudit.id.not_in(moderated))
    query = query.where(*audit_months(flt.month_from, flt.month_to))
    if flt.team_id is not None:
        query = query.where(CaseFileAudit.team_id == flt.team_id)
    elif flt.service_area_id is not None:
        query = query.where(Team.service_area_id == flt.service_area_id)
    return query


def moderation_queue(
    session: Session, flt: QueueFilter, offset: int = 0, limit: int = 200
) -> list[QueueRow]:
    """Completed audits not yet moderated (or, with ``moderated``, those that are),
    newest month first."""
    query = _queue_query(flt).order_by(CaseFileAudit.audit_month.desc(), CaseFileAudit.id.desc())
    return [QueueRow(*row) for row in session.execute(query.offset(offset).limit(limit))]


def count_queue(session: Session, flt: QueueFilter) -> int:
    inner = _queue_query(flt).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


# -- reading and recording a moderation -------------------------------------------------


def load_moderation(session: Session, audit_id: int) -> ModerationRecord | None:
    row = session.scalar(
        select(Moderation)
        .where(Moderation.audit_id == audit_id)
        .options(selectinload(Moderation.areas))
    )
    if row is None:
        return None
    moderator = session.scalar(select(Person.name).where(Person.id == row.moderator_id)) or ""
    return ModerationRecord(
        audit_id=audit_id,
        version=row.version_id,
        moderator=moderator,
        moderated_at=row.moderated_at,
        overall_agrees=row.overall_agrees,
        form=ModerationForm(
            overall=row.moderated_overall,
            areas={a.area_key: a.moderated_judgement for a in row.areas},
            comment=row.comment,
            impact_at_centre=row.impact_at_centre,
            evaluative_narrative=row.evaluative_narrative,
        ),
        area_agrees={a.area_key: a.agrees for a in row.areas},
    )


def form_agreeing_with(record: AuditRecord) -> ModerationForm:
    """A moderation that starts from the auditor's judgements: the moderator changes
    only what they disagree with."""
    return ModerationForm(
        overall=record.form.overall,
        areas={key: entry.judgement for key, entry in record.form.areas.items()},
    )


def moderation_problems(record: AuditRecord, form: ModerationForm) -> list[Problem]:
    instrument = audit_instrument(record.template_version, record.instrument_key)
    keys = {g.key for g in instrument.grades}
    problems = []
    if not form.overall or form.overall not in keys:
        problems.append(Problem("overall", "Give the moderated overall judgement."))
    elif instrument.grade(form.overall).not_applicable:
        problems.append(Problem("overall", "The overall judgement cannot be “not applicable”."))
    for area in instrument.areas:
        judgement = form.areas.get(area.key)
        if not judgement or judgement not in keys:
            problems.append(
                Problem(f"area.{area.key}", f"Give the moderated judgement for “{area.short}”.")
            )
        elif instrument.grade(judgement).not_applicable and not area.may_be_not_applicable:
            problems.append(
                Problem(
                    f"area.{area.key}",
                    f"“{area.short}” applies to every case and cannot be marked not applicable.",
                )
            )
    for key, question in QUALITY_QUESTIONS.items():
        if getattr(form, key) not in QUALITY_LEVELS:
            problems.append(Problem(key, f"Answer: {question}"))
    return problems


def save_moderation(
    session: Session,
    actor: Actor,
    audit_id: int,
    form: ModerationForm,
    expected_version: int | None = None,
) -> ModerationRecord:
    """Record (or revise) the moderation of a completed audit. ``expected_version`` is
    the version the moderator opened, None for a first moderation; anyone else's save
    since then is a conflict, never overwritten."""
    require(actor, MODERATE)
    audit = session.get(CaseFileAudit, audit_id, with_for_update=True)
    if audit is None:
        raise LookupError(f"There is no audit number {audit_id}.")
    if audit.status != COMPLETED:
        raise NotAllowed("Only completed audits are moderated.")
    if audit.auditor_id == actor.id:
        raise NotAllowed("You completed this audit, so someone else must moderate it.")
    record = load_audit(session, audit_id)
    problems = moderation_problems(record, form)
    refuse_problems(problems)
    existing = session.scalar(
        select(Moderation)
        .where(Moderation.audit_id == audit_id)
        .options(selectinload(Moderation.areas))
        .with_for_update()
    )
    if existing is not None and existing.version_id != expected_version:
        raise ConflictError(
            "Someone else moderated this audit after you opened it, so your moderation was "
            "not saved over theirs. Reopen the audit to see what they recorded."
        )
    if existing is None and expected_version is not None:
        raise ConflictError("This moderation has been removed since you opened it.")
    instrument = audit_instrument(record.template_version, record.instrument_key)
    before = load_moderation(session, audit_id)
    moderation = existing or Moderation(audit_id=audit_id)
    moderation.moderator_id = actor.id
    moderation.moderated_at = utcnow()
    moderation.auditor_overall = audit.overall
    assert form.overall is not None
    moderation.moderated_overall = form.overall
    moderation.overall_agrees = form.overall == audit.overall
    moderation.moderated_headline = headline(instrument, form.overall) or ""
    moderation.comment = form.comment.strip()
    moderation.impact_at_centre = form.impact_at_centre
    moderation.evaluative_narrative = form.evaluative_narrative
    rows = {a.area_key: a for a in moderation.areas}
    for area in instrument.areas:
        row = rows.get(area.key)
        if row is None:
            row = ModerationArea(area_key=area.key)
            moderation.areas.append(row)
        row.auditor_judgement = record.form.areas[area.key].judgement
        row.moderated_judgement = form.areas.get(area.key)
        row.agrees = row.moderated_judgement == row.auditor_judgement
    if existing is None:
        session.add(moderation)
    session.flush()
    record_changes(session, actor, ENTITY, audit_id, _changes(before, form))
    saved = load_moderation(session, audit_id)
    assert saved is not None
    return saved


def _changes(
    before: ModerationRecord | None, form: ModerationForm
) -> list[tuple[str, str | None, str | None]]:
    old = before.form if before else ModerationForm()
    changes: list[tuple[str, str | None, str | None]] = []
    if before is None:
        changes.append(("moderated", None, "yes"))
    pairs: list[tuple[str, str | None, str | None]] = [
        ("overall", old.overall, form.overall),
        ("comment", old.comment or None, form.comment.strip() or None),
        ("impact_at_centre", old.impact_at_centre or None, form.impact_at_centre or None),
        (
            "evaluative_narrative",
            old.evaluative_narrative or None,
            form.evaluative_narrative or None,
        ),
    ]
    for key in sorted(set(old.areas) | set(form.areas)):
        pairs.append((f"area.{key}", old.areas.get(key), form.areas.get(key)))
    changes.extend(p for p in pairs if p[1] != p[2])
    return changes


# -- agreement -------------------------------------------------------------------------


def agreement_rows(
    session: Session,
    by: str,
    month_from: date | None = None,
    month_to: date | None = None,
) -> list[AgreementRow]:
    """Agreement between auditors and moderators, per auditor, team or practice area,
    with a last row for everyone."""
    scale = ordered_scale()
    conditions = audit_months(month_from, month_to)
    key, name = _grouping(by)
    area_pairs: dict[Any, dict[tuple[str, str], int]] = {}
    pair_query = (
        select(
            key,
            ModerationArea.auditor_judgement,
            ModerationArea.moderated_judgement,
            func.count(),
        )
        .select_from(ModerationArea)
        .join(Moderation, Moderation.id == ModerationArea.moderation_id)
        .join(CaseFileAudit, CaseFileAudit.id == Moderation.audit_id)
        .where(*conditions)
        .group_by(key, ModerationArea.auditor_judgement, ModerationArea.moderated_judgement)
    )
    for group, first, second, count in session.execute(pair_query):
        pairs = area_pairs.setdefault(group, {})
        pairs[(first or "", second or "")] = count
    overall: dict[Any, dict[tuple[str, str], int]] = {}
    quality: dict[Any, tuple[int, int, int]] = {}
    if by != BY_AREA:
        overall_query = (
            select(
                key,
                Moderation.auditor_overall,
                Moderation.moderated_overall,
                func.count(),
                func.sum(_yes(Moderation.impact_at_centre)),
                func.sum(_yes(Moderation.evaluative_narrative)),
            )
            .select_from(Moderation)
            .join(CaseFileAudit, CaseFileAudit.id == Moderation.audit_id)
            .where(*conditions)
            .group_by(key, Moderation.auditor_overall, Moderation.moderated_overall)
        )
        for group, first, second, count, impact, narrative in session.execute(overall_query):
            overall.setdefault(group, {})[(first or "", second or "")] = count
            seen = quality.get(group, (0, 0, 0))
            quality[group] = (
                seen[0] + count,
                seen[1] + int(impact or 0),
                seen[2] + int(narrative or 0),
            )
    names = name(session)
    rows = []
    for group in sorted(set(area_pairs) | set(overall), key=lambda g: names.get(g, str(g))):
        moderated, impact, narrative = quality.get(group, (0, 0, 0))
        rows.append(
            AgreementRow(
                name=names.get(group, "(no team)" if group is None else str(group)),
                moderated=moderated,
                overall=agreement(overall.get(group, {}), scale),
                areas=agreement(area_pairs.get(group, {}), scale),
                impact_yes=impact,
                narrative_yes=narrative,
            )
        )
    if by == BY_AREA:
        order = {k: i for i, k in enumerate(_area_order())}
        rows.sort(key=lambda r: order.get(r.name, 99))
        labels = dict(_area_labels())
        rows = [
            AgreementRow(labels.get(r.name, r.name), r.moderated, r.overall, r.areas, 0, 0)
            for r in rows
        ]
    everyone_overall = _merge(overall.values())
    everyone_areas = _merge(area_pairs.values())
    totals = [sum(v) for v in zip(*quality.values(), strict=False)] or [0, 0, 0]
    rows.append(
        AgreementRow(
            name="Everyone",
            moderated=totals[0],
            overall=agreement(everyone_overall, scale),
            areas=agreement(everyone_areas, scale),
            impact_yes=totals[1],
            narrative_yes=totals[2],
        )
    )
    return rows


def _yes(column: Any) -> Any:
    return case((column == "yes", 1), else_=0)


def _merge(many: Any) -> dict[tuple[str, str], int]:
    merged: dict[tuple[str, str], int] = {}
    for pairs in many:
        for pair, count in pairs.items():
            merged[pair] = merged.get(pair, 0) + count
    return merged


def _grouping(by: str) -> tuple[Any, Any]:
    if by == BY_AUDITOR:
        return CaseFileAudit.auditor_id, _person_names
    if by == BY_TEAM:
        return CaseFileAudit.team_id, _team_names
    if by == BY_AREA:
        return ModerationArea.area_key, lambda _session: {}
    raise ValueError(f"cannot group agreement by {by}")


def _person_names(session: Session) -> dict[Any, str]:
    return {key: name for key, name in session.execute(select(Person.id, Person.name))}


def _team_names(session: Session) -> dict[Any, str]:
    return {key: name for key, name in session.execute(select(Team.id, Team.name))}


def _area_order() -> list[str]:
    return [a.key for a in current_audit_instrument().areas]


def _area_labels() -> list[tuple[str, str]]:
    return [(a.key, a.short) for a in current_audit_instrument().areas]
