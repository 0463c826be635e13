"""The trend report as PDF: the filters on the first page, then each chart with the table
of the same numbers under it, and the words that say how to read small months."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from qaaudit.domain.spc import EXPLANATION as SPC_EXPLANATION
from qaaudit.domain.spc import PERIOD_WORDS, count_words
from qaaudit.domain.trends import (
    SMALL_SAMPLE,
    SMALL_SAMPLE_EXPLANATION,
    Share,
    month_label,
    percent,
)
from qaaudit.exports.common.files import Cancelled, Progress, no_progress
from qaaudit.exports.common.pdf import (
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    markup,
    para,
    styles,
    write_pdf,
)
from qaaudit.exports.trends._process_rows import (
    PERIOD_TITLES,
    concern_words,
    method_words,
    period_rows,
)
from qaaudit.exports.trends.chart_figure import (
    Box,
    Dot,
    Figure,
    Line,
    area_bars,
    area_figure,
    count_figure,
    month_bars,
    month_figure,
    reaudit_rows,
)
from qaaudit.exports.trends.process_figure import icon_figure, process_figure
from qaaudit.services.trends.figures import TrendReport

TITLE = "Trend of good and not yet good"
STEPS = 4


def write_trend_pdf(report: TrendReport, target: Path, progress: Progress = no_progress) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    _step(progress, 1, "Drawing the charts")
    width = A4[0] - 36 * mm
    story: list[Any] = [markup(TITLE, "title"), Spacer(1, 2 * mm)]
    story.append(
        para(
            "Case file audits completed in the period: the share of cases judged good "
            "(exceeds or meets good) against not yet good, by month, by practice area, and "
            "for cases audited again.",
            "muted",
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(_filters_table(report, width))
    story.append(Spacer(1, 3 * mm))
    story.append(para(_headline(report)))
    by = report.filter.by
    if report.small_periods:
        story.append(
            para(
                f"{len(report.small_periods)} of {count_words(len(report.periods), by)} had "
                f"fewer than {SMALL_SAMPLE} audits and are drawn pale.",
            )
        )
    for month, version in report.template_changes:
        story.append(
            para(
                f"The audit template changed to version {version} in {month_label(month)}: "
                "the chart marks it with a dashed line. Judgements either side of it were "
                "made against different wording."
            )
        )
    story.append(para(SMALL_SAMPLE_EXPLANATION, "small"))
    story.extend(_process_section(report, width))

    story.append(markup(f"Good by {PERIOD_WORDS[by][0]}", "h1"))
    story.append(drawing(month_figure(month_bars(report), width, 68 * mm)))
    story.append(Spacer(1, 2 * mm))
    story.append(_month_table(report, width))

    _step(progress, 2, "Practice areas")
    story.append(PageBreak())
    story.append(markup("By practice area, weakest first", "h1"))
    story.append(
        para(
            "Each practice area's own judgements in the period ('not applicable' left out). "
            "Improving or declining compares the earlier half of the period with the later "
            "half, and is said only where the change is larger than chance would explain.",
            "small",
        )
    )
    height = 14 * mm + 7 * mm * len(report.areas)
    story.append(drawing(area_figure(area_bars(report), width, height)))
    story.append(Spacer(1, 2 * mm))
    story.append(_area_table(report, width))

    _step(progress, 3, "Re-audits")
    summary = report.reaudits
    section = [markup("Cases audited again", "h1")]
    if summary.total:
        section.append(
            para(
                f"{summary.total} re-audits in the period, each against the audit of the same "
                f"case before it: {summary.improved} had a better overall judgement, "
                f"{summary.same} the same and {summary.worse} a worse one.",
            )
        )
        section.append(drawing(count_figure(reaudit_rows(report), width, 26 * mm)))
        section.append(_reaudit_table(report, width))
    else:
        section.append(para("No case was audited again in this period."))
    story.append(KeepTogether(section))

    _step(progress, 4, "Writing the PDF")
    return write_pdf(target, lambda _width, _height: story, title=TITLE, author="qaaudit")


def _process_section(report: TrendReport, width: float) -> list[Any]:
    """The process-control chart with its icon, headline and a row for every period."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table

    view = report.process
    if view is None:
        return []
    chart = view.chart
    icon = drawing(icon_figure(chart.variation, 30))
    heading = Table(
        [[icon, markup(f"<b>{escape(chart.headline)}</b>")]],
        colWidths=[36, width - 36],
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )
    section: list[Any] = [markup("Process control", "h1"), heading, Spacer(1, 2 * mm)]
    section.append(para(method_words(report), "small"))
    if view.quarter is not None:
        section.append(para(view.quarter.words, "small"))
    section.append(para(concern_words(report), "small"))
    section.append(drawing(process_figure(chart, width, 70 * mm)))
    rows = period_rows(report)
    fractions = (0.1, 0.1, 0.08, 0.1, 0.1, 0.1, 0.1, 0.32)
    table = _table([PERIOD_TITLES, *rows], [width * f for f in fractions], numeric_to=-2)
    return [KeepTogether(section), Spacer(1, 2 * mm), table, para(SPC_EXPLANATION, "small")]


def _step(progress: Progress, done: int, what: str) -> None:
    if not progress(done, STEPS + 1, what):
        raise Cancelled("The trend report was cancelled; nothing was written.")


def _headline(report: TrendReport) -> str:
    total = report.total
    if not total.total:
        return "No audits were completed in this period with these filters."
    what = "judgements" if report.filter.area_key else "audits"
    return (
        f"Of {total.total} {what} in the period, {total.good} were good "
        f"({percent(total.share)}) and {total.not_good} not yet good."
    )


def drawing(figure: Figure) -> Any:
    """A chart figure as a reportlab drawing (vector, so it prints sharp)."""
    from reportlab.graphics.shapes import Circle, Drawing, Rect, String
    from reportlab.graphics.shapes import Line as RlLine
    from reportlab.lib.colors import HexColor

    styles()  # registers the fonts
    height = figure.height
    result = Drawing(figure.width, height)
    for shape in figure.shapes:
        if isinstance(shape, Box):
            result.add(
                Rect(
                    shape.x,
                    height - shape.y - shape.h,
                    shape.w,
                    shape.h,
                    fillColor=HexColor(shape.fill) if shape.fill else None,
                    strokeColor=HexColor(shape.stroke) if shape.stroke else None,
                    strokeWidth=shape.width,
                )
            )
        elif isinstance(shape, Line):
            result.add(
                RlLine(
                    shape.x1,
                    height - shape.y1,
                    shape.x2,
                    height - shape.y2,
                    strokeColor=HexColor(shape.colour),
                    strokeWidth=shape.width,
                    strokeDashArray=list(shape.dash) or None,
                )
            )
        elif isinstance(shape, Dot):
            result.add(
                Circle(
                    shape.x,
                    height - shape.y,
                    shape.r,
                    fillColor=HexColor(shape.fill),
                    strokeColor=HexColor(shape.stroke) if shape.stroke else None,
                    strokeWidth=shape.width,
                )
            )
        else:
            result.add(
                String(
                    shape.x,
                    height - shape.y,
                    shape.text,
                    fontName=FONT_BOLD if shape.bold else FONT,
                    fontSize=shape.size,
                    fillColor=HexColor(shape.colour),
                    textAnchor=shape.anchor,
                )
            )
    return result


def _table(rows: list[list[Any]], widths: list[float], numeric_to: int = -1) -> Any:
    """A table with a wrapped header row and numbers aligned right in columns 1 to
    ``numeric_to``."""
    from reportlab.platypus import Table, TableStyle

    header_rows = 1
    rows = [[para(str(title), "label") for title in rows[0]], *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8.5),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, "#B0B0B0"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 1), (numeric_to, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _interval(share: Share) -> str:
    interval = share.interval
    if interval is None:
        return "–"
    return f"{percent(interval[0])} to {percent(interval[1])}"


def _filters_table(report: TrendReport, width: float) -> Any:
    rows = [[para(label, "label"), para(value, "cell")] for label, value in report.described]
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=[width * 0.25, width * 0.75])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, "#B0B0B0"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _month_table(report: TrendReport, width: float) -> Any:
    period = PERIOD_WORDS[report.filter.by][0].capitalize()
    rows: list[list[Any]] = [
        [period, "Audits", "Good", "Not yet good", "Share good", "95% interval", "Note"]
    ]
    for point in report.periods:
        share = point.share
        notes = []
        if share.small:
            notes.append("few audits")
        if not share.total:
            notes.append("no audits")
        if point.new_templates:
            notes.append("template " + ", ".join(point.new_templates))
        rows.append(
            [
                point.label,
                share.total,
                share.good,
                share.not_good,
                percent(share.share),
                _interval(share),
                "; ".join(notes),
            ]
        )
    total = report.total
    rows.append(
        [
            "Whole period",
            total.total,
            total.good,
            total.not_good,
            percent(total.share),
            _interval(total),
            "",
        ]
    )
    fractions = [0.15, 0.1, 0.1, 0.12, 0.11, 0.17, 0.25]
    return _table(rows, [width * f for f in fractions], numeric_to=-2)


def _area_table(report: TrendReport, width: float) -> Any:
    rows: list[list[Any]] = [
        [
            "Practice area",
            "Judged",
            "Good",
            "Share good",
            "95% interval",
            "Earlier",
            "Later",
            "Change",
        ]
    ]
    for area in report.areas:
        d = area.direction
        rows.append(
            [
                area.title,
                area.share.total,
                area.share.good,
                percent(area.share.share),
                _interval(area.share),
                percent(d.earlier.share),
                percent(d.later.share),
                para(d.words, "cell"),
            ]
        )
    fractions = [0.17, 0.08, 0.08, 0.09, 0.14, 0.08, 0.08, 0.28]
    return _table(rows, [width * f for f in fractions], numeric_to=-2)


def _reaudit_table(report: TrendReport, width: float) -> Any:
    summary = report.reaudits
    rows: list[list[Any]] = [
        ["Earlier audit", "Later: good", "Later: not yet good"],
        ["Good", summary.moved("good", "good"), summary.moved("good", "not_yet_good")],
        [
            "Not yet good",
            summary.moved("not_yet_good", "good"),
            summary.moved("not_yet_good", "not_yet_good"),
        ],
    ]
    return _table(rows, [width * 0.3, width * 0.2, width * 0.2])
