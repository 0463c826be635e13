"""Every service performance review, one line each: service area, period, overall
position, status and how its actions stand.

Reviews are about services, not children, and section 5 is written to be shared with
every member of the service, so everyone who uses the program may read every review.
There are a handful per service area a year, so the whole list is read at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.review import (
    ACTION_OVERDUE,
    STATUS_LABELS,
    ReviewAction,
    ReviewForm,
    ReviewRow,
    judgement_profile,
    overall_position,
)
from qaaudit.domain.review_instrument import review_instrument
from qaaudit.domain.review_period import Period
from qaaudit.store.models import Person, ServiceArea
from qaaudit.store.reviews import ReviewActionRecord, ServiceReview, ServiceReviewRow


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    version: int
    service_area_id: int
    service_area: str
    period: Period
    panel_date: date | None
    status: str
    overall: str | None
    overall_rank: int
    overall_text: str
    profile: dict[str, int]
    author: str
    updated_at: datetime
    actions_open: int
    actions_overdue: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def profile_text(self) -> str:
        """E.g. "G 5 · RI 12 · I 1": how many areas received each judgement."""
        return " · ".join(f"{key} {count}" for key, count in self.profile.items() if count)


def list_reviews(
    session: Session, today: date, service_area_id: int | None = None
) -> list[ReviewSummary]:
    query = (
        select(ServiceReview, ServiceArea.name, Person.name)
        .join(ServiceArea, ServiceArea.id == ServiceReview.service_area_id)
        .join(Person, Person.id == ServiceReview.author_id)
        .order_by(ServiceReview.period_start.desc(), ServiceArea.position, ServiceArea.name)
    )
    if service_area_id is not None:
        query = query.where(ServiceReview.service_area_id == service_area_id)
    found = session.execute(query).all()
    ids = [review.id for review, _, _ in found]
    judgements: dict[int, dict[str, ReviewRow]] = defaultdict(dict)
    actions: dict[int, list[ReviewAction]] = defaultdict(list)
    if ids:
        for review_id, area_key, judgement in session.execute(
            select(
                ServiceReviewRow.review_id, ServiceReviewRow.area_key, ServiceReviewRow.judgement
            ).where(ServiceReviewRow.review_id.in_(ids))
        ):
            judgements[review_id][area_key] = ReviewRow(judgement=judgement)
        carried = {
            found
            for found in session.scalars(
                select(ReviewActionRecord.carried_from_id).where(
                    ReviewActionRecord.carried_from_id.is_not(None)
                )
            )
        }
        for action_id, review_id, due_on, done_on in session.execute(
            select(
                ReviewActionRecord.id,
                ReviewActionRecord.review_id,
                ReviewActionRecord.due_on,
                ReviewActionRecord.done_on,
            ).where(ReviewActionRecord.review_id.in_(ids))
        ):
            # An action carried into a later review is counted there, not here.
            if action_id not in carried:
                actions[review_id].append(ReviewAction("-", due_on=due_on, done_on=done_on))
    summaries = []
    for review, area, author in found:
        instrument = review_instrument(review.template_version)
        form = ReviewForm(rows=judgements[review.id])
        overall = overall_position(instrument, form)
        states = [a.state(today) for a in actions[review.id]]
        summaries.append(
            ReviewSummary(
                id=review.id,
                version=review.version_id,
                service_area_id=review.service_area_id,
                service_area=area,
                period=Period(review.period_start, review.period_end),
                panel_date=review.panel_date,
                status=review.status,
                overall=overall.key if overall else None,
                overall_rank=overall.rank if overall else 0,
                overall_text=overall.text if overall else "Not judged yet",
                profile=judgement_profile(instrument, form),
                author=author,
                updated_at=review.updated_at,
                actions_open=sum(1 for s in states if s != "done"),
                actions_overdue=sum(1 for s in states if s == ACTION_OVERDUE),
            )
        )
    return summaries
