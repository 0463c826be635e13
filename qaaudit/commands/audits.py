"""Case file audit commands: demo data and the audit PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from qaaudit.commands.arguments import fail, opened_database
from qaaudit.commands.groups import CommandGroups


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
    from qaaudit.demo.council import DemoRefused, populate

    with opened_database(args) as opened:
        try:
            with opened.db.writing() as session:
                summary = populate(
                    session, date.today(), seed=args.seed, runner_login=opened.actor.login
                )
        except DemoRefused as refused:
            return fail(str(refused), 1)
    print(f"Demo data added to {opened.db.display_name}:")
    for line in summary.lines():
        print(f"  {line}")
    return 0


def run_export_audit(args: argparse.Namespace) -> int:
    from qaaudit.exports.audit.pdf import write_audit_pdf
    from qaaudit.exports.common.files import ending_in
    from qaaudit.services.audit.listing import AuditFilter, count_audits

    output = ending_in(args.output, ".pdf")
    with opened_database(args, reading=True) as opened:
        with opened.db.reading() as session:
            visible = count_audits(session, opened.actor, AuditFilter(ids=[args.id]))
        if not visible:
            return fail(f"there is no audit number {args.id} that you may see.")
        written = write_audit_pdf(opened.db, args.id, output)
    print(f"Audit {args.id} written to {written}")
    return 0
