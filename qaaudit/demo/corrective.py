"""Demo data: corrective action for the demo's audits completed as not yet good, most of it
confirmed by the service manager for the team's service area, some late, a few still
overdue, so the list and the notice have something true to show."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.corrective import OPEN
from qaaudit.services.audit import follow_up
from qaaudit.services.common.actor import Actor, to_actor
from qaaudit.services.corrective import actions as corrective
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.models import CaseFileAudit, Person, PersonRole, Team

NOTES = (
    "Case discussed in supervision; plan updated with a clear contingency and timescales.",
    "Chronology brought up to date and shared with the IRO.",
    "Strategy discussion held; risk reassessed and a safety plan agreed with the family.",
    "Child seen alone by the social worker; their views recorded and reflected in the plan.",
    "Management oversight recorded on file, with the rationale for each decision.",
    "Core group reconvened; partner agencies agreed actions and dates.",
    "Assessment updated to include the views of the father and other significant males.",
    "Placement stability meeting held; support package agreed with the carers.",
    "Plan rewritten with outcomes for the child rather than tasks for the parents.",
    "Life story work started; the first session has taken place.",
)
CONFIRMED_SHARE = 0.85
LATE_SHARE = 0.2


def _service_managers(session: Session) -> tuple[dict[int, Actor], Actor | None]:
    """Each service area's service manager, and one who may confirm for any area."""
    by_area: dict[int, Actor] = {}
    anywhere: Actor | None = None
    people = session.scalars(
        select(Person)
        .join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == "service_manager", Person.active.is_(True))
        .order_by(Person.id)
    )
    for person in people:
        actor = to_actor(session, person)
        if actor.sees_everything and anywhere is None:
            anywhere = actor
        elif actor.service_area_id is not None:
            by_area.setdefault(actor.service_area_id, actor)
    return by_area, anywhere


def _opener(session: Session) -> Actor | None:
    person = session.scalar(select(Person).order_by(Person.id).limit(1))
    return to_actor(session, person) if person else None


def populate(session: Session, today: date, rng: random.Random) -> None:
    opener = _opener(session)
    if opener is None:
        return
    follow_up.backfill(session, opener, today)
    by_area, anywhere = _service_managers(session)
    rows = session.execute(
        select(
            CorrectiveAction.id,
            CorrectiveAction.version_id,
            CorrectiveAction.opened_on,
            CorrectiveAction.due_on,
            CaseFileAudit.audit_month,
            Team.service_area_id,
        )
        .join(CaseFileAudit, CaseFileAudit.id == CorrectiveAction.audit_id)
        .outerjoin(Team, Team.id == CaseFileAudit.team_id)
        .where(CorrectiveAction.status == OPEN)
        .order_by(CorrectiveAction.id)
    ).all()
    for action_id, version, opened_on, due_on, audit_month, area_id in rows:
        manager = by_area.get(area_id) if area_id is not None else None
        manager = manager or anywhere
        if manager is None:
            continue
        # Those not yet due are confirmed less often: the month is not over.
        share = CONFIRMED_SHARE if due_on < today else CONFIRMED_SHARE / 2
        if rng.random() >= share:
            continue
        earliest = max(opened_on, audit_month)
        latest = due_on + timedelta(days=20) if rng.random() < LATE_SHARE else due_on
        latest = min(latest, today)
        if latest < earliest:
            continue
        on = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        corrective.confirm(session, manager, action_id, version, rng.choice(NOTES), on, today)
