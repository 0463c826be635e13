"""QAF schedule commands: export the plan (with due lists and compliance) to Excel, and
import a plan from a workbook in the exported layout."""

from __future__ import annotations

import argparse
from pathlib import Path

from qaaudit.commands.arguments import fail, month, opened_database, refused, year
from qaaudit.commands.groups import CommandGroups


def register(groups: CommandGroups) -> None:
    export = groups.add(
        groups.export,
        "schedule",
        "write a year's QAF plan to an Excel workbook (a sheet per service area, the audit "
        "themes, due lists and compliance)",
        run_export,
    )
    export.add_argument("--year", type=year, required=True, help="the plan's year, e.g. 2017")
    export.add_argument(
        "-o", "--output", type=Path, required=True, help="workbook to write (.xlsx)"
    )
    export.add_argument(
        "--due-month",
        type=month,
        metavar="YYYY-MM",
        help="give every person's due list for this month (default: the whole year's)",
    )
    imported = groups.add(
        groups.imports,
        "schedule",
        "read a QAF plan from a workbook in the exported layout",
        run_import,
    )
    imported.add_argument("workbook", type=Path, help="the workbook (.xlsx)")
    imported.add_argument("--year", type=year, required=True, help="the year to store it as")
    imported.add_argument(
        "--replace", action="store_true", help="replace the plan already stored for that year"
    )


def run_export(args: argparse.Namespace) -> int:
    from qaaudit.domain.permissions import SCHEDULE_WORKBOOK
    from qaaudit.exports.common.files import ending_in
    from qaaudit.exports.schedule.excel import NoPlan, ScheduleExportOptions, export_schedule

    if args.due_month is not None and args.due_month.year != args.year:
        return fail("the due month must be in the plan's year.")
    output = ending_in(args.output, ".xlsx")
    with opened_database(args, reading=True) as opened:
        if (code := refused(opened.actor, SCHEDULE_WORKBOOK)) is not None:
            return code
        try:
            with opened.db.reading() as session:
                summary = export_schedule(
                    session, ScheduleExportOptions(args.year, due_month=args.due_month), output
                )
        except NoPlan as exc:
            return fail(str(exc))
    print(f"Wrote {output} ({len(summary.sheets)} sheets, {summary.due_rows} due-list rows).")
    if summary.shortened_cells:
        print(
            f"Note: {summary.shortened_cells} cell(s) held more text than Excel allows and were "
            "cut; the full text is in qaaudit."
        )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from qaaudit.exports.common.excel import WorkbookRejected
    from qaaudit.exports.schedule.workbook_import import import_schedule
    from qaaudit.services.common.refusals import NotAllowed
    from qaaudit.services.schedule.plan import PlanProblem

    with opened_database(args) as opened:
        try:
            with opened.db.writing() as session:
                plan = import_schedule(
                    session, opened.actor, args.workbook, args.year, replace=args.replace
                )
        except (WorkbookRejected, PlanProblem, NotAllowed) as exc:
            return fail(str(exc))
    roles = sum(len(a.roles) for a in plan.areas)
    tasks = sum(len(r.tasks) for a in plan.areas for r in a.roles)
    print(
        f"Imported the {plan.year} plan: {len(plan.areas)} service areas, {roles} roles, "
        f"{tasks} tasks, {len(plan.themes)} audit themes."
    )
    return 0
