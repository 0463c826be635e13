"""The council's own settings, kept in the database for every copy of the program: the day
from which audits completed as not yet good open corrective action.

Before that day (and for audits imported from a workbook) no corrective action is opened,
so a council that starts using corrective action is not handed years of history to
confirm at once. With no day set (a new database), every audit completed in the program
opens its corrective action."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import CORRECTIVE_START
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.store.base import utcnow
from qaaudit.store.council import CouncilSetting

CORRECTIVE_FROM = "corrective_from"
# The change history keys settings by a number; each setting has its own.
_HISTORY = {CORRECTIVE_FROM: 1}
ENTITY = "council_setting"


def corrective_from(session: Session) -> date | None:
    """The first day on which a completed audit opens corrective action; None: always."""
    value = session.scalar(
        select(CouncilSetting.value).where(CouncilSetting.key == CORRECTIVE_FROM)
    )
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def set_corrective_from(session: Session, actor: Actor, day: date) -> date | None:
    """Set the day; returns the day it replaced."""
    require(actor, CORRECTIVE_START)
    before = corrective_from(session)
    if before == day:
        return before
    row = session.get(CouncilSetting, CORRECTIVE_FROM)
    if row is None:
        session.add(CouncilSetting(key=CORRECTIVE_FROM, value=day.isoformat()))
    else:
        row.value = day.isoformat()
        row.updated_at = utcnow()
    session.flush()
    record_changes(
        session,
        actor,
        ENTITY,
        _HISTORY[CORRECTIVE_FROM],
        [(CORRECTIVE_FROM, before.isoformat() if before else None, day.isoformat())],
    )
    return before
