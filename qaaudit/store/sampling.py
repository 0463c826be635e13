"""Which cases to audit: the month's case list (only what the draw needs: no child's name),
the columns it was read from, the draw with its seed and rules, and the cases it gave
each auditor."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaaudit.store.base import Base, utcnow
from qaaudit.store.models import Person


class CaseListColumn(Base):
    """The heading of the case list that holds one of the columns the draw reads, as the
    QA lead last chose it: asked once, remembered for the next month's list."""

    __tablename__ = "case_list_column"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    heading: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CaseList(Base):
    """One month's list of open cases, as exported by the case management system."""

    __tablename__ = "case_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date, unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    # SHA-256 of the file as imported: shows an inspector which list the draw used.
    digest: Mapped[str] = mapped_column(String(64))
    cases: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))

    imported_by: Mapped[Person] = relationship()


class CaseListEntry(Base):
    """One case of a month's list."""

    __tablename__ = "case_list_entry"
    __table_args__ = (Index("ix_case_list_entry_list_case", "case_list_id", "case_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_list_id: Mapped[int] = mapped_column(ForeignKey("case_list.id", ondelete="CASCADE"))
    row_number: Mapped[int] = mapped_column(Integer)
    case_number: Mapped[str] = mapped_column(String(40))
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    legal_status: Mapped[str] = mapped_column(String(40))
    case_holder: Mapped[str] = mapped_column(String(200), default="")
    age_band: Mapped[str] = mapped_column(String(40), default="")
    opened_on: Mapped[date | None] = mapped_column(Date)


class SampleDraw(Base):
    """A month's draw: from which list, with which seed and rules, by whom."""

    __tablename__ = "sample_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date, unique=True)
    case_list_id: Mapped[int] = mapped_column(ForeignKey("case_list.id"))
    seed: Mapped[int] = mapped_column(BigInteger)
    # The rules as JSON (domain.sampling.DrawRules and how many each auditor owed).
    rules: Mapped[str] = mapped_column(Text)
    asked: Mapped[int] = mapped_column(Integer)
    eligible: Mapped[int] = mapped_column(Integer)
    excluded: Mapped[int] = mapped_column(Integer)
    drawn_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    drawn_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    case_list: Mapped[CaseList] = relationship()
    drawn_by: Mapped[Person] = relationship()

    __mapper_args__ = {"version_id_col": version_id}


class SampleAllocation(Base):
    """A case given to an auditor for the month: drawn, added as a targeted case, or put
    in place of another (which is then withdrawn, with the reason kept)."""

    __tablename__ = "sample_allocation"
    __table_args__ = (
        Index("ix_sample_allocation_auditor_month", "auditor_id", "month"),
        Index("ix_sample_allocation_case_month", "case_number", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("sample_draw.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("case_list_entry.id"))
    month: Mapped[date] = mapped_column(Date)
    case_number: Mapped[str] = mapped_column(String(40))
    auditor_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    # drawn / targeted / swapped_in
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("sample_allocation.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))

    entry: Mapped[CaseListEntry] = relationship()
    auditor: Mapped[Person] = relationship(foreign_keys=[auditor_id])
