"""``qaaudit export report``: an audit report for a month, a quarter or a theme, as PDF or
Word; ``qaaudit export action-plans``: the action plans with a quarterly QA meeting's
decisions, as a workbook or PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qaaudit.commands.arguments import fail, month, opened_database, output_kind, refused
from qaaudit.commands.groups import CommandGroups

if TYPE_CHECKING:
    from qaaudit.domain.audit_report import ReportPeriod


def register(groups: CommandGroups) -> None:
    report = groups.add(
        groups.export,
        "report",
        "the audit report of a month, a quarter or a theme, for the Strategic Leads and the "
        "Principal Social Worker (PDF or Word, by the file's name): the one written on the "
        "Audit reports page, or the findings as drawn up from the audits if none was written",
        run_export_report,
    )
    report.add_argument("--quarter", metavar="YYYYQn", help="a calendar quarter, e.g. 2017Q1")
    report.add_argument("--month", metavar="YYYY-MM", help="one month, e.g. 2017-03")
    report.add_argument("--theme", metavar="KEY", help="an audit theme (e.g. neglect), with --from")
    report.add_argument("--from", dest="month_from", type=month, help="a theme's first month")
    report.add_argument("--to", dest="month_to", type=month, help="a theme's last month")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.docx")

    plans = groups.add(
        groups.export,
        "action-plans",
        "every open action plan item by service area, with its progress history and what the "
        "quarterly QA meeting decided (Excel or PDF, by the file's name)",
        run_export_action_plans,
    )
    plans.add_argument(
        "--quarter", metavar="YYYYQn", help="the meeting's quarter (default: this quarter)"
    )
    plans.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx|FILE.pdf")


def _period(args: argparse.Namespace) -> ReportPeriod:
    from qaaudit.domain.audit_report import THEME, ReportPeriod, parse_month, parse_quarter
    from qaaudit.domain.instrument import current_audit_instrument

    chosen = [x for x in (args.quarter, args.month, args.theme) if x]
    if len(chosen) != 1:
        raise ValueError("give one of --quarter YYYYQn, --month YYYY-MM or --theme KEY.")
    if args.quarter:
        return parse_quarter(args.quarter)
    if args.month:
        return parse_month(args.month)
    if args.theme not in {t.key for t in current_audit_instrument().themes}:
        keys = ", ".join(t.key for t in current_audit_instrument().themes)
        raise ValueError(f"“{args.theme}” is not an audit theme; choose one of: {keys}.")
    if args.month_from is None:
        raise ValueError("a theme report needs --from YYYY-MM (and --to YYYY-MM).")
    return ReportPeriod(THEME, args.month_from, args.month_to or args.month_from, args.theme)


def run_export_report(args: argparse.Namespace) -> int:
    from qaaudit.domain.permissions import AUDIT_REPORT_READ
    from qaaudit.exports.reports.report import FORMATS, write_report
    from qaaudit.services.reports import reports

    if output_kind(args.output, FORMATS) is None:
        return 2
    try:
        period = _period(args)
    except ValueError as exc:
        return fail(str(exc))
    today = date.today()
    with opened_database(args, reading=True) as opened:
        if (code := refused(opened.actor, AUDIT_REPORT_READ)) is not None:
            return code
        with opened.db.reading() as session:
            record = reports.report_or_findings(session, period, today, opened.actor.name)
            figures = reports.report_figures(session, period, today)
    write_report(record, figures, args.output, today)
    state = "the report as written" if record.id else "the findings drawn up from the audits"
    print(
        f"Wrote {args.output}: {period.label}, {figures.summary.headline.count:,} audits, "
        f"{state}, {len(record.text.recommendations)} recommendations."
    )
    return 0


def run_export_action_plans(args: argparse.Namespace) -> int:
    from qaaudit.domain.audit_report import parse_quarter, quarter_of
    from qaaudit.domain.permissions import AUDIT_REPORT_READ
    from qaaudit.exports.reports.action_plan import (
        write_action_plan_pdf,
        write_action_plan_workbook,
    )
    from qaaudit.services.reports.meetings import agenda

    kind = output_kind(args.output, (".xlsx", ".pdf"))
    if kind is None:
        return 2
    today = date.today()
    try:
        start = parse_quarter(args.quarter).month_from if args.quarter else quarter_of(today)
    except ValueError as exc:
        return fail(str(exc))
    with opened_database(args, reading=True) as opened:
        if (code := refused(opened.actor, AUDIT_REPORT_READ)) is not None:
            return code
        with opened.db.reading() as session:
            found = agenda(session, start)
    write = write_action_plan_workbook if kind == ".xlsx" else write_action_plan_pdf
    write(found, args.output, today)
    print(f"Wrote {args.output}: {found.meeting.label}, {len(found.items):,} items.")
    return 0
