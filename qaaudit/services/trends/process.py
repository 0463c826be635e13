"""The trend read by statistical process control: the chart of the share judged good by
month, quarter or year for the filters in use, the same for each practice area (which
areas show special-cause concern), and this quarter so far against the last."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from qaaudit.domain.spc import (
    CONCERN,
    IMPROVEMENT,
    QUARTER,
    Period,
    ProcessChart,
    p_chart,
    period_label,
    period_name,
    period_start,
    periods_between,
)
from qaaudit.domain.trends import Direction, Share, add_months, direction, share_words


@dataclass(frozen=True)
class AreaProcess:
    key: str
    title: str
    chart: ProcessChart

    @property
    def concern(self) -> bool:
        """Special-cause concern in the latest period."""
        return self.chart.variation == CONCERN


@dataclass(frozen=True)
class QuarterSoFar:
    """The quarter of the last month in view, so far, against the whole quarter before."""

    start: date
    months: int
    this: Share
    last_start: date
    last: Share
    direction: Direction

    @property
    def words(self) -> str:
        so_far = "so far" if self.months < 3 else "(whole quarter)"
        return (
            f"This quarter ({period_name(self.start, QUARTER)}) {so_far}: "
            f"{share_words(self.this)}; last quarter ({period_name(self.last_start, QUARTER)}):"
            f" {share_words(self.last)}. {_capital(self.direction.words)}."
        )


@dataclass(frozen=True)
class ProcessView:
    by: str
    chart: ProcessChart
    areas: list[AreaProcess]
    quarter: QuarterSoFar | None
    breaks: list[tuple[date, str]]

    @property
    def method_words(self) -> str:
        """How the limits were worked out, and where and why the chart starts again."""
        parts = []
        for index, segment in enumerate(self.chart.segments):
            if index:
                label = period_label(segment.start, self.by)
                parts.append(f"from {label} ({segment.reason}): {segment.method}")
            else:
                parts.append(segment.method)
        return "Limits: " + "; ".join(parts) + "."

    @property
    def concerns(self) -> list[AreaProcess]:
        return [a for a in self.areas if a.concern]

    @property
    def improvements(self) -> list[AreaProcess]:
        return [a for a in self.areas if a.chart.variation == IMPROVEMENT]


def periods_of(shares: Mapping[date, Share], first: date, last: date, by: str) -> list[Period]:
    """Monthly shares gathered into every period from ``first`` to ``last``."""
    totals = {start: Share(0, 0) for start in periods_between(first, last, by)}
    for month, share in shares.items():
        start = period_start(month, by)
        if start in totals and first <= month <= last:
            totals[start] = totals[start] + share
    return [Period(start, s.good, s.total) for start, s in totals.items()]


def chart_breaks(
    breaks: Sequence[tuple[date, str]], first: date, last: date, by: str
) -> list[tuple[date, str]]:
    """Rebases and template changes inside the view, as the periods they start."""
    found: dict[date, list[str]] = {}
    for month, reason in sorted(breaks):
        if first < month <= last:
            found.setdefault(period_start(month, by), []).append(reason)
    return [(start, "; ".join(reasons)) for start, reasons in found.items()]


def process_view(
    by: str,
    first: date,
    last: date,
    shares: Mapping[date, Share],
    area_cells: Mapping[tuple[str, date], Share],
    areas: Sequence[tuple[str, str]],
    breaks: Sequence[tuple[date, str]],
) -> ProcessView:
    starts = chart_breaks(breaks, first, last, by)
    chart = p_chart(periods_of(shares, first, last, by), by, starts)
    area_charts = []
    for key, title in areas:
        mine = {month: share for (k, month), share in area_cells.items() if k == key}
        area_charts.append(
            AreaProcess(key, title, p_chart(periods_of(mine, first, last, by), by, starts))
        )
    order = {CONCERN: 0, IMPROVEMENT: 2}
    area_charts.sort(key=lambda a: order.get(a.chart.variation, 1))
    return ProcessView(by, chart, area_charts, quarter_so_far(shares, last), starts)


def quarter_so_far(shares: Mapping[date, Share], last: date) -> QuarterSoFar | None:
    """The quarter holding ``last``, up to it, against the whole quarter before (a
    difference is called only where it is larger than chance would explain)."""
    start = period_start(last, QUARTER)
    before = add_months(start, -3)
    this = sum((s for m, s in shares.items() if start <= m <= last), Share(0, 0))
    previous = sum((s for m, s in shares.items() if before <= m < start), Share(0, 0))
    if not this.total and not previous.total:
        return None
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    return QuarterSoFar(start, months, this, before, previous, direction(previous, this))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
