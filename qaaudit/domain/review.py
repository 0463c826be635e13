"""What a service writes in its six-monthly performance review, what the panel adds, and
the rules each step must meet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from qaaudit.domain.audit import Problem
from qaaudit.domain.review_instrument import ReviewInstrument, ReviewJudgement

DRAFT = "draft"
PANEL = "panel"
FINAL = "final"
STATUSES = (DRAFT, PANEL, FINAL)
STATUS_LABELS = {
    DRAFT: "Draft: self-assessment",
    PANEL: "With the panel",
    FINAL: "Final",
}

# Long enough for any real self-assessment, short enough for one Excel cell.
MAX_TEXT_CHARS = 30_000

ACTION_DONE = "done"
ACTION_OVERDUE = "overdue"
ACTION_OPEN = "open"
ACTION_CARRIED = "carried over"


@dataclass
class ReviewRow:
    """One judgement area: comments, evidence, judgement (I, RI, G, O)."""

    comments: str = ""
    evidence: str = ""
    judgement: str | None = None

    def is_blank(self) -> bool:
        return not (self.comments.strip() or self.evidence.strip() or self.judgement)


@dataclass
class ReviewAction:
    """An action identified in a judgement area (``area_key``) or by the panel
    (``area_key`` None), with an owner and a due date, tracked to completion."""

    action: str = ""
    owner: str = ""
    due_on: date | None = None
    area_key: str | None = None
    priority: bool = False
    done_on: date | None = None
    done_note: str = ""
    id: int | None = None
    carried_from_id: int | None = None

    def is_blank(self) -> bool:
        return not (self.action.strip() or self.owner.strip() or self.due_on)

    def state(self, today: date) -> str:
        if self.done_on is not None:
            return ACTION_DONE
        if self.due_on is not None and self.due_on < today:
            return ACTION_OVERDUE
        return ACTION_OPEN


@dataclass
class ReviewForm:
    """Everything on the review form that people write, as plain values."""

    panel_date: date | None = None
    key_outcomes: str = ""
    population: str = ""
    rows: dict[str, ReviewRow] = field(default_factory=dict)
    summary_points: str = ""
    panel_input: str = ""
    actions: list[ReviewAction] = field(default_factory=list)

    def row(self, key: str) -> ReviewRow:
        return self.rows.setdefault(key, ReviewRow())

    def actions_for(self, area_key: str | None) -> list[ReviewAction]:
        return [a for a in self.actions if a.area_key == area_key]


def blank_form(instrument: ReviewInstrument) -> ReviewForm:
    return ReviewForm(rows={area.key: ReviewRow() for area in instrument.areas})


def judgement_profile(instrument: ReviewInstrument, form: ReviewForm) -> dict[str, int]:
    """How many judgement areas received each judgement, in scale order."""
    counts = Counter(row.judgement for row in form.rows.values() if row.judgement)
    return {j.key: counts.get(j.key, 0) for j in instrument.judgements}


def overall_position(instrument: ReviewInstrument, form: ReviewForm) -> ReviewJudgement | None:
    """The service's overall position: the middle judgement of all its judged areas.

    The template has no overall judgement, yet a list of reviews needs one line per
    service. The median suits an ordered scale; between two middle values the lower is
    taken, because a service that is half good and half not is not yet good.
    """
    ranks = sorted(
        instrument.judgement(row.judgement).rank
        for row in form.rows.values()
        if row.judgement and _known(instrument, row.judgement)
    )
    if not ranks:
        return None
    middle = ranks[(len(ranks) - 1) // 2]
    return next(j for j in instrument.judgements if j.rank == middle)


def _known(instrument: ReviewInstrument, key: str) -> bool:
    return any(j.key == key for j in instrument.judgements)


def draft_problems(instrument: ReviewInstrument, form: ReviewForm) -> list[Problem]:
    """What is wrong even in a draft: a draft may be incomplete, never invalid."""
    problems: list[Problem] = []
    known_areas = {a.key for a in instrument.areas}
    for key, row in form.rows.items():
        if key not in known_areas:
            problems.append(Problem(f"row.{key}", f"“{key}” is not a judgement area."))
            continue
        title = instrument.area_label(key)
        if row.judgement and not _known(instrument, row.judgement):
            problems.append(
                Problem(f"row.{key}.judgement", f"{title}: “{row.judgement}” is not a judgement.")
            )
        for part in ("comments", "evidence"):
            problems.extend(_too_long(f"row.{key}.{part}", f"{title}, {part}", getattr(row, part)))
    for name, label in (
        ("key_outcomes", "The key outcomes"),
        ("population", "The key population data"),
        ("summary_points", "The key summary points"),
        ("panel_input", "The panel's input"),
    ):
        problems.extend(_too_long(name, label, getattr(form, name)))
    for index, action in enumerate(form.actions):
        if action.area_key is not None and action.area_key not in known_areas:
            problems.append(
                Problem(f"actions.{index}", f"“{action.area_key}” is not a judgement area.")
            )
        problems.extend(_too_long(f"actions.{index}.action", "An action", action.action))
    return problems


def _too_long(name: str, label: str, text: str) -> list[Problem]:
    if len(text) <= MAX_TEXT_CHARS:
        return []
    return [
        Problem(
            name,
            f"{label} has {len(text):,} characters; the most it can hold is "
            f"{MAX_TEXT_CHARS:,}. Please shorten it.",
        )
    ]


def action_problems(
    instrument: ReviewInstrument, form: ReviewForm, *, panel_too: bool
) -> list[Problem]:
    """Every action needs words, an owner and a due date."""
    problems: list[Problem] = []
    for index, action in enumerate(form.actions):
        if action.is_blank() or (action.area_key is None and not panel_too):
            continue
        where = instrument.area_label(action.area_key)
        if not action.action.strip():
            problems.append(Problem(f"actions.{index}.action", f"{where}: describe the action."))
        if not action.owner.strip():
            problems.append(Problem(f"actions.{index}.owner", f"{where}: say who owns the action."))
        if action.due_on is None:
            problems.append(
                Problem(f"actions.{index}.due_on", f"{where}: give the action a due date.")
            )
    return problems


def submission_problems(instrument: ReviewInstrument, form: ReviewForm) -> list[Problem]:
    """What stops a self-assessment going to the panel, each at its field."""
    problems = draft_problems(instrument, form)
    if not form.key_outcomes.strip():
        problems.append(
            Problem("key_outcomes", "Write the key outcomes required from this service area.")
        )
    for area in instrument.areas:
        row = form.rows.get(area.key) or ReviewRow()
        title = instrument.area_label(area.key)
        has_text = bool(row.comments.strip() or row.evidence.strip())
        if not row.judgement and (area.capacity or has_text):
            problems.append(Problem(f"row.{area.key}.judgement", f"{title}: give a judgement."))
        if row.judgement and not has_text:
            problems.append(
                Problem(
                    f"row.{area.key}.comments",
                    f"{title}: write the comments or evidence behind the judgement.",
                )
            )
    for lens in instrument.lenses:
        if not any((form.rows.get(a.key) or ReviewRow()).judgement for a in lens.areas):
            problems.append(
                Problem(
                    f"lens.{lens.key}", f"{lens.number}. {lens.title}: judge at least one area."
                )
            )
    problems.extend(action_problems(instrument, form, panel_too=False))
    return problems


def final_problems(instrument: ReviewInstrument, form: ReviewForm, today: date) -> list[Problem]:
    """What stops the review being made final (and locked)."""
    problems = submission_problems(instrument, form)
    problems = [p for p in problems if not p.field.startswith("actions.")]
    if form.panel_date is None:
        problems.append(Problem("panel_date", "Enter the date of the review panel."))
    elif form.panel_date > today:
        problems.append(
            Problem("panel_date", "The review panel has not met yet: its date is in the future.")
        )
    if not form.panel_input.strip():
        problems.append(Problem("panel_input", "Record the input from the panel."))
    if not form.summary_points.strip():
        problems.append(
            Problem("summary_points", "Write the key summary points for the members of service.")
        )
    problems.extend(action_problems(instrument, form, panel_too=True))
    return problems
