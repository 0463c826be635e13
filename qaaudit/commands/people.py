"""People commands: list the people qaaudit knows, add someone before they first sign in,
and change a person's name, team, roles or whether they still use qaaudit. The command
runs as the person the window would: the server login on a server, the operating-system
account on a SQLite file (or QAAUDIT_USER there, for scripted set-up), with the same
permissions as the window: only a QA lead or an administrator may change people."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from qaaudit.commands.groups import CommandGroups, add_common
from qaaudit.domain.roles import ROLE_KEYS, ROLE_LIST

if TYPE_CHECKING:  # the command line starts without importing the database layers
    from sqlalchemy.orm import Session

    from qaaudit.services.common.actor import Actor
    from qaaudit.services.people.admin import PersonRow

    Change = Callable[[Session, Actor], str]

ROLE_HELP = "; ".join(f"{r.key}: {r.label}" for r in ROLE_LIST)
REFUSED, FAILED = 1, 2


def register(groups: CommandGroups) -> None:
    parser = groups.top.add_parser(
        "people",
        help="list, add and change the people who use qaaudit and their roles",
        description="List, add and change the people who use qaaudit, their team and roles. "
        "Changes need a QA lead or an administrator at the keyboard: the server login on a "
        "server; on a SQLite file, the account running the command (or QAAUDIT_USER).",
    )
    add_common(parser)
    people = parser.add_subparsers(dest="people_command", metavar="WHAT", required=True)
    listed = groups.add(
        people, "list", "list everyone qaaudit knows, with team and roles", run_list
    )
    listed.add_argument(
        "--active-only", action="store_true", help="leave out people who no longer use qaaudit"
    )
    groups.add(people, "teams", "list the service areas and their teams", run_teams)
    new_team = groups.add(
        people,
        "add-team",
        "add a team to a service area (the service area too, if new)",
        run_add_team,
    )
    new_team.add_argument("team", help="the team's name")
    new_team.add_argument("--service-area", required=True, help="the service area it belongs to")

    add = groups.add(people, "add", "add someone before they first open qaaudit", run_add)
    add.add_argument("login", help="their Windows login (user name)")
    add.add_argument("--name", required=True, help="their name as colleagues know it")
    add.add_argument("--email", default="", help="their email address")
    add.add_argument("--team", help='their team: "Team name" or "Team name (Service area)"')
    add.add_argument(
        "--role",
        action="append",
        choices=ROLE_KEYS,
        metavar="ROLE",
        help=f"a role they hold (repeat for several; default auditor). {ROLE_HELP}",
    )

    change = groups.add(
        people,
        "set",
        "change a person's name, email, team, roles or whether they use qaaudit",
        run_set,
    )
    change.add_argument("login", help="the person's login, as `qaaudit people list` shows it")
    change.add_argument("--name", help="a new name")
    change.add_argument("--email", help="a new email address (empty to remove it)")
    change.add_argument("--new-login", help="a new login, e.g. to link an imported person")
    teams = change.add_mutually_exclusive_group()
    teams.add_argument("--team", help='their team: "Team name" or "Team name (Service area)"')
    teams.add_argument("--no-team", action="store_true", help="take them out of their team")
    change.add_argument(
        "--role",
        action="append",
        choices=ROLE_KEYS,
        metavar="ROLE",
        help=f"replace their roles with these (repeat for several). {ROLE_HELP}",
    )
    change.add_argument(
        "--add-role", action="append", choices=ROLE_KEYS, metavar="ROLE", help="give a role"
    )
    change.add_argument(
        "--remove-role", action="append", choices=ROLE_KEYS, metavar="ROLE", help="take a role away"
    )
    active = change.add_mutually_exclusive_group()
    active.add_argument(
        "--inactive",
        dest="active",
        action="store_false",
        default=None,
        help="they no longer use qaaudit (their audits stay theirs)",
    )
    active.add_argument("--active", dest="active", action="store_true", help="they use it again")


def run_list(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_reading
    from qaaudit.services.people.admin import list_people

    opened = open_for_reading(args.db)
    try:
        with opened.db.reading() as session:
            rows = list_people(session)
    finally:
        opened.db.dispose()
    if args.active_only:
        rows = [r for r in rows if r.active]
    print_table(
        ("Login", "Name", "Team", "Service area", "Roles", "Active", "Last seen"),
        [
            (
                r.login,
                r.name,
                (r.team + ("" if r.team_active else " (inactive)")) if r.team else "-",
                r.service_area or "-",
                ", ".join(r.roles),
                "yes" if r.active else "no",
                r.last_seen.strftime("%Y-%m-%d %H:%M") if r.last_seen else "-",
            )
            for r in rows
        ],
    )
    return 0


def run_teams(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_reading
    from qaaudit.services.people.teams import list_teams

    opened = open_for_reading(args.db)
    try:
        with opened.db.reading() as session:
            teams = list_teams(session)
    finally:
        opened.db.dispose()
    print_table(
        ("Service area", "Team", "Active", "People", "Audits"),
        [
            (t.service_area, t.name, "yes" if t.active else "no", str(t.people), str(t.audits))
            for t in teams
        ],
    )
    return 0


def run_add_team(args: argparse.Namespace) -> int:
    from qaaudit.services.people.teams import add_service_area, add_team, list_service_areas

    def change(session: Session, actor: Actor) -> str:
        wanted = " ".join(args.service_area.split()).casefold()
        areas = [a for a in list_service_areas(session) if a.name.casefold() == wanted]
        area = areas[0] if areas else add_service_area(session, actor, args.service_area)
        return f"Added the team {add_team(session, actor, area.id, args.team).label}."

    return _run(args, change)


def run_add(args: argparse.Namespace) -> int:
    from qaaudit.services.people.admin import PersonDetails, add_person

    def change(session: Session, actor: Actor) -> str:
        team_id = _team_id(session, args.team) if args.team else None
        roles = frozenset(args.role or ["auditor"])
        details = PersonDetails(args.login, args.name, args.email, team_id, roles)
        return _said("Added", add_person(session, actor, details))

    return _run(args, change)


def run_set(args: argparse.Namespace) -> int:
    from qaaudit.services.people.admin import update_person

    if args.role and (args.add_role or args.remove_role):
        print(
            "qaaudit: give either --role (all their roles) or --add-role/--remove-role, not both.",
            file=sys.stderr,
        )
        return FAILED
    wanted_any = (
        args.name,
        args.email,
        args.new_login,
        args.team,
        args.role,
        args.add_role,
        args.remove_role,
    )
    if all(v is None for v in wanted_any) and not args.no_team and args.active is None:
        print(
            "qaaudit: nothing to change: give --name, --team, --role, --inactive, ...",
            file=sys.stderr,
        )
        return FAILED

    def change(session: Session, actor: Actor) -> str:
        person = _person(session, args.login)
        before = person.details
        roles = set(args.role) if args.role else set(before.roles)
        roles |= set(args.add_role or ())
        roles -= set(args.remove_role or ())
        team_id = before.team_id
        if args.no_team:
            team_id = None
        elif args.team:
            team_id = _team_id(session, args.team)
        wanted = replace(
            before,
            login=args.new_login if args.new_login is not None else before.login,
            name=args.name if args.name is not None else before.name,
            email=args.email if args.email is not None else before.email,
            team_id=team_id,
            roles=frozenset(roles),
            active=args.active if args.active is not None else before.active,
        )
        return _said("Saved", update_person(session, actor, person.id, before, wanted))

    return _run(args, change)


class Unknown(Exception):
    pass


def _said(done: str, row: PersonRow) -> str:
    team = f", {row.team} ({row.service_area})" if row.team else ", no team yet"
    state = "" if row.active else ", no longer uses qaaudit"
    return f"{done} {row.login}: {row.name}{team}; roles: {', '.join(row.roles)}{state}."


def _run(args: argparse.Namespace, change: Change) -> int:
    """Make one change as the login running the command; say what was done, or why not."""
    from qaaudit.bootstrap import open_for_use
    from qaaudit.services.common.refusals import NotAllowed
    from qaaudit.services.people.admin import ValidationFailed

    opened = open_for_use(args.db)
    try:
        with opened.db.writing() as session:
            said = change(session, opened.actor)
    except NotAllowed as refusal:
        why = str(refusal).rstrip(".")
        print(f"qaaudit: {why} (you are {opened.actor.login}).", file=sys.stderr)
        return REFUSED
    except ValidationFailed as failed:
        for problem in failed.problems:
            print(f"qaaudit: {problem.message}", file=sys.stderr)
        return FAILED
    except Unknown as unknown:
        print(f"qaaudit: {unknown}", file=sys.stderr)
        return FAILED
    finally:
        opened.db.dispose()
    print(said)
    return 0


def _person(session: Session, login: str) -> PersonRow:
    from qaaudit.services.people.admin import list_people

    rows = list_people(session)
    exact = [r for r in rows if r.login == login]
    alike = exact or [r for r in rows if r.login.casefold() == login.casefold()]
    if len(alike) != 1:
        raise Unknown(f"no one has the login {login!r}; see `qaaudit people list`.")
    return alike[0]


def _team_id(session: Session, wanted: str) -> int:
    from qaaudit.services.people.teams import list_teams

    key = " ".join(wanted.split()).casefold()
    teams = [t for t in list_teams(session) if t.active]
    found = [t for t in teams if t.label.casefold() == key] or [
        t for t in teams if t.name.casefold() == key
    ]
    if len(found) == 1:
        return found[0].id
    if found:
        choices = "; ".join(f'"{t.label}"' for t in found)
        raise Unknown(f"more than one team is called that; give one of {choices}.")
    raise Unknown(f"there is no active team {wanted!r}; see `qaaudit people teams`.")


def print_table(headings: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headings)]
    for line in (headings, tuple("-" * w for w in widths), *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
