"""Closing the loop from the command line: the learning summary PDF, and audit data out to
and in from Excel."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from qaaudit.cli import CommandGroups

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def month_arg(text: str) -> date:
    """2017-03 -> 1 March 2017."""
    match = _MONTH.match(text.strip())
    if match and 1 <= int(match.group(2)) <= 12:
        return date(int(match.group(1)), int(match.group(2)), 1)
    raise argparse.ArgumentTypeError(f"“{text}” is not a month; write it as YYYY-MM, e.g. 2017-03")


def register(groups: CommandGroups) -> None:
    summary = groups.add(
        groups.export,
        "summary",
        "the learning summary of a month's or period's audits, as a PDF for QA Matters and the "
        "Practice Improvement Forum",
        run_export_summary,
    )
    summary.add_argument("--month", type=month_arg, help="one month, e.g. 2017-03")
    summary.add_argument(
        "--from", dest="month_from", type=month_arg, help="first month of a period"
    )
    summary.add_argument("--to", dest="month_to", type=month_arg, help="last month of a period")
    summary.add_argument("--service", metavar="NAME", help="one service area only")
    summary.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")

    audits = groups.add(
        groups.export,
        "audits",
        "every audit to an Excel workbook: audits, narratives and agreed actions",
        run_export_audits,
    )
    audits.add_argument("--from", dest="month_from", type=month_arg, help="first audit month")
    audits.add_argument("--to", dest="month_to", type=month_arg, help="last audit month")
    audits.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx to write")

    historic = groups.add(
        groups.imports,
        "audits",
        "bring audits in from a workbook laid out like `qaaudit export audits` writes it",
        run_import_audits,
    )
    historic.add_argument("workbook", type=Path, help="the .xlsx to read")
    historic.add_argument(
        "--check",
        action="store_true",
        help="check every row and report problems, but import nothing",
    )


def _period(args: argparse.Namespace) -> tuple[date, date] | None:
    if args.month and (args.month_from or args.month_to):
        return None
    if args.month:
        return args.month, args.month
    if args.month_from:
        return args.month_from, args.month_to or args.month_from
    return None


def run_export_summary(args: argparse.Namespace) -> int:
    period = _period(args)
    if period is None:
        print(
            "qaaudit: give either --month YYYY-MM, or --from YYYY-MM [--to YYYY-MM].",
            file=sys.stderr,
        )
        return 2
    if period[1] < period[0]:
        print("qaaudit: the period ends (--to) before it starts (--from).", file=sys.stderr)
        return 2
    from qaaudit.bootstrap import open_for_use
    from qaaudit.exports.summary_pdf import write_summary_pdf
    from qaaudit.services.learning_summary import learning_summary, service_area_id_by_name
    from qaaudit.services.people import service_area_names

    opened = open_for_use(args.db)
    try:
        with opened.db.reading() as session:
            area_id = None
            if args.service:
                area_id = service_area_id_by_name(session, args.service)
                if area_id is None:
                    known = "; ".join(service_area_names(session)) or "none yet"
                    print(
                        f"qaaudit: there is no service area called “{args.service}”. "
                        f"Service areas: {known}.",
                        file=sys.stderr,
                    )
                    return 2
            summary = learning_summary(session, period[0], period[1], service_area_id=area_id)
    finally:
        opened.db.dispose()
    write_summary_pdf(summary, args.output)
    print(
        f"Wrote {args.output}: {summary.period_label}, {summary.headline.count:,} audits, "
        f"{summary.headline.good:,} good."
    )
    return 0


def run_export_audits(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.exports.audits_excel import write_audits_workbook
    from qaaudit.services.audit_data import Period

    period = Period(args.month_from, args.month_to)
    opened = open_for_use(args.db)
    try:
        result = write_audits_workbook(opened.db, opened.actor, args.output, period=period)
    finally:
        opened.db.dispose()
    print(f"Wrote {args.output}: {result.audits:,} audits.")
    for note in result.notes:
        print(f"Note: {note}")
    return 0


def run_import_audits(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.exports.audits_import import ImportRejected, import_audits_workbook
    from qaaudit.exports.excel_common import WorkbookRejected
    from qaaudit.services.refusals import NotAllowed

    opened = open_for_use(args.db)
    try:
        result = import_audits_workbook(
            opened.db, opened.actor, args.workbook, check_only=args.check
        )
    except (WorkbookRejected, NotAllowed) as exc:
        print(f"qaaudit: {exc}", file=sys.stderr)
        return 2
    except ImportRejected as exc:
        print(f"qaaudit: {exc.summary} Nothing was imported.", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    finally:
        opened.db.dispose()
    for line in result.report():
        print(line)
    return 0
