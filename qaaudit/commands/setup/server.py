"""Server commands, for a council's database administrator: set a PostgreSQL database up
for qaaudit (the owner and user roles, grants, row-level security), let a server login use
it, and upgrade it to this version. Run as a superuser or a login with CREATEROLE, never as
a person who uses the program; except moving a team's SQLite file in, which a qaaudit
administrator runs as themselves so that the server's own rules apply to it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from qaaudit.commands.arguments import fail
from qaaudit.commands.groups import CommandGroups, add_common

if TYPE_CHECKING:  # the command line starts without importing the database layers
    from qaaudit.store.database import Database


def register(groups: CommandGroups) -> None:
    parser = groups.top.add_parser(
        "server",
        help="set up, upgrade and add logins to a shared PostgreSQL database (IT only)",
        description="For the database administrator of a shared PostgreSQL server. Each "
        "command connects with --db (or QAAUDIT_DB / the settings file) as a superuser or "
        "a login with CREATEROLE, except import-sqlite (a qaaudit administrator's own "
        "login). See the admin guide.",
    )
    add_common(parser)
    server = parser.add_subparsers(dest="server_command", metavar="WHAT", required=True)
    setup = groups.add(
        server,
        "setup",
        "create the qaaudit_owner and qaaudit_user roles, the tables, grants and row-level "
        "security; move logins of an earlier set-up into qaaudit_user (safe to run again)",
        run_setup,
    )
    setup.add_argument(
        "--admin",
        metavar="LOGIN",
        help="the server login of the first qaaudit administrator (made a QA lead too)",
    )
    setup.add_argument("--admin-name", default="", help="that person's name, as colleagues know it")
    groups.add(
        server,
        "upgrade",
        "bring the database up to this version of qaaudit, in one transaction",
        run_upgrade,
    )
    add_login = groups.add(
        server,
        "add-login",
        "let a server login use qaaudit: create it if needed (no password) and add it to "
        "qaaudit_user; then add the person on the People and teams page",
        run_add_login,
    )
    add_login.add_argument("login", help="the login's name on the server, exactly")
    move = groups.add(
        server,
        "import-sqlite",
        "move a team's own SQLite file onto the server: people, teams, audits, moderation, "
        "corrective action, the QAF plan, reviews and the change history (safe to run "
        "again: nothing is moved twice). Run as a qaaudit administrator's own login",
        run_import_sqlite,
    )
    move.add_argument("file", type=Path, help="the team's qaaudit.sqlite3 (it is only read)")


def _server(args: argparse.Namespace) -> Database | None:
    from qaaudit.store.database import open_engine, resolve_url

    db = open_engine(resolve_url(args.db))
    if db.is_sqlite:
        db.dispose()
        fail("server commands are for a PostgreSQL database; a SQLite file sets itself up.")
        return None
    return db


def run_setup(args: argparse.Namespace) -> int:
    from qaaudit.store.server import setup

    db = _server(args)
    if db is None:
        return 2
    try:
        result = setup(db, args.admin, args.admin_name)
    finally:
        db.dispose()
    print(f"qaaudit is set up in schema {result.schema} at version {result.after}.")
    if result.moved_logins:
        print("Moved from the earlier set-up into qaaudit_user: " + ", ".join(result.moved_logins))
    if result.admin:
        print(f"{result.admin} is a qaaudit administrator and QA lead.")
    if result.left_to_owner:
        print("Ask the owner of the database to run (limits for every desktop's session):")
        for statement in result.left_to_owner:
            print(f"  {statement};")
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from qaaudit.store.server import upgrade

    db = _server(args)
    if db is None:
        return 2
    try:
        before, after = upgrade(db)
    finally:
        db.dispose()
    if before == after:
        print(f"Already at version {after}; grants and row-level security checked.")
    else:
        print(f"Upgraded from version {before} to {after}.")
    return 0


def run_add_login(args: argparse.Namespace) -> int:
    from qaaudit.store.server import add_login

    db = _server(args)
    if db is None:
        return 2
    try:
        created = add_login(db, args.login)
    finally:
        db.dispose()
    print(
        f"{'Created' if created else 'Found'} the login {args.login} and added it to "
        "qaaudit_user. Add the person on the People and teams page (or `qaaudit people add`).",
        file=sys.stdout,
    )
    return 0


def run_import_sqlite(args: argparse.Namespace) -> int:
    """Not a superuser's command: it runs as a person, so the server's own rules apply."""
    from sqlalchemy.exc import DBAPIError

    from qaaudit.services.common.refusals import NotAllowed
    from qaaudit.services.moving.sqlite_file import move_in
    from qaaudit.store.errors import translate

    db = _server(args)
    if db is None:
        return 2
    try:
        report = move_in(db, args.file, lambda line: print(line, file=sys.stderr))
    except NotAllowed as refusal:
        return fail(f"{refusal.message} Nothing was moved.")
    except DBAPIError as exc:
        plain = translate(exc)
        if plain is None:
            raise
        return fail(f"{plain.message} Nothing was moved.")
    finally:
        db.dispose()
    upgraded = (
        f" (from version {report.upgraded_from}, upgraded in a copy)"
        if report.upgraded_from
        else ""
    )
    print(f"Moved in {report.source}{upgraded}:")
    for line in report.lines():
        print(f"  {line}")
    if report.roles_not_given:
        print(
            "Roles held in the file but not given on the server (they reach across the "
            "council; give them on the People and teams page if they are right):"
        )
        for login, roles in report.roles_not_given:
            print(f"  {login}: {', '.join(roles)}")
    if report.new_logins:
        print(
            f"{len(report.new_logins)} people are new on the server. Each needs a server "
            "login before they can sign in: `qaaudit server add-login LOGIN` as the "
            "database administrator:"
        )
        print("  " + ", ".join(report.new_logins))
    if report.recovery_copies_left:
        print(
            f"{report.recovery_copies_left} recovery copies of unsaved work were not moved "
            "(each is its owner's alone): before moving in, each person opens the file, "
            "keeps or discards theirs, then the file is moved in again."
        )
    if report.history_left:
        print(
            f"{report.history_left} change history entries were kept in the file only: "
            "they are of records no longer in it (deleted drafts) or not moved."
        )
    return 0
