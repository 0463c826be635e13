"""People, teams, case file audits and the change history."""

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

ROLES = ("auditor", "service_manager", "strategic_lead", "moderator", "qa_lead", "admin")


class ServiceArea(Base):
    __tablename__ = "service_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    teams: Mapped[list[Team]] = relationship(back_populates="service_area", order_by="Team.name")


class Team(Base):
    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("service_area_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    service_area_id: Mapped[int] = mapped_column(ForeignKey("service_area.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    service_area: Mapped[ServiceArea] = relationship(back_populates="teams")


class Person(Base):
    """Someone who uses the program, known by their operating-system or server login."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    team: Mapped[Team | None] = relationship()
    roles: Mapped[list[PersonRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}


class PersonRole(Base):
    __tablename__ = "person_role"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(40), primary_key=True)


class CaseFileAudit(Base):
    __tablename__ = "case_file_audit"
    __table_args__ = (
        Index("ix_case_file_audit_month_team", "audit_month", "team_id"),
        Index("ix_case_file_audit_status_month", "status", "audit_month"),
        # Covers the trend queries (one form's good by month, any filter) without reading
        # the rows.
        Index(
            "ix_case_file_audit_trend",
            "instrument_key",
            "status",
            "audit_month",
            "headline",
            "team_id",
            "auditor_id",
            "strand",
            "previous_audit_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Which instrument the record is on (the case file audit, an observation of practice,
    # a dip sample ...); with template_version, the exact version it was completed against.
    instrument_key: Mapped[str] = mapped_column(String(60), server_default="case_file_audit")
    case_number: Mapped[str] = mapped_column(String(40), index=True)
    auditor_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    audit_month: Mapped[date] = mapped_column(Date)
    case_holder: Mapped[str] = mapped_column(String(200), default="")
    discussed_on: Mapped[date | None] = mapped_column(Date)
    age_band: Mapped[str] = mapped_column(String(40), default="")
    strand: Mapped[str] = mapped_column(String(80), default="")
    previous_audit_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_file_audit.id"), index=True
    )
    overall: Mapped[str | None] = mapped_column(String(40))
    # good / not_yet_good, kept beside the grade so trends need no template lookup
    headline: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    template_version: Mapped[str] = mapped_column(String(20))
    # The instrument's own header fields (worker observed, setting, ...) as JSON text.
    header_fields: Mapped[str] = mapped_column(Text, server_default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)
    # An imported audit's identity in the workbook it came from (a digest of its case,
    # month and source id or auditor), so that importing it again is recognised.
    source_key: Mapped[str | None] = mapped_column(String(32), unique=True, index=True)

    auditor: Mapped[Person] = relationship(foreign_keys=[auditor_id])
    team: Mapped[Team | None] = relationship()
    previous: Mapped[CaseFileAudit | None] = relationship(remote_side=[id])
    areas: Mapped[list[AuditArea]] = relationship(
        cascade="all, delete-orphan", order_by="AuditArea.id", back_populates="audit"
    )
    themes: Mapped[list[AuditTheme]] = relationship(cascade="all, delete-orphan")
    actions: Mapped[list[AuditAction]] = relationship(
        cascade="all, delete-orphan", order_by="AuditAction.position"
    )

    __mapper_args__ = {"version_id_col": version_id}


class AuditArea(Base):
    """One practice area's judgement and narrative in one audit."""

    __tablename__ = "audit_area"
    __table_args__ = (
        UniqueConstraint("audit_id", "area_key"),
        Index("ix_audit_area_key_judgement", "area_key", "judgement"),
        # Covers the practice area trends: the judgement without the narratives.
        Index("ix_audit_area_trend", "audit_id", "area_key", "judgement"),
        # A practice area's trend by month, from this table alone (audit_month and status
        # are the audit's, copied).
        Index("ix_audit_area_month", "area_key", "status", "audit_month", "judgement"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("case_file_audit.id", ondelete="CASCADE"))
    area_key: Mapped[str] = mapped_column(String(40))
    judgement: Mapped[str | None] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    # The audit's month and status, copied by the database (triggers of migration 0001)
    # whatever writes the row, for the trends. Never set in code.
    audit_month: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(20))

    audit: Mapped[CaseFileAudit] = relationship(back_populates="areas")


class AuditTheme(Base):
    __tablename__ = "audit_theme"
    __table_args__ = (Index("ix_audit_theme_theme", "theme_key", "audit_id"),)

    audit_id: Mapped[int] = mapped_column(
        ForeignKey("case_file_audit.id", ondelete="CASCADE"), primary_key=True
    )
    theme_key: Mapped[str] = mapped_column(String(60), primary_key=True)


class AuditAction(Base):
    """An action agreed with the case holder to achieve good outcomes for the child."""

    __tablename__ = "audit_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(
        ForeignKey("case_file_audit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class DraftSnapshot(Base):
    """What was on screen in an editor a few seconds ago, kept until it is saved or
    discarded, so that a crash or power cut loses almost nothing."""

    __tablename__ = "draft_snapshot"
    __table_args__ = (UniqueConstraint("person_id", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(40), default="case_file_audit")
    record_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ChangeRecord(Base):
    """One field of one record changed by one person. Never updated, never deleted:
    database triggers refuse both."""

    __tablename__ = "change_history"
    __table_args__ = (Index("ix_change_history_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    login: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(120))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # Set on entries moved in from a team's own file (`qaaudit server import-sqlite`): the
    # file and when. They keep the login and time of whoever made the change there.
    imported_from: Mapped[str | None] = mapped_column(String(200))


class RunningCopy(Base):
    """A copy of the program that has this database open, so that a save kept waiting
    can say who else is using it. Refreshed while the copy runs; a copy that crashed is
    recognised (its process is gone, or it has not been seen for a while) and its row
    taken over."""

    __tablename__ = "running_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
