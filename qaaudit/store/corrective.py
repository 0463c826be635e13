"""Corrective action: one per case file audit completed as not yet good, confirmed by the
service manager in the month after the audit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaaudit.store.base import Base, utcnow
from qaaudit.store.models import CaseFileAudit, Person


class CorrectiveAction(Base):
    __tablename__ = "corrective_action"
    __table_args__ = (Index("ix_corrective_action_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("case_file_audit.id"), unique=True)
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    # open / confirmed
    status: Mapped[str] = mapped_column(String(20), default="open")
    note: Mapped[str] = mapped_column(Text, default="")
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    audit: Mapped[CaseFileAudit] = relationship()
    confirmed_by: Mapped[Person | None] = relationship()

    __mapper_args__ = {"version_id_col": version_id}
