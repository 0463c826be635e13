"""Choices the QA lead makes once for the whole council, kept in the database so that every
copy of the program follows them (for example, the day from which corrective action opens).
One row per choice, its value as text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qaaudit.store.base import Base, utcnow


class CouncilSetting(Base):
    __tablename__ = "council_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
