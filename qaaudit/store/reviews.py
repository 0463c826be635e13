"""Six-monthly service performance reviews: the review, its judgement areas and its
actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaaudit.store.base import Base, utcnow
from qaaudit.store.models import Person, ServiceArea


class ServiceReview(Base):
    """One service area's review of one performance period."""

    __tablename__ = "service_review"
    __table_args__ = (
        UniqueConstraint("service_area_id", "period_start"),
        Index("ix_service_review_status_period", "status", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_area_id: Mapped[int] = mapped_column(ForeignKey("service_area.id"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    panel_date: Mapped[date | None] = mapped_column(Date)
    key_outcomes: Mapped[str] = mapped_column(Text, default="")
    population: Mapped[str] = mapped_column(Text, default="")
    summary_points: Mapped[str] = mapped_column(Text, default="")
    panel_input: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    template_version: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    panel_at: Mapped[datetime | None] = mapped_column(DateTime)
    panel_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    final_at: Mapped[datetime | None] = mapped_column(DateTime)
    final_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    service_area: Mapped[ServiceArea] = relationship()
    author: Mapped[Person] = relationship(foreign_keys=[author_id])
    panel_by: Mapped[Person | None] = relationship(foreign_keys=[panel_by_id])
    final_by: Mapped[Person | None] = relationship(foreign_keys=[final_by_id])
    rows: Mapped[list[ServiceReviewRow]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceReviewRow.id", back_populates="review"
    )
    actions: Mapped[list[ReviewActionRecord]] = relationship(
        cascade="all, delete-orphan",
        order_by="ReviewActionRecord.position",
        back_populates="review",
    )

    __mapper_args__ = {"version_id_col": version_id}


class ServiceReviewRow(Base):
    """One judgement area of one lens in one review."""

    __tablename__ = "service_review_row"
    __table_args__ = (
        UniqueConstraint("review_id", "area_key"),
        Index("ix_service_review_row_area_judgement", "area_key", "judgement"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("service_review.id", ondelete="CASCADE"))
    lens_key: Mapped[str] = mapped_column(String(40))
    area_key: Mapped[str] = mapped_column(String(60))
    comments: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    judgement: Mapped[str | None] = mapped_column(String(4))

    review: Mapped[ServiceReview] = relationship(back_populates="rows")


class ReviewActionRecord(Base):
    """An action identified in a judgement area, or taken away from the panel (no area),
    tracked until it is done. ``carried_from_id`` names the earlier review's action it
    continues."""

    __tablename__ = "service_review_action"
    __table_args__ = (Index("ix_service_review_action_open", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(
        ForeignKey("service_review.id", ondelete="CASCADE"), index=True
    )
    area_key: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_note: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_review_action.id", ondelete="SET NULL"), index=True
    )

    review: Mapped[ServiceReview] = relationship(back_populates="actions")
