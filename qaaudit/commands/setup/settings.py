"""Where the program's settings come from: shown to whoever checks an installation, and the
computer's own settings file written by the installer (the MSI's DATABASE_URL)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from qaaudit.commands.arguments import fail
from qaaudit.commands.groups import CommandGroups


def register(groups: CommandGroups) -> None:
    settings = groups.add(
        groups.top,
        "settings",
        "show which database qaaudit uses and what chose it; or, as an administrator, "
        "write the settings for everyone on this computer",
        run_settings,
    )
    settings.add_argument(
        "--set-machine-database",
        metavar="URL",
        help="write this database address into this computer's settings file (for every "
        "person on it; needs administrator rights)",
    )
    settings.add_argument(
        "--lock",
        action="store_true",
        help="with --set-machine-database: fix the address, so that nobody on this "
        "computer can point qaaudit at another database",
    )


def run_settings(args: argparse.Namespace) -> int:
    if args.set_machine_database is not None:
        return _write_machine(args.set_machine_database, args.lock)
    if args.lock:
        return fail("--lock goes with --set-machine-database URL.")
    from qaaudit.store import paths
    from qaaudit.store.database import ENV_VAR, choose_database

    choice = choose_database(args.db)
    print(f"Database: {_shown(choice.url)}")
    print(f"Chosen by: {choice.source}")
    if choice.note:
        print(choice.note)
    print("In order, the first that is set wins:")
    machine = paths.machine_settings()
    user = paths.user_settings()
    rows = (
        ("--db on the command line", args.db),
        (f"the {ENV_VAR} variable", os.environ.get(ENV_VAR)),
        (f"your settings file ({user.path})", user.database_url),
        (f"this computer's settings file ({machine.path})", machine.database_url),
    )
    for label, value in rows:
        print(f"  {label}: {_shown(value) if value else 'not set'}")
    print(f"  the default file: {paths.default_database_path()}")
    if machine.lock_database:
        print("This computer's settings file locks the database address.")
    return 0


def _write_machine(url: str, lock: bool) -> int:
    """Replace the machine-wide file in one step (a reader never sees half of it)."""
    from qaaudit.store import paths

    try:
        text = paths.machine_settings_text(url, lock)
    except ValueError as problem:
        return fail(f"{problem}.")
    target = paths.machine_config_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        # Everyone on the computer reads it; only an administrator may change it.
        Path(temporary).chmod(0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    print(f"Wrote {target}" + (" (the database address is locked)." if lock else "."))
    return 0


def _shown(url: str) -> str:
    """An address without any password in it."""
    from sqlalchemy.engine import make_url

    from qaaudit.store.database import normalise_url

    try:
        parsed = make_url(normalise_url(url))
    except Exception:
        return url
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)
