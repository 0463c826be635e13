"""Moderation: a moderator's second reading of a completed audit.

The auditor's own judgements stay in the audit as written; the moderator's view sits
beside them here, so that trends can use either, and agreement between the two can be
measured.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaaudit.store.base import Base, utcnow


class Moderation(Base):
    __tablename__ = "moderation"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(
        ForeignKey("case_file_audit.id", ondelete="CASCADE"), unique=True
    )
    moderator_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    moderated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The auditor's overall judgement as it stood when moderated, and the moderator's.
    auditor_overall: Mapped[str | None] = mapped_column(String(40))
    overall_agrees: Mapped[bool] = mapped_column(Boolean)
    moderated_overall: Mapped[str] = mapped_column(String(40))
    # good / not_yet_good of the moderated overall judgement, for trends.
    moderated_headline: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    # The quality of the audit itself (briefing note 4.5): yes / partly / no.
    impact_at_centre: Mapped[str] = mapped_column(String(20))
    evaluative_narrative: Mapped[str] = mapped_column(String(20))
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    areas: Mapped[list[ModerationArea]] = relationship(
        cascade="all, delete-orphan", order_by="ModerationArea.id", back_populates="moderation"
    )

    __mapper_args__ = {"version_id_col": version_id}


class ModerationArea(Base):
    """The moderator's view of one practice area's judgement."""

    __tablename__ = "moderation_area"
    __table_args__ = (
        Index("ix_moderation_area_moderation_area", "moderation_id", "area_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    moderation_id: Mapped[int] = mapped_column(ForeignKey("moderation.id", ondelete="CASCADE"))
    area_key: Mapped[str] = mapped_column(String(40))
    auditor_judgement: Mapped[str | None] = mapped_column(String(40))
    agrees: Mapped[bool] = mapped_column(Boolean)
    moderated_judgement: Mapped[str | None] = mapped_column(String(40))

    moderation: Mapped[Moderation] = relationship(back_populates="areas")
