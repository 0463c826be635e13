"""Making the trend report, PDF, Word document or workbook by the file's name, from the
database: used by the window's worker and by ``qaaudit export trends``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qaaudit.exports.common.files import Cancelled, Progress, no_progress
from qaaudit.exports.trends.chart_figure import Figure
from qaaudit.services.trends.figures import TrendFilter, trend_report
from qaaudit.store.database import Database

SUFFIXES = (".pdf", ".xlsx", ".docx")


def export_trends(
    db: Database,
    flt: TrendFilter,
    target: Path,
    progress: Progress = no_progress,
    picture: Callable[[Figure], bytes] | None = None,
) -> Path:
    """``picture`` draws a chart as PNG for the Word document (the window passes one)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"The trend report is written as .pdf, .docx or .xlsx, not “{suffix}”.")
    if not progress(0, 5, "Reading the figures"):
        raise Cancelled("The trend report was cancelled; nothing was written.")
    with db.reading() as session:
        report = trend_report(session, flt)
    if suffix == ".docx":
        from qaaudit.exports.trends._docx import write_trend_docx

        return write_trend_docx(report, target, progress, picture)
    if suffix == ".pdf":
        from qaaudit.exports.trends._pdf import write_trend_pdf

        return write_trend_pdf(report, target, progress)
    from qaaudit.exports.trends._excel import write_trend_workbook

    return write_trend_workbook(report, target, progress)
