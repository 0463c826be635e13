"""What the commands share: months and years as arguments, the kind of file to write, the
database opened for one command, and a problem told on the error stream."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qaaudit.bootstrap import Opened
    from qaaudit.services.common.actor import Actor
    from qaaudit.store.database import Database


def month(text: str) -> date:
    """An argument like 2017-03, as the first of that month."""
    from qaaudit.domain.trends import parse_month

    try:
        return parse_month(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def year(text: str) -> int:
    """An argument like 2017."""
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"“{text}” is not a year; write it like 2017.")
    return int(text)


def fail(message: str, code: int = 2) -> int:
    """Say what is wrong, and give the exit code to return."""
    print(f"qaaudit: {message}", file=sys.stderr)
    return code


def refused(actor: Actor, operation: str) -> int | None:
    """Say why, and give the exit code, when the permission table does not let the person
    at the keyboard do ``operation``; None when it does."""
    from qaaudit.domain.permissions import permission
    from qaaudit.services.common.permissions import may

    if may(actor, operation):
        return None
    return fail(permission(operation).refusal)


def output_kind(output: Path, suffixes: tuple[str, ...]) -> str | None:
    """The kind of file asked for by its ending (".pdf"), or None, said, if it is not one
    this command writes."""
    suffix = output.suffix.lower()
    if suffix in suffixes:
        return suffix
    fail(f"the output file must end in {' or '.join(suffixes)}.")
    return None


@contextmanager
def opened_database(args: argparse.Namespace, *, reading: bool = False) -> Iterator[Opened]:
    """The database of ``--db``, checked and brought up to date, for one command. A command
    that only reads (``reading``) opens it read-only: it never waits for a writer."""
    from qaaudit.bootstrap import open_for_reading, open_for_use

    opened = open_for_reading(args.db) if reading else open_for_use(args.db)
    try:
        refuse_damaged(opened.db)
        yield opened
    finally:
        opened.db.dispose()


def refuse_damaged(db: Database) -> None:
    """A command shows or writes nothing from a damaged file: it waits for the check of
    every page, which began when the file was opened."""
    from qaaudit.store.database import close_if_damaged
    from qaaudit.store.errors import CorruptDatabase

    message = close_if_damaged(db)
    if message is not None:
        raise CorruptDatabase(message)
