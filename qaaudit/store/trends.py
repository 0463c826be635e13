"""Where the QA lead rebased the trend charts: from this month on, the process-control
charts start a new centre line and limits (a training programme began, a service was
reorganised)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from qaaudit.store.base import Base, utcnow


class TrendRebase(Base):
    __tablename__ = "trend_rebase"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The first day of the month the new centre line starts.
    starts_on: Mapped[date] = mapped_column(Date, unique=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
