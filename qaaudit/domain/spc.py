"""Statistical process control of the share judged good: a p-chart by period (month,
quarter or year), Laney's p′ where the periods vary more than chance between audits
alone explains, and the special-cause rules NHS boards read charts by ("Making Data
Count").

The chart in plain words:

- The centre line is the share good over every period of a segment (all good judgements
  over all judgements, not the average of the periods' shares).
- The process limits are three sigma either side of it, where sigma depends on each
  period's own number of audits n: sqrt(p(1 − p) / n). A period with few audits has wide
  limits, one with many narrow ones.
- Laney's p′: each period's distance from the centre in sigmas is its z-score; the average
  moving range of consecutive z-scores divided by 1.128 is sigma_z. Where sigma_z is above
  1 and at least ``LANEY_MIN_POINTS`` periods have audits, the periods vary more than
  chance between audits explains (a council's months differ in more than luck), and every
  sigma is widened by sigma_z. Otherwise the plain p-chart is used (sigma_z at or below 1
  would only narrow the limits, and from fewer periods it is too unsteady to trust).
- A period with no audits has no point: it is a gap that neither breaks a run or a trend
  nor counts in one. A point exactly on the centre line (or level with the point before,
  for a trend) is treated the same way.
- The chart starts again (a new segment, with its own centre and limits) at each rebase:
  a date the QA lead set, or where the audit template changed. No run or trend crosses a
  rebase.

Special causes (more good is better, so above or rising is improvement):

- a point outside the process limits;
- a run of ``RUN_POINTS`` points on one side of the centre line;
- ``TREND_POINTS`` points in a row each higher (or each lower) than the one before;
- two of three points in a row beyond two sigma on the same side.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
PERIODS = (MONTH, QUARTER, YEAR)
PERIOD_WORDS = {
    MONTH: ("month", "months"),
    QUARTER: ("quarter", "quarters"),
    YEAR: ("year", "years"),
}

RUN_POINTS = 7
TREND_POINTS = 7
# The fewest periods with audits that can show a run or a trend at all.
MIN_POINTS = 7
# The fewest periods with audits from which sigma_z is steady enough to widen the limits.
LANEY_MIN_POINTS = 12
# Laney's d2: the average moving range of two values over their sigma.
D2 = 1.128

OUTSIDE = "outside"
RUN = "run"
TREND = "trend"
TWO_OF_THREE = "two of three"
RULE_WORDS = {
    OUTSIDE: "outside the process limits",
    RUN: f"run of {RUN_POINTS} or more on one side of the centre line",
    TREND: f"{TREND_POINTS} or more in a row rising or falling",
    TWO_OF_THREE: "2 of 3 beyond two sigma",
}
RULE_SHORT = {OUTSIDE: "outside limits", RUN: "run", TREND: "trend", TWO_OF_THREE: "2 of 3"}
# The order rules are named in: the plainest first.
RULE_ORDER = (OUTSIDE, RUN, TREND, TWO_OF_THREE)

COMMON = "common cause"
IMPROVEMENT = "special cause improvement"
CONCERN = "special cause concern"
TOO_FEW = "too few to tell"
NO_AUDITS = ""

IMPROVING = "Improving"
STABLE = "Stable"
WORSENING = "Getting worse"

_EPSILON = 1e-12

EXPLANATION = (
    "How to read the process-control chart: each dot is the share judged good in a period. "
    "The solid line is the centre (the share over all the periods); the dashed lines are the "
    "process limits, within which a period's share falls by chance alone. They are wider for "
    "a period with few audits. Where the periods differ from each other more than chance "
    f"explains (and at least {LANEY_MIN_POINTS} have audits) the limits are widened "
    "(Laney's p′). A blue dot is a special cause improvement, an orange square a concern: "
    f"a period outside the limits; {RUN_POINTS} in a row on one side of the centre line; "
    f"{TREND_POINTS} in a row each higher (or lower) than the one before; or 2 of 3 in a row "
    "close to a limit (beyond two sigma). A period with no audits is left out and does not "
    "break a run. The chart starts again where the QA lead rebased it and where the audit "
    "template changed."
)


# -- periods ---------------------------------------------------------------------------


def period_start(day: date, by: str) -> date:
    """The first day of the month, quarter or year that ``day`` falls in."""
    if by == MONTH:
        return day.replace(day=1)
    if by == QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if by == YEAR:
        return date(day.year, 1, 1)
    raise ValueError(f"“{by}” is not a period; choose month, quarter or year.")


def next_period(start: date, by: str) -> date:
    step = {MONTH: 1, QUARTER: 3, YEAR: 12}[by]
    index = start.year * 12 + start.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)


def periods_between(first: date, last: date, by: str) -> list[date]:
    """The start of every period from the one holding ``first`` to the one holding
    ``last``."""
    start, end = period_start(first, by), period_start(last, by)
    result = []
    while start <= end:
        result.append(start)
        start = next_period(start, by)
    return result


def period_label(start: date, by: str) -> str:
    """Short, for axes and tables: 'Mar 2017', '2017 Q1', '2017'."""
    if by == MONTH:
        return start.strftime("%b %Y")
    if by == QUARTER:
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def period_name(start: date, by: str) -> str:
    """In a sentence: 'March 2017', 'Jan to Mar 2017', '2017'."""
    if by == MONTH:
        return start.strftime("%B %Y")
    if by == QUARTER:
        last = date(start.year, start.month + 2, 1)
        return f"{start.strftime('%b')} to {last.strftime('%b %Y')}"
    return str(start.year)


def in_words(start: date, by: str) -> str:
    """A period inside a sentence: 'March 2017', 'the quarter Jan to Mar 2017', '2017'."""
    name = period_name(start, by)
    return f"the quarter {name}" if by == QUARTER else name


def count_words(count: int, by: str) -> str:
    one, many = PERIOD_WORDS[by]
    return f"{count} {one if count == 1 else many}"


# -- the chart -------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Good judgements of all judgements in one period."""

    start: date
    good: int
    total: int


@dataclass(frozen=True)
class ChartPoint:
    start: date
    good: int
    total: int
    segment: int
    centre: float | None
    lower: float | None
    upper: float | None
    # Two sigma either side, for the 2-of-3 rule.
    lower_2: float | None
    upper_2: float | None
    rules: tuple[str, ...] = ()
    variation: str = NO_AUDITS

    @property
    def share(self) -> float | None:
        return self.good / self.total if self.total else None

    @property
    def signal_words(self) -> str:
        """'special cause improvement: run of 7 or more on one side of the centre line'."""
        if not self.total:
            return "no audits"
        if not self.rules:
            return self.variation
        return f"{self.variation}: " + "; ".join(RULE_WORDS[r] for r in self.rules)

    @property
    def signal_short(self) -> str:
        """'improvement: run, 2 of 3', for a table on paper."""
        if not self.total:
            return "no audits"
        if not self.rules:
            return self.variation
        kind = self.variation.removeprefix("special cause ")
        return f"{kind}: " + ", ".join(RULE_SHORT[r] for r in self.rules)


@dataclass(frozen=True)
class Segment:
    """A stretch of the chart between rebases, with its own centre and limits."""

    start: date
    centre: float | None
    points: int  # periods with audits
    sigma_z: float | None
    laney: bool
    reason: str = ""

    @property
    def method(self) -> str:
        if self.laney and self.sigma_z is not None:
            return f"Laney p′ (sigma_z {self.sigma_z:.2f})"
        return "p-chart"


@dataclass(frozen=True)
class ProcessChart:
    by: str
    points: tuple[ChartPoint, ...]
    segments: tuple[Segment, ...]
    variation: str
    status: str
    headline: str

    @property
    def signals(self) -> list[ChartPoint]:
        return [p for p in self.points if p.rules]


def p_chart(
    periods: Sequence[Period],
    by: str = MONTH,
    rebases: Iterable[tuple[date, str]] = (),
) -> ProcessChart:
    """The process-control chart of ``periods`` (in order, empty ones included), starting
    again at each rebase (the start of a period, and why)."""
    reasons = {start: reason for start, reason in rebases}
    segments: list[list[Period]] = []
    for period in periods:
        if not segments or (period.start in reasons and segments[-1]):
            segments.append([])
        segments[-1].append(period)
    points: list[ChartPoint] = []
    made: list[Segment] = []
    for index, members in enumerate(segments):
        segment, charted = _segment(index, members)
        made.append(
            Segment(
                segment.start,
                segment.centre,
                segment.points,
                segment.sigma_z,
                segment.laney,
                reasons.get(segment.start, ""),
            )
        )
        points.extend(charted)
    variation, status, headline = _headline(points, made, by)
    return ProcessChart(by, tuple(points), tuple(made), variation, status, headline)


def _segment(index: int, members: Sequence[Period]) -> tuple[Segment, list[ChartPoint]]:
    good = sum(p.good for p in members)
    total = sum(p.total for p in members)
    filled = [p for p in members if p.total]
    if not total:
        blank = [ChartPoint(p.start, 0, 0, index, None, None, None, None, None) for p in members]
        return Segment(members[0].start, None, 0, None, False), blank
    centre = good / total
    sigmas = {p.start: math.sqrt(centre * (1 - centre) / p.total) for p in filled}
    sigma_z = _sigma_z(filled, centre, sigmas)
    laney = sigma_z is not None and sigma_z > 1 and len(filled) >= LANEY_MIN_POINTS
    widen = sigma_z if laney and sigma_z is not None else 1.0
    charted = []
    for p in members:
        if not p.total:
            charted.append(ChartPoint(p.start, 0, 0, index, centre, None, None, None, None))
            continue
        s = sigmas[p.start] * widen
        charted.append(
            ChartPoint(
                p.start,
                p.good,
                p.total,
                index,
                centre,
                max(0.0, centre - 3 * s),
                min(1.0, centre + 3 * s),
                max(0.0, centre - 2 * s),
                min(1.0, centre + 2 * s),
            )
        )
    return Segment(members[0].start, centre, len(filled), sigma_z, laney), _signals(charted)


def _sigma_z(filled: Sequence[Period], centre: float, sigmas: dict[date, float]) -> float | None:
    """The average moving range of consecutive z-scores over 1.128 (Laney)."""
    if len(filled) < 2 or not 0 < centre < 1:
        return None
    z = [(p.good / p.total - centre) / sigmas[p.start] for p in filled]
    ranges = [abs(b - a) for a, b in zip(z, z[1:], strict=False)]
    return sum(ranges) / len(ranges) / D2


# -- special causes --------------------------------------------------------------------


def _signals(points: list[ChartPoint]) -> list[ChartPoint]:
    """Each point with the rules it is part of and its variation."""
    filled = [i for i, p in enumerate(points) if p.total]
    found: dict[int, dict[str, int]] = {i: {} for i in filled}  # rule -> +1 up, -1 down

    def mark(indices: Iterable[int], rule: str, side: int) -> None:
        for i in indices:
            found[i].setdefault(rule, side)

    for i in filled:
        p = points[i]
        share, lower, upper = p.share, p.lower, p.upper
        assert share is not None and lower is not None and upper is not None
        if share > upper + _EPSILON:
            mark([i], OUTSIDE, 1)
        elif share < lower - _EPSILON:
            mark([i], OUTSIDE, -1)
    for run, side in _runs(points, filled):
        if len(run) >= RUN_POINTS:
            mark(run, RUN, side)
    for run, side in _trends(points, filled):
        if len(run) >= TREND_POINTS:
            mark(run, TREND, side)
    for window in zip(filled, filled[1:], filled[2:], strict=False):
        for side in (1, -1):
            beyond = [i for i in window if _beyond_two_sigma(points[i], side)]
            if len(beyond) >= 2:
                mark(beyond, TWO_OF_THREE, side)
    result = []
    for i, p in enumerate(points):
        if not p.total:
            result.append(p)
            continue
        rules = tuple(r for r in RULE_ORDER if r in found[i])
        variation = COMMON
        if rules:
            variation = IMPROVEMENT if found[i][rules[0]] > 0 else CONCERN
        result.append(_with(p, rules, variation))
    return result


def _with(p: ChartPoint, rules: tuple[str, ...], variation: str) -> ChartPoint:
    return ChartPoint(
        p.start,
        p.good,
        p.total,
        p.segment,
        p.centre,
        p.lower,
        p.upper,
        p.lower_2,
        p.upper_2,
        rules,
        variation,
    )


def _side(value: float, reference: float) -> int:
    if value > reference + _EPSILON:
        return 1
    if value < reference - _EPSILON:
        return -1
    return 0


def _runs(points: Sequence[ChartPoint], filled: Sequence[int]) -> list[tuple[list[int], int]]:
    """Unbroken runs of points on one side of the centre line; points on the line are
    skipped (they neither count nor break)."""
    runs: list[tuple[list[int], int]] = []
    for i in filled:
        share, centre = points[i].share, points[i].centre
        assert share is not None and centre is not None
        side = _side(share, centre)
        if side == 0:
            continue
        if runs and runs[-1][1] == side:
            runs[-1][0].append(i)
        else:
            runs.append(([i], side))
    return runs


def _trends(points: Sequence[ChartPoint], filled: Sequence[int]) -> list[tuple[list[int], int]]:
    """Points each higher (or each lower) than the last; a point level with the one
    before is skipped. The point where the direction turns ends one trend and starts the
    next."""
    trends: list[tuple[list[int], int]] = []
    current: list[int] = []
    direction = 0
    for i in filled:
        if not current:
            current = [i]
            continue
        before, now = points[current[-1]].share, points[i].share
        assert before is not None and now is not None
        step = _side(now, before)
        if step == 0:
            continue
        if direction in (0, step):
            current.append(i)
        else:
            trends.append((current, direction))
            current = [current[-1], i]
        direction = step
    if len(current) > 1:
        trends.append((current, direction))
    return trends


def _beyond_two_sigma(p: ChartPoint, side: int) -> bool:
    share, lower_2, upper_2 = p.share, p.lower_2, p.upper_2
    assert share is not None and lower_2 is not None and upper_2 is not None
    if side > 0:
        return share > upper_2 + _EPSILON
    return share < lower_2 - _EPSILON


# -- in words --------------------------------------------------------------------------


def _headline(
    points: Sequence[ChartPoint], segments: Sequence[Segment], by: str
) -> tuple[str, str, str]:
    """The variation of the latest point, whether good is improving, stable or getting
    worse, and one sentence that says why."""
    last_segment = segments[-1] if segments else None
    filled = [p for p in points if p.total]
    since = ""
    if last_segment is not None and len(segments) > 1:
        since = f" since the chart was rebased in {in_words(last_segment.start, by)}"
    latest = [p for p in filled if last_segment is not None and p.segment == len(segments) - 1]
    if len(latest) < MIN_POINTS:
        return (
            TOO_FEW,
            TOO_FEW.capitalize(),
            f"Too few to tell: {count_words(len(latest), by)} with audits{since}; at least "
            f"{MIN_POINTS} are needed before a run or a trend can show.",
        )
    last = latest[-1]
    if last.variation == COMMON:
        assert last_segment is not None and last_segment.centre is not None
        return (
            COMMON,
            STABLE,
            f"Stable: the share judged good varies by chance (common cause) around "
            f"{_percent(last_segment.centre)} since {in_words(last_segment.start, by)}; "
            "no special cause.",
        )
    up = last.variation == IMPROVEMENT
    status = IMPROVING if up else WORSENING
    rule = last.rules[0]
    if rule == OUTSIDE:
        limit = last.upper if up else last.lower
        assert limit is not None and last.share is not None
        words = (
            f"{in_words(last.start, by)} was {'above the upper' if up else 'below the lower'}"
            f" process limit ({_percent(last.share)} good against "
            f"{'at most' if up else 'at least'} {_percent(limit)} expected by chance)"
        )
    elif rule == RUN:
        run = _run_ending_at(latest, 1 if up else -1)
        words = (
            f"{count_words(len(run), by)} in a row {'above' if up else 'below'} the centre "
            f"line since {in_words(run[0].start, by)}"
        )
    elif rule == TREND:
        run = _trend_ending_at(latest, 1 if up else -1)
        words = (
            f"{'rising' if up else 'falling'} for {count_words(len(run), by)} in a row since "
            f"{in_words(run[0].start, by)}"
        )
    else:
        words = (
            f"2 of the last 3 {PERIOD_WORDS[by][1]} beyond two sigma "
            f"{'above' if up else 'below'} the centre line"
        )
    return last.variation, status, f"{status}: {words}."


def _run_ending_at(latest: Sequence[ChartPoint], side: int) -> list[ChartPoint]:
    """The points on ``side`` of the centre line up to the last one (points on the line
    skipped)."""
    run: list[ChartPoint] = []
    for p in reversed(latest):
        assert p.share is not None and p.centre is not None
        here = _side(p.share, p.centre)
        if here == side:
            run.append(p)
        elif here != 0:
            break
    return run[::-1]


def _trend_ending_at(latest: Sequence[ChartPoint], step: int) -> list[ChartPoint]:
    """The points each higher (``step`` 1) or lower than the one before, up to the last
    one (points level with the one after skipped)."""
    run = [latest[-1]]
    for p in reversed(latest[:-1]):
        assert p.share is not None and run[-1].share is not None
        here = _side(run[-1].share, p.share)
        if here == step:
            run.append(p)
        elif here != 0:
            break
    return run[::-1]


def _percent(value: float) -> str:
    return f"{round(value * 100):d}%"
