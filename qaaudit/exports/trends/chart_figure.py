"""Trend charts as plain shapes: rectangles, lines and text in a box of a given size.

The same figure is drawn by QPainter on screen (qaaudit/ui/trends/_chart.py) and by reportlab in
the trend report, so the screen and the paper always agree. Coordinates run from the top
left, as on screen.

Good is blue (#0072B2) and solid; not yet good is vermillion (#D55E00) with white
diagonal hatching: the Okabe-Ito pair, safe for colour-blind readers, and the hatching
tells them apart in grey too. Months with few audits are drawn pale and labelled.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from qaaudit.domain.spc import TOO_FEW
from qaaudit.domain.trends import SMALL_SAMPLE, Share, percent
from qaaudit.services.trends.figures import TrendReport

GOOD = "#0072B2"
NOT_GOOD = "#D55E00"
GOOD_PALE = "#9CC7E2"
NOT_GOOD_PALE = "#EFBE99"
NEUTRAL = "#8C8C8C"
INK = "#222222"
MUTED = "#5A5A5A"
GRID = "#D0D0D0"
HATCH = "#FFFFFF"


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.6


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = INK
    width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float = 8.0
    colour: str = INK
    anchor: str = "start"  # start, middle, end
    bold: bool = False


@dataclass(frozen=True)
class Dot:
    """A filled circle (a point of a process-control chart)."""

    x: float
    y: float
    r: float
    fill: str
    stroke: str | None = None
    width: float = 0.6


Shape = Box | Line | Text | Dot


@dataclass
class Figure:
    width: float
    height: float
    title: str = ""
    shapes: list[Shape] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)

    def texts(self) -> list[str]:
        return [s.text for s in self.shapes if isinstance(s, Text)]


@dataclass(frozen=True)
class Bar:
    label: str
    share: Share
    note: str = ""  # printed beside a horizontal bar
    mark: str = ""  # a template change before this month
    # Drawn pale: by default when the share rests on few audits; a practice area's bar is
    # pale exactly when its note says there are too few periods to tell.
    pale: bool | None = None

    @property
    def is_pale(self) -> bool:
        return self.share.small if self.pale is None else self.pale


def text_width(text: str, size: float) -> float:
    """A close enough guess of the width of text in the sans-serif fonts we use."""
    return len(text) * size * 0.6


def _hatch(box: Box, spacing: float = 4.0) -> list[Line]:
    """White diagonal lines across a box, clipped to it."""
    lines: list[Line] = []
    x0, y1 = box.x, box.y + box.h
    if box.w <= 0 or box.h <= 0:
        return lines
    offset = -box.h
    while offset < box.w:
        # The line x = x0 + offset + t, y = y1 - t for t in [0, h], clipped.
        t_start = max(0.0, -offset)
        t_end = min(box.h, box.w - offset)
        if t_end > t_start:
            lines.append(
                Line(
                    x0 + offset + t_start, y1 - t_start, x0 + offset + t_end, y1 - t_end, HATCH, 0.8
                )
            )
        offset += spacing
    return lines


def _stack(box: Box, good_part: float, pale: bool, vertical: bool) -> list[Box | Line]:
    good_fill = GOOD_PALE if pale else GOOD
    not_fill = NOT_GOOD_PALE if pale else NOT_GOOD
    if vertical:
        good_h = box.h * good_part
        good = Box(box.x, box.y + box.h - good_h, box.w, good_h, good_fill)
        rest = Box(box.x, box.y, box.w, box.h - good_h, not_fill)
    else:
        good_w = box.w * good_part
        good = Box(box.x, box.y, good_w, box.h, good_fill)
        rest = Box(box.x + good_w, box.y, box.w - good_w, box.h, not_fill)
    shapes: list[Box | Line] = [good, rest]
    shapes.extend(_hatch(rest))
    shapes.append(Box(box.x, box.y, box.w, box.h, None, INK if not pale else NEUTRAL, 0.5))
    return shapes


def _legend(
    figure: Figure, x: float, y: float, pale_words: str = f"Pale: fewer than {SMALL_SAMPLE} audits"
) -> None:
    items = [
        (GOOD, False, "Good (exceeds or meets good)"),
        (NOT_GOOD, True, "Not yet good"),
        (GOOD_PALE, False, pale_words),
    ]
    for fill, hatched, words in items:
        swatch = Box(x, y - 8, 12, 9, fill, INK, 0.5)
        figure.add(swatch)
        if hatched:
            figure.add(*_hatch(swatch, 3.0))
        figure.add(Text(x + 16, y, words, 7.5, INK))
        x += 16 + text_width(words, 7.5) + 14
    figure.add(Line(x + 4, y - 9, x + 4, y + 1, INK, 1.0), Line(x, y - 9, x + 8, y - 9, INK, 1.0))
    figure.add(Line(x, y + 1, x + 8, y + 1, INK, 1.0))
    figure.add(Text(x + 14, y, "95% interval", 7.5, INK))


def month_figure(bars: Sequence[Bar], width: float, height: float, title: str = "") -> Figure:
    """Share good by month: a 100% bar per month (good at the bottom), the 95% interval
    as a whisker, the number of audits under each bar where there is room."""
    figure = Figure(width, height, title)
    left, right, top, bottom = 40.0, 10.0, 34.0, 34.0
    plot_w = max(10.0, width - left - right)
    plot_h = max(10.0, height - top - bottom)
    _legend(figure, left, 12)
    for tick in (0, 25, 50, 75, 100):
        y = top + plot_h * (1 - tick / 100)
        figure.add(Line(left, y, left + plot_w, y, GRID, 0.5))
        figure.add(Text(left - 4, y + 3, f"{tick}%", 7.5, MUTED, "end"))
    if not bars:
        figure.add(
            Text(
                left + plot_w / 2, top + plot_h / 2, "No audits in this period", 9, MUTED, "middle"
            )
        )
        return figure
    slot = plot_w / len(bars)
    bar_w = max(1.0, slot * 0.72)
    widest = max(text_width(bar.label, 7) for bar in bars) + 6
    every = max(1, math.ceil(widest / slot))
    show_n = slot >= 16
    for index, bar in enumerate(bars):
        x = left + index * slot + (slot - bar_w) / 2
        centre = x + bar_w / 2
        if bar.mark:
            mark_x = left + index * slot
            figure.add(Line(mark_x, top - 4, mark_x, top + plot_h, INK, 0.9, (3, 2)))
            figure.add(Text(mark_x + 2, top - 6, bar.mark, 7, INK))
        share = bar.share
        if share.total:
            box = Box(x, top, bar_w, plot_h)
            figure.add(*_stack(box, share.good / share.total, bar.is_pale, True))
            interval = share.interval
            if interval is not None and bar_w >= 3:
                low_y = top + plot_h * (1 - interval[0])
                high_y = top + plot_h * (1 - interval[1])
                cap = min(4.0, bar_w / 2)
                figure.add(
                    Line(centre, low_y, centre, high_y, INK, 1.0),
                    Line(centre - cap, low_y, centre + cap, low_y, INK, 1.0),
                    Line(centre - cap, high_y, centre + cap, high_y, INK, 1.0),
                )
        else:
            figure.add(Text(centre, top + plot_h - 3, "–", 7, MUTED, "middle"))
        if show_n:
            figure.add(Text(centre, top + plot_h + 10, f"{share.total}", 6.5, MUTED, "middle"))
        if index % every == 0:
            figure.add(
                Text(centre, top + plot_h + (21 if show_n else 12), bar.label, 7, INK, "middle")
            )
    if show_n:
        figure.add(Text(left - 4, top + plot_h + 10, "n", 6.5, MUTED, "end"))
    return figure


def area_figure(bars: Sequence[Bar], width: float, height: float, title: str = "") -> Figure:
    """Share good per practice area: a horizontal 100% bar each, weakest first, with the
    share, the number of judgements and whether it is improving beside it."""
    figure = Figure(width, height, title)
    label_w = max((text_width(b.label, 8) for b in bars), default=40) + 8
    note_w = max((text_width(b.note, 7.5) for b in bars), default=40) + 8
    left = label_w
    top = 22.0
    plot_w = max(40.0, width - left - note_w - 6)
    _legend(figure, 4, 12, "Pale: too few periods to tell")
    if not bars:
        return figure
    slot = (height - top - 16) / len(bars)
    bar_h = max(4.0, min(16.0, slot * 0.7))
    for tick in (0, 50, 100):
        x = left + plot_w * tick / 100
        figure.add(Line(x, top, x, top + slot * len(bars), GRID, 0.5))
        figure.add(Text(x, top + slot * len(bars) + 10, f"{tick}%", 7, MUTED, "middle"))
    for index, bar in enumerate(bars):
        y = top + index * slot + (slot - bar_h) / 2
        figure.add(Text(left - 6, y + bar_h / 2 + 3, bar.label, 8, INK, "end"))
        share = bar.share
        if share.total:
            box = Box(left, y, plot_w, bar_h)
            figure.add(*_stack(box, share.good / share.total, bar.is_pale, False))
            interval = share.interval
            if interval is not None:
                mid = y + bar_h / 2
                x_low, x_high = left + plot_w * interval[0], left + plot_w * interval[1]
                figure.add(
                    Line(x_low, mid, x_high, mid, INK, 1.0),
                    Line(x_low, mid - 3, x_low, mid + 3, INK, 1.0),
                    Line(x_high, mid - 3, x_high, mid + 3, INK, 1.0),
                )
        else:
            figure.add(Text(left + 4, y + bar_h / 2 + 3, "not judged", 7.5, MUTED))
        figure.add(Text(left + plot_w + 6, y + bar_h / 2 + 3, bar.note, 7.5, INK))
    return figure


def count_figure(
    rows: Sequence[tuple[str, int, str]], width: float, height: float, title: str = ""
) -> Figure:
    """Plain counts as horizontal bars; style is 'good', 'not_good' or 'neutral'."""
    figure = Figure(width, height, title)
    label_w = max((text_width(label, 8) for label, _, _ in rows), default=40) + 8
    top = 6.0
    plot_w = max(40.0, width - label_w - 50)
    largest = max((count for _, count, _ in rows), default=0) or 1
    slot = (height - top - 6) / max(1, len(rows))
    bar_h = max(4.0, min(16.0, slot * 0.7))
    for index, (label, count, style) in enumerate(rows):
        y = top + index * slot + (slot - bar_h) / 2
        figure.add(Text(label_w - 6, y + bar_h / 2 + 3, label, 8, INK, "end"))
        box = Box(label_w, y, plot_w * count / largest, bar_h)
        fill = {"good": GOOD, "not_good": NOT_GOOD}.get(style, NEUTRAL)
        figure.add(Box(box.x, box.y, box.w, box.h, fill, INK, 0.5))
        if style == "not_good":
            figure.add(*_hatch(box))
        figure.add(Text(label_w + box.w + 6, y + bar_h / 2 + 3, str(count), 8, INK))
    return figure


# -- the trend report's three charts ---------------------------------------------------


def month_bars(report: TrendReport) -> list[Bar]:
    if report.filter.by != "month":
        return [
            Bar(
                p.label,
                p.share,
                mark=("Template " + ", ".join(p.new_templates)) if p.new_templates else "",
            )
            for p in report.periods
        ]
    short = len(report.months) > 6
    return [
        Bar(
            p.month.strftime("%b %y") if short else p.month.strftime("%b %Y"),
            p.share,
            mark=("Template " + ", ".join(p.new_templates)) if p.new_templates else "",
        )
        for p in report.months
    ]


def area_bars(report: TrendReport) -> list[Bar]:
    """Each practice area's bar, with its process-control status beside it: the bar is
    pale exactly when that status is 'too few to tell'."""
    process = {a.key: a.chart for a in report.process.areas} if report.process else {}
    bars = []
    for a in report.areas:
        chart = process.get(a.key)
        status = chart.status.lower() if chart else a.direction.words
        pale = chart.variation == TOO_FEW if chart else None
        bars.append(
            Bar(
                a.title,
                a.share,
                f"{percent(a.share.share)} of {a.share.total}; {status}",
                pale=pale,
            )
        )
    return bars


def reaudit_rows(report: TrendReport) -> list[tuple[str, int, str]]:
    r = report.reaudits
    return [
        ("Better judgement", r.improved, "good"),
        ("Same judgement", r.same, "neutral"),
        ("Worse judgement", r.worse, "not_good"),
    ]
