"""The ``qaaudit`` command line: the window by default, plus demo data, exports,
imports, backups and checks, each working with ``--db URL``."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from qaaudit.commands.groups import CommandGroups, Handler, add_common

# Modules under qaaudit.commands that add sub-commands; each has register(groups).
COMMAND_MODULES = (
    "core",
    "audits",
    "schedule",
    "trends",
    "reviews",
    "loop",
    "people",
    "setup.server",
    "reports",
    "planning.sample",
    "setup.settings",
    "planning.instruments",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qaaudit",
        description="Quality assurance for children's services. With no command, opens the window.",
    )
    add_common(parser)
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    export_parser = top.add_parser("export", help="write a document or workbook")
    add_common(export_parser)
    export = export_parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    import_parser = top.add_parser("import", help="read a workbook into the database")
    add_common(import_parser)
    imports = import_parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    groups = CommandGroups(top, export, imports)
    for name in COMMAND_MODULES:
        importlib.import_module(f"qaaudit.commands.{name}").register(groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    from qaaudit.commands.core import run_gui

    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        args.smoke = False
        handler = run_gui
    try:
        with _stopped_cleanly(handler is not run_gui):
            code = handler(args)
            sys.stdout.flush()
        return code
    except _Stopped:
        return 143
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _output_closed()
    except OSError as exc:
        # A file could not be written or read (a full disk, no permission): the person's
        # to put right, not a fault in the program. Exports leave nothing half-written.
        message = getattr(exc, "message", None) or (
            f"a file could not be written or read: {exc.strerror or type(exc).__name__}."
        )
        print(f"qaaudit: {message}", file=sys.stderr)
        return 2
    except Exception as exc:
        # Imported here, not at the top: it brings in SQLAlchemy, which the window's
        # start-up imports in its own time.
        from qaaudit.store.errors import CorruptDatabase, StoreError

        if not isinstance(exc, StoreError):
            return _program_fault(exc)
        print(f"qaaudit: {exc.message}", file=sys.stderr)
        if isinstance(exc, CorruptDatabase):
            from qaaudit.commands.core import backup_offer

            offer = backup_offer(args.db)
            if offer:
                print(f"qaaudit: {offer}", file=sys.stderr)
        return 2


class _Stopped(KeyboardInterrupt):
    """SIGTERM, raised where the command is, so that it unwinds as Ctrl+C would."""


@contextmanager
def _stopped_cleanly(wanted: bool) -> Iterator[None]:
    """While a command runs, being asked to stop (SIGTERM, as a service manager or a
    shutdown sends) ends it as Ctrl+C would: every ``finally`` runs, so an export removes
    its temporary files and a transaction rolls back. The window handles its own."""
    if not wanted or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signal: int, _frame: object) -> None:
        raise _Stopped

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _output_closed() -> int:
    """The output was closed early (``qaaudit people list | head -1``): stop quietly, as a
    command-line tool does. Nothing more can be written to it, so what is still waiting to
    be written goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141


def _program_fault(exc: Exception) -> int:
    """A fault in the program: say so without quoting anyone's text, and log it for IT."""
    from qaaudit.faults import record_fault

    log = record_fault(type(exc), exc, exc.__traceback__)
    print(
        f"qaaudit: something went wrong inside the program ({type(exc).__name__}); "
        f"nothing was half-saved. Details for IT are in {log}.",
        file=sys.stderr,
    )
    return 3


if __name__ == "__main__":
    sys.exit(main())
