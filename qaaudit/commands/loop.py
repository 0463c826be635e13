"""Closing the loop from the command line: the learning summary PDF, and audit data out to
and in from Excel."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from qaaudit.commands.arguments import fail, month, opened_database, refused
from qaaudit.commands.groups import CommandGroups


def register(groups: CommandGroups) -> None:
    summary = groups.add(
        groups.export,
        "summary",
        "the learning summary of a month's or period's audits, as a PDF for QA Matters and the "
        "Practice Improvement Forum",
        run_export_summary,
    )
    summary.add_argument("--month", type=month, help="one month, e.g. 2017-03")
    summary.add_argument("--from", dest="month_from", type=month, help="first month of a period")
    summary.add_argument("--to", dest="month_to", type=month, help="last month of a period")
    summary.add_argument("--service", metavar="NAME", help="one service area only")
    summary.add_argument(
        "-o", "--output", type=Path, required=True, help="the PDF (or Word .docx) to write"
    )

    audits = groups.add(
        groups.export,
        "audits",
        "every audit to an Excel workbook: audits, narratives and agreed actions",
        run_export_audits,
    )
    audits.add_argument("--from", dest="month_from", type=month, help="first audit month")
    audits.add_argument("--to", dest="month_to", type=month, help="last audit month")
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
    historic.add_argument(
        "--already-imported",
        choices=("skip", "refuse"),
        default="skip",
        help="what to do with audits imported before, recognised by their case, month and "
        "id (or auditor): skip them and count them (the default), or refuse the workbook",
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
        return fail("give either --month YYYY-MM, or --from YYYY-MM [--to YYYY-MM].")
    if period[1] < period[0]:
        return fail("the period ends (--to) before it starts (--from).")
    from qaaudit.domain.permissions import LEARNING_SUMMARY
    from qaaudit.exports.summaries.learning_pdf import write_summary_pdf
    from qaaudit.services.common.actor import service_area_names
    from qaaudit.services.summaries.learning import learning_summary, service_area_id_by_name

    with opened_database(args, reading=True) as opened, opened.db.reading() as session:
        if (code := refused(opened.actor, LEARNING_SUMMARY)) is not None:
            return code
        area_id = None
        if args.service:
            area_id = service_area_id_by_name(session, args.service)
            if area_id is None:
                known = "; ".join(service_area_names(session)) or "none yet"
                return fail(
                    f"there is no service area called “{args.service}”. Service areas: {known}."
                )
        summary = learning_summary(session, period[0], period[1], service_area_id=area_id)
    if args.output.suffix.lower() == ".docx":
        from qaaudit.exports.summaries.learning_docx import write_summary_docx

        write_summary_docx(summary, args.output)
    else:
        write_summary_pdf(summary, args.output)
    print(
        f"Wrote {args.output}: {summary.period_label}, {summary.headline.count:,} audits, "
        f"{summary.headline.good:,} good."
    )
    return 0


def run_export_audits(args: argparse.Namespace) -> int:
    from qaaudit.domain.permissions import AUDIT_WORKBOOK
    from qaaudit.exports.audit.data_excel import write_audits_workbook
    from qaaudit.services.audit.data import Period

    period = Period(args.month_from, args.month_to)
    with opened_database(args, reading=True) as opened:
        if (code := refused(opened.actor, AUDIT_WORKBOOK)) is not None:
            return code
        result = write_audits_workbook(opened.db, opened.actor, args.output, period=period)
    print(f"Wrote {args.output}: {result.audits:,} audits.")
    for note in result.notes:
        print(f"Note: {note}")
    return 0


def run_import_audits(args: argparse.Namespace) -> int:
    from qaaudit.exports.audit.data_import import ImportRejected, import_audits_workbook
    from qaaudit.exports.common.excel import WorkbookRejected
    from qaaudit.services.common.refusals import NotAllowed

    with opened_database(args, reading=args.check) as opened:
        try:
            result = import_audits_workbook(
                opened.db,
                opened.actor,
                args.workbook,
                check_only=args.check,
                already=args.already_imported,
            )
        except (WorkbookRejected, NotAllowed) as exc:
            return fail(str(exc))
        except ImportRejected as exc:
            problems = "".join(f"\n  {problem}" for problem in exc.problems)
            return fail(f"{exc.summary} Nothing was imported.{problems}", 1)
    for line in result.report():
        print(line)
    return 0
