"""The ``qaaudit`` command line: the window by default, plus demo data, exports,
imports, backups and checks, each working with ``--db URL``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from qaaudit.commands.groups import CommandGroups, Handler, add_common

# Modules under qaaudit.commands that add sub-commands; each has register(groups).
COMMAND_MODULES = ("core", "audits", "schedule", "trends", "reviews", "loop", "people", "server")


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
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from qaaudit.commands.core import run_gui

        args.smoke = False
        handler = run_gui
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
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
