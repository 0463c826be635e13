"""The command line's groups of sub-commands, the options every command takes, and whether
there is a screen to open the window on: what ``qaaudit.cli`` and each module of commands
share."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from qaaudit import __version__

Handler = Callable[[argparse.Namespace], int]


@dataclass
class CommandGroups:
    top: argparse._SubParsersAction  # type: ignore[type-arg]
    export: argparse._SubParsersAction  # type: ignore[type-arg]
    imports: argparse._SubParsersAction  # type: ignore[type-arg]

    def add(
        self,
        group: argparse._SubParsersAction,
        name: str,
        help_text: str,
        handler: Handler,  # type: ignore[type-arg]
    ) -> argparse.ArgumentParser:
        parser = group.add_parser(name, help=help_text, description=help_text)
        add_common(parser)
        parser.set_defaults(handler=handler)
        return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database to use: a SQLite file path or URL, or postgresql://user@host/name "
        "(default: QAAUDIT_DB, then the settings file, then your own data folder)",
    )
    parser.add_argument("--version", action="version", version=f"qaaudit {__version__}")


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
