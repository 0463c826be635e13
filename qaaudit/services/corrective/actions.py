"""Corrective action: opened when an audit is completed as not yet good, confirmed by the
service manager for the team's service area in the month after the audit, and listed when
overdue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from qaaudit.domain import corrective as calendar
from qaaudit.domain.corrective import CONFIRMED, OPEN, confirmation_problems
from qaaudit.domain.instrument import audit_instrument
from qaaudit.domain.permissions import CORRECTIVE_CONFIRM
from qaaudit.services.audit.follow_up import ENTITY
from qaaudit.services.audit.listing import audit_months
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import may, require
from qaaudit.services.common.refusals import NotAllowed, refuse_problems
from qaaudit.store.base import utcnow
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team

# What the list shows
NEEDING_CONFIRMATION = "needing confirmation"
OVERDUE = "overdue"
CONFIRMED_ONLY = "confirmed"
EVERY = "all"
SHOW_CHOICES = (NEEDING_CONFIRMATION, OVERDUE, CONFIRMED_ONLY, EVERY)


@dataclass(frozen=True)
class CorrectiveActionRow:
    """One case needing (or having had) corrective action, as the service manager sees it."""

    id: int
    version: int
    audit_id: int
    case_number: str
    audit_month: date
    service_area_id: int | None
    service_area: str
    team: str
    auditor: str
    overall: str
    opened_on: date
    due_on: date
    status: str
    note: str
    confirmed_on: date | None
    confirmed_by: str

    def state(self, today: date) -> str:
        return calendar.state(self.due_on, self.confirmed_on, today)

    def describe(self, today: date) -> str:
        return calendar.describe_state(self.due_on, self.confirmed_on, today)

    def is_overdue(self, today: date) -> bool:
        return self.state(today) == calendar.STATE_OVERDUE


@dataclass
class CorrectiveFilter:
    show: str = NEEDING_CONFIRMATION
    month_from: date | None = None
    month_to: date | None = None
    service_area_id: int | None = None
    audit_id: int | None = None


def may_confirm(actor: Actor, service_area_id: int | None) -> bool:
    """Service managers confirm for teams in their own service area; a service manager who
    also sees everything (the QA lead, an administrator) may confirm for any."""
    if not may(actor, CORRECTIVE_CONFIRM):
        return False
    if actor.sees_everything:
        return True
    return service_area_id is not None and service_area_id == actor.service_area_id


def _query(actor: Actor, flt: CorrectiveFilter, today: date) -> Select:
    auditor = aliased(Person)
    confirmer = aliased(Person)
    query: Select = (
        select(
            CorrectiveAction.id,
            CorrectiveAction.version_id,
            CaseFileAudit.id,
            CaseFileAudit.case_number,
            CaseFileAudit.audit_month,
            Team.service_area_id,
            func.coalesce(ServiceArea.name, ""),
            func.coalesce(Team.name, ""),
            auditor.name,
            CaseFileAudit.overall,
            CaseFileAudit.template_version,
            CorrectiveAction.opened_on,
            CorrectiveAction.due_on,
            CorrectiveAction.status,
            CorrectiveAction.note,
            CorrectiveAction.confirmed_on,
            func.coalesce(confirmer.name, ""),
        )
        .join(CaseFileAudit, CaseFileAudit.id == CorrectiveAction.audit_id)
        .join(auditor, auditor.id == CaseFileAudit.auditor_id)
        .outerjoin(confirmer, confirmer.id == CorrectiveAction.confirmed_by_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .outerjoin(ServiceArea, ServiceArea.id == Team.service_area_id)
    )
    query = _visible(query, actor)
    if flt.show == NEEDING_CONFIRMATION:
        query = query.where(CorrectiveAction.status == OPEN)
    elif flt.show == OVERDUE:
        query = query.where(CorrectiveAction.status == OPEN, CorrectiveAction.due_on < today)
    elif flt.show == CONFIRMED_ONLY:
        query = query.where(CorrectiveAction.status == CONFIRMED)
    query = query.where(*audit_months(flt.month_from, flt.month_to))
    if flt.service_area_id is not None:
        query = query.where(Team.service_area_id == flt.service_area_id)
    if flt.audit_id is not None:
        query = query.where(CaseFileAudit.id == flt.audit_id)
    return query.order_by(CorrectiveAction.due_on, CaseFileAudit.id)


def _visible(query: Select, actor: Actor) -> Select:
    if actor.sees_everything:
        return query
    allowed = [CaseFileAudit.auditor_id == actor.id]
    if actor.has("service_manager") and actor.service_area_id is not None:
        allowed.append(Team.service_area_id == actor.service_area_id)
    return query.where(or_(*allowed))


def _overall_label(version: str, overall: str | None) -> str:
    if not overall:
        return "Not judged"
    try:
        return audit_instrument(version).grade(overall).label
    except KeyError:
        return overall


def _rows(values: Iterable[Any]) -> list[CorrectiveActionRow]:
    """Rows from plain values; each version's grade words looked up once, not per row (a
    council's ten years are 25,000 actions and a handful of grades)."""
    labels: dict[tuple[str, str | None], str] = {}
    return [_row(tuple(value), labels) for value in values]


def _row(values: tuple, labels: dict[tuple[str, str | None], str]) -> CorrectiveActionRow:
    (
        action_id,
        version,
        audit_id,
        case_number,
        audit_month,
        area_id,
        area,
        team,
        auditor,
        overall,
        template_version,
        opened_on,
        due_on,
        status,
        note,
        confirmed_on,
        confirmed_by,
    ) = values
    if (label := labels.get((template_version, overall))) is None:
        label = labels[template_version, overall] = _overall_label(template_version, overall)
    return CorrectiveActionRow(
        id=action_id,
        version=version,
        audit_id=audit_id,
        case_number=case_number,
        audit_month=audit_month,
        service_area_id=area_id,
        service_area=area,
        team=team,
        auditor=auditor,
        overall=label,
        opened_on=opened_on,
        due_on=due_on,
        status=status,
        note=note,
        confirmed_on=confirmed_on,
        confirmed_by=confirmed_by,
    )


def list_corrective(
    session: Session, actor: Actor, flt: CorrectiveFilter | None = None, today: date | None = None
) -> list[CorrectiveActionRow]:
    """Corrective actions the person may see, soonest due first."""
    today = today or date.today()
    # Plain columns through the session's connection: the ORM's row handling added half
    # again to a council's ten years of actions.
    return _rows(session.connection().execute(_query(actor, flt or CorrectiveFilter(), today)))


def for_audit(session: Session, actor: Actor, audit_id: int) -> CorrectiveActionRow | None:
    found = list_corrective(session, actor, CorrectiveFilter(show=EVERY, audit_id=audit_id))
    return found[0] if found else None


def overdue_for(
    session: Session, actor: Actor, today: date | None = None
) -> list[CorrectiveActionRow]:
    """What to put in front of a service manager (or the QA lead) when the program opens:
    corrective actions past their due date and not yet confirmed. Service managers see
    their own service area; the QA lead sees every service; anyone else, nothing."""
    if not (actor.has("service_manager") or actor.has("qa_lead")):
        return []
    if not actor.sees_everything and actor.service_area_id is None:
        return []
    today = today or date.today()
    flt = CorrectiveFilter(show=OVERDUE)
    if not actor.sees_everything:
        flt.service_area_id = actor.service_area_id
    return list_corrective(session, actor, flt, today)


def confirm(
    session: Session,
    actor: Actor,
    action_id: int,
    expected_version: int,
    note: str,
    confirmed_on: date | None,
    today: date | None = None,
) -> CorrectiveActionRow:
    """The service manager confirms that corrective action has been completed (or corrects
    an earlier confirmation). Someone else's save since it was read is a conflict."""
    require(actor, CORRECTIVE_CONFIRM)
    today = today or date.today()
    action = session.get(CorrectiveAction, action_id, with_for_update=True)
    if action is None:
        raise LookupError(f"There is no corrective action number {action_id}.")
    audit = session.get(CaseFileAudit, action.audit_id)
    assert audit is not None
    area_id = None
    if audit.team_id is not None:
        area_id = session.scalar(select(Team.service_area_id).where(Team.id == audit.team_id))
    if not may_confirm(actor, area_id):
        raise NotAllowed(
            "Only the service manager for this team's service area can confirm its corrective "
            "action."
        )
    if action.version_id != expected_version:
        raise ConflictError(
            "Someone else recorded this corrective action after you opened it, so yours was "
            "not saved over theirs. What they recorded is listed below; your note is still "
            "on screen.",
            differences=_differences(action, note, confirmed_on),
            version=action.version_id,
        )
    problems = confirmation_problems(note, confirmed_on, audit.audit_month, today)
    refuse_problems(problems)
    assert confirmed_on is not None
    changes: list[tuple[str, str | None, str | None]] = [
        (name, old, new)
        for name, old, new in (
            ("status", action.status, CONFIRMED),
            ("note", action.note, note.strip()),
            ("confirmed_on", _iso(action.confirmed_on), confirmed_on.isoformat()),
        )
        if old != new
    ]
    if changes:
        action.status = CONFIRMED
        action.note = note.strip()
        action.confirmed_on = confirmed_on
        action.confirmed_by_id = actor.id
        action.confirmed_at = utcnow()
        action.updated_at = action.confirmed_at
        session.flush()
        record_changes(session, actor, ENTITY, action.id, changes)
    found = for_audit(session, actor, action.audit_id)
    assert found is not None
    return found


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _differences(
    stored: CorrectiveAction, note: str, confirmed_on: date | None
) -> list[tuple[str, str, str]]:
    """(field, what is on screen, what is stored) where they differ."""
    pairs = (
        ("note", note.strip(), stored.note),
        ("confirmed_on", _iso(confirmed_on) or "", _iso(stored.confirmed_on) or ""),
    )
    return [(name, mine, theirs) for name, mine, theirs in pairs if mine != theirs]


@dataclass(frozen=True)
class CorrectiveCounts:
    """Corrective action for the audits of a period, as the learning summary reports it."""

    needed: int
    confirmed: int
    confirmed_on_time: int
    still_open: int
    overdue: int
    confirmed_during_period: int


def counts_for_period(
    session: Session,
    month_from: date,
    month_to: date,
    today: date,
    service_area_id: int | None = None,
) -> CorrectiveCounts:
    """Needed, confirmed (on time or late), still open and overdue, for audits whose month
    falls in the period; and how many were confirmed during the period, whatever the audit
    month."""
    period_end = calendar.end_of_month(month_to)
    base = (
        select(
            func.count(CorrectiveAction.id),
            func.count(CorrectiveAction.confirmed_on),
            func.count(CorrectiveAction.id).filter(
                CorrectiveAction.confirmed_on <= CorrectiveAction.due_on
            ),
            func.count(CorrectiveAction.id).filter(CorrectiveAction.status == OPEN),
            func.count(CorrectiveAction.id).filter(
                and_(CorrectiveAction.status == OPEN, CorrectiveAction.due_on < today)
            ),
        )
        .join(CaseFileAudit, CaseFileAudit.id == CorrectiveAction.audit_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .where(
            CaseFileAudit.audit_month >= month_from.replace(day=1),
            CaseFileAudit.audit_month <= month_to,
        )
    )
    during = (
        select(func.count(CorrectiveAction.id))
        .join(CaseFileAudit, CaseFileAudit.id == CorrectiveAction.audit_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .where(
            CorrectiveAction.confirmed_on >= month_from.replace(day=1),
            CorrectiveAction.confirmed_on <= period_end,
        )
    )
    if service_area_id is not None:
        base = base.where(Team.service_area_id == service_area_id)
        during = during.where(Team.service_area_id == service_area_id)
    needed, confirmed, on_time, still_open, overdue = session.execute(base).one()
    return CorrectiveCounts(
        needed=needed,
        confirmed=confirmed,
        confirmed_on_time=on_time,
        still_open=still_open,
        overdue=overdue,
        confirmed_during_period=int(session.scalar(during) or 0),
    )
