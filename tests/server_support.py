"""Real server logins for the tests of a secured PostgreSQL database: each person connects
with a login of their own, made a member of qaaudit_user as the admin guide says, and is
known to the program with the roles the test gives them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
from sqlalchemy.engine import make_url

from qaaudit.services.common.actor import Actor
from qaaudit.store.database import open_engine
from qaaudit.store.models import Team
from qaaudit.store.server import add_login
from tests.factories import make_person


@contextmanager
def server_roles(alone: bool = False) -> Iterator[None]:
    """Set-up changes roles, which belong to the whole server, and tests on several cores
    share one server. Set-ups hold this lock together; a test that watches what a set-up
    does to the server's roles holds it alone."""
    import fcntl
    import tempfile
    from pathlib import Path

    path = Path(tempfile.gettempdir()) / "qaaudit-tests-server-roles.lock"
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def plain(url: str) -> str:
    """The same address for psycopg itself, options and all."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


@dataclass
class Logins:
    """Logins made on the server for one test, dropped afterwards."""

    schema_url: str
    suffix: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    made: list[str] = field(default_factory=list)

    def person(
        self,
        name: str,
        roles: tuple[str, ...],
        team_id: int | None = None,
    ) -> tuple[str, Actor]:
        """A server login and the person the program knows by it; returns the login's
        address and the person."""
        login = f"{name.lower().replace(' ', '.')}.{self.suffix}"
        admin = open_engine(self.schema_url)
        try:
            add_login(admin, login)
            with admin.writing() as session:
                team = session.get(Team, team_id) if team_id is not None else None
                actor = make_person(session, login, name, roles, team)
        finally:
            admin.dispose()
        self.made.append(login)
        return as_login(self.schema_url, login), actor

    def login_only(self, name: str) -> str:
        """A member of qaaudit_user whom the program does not know."""
        login = f"{name}.{self.suffix}"
        admin = open_engine(self.schema_url)
        try:
            add_login(admin, login)
        finally:
            admin.dispose()
        self.made.append(login)
        return as_login(self.schema_url, login)

    def drop(self) -> None:
        with psycopg.connect(plain(self.schema_url), autocommit=True) as connection:
            for login in self.made:
                quoted = '"' + login.replace('"', '""') + '"'
                connection.execute(f"DROP OWNED BY {quoted}")
                connection.execute(f"DROP ROLE {quoted}")


@contextmanager
def server_logins(schema_url: str) -> Iterator[Logins]:
    logins = Logins(schema_url)
    try:
        yield logins
    finally:
        logins.drop()
