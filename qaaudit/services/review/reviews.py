"""Service performance reviews: start (with the figures pre-filled), save, send to the
panel, return to the service, make final (locked), delete a draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit import Problem
from qaaudit.domain.permissions import REVIEW_PANEL, REVIEW_WRITE
from qaaudit.domain.review import (
    DRAFT,
    FINAL,
    PANEL,
    STATUS_LABELS,
    ReviewAction,
    ReviewForm,
    ReviewRow,
    blank_form,
    draft_problems,
    final_problems,
    submission_problems,
)
from qaaudit.domain.review_codec import differences
from qaaudit.domain.review_instrument import (
    ReviewInstrument,
    current_review_instrument,
    review_instrument,
)
from qaaudit.domain.review_period import Period
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import may, require
from qaaudit.services.common.refusals import (
    NotAllowed,
    check_not_stale,
    refuse_problems,
)
from qaaudit.services.review.figures import prefill_texts
from qaaudit.store.base import utcnow
from qaaudit.store.models import ServiceArea
from qaaudit.store.reviews import ReviewActionRecord, ServiceReview, ServiceReviewRow

ENTITY = "service_review"
DRAFT_KIND = "service_review"


@dataclass
class ReviewRecord:
    id: int
    version: int
    status: str
    template_version: str
    service_area_id: int
    service_area: str
    period: Period
    author_id: int
    author: str
    form: ReviewForm
    created_at: datetime
    updated_at: datetime
    panel_at: datetime | None = None
    panel_by: str = ""
    final_at: datetime | None = None
    final_by: str = ""
    previous_id: int | None = None
    warnings: list[Problem] = field(default_factory=list)

    @property
    def locked(self) -> bool:
        return self.status == FINAL

    @property
    def title(self) -> str:
        return f"{self.service_area}, {self.period.label}"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def instrument(self) -> ReviewInstrument:
        return review_instrument(self.template_version)


def draft_slot(review_id: int) -> str:
    """The recovery-copy slot of one review's editor."""
    return f"{DRAFT_KIND}:{review_id}"


def may_author(actor: Actor, service_area_id: int) -> bool:
    """The area's service manager writes its review; the QA lead and the panel may too."""
    if not may(actor, REVIEW_WRITE):
        return False
    return actor.sees_everything or (
        actor.has("service_manager") and actor.service_area_id == service_area_id
    )


def may_finalise(actor: Actor) -> bool:
    """Returning a review to the service and making it final are the panel's."""
    return may(actor, REVIEW_PANEL)


def find_review(session: Session, service_area_id: int, period_start: date) -> int | None:
    return session.scalar(
        select(ServiceReview.id).where(
            ServiceReview.service_area_id == service_area_id,
            ServiceReview.period_start == period_start,
        )
    )


def previous_review_id(session: Session, service_area_id: int, period_start: date) -> int | None:
    """The latest review of the same service area whose period ended before this one."""
    return session.scalar(
        select(ServiceReview.id)
        .where(
            ServiceReview.service_area_id == service_area_id,
            ServiceReview.period_end < period_start,
        )
        .order_by(ServiceReview.period_start.desc())
        .limit(1)
    )


def create_review(
    session: Session,
    actor: Actor,
    service_area_id: int,
    period: Period,
    today: date | None = None,
) -> ReviewRecord:
    """Start a draft for one service area and period, with the professional challenge rows
    pre-filled from the figures qaaudit holds."""
    require(actor, REVIEW_WRITE)
    today = today or date.today()
    area = session.get(ServiceArea, service_area_id)
    if area is None:
        raise LookupError("That service area does not exist.")
    if not may_author(actor, service_area_id):
        raise NotAllowed(
            f"Only the service manager for {area.name} or the QA lead can start its review."
        )
    problems = []
    if not period.is_whole_months():
        problems.append(Problem("period", "A performance period runs over whole months."))
    elif period.start > today:
        problems.append(Problem("period", "The performance period has not started yet."))
    elif find_review(session, service_area_id, period.start) is not None:
        problems.append(Problem("period", f"{area.name} already has a review for {period.label}."))
    refuse_problems(problems)
    instrument = current_review_instrument()
    form = blank_form(instrument)
    figures = prefill_texts(session, area.name, period)
    for entry in instrument.areas:
        if entry.prefill:
            form.rows[entry.key].evidence = figures.get(entry.prefill, "")
    review = ServiceReview(
        service_area_id=service_area_id,
        period_start=period.start,
        period_end=period.end,
        status=DRAFT,
        template_version=instrument.version,
        author_id=actor.id,
    )
    session.add(review)
    _apply(session, review, form, instrument)
    session.flush()
    record_changes(session, actor, ENTITY, review.id, [("created", None, DRAFT)])
    return load_review(session, review.id)


def refreshed_figures(session: Session, review_id: int) -> dict[str, str]:
    """The figures as they stand now, by judgement area key, for the author to put in
    place of (or beside) the evidence written when the review was started."""
    record = load_review(session, review_id)
    texts = prefill_texts(session, record.service_area, record.period)
    return {
        area.key: texts[area.prefill]
        for area in record.instrument.areas
        if area.prefill and area.prefill in texts
    }


def load_review(session: Session, review_id: int) -> ReviewRecord:
    review = session.get(
        ServiceReview,
        review_id,
        options=[
            selectinload(ServiceReview.rows),
            selectinload(ServiceReview.actions),
            selectinload(ServiceReview.service_area),
            selectinload(ServiceReview.author),
            selectinload(ServiceReview.panel_by),
            selectinload(ServiceReview.final_by),
        ],
        populate_existing=True,
    )
    if review is None:
        raise LookupError(f"There is no service review number {review_id}.")
    return _record_of(session, review)


def _record_of(session: Session, review: ServiceReview) -> ReviewRecord:
    instrument = review_instrument(review.template_version)
    return ReviewRecord(
        id=review.id,
        version=review.version_id,
        status=review.status,
        template_version=review.template_version,
        service_area_id=review.service_area_id,
        service_area=review.service_area.name,
        period=Period(review.period_start, review.period_end),
        author_id=review.author_id,
        author=review.author.name,
        form=_form_of(review, instrument),
        created_at=review.created_at,
        updated_at=review.updated_at,
        panel_at=review.panel_at,
        panel_by=review.panel_by.name if review.panel_by else "",
        final_at=review.final_at,
        final_by=review.final_by.name if review.final_by else "",
        previous_id=previous_review_id(session, review.service_area_id, review.period_start),
    )


def _form_of(review: ServiceReview, instrument: ReviewInstrument) -> ReviewForm:
    stored = {r.area_key: r for r in review.rows}
    rows = {}
    for area in instrument.areas:
        row = stored.get(area.key)
        rows[area.key] = (
            ReviewRow(row.comments, row.evidence, row.judgement) if row else ReviewRow()
        )
    return ReviewForm(
        panel_date=review.panel_date,
        key_outcomes=review.key_outcomes,
        population=review.population,
        rows=rows,
        summary_points=review.summary_points,
        panel_input=review.panel_input,
        actions=[action_of(a) for a in review.actions],
    )


def action_of(row: ReviewActionRecord) -> ReviewAction:
    return ReviewAction(
        action=row.action,
        owner=row.owner,
        due_on=row.due_on,
        area_key=row.area_key,
        priority=row.priority,
        done_on=row.done_on,
        done_note=row.done_note,
        id=row.id,
        carried_from_id=row.carried_from_id,
    )


def save_review(
    session: Session, actor: Actor, review_id: int, expected_version: int, form: ReviewForm
) -> ReviewRecord:
    """Save what is on screen. Someone else's save since it was opened is a conflict."""
    require(actor, REVIEW_WRITE)
    review, before = editable(session, actor, review_id, expected_version)
    instrument = review_instrument(review.template_version)
    problems = draft_problems(instrument, form) + _panel_only(review, before, form)
    refuse_problems(problems)
    return _store(session, actor, review, before, form, instrument)


def send_to_panel(
    session: Session, actor: Actor, review_id: int, expected_version: int, form: ReviewForm
) -> ReviewRecord:
    """The service's self-assessment is complete: the panel may now challenge it."""
    require(actor, REVIEW_WRITE)
    review, before = editable(session, actor, review_id, expected_version)
    if review.status != DRAFT:
        raise NotAllowed("This review is already with the panel.")
    instrument = review_instrument(review.template_version)
    problems = submission_problems(instrument, form) + _panel_only(review, before, form)
    refuse_problems(problems)
    review.status = PANEL
    review.panel_at = utcnow()
    review.panel_by_id = actor.id
    record = _store(session, actor, review, before, form, instrument)
    record_changes(session, actor, ENTITY, review.id, [("status", DRAFT, PANEL)])
    return load_review(session, record.id)


def return_to_service(
    session: Session, actor: Actor, review_id: int, expected_version: int, form: ReviewForm
) -> ReviewRecord:
    """The panel sends the self-assessment back for more work; what it wrote is kept."""
    require(actor, REVIEW_PANEL)
    review, before = editable(session, actor, review_id, expected_version)
    if review.status != PANEL:
        raise NotAllowed("Only a review with the panel can be returned to the service.")
    instrument = review_instrument(review.template_version)
    problems = draft_problems(instrument, form)
    refuse_problems(problems)
    review.status = DRAFT
    record = _store(session, actor, review, before, form, instrument)
    record_changes(session, actor, ENTITY, review.id, [("status", PANEL, DRAFT)])
    return load_review(session, record.id)


def finalise(
    session: Session,
    actor: Actor,
    review_id: int,
    expected_version: int,
    form: ReviewForm,
    today: date | None = None,
) -> ReviewRecord:
    """The panel has met and its input is recorded: the review becomes final and locked."""
    require(actor, REVIEW_PANEL)
    today = today or date.today()
    review, before = editable(session, actor, review_id, expected_version)
    if review.status != PANEL:
        raise NotAllowed("A review is made final after the panel has seen it.")
    instrument = review_instrument(review.template_version)
    problems = final_problems(instrument, form, today)
    refuse_problems(problems)
    review.status = FINAL
    review.final_at = utcnow()
    review.final_by_id = actor.id
    record = _store(session, actor, review, before, form, instrument)
    record_changes(session, actor, ENTITY, review.id, [("status", PANEL, FINAL)])
    return load_review(session, record.id)


def delete_draft(session: Session, actor: Actor, review_id: int, expected_version: int) -> None:
    require(actor, REVIEW_WRITE)
    review, _ = editable(session, actor, review_id, expected_version)
    if review.status != DRAFT:
        raise NotAllowed("Only a draft review can be deleted.")
    record_changes(session, actor, ENTITY, review.id, [("deleted", DRAFT, None)])
    session.delete(review)


def editable(
    session: Session, actor: Actor, review_id: int, expected_version: int
) -> tuple[ServiceReview, ReviewForm]:
    review = session.get(
        ServiceReview,
        review_id,
        options=[selectinload(ServiceReview.rows), selectinload(ServiceReview.actions)],
        with_for_update=True,
        populate_existing=True,
    )
    if review is None:
        raise LookupError(f"There is no service review number {review_id}.")
    if review.status == FINAL:
        raise NotAllowed("This review is final and locked. Its actions can still be marked done.")
    if not may_author(actor, review.service_area_id):
        raise NotAllowed("Only the service manager for this area or the QA lead can change it.")
    check_not_stale(review.version_id, expected_version, "review")
    return review, _form_of(review, review_instrument(review.template_version))


def _panel_only(review: ServiceReview, before: ReviewForm, form: ReviewForm) -> list[Problem]:
    """While the service writes its self-assessment, the panel's part stays the panel's."""
    if review.status != DRAFT:
        return []
    problems = []
    if form.panel_input != before.panel_input:
        problems.append(
            Problem("panel_input", "The panel's input is written once the review is with it.")
        )
    # Open actions carried over from the previous review may come in with the draft.
    mine = [
        (a.action, a.owner, a.due_on)
        for a in form.actions_for(None)
        if not a.is_blank() and a.carried_from_id is None
    ]
    theirs = [
        (a.action, a.owner, a.due_on) for a in before.actions_for(None) if a.carried_from_id is None
    ]
    if mine != theirs:
        problems.append(
            Problem("panel_actions", "The panel's actions are added once the review is with it.")
        )
    return problems


def conflict_differences(
    session: Session, review_id: int, mine: ReviewForm
) -> list[tuple[str, str, str]]:
    """What the stored review says where it differs from what is on screen."""
    return differences(mine, load_review(session, review_id).form)


def _store(
    session: Session,
    actor: Actor,
    review: ServiceReview,
    before: ReviewForm,
    form: ReviewForm,
    instrument: ReviewInstrument,
) -> ReviewRecord:
    _apply(session, review, form, instrument)
    review.updated_at = utcnow()
    session.flush()
    record_changes(session, actor, ENTITY, review.id, list(differences(before, form)))
    return load_review(session, review.id)


def _apply(
    session: Session, review: ServiceReview, form: ReviewForm, instrument: ReviewInstrument
) -> None:
    review.panel_date = form.panel_date
    review.key_outcomes = form.key_outcomes
    review.population = form.population
    review.summary_points = form.summary_points
    review.panel_input = form.panel_input
    rows = {r.area_key: r for r in review.rows}
    for area in instrument.areas:
        entry = form.rows.get(area.key) or ReviewRow()
        row = rows.get(area.key)
        if row is None:
            row = ServiceReviewRow(area_key=area.key, lens_key=area.lens_key)
            review.rows.append(row)
        row.comments = entry.comments
        row.evidence = entry.evidence
        row.judgement = entry.judgement
    _apply_actions(review, form.actions)


def _apply_actions(review: ServiceReview, actions: list[ReviewAction]) -> None:
    """Actions keep their identity (and so their tracking) across saves: matched by id."""
    existing = {a.id: a for a in review.actions}
    kept: list[ReviewActionRecord] = []
    for position, action in enumerate(a for a in actions if not a.is_blank()):
        row = existing.pop(action.id, None) if action.id is not None else None
        if row is None:
            row = ReviewActionRecord()
        row.position = position
        row.area_key = action.area_key
        row.action = action.action
        row.owner = action.owner.strip()
        row.due_on = action.due_on
        row.priority = action.priority
        row.done_on = action.done_on
        row.done_note = action.done_note
        row.carried_from_id = action.carried_from_id
        kept.append(row)
    review.actions = kept
