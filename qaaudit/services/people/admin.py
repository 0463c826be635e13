"""Adding and changing the people who use the program: their name, email, team, roles and
whether they still use it. Who may do it is in the permission table (the QA lead and
administrators); only an administrator may make or unmake an administrator; the last active
administrator stays one.

People carry no version column, so two people editing the same person are told apart by
comparing what the editor started from with what is stored when saving."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qaaudit.domain.audit import Problem
from qaaudit.domain.permissions import ADMINISTRATORS, PEOPLE, permission
from qaaudit.domain.roles import ROLE_KEYS, in_order, roles_text, short_label
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import may, require
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import (
    CaseFileAudit,
    DraftSnapshot,
    Person,
    PersonRole,
    RunningCopy,
    ServiceArea,
    Team,
)

ENTITY = "person"
ADMIN = "admin"
LOGIN_LENGTH = 120
NAME_LENGTH = 200
FIELD_LABELS = {
    "login": "Login",
    "name": "Name",
    "email": "Email",
    "team": "Team",
    "roles": "Roles",
    "active": "Uses qaaudit",
}


class ValidationFailed(Exception):
    """The details have problems; each names its field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PersonDetails:
    """What can be changed about a person, as an editor starts from it and saves it."""

    login: str
    name: str
    email: str = ""
    team_id: int | None = None
    roles: frozenset[str] = frozenset({"auditor"})
    active: bool = True


@dataclass(frozen=True)
class PersonRow:
    id: int
    login: str
    name: str
    email: str
    team_id: int | None
    team: str
    team_active: bool
    service_area_id: int | None
    service_area: str
    roles: tuple[str, ...]
    active: bool
    last_seen: datetime | None

    @property
    def details(self) -> PersonDetails:
        return PersonDetails(
            self.login, self.name, self.email, self.team_id, frozenset(self.roles), self.active
        )

    @property
    def roles_label(self) -> str:
        return ", ".join(short_label(r) for r in self.roles)


def may_change_people(actor: Actor) -> bool:
    return may(actor, PEOPLE)


def list_people(session: Session) -> list[PersonRow]:
    """Everyone the program knows, by name, with their team and when last seen."""
    return _rows(session, None)


def person_row(session: Session, person_id: int) -> PersonRow:
    rows = _rows(session, person_id)
    if not rows:
        raise LookupError(person_id)
    return rows[0]


def _rows(session: Session, person_id: int | None) -> list[PersonRow]:
    query = select(Person).order_by(Person.name, Person.login)
    if person_id is not None:
        query = query.where(Person.id == person_id)
    people = session.scalars(query).all()
    teams = {
        team_id: (name, active, area_id, area)
        for team_id, name, active, area_id, area in session.execute(
            select(Team.id, Team.name, Team.active, ServiceArea.id, ServiceArea.name).join(
                ServiceArea, Team.service_area_id == ServiceArea.id
            )
        )
    }
    seen = _last_seen(session, person_id)
    rows = []
    for person in people:
        team_name, team_active, area_id, area = teams.get(
            person.team_id or -1, ("", True, None, "")
        )
        rows.append(
            PersonRow(
                id=person.id,
                login=person.login,
                name=person.name,
                email=person.email or "",
                team_id=person.team_id,
                team=team_name,
                team_active=team_active,
                service_area_id=area_id,
                service_area=area,
                roles=in_order(person.role_names),
                active=person.active,
                last_seen=seen.get(person.id),
            )
        )
    return rows


def _last_seen(session: Session, person_id: int | None) -> dict[int, datetime]:
    """When each person last had the program open or last saved an audit or a draft. The
    change history would say more, but it has no index by person and grows without end."""
    seen: dict[int, datetime] = {}
    audits = select(CaseFileAudit.auditor_id, func.max(CaseFileAudit.updated_at))
    drafts = select(DraftSnapshot.person_id, func.max(DraftSnapshot.saved_at))
    copies = select(Person.id, func.max(RunningCopy.seen_at)).join(
        RunningCopy, RunningCopy.login == Person.login
    )
    if person_id is not None:
        audits = audits.where(CaseFileAudit.auditor_id == person_id)
        drafts = drafts.where(DraftSnapshot.person_id == person_id)
        copies = copies.where(Person.id == person_id)

    def note(person_id: int | None, at: datetime | None) -> None:
        if person_id is not None and at is not None and at > seen.get(person_id, datetime.min):
            seen[person_id] = at

    for query, by in (
        (audits, CaseFileAudit.auditor_id),
        (drafts, DraftSnapshot.person_id),
        (copies, Person.id),
    ):
        for who, at in session.execute(query.group_by(by)):
            note(who, at)
    return seen


def add_person(session: Session, actor: Actor, details: PersonDetails) -> PersonRow:
    """Someone new, before they first open the program: when they do, their login finds
    this person and these roles."""
    require(actor, PEOPLE)
    if ADMIN in details.roles:
        require(actor, ADMINISTRATORS)
    require_changer(session, actor)
    details = _cleaned(details)
    _check(session, details, person_id=None, stored_team_id=None)
    if ADMIN in details.roles and not _is_admin_now(session, actor):
        raise NotAllowed(permission(ADMINISTRATORS).refusal)
    person = Person(
        login=details.login,
        name=details.name,
        email=details.email,
        team_id=details.team_id,
        active=details.active,
    )
    person.roles = [PersonRole(role=r) for r in in_order(details.roles)]
    session.add(person)
    _flush_unique(session)
    changes = [("created", None, details.login)]
    changes += [(f, None, v) for f, v in _values(session, details).items() if v not in ("", None)]
    record_changes(session, actor, ENTITY, person.id, changes)
    return person_row(session, person.id)


def update_person(
    session: Session,
    actor: Actor,
    person_id: int,
    started_from: PersonDetails,
    wanted: PersonDetails,
) -> PersonRow:
    """Save ``wanted`` over the person, provided nobody changed them since the editor was
    opened on ``started_from``; otherwise raise ConflictError whose differences are
    (field, what you chose, what is stored now) for each field someone else changed."""
    require(actor, PEOPLE)
    require_changer(session, actor)
    # Every administrator row is locked first, in one order, so that two people removing
    # the last two administrators at once cannot both succeed (and cannot deadlock).
    session.execute(
        select(Person.id)
        .join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == ADMIN)
        .order_by(Person.id)
        .with_for_update(of=Person)
    ).all()
    person = session.get(Person, person_id, with_for_update=True, populate_existing=True)
    if person is None:
        raise ConflictError("Someone else removed this person after you opened them.")
    stored = _details_of(person)
    wanted = _cleaned(wanted)
    _refuse_if_changed(session, _cleaned(started_from), stored, wanted)
    _check(session, wanted, person_id=person.id, stored_team_id=stored.team_id)
    _check_admin_rules(session, actor, person, stored, wanted)
    before, after = _values(session, stored), _values(session, wanted)
    changes = [(f, before[f], after[f]) for f in after if before[f] != after[f]]
    if not changes:
        return person_row(session, person.id)
    person.login, person.name, person.email = wanted.login, wanted.name, wanted.email
    person.team_id, person.active = wanted.team_id, wanted.active
    if set(stored.roles) != set(wanted.roles):
        kept = [r for r in person.roles if r.role in wanted.roles]
        added = [PersonRole(role=r) for r in in_order(wanted.roles - stored.roles)]
        person.roles = kept + added
    _flush_unique(session)
    record_changes(session, actor, ENTITY, person.id, changes)
    return person_row(session, person.id)


def set_active(
    session: Session, actor: Actor, person_id: int, started_from: PersonDetails, active: bool
) -> PersonRow:
    """Deactivate someone who no longer uses the program (their audits stay theirs), or
    bring them back."""
    require(actor, PEOPLE)
    return update_person(
        session, actor, person_id, started_from, replace(started_from, active=active)
    )


def require_changer(session: Session, actor: Actor) -> None:
    # The roles are read again: the person at the screen may have lost them since signing in.
    me = session.get(Person, actor.id)
    if me is None or not me.active or not permission(PEOPLE).allows(me.role_names):
        raise NotAllowed(permission(PEOPLE).refusal)


def _is_admin_now(session: Session, actor: Actor) -> bool:
    me = session.get(Person, actor.id)
    return me is not None and me.active and ADMIN in me.role_names


def _details_of(person: Person) -> PersonDetails:
    return PersonDetails(
        person.login,
        person.name,
        person.email or "",
        person.team_id,
        frozenset(person.role_names),
        bool(person.active),
    )


def _cleaned(details: PersonDetails) -> PersonDetails:
    return replace(
        details,
        login=details.login.strip(),
        name=" ".join(details.name.split()),
        email=details.email.strip(),
        roles=frozenset(details.roles),
    )


def _refuse_if_changed(
    session: Session, started_from: PersonDetails, stored: PersonDetails, wanted: PersonDetails
) -> None:
    then, now, mine = (
        _values(session, started_from),
        _values(session, stored),
        _values(session, wanted),
    )
    changed = [f for f in now if then[f] != now[f]]
    if changed:
        raise ConflictError(
            "Someone else changed this person after you opened them, so nothing was saved "
            "over their change. What they changed is listed; your choices are still on screen.",
            [(FIELD_LABELS[f], mine[f] or "", now[f] or "") for f in changed],
        )


def _values(session: Session, details: PersonDetails) -> dict[str, str | None]:
    """The details as the change history keeps them."""
    return {
        "login": details.login,
        "name": details.name,
        "email": details.email,
        "team": team_label(session, details.team_id),
        "roles": roles_text(details.roles),
        "active": "yes" if details.active else "no",
    }


def team_label(session: Session, team_id: int | None) -> str:
    if team_id is None:
        return ""
    row = session.execute(
        select(Team.name, ServiceArea.name)
        .join(ServiceArea, Team.service_area_id == ServiceArea.id)
        .where(Team.id == team_id)
    ).first()
    return f"{row[0]} ({row[1]})" if row else f"team {team_id}"


def _check(
    session: Session, details: PersonDetails, person_id: int | None, stored_team_id: int | None
) -> None:
    problems = []
    if not details.login:
        problems.append(Problem("login", "Give the person's login (their Windows user name)."))
    elif len(details.login) > LOGIN_LENGTH:
        problems.append(Problem("login", f"A login is at most {LOGIN_LENGTH} characters."))
    elif _login_taken(session, details.login, person_id):
        problems.append(
            Problem(
                "login",
                f"Someone already has the login “{details.login}”. Find them in the list and edit them instead.",
            )
        )
    if not details.name:
        problems.append(Problem("name", "Give the person's name."))
    elif len(details.name) > NAME_LENGTH:
        problems.append(Problem("name", f"A name is at most {NAME_LENGTH} characters."))
    if details.email and ("@" not in details.email or " " in details.email):
        problems.append(
            Problem("email", "That is not an email address like jo.bloggs@council.gov.uk.")
        )
    elif len(details.email) > NAME_LENGTH:
        problems.append(Problem("email", f"An email address is at most {NAME_LENGTH} characters."))
    if details.team_id is not None and details.team_id != stored_team_id:
        team = session.get(Team, details.team_id)
        if team is None:
            problems.append(Problem("team", "That team is not known to the program."))
        elif not team.active:
            problems.append(Problem("team", "That team is no longer active; choose another."))
    unknown = details.roles - set(ROLE_KEYS)
    if unknown:
        problems.append(Problem("roles", "Unknown role: " + ", ".join(sorted(unknown)) + "."))
    elif not details.roles:
        problems.append(Problem("roles", "Give the person at least one role."))
    if problems:
        raise ValidationFailed(problems)


def _login_taken(session: Session, login: str, person_id: int | None) -> bool:
    # Windows logins ignore case, so Jo.Bloggs and jo.bloggs are one person.
    query = select(Person.id).where(func.lower(Person.login) == login.lower())
    if person_id is not None:
        query = query.where(Person.id != person_id)
    return session.scalar(query.limit(1)) is not None


def _flush_unique(session: Session) -> None:
    # The login was checked first; this catches two people adding the same login at once.
    try:
        session.flush()
    except IntegrityError as exc:
        raise ValidationFailed(
            [
                Problem(
                    "login",
                    "Someone already has that login. Find them in the list and edit them instead.",
                )
            ]
        ) from exc


def _check_admin_rules(
    session: Session, actor: Actor, person: Person, stored: PersonDetails, wanted: PersonDetails
) -> None:
    was_admin = stored.active and ADMIN in stored.roles
    will_be_admin = wanted.active and ADMIN in wanted.roles
    if (ADMIN in stored.roles) != (ADMIN in wanted.roles) or was_admin != will_be_admin:
        require(actor, ADMINISTRATORS)
    # The roles are read again: the person at the screen may have lost them since signing in.
    if not _is_admin_now(session, actor):
        if (ADMIN in stored.roles) != (ADMIN in wanted.roles):
            raise NotAllowed(
                "Only an administrator can make someone an administrator, or stop them being one."
            )
        if was_admin != will_be_admin:
            raise NotAllowed("Only an administrator can deactivate or bring back an administrator.")
    if was_admin and not will_be_admin:
        others = session.scalar(
            select(func.count(Person.id))
            .join(PersonRole, PersonRole.person_id == Person.id)
            .where(PersonRole.role == ADMIN, Person.active.is_(True), Person.id != person.id)
        )
        if not others:
            raise NotAllowed(
                "This is the last active administrator. Make someone else an administrator "
                "first, so that someone can always manage people."
            )
    if person.id == actor.id and stored.active and not wanted.active:
        raise NotAllowed("You cannot deactivate yourself; ask another QA lead or administrator.")
