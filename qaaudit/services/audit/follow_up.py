"""What completing an audit sets in motion: an audit completed as not yet good opens a
corrective action, due by the end of the month after its audit month, if it was completed
in the program on or after the day the QA lead set for corrective action to start
(services/common/council.py). Audits imported from a workbook never open one (a workbook
carries the corrective action it had). Audits that should have one and do not (completed
before the program opened them on completion) are caught up by ``backfill``. The
corrective action feature reads and confirms what is opened here."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED, NOT_YET_GOOD, headline
from qaaudit.domain.corrective import OPEN, due_by
from qaaudit.domain.instrument import CASE_FILE_AUDIT, audit_instrument
from qaaudit.domain.permissions import CORRECTIVE_OPEN
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.council import corrective_from
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.store.base import utcnow
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.database import take_turns
from qaaudit.store.models import CaseFileAudit, ChangeRecord

ENTITY = "corrective_action"
# The advisory lock back-fills take turns on (any number, the same in every copy).
BACKFILL_TURN = 0x71A0C0A
CHUNK = 2000


def missing_count(session: Session) -> int:
    """Completed not-yet-good audits that should have a corrective action and do not."""
    query = _missing(corrective_from(session))
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _missing(start: date | None) -> Select:
    query = (
        select(CaseFileAudit.id, CaseFileAudit.audit_month, CaseFileAudit.completed_at)
        .outerjoin(CorrectiveAction, CorrectiveAction.audit_id == CaseFileAudit.id)
        .where(
            CaseFileAudit.status == COMPLETED,
            CaseFileAudit.headline == NOT_YET_GOOD,
            CaseFileAudit.source_key.is_(None),
            CaseFileAudit.instrument_key == CASE_FILE_AUDIT,
            CorrectiveAction.id.is_(None),
        )
        .order_by(CaseFileAudit.id)
    )
    if start is not None:
        query = query.where(CaseFileAudit.completed_at >= _first_moment(start))
    return query


def _first_moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def opens_corrective(session: Session, audit: CaseFileAudit) -> bool:
    """Whether this completed audit is one that opens corrective action at all: completed
    in the program (not imported) on or after the council's day."""
    if audit.source_key is not None:
        return False
    start = corrective_from(session)
    completed = audit.completed_at or utcnow()
    return start is None or completed >= _first_moment(start)


def open_corrective_action(session: Session, actor: Actor, audit: CaseFileAudit) -> None:
    """Open the corrective action an audit completed as not yet good needs (once). Part of
    completing the audit: whoever may complete it may set this in motion."""
    if audit.status != COMPLETED or audit.audit_month is None:
        return
    instrument = audit_instrument(audit.template_version, audit.instrument_key)
    if not instrument.corrective_action or headline(instrument, audit.overall) != NOT_YET_GOOD:
        return
    if not opens_corrective(session, audit):
        return
    exists = session.scalar(
        select(CorrectiveAction.id).where(CorrectiveAction.audit_id == audit.id)
    )
    if exists is not None:
        return
    completed = (audit.completed_at or utcnow()).date()
    due = due_by(audit.audit_month, completed)
    action = CorrectiveAction(
        audit_id=audit.id, opened_on=completed, due_on=due, status=OPEN, note=""
    )
    session.add(action)
    session.flush()
    record_changes(session, actor, ENTITY, action.id, [("opened", None, due.isoformat())])


def backfill(session: Session, actor: Actor, today: date | None = None) -> int:
    """Open a corrective action for every completed not-yet-good audit that should have
    one and lacks it (completed in the program from the council's day, before the program
    opened them on completion, or while the day was set later). Returns how many were
    opened."""
    require(actor, CORRECTIVE_OPEN)
    today = today or date.today()
    take_turns(session, BACKFILL_TURN)  # five managers opening the page at once
    missing = session.execute(_missing(corrective_from(session))).all()
    if not missing:
        return 0
    now = utcnow()
    opened = 0
    # A few thousand at a time: an import of years of audits can leave tens of thousands
    # to open, and their rows for the database need not all be held at once.
    for start in range(0, len(missing), CHUNK):
        values = [
            {
                "audit_id": audit_id,
                "opened_on": (completed_at.date() if completed_at else None) or today,
                "due_on": due_by(audit_month, completed_at.date() if completed_at else None),
                "status": OPEN,
                "note": "",
                "created_at": now,
                "updated_at": now,
                "version_id": 1,
            }
            for audit_id, audit_month, completed_at in missing[start : start + CHUNK]
        ]
        ids = session.scalars(
            insert(CorrectiveAction).returning(CorrectiveAction.id, sort_by_parameter_order=True),
            values,
        ).all()
        session.execute(
            insert(ChangeRecord),
            [
                {
                    "at": now,
                    "person_id": actor.id,
                    "login": actor.login,
                    "entity": ENTITY,
                    "entity_id": new_id,
                    "field": "opened",
                    "old_value": None,
                    "new_value": value["due_on"].isoformat(),
                }
                for new_id, value in zip(ids, values, strict=True)
            ],
        )
        opened += len(ids)
    return opened
