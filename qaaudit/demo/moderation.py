"""Demo data: the Head of Safeguarding and the Principal Social Worker moderate a share
of the demo's completed audits, mostly agreeing, as a real pair would."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED
from qaaudit.domain.instrument import audit_instruments
from qaaudit.services.audit.audits import load_audit
from qaaudit.services.common.actor import Actor, to_actor
from qaaudit.services.moderation.records import MODERATOR, form_agreeing_with, save_moderation
from qaaudit.services.trends.figures import ordered_scale
from qaaudit.store.models import CaseFileAudit, Person, PersonRole
from qaaudit.store.quality import Moderation

SHARE_MODERATED = 0.4
MODERATORS = (("hos", "Head of Safeguarding"), ("psw", "Principal Social Worker"))
COMMENTS = (
    "Clear evaluation of risk; the impact on the child is well evidenced.",
    "The narrative describes tasks rather than their impact on the child. Please revisit "
    "the hints and tips.",
    "Agree with the grading. Good use of the chronology.",
    "Drift in care planning is visible here: the plan lacks contingency. Raise at the "
    "practice improvement forum.",
    "The child's voice is present but its influence on the plan is not shown.",
    "",
)


def moderators(session: Session) -> list[Actor]:
    """The demo's moderators, added if the demo has none."""
    found = session.scalars(
        select(Person).join(PersonRole).where(PersonRole.role == MODERATOR).order_by(Person.id)
    ).all()
    if not found:
        for login, name in MODERATORS:
            person = Person(login=login, name=name, email="")
            person.roles = [PersonRole(role=MODERATOR)]
            session.add(person)
        session.flush()
        return moderators(session)
    return [to_actor(session, p) for p in found]


def populate(session: Session, today: date, rng: random.Random) -> int:
    """Moderate about four in ten completed audits up to today; returns how many."""
    readers = moderators(session)
    waiting = session.scalars(
        select(CaseFileAudit.id)
        .where(
            CaseFileAudit.status == COMPLETED,
            CaseFileAudit.audit_month <= today,
            CaseFileAudit.template_version.in_(list(audit_instruments())),
            CaseFileAudit.id.not_in(select(Moderation.audit_id)),
        )
        .order_by(CaseFileAudit.id)
    ).all()
    scale = ordered_scale()
    done = 0
    for audit_id in waiting:
        if rng.random() >= SHARE_MODERATED:
            continue
        record = load_audit(session, audit_id)
        candidates = [m for m in readers if m.id != record.auditor_id]
        if not candidates:
            continue
        form = form_agreeing_with(record)
        form.overall = _nudge(rng, form.overall, scale, 0.12)
        for key, judgement in form.areas.items():
            form.areas[key] = _nudge(rng, judgement, scale, 0.08)
        form.impact_at_centre = rng.choice(("yes", "yes", "yes", "partly", "partly", "no"))
        form.evaluative_narrative = rng.choice(("yes", "yes", "partly", "partly", "no"))
        form.comment = rng.choice(COMMENTS)
        save_moderation(session, rng.choice(candidates), audit_id, form)
        done += 1
    return done


def _nudge(
    rng: random.Random, grade: str | None, scale: tuple[str, ...], chance: float
) -> str | None:
    """Now and then one step up or down the scale."""
    if grade not in scale or rng.random() >= chance:
        return grade
    index = scale.index(grade) + rng.choice((-1, 1))
    return scale[min(len(scale) - 1, max(0, index))]
