"""The months from which the QA lead restarted the process-control charts, and the
months the audit template changed (where the charts restart by themselves)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import TREND_REBASE
from qaaudit.domain.trends import month_label
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.store.trends import TrendRebase

REASON_LENGTH = 200


@dataclass(frozen=True)
class Rebase:
    id: int
    starts_on: date
    reason: str

    @property
    def words(self) -> str:
        """Why the chart starts again (its month is said beside it)."""
        return f"rebased: {self.reason}" if self.reason else "rebased"


def rebases(session: Session) -> list[Rebase]:
    rows = session.scalars(select(TrendRebase).order_by(TrendRebase.starts_on))
    return [Rebase(r.id, r.starts_on, r.reason) for r in rows]


def add_rebase(session: Session, actor: Actor, month: date, reason: str) -> Rebase:
    """Start the charts again from ``month`` (the QA lead's reason kept beside it)."""
    require(actor, TREND_REBASE)
    month = month.replace(day=1)
    reason = reason.strip()
    if len(reason) > REASON_LENGTH:
        raise ValueError(f"Keep the reason to {REASON_LENGTH} characters or fewer.")
    if session.scalar(select(TrendRebase.id).where(TrendRebase.starts_on == month)):
        raise ValueError(f"The charts are already rebased from {month_label(month)}.")
    row = TrendRebase(starts_on=month, reason=reason, created_by_id=actor.id)
    session.add(row)
    session.flush()
    record_changes(session, actor, "trend_rebase", row.id, [("starts_on", None, month.isoformat())])
    return Rebase(row.id, row.starts_on, row.reason)


def remove_rebase(session: Session, actor: Actor, rebase_id: int) -> None:
    require(actor, TREND_REBASE)
    row = session.get(TrendRebase, rebase_id)
    if row is None:
        raise LookupError("That rebase has already been removed.")
    record_changes(
        session, actor, "trend_rebase", row.id, [("starts_on", row.starts_on.isoformat(), None)]
    )
    session.delete(row)
