"""The quarterly QA meeting: the Strategic Lead for Quality Assurance goes through every
open action plan item, service area by service area, with each item's progress history,
and records what the meeting decided about it (carry on, close it, a new due date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit_report import quarter_end, quarter_label, quarter_of
from qaaudit.domain.permissions import QA_MEETING
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed, check_not_stale
from qaaudit.services.reports.action_plans import (
    ActionPlanFilter,
    ActionPlanRow,
    close_item,
    list_items,
)
from qaaudit.store.base import utcnow
from qaaudit.store.models import Person
from qaaudit.store.reports import ActionPlanItem, QaMeeting, QaMeetingDecision

ENTITY = "qa_meeting"


@dataclass(frozen=True)
class Decision:
    item_id: int
    decision: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class MeetingRecord:
    id: int | None
    version: int | None
    quarter_start: date
    held_on: date | None
    notes: str
    decisions: tuple[Decision, ...]

    @property
    def label(self) -> str:
        return quarter_label(self.quarter_start)

    def decisions_for(self, item_id: int) -> list[Decision]:
        return [d for d in self.decisions if d.item_id == item_id]


@dataclass(frozen=True)
class MeetingAgenda:
    """What the meeting goes through: every open item (and those it closed), by service
    area, with their histories, and what it has decided so far."""

    meeting: MeetingRecord
    items: list[ActionPlanRow]

    def by_service_area(self) -> list[tuple[str, list[ActionPlanRow]]]:
        groups: dict[str, list[ActionPlanRow]] = {}
        for item in self.items:
            groups.setdefault(item.service_area, []).append(item)
        return list(groups.items())


def load_meeting(session: Session, quarter_start: date) -> MeetingRecord:
    start = quarter_of(quarter_start)
    meeting = session.scalar(
        select(QaMeeting)
        .where(QaMeeting.quarter_start == start)
        .options(selectinload(QaMeeting.decisions))
    )
    if meeting is None:
        return MeetingRecord(None, None, start, None, "", ())
    names = dict(session.execute(select(Person.id, Person.name)).all())
    return MeetingRecord(
        meeting.id,
        meeting.version_id,
        start,
        meeting.held_on,
        meeting.notes,
        tuple(
            Decision(
                d.item_id,
                d.decision,
                d.recorded_at,
                names.get(d.recorded_by_id, "") if d.recorded_by_id else "",
            )
            for d in meeting.decisions
        ),
    )


def agenda(session: Session, quarter_start: date) -> MeetingAgenda:
    """Every open item, and the items this meeting has decided about (closed ones too)."""
    meeting = load_meeting(session, quarter_start)
    items = list_items(session, ActionPlanFilter(open_only=True))
    decided = {d.item_id for d in meeting.decisions}
    shown = {i.id for i in items}
    if decided - shown:
        extra = [
            i
            for i in list_items(session, ActionPlanFilter(open_only=False))
            if i.id in decided - shown
        ]
        items = sorted(items + extra, key=lambda i: (i.service_area, i.due_on, i.id))
    return MeetingAgenda(meeting, items)


def _meeting(session: Session, quarter_start: date) -> QaMeeting:
    start = quarter_of(quarter_start)
    meeting = session.scalar(select(QaMeeting).where(QaMeeting.quarter_start == start))
    if meeting is None:
        meeting = QaMeeting(quarter_start=start, notes="")
        session.add(meeting)
        session.flush()
    return meeting


def save_meeting(
    session: Session,
    actor: Actor,
    quarter_start: date,
    expected_version: int | None,
    held_on: date | None,
    notes: str,
) -> MeetingRecord:
    """When the meeting was held and its general notes."""
    require(actor, QA_MEETING)
    meeting = _meeting(session, quarter_start)
    if expected_version is not None:
        check_not_stale(meeting.version_id, expected_version, "meeting record")
    changes = [
        (name, old, new)
        for name, old, new in (
            (
                "held_on",
                meeting.held_on.isoformat() if meeting.held_on else None,
                held_on.isoformat() if held_on else None,
            ),
            ("notes", meeting.notes or None, notes or None),
        )
        if old != new
    ]
    if changes:
        meeting.held_on, meeting.notes, meeting.updated_at = held_on, notes, utcnow()
        session.flush()
        record_changes(session, actor, ENTITY, meeting.id, changes)
    return load_meeting(session, quarter_start)


def record_decision(
    session: Session,
    actor: Actor,
    quarter_start: date,
    item_id: int,
    decision: str,
    *,
    close: bool = False,
    new_due_on: date | None = None,
    today: date,
) -> MeetingRecord:
    """What the meeting decided about one item; closing it or giving it a new due date
    goes with the decision."""
    require(actor, QA_MEETING)
    if not decision.strip():
        raise NotAllowed("Write what the meeting decided.")
    item = session.get(ActionPlanItem, item_id, with_for_update=True)
    if item is None:
        raise LookupError(f"There is no action plan item number {item_id}.")
    meeting = _meeting(session, quarter_start)
    words = decision.strip()
    if new_due_on is not None and new_due_on != item.due_on:
        record_changes(
            session,
            actor,
            "action_plan_item",
            item.id,
            [("due_on", item.due_on.isoformat(), new_due_on.isoformat())],
        )
        words += f" New due date: {new_due_on:%d %B %Y}."
        item.due_on = new_due_on
        item.updated_at = utcnow()
    meeting.decisions.append(
        QaMeetingDecision(item_id=item.id, decision=words, recorded_by_id=actor.id)
    )
    meeting.updated_at = utcnow()
    session.flush()
    record_changes(session, actor, ENTITY, meeting.id, [(f"decision.{item.id}", None, words)])
    if close:
        close_item(session, actor, item.id, True, today)
    return load_meeting(session, quarter_start)


def quarter_months(quarter_start: date) -> tuple[date, date]:
    start = quarter_of(quarter_start)
    return start, quarter_end(start)
