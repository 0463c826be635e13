"""Action plans: each recommendation of an audit report becomes one or more items, each
owned by a Strategic Lead for their service area, with a due date and progress red,
amber or green. Every change of progress carries a note and is kept, so the quarterly QA
meeting sees the item's whole story; an item past its due date and still open is
overdue, and shows on its owner's My month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit_report import (
    CLOSED,
    OPEN,
    RED,
    SHORT_PROGRESS,
    is_overdue,
    progress_problems,
)
from qaaudit.domain.permissions import (
    ACTION_PLAN_PROGRESS,
    ACTION_PLAN_WRITE,
    ADMIN,
    QA_LEAD,
    QA_MEETING,
    STRATEGIC_LEAD,
)
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed, check_not_stale
from qaaudit.store.base import utcnow
from qaaudit.store.models import Person, PersonRole, ServiceArea, Team
from qaaudit.store.reports import (
    ActionPlanItem,
    ActionPlanUpdate,
    AuditReport,
    ReportRecommendation,
)

ENTITY = "action_plan_item"


@dataclass(frozen=True)
class ProgressEntry:
    at: datetime
    person: str
    progress: str
    note: str

    @property
    def label(self) -> str:
        return SHORT_PROGRESS.get(self.progress, self.progress)


@dataclass(frozen=True)
class ActionPlanRow:
    id: int
    version: int
    service_area_id: int
    service_area: str
    owner_id: int
    owner: str
    action: str
    recommendation: str
    report: str
    due_on: date
    progress: str
    status: str
    closed_on: date | None
    history: tuple[ProgressEntry, ...]

    def overdue(self, today: date) -> bool:
        return is_overdue(self.due_on, self.status, today)

    @property
    def progress_label(self) -> str:
        return SHORT_PROGRESS.get(self.progress, self.progress)

    @property
    def latest_note(self) -> str:
        return self.history[-1].note if self.history else ""

    def state(self, today: date) -> str:
        if self.status == CLOSED:
            return f"Closed {self.closed_on:%d %b %Y}" if self.closed_on else "Closed"
        if self.overdue(today):
            days = (today - self.due_on).days
            return f"Overdue by {days} day{'s' if days != 1 else ''}"
        return "Open"


@dataclass(frozen=True)
class StrategicLead:
    id: int
    name: str
    service_area_id: int | None
    service_area: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.service_area})" if self.service_area else self.name


@dataclass
class ActionPlanFilter:
    open_only: bool = True
    service_area_id: int | None = None
    owner_id: int | None = None
    overdue_on: date | None = None


def strategic_leads(session: Session) -> list[StrategicLead]:
    """Everyone active who holds the Strategic Lead role, with their service area."""
    rows = session.execute(
        select(Person.id, Person.name, Team.service_area_id, ServiceArea.name)
        .join(PersonRole, PersonRole.person_id == Person.id)
        .outerjoin(Team, Team.id == Person.team_id)
        .outerjoin(ServiceArea, ServiceArea.id == Team.service_area_id)
        .where(PersonRole.role == STRATEGIC_LEAD, Person.active.is_(True))
        .order_by(Person.name)
    )
    return [StrategicLead(i, n, a, s or "") for i, n, a, s in rows]


def _query(flt: ActionPlanFilter) -> Select[Any]:
    query = select(ActionPlanItem).options(
        selectinload(ActionPlanItem.owner),
        selectinload(ActionPlanItem.service_area),
        selectinload(ActionPlanItem.updates).selectinload(ActionPlanUpdate.person),
        selectinload(ActionPlanItem.recommendation),
    )
    if flt.open_only:
        query = query.where(ActionPlanItem.status == OPEN)
    if flt.service_area_id is not None:
        query = query.where(ActionPlanItem.service_area_id == flt.service_area_id)
    if flt.owner_id is not None:
        query = query.where(ActionPlanItem.owner_id == flt.owner_id)
    if flt.overdue_on is not None:
        query = query.where(ActionPlanItem.status == OPEN, ActionPlanItem.due_on < flt.overdue_on)
    return query.join(ServiceArea, ServiceArea.id == ActionPlanItem.service_area_id).order_by(
        ServiceArea.position, ServiceArea.name, ActionPlanItem.due_on, ActionPlanItem.id
    )


def list_items(session: Session, flt: ActionPlanFilter | None = None) -> list[ActionPlanRow]:
    """Items by service area, soonest due first."""
    items = session.scalars(_query(flt or ActionPlanFilter())).all()
    titles = _report_titles(
        session, [i.recommendation.report_id for i in items if i.recommendation]
    )
    return [_row(i, titles) for i in items]


def _report_titles(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(
        session.execute(
            select(AuditReport.id, AuditReport.title).where(AuditReport.id.in_(ids))
        ).all()
    )


def _row(item: ActionPlanItem, titles: dict[int, str]) -> ActionPlanRow:
    rec = item.recommendation
    return ActionPlanRow(
        id=item.id,
        version=item.version_id,
        service_area_id=item.service_area_id,
        service_area=item.service_area.name,
        owner_id=item.owner_id,
        owner=item.owner.name,
        action=item.action,
        recommendation=rec.text if rec else "",
        report=titles.get(rec.report_id, "") if rec else "",
        due_on=item.due_on,
        progress=item.progress,
        status=item.status,
        closed_on=item.closed_on,
        history=tuple(
            ProgressEntry(u.at, u.person.name if u.person else "", u.progress, u.note)
            for u in item.updates
        ),
    )


def load_item(session: Session, item_id: int) -> ActionPlanRow:
    item = session.get(ActionPlanItem, item_id)
    if item is None:
        raise LookupError(f"There is no action plan item number {item_id}.")
    session.refresh(item)
    titles = _report_titles(session, [item.recommendation.report_id] if item.recommendation else [])
    return _row(item, titles)


def overdue_for(session: Session, actor: Actor, today: date) -> list[ActionPlanRow]:
    """The person's own open items past their due date: for their My month."""
    return list_items(session, ActionPlanFilter(owner_id=actor.id, overdue_on=today))


def _check_owner(session: Session, actor: Actor, owner_id: int, service_area_id: int) -> None:
    """The owner must be an active Strategic Lead; a Strategic Lead adds items only for
    themself, in their own service area."""
    lead = next((s for s in strategic_leads(session) if s.id == owner_id), None)
    if lead is None:
        raise NotAllowed("An action plan item is owned by a Strategic Lead: choose one.")
    if session.get(ServiceArea, service_area_id) is None:
        raise LookupError(f"There is no service area number {service_area_id}.")
    if not (actor.has(QA_LEAD) or actor.has(ADMIN)) and (
        owner_id != actor.id or actor.service_area_id != service_area_id
    ):
        raise NotAllowed(
            "A Strategic Lead adds action plan items only for themself, in their own service area."
        )


def add_item(
    session: Session,
    actor: Actor,
    *,
    service_area_id: int,
    owner_id: int,
    action: str,
    due_on: date,
    recommendation_id: int | None = None,
    note: str = "",
) -> ActionPlanRow:
    """A new item, red until its owner says otherwise; its first progress entry says it
    was added."""
    require(actor, ACTION_PLAN_WRITE)
    if not action.strip():
        raise NotAllowed("Write what will be done.")
    _check_owner(session, actor, owner_id, service_area_id)
    if (
        recommendation_id is not None
        and session.get(ReportRecommendation, recommendation_id) is None
    ):
        raise LookupError(f"There is no recommendation number {recommendation_id}.")
    item = ActionPlanItem(
        recommendation_id=recommendation_id,
        service_area_id=service_area_id,
        owner_id=owner_id,
        action=action.strip(),
        due_on=due_on,
        progress=RED,
        status=OPEN,
    )
    item.updates = [
        ActionPlanUpdate(
            person_id=actor.id, progress=RED, note=note.strip() or "Added to the action plan."
        )
    ]
    session.add(item)
    session.flush()
    record_changes(session, actor, ENTITY, item.id, [("created", None, action.strip())])
    return load_item(session, item.id)


def items_from_report(
    session: Session, actor: Actor, report_id: int, due_on: date
) -> tuple[list[ActionPlanRow], list[str]]:
    """An item for each recommendation of the report that has none yet, owned by the
    Strategic Lead of the service area it is for (for a recommendation to every service
    area, one in each area). Returns the items made, and the service areas left out
    because nobody there holds the Strategic Lead role."""
    require(actor, ACTION_PLAN_WRITE)
    if not (actor.has(QA_LEAD) or actor.has(ADMIN)):
        raise NotAllowed(
            "Only the QA lead or an administrator makes action plan items from a report."
        )
    report = session.get(AuditReport, report_id)
    if report is None:
        raise LookupError(f"There is no audit report number {report_id}.")
    leads: dict[int, StrategicLead] = {}
    for lead in strategic_leads(session):
        if lead.service_area_id is not None:
            leads.setdefault(lead.service_area_id, lead)
    areas = dict(
        session.execute(
            select(ServiceArea.id, ServiceArea.name).order_by(
                ServiceArea.position, ServiceArea.name
            )
        ).all()
    )
    recommendations = list(report.recommendations)
    planned = set(
        session.scalars(
            select(ActionPlanItem.recommendation_id).where(
                ActionPlanItem.recommendation_id.in_([r.id for r in recommendations])
            )
        )
    )
    made: list[ActionPlanRow] = []
    left_out: set[str] = set()
    for rec in recommendations:
        if rec.id in planned:
            continue
        targets = [rec.service_area_id] if rec.service_area_id is not None else list(areas)
        for area_id in targets:
            owner = leads.get(area_id)
            if owner is None:
                left_out.add(areas.get(area_id, ""))
                continue
            made.append(
                add_item(
                    session,
                    actor,
                    service_area_id=area_id,
                    owner_id=owner.id,
                    action=rec.text,
                    due_on=due_on,
                    recommendation_id=rec.id,
                )
            )
    return made, sorted(left_out)


def _may_change(actor: Actor, item: ActionPlanItem) -> None:
    if actor.has(QA_LEAD) or actor.has(ADMIN):
        return
    if actor.has(STRATEGIC_LEAD) and item.owner_id == actor.id:
        return
    raise NotAllowed(
        "Only the Strategic Lead who owns this item, the QA lead or an administrator can change it."
    )


def change_item(
    session: Session,
    actor: Actor,
    item_id: int,
    expected_version: int,
    *,
    action: str,
    due_on: date,
    owner_id: int,
    service_area_id: int,
) -> ActionPlanRow:
    require(actor, ACTION_PLAN_WRITE)
    item = session.get(ActionPlanItem, item_id, with_for_update=True)
    if item is None:
        raise LookupError(f"There is no action plan item number {item_id}.")
    _may_change(actor, item)
    check_not_stale(item.version_id, expected_version, "action plan item")
    if not action.strip():
        raise NotAllowed("Write what will be done.")
    _check_owner(session, actor, owner_id, service_area_id)
    changes = [
        (name, str(old), str(new))
        for name, old, new in (
            ("action", item.action, action.strip()),
            ("due_on", item.due_on.isoformat(), due_on.isoformat()),
            ("owner_id", item.owner_id, owner_id),
            ("service_area_id", item.service_area_id, service_area_id),
        )
        if old != new
    ]
    if changes:
        item.action, item.due_on = action.strip(), due_on
        item.owner_id, item.service_area_id = owner_id, service_area_id
        item.updated_at = utcnow()
        session.flush()
        record_changes(session, actor, ENTITY, item.id, changes)
    return load_item(session, item.id)


def record_progress(
    session: Session,
    actor: Actor,
    item_id: int,
    expected_version: int,
    progress: str,
    note: str,
) -> ActionPlanRow:
    """Red, amber or green with a note saying why: the owner (or the QA lead) updates the
    item; the earlier entries stay."""
    require(actor, ACTION_PLAN_PROGRESS)
    item = session.get(ActionPlanItem, item_id, with_for_update=True)
    if item is None:
        raise LookupError(f"There is no action plan item number {item_id}.")
    _may_change(actor, item)
    check_not_stale(item.version_id, expected_version, "action plan item")
    problems = progress_problems(progress, note)
    if problems:
        raise NotAllowed(" ".join(problems))
    if item.status == CLOSED:
        raise NotAllowed("This item is closed; the QA meeting can reopen it.")
    old = item.progress
    item.progress = progress
    item.updated_at = utcnow()
    item.updates.append(ActionPlanUpdate(person_id=actor.id, progress=progress, note=note.strip()))
    session.flush()
    record_changes(session, actor, ENTITY, item.id, [("progress", old, progress)])
    return load_item(session, item.id)


def close_item(session: Session, actor: Actor, item_id: int, closed: bool, on: date) -> None:
    """Close an item (or reopen it): the quarterly QA meeting decides this."""
    require(actor, QA_MEETING)
    item = session.get(ActionPlanItem, item_id, with_for_update=True)
    if item is None:
        raise LookupError(f"There is no action plan item number {item_id}.")
    new = CLOSED if closed else OPEN
    if item.status == new:
        return
    old = item.status
    item.status, item.closed_on = new, (on if closed else None)
    item.updated_at = utcnow()
    session.flush()
    record_changes(session, actor, ENTITY, item.id, [("status", old, new)])
