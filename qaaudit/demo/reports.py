"""Demo data for the loop above the case: a Strategic Lead for each service area; audit
reports for the last two quarters, issued with recommendations; action plan items from
them with a few progress updates each (some late, so My month and the meeting have an
overdue item to show); last quarter's QA meeting with its decisions; and, for most
re-audits, the re-auditor's answers about whether the earlier actions were done."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.audit_report import (
    AMBER,
    ANSWERS,
    DONE,
    GREEN,
    NOT_DONE,
    PARTLY,
    QUARTER,
    RED,
    ReportPeriod,
    quarter_end,
    quarter_of,
)
from qaaudit.domain.permissions import STRATEGIC_LEAD
from qaaudit.domain.review_period import add_months
from qaaudit.services.common.actor import Actor, to_actor
from qaaudit.services.reports import action_plans, meetings, reports
from qaaudit.store.models import AuditAction, CaseFileAudit, Person, PersonRole, ServiceArea, Team
from qaaudit.store.reports import ActionPlanUpdate, EarlierActionCheck

LEADS = ("Morag Whitfield", "Dev Chaudhry", "Ruth Okonkwo", "Tomasz Nowak", "Gwen Pryce")
RECOMMENDATIONS = (
    "Chronologies are brought up to date at every supervision and checked by the team manager.",
    "Every plan has a contingency plan with timescales the family understands.",
    "The child's own words are recorded in assessments and reflected in the plan.",
    "Management oversight records the rationale for each decision on the child's file.",
    "Partner agencies' actions from core groups are followed up within ten working days.",
)
NOTES = {
    RED: ("Not started: team managers' workload reviewed first.",),
    AMBER: (
        "Briefed all team managers; first dip sample booked.",
        "Workshop held for two of three teams.",
        "Practice standard drafted, out for comment.",
    ),
    GREEN: (
        "Dip sample of ten cases: nine meet the standard.",
        "Standard in place and checked in supervision audits.",
    ),
}
DECISIONS = (
    "Carry on; bring the dip sample to the next meeting.",
    "Progress noted; the Strategic Lead reports again next quarter.",
)


def _person(session: Session, role: str) -> Actor | None:
    person = session.scalar(
        select(Person).join(PersonRole).where(PersonRole.role == role).order_by(Person.id)
    )
    return to_actor(session, person) if person is not None else None


def _strategic_leads(session: Session) -> dict[int, Actor]:
    leads: dict[int, Actor] = {}
    areas = session.scalars(select(ServiceArea).order_by(ServiceArea.position, ServiceArea.id))
    for number, area in enumerate(areas):
        team = session.scalar(
            select(Team).where(Team.service_area_id == area.id).order_by(Team.id).limit(1)
        )
        if team is None or number >= len(LEADS):
            continue
        name = LEADS[number]
        person = Person(login="demo." + name.lower().replace(" ", "."), name=name, team_id=team.id)
        person.email = f"{name.split()[0].lower()}@example.invalid"
        person.roles = [PersonRole(role=STRATEGIC_LEAD)]
        session.add(person)
        session.flush()
        leads[area.id] = to_actor(session, person)
    return leads


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(9 + rng.randrange(8), rng.randrange(60)))


def populate(session: Session, today: date, rng: random.Random) -> None:
    lead = _person(session, "qa_lead")
    if lead is None:
        return
    leads = _strategic_leads(session)
    if not leads:
        return
    this_quarter = quarter_of(today)
    item_ids: list[int] = []
    for back in (2, 1):
        start = add_months(this_quarter, -3 * back)
        period = ReportPeriod(QUARTER, start, quarter_end(start))
        issued_on = add_months(start, 3) + timedelta(days=10)
        draft = reports.draft_report(session, lead, period, issued_on)
        areas = list(leads)
        draft.text.recommendations = [
            reports.Recommendation(text, areas[(index + back) % len(areas)])
            for index, text in enumerate(rng.sample(RECOMMENDATIONS, 3))
        ]
        saved = reports.save_report(session, lead, draft.id, draft.version, draft.text)
        reports.issue_report(session, lead, saved.id, saved.version, issued_on)
        for rec in saved.text.recommendations:
            assert rec.service_area_id is not None and rec.id is not None
            owner = leads[rec.service_area_id]
            due = issued_on + timedelta(days=rng.choice((60, 75, 90)))
            item = action_plans.add_item(
                session,
                lead,
                service_area_id=rec.service_area_id,
                owner_id=owner.id,
                action=rec.text,
                due_on=due,
                recommendation_id=rec.id,
            )
            item_ids.append(item.id)
            day = issued_on
            for progress in rng.choice(((AMBER,), (AMBER, GREEN), (RED, AMBER), ())):
                day += timedelta(days=rng.randrange(15, 35))
                if day >= today:
                    break
                item = action_plans.record_progress(
                    session, owner, item.id, item.version, progress, rng.choice(NOTES[progress])
                )
            # The updates happened on their own days, not today.
            updates = session.scalars(
                select(ActionPlanUpdate)
                .where(ActionPlanUpdate.item_id == item.id)
                .order_by(ActionPlanUpdate.id)
            ).all()
            day = issued_on
            for update in updates:
                update.at = _at(min(day, today), rng)
                day += timedelta(days=rng.randrange(15, 35))
    meeting_quarter = this_quarter
    meetings.save_meeting(
        session,
        lead,
        meeting_quarter,
        None,
        None,
        "Strategic Leads for every service area invited; the Principal Social Worker attends.",
    )
    for item_id in item_ids[:2]:
        meetings.record_decision(
            session, lead, meeting_quarter, item_id, rng.choice(DECISIONS), today=today
        )
    _earlier_answers(session, rng)


def _earlier_answers(session: Session, rng: random.Random) -> None:
    """Most re-auditors said whether the earlier actions were done: more often done where
    the case is now better."""
    pairs = session.execute(
        select(CaseFileAudit.id, CaseFileAudit.previous_audit_id, CaseFileAudit.headline).where(
            CaseFileAudit.previous_audit_id.is_not(None)
        )
    ).all()
    for audit_id, earlier_id, headline in pairs:
        if rng.random() < 0.2:
            continue
        done_share = 0.75 if headline == "good" else 0.4
        for action_id in session.scalars(
            select(AuditAction.id).where(AuditAction.audit_id == earlier_id)
        ):
            roll = rng.random()
            if roll < done_share:
                answer = DONE
            elif roll < done_share + 0.15:
                answer = PARTLY
            elif roll < 0.97:
                answer = NOT_DONE
            else:
                answer = ANSWERS[-1]
            session.add(
                EarlierActionCheck(audit_id=audit_id, earlier_action_id=action_id, answer=answer)
            )
    session.flush()
