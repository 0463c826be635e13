"""Service performance review commands: the review as PDF or workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from qaaudit.commands.arguments import fail, opened_database, output_kind, refused
from qaaudit.commands.groups import CommandGroups

SUFFIXES = (".pdf", ".xlsx")


def register(groups: CommandGroups) -> None:
    review = groups.add(
        groups.export,
        "review",
        "write a service performance review as a PDF (the review, or with --summary the "
        "one-page summary for the team) or an Excel workbook, chosen by the file's suffix",
        run_export_review,
    )
    review.add_argument("--id", type=int, required=True, help="the review's number")
    review.add_argument(
        "-o", "--output", type=Path, required=True, help="file to write: review.pdf or review.xlsx"
    )
    review.add_argument(
        "--summary",
        action="store_true",
        help="the one-page summary for every member of the service (PDF only)",
    )


def run_export_review(args: argparse.Namespace) -> int:
    from qaaudit.domain.permissions import REVIEW_EXPORT

    suffix = output_kind(args.output, SUFFIXES)
    if suffix is None:
        return 2
    if args.summary and suffix != ".pdf":
        return fail("the one-page summary is a PDF: use a file ending in .pdf.")
    notice = None
    with opened_database(args, reading=True) as opened:
        if (code := refused(opened.actor, REVIEW_EXPORT)) is not None:
            return code
        try:
            if suffix == ".xlsx":
                from qaaudit.exports.review.excel import write_review_workbook

                workbook = write_review_workbook(opened.db, args.id, args.output)
                written, notice = workbook.path, workbook.notice()
            elif args.summary:
                from qaaudit.exports.review.pdf import write_review_summary_pdf

                written = write_review_summary_pdf(opened.db, args.id, args.output)
            else:
                from qaaudit.exports.review.pdf import write_review_pdf

                written = write_review_pdf(opened.db, args.id, args.output)
        except LookupError as exc:
            return fail(exc.args[0], 1)
    print(f"Written {written}")
    if notice:
        print(f"Note: {notice}")
    return 0
