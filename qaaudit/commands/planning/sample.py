"""Which cases to audit: ``qaaudit sample --month 2017-03 --cases cases.csv [--seed N]
-o allocation.xlsx`` imports the month's case list, draws the cases (the same draw as the
window) and writes the allocation; ``--show`` lists it."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from qaaudit.commands.arguments import fail, month, opened_database
from qaaudit.commands.groups import CommandGroups


def register(groups: CommandGroups) -> None:
    parser = groups.add(
        groups.top,
        "sample",
        "draw the month's cases to audit from the case list and allocate them to the "
        "auditors who owe case file audits in the QAF plan",
        run_sample,
    )
    parser.add_argument("--month", type=month, required=True, metavar="YYYY-MM")
    parser.add_argument(
        "--cases", type=Path, metavar="FILE", help="the month's case list (.csv or .xlsx)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="the draw's seed (default: a new one, recorded); the same seed, list and plan "
        "give the same cases",
    )
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="WHAT=HEADING",
        help="the case list's heading for one of case_number, team, legal_status, "
        "case_holder, age_band, opened_on (remembered for the next list)",
    )
    parser.add_argument(
        "--own-team-allowed",
        action="store_true",
        help="let auditors be given cases of their own team (by default they are not)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write the allocation workbook (.xlsx)")
    parser.add_argument("--show", action="store_true", help="list the month's allocation")


def run_sample(args: argparse.Namespace) -> int:
    from qaaudit.domain.sampling import COLUMN_KEYS, column_label
    from qaaudit.exports.sampling.allocation_workbook import NothingDrawn, write_allocation
    from qaaudit.exports.sampling.case_list_file import (
        CaseListRejected,
        digest_of,
        import_case_list,
        prepare,
    )
    from qaaudit.services.common.refusals import NotAllowed
    from qaaudit.services.sampling.allocations import allocation_counts, month_allocation
    from qaaudit.services.sampling.case_list import case_list_for
    from qaaudit.services.sampling.draws import DrawProblem, draw_for, draw_month

    if args.cases is None and args.output is None and not args.show:
        return fail("give --cases to draw, -o to write the allocation, or --show to list it.")
    today = date.today()
    columns: dict[str, str] = {}
    for given in args.column:
        key, _, heading = given.partition("=")
        if key.strip() not in COLUMN_KEYS or not heading.strip():
            return fail(f"--column takes one of {', '.join(COLUMN_KEYS)}, then = and a heading.")
        columns[key.strip()] = heading.strip()
    with opened_database(args, reading=args.cases is None) as opened:
        actor, db = opened.actor, opened.db
        try:
            if args.cases is not None:
                listed = prepare(db, actor, args.cases)
                for key, heading in columns.items():
                    folded = [h.casefold() for h in listed.headings]
                    if heading.casefold() not in folded:
                        return fail(f"the case list has no column headed “{heading}”.")
                    listed.columns[key] = folded.index(heading.casefold())
                if listed.missing:
                    wanted = ", ".join(f"{k} ({column_label(k)})" for k in listed.missing)
                    return fail(
                        f"the case list's columns for {wanted} were not found. Say which "
                        'headings hold them, for example --column team="Allocated team".'
                    )
                with db.reading() as session:
                    stored = case_list_for(session, args.month)
                if stored is None or stored.digest != digest_of(args.cases):
                    summary = import_case_list(db, actor, listed, args.month, today)
                    print(
                        f"Imported the case list for {args.month:%B %Y}: {summary.cases:,} cases."
                    )
                with db.reading() as session:
                    drawn = draw_for(session, args.month)
                if drawn is None:
                    with db.writing() as session:
                        drawn = draw_month(
                            session,
                            actor,
                            args.month,
                            today,
                            seed=args.seed,
                            own_team_excluded=not args.own_team_allowed,
                        )
                elif args.seed is not None and args.seed != drawn.seed:
                    return fail(
                        f"the cases for {args.month:%B %Y} were already drawn, with seed "
                        f"{drawn.seed}; a draw is made once and kept."
                    )
                print(drawn.message)
            if args.output is not None:
                with db.reading() as session:
                    written = write_allocation(session, actor, args.month, args.output)
                print(
                    f"Wrote {written.path} ({written.cases} cases, {len(written.sheets)} sheets)."
                )
            if args.show:
                with db.reading() as session:
                    drawn = draw_for(session, args.month)
                    if drawn is None:
                        return fail(f"the cases for {args.month:%B %Y} have not been drawn yet.")
                    cases = month_allocation(session, actor, args.month)
                    counts = allocation_counts(session, actor, args.month)
                print(drawn.message)
                print(f"{'Auditor':<28}{'Case':<16}{'Team':<26}{'Legal status':<18}How / state")
                for case in cases:
                    print(
                        f"{case.auditor[:27]:<28}{case.case_number:<16}{case.team[:25]:<26}"
                        f"{case.legal_status_label:<18}{case.kind_label}, {case.state_label}"
                    )
                print(
                    f"Allocated {counts.allocated}, started {counts.started}, completed "
                    f"{counts.completed}."
                )
        except CaseListRejected as exc:
            fail(exc.summary)
            for line in exc.problems:
                print(f"  {line}", file=sys.stderr)
            return 2
        except (DrawProblem, NotAllowed) as exc:
            return fail(str(exc))
        except NothingDrawn as exc:
            return fail(str(exc))
    return 0
