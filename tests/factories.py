"""Small builders for test data: a service area, a team, people, a finished audit form."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from qaaudit.domain.audit import AgreedAction, AreaEntry, AuditForm
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.services.common.actor import Actor, to_actor
from qaaudit.store.models import Person, PersonRole, ServiceArea, Team


def make_team(
    session: Session, name: str = "Assessment Team 1", area: str = "Help and Protection"
) -> Team:
    service_area = session.query(ServiceArea).filter_by(name=area).one_or_none()
    if service_area is None:
        service_area = ServiceArea(name=area)
        session.add(service_area)
    team = Team(name=name, service_area=service_area)
    session.add(team)
    session.flush()
    return team


def make_person(
    session: Session,
    login: str,
    name: str,
    roles: tuple[str, ...] = ("auditor",),
    team: Team | None = None,
) -> Actor:
    person = Person(login=login, name=name, team_id=team.id if team else None)
    person.roles = [PersonRole(role=r) for r in roles]
    session.add(person)
    session.flush()
    return to_actor(session, person)


def complete_form(
    team_id: int,
    case_number: str = "CN100234",
    month: date = date(2017, 3, 1),
    grade: str = "meets_good",
    overall: str | None = None,
) -> AuditForm:
    instrument = current_audit_instrument()
    areas = {
        area.key: AreaEntry(
            grade,
            f"Evidence for {area.short.lower()}: the plan was reviewed with the family.",
            f"Impact for {area.short.lower()}: the child is safer and attends school.",
        )
        for area in instrument.areas
    }
    return AuditForm(
        case_number=case_number,
        audit_month=month,
        team_id=team_id,
        case_holder="Sam Okafor",
        discussed_on=month.replace(day=20),
        age_band="5-9",
        strand="Help and protection",
        themes=["neglect"],
        areas=areas,
        overall=overall or grade,
        actions=[AgreedAction("Update the chronology", "Sam Okafor", date(2017, 4, 30))],
    )
