"""A review set beside the previous review of the same service area: how each judgement
moved, and what became of the actions the earlier review set."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from qaaudit.domain.review import (
    ACTION_CARRIED,
    ACTION_DONE,
    ACTION_OPEN,
    ACTION_OVERDUE,
    ReviewAction,
)
from qaaudit.domain.review_instrument import ReviewInstrument
from qaaudit.services.review.reviews import ReviewRecord, load_review

BETTER = "better"
WORSE = "worse"
SAME = "same"
NEWLY_JUDGED = "newly judged"
NOT_JUDGED = "not judged now"
NEITHER = "not judged"


@dataclass(frozen=True)
class JudgementChange:
    area_key: str
    lens_number: int
    lens_title: str
    title: str
    before: str | None
    after: str | None
    movement: str

    @property
    def text(self) -> str:
        return f"{self.before or '-'} → {self.after or '-'}"


@dataclass(frozen=True)
class ActionOutcome:
    """One action of the earlier review and what became of it."""

    action: ReviewAction
    source: str
    outcome: str
    detail: str


@dataclass
class ReviewComparison:
    current: ReviewRecord
    previous: ReviewRecord | None
    changes: list[JudgementChange] = field(default_factory=list)
    actions: list[ActionOutcome] = field(default_factory=list)

    def count(self, movement: str) -> int:
        return sum(1 for c in self.changes if c.movement == movement)

    def outcomes(self, outcome: str) -> int:
        return sum(1 for a in self.actions if a.outcome == outcome)


def _movement(instrument: ReviewInstrument, before: str | None, after: str | None) -> str:
    if before is None and after is None:
        return NEITHER
    if before is None:
        return NEWLY_JUDGED
    if after is None:
        return NOT_JUDGED
    earlier, later = instrument.judgement(before).rank, instrument.judgement(after).rank
    return BETTER if later > earlier else WORSE if later < earlier else SAME


def compare_with_previous(session: Session, review_id: int, today: date) -> ReviewComparison:
    current = load_review(session, review_id)
    if current.previous_id is None:
        return ReviewComparison(current, None)
    previous = load_review(session, current.previous_id)
    instrument = current.instrument
    changes = []
    for lens in instrument.lenses:
        for area in lens.areas:
            before_row = previous.form.rows.get(area.key)
            before = before_row.judgement if before_row else None
            after = current.form.rows[area.key].judgement
            changes.append(
                JudgementChange(
                    area.key,
                    lens.number,
                    lens.title,
                    area.title,
                    before,
                    after,
                    _movement(instrument, before, after),
                )
            )
    carried = {a.carried_from_id for a in current.form.actions if a.carried_from_id}
    outcomes = []
    old_instrument = previous.instrument
    for action in previous.form.actions:
        source = old_instrument.area_label(action.area_key)
        if action.done_on is not None:
            outcome, detail = ACTION_DONE, f"Done {action.done_on:%d/%m/%Y}"
        elif action.id in carried:
            outcome, detail = ACTION_CARRIED, f"Carried over into {current.period.label}"
        elif action.state(today) == ACTION_OVERDUE:
            assert action.due_on is not None
            outcome, detail = ACTION_OVERDUE, f"Overdue: was due {action.due_on:%d/%m/%Y}"
        else:
            due = f"due {action.due_on:%d/%m/%Y}" if action.due_on else "no due date"
            outcome, detail = ACTION_OPEN, f"Open, {due}"
        outcomes.append(ActionOutcome(action, source, outcome, detail))
    return ReviewComparison(current, previous, changes, outcomes)
