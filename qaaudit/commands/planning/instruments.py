"""Instrument commands: list the council's forms and their versions, write one to a file to
share, import a shared file as a draft, publish a draft. Changing needs the QA lead or an
administrator at the keyboard, as in the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qaaudit.commands.arguments import fail, opened_database
from qaaudit.commands.groups import CommandGroups, Handler, add_common

REFUSED, FAILED = 1, 2
MAX_FILE = 2_000_000


def register(groups: CommandGroups) -> None:
    parser = groups.top.add_parser(
        "instrument",
        help="list, export, import and publish the council's forms (instruments)",
        description="The council's forms: the case file audit, observation of practice, dip "
        "sample, supervision audit, rating of a plan, and any the QA lead defines. A file "
        "is imported as a draft; a published version never changes.",
    )
    add_common(parser)
    group = parser.add_subparsers(dest="instrument_command", metavar="WHAT", required=True)
    groups.add(group, "list", "list every instrument and its versions", run_list)
    export = _add(group, "export", "write an instrument's definition to a file", run_export)
    export.add_argument("key", help="the instrument's key, as `qaaudit instrument list` shows it")
    export.add_argument(
        "--version",
        dest="instrument_version",
        nargs="?",
        action=_VersionOrProgram,
        metavar="V",
        help="the form's version to write (default: the current one); alone, the program's",
    )
    export.add_argument("-o", "--output", type=Path, required=True, help="the .toml file to write")
    imported = groups.add(group, "import", "read a definition file as a draft version", run_import)
    imported.add_argument("file", type=Path, help="the .toml file")
    publish = _add(group, "publish", "put a draft version in use", run_publish)
    publish.add_argument("key", help="the instrument's key")
    publish.add_argument(
        "--version",
        dest="instrument_version",
        nargs="?",
        action=_VersionOrProgram,
        metavar="V",
        help="the draft's version (needed); alone, the program's version",
    )


class _VersionOrProgram(argparse.Action):
    """``--version V`` names a form's version; ``--version`` alone prints the program's,
    as it does for every command."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        if values is None:
            from qaaudit import __version__

            print(f"qaaudit {__version__}")
            parser.exit()
        setattr(namespace, self.dest, values)


def _add(
    group: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
    handler: Handler,
) -> argparse.ArgumentParser:
    """A sub-command whose --version names the instrument's version (not the program's)."""
    parser = group.add_parser(
        name, help=help_text, description=help_text, conflict_handler="resolve"
    )
    add_common(parser)
    parser.set_defaults(handler=handler)
    return parser


def run_list(args: argparse.Namespace) -> int:
    from qaaudit.commands.people import print_table
    from qaaudit.services.instruments.versions import list_versions

    with opened_database(args, reading=True) as opened, opened.db.reading() as session:
        rows = list_versions(session)
    print_table(
        ("Key", "Version", "Title", "Status", "In use for new records", "Records"),
        [
            (
                r.key,
                r.version,
                r.title,
                r.status_words,
                "yes" if r.current else "-",
                str(r.records),
            )
            for r in rows
        ],
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from qaaudit.exports.common.files import ExportNotWritten, replace_atomically
    from qaaudit.services.instruments.versions import definition_text

    if args.output.suffix.lower() != ".toml":
        return fail("the output file must end in .toml.")
    try:
        with opened_database(args, reading=True) as opened, opened.db.reading() as session:
            text = definition_text(session, args.key, args.instrument_version)
    except LookupError as unknown:
        return fail(str(unknown).strip("'\""))
    try:
        with replace_atomically(args.output) as temporary:
            temporary.write_text(text, encoding="utf-8")
    except ExportNotWritten as failed:
        return fail(failed.message)
    print(f"Wrote {args.output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from qaaudit.domain.instrument_file import InstrumentFileError
    from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
    from qaaudit.services.instruments.versions import import_definition

    path: Path = args.file
    try:
        if path.stat().st_size > MAX_FILE:
            return fail(f"{path.name} is too large to be a form's definition.")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return fail(f"{path.name} is not a text file (TOML, written as UTF-8).")
    except OSError as error:
        return fail(f"{path.name} could not be read: {error.strerror}.")
    try:
        with opened_database(args) as opened, opened.db.writing() as session:
            row = import_definition(session, opened.actor, text, path.name)
    except InstrumentFileError as bad:
        print(f"qaaudit: {bad}", file=sys.stderr)
        return FAILED
    except ValidationFailed as clash:
        for problem in clash.problems:
            print(f"qaaudit: {problem.message}", file=sys.stderr)
        return FAILED
    except NotAllowed as refusal:
        return fail(str(refusal), REFUSED)
    print(
        f"Imported {row.title}, version {row.version}, as a draft. Publish it with "
        f"`qaaudit instrument publish {row.key} --version {row.version}`."
    )
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from qaaudit.domain.instrument_file import InstrumentFileError

    if not args.instrument_version:
        return fail("name the draft's version: --version V (`qaaudit instrument list`).")
    from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
    from qaaudit.services.instruments.versions import publish

    try:
        with opened_database(args) as opened, opened.db.writing() as session:
            row = publish(session, opened.actor, args.key, args.instrument_version)
    except (InstrumentFileError, LookupError) as bad:
        return fail(str(bad).strip("'\""))
    except ValidationFailed as clash:
        for problem in clash.problems:
            print(f"qaaudit: {problem.message}", file=sys.stderr)
        return FAILED
    except NotAllowed as refusal:
        return fail(str(refusal), REFUSED)
    from qaaudit.domain.instrument import current_instrument

    if current_instrument(row.key).version == row.version:
        print(f"Published {row.title}, version {row.version}: new records are started on it.")
    else:
        print(
            f"Published {row.title}, version {row.version}. A newer version is in use for new "
            "records; this one is for records brought in on its scale."
        )
    return 0
