"""Case file audits, and every other judged record on an instrument (observation of
practice, dip sample, ...): start, save, complete, reopen, re-audit. A record keeps the
instrument and version it was started on."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit import (
    COMPLETED,
    DRAFT,
    AgreedAction,
    AreaEntry,
    AuditForm,
    Problem,
    completion_problems,
    consistency_warnings,
    draft_problems,
    first_of_month,
    headline,
    normalise_case_number,
)
from qaaudit.domain.audit_codec import differences
from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    AuditInstrument,
    audit_instrument,
    current_instrument,
)
from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.services.audit.follow_up import open_corrective_action
from qaaudit.services.audit.storable_form import storable_form
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.instruments import record_instrument, refresh_catalogue
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import (
    NotAllowed,
    check_not_stale,
    refuse_problems,
)
from qaaudit.store.base import utcnow
from qaaudit.store.models import (
    AuditAction,
    AuditArea,
    AuditTheme,
    CaseFileAudit,
    Person,
    Team,
)

ENTITY = "case_file_audit"


@dataclass(frozen=True)
class PreviousAudit:
    id: int
    audit_month: date
    auditor: str
    overall: str | None
    judgements: dict[str, str | None]
    template_version: str


@dataclass
class AuditRecord:
    id: int
    version: int
    status: str
    template_version: str
    auditor_id: int
    auditor: str
    form: AuditForm
    previous: PreviousAudit | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    warnings: list[Problem] = field(default_factory=list)
    instrument_key: str = CASE_FILE_AUDIT

    @property
    def locked(self) -> bool:
        return self.status == COMPLETED


def instrument_for(record: AuditRecord | None, key: str = CASE_FILE_AUDIT) -> AuditInstrument:
    """The version a record was started on; for a new record, the newest of its instrument."""
    if record is None:
        return current_instrument(key)
    return audit_instrument(record.template_version, record.instrument_key)


def blank_form(
    today: date, team_id: int | None = None, instrument_key: str = CASE_FILE_AUDIT
) -> AuditForm:
    instrument = current_instrument(instrument_key)
    return AuditForm(
        audit_month=first_of_month(today),
        team_id=team_id,
        areas={area.key: AreaEntry() for area in instrument.areas},
    )


def find_previous(
    session: Session,
    case_number: str,
    exclude_id: int | None = None,
    instrument_key: str = CASE_FILE_AUDIT,
) -> PreviousAudit | None:
    """The latest completed record of the same tracked case number on the same instrument."""
    number = normalise_case_number(case_number)
    if not number:
        return None
    query = (
        select(CaseFileAudit)
        .where(
            CaseFileAudit.case_number == number,
            CaseFileAudit.status == COMPLETED,
            CaseFileAudit.instrument_key == instrument_key,
        )
        .options(selectinload(CaseFileAudit.areas), selectinload(CaseFileAudit.auditor))
        .order_by(CaseFileAudit.audit_month.desc(), CaseFileAudit.id.desc())
        .limit(1)
    )
    if exclude_id is not None:
        query = query.where(CaseFileAudit.id != exclude_id)
    audit = session.scalar(query)
    if audit is None:
        return None
    return _previous_of(audit)


def _previous_of(audit: CaseFileAudit) -> PreviousAudit:
    return PreviousAudit(
        id=audit.id,
        audit_month=audit.audit_month,
        auditor=audit.auditor.name,
        overall=audit.overall,
        judgements={a.area_key: a.judgement for a in audit.areas},
        template_version=audit.template_version,
    )


def load_audit(session: Session, audit_id: int) -> AuditRecord:
    audit = session.get(
        CaseFileAudit,
        audit_id,
        options=[
            selectinload(CaseFileAudit.areas),
            selectinload(CaseFileAudit.themes),
            selectinload(CaseFileAudit.actions),
            selectinload(CaseFileAudit.auditor),
        ],
    )
    if audit is None:
        raise LookupError(f"There is no audit number {audit_id}.")
    return _record_of(session, audit)


def _record_of(session: Session, audit: CaseFileAudit, auditor: str | None = None) -> AuditRecord:
    """The record as the program shows it; ``auditor`` is the auditor's name when the
    caller knows it already (the person saving their own draft)."""
    instrument = record_instrument(session, audit.template_version, audit.instrument_key)
    form = _form_of(audit, instrument)
    previous = None
    if audit.previous_audit_id is not None:
        earlier = session.get(
            CaseFileAudit,
            audit.previous_audit_id,
            options=[selectinload(CaseFileAudit.areas), selectinload(CaseFileAudit.auditor)],
        )
        previous = _previous_of(earlier) if earlier is not None else None
    return AuditRecord(
        id=audit.id,
        version=audit.version_id,
        status=audit.status,
        template_version=audit.template_version,
        auditor_id=audit.auditor_id,
        auditor=auditor if auditor is not None else audit.auditor.name,
        form=form,
        previous=previous,
        created_at=audit.created_at,
        updated_at=audit.updated_at,
        completed_at=audit.completed_at,
        warnings=consistency_warnings(instrument, form),
        instrument_key=audit.instrument_key,
    )


def _form_of(audit: CaseFileAudit, instrument: AuditInstrument) -> AuditForm:
    stored = {a.area_key: a for a in audit.areas}
    areas = {}
    for area in instrument.areas:
        row = stored.get(area.key)
        areas[area.key] = AreaEntry(row.judgement, row.evidence, row.impact) if row else AreaEntry()
    return AuditForm(
        case_number=audit.case_number,
        audit_month=audit.audit_month,
        team_id=audit.team_id,
        case_holder=audit.case_holder,
        discussed_on=audit.discussed_on,
        age_band=audit.age_band,
        strand=audit.strand,
        themes=sorted(t.theme_key for t in audit.themes),
        areas=areas,
        overall=audit.overall,
        actions=[AgreedAction(a.action, a.owner, a.due_on, a.done_on) for a in audit.actions],
        fields=_fields_of(audit),
    )


def _fields_of(audit: CaseFileAudit) -> dict[str, str]:
    try:
        stored = json.loads(audit.header_fields or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def create_audit(
    session: Session,
    actor: Actor,
    form: AuditForm,
    today: date | None = None,
    instrument_key: str = CASE_FILE_AUDIT,
) -> AuditRecord:
    """Start a draft on the newest version of its instrument. A case audited before (on
    the same instrument) is linked to its latest completed record."""
    require(actor, AUDIT_DRAFT)
    today = today or date.today()
    form = storable_form(form)
    refresh_catalogue(session)
    instrument = current_instrument(instrument_key)
    problems = [p for p in draft_problems(instrument, form, today) if p.field != "case_number"]
    number = normalise_case_number(form.case_number)
    if not number:
        problems.insert(0, draft_problems(instrument, AuditForm(audit_month=today), today)[0])
    refuse_problems(problems)
    previous = find_previous(session, number, instrument_key=instrument.key)
    audit = CaseFileAudit(
        instrument_key=instrument.key,
        case_number=number,
        auditor_id=actor.id,
        audit_month=first_of_month(form.audit_month or today),
        template_version=instrument.version,
        status=DRAFT,
        previous_audit_id=previous.id if previous else None,
    )
    session.add(audit)
    _apply(audit, form, instrument)
    session.flush()
    record_changes(session, actor, ENTITY, audit.id, [("created", None, DRAFT)])
    return load_audit(session, audit.id)


def save_draft(
    session: Session,
    actor: Actor,
    audit_id: int,
    expected_version: int,
    form: AuditForm,
    today: date | None = None,
) -> AuditRecord:
    """Save what is on screen. Someone else's save since it was opened is a conflict."""
    require(actor, AUDIT_DRAFT)
    today = today or date.today()
    form = storable_form(form)
    audit, before = _editable(session, actor, audit_id, expected_version)
    instrument = audit_instrument(audit.template_version, audit.instrument_key)
    problems = draft_problems(instrument, form, today)
    refuse_problems(problems)
    return _store(session, actor, audit, before, form, instrument)


def complete_audit(
    session: Session,
    actor: Actor,
    audit_id: int,
    expected_version: int,
    form: AuditForm,
    today: date | None = None,
) -> AuditRecord:
    """Validate every rule; a completed audit is locked."""
    require(actor, AUDIT_DRAFT)
    today = today or date.today()
    form = storable_form(form)
    audit, before = _editable(session, actor, audit_id, expected_version)
    instrument = audit_instrument(audit.template_version, audit.instrument_key)
    problems = completion_problems(instrument, form, today)
    refuse_problems(problems)
    audit.status = COMPLETED
    audit.completed_at = utcnow()
    record = _store(session, actor, audit, before, form, instrument)
    record_changes(session, actor, ENTITY, audit.id, [("status", DRAFT, COMPLETED)])
    open_corrective_action(session, actor, audit)
    return record


def delete_draft(session: Session, actor: Actor, audit_id: int, expected_version: int) -> None:
    require(actor, AUDIT_DRAFT)
    audit, _ = _editable(session, actor, audit_id, expected_version)
    record_changes(session, actor, ENTITY, audit.id, [("deleted", DRAFT, None)])
    session.delete(audit)


def _editable(
    session: Session, actor: Actor, audit_id: int, expected_version: int
) -> tuple[CaseFileAudit, AuditForm]:
    audit = session.get(
        CaseFileAudit,
        audit_id,
        options=[
            selectinload(CaseFileAudit.areas),
            selectinload(CaseFileAudit.themes),
            selectinload(CaseFileAudit.actions),
        ],
        with_for_update=True,
    )
    if audit is None:
        raise LookupError(f"There is no audit number {audit_id}.")
    if audit.status == COMPLETED:
        raise NotAllowed("This audit is completed and locked; it changes only through moderation.")
    if audit.auditor_id != actor.id:
        raise NotAllowed("Only the auditor who started this draft can change it.")
    instrument = record_instrument(session, audit.template_version, audit.instrument_key)
    stored = _form_of(audit, instrument)
    check_not_stale(audit.version_id, expected_version, "audit")
    return audit, stored


def conflict_differences(
    session: Session, audit_id: int, mine: AuditForm
) -> list[tuple[str, str, str]]:
    """What the stored audit says where it differs from what is on screen."""
    stored = load_audit(session, audit_id).form
    return differences(mine, stored)


def _store(
    session: Session,
    actor: Actor,
    audit: CaseFileAudit,
    before: AuditForm,
    form: AuditForm,
    instrument: AuditInstrument,
) -> AuditRecord:
    _apply(audit, form, instrument)
    audit.updated_at = utcnow()
    session.flush()
    record_changes(session, actor, ENTITY, audit.id, differences(before, form))
    # Read back from what this session holds: the audit, its areas, themes and actions
    # are loaded already, and only its own auditor saves a draft.
    return _record_of(session, audit, auditor=actor.name)


def _apply(audit: CaseFileAudit, form: AuditForm, instrument: AuditInstrument) -> None:
    number = normalise_case_number(form.case_number)
    if number and number != audit.case_number:
        audit.case_number = number
    if form.audit_month:
        audit.audit_month = first_of_month(form.audit_month)
    audit.team_id = form.team_id
    audit.case_holder = form.case_holder.strip()
    audit.discussed_on = form.discussed_on
    audit.age_band = form.age_band
    audit.strand = form.strand
    audit.overall = form.overall
    audit.headline = headline(instrument, form.overall)
    own = {f.key for f in instrument.own_fields}
    fields = {k: v for k, v in sorted(form.fields.items()) if k in own and v}
    text = json.dumps(fields, ensure_ascii=False) if fields else "{}"
    if text != (audit.header_fields or "{}"):
        audit.header_fields = text
    rows = {a.area_key: a for a in audit.areas}
    for area in instrument.areas:
        entry = form.areas.get(area.key) or AreaEntry()
        row = rows.get(area.key)
        if row is None:
            row = AuditArea(area_key=area.key)
            audit.areas.append(row)
        row.judgement = entry.judgement
        row.evidence = entry.evidence
        row.impact = entry.impact
    wanted = set(form.themes)
    audit.themes = [t for t in audit.themes if t.theme_key in wanted] + [
        AuditTheme(theme_key=k) for k in sorted(wanted - {t.theme_key for t in audit.themes})
    ]
    actions = [a for a in form.actions if not a.is_blank()]
    existing = list(audit.actions)
    for index, action in enumerate(actions):
        row_action = existing[index] if index < len(existing) else AuditAction()
        if index >= len(existing):
            audit.actions.append(row_action)
        row_action.position = index
        row_action.action = action.action
        row_action.owner = action.owner
        row_action.due_on = action.due_on
        row_action.done_on = action.done_on
    for extra in existing[len(actions) :]:
        audit.actions.remove(extra)


def auditor_name(session: Session, person_id: int) -> str:
    return session.scalar(select(Person.name).where(Person.id == person_id)) or ""


def team_name(session: Session, team_id: int | None) -> str:
    if team_id is None:
        return ""
    return session.scalar(select(Team.name).where(Team.id == team_id)) or ""
