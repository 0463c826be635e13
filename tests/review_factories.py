"""Builders for service review tests: a service area with its people, audits with chosen
judgements, and a review filled in as a service manager would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from qaaudit.domain.review import ReviewAction, ReviewForm
from qaaudit.domain.review_instrument import current_review_instrument
from qaaudit.services.audit import audits
from qaaudit.services.common.actor import Actor
from qaaudit.store.models import Team
from tests.factories import complete_form, make_person, make_team

TODAY = date(2017, 11, 20)


@dataclass
class Cast:
    team: Team
    other_team: Team
    manager: Actor  # service manager for Help and Protection
    qa_lead: Actor
    outsider: Actor  # service manager for Early Help


def cast(s: Session) -> Cast:
    team = make_team(s, "Assessment Team 1", "Help and Protection")
    make_team(s, "Child Protection Team 2", "Help and Protection")
    other = make_team(s, "Children's Centre North", "Early Help and Prevention")
    manager = make_person(s, "hmensah", "Hannah Mensah", ("auditor", "service_manager"), team)
    qa_lead = make_person(s, "qalead", "Rhian Pritchard", ("qa_lead",), None)
    outsider = make_person(s, "ewong", "Ed Wong", ("auditor", "service_manager"), other)
    return Cast(team, other, manager, qa_lead, outsider)


def completed_audit(
    s: Session,
    auditor: Actor,
    team: Team,
    case_number: str,
    month: date,
    overall: str,
    areas: dict[str, str] | None = None,
) -> int:
    """A completed audit whose areas all get ``overall`` unless ``areas`` says otherwise."""
    form = complete_form(team.id, case_number, month, overall)
    for key, grade in (areas or {}).items():
        form.areas[key].judgement = grade
    record = audits.create_audit(s, auditor, form, TODAY)
    done = audits.complete_audit(s, auditor, record.id, record.version, form, TODAY)
    return done.id


def filled_in(form: ReviewForm, grade: str = "RI") -> ReviewForm:
    """Every judgement area judged with comments; one action per lens's capacity row."""
    instrument = current_review_instrument()
    form.key_outcomes = "Children are safe at home; plans are timely."
    form.population = "1,240 children in need; 520 on child protection plans."
    for area in instrument.areas:
        row = form.rows[area.key]
        row.judgement = grade
        row.comments = row.comments or f"Our position on {area.title.lower()}."
    form.actions.append(
        ReviewAction(
            "Reduce caseloads to 18 a worker",
            "Head of Help and Protection",
            date(2017, 9, 30),
            "workloads",
            priority=True,
        )
    )
    return form
