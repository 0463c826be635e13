"""What a manager writes in a case file audit, and the rules it must meet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from qaaudit.domain.instrument import CASE_FILE_AUDIT, AuditInstrument

GOOD = "good"
NOT_YET_GOOD = "not_yet_good"
DRAFT = "draft"
COMPLETED = "completed"

# Case numbers are references into the council's case management system: letters, digits
# and a few separators, never free text.
CASE_NUMBER_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-_.]{0,39}$")


@dataclass
class AreaEntry:
    judgement: str | None = None
    evidence: str = ""
    impact: str = ""

    @property
    def narrative(self) -> str:
        return "\n\n".join(part for part in (self.evidence.strip(), self.impact.strip()) if part)


@dataclass
class AgreedAction:
    action: str = ""
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None

    def is_blank(self) -> bool:
        return not (self.action.strip() or self.owner.strip() or self.due_on)


@dataclass
class AuditForm:
    """Everything on the audit form, as plain values (grade keys, not labels)."""

    case_number: str = ""
    audit_month: date | None = None
    team_id: int | None = None
    case_holder: str = ""
    discussed_on: date | None = None
    age_band: str = ""
    strand: str = ""
    themes: list[str] = field(default_factory=list)
    areas: dict[str, AreaEntry] = field(default_factory=dict)
    overall: str | None = None
    actions: list[AgreedAction] = field(default_factory=list)
    # The instrument's own header fields (worker observed, setting ...), by key.
    fields: dict[str, str] = field(default_factory=dict)

    def area(self, key: str) -> AreaEntry:
        return self.areas.setdefault(key, AreaEntry())


@dataclass(frozen=True)
class Problem:
    """Something wrong with one field, worded for the manager."""

    field: str
    message: str
    blocking: bool = True


def overall_label(instrument: AuditInstrument, overall: str | None) -> str:
    if not overall:
        return "Not judged"
    return instrument.grade(overall).label


def headline(instrument: AuditInstrument, overall: str | None) -> str | None:
    """Good or not yet good: the headline every audit reduces to."""
    if not overall:
        return None
    return GOOD if instrument.grade(overall).good else NOT_YET_GOOD


def normalise_case_number(text: str) -> str:
    return text.strip().upper()


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def consistency_warnings(instrument: AuditInstrument, form: AuditForm) -> list[Problem]:
    """Where the overall judgement does not square with the practice area judgements.

    These never block completion: the auditor may have good reason, but should see it.
    """
    if not form.overall:
        return []
    overall = instrument.grade(form.overall)
    judged = [
        instrument.grade(entry.judgement)
        for entry in form.areas.values()
        if entry.judgement and not instrument.grade(entry.judgement).not_applicable
    ]
    if not judged:
        return []
    not_good = [g for g in judged if not g.good]
    warnings: list[str] = []
    if overall.good and len(not_good) * 2 >= len(judged):
        warnings.append(
            f"The overall judgement is {overall.label.lower()}, but {len(not_good)} of "
            f"{len(judged)} practice areas do not meet good. If shortcomings are numerous or "
            "significant, a good judgement is hard to justify."
        )
    risk = form.areas.get("risk")
    if overall.good and risk and risk.judgement == "does_not_meet_good":
        warnings.append("The overall judgement is good, but risk is judged as not meeting good.")
    if overall.key == "exceeds_good" and not any(g.key == "exceeds_good" for g in judged):
        warnings.append("The overall judgement exceeds good, but no practice area does.")
    if not overall.good and not not_good:
        warnings.append(
            "The overall judgement does not meet good, but every judged practice area is good."
        )
    return [Problem("overall", text, blocking=False) for text in warnings]


def completion_problems(instrument: AuditInstrument, form: AuditForm, today: date) -> list[Problem]:
    """Everything that stops an audit being completed, each at its field."""
    problems = draft_problems(instrument, form, today)
    if form.team_id is None:
        problems.append(Problem("team", "Choose the team that holds the case."))
    if not form.strand:
        problems.append(Problem("strand", "Choose the strand."))
    if not form.case_holder.strip():
        if instrument.key == CASE_FILE_AUDIT or not instrument.has_header("case_holder"):
            problems.append(Problem("case_holder", "Enter the case holder's name."))
        else:
            label = instrument.header_field("case_holder").label
            problems.append(Problem("case_holder", f"Enter “{label}”."))
    for own in instrument.own_fields:
        if own.required and not form.fields.get(own.key, "").strip():
            verb = "Choose" if own.choices else "Enter"
            problems.append(Problem(f"field.{own.key}", f"{verb} “{own.label}”."))
    for area in instrument.areas:
        entry = form.areas.get(area.key) or AreaEntry()
        if not entry.judgement:
            problems.append(
                Problem(
                    f"area.{area.key}.judgement",
                    f"Judge “{area.short}”, or mark it not applicable.",
                )
            )
            continue
        if instrument.grade(entry.judgement).not_applicable:
            continue
        problems += _narrative_problems(instrument, area.key, entry)
    if not form.overall:
        problems.append(Problem("overall", "Give the overall judgement."))
    elif instrument.grade(form.overall).not_applicable:
        problems.append(Problem("overall", "The overall judgement cannot be “not applicable”."))
    return problems


def _narrative_problems(instrument: AuditInstrument, key: str, entry: AreaEntry) -> list[Problem]:
    """The narrative an area asks for: the case file audit's two headings, or the
    headings the instrument gives the area (one box when the second is empty)."""
    area = instrument.area(key)
    evidence_heading, impact_heading = instrument.headings_for(area)
    standard = instrument.key == CASE_FILE_AUDIT
    problems: list[Problem] = []
    if not entry.evidence.strip():
        message = (
            f"Write the evidence that supports the judgement for “{area.short}”."
            if standard
            else f"Write “{evidence_heading}” for “{area.short}”."
        )
        problems.append(Problem(f"area.{key}.evidence", message))
    if impact_heading and not entry.impact.strip():
        message = (
            f"Write the impact on the child for “{area.short}”."
            if standard
            else f"Write “{impact_heading}” for “{area.short}”."
        )
        problems.append(Problem(f"area.{key}.impact", message))
    return problems


def draft_problems(instrument: AuditInstrument, form: AuditForm, today: date) -> list[Problem]:
    """What is wrong even in a draft: a draft can be incomplete, never invalid."""
    problems: list[Problem] = []
    case_number = normalise_case_number(form.case_number)
    if not case_number:
        problems.append(Problem("case_number", "Enter the tracked case number."))
    elif not CASE_NUMBER_PATTERN.match(case_number):
        problems.append(
            Problem(
                "case_number",
                "A tracked case number has letters, digits, / - _ or . only, "
                "and at most 40 characters.",
            )
        )
    if form.audit_month is None:
        problems.append(Problem("audit_month", "Choose the month of the audit."))
    elif form.audit_month > today:
        problems.append(Problem("audit_month", "The audit month cannot be in the future."))
    if form.discussed_on and form.discussed_on > today:
        problems.append(
            Problem("discussed_on", "The date of the discussion cannot be in the future.")
        )
    if form.strand and form.strand not in instrument.strands:
        problems.append(Problem("strand", f"“{form.strand}” is not one of the strands."))
    if form.age_band and form.age_band not in instrument.age_bands:
        problems.append(Problem("age_band", f"“{form.age_band}” is not one of the age bands."))
    own = {f.key: f for f in instrument.own_fields}
    for key, value in form.fields.items():
        if key not in own:
            problems.append(Problem(f"field.{key}", f"“{key}” is not a field of this form."))
        elif value and own[key].choices and value not in own[key].choices:
            problems.append(
                Problem(
                    f"field.{key}", f"“{value}” is not one of the choices for {own[key].label}."
                )
            )
        elif len(value) > 2000:
            problems.append(Problem(f"field.{key}", "This field holds at most 2,000 characters."))
    known_themes = {t.key for t in instrument.themes}
    for theme in form.themes:
        if theme not in known_themes:
            problems.append(Problem("themes", f"“{theme}” is not an audit theme."))
    grade_keys = {g.key for g in instrument.grades}
    for key, entry in form.areas.items():
        try:
            area = instrument.area(key)
        except KeyError:
            problems.append(Problem(f"area.{key}", f"“{key}” is not a practice area."))
            continue
        if entry.judgement and entry.judgement not in grade_keys:
            problems.append(
                Problem(f"area.{key}.judgement", f"“{entry.judgement}” is not a judgement.")
            )
        elif (
            entry.judgement
            and instrument.grade(entry.judgement).not_applicable
            and not area.may_be_not_applicable
        ):
            problems.append(
                Problem(
                    f"area.{key}.judgement",
                    f"“{area.short}” applies to every case and cannot be marked not applicable.",
                )
            )
        for part in ("evidence", "impact"):
            text = getattr(entry, part)
            if len(text) > instrument.max_narrative_chars:
                problems.append(
                    Problem(
                        f"area.{key}.{part}",
                        f"This narrative has {len(text):,} characters; the most an area can "
                        f"hold is {instrument.max_narrative_chars:,}. Please shorten it.",
                    )
                )
    if form.overall and form.overall not in grade_keys:
        problems.append(Problem("overall", f"“{form.overall}” is not a judgement."))
    for index, action in enumerate(form.actions):
        if action.is_blank():
            continue
        row = index + 1
        if not action.action.strip():
            problems.append(
                Problem(f"actions.{index}.action", f"Action {row}: describe the action.")
            )
        if not action.owner.strip():
            problems.append(Problem(f"actions.{index}.owner", f"Action {row}: say who will do it."))
        if action.due_on is None:
            problems.append(Problem(f"actions.{index}.due_on", f"Action {row}: give a date."))
    return problems
