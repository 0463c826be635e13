"""Demo data for the QAF schedule: the council's 2017 plan, a copy of it for each demo
year, the demo's people in the plan's roles (by their team's service area and their
roles), a few moves between roles, and most of the other activities recorded as done.

Run as one of the demo steps, after the people, teams and audits exist.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qaaudit.domain.due import COMING, DONE
from qaaudit.services.common.actor import Actor, to_actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.schedule.compliance import same_service_area as _same_area
from qaaudit.services.schedule.due import year_due
from qaaudit.services.schedule.plan import copy_plan, load_council_plan, load_plan, plan_years
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team
from qaaudit.store.schedule import RoleAssignment, ScheduleActivity

NOTES = {
    "practice_observation": [
        "Observed a home visit; warm, child-focused conversation. Feedback given the same week.",
        "Observed a core group; plan reviewed with the family, actions clear.",
        "Observed a LAC review; the young person's views led the meeting.",
    ],
    "supervision_observation": [
        "Observed supervision: reflective discussion of risk, actions recorded on the file.",
        "Observed supervision: workload and wellbeing covered; case direction clear.",
    ],
    "plans_review": [
        "Reviewed a child protection plan: outcomes SMART, contingency plan missing (fed back).",
        "Reviewed supervision notes and the assessment: analysis good, plan updated.",
    ],
    "dip_sample": ["Dip sample of minutes: timely, children's views recorded in most."],
    "lac_review": ["Two LAC review records read: good quality, one late distribution."],
    "cp_review": ["Two conference records read: clear risk analysis, decisions evidenced."],
    "placement_visit": ["Visited a young person placed out of city; wishes and feelings noted."],
    "reg44_visit": ["Regulation 44 visit completed; report and actions sent to the home."],
}
DEFAULT_NOTE = "Done as planned; notes kept in the team's QA folder."


def _roles_for(person: Person, area: str, team: str, index: int) -> list[tuple[str, str]]:
    """(plan service area, plan role) for a person of the demo, from their team and roles."""
    manager = "service_manager" in person.role_names
    team_l = team.casefold()
    if _same_area(area, "Help and Protection"):
        return [(area, "Service Manager" if manager else "Team Manager - Social Care")]
    if _same_area(area, "Early Help and Prevention"):
        if manager:
            return [(area, "Service Manager - Early Help & C&FF")]
        if "centre" in team_l:
            return [(area, "Children's Centre Managers")]
        if "caf" in team_l:
            return [(area, "CAF Co-ordinators")]
        return [
            (
                area,
                ("Team Manager - C&FF", "Children's Centre Managers", "CAF Co-ordinators")[
                    index % 3
                ],
            )
        ]
    if _same_area(area, "Looked After Children"):
        if "route 21" in team_l:
            return [(area, "Route 21 Service Manager" if manager else "Route 21 - Team Managers")]
        if "disab" in team_l:
            return [
                (
                    area,
                    "Children's Disability - "
                    + ("Service Manager" if manager else "Team Managers"),
                )
            ]
        if "foster" in team_l or "adopt" in team_l:
            return [
                (
                    area,
                    "Fostering and Adoption - "
                    + ("Service Managers" if manager else "Team Managers"),
                )
            ]
        return [
            (area, "Looked After Children - Service Manager")
            if manager
            else (area, "Long Term Looked After Children - Team Managers")
        ]
    if _same_area(area, "Quality and Performance"):
        if manager:
            return [(area, ("IRO Manager", "CP Chair Manager")[index % 2])]
        return [(area, "IROs and CP Chairs")]
    if _same_area(area, "Youth Offending Services"):
        return [(area, "Service Manager" if manager else "Case Managers")]
    return []


def populate(session: Session, today: date, rng: random.Random) -> None:
    people = list(
        session.scalars(select(Person).where(Person.active.is_(True)).order_by(Person.id))
    )
    if not people:
        return
    lead_person = next((p for p in people if "qa_lead" in p.role_names), people[0])
    lead = to_actor(session, lead_person)
    if 2017 not in plan_years(session):
        load_council_plan(session, lead)
    first_audit = session.scalar(select(func.min(CaseFileAudit.audit_month)))
    first_year = min(first_audit.year if first_audit else today.year - 1, today.year - 1)
    for year in range(first_year, today.year + 1):
        if year not in plan_years(session):
            copy_plan(session, lead, 2017, year)
    plan = load_plan(session, today.year)
    assert plan is not None
    keys = {(a.name.casefold(), r.name.casefold()): r for a, r in plan.roles()}
    start = date(first_year, 1, 1)
    teams = {
        t.id: (t.name, area)
        for t, area in session.execute(
            select(Team, ServiceArea.name).join(ServiceArea, Team.service_area_id == ServiceArea.id)
        )
    }
    plan_area_names = [a.name for a in plan.areas]
    if session.scalar(select(func.count(RoleAssignment.id))):
        return  # people are already in roles: the demo has run before
    counters: dict[str, int] = defaultdict(int)
    assignments: list[RoleAssignment] = []

    def assign(
        person: Person,
        area: str,
        role: str,
        starts: date,
        ends: date | None = None,
        line: str | None = None,
    ) -> None:
        found = keys.get((area.casefold(), role.casefold()))
        if found is None:
            return
        task_key = None
        if line is not None:
            task_key = next((t.key for t in found.tasks if t.name == line), None)
        row = RoleAssignment(
            person_id=person.id,
            role_key=found.key,
            service_area=area,
            role=found.name,
            task_key=task_key,
            team_id=person.team_id,
            starts_on=starts,
            ends_on=ends,
        )
        session.add(row)
        assignments.append(row)

    slt_lines = [f"SLT member {n}" for n in range(1, 6)]
    for person in people:
        if person.team_id is None or person.team_id not in teams:
            continue
        team_name, db_area = teams[person.team_id]
        area = next((a for a in plan_area_names if _same_area(a, db_area)), db_area)
        roles = _roles_for(person, area, team_name, counters[area])
        counters[area] += 1
        # A couple of team managers move up to service manager during the current year.
        moved = (
            roles
            and roles[0][1].startswith("Team Manager")
            and "service_manager" not in person.role_names
            and rng.random() < 0.04
        )
        for plan_area, role in roles:
            if moved:
                change = date(today.year, rng.randint(2, max(today.month, 2)), 1)
                assign(person, plan_area, role, start, change - timedelta(days=1))
                sm_area = "Early Help and Prevention" if "C&FF" in role else plan_area
                sm_role = (
                    "Service Manager - Early Help & C&FF" if "C&FF" in role else "Service Manager"
                )
                assign(person, sm_area, sm_role, change)
            else:
                assign(person, plan_area, role, start)
        if "moderator" in person.role_names and slt_lines:
            assign(
                person, "Safeguarding, Early Help and Prevention", "Senior Leadership Team", start
            )
            assign(
                person,
                "Safeguarding, Early Help and Prevention",
                "Visit LAC in Placement",
                start,
                line=slt_lines.pop(0),
            )
        if "qa_lead" in person.role_names:
            assign(person, "Safeguarding, Early Help and Prevention", "Quality Assurance", start)
    session.flush()
    for row in assignments:
        record_changes(
            session,
            lead,
            "role_assignment",
            row.id,
            [
                ("role", None, f"{row.service_area} - {row.role}"),
                ("starts_on", None, row.starts_on.isoformat()),
            ],
        )
    _record_activities(session, today, rng, first_year)


def _record_activities(session: Session, today: date, rng: random.Random, first_year: int) -> None:
    """Most recorded-kind tasks that have fallen due are done, more so as years go by; a
    task due only when needed now and then (when a concern came up)."""
    actors: dict[int, Actor] = {}
    rows: list[ScheduleActivity] = []
    for year in range(first_year, today.year + 1):
        share = min(0.6 + 0.1 * (year - first_year), 0.9)
        for item in year_due(session, year, today).items:
            if item.automatic or item.status in (DONE, COMING):
                continue
            chance = 0.15 if item.when_needed else share
            if item.month >= today.replace(day=1) or rng.random() > chance:
                continue
            last = (item.month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(
                days=1
            )
            day = min(item.month + timedelta(days=rng.randint(0, 27)), last, today)
            note = rng.choice(NOTES.get(item.kind, [DEFAULT_NOTE]))
            row = ScheduleActivity(
                person_id=item.person_id,
                task_key=item.task_key,
                kind=item.kind,
                done_on=day,
                count=item.expected,
                note=note,
                recorded_by_id=item.person_id,
            )
            rows.append(row)
    session.add_all(rows)
    session.flush()
    for row in rows:
        if row.person_id not in actors:
            person = session.get(Person, row.person_id)
            assert person is not None
            actors[row.person_id] = to_actor(session, person)
        record_changes(
            session,
            actors[row.person_id],
            "schedule_activity",
            row.id,
            [("done_on", None, row.done_on.isoformat()), ("note", None, row.note)],
        )
