"""The loop above the single case: audit reports and their recommendations, the action
plan items the Strategic Leads own with every progress update, the quarterly QA
meetings and what they decided; and, for a re-audit, whether each action agreed at the
earlier audit of the case was done."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaaudit.store.base import Base, utcnow
from qaaudit.store.models import AuditAction, CaseFileAudit, Person, ServiceArea


class AuditReport(Base):
    """The findings of a month's, a quarter's or a theme's audits, as the QA lead sends
    them to the Strategic Leads and the Principal Social Worker."""

    __tablename__ = "audit_report"
    __table_args__ = (Index("ix_audit_report_period", "month_from", "month_to"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # month / quarter / theme
    period_kind: Mapped[str] = mapped_column(String(20))
    month_from: Mapped[date] = mapped_column(Date)
    month_to: Mapped[date] = mapped_column(Date)
    theme_key: Mapped[str | None] = mapped_column(String(60))
    introduction: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    improvements: Mapped[str] = mapped_column(Text, default="")
    recurring: Mapped[str] = mapped_column(Text, default="")
    # draft / issued
    status: Mapped[str] = mapped_column(String(20), default="draft")
    issued_on: Mapped[date | None] = mapped_column(Date)
    prepared_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    prepared_by: Mapped[Person] = relationship()
    recommendations: Mapped[list[ReportRecommendation]] = relationship(
        cascade="all, delete-orphan",
        order_by="ReportRecommendation.position",
        back_populates="report",
    )

    __mapper_args__ = {"version_id_col": version_id}


class ReportRecommendation(Base):
    """One recommendation of a report, for one service area (or for every service)."""

    __tablename__ = "report_recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("audit_report.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    service_area_id: Mapped[int | None] = mapped_column(ForeignKey("service_area.id"))

    report: Mapped[AuditReport] = relationship(back_populates="recommendations")
    service_area: Mapped[ServiceArea | None] = relationship()


class ActionPlanItem(Base):
    """What a Strategic Lead will do in their service area about a recommendation."""

    __tablename__ = "action_plan_item"
    __table_args__ = (Index("ix_action_plan_item_owner_status", "owner_id", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("report_recommendation.id", ondelete="SET NULL"), index=True
    )
    service_area_id: Mapped[int] = mapped_column(ForeignKey("service_area.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    # red / amber / green
    progress: Mapped[str] = mapped_column(String(10), default="red")
    # open / closed
    status: Mapped[str] = mapped_column(String(10), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    owner: Mapped[Person] = relationship()
    service_area: Mapped[ServiceArea] = relationship()
    recommendation: Mapped[ReportRecommendation | None] = relationship()
    updates: Mapped[list[ActionPlanUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="ActionPlanUpdate.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class ActionPlanUpdate(Base):
    """One change of an item's progress, with the note that says why. Never changed."""

    __tablename__ = "action_plan_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan_item.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    progress: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person | None] = relationship()


class QaMeeting(Base):
    """A quarterly quality assurance meeting, chaired by the Strategic Lead for QA."""

    __tablename__ = "qa_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    quarter_start: Mapped[date] = mapped_column(Date, unique=True)
    held_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    decisions: Mapped[list[QaMeetingDecision]] = relationship(
        cascade="all, delete-orphan", order_by="QaMeetingDecision.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class QaMeetingDecision(Base):
    """What a meeting decided about one action plan item."""

    __tablename__ = "qa_meeting_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("qa_meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan_item.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))

    item: Mapped[ActionPlanItem] = relationship()


class EarlierActionCheck(Base):
    """In a re-audit, the re-auditor's answer about one action agreed at the earlier
    audit of the case: done, partly, not done, or cannot tell."""

    __tablename__ = "earlier_action_check"

    audit_id: Mapped[int] = mapped_column(
        ForeignKey("case_file_audit.id", ondelete="CASCADE"), primary_key=True
    )
    earlier_action_id: Mapped[int] = mapped_column(
        ForeignKey("audit_action.id", ondelete="CASCADE"), primary_key=True
    )
    answer: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    audit: Mapped[CaseFileAudit] = relationship()
    earlier_action: Mapped[AuditAction] = relationship()
