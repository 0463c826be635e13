"""Exporting and importing the QAF plan off the GUI thread: a worker with its own session,
a progress dialog with Cancel, and the result reported in plain words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from qaaudit.exports.common.files import Cancelled, Progress, ending_in
from qaaudit.ui.common.background import BackgroundTask, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.save_as import EXCEL_FILES, ask_save_path


def export_plan(
    parent: QWidget, context: AppContext, year: int, due_month: date | None = None
) -> BackgroundTask | None:
    suggested = Path.home() / f"QAF plan {year}.xlsx"
    path = ask_save_path(parent, "Export the QAF plan", suggested, EXCEL_FILES)
    if path is None:
        return None
    return export_plan_to(parent, context, year, path, due_month)


def export_plan_to(
    parent: QWidget, context: AppContext, year: int, path: Path, due_month: date | None = None
) -> BackgroundTask:
    path = ending_in(path, ".xlsx")
    today = context.today()

    def job(progress: Progress) -> str:
        from qaaudit.exports.schedule.excel import NoPlan, ScheduleExportOptions, export_schedule
        from qaaudit.services.schedule.plan import PlanProblem

        try:
            with context.db.reading() as session:
                summary = export_schedule(
                    session,
                    ScheduleExportOptions(year, due_month=due_month, today=today),
                    path,
                    progress,
                )
        except NoPlan as refusal:
            raise PlanProblem(str(refusal)) from refusal
        note = ""
        if summary.shortened_cells:
            note = (
                f"\n\n{summary.shortened_cells} cell(s) held more text than Excel allows and "
                "were cut; the full text is in qaaudit."
            )
        return f"The {year} plan was saved to {path}.{note}"

    title = "Exporting the QAF plan"
    return run_in_background(
        parent,
        title,
        title,
        job,
        "The plan could not be exported; any earlier file with that name is unchanged.",
        lambda message: QMessageBox.information(parent, "Export finished", message),
    )


def import_plan(
    parent: QWidget,
    context: AppContext,
    path: Path,
    year: int,
    replace: bool,
    done: Callable[[], None],
) -> BackgroundTask:
    def job(progress: Progress) -> str:
        from qaaudit.exports.schedule.workbook_import import import_schedule

        progress(0, 0, "Reading and checking the workbook")
        with context.db.writing() as session:
            plan = import_schedule(session, context.actor, path, year, replace=replace)
            if not progress(0, 0, "Storing the plan"):
                raise Cancelled()  # rolls the import back
        tasks = sum(len(r.tasks) for _a, r in plan.roles())
        return f"The {year} plan was imported: {len(plan.areas)} service areas and {tasks} tasks."

    def finished(message: str) -> None:
        QMessageBox.information(parent, "Import finished", message)
        done()

    title = "Importing a QAF plan"
    return run_in_background(
        parent, title, title, job, "The plan could not be imported; nothing was changed.", finished
    )
