"""Actions from service performance reviews, tracked to completion: who sees which, the
overdue list, marking done or reopening, and carrying open actions into the next review.

Actions are tracked once the review has gone to the panel: before that they are the
service's proposals. Marking an action done changes the review's version, so an editor
open on the same review is told rather than overwriting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import Problem
from qaaudit.domain.permissions import REVIEW_ACTIONS, REVIEW_WRITE
from qaaudit.domain.review import (
    ACTION_CARRIED,
    ACTION_OVERDUE,
    DRAFT,
    FINAL,
    PANEL,
    ReviewAction,
)
from qaaudit.domain.review_instrument import review_instrument
from qaaudit.domain.review_period import Period
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.review.reviews import (
    ENTITY,
    ReviewRecord,
    load_review,
    may_author,
    save_review,
)
from qaaudit.store.base import utcnow
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import ServiceArea
from qaaudit.store.reviews import ReviewActionRecord, ServiceReview

TRACKED_STATUSES = (PANEL, FINAL)


@dataclass(frozen=True)
class TrackedAction:
    id: int
    review_id: int
    review_version: int
    review_status: str
    service_area_id: int
    service_area: str
    period: Period
    source: str
    area_key: str | None
    action: str
    owner: str
    due_on: date | None
    priority: bool
    done_on: date | None
    done_note: str
    carried_from_id: int | None
    carried_forward: bool = False  # carried into a later review, which now tracks it

    def state(self, today: date) -> str:
        if self.carried_forward and self.done_on is None:
            return ACTION_CARRIED
        return ReviewAction(self.action, self.owner, self.due_on, done_on=self.done_on).state(today)

    def days_overdue(self, today: date) -> int:
        if self.state(today) != ACTION_OVERDUE or self.due_on is None:
            return 0
        return (today - self.due_on).days


def _visible(viewer: Actor) -> list[object]:
    """Conditions under which a viewer sees an action; empty means everything."""
    if viewer.sees_everything:
        return []
    allowed: list[object] = [ReviewActionRecord.owner == viewer.name]
    if viewer.has("service_manager") and viewer.service_area_id is not None:
        allowed.append(ServiceReview.service_area_id == viewer.service_area_id)
    return allowed


def tracked_actions(
    session: Session,
    viewer: Actor,
    *,
    service_area_id: int | None = None,
    include_done: bool = True,
) -> list[TrackedAction]:
    """Actions of reviews that have gone to the panel, as the viewer may see them: the QA
    lead every one, a service manager their area's, anyone the actions they own."""
    query = (
        select(ReviewActionRecord, ServiceReview, ServiceArea.name)
        .join(ServiceReview, ServiceReview.id == ReviewActionRecord.review_id)
        .join(ServiceArea, ServiceArea.id == ServiceReview.service_area_id)
        .where(ServiceReview.status.in_(TRACKED_STATUSES))
        .order_by(ReviewActionRecord.due_on, ServiceArea.name, ReviewActionRecord.id)
    )
    allowed = _visible(viewer)
    if allowed:
        query = query.where(or_(*allowed))  # type: ignore[arg-type]
    if service_area_id is not None:
        query = query.where(ServiceReview.service_area_id == service_area_id)
    if not include_done:
        query = query.where(ReviewActionRecord.done_on.is_(None))
    carried = carried_forward_ids(session)
    return [
        _tracked(row, review, area, row.id in carried)
        for row, review, area in session.execute(query)
    ]


def carried_forward_ids(session: Session) -> set[int]:
    """Actions that a later review has carried over and now tracks itself."""
    return {
        found
        for found in session.scalars(
            select(ReviewActionRecord.carried_from_id).where(
                ReviewActionRecord.carried_from_id.is_not(None)
            )
        )
        if found is not None
    }


def overdue_actions(session: Session, viewer: Actor, today: date) -> list[TrackedAction]:
    """Open actions past their due date, most overdue first."""
    open_actions = tracked_actions(session, viewer, include_done=False)
    overdue = [a for a in open_actions if a.state(today) == ACTION_OVERDUE]
    return sorted(overdue, key=lambda a: (a.due_on or today, a.service_area, a.id))


def _tracked(
    row: ReviewActionRecord, review: ServiceReview, area: str, carried: bool = False
) -> TrackedAction:
    instrument = review_instrument(review.template_version)
    return TrackedAction(
        id=row.id,
        review_id=review.id,
        review_version=review.version_id,
        review_status=review.status,
        service_area_id=review.service_area_id,
        service_area=area,
        period=Period(review.period_start, review.period_end),
        source=instrument.area_label(row.area_key),
        area_key=row.area_key,
        action=row.action,
        owner=row.owner,
        due_on=row.due_on,
        priority=row.priority,
        done_on=row.done_on,
        done_note=row.done_note,
        carried_from_id=row.carried_from_id,
        carried_forward=carried,
    )


def load_action(session: Session, action_id: int) -> TrackedAction:
    found = session.execute(
        select(ReviewActionRecord, ServiceReview, ServiceArea.name)
        .join(ServiceReview, ServiceReview.id == ReviewActionRecord.review_id)
        .join(ServiceArea, ServiceArea.id == ServiceReview.service_area_id)
        .where(ReviewActionRecord.id == action_id)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if found is None:
        raise LookupError(f"There is no review action number {action_id}.")
    return _tracked(*found, action_id in carried_forward_ids(session))


def _trackable(
    session: Session, actor: Actor, action_id: int, expected_review_version: int
) -> tuple[ReviewActionRecord, ServiceReview]:
    row = session.get(ReviewActionRecord, action_id, populate_existing=True)
    if row is None:
        raise LookupError(f"There is no review action number {action_id}.")
    review = session.get(ServiceReview, row.review_id, with_for_update=True, populate_existing=True)
    assert review is not None
    if review.status == DRAFT:
        raise NotAllowed("Actions are tracked once the review has gone to the panel.")
    if not (may_author(actor, review.service_area_id) or row.owner == actor.name):
        raise NotAllowed(
            "Only the action's owner, the service manager for the area or the QA lead can "
            "record its progress."
        )
    if review.version_id != expected_review_version:
        raise ConflictError(
            "Someone else changed this review or its actions after you opened the list. "
            "Nothing was overwritten: refresh the list and try again."
        )
    return row, review


def mark_done(
    session: Session,
    actor: Actor,
    action_id: int,
    expected_review_version: int,
    done_on: date,
    note: str = "",
    today: date | None = None,
) -> TrackedAction:
    """Record that an action is complete, when, and (optionally) how."""
    require(actor, REVIEW_ACTIONS)
    today = today or date.today()
    if done_on > today:
        raise ValidationFailed([Problem("done_on", "An action cannot be done in the future.")])
    row, review = _trackable(session, actor, action_id, expected_review_version)
    changes = [
        (f"action.{row.id}.done_on", _text(row.done_on), done_on.isoformat()),
        (f"action.{row.id}.done_note", row.done_note, note.strip()),
    ]
    row.done_on = done_on
    row.done_note = note.strip()
    review.updated_at = utcnow()  # bumps the review's version: open editors are told
    session.flush()
    record_changes(session, actor, ENTITY, review.id, [c for c in changes if c[1] != c[2]])
    return load_action(session, action_id)


def reopen(
    session: Session, actor: Actor, action_id: int, expected_review_version: int
) -> TrackedAction:
    """An action marked done by mistake goes back on the list."""
    require(actor, REVIEW_ACTIONS)
    row, review = _trackable(session, actor, action_id, expected_review_version)
    record_changes(
        session, actor, ENTITY, review.id, [(f"action.{row.id}.done_on", _text(row.done_on), "")]
    )
    row.done_on = None
    review.updated_at = utcnow()
    session.flush()
    return load_action(session, action_id)


def _text(value: date | None) -> str:
    return value.isoformat() if value else ""


def actions_to_carry(session: Session, review_id: int) -> list[ReviewAction]:
    """Open actions of the previous review of the same area not yet carried into this one,
    as new actions of this review that remember where they came from."""
    record = load_review(session, review_id)
    if record.previous_id is None:
        return []
    previous = load_review(session, record.previous_id)
    carried = {a.carried_from_id for a in record.form.actions if a.carried_from_id}
    known = {a.key for a in record.instrument.areas}
    return [
        ReviewAction(
            action=a.action,
            owner=a.owner,
            due_on=a.due_on,
            area_key=a.area_key if a.area_key in known else None,
            priority=a.priority,
            carried_from_id=a.id,
        )
        for a in previous.form.actions
        if a.done_on is None and a.id not in carried
    ]


def carry_over(
    session: Session, actor: Actor, review_id: int, expected_version: int
) -> ReviewRecord:
    """Carry the previous review's open actions into this review and save it."""
    require(actor, REVIEW_WRITE)
    record = load_review(session, review_id)
    form = record.form
    form.actions.extend(actions_to_carry(session, review_id))
    return save_review(session, actor, review_id, expected_version, form)
