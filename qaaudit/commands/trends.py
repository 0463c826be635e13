"""``qaaudit export trends``: the trend report as PDF, Word document or workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from qaaudit.commands.arguments import fail, opened_database, output_kind, refused
from qaaudit.commands.groups import CommandGroups


def register(groups: CommandGroups) -> None:
    parser = groups.add(
        groups.export,
        "trends",
        "the trend of good and not yet good, by month, practice area and re-audit, with "
        "the process-control chart's centre, limits and signals (PDF, Word or Excel, by the "
        "file's name)",
        run_export_trends,
    )
    parser.add_argument("--from", dest="month_from", required=True, metavar="YYYY-MM")
    parser.add_argument("--to", dest="month_to", required=True, metavar="YYYY-MM")
    parser.add_argument("--service", metavar="NAME", help="one service area")
    parser.add_argument("--team", metavar="NAME", help="one team")
    parser.add_argument("--strand", metavar="NAME", help="one strand, as on the audit form")
    parser.add_argument("--area", metavar="KEY", help="one practice area (e.g. risk, plans)")
    parser.add_argument("--theme", metavar="KEY", help="one audit theme (e.g. neglect)")
    parser.add_argument("--type", dest="audit_type", choices=("audit", "re-audit"))
    parser.add_argument(
        "--moderated",
        action="store_true",
        help="use moderated judgements where an audit has been moderated",
    )
    parser.add_argument(
        "--by",
        choices=("month", "quarter", "year"),
        default="month",
        help="the periods of the process-control chart (default: month)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.docx|FILE.xlsx"
    )


def run_export_trends(args: argparse.Namespace) -> int:
    from qaaudit.domain.instrument import current_audit_instrument
    from qaaudit.domain.permissions import TREND_REPORT
    from qaaudit.domain.trends import parse_month
    from qaaudit.exports.trends.report import SUFFIXES, export_trends
    from qaaudit.services.trends import figures as trends

    if output_kind(args.output, SUFFIXES) is None:
        return 2
    try:
        month_from, month_to = parse_month(args.month_from), parse_month(args.month_to)
    except ValueError as exc:
        return fail(str(exc))
    instrument = current_audit_instrument()
    if args.area and args.area not in {a.key for a in instrument.areas}:
        keys = ", ".join(a.key for a in instrument.areas)
        return fail(f"“{args.area}” is not a practice area; choose one of: {keys}.")
    if args.theme and args.theme not in {t.key for t in instrument.themes}:
        return fail(f"“{args.theme}” is not an audit theme.")
    if args.strand and args.strand not in instrument.strands:
        return fail(f"“{args.strand}” is not a strand.")
    with opened_database(args, reading=True) as opened:
        if (code := refused(opened.actor, TREND_REPORT)) is not None:
            return code
        try:
            with opened.db.reading() as session:
                service_id = (
                    trends.service_area_by_name(session, args.service) if args.service else None
                )
                team_id = trends.team_by_name(session, args.team, service_id) if args.team else None
            flt = trends.TrendFilter(
                month_from,
                month_to,
                service_area_id=service_id,
                team_id=team_id,
                strand=args.strand,
                area_key=args.area,
                theme_key=args.theme,
                audit_type=args.audit_type,
                moderated=args.moderated,
                by=args.by,
            )
            written = export_trends(opened.db, flt, args.output)
        except (ValueError, LookupError) as exc:
            return fail(str(exc))
    print(f"Trend report written to {written}")
    return 0
