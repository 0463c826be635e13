"""The trend report as a Word document, for board papers and briefing notes: the headline
in words, the process-control figures period by period, the practice areas and the
re-audits. The charts go in as pictures where the window draws them; from the command
line the document carries the same numbers as tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from qaaudit.domain.spc import EXPLANATION as SPC_EXPLANATION
from qaaudit.domain.trends import SMALL_SAMPLE_EXPLANATION, percent, share_words
from qaaudit.exports.common.files import Cancelled, Progress, no_progress, replace_atomically
from qaaudit.exports.common.text import clean_for_xml
from qaaudit.exports.trends._process_rows import (
    AREA_TITLES,
    PERIOD_TITLES,
    area_rows,
    concern_words,
    method_words,
    period_rows,
)
from qaaudit.exports.trends.chart_figure import Figure, area_bars, area_figure
from qaaudit.exports.trends.process_figure import process_figure
from qaaudit.services.trends.figures import TrendReport

TITLE = "Trend of good and not yet good"
STEPS = 3
# Turns a chart figure into a PNG picture; the window has one, the command line not.
Picture = Callable[[Figure], bytes]


def write_trend_docx(
    report: TrendReport,
    target: Path,
    progress: Progress = no_progress,
    picture: Picture | None = None,
) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    document.core_properties.title = TITLE
    document.core_properties.author = "qaaudit"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(TITLE, level=0)
    _table(document, ["", ""], [[label, value] for label, value in report.described])
    _step(progress, 1, "Process control")
    view = report.process
    if view is not None:
        document.add_heading("Process control", level=1)
        headline = document.add_paragraph()
        headline.add_run(_text(view.chart.headline)).bold = True
        document.add_paragraph(_text(method_words(report)))
        if view.quarter is not None:
            document.add_paragraph(_text(view.quarter.words))
        document.add_paragraph(_text(concern_words(report)))
        if picture is not None:
            png = picture(process_figure(view.chart, 480, 230))
            document.add_picture(io.BytesIO(png), width=Cm(16.5))
        _table(document, PERIOD_TITLES, period_rows(report))
        document.add_paragraph(_text(SPC_EXPLANATION)).runs[0].font.size = Pt(8.5)
    _step(progress, 2, "Practice areas")
    document.add_heading("Practice areas", level=1)
    if picture is not None:
        height = 40 + 20 * len(report.areas)
        png = picture(area_figure(area_bars(report), 480, height))
        document.add_picture(io.BytesIO(png), width=Cm(16.5))
    _table(
        document,
        ["Practice area", "Judged", "Good", "Share good"],
        [[a.title, a.share.total, a.share.good, percent(a.share.share)] for a in report.areas],
    )
    document.add_paragraph()
    _table(document, AREA_TITLES, area_rows(report))
    document.add_heading("Cases audited again", level=1)
    r = report.reaudits
    if r.total:
        document.add_paragraph(
            f"{r.total} re-audits in the period, each against the audit of the same case "
            f"before it: {r.improved} had a better overall judgement, {r.same} the same and "
            f"{r.worse} a worse one."
        )
    else:
        document.add_paragraph("No case was audited again in this period.")
    document.add_paragraph(f"Over the whole period: {share_words(report.total)}.")
    document.add_paragraph(_text(SMALL_SAMPLE_EXPLANATION)).runs[0].font.size = Pt(8.5)
    _step(progress, 3, "Writing the document")
    with replace_atomically(target) as temporary:
        document.save(str(temporary))
    return target


def _step(progress: Progress, done: int, what: str) -> None:
    if not progress(done, STEPS + 1, what):
        raise Cancelled("The trend report was cancelled; nothing was written.")


def _text(value: Any) -> str:
    """Any value as text Word can hold (names typed by people included)."""
    return clean_for_xml(str(value))


def _table(document: Any, titles: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = document.add_table(rows=1, cols=len(titles))
    table.style = "Light Grid Accent 1"
    for cell, title in zip(table.rows[0].cells, titles, strict=True):
        cell.text = _text(title)
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = _text(value)
