"""Server commands, for a council's database administrator: set a PostgreSQL database up
for qaaudit (the owner and user roles, grants, row-level security), let a server login use
it, and upgrade it to this version. Run as a superuser or a login with CREATEROLE, never as
a person who uses the program."""

from __future__ import annotations

import argparse
import sys
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
        "a login with CREATEROLE. See the admin guide.",
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
