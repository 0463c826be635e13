"""Recovery copies of what is on screen in an editor, written every few seconds while a
manager types and removed once the work is saved or deliberately discarded. A person keeps
and discards their own copies only: the person is always the one at the screen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import RECOVERY_COPY
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.permissions import require
from qaaudit.store.base import utcnow
from qaaudit.store.models import DraftSnapshot


@dataclass(frozen=True)
class Snapshot:
    slot: str
    kind: str
    record_id: int | None
    title: str
    payload: dict[str, Any]
    saved_at: datetime


def keep(
    session: Session,
    actor: Actor,
    slot: str,
    payload: dict[str, Any],
    *,
    kind: str = "case_file_audit",
    record_id: int | None = None,
    title: str = "",
) -> None:
    require(actor, RECOVERY_COPY)
    person_id = actor.id
    # Escaped JSON stores anything typed, even characters UTF-8 cannot hold, exactly.
    text = json.dumps(payload)
    row = session.scalar(
        select(DraftSnapshot).where(
            DraftSnapshot.person_id == person_id, DraftSnapshot.slot == slot
        )
    )
    if row is None:
        row = DraftSnapshot(person_id=person_id, slot=slot, kind=kind, payload=text)
        session.add(row)
    row.payload = text
    row.record_id = record_id
    row.title = title[:200]
    row.kind = kind
    row.saved_at = utcnow()


def pending(session: Session, person_id: int, kind: str | None = None) -> list[Snapshot]:
    query = select(DraftSnapshot).where(DraftSnapshot.person_id == person_id)
    if kind:
        query = query.where(DraftSnapshot.kind == kind)
    rows = session.scalars(query.order_by(DraftSnapshot.saved_at.desc()))
    return [
        Snapshot(r.slot, r.kind, r.record_id, r.title, json.loads(r.payload), r.saved_at)
        for r in rows
    ]


def discard(session: Session, actor: Actor, slot: str) -> None:
    require(actor, RECOVERY_COPY)
    session.execute(
        delete(DraftSnapshot).where(DraftSnapshot.person_id == actor.id, DraftSnapshot.slot == slot)
    )
