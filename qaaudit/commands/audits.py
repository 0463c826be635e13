"""Case file audit commands: demo data and the audit PDF."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from qaaudit.cli import CommandGroups


def register(groups: CommandGroups) -> None:
    demo = groups.add(
        groups.top,
        "demo",
        "fill the database with a fictional council's audits (two years and more of them)",
        run_demo,
    )
    demo.add_argument(
        "--seed", type=int, default=2017, help="vary the made-up data (default: 2017)"
    )
    audit = groups.add(groups.export, "audit", "one case file audit as a PDF", run_export_audit)
    audit.add_argument("--id", type=int, required=True, metavar="N", help="the audit's number")
    audit.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="where to write it"
    )


def run_demo(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.services.demo import DemoRefused, populate

    opened = open_for_use(args.db)
    try:
        with opened.db.writing() as session:
            summary = populate(
                session, date.today(), seed=args.seed, runner_login=opened.actor.login
            )
    except DemoRefused as refused:
        print(f"qaaudit: {refused}", file=sys.stderr)
        return 1
    finally:
        opened.db.dispose()
    print(f"Demo data added to {opened.db.display_name}:")
    for line in summary.lines():
        print(f"  {line}")
    return 0


def run_export_audit(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.exports.audit_pdf import write_audit_pdf
    from qaaudit.services.audit_list import AuditFilter, count_audits

    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    opened = open_for_use(args.db)
    try:
        with opened.db.reading() as session:
            visible = count_audits(session, opened.actor, AuditFilter(ids=[args.id]))
        if not visible:
            print(f"qaaudit: there is no audit number {args.id} that you may see.", file=sys.stderr)
            return 2
        written = write_audit_pdf(opened.db, args.id, output)
    except OSError as exc:
        print(
            f"qaaudit: the PDF could not be written to {output}: {exc.strerror}.", file=sys.stderr
        )
        return 2
    finally:
        opened.db.dispose()
    print(f"Audit {args.id} written to {written}")
    return 0
