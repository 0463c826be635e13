"""The process-control chart and its variation icon as plain shapes, drawn by QPainter on
screen and by reportlab in the trend report (see chart_figure.py).

Each period's share judged good is a dot on a grey line; the centre line is solid and the
process limits dashed, stepping with each period's number of audits. A special cause
improvement is a large blue dot, a concern a vermillion square (told apart in grey by
their shape), common cause a small grey dot. A period with no audits has no dot and
breaks the line. Where the chart was rebased a dashed upright line says why.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from qaaudit.domain.spc import (
    COMMON,
    CONCERN,
    IMPROVEMENT,
    TOO_FEW,
    ProcessChart,
    period_label,
)
from qaaudit.exports.trends.chart_figure import (
    GOOD,
    GRID,
    INK,
    MUTED,
    NOT_GOOD,
    Box,
    Dot,
    Figure,
    Line,
    Text,
    text_width,
)

COMMON_DOT = "#7A7A7A"
LINE = "#9A9A9A"
LIMIT = "#4D4D4D"

# The icon's colours on paper; the window passes its theme's.
PAPER_ICON = {IMPROVEMENT: GOOD, CONCERN: NOT_GOOD, COMMON: COMMON_DOT, TOO_FEW: COMMON_DOT}


def process_figure(chart: ProcessChart, width: float, height: float) -> Figure:
    figure = Figure(width, height, "Share good: process-control chart")
    left, right, top, bottom = 40.0, 10.0, 34.0, 26.0
    plot_w = max(10.0, width - left - right)
    plot_h = max(10.0, height - top - bottom)
    _legend(figure, left, 12)

    def y_of(share: float) -> float:
        return top + plot_h * (1 - share)

    for tick in (0, 25, 50, 75, 100):
        y = y_of(tick / 100)
        figure.add(Line(left, y, left + plot_w, y, GRID, 0.5))
        figure.add(Text(left - 4, y + 3, f"{tick}%", 7.5, MUTED, "end"))
    points = chart.points
    if not any(p.total for p in points):
        figure.add(Text(left + plot_w / 2, top + plot_h / 2, "No audits", 9, MUTED, "middle"))
        return figure
    slot = plot_w / len(points)
    labels = [period_label(p.start, chart.by) for p in points]
    every = max(1, math.ceil((max(text_width(t, 7) for t in labels) + 6) / slot))
    for index, point in enumerate(points):
        x0 = left + index * slot
        centre_x = x0 + slot / 2
        if index % every == 0:
            figure.add(Text(centre_x, top + plot_h + 12, labels[index], 7, INK, "middle"))
        if point.centre is not None:
            figure.add(Line(x0, y_of(point.centre), x0 + slot, y_of(point.centre), INK, 1.1))
        if point.lower is None or point.upper is None:
            continue
        for limit in (point.lower, point.upper):
            figure.add(Line(x0, y_of(limit), x0 + slot, y_of(limit), LIMIT, 0.8, (3, 2)))
        before = points[index - 1] if index else None
        if before is not None and before.segment == point.segment and before.upper is not None:
            assert before.lower is not None
            for old, new in ((before.lower, point.lower), (before.upper, point.upper)):
                figure.add(Line(x0, y_of(old), x0, y_of(new), LIMIT, 0.8, (3, 2)))
    for segment in chart.segments[1:]:
        index = next(i for i, p in enumerate(points) if p.start == segment.start)
        x = left + index * slot
        figure.add(Line(x, top - 4, x, top + plot_h, INK, 0.9, (3, 2)))
        reason = (segment.reason or "rebased").capitalize()
        figure.add(Text(x + 3, top + 8, _short(reason, 28), 6.5, INK))
    _data_line(figure, chart, left, slot, y_of)
    return figure


def _data_line(
    figure: Figure, chart: ProcessChart, left: float, slot: float, y_of: Callable[[float], float]
) -> None:
    previous: tuple[float, float] | None = None
    dots = []
    for index, point in enumerate(chart.points):
        share = point.share
        if share is None:
            previous = None
            continue
        x, y = left + index * slot + slot / 2, y_of(share)
        if previous is not None and chart.points[index - 1].segment == point.segment:
            figure.add(Line(previous[0], previous[1], x, y, LINE, 1.2))
        previous = (x, y)
        dots.append((x, y, point.variation))
    radius = max(1.6, min(3.4, slot / 4))
    for x, y, variation in dots:
        if variation == IMPROVEMENT:
            figure.add(Dot(x, y, radius + 0.8, GOOD, INK, 0.5))
        elif variation == CONCERN:
            side = (radius + 0.6) * 2
            figure.add(Box(x - side / 2, y - side / 2, side, side, NOT_GOOD, INK, 0.5))
        else:
            figure.add(Dot(x, y, radius * 0.8, COMMON_DOT))


def _legend(figure: Figure, x: float, y: float) -> None:
    figure.add(Dot(x + 4, y - 3, 2.4, COMMON_DOT), Text(x + 10, y, "Common cause", 7.5, INK))
    x += 26 + text_width("Common cause", 7.5)
    figure.add(Dot(x + 4, y - 3, 3.6, GOOD, INK, 0.5))
    figure.add(Text(x + 10, y, "Improvement", 7.5, INK))
    x += 26 + text_width("Improvement", 7.5)
    figure.add(Box(x, y - 7, 8, 8, NOT_GOOD, INK, 0.5), Text(x + 12, y, "Concern", 7.5, INK))
    x += 26 + text_width("Concern", 7.5)
    figure.add(Line(x, y - 3, x + 14, y - 3, INK, 1.1), Text(x + 18, y, "Centre", 7.5, INK))
    x += 30 + text_width("Centre", 7.5)
    figure.add(Line(x, y - 3, x + 14, y - 3, LIMIT, 0.8, (3, 2)))
    figure.add(Text(x + 18, y, "Process limits (3 sigma)", 7.5, INK))


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def icon_figure(
    variation: str, size: float, colours: Mapping[str, str] = PAPER_ICON, ink: str = INK
) -> Figure:
    """The variation icon: a ring in the variation's colour holding seven dots, level for
    common cause, the last ones raised (H, higher) for improvement or lowered (L) for
    concern, as the Making Data Count icons draw it."""
    figure = Figure(size, size, variation)
    colour = colours.get(variation, colours[COMMON])
    centre = size / 2
    ring = size * 0.44
    figure.add(Dot(centre, centre, ring, colours.get("surface", "#FFFFFF"), colour, size * 0.07))
    step = size * 0.09
    lift = {IMPROVEMENT: -1, CONCERN: 1}.get(variation, 0)
    for i in range(7):
        raised = lift if i >= 4 else 0
        y = centre + size * 0.12 + raised * size * 0.18 * (i - 3) / 3
        x = centre + (i - 3) * step
        fill = colour if raised else colours[COMMON]
        figure.add(Dot(x, y, size * 0.035, fill))
    letter = {IMPROVEMENT: "H", CONCERN: "L"}.get(variation, "")
    if variation == TOO_FEW:
        letter = "?"
    if letter:
        figure.add(Text(centre, centre - size * 0.06, letter, size * 0.3, colour, "middle", True))
    return figure
