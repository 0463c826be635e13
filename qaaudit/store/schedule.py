"""The QAF plan (a plan per year: service areas, roles, tasks, audit themes), the people
who hold its roles, and the activities they record as done.

Roles and tasks carry a ``key`` that stays the same when a plan is copied to the next year
or a role is renamed, so that people in roles and recorded activities keep their meaning
from one year's plan to the next.
"""

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
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaaudit.store.base import Base, utcnow
from qaaudit.store.models import Person, Team


class QafPlan(Base):
    __tablename__ = "qaf_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    dated: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    areas: Mapped[list[PlanServiceArea]] = relationship(
        cascade="all, delete-orphan", order_by="PlanServiceArea.position", back_populates="plan"
    )
    themes: Mapped[list[PlanTheme]] = relationship(
        cascade="all, delete-orphan", order_by="PlanTheme.position", back_populates="plan"
    )

    __mapper_args__ = {"version_id_col": version_id}


class PlanServiceArea(Base):
    __tablename__ = "plan_service_area"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("qaf_plan.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    plan: Mapped[QafPlan] = relationship(back_populates="areas")
    roles: Mapped[list[PlanRole]] = relationship(
        cascade="all, delete-orphan", order_by="PlanRole.position", back_populates="area"
    )

    __mapper_args__ = {"version_id_col": version_id}


class PlanRole(Base):
    __tablename__ = "plan_role"
    __table_args__ = (Index("ix_plan_role_key", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(
        ForeignKey("plan_service_area.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    area: Mapped[PlanServiceArea] = relationship(back_populates="roles")
    tasks: Mapped[list[ScheduleTask]] = relationship(
        cascade="all, delete-orphan", order_by="ScheduleTask.position", back_populates="role"
    )

    __mapper_args__ = {"version_id_col": version_id}


class ScheduleTask(Base):
    """One row of a role's block: task, purpose, months (bit 0 is January), how many are
    expected in each of those months, the comment as printed, and the kind of activity.

    ``assumed_months`` are the months (same bits) that were assumed rather than read from
    the plan, until the QA lead confirms them; ``when_needed`` marks a task due only when
    needed (never overdue); ``month_counts`` holds a figure printed in a single month's
    cell ("12=1"), where it differs from ``expected``."""

    __tablename__ = "schedule_task"
    __table_args__ = (Index("ix_schedule_task_key", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("plan_role.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(160))
    name: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    months: Mapped[int] = mapped_column(Integer, default=0)
    expected: Mapped[int] = mapped_column(Integer, default=1)
    comment: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(40))
    # The instrument whose completed records count toward this task, if any.
    instrument_key: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    assumed_months: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    when_needed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    month_counts: Mapped[str] = mapped_column(String(100), default="", server_default="")
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    role: Mapped[PlanRole] = relationship(back_populates="tasks")

    __mapper_args__ = {"version_id_col": version_id}


class PlanTheme(Base):
    """An audit theme scheduled in months of the plan's year (``assumed_months``: those
    assumed rather than read from the plan, until the QA lead confirms them)."""

    __tablename__ = "plan_theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("qaf_plan.id", ondelete="CASCADE"), index=True)
    theme: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    months: Mapped[int] = mapped_column(Integer, default=0)
    comment: Mapped[str] = mapped_column(Text, default="")
    theme_key: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    assumed_months: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    plan: Mapped[QafPlan] = relationship(back_populates="themes")

    __mapper_args__ = {"version_id_col": version_id}


class RoleAssignment(Base):
    """A named person holding a plan role in a team from one day to another (inclusive).

    ``task_key`` narrows the role to one line of a rota (the senior leaders' placement
    visits); the names are kept as they were when assigned, for when the role is gone."""

    __tablename__ = "role_assignment"
    __table_args__ = (Index("ix_role_assignment_person", "person_id", "starts_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role_key: Mapped[str] = mapped_column(String(120), index=True)
    service_area: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    task_key: Mapped[str | None] = mapped_column(String(160))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    person: Mapped[Person] = relationship()
    team: Mapped[Team | None] = relationship()

    __mapper_args__ = {"version_id_col": version_id}


class ScheduleActivity(Base):
    """An activity someone did (observation of practice, dip sample, visit, ...), recorded
    as done on a date with a note. Completed case file audits are never copied here: they
    are counted from the audits themselves."""

    __tablename__ = "schedule_activity"
    __table_args__ = (Index("ix_schedule_activity_person_day", "person_id", "done_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    task_key: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(40))
    done_on: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version_id}
