"""``qaaudit export trends``: the trend report as PDF or workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qaaudit.cli import CommandGroups


def register(groups: CommandGroups) -> None:
    parser = groups.add(
        groups.export,
        "trends",
        "the trend of good and not yet good, by month, practice area and re-audit "
        "(PDF or Excel, by the file's name)",
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
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx")


def run_export_trends(args: argparse.Namespace) -> int:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.domain.instrument import current_audit_instrument
    from qaaudit.domain.trends import parse_month
    from qaaudit.exports.trend_report import SUFFIXES, export_trends
    from qaaudit.services import trends

    if args.output.suffix.lower() not in SUFFIXES:
        print("qaaudit: the output file must end in .pdf or .xlsx.", file=sys.stderr)
        return 2
    instrument = current_audit_instrument()
    try:
        month_from, month_to = parse_month(args.month_from), parse_month(args.month_to)
        if args.area and args.area not in {a.key for a in instrument.areas}:
            keys = ", ".join(a.key for a in instrument.areas)
            raise LookupError(f"“{args.area}” is not a practice area; choose one of: {keys}.")
        if args.theme and args.theme not in {t.key for t in instrument.themes}:
            raise LookupError(f"“{args.theme}” is not an audit theme.")
        if args.strand and args.strand not in instrument.strands:
            raise LookupError(f"“{args.strand}” is not a strand.")
    except (ValueError, LookupError) as exc:
        print(f"qaaudit: {exc}", file=sys.stderr)
        return 2
    opened = open_for_use(args.db, read_only=False)
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
        )
        written = export_trends(opened.db, flt, args.output)
    except (ValueError, LookupError) as exc:
        print(f"qaaudit: {exc}", file=sys.stderr)
        return 2
    finally:
        opened.db.dispose()
    print(f"Trend report written to {written}")
    return 0
