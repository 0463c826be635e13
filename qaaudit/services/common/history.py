"""The append-only change history: who changed which field of which record, when, from
what to what."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.services.common.actor import Actor
from qaaudit.store.base import utcnow
from qaaudit.store.models import ChangeRecord


@dataclass(frozen=True)
class ChangeEntry:
    at: datetime
    login: str
    field: str
    old_value: str | None
    new_value: str | None


def record_changes(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: int,
    changes: Sequence[tuple[str, str | None, str | None]],
) -> None:
    now = utcnow()
    session.add_all(
        ChangeRecord(
            at=now,
            person_id=actor.id,
            login=actor.login,
            entity=entity,
            entity_id=entity_id,
            field=name,
            old_value=old,
            new_value=new,
        )
        for name, old, new in changes
    )


def changes_for(session: Session, entity: str, entity_id: int) -> list[ChangeEntry]:
    rows = session.scalars(
        select(ChangeRecord)
        .where(ChangeRecord.entity == entity, ChangeRecord.entity_id == entity_id)
        .order_by(ChangeRecord.id)
    )
    return [ChangeEntry(r.at, r.login, r.field, r.old_value, r.new_value) for r in rows]
