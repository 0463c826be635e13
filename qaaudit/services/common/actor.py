"""Who is using the program, and what their roles let them do."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qaaudit.store.errors import StoreError
from qaaudit.store.models import ROLES, Person, PersonRole, ServiceArea, Team

SEES_EVERYTHING = {"qa_lead", "moderator", "admin"}


@dataclass(frozen=True)
class Actor:
    """The person at the screen."""

    id: int
    login: str
    name: str
    roles: frozenset[str]
    team_id: int | None
    service_area_id: int | None

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def sees_everything(self) -> bool:
        return bool(self.roles & SEES_EVERYTHING)


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str
    service_area_id: int
    service_area: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.service_area})"


class NotAPerson(StoreError):
    """A login the program does not know, or a person who no longer uses it: refused at
    the door, with the names of who can let them in."""


def system_login() -> str:
    """The operating-system account running this process, from its real user id. LOGNAME,
    USER and USERNAME are not read: anyone can set them."""
    if os.name == "nt":
        return _windows_account()
    import pwd

    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:  # an account with no entry in the password database
        return f"uid-{os.getuid()}"


def _windows_account() -> str:
    import ctypes

    size = ctypes.c_ulong(257)
    buffer = ctypes.create_unicode_buffer(size.value)
    if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined]
        raise OSError("Windows did not say which account is running qaaudit.")
    return buffer.value


def known_person(session: Session, login: str) -> Actor:
    """On a shared server the person must already be known and still use the program; the
    refusal names who can add them."""
    person = session.scalar(select(Person).where(Person.login == login))
    if person is None:
        # Logins are told apart without regard to case, as on Windows (the server's
        # policies compare them the same way).
        alike = session.scalars(
            select(Person).where(func.lower(Person.login) == login.lower()).limit(2)
        ).all()
        person = alike[0] if len(alike) == 1 else None
    if person is not None and person.active:
        return to_actor(session, person)
    ask = _who_to_ask(session)
    if person is None:
        raise NotAPerson(
            f"The login {login!r} is not known to qaaudit yet, so nothing is shown. "
            f"Ask {ask} to add you on the People and teams page."
        )
    raise NotAPerson(
        f"{person.name} ({login}) no longer uses qaaudit, so it shows nothing. "
        f"Ask {ask} if you should use it again."
    )


def _who_to_ask(session: Session) -> str:
    names = list(
        session.scalars(
            select(Person.name)
            .join(PersonRole, PersonRole.person_id == Person.id)
            .where(Person.active.is_(True), PersonRole.role.in_(("admin", "qa_lead")))
            .distinct()
            .order_by(Person.name)
            .limit(3)
        )
    )
    if not names:
        return "your QA lead or qaaudit administrator"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"your QA lead or qaaudit administrator ({listed})"


def actor_for_login(session: Session, login: str, *, create: bool = True) -> Actor:
    """The person for a login. The first person in an empty database runs it (QA lead and
    administrator); anyone after that starts as an auditor until given more roles."""
    person = session.scalar(select(Person).where(Person.login == login))
    if person is None:
        # Someone added by the QA lead as "Jo.Bloggs" signs in as "jo.bloggs" on Windows,
        # where logins ignore case.
        alike = session.scalars(
            select(Person).where(func.lower(Person.login) == login.lower()).limit(2)
        ).all()
        person = alike[0] if len(alike) == 1 else None
    if person is not None and not person.active:
        return known_person(session, person.login)  # refused: no longer uses qaaudit
    if person is None:
        if not create:
            raise LookupError(login)
        first = session.scalar(select(func.count(Person.id))) == 0
        person = Person(login=login, name=login, email="")
        roles = ROLES if first else ("auditor",)
        person.roles = [PersonRole(role=r) for r in roles]
        session.add(person)
        session.flush()
    return to_actor(session, person)


def to_actor(session: Session, person: Person) -> Actor:
    area_id = None
    if person.team_id is not None:
        area_id = session.scalar(select(Team.service_area_id).where(Team.id == person.team_id))
    return Actor(
        id=person.id,
        login=person.login,
        name=person.name,
        roles=frozenset(person.role_names),
        team_id=person.team_id,
        service_area_id=area_id,
    )


def team_choices(session: Session) -> list[TeamChoice]:
    rows = session.execute(
        select(Team.id, Team.name, ServiceArea.id, ServiceArea.name)
        .join(ServiceArea, Team.service_area_id == ServiceArea.id)
        .where(Team.active.is_(True))
        .order_by(ServiceArea.position, ServiceArea.name, Team.name)
    )
    return [TeamChoice(t_id, t_name, a_id, a_name) for t_id, t_name, a_id, a_name in rows]


def team_choice(session: Session, team_id: int | None) -> TeamChoice | None:
    """A team with its service area, whether or not it is still active."""
    if team_id is None:
        return None
    row = session.execute(
        select(Team.id, Team.name, ServiceArea.id, ServiceArea.name)
        .join(ServiceArea, Team.service_area_id == ServiceArea.id)
        .where(Team.id == team_id)
    ).first()
    return TeamChoice(*row) if row else None


def service_area_names(session: Session) -> list[str]:
    return list(
        session.scalars(select(ServiceArea.name).order_by(ServiceArea.position, ServiceArea.name))
    )


def person_names(session: Session) -> dict[int, str]:
    rows = session.execute(select(Person.id, Person.name).order_by(Person.name))
    return {person_id: name for person_id, name in rows}
