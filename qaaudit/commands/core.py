"""The window, backups and checks."""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import sys
import time
from pathlib import Path

from qaaudit.commands.arguments import fail, opened_database
from qaaudit.commands.groups import CommandGroups, has_display

NO_DISPLAY = (
    "qaaudit: there is no display to open the window on. Without a screen you can use "
    "`qaaudit demo`, `qaaudit export ...`, `qaaudit import ...`, `qaaudit backup` and "
    "`qaaudit check` (see `qaaudit --help`)."
)


# What the window's first page needs that has no Qt in it, imported before PySide6: once
# loaded, PySide6 wraps Python's import function, and every import after it is slower
# (SQLAlchemy's takes half as long again).
START_PATH = (
    "qaaudit.bootstrap",
    "qaaudit.domain.instrument",
    "qaaudit.services.audit.listing",
    "qaaudit.services.schedule.due",
)


def register(groups: CommandGroups) -> None:
    gui = groups.add(groups.top, "gui", "open the window (the default)", run_gui)
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, wait until it is shown and idle, print how long that "
        "took and exit",
    )
    backup = groups.add(groups.top, "backup", "make a backup copy of the database now", run_backup)
    backup.add_argument("-o", "--output", type=Path, help="folder to write the backup to")
    restore = groups.add(
        groups.top,
        "restore",
        "replace the database with a backup (the old file is kept)",
        run_restore,
    )
    restore.add_argument("backup_file", type=Path, nargs="?", help="backup file (default: newest)")
    groups.add(groups.top, "check", "check the database for damage", run_check)


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    # Start-up makes a great many objects that live as long as the window, and the
    # garbage collector would walk them over and over: about a tenth of start-up. It
    # rests until the window is on screen (qaaudit.ui.app.run wakes it).
    gc.disable()
    try:
        _import_start_path(args.db)
        from qaaudit.ui.app import run

        return run(db_url=args.db, smoke=bool(getattr(args, "smoke", False)), started=started)
    finally:
        gc.enable()


def _import_start_path(db_url: str | None) -> None:
    for name in START_PATH:
        importlib.import_module(name)
    from sqlalchemy.engine import make_url

    from qaaudit.store.database import resolve_url

    # The database driver too, SQLAlchemy's side and the driver's own: psycopg with
    # asyncio is a fifth of a second to import, and slower once PySide6's import hook is
    # in place. Only a head start: whatever is wrong with the address or the driver is
    # said when the database is opened.
    with contextlib.suppress(Exception):
        make_url(resolve_url(db_url)).get_dialect().import_dbapi()


def run_backup(args: argparse.Namespace) -> int:
    from qaaudit.store.backup import make_backup

    with opened_database(args) as opened:
        path = make_backup(opened.db, reason="manual", directory=args.output)
    print(f"Backup written to {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from qaaudit.store import backup
    from qaaudit.store.database import resolve_url

    url = make_url(resolve_url(args.db))
    if url.get_backend_name() != "sqlite" or not url.database:
        return fail("a server database is restored on the server (see the admin guide).")
    target = Path(url.database)
    chosen = args.backup_file
    if chosen is None:
        good = [p for p in backup.list_backups(target.stem) if backup.is_good_backup(p)]
        if not good:
            return fail("there is no good backup to restore.")
        chosen = good[0]
    moved = backup.restore(chosen, target)
    print(
        f"Restored {chosen.name}." + (f" The replaced file was kept as {moved}." if moved else "")
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from qaaudit.store.backup import integrity_check
    from qaaudit.store.database import (
        check_readable,
        choose_database,
        open_engine,
        remove_new_sidecars,
        resolve_url,
        sidecars,
    )
    from qaaudit.store.errors import CorruptDatabase, NewerDatabase
    from qaaudit.store.migrate import current_revision
    from qaaudit.store.migrations import HEAD

    url = resolve_url(args.db)
    parsed = make_url(url)
    file = Path(parsed.database or "") if parsed.get_backend_name() == "sqlite" else None
    before = sidecars(file) if file is not None else set()
    try:
        db = open_engine(url, read_only=True, check_pages=False)  # the full check follows
    except (CorruptDatabase, NewerDatabase) as exc:
        print(f"Database: {_shown(url)}")
        print(("Integrity: DAMAGED. " if isinstance(exc, CorruptDatabase) else "") + exc.message)
        offer = backup_offer(args.db) if isinstance(exc, CorruptDatabase) else None
        if offer:
            print(offer)
        return 1
    revision = None
    try:
        check_readable(db)
        revision = current_revision(db)
        problems = integrity_check(db.path) if db.path is not None else []
    except (CorruptDatabase, DBAPIError) as exc:
        # Damage that stops even the schema being read is a finding, not a fault.
        problems = [
            exc.message
            if isinstance(exc, CorruptDatabase)
            else f"SQLite could not read the file ({getattr(exc, 'orig', exc)})."
        ]
    finally:
        db.dispose()
    ok = problems in ([], ["ok"])
    if not ok and db.path is not None:
        remove_new_sidecars(db.path, before)
    print(f"Database: {db.display_name}")
    print(f"Chosen by: {choose_database(args.db).source}")
    print(f"Schema: {revision or 'empty'} (this program: {HEAD})")
    if db.path is None:
        print("Integrity: checked by the database server itself")
    else:
        print("Integrity: ok" if ok else "Integrity: DAMAGED\n" + "\n".join(problems[:20]))
    if not ok:
        offer = backup_offer(args.db)
        if offer:
            print(offer)
    return 0 if ok else 1


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)


def backup_offer(db_arg: str | None) -> str | None:
    """What to say about getting back to work when a database file is damaged."""
    from sqlalchemy.engine import make_url

    from qaaudit.services.common.backups import newest_good_backup
    from qaaudit.store.database import resolve_url

    url = make_url(resolve_url(db_arg))
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    offer = newest_good_backup(Path(url.database))
    if offer is None:
        return "There is no good backup of it. Ask IT whether the file can be recovered."
    again = f" --db {db_arg}" if db_arg else ""
    return (
        f"The newest good backup is {offer.describe()}. Put it back with "
        f"`qaaudit restore{again}` (the damaged file is kept beside it)."
    )
