"""The arithmetic of trends and moderation: shares of good with their uncertainty, whether
a practice area is improving, and how far moderators agree with auditors.

Every number here is explained in words a social work manager can read: the screens and
reports show those words beside the numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

# 95% of the time the true share lies inside the interval.
Z_95 = 1.959964
# Fewer audits than this in a month (or a practice area, or a team) and the share is
# marked as resting on few audits.
SMALL_SAMPLE = 10
# Fewer judgement pairs than this and no kappa is given: it would mean very little.
KAPPA_MIN_PAIRS = 10

SMALL_SAMPLE_EXPLANATION = (
    f"A month with fewer than {SMALL_SAMPLE} audits is marked as small: with so few cases "
    "the share judged good can swing a long way by chance. The line through each bar shows "
    "the range the share would be expected to fall in 95 times out of 100 if the same "
    "practice were audited again (a 95% Wilson interval). For example, 3 good out of 5 is "
    "60%, but anything from 23% to 88% is consistent with it; 30 good out of 50 is also 60%, "
    "from 46% to 72%. Read small months with care, and look at the run of months rather "
    "than any one of them."
)

KAPPA_EXPLANATION = (
    "Agreement is the share of judgements the moderator left unchanged. Kappa (Cohen's "
    "weighted kappa, linear weights over exceeds good, meets good and does not meet good; "
    "'not applicable' left out) also allows for the agreement expected by chance and counts "
    "a one-step difference as half a disagreement: 1 is perfect agreement, 0 no better than "
    f"chance. It is shown only where there are at least {KAPPA_MIN_PAIRS} pairs of "
    "judgements. As a rough guide: above 0.8 almost perfect, 0.6 to 0.8 substantial, 0.4 to "
    "0.6 moderate, 0.2 to 0.4 fair, below 0.2 slight."
)


@dataclass(frozen=True)
class Share:
    """How many of a number of audits (or judgements) were good."""

    good: int
    total: int

    @property
    def not_good(self) -> int:
        return self.total - self.good

    @property
    def share(self) -> float | None:
        return self.good / self.total if self.total else None

    @property
    def small(self) -> bool:
        return 0 < self.total < SMALL_SAMPLE

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson_interval(self.good, self.total)

    def __add__(self, other: Share) -> Share:
        return Share(self.good + other.good, self.total + other.total)


def wilson_interval(good: int, total: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval for a share: sensible even for a handful of audits or a
    share of 0% or 100%, where the textbook interval collapses."""
    if total <= 0:
        return None
    if not 0 <= good <= total:
        raise ValueError("good must be between 0 and the total")
    p = good / total
    z2 = z * z
    denominator = 1 + z2 / total
    centre = (p + z2 / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100):d}%"


def share_words(share: Share) -> str:
    """'12 of 20 good (60%)', the way every share is shown."""
    if not share.total:
        return "no audits"
    text = f"{share.good} of {share.total} good ({percent(share.share)})"
    if share.small:
        text += ", few audits"
    return text


# -- is it getting better? -------------------------------------------------------------

IMPROVING = "improving"
DECLINING = "declining"
NO_CLEAR_CHANGE = "no clear change"
TOO_FEW = "too few audits to tell"


@dataclass(frozen=True)
class Direction:
    earlier: Share
    later: Share
    verdict: str

    @property
    def change_points(self) -> float | None:
        if self.earlier.share is None or self.later.share is None:
            return None
        return (self.later.share - self.earlier.share) * 100

    @property
    def words(self) -> str:
        change = self.change_points
        if change is None or self.verdict == TOO_FEW:
            return self.verdict
        sign = "+" if change >= 0 else "−"
        return f"{self.verdict} ({sign}{abs(round(change))} points)"


def direction(earlier: Share, later: Share, z: float = Z_95) -> Direction:
    """Earlier against later half of a period: a change is called improving or declining
    only when it is larger than chance would explain (a two-proportion test at 95%)."""
    if earlier.total < SMALL_SAMPLE or later.total < SMALL_SAMPLE:
        return Direction(earlier, later, TOO_FEW)
    pooled = (earlier.good + later.good) / (earlier.total + later.total)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / earlier.total + 1 / later.total))
    difference = later.good / later.total - earlier.good / earlier.total
    if spread == 0 or abs(difference) / spread < z:
        return Direction(earlier, later, NO_CLEAR_CHANGE)
    return Direction(earlier, later, IMPROVING if difference > 0 else DECLINING)


# -- months ----------------------------------------------------------------------------


_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str) -> date:
    """'2017-03' (or '2017-3', or a full date) to the first of that month."""
    text = text.strip()
    try:
        found = _YEAR_MONTH.fullmatch(text)
        if found:
            return date(int(found.group(1)), int(found.group(2)), 1)
        return date.fromisoformat(text).replace(day=1)
    except ValueError:
        raise ValueError(f"“{text}” is not a month; write it as YYYY-MM, e.g. 2017-03.") from None


def month_label(month: date) -> str:
    return month.strftime("%b %Y")


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """Every month from first to last inclusive, as first-of-month dates."""
    start = first.replace(day=1)
    end = last.replace(day=1)
    months = []
    while start <= end:
        months.append(start)
        start = add_months(start, 1)
    return months


def split_halves(months: Sequence[date]) -> tuple[list[date], list[date]]:
    """The earlier and the later half of a period (the middle month, if any, goes to
    neither, so the halves are the same length)."""
    half = len(months) // 2
    return list(months[:half]), list(months[len(months) - half :])


# -- agreement between auditor and moderator -------------------------------------------


@dataclass(frozen=True)
class Agreement:
    agreed: int
    compared: int
    kappa: float | None
    pairs: int

    @property
    def rate(self) -> float | None:
        return self.agreed / self.compared if self.compared else None

    @property
    def kappa_words(self) -> str:
        if self.kappa is None:
            if self.pairs < KAPPA_MIN_PAIRS:
                return f"too few pairs ({self.pairs} of at least {KAPPA_MIN_PAIRS})"
            return "not defined (every judgement the same)"
        return f"{self.kappa:.2f} ({kappa_band(self.kappa)})"


def kappa_band(kappa: float) -> str:
    if kappa > 0.8:
        return "almost perfect"
    if kappa > 0.6:
        return "substantial"
    if kappa > 0.4:
        return "moderate"
    if kappa > 0.2:
        return "fair"
    if kappa > 0:
        return "slight"
    return "no better than chance"


def weighted_kappa(
    pairs: Mapping[tuple[str, str], int], order: Sequence[str], min_pairs: int = KAPPA_MIN_PAIRS
) -> float | None:
    """Cohen's kappa with linear weights for two raters on an ordered scale.

    ``pairs`` counts (first rater's grade, second rater's grade); grades not in ``order``
    (not applicable, not judged) are left out. None when there are fewer than
    ``min_pairs`` pairs, or when chance alone would give perfect agreement.
    """
    position = {grade: index for index, grade in enumerate(order)}
    steps = len(order) - 1
    if steps < 1:
        raise ValueError("a scale needs at least two grades")
    counts = [[0] * len(order) for _ in order]
    for (first, second), count in pairs.items():
        if first in position and second in position and count:
            counts[position[first]][position[second]] += count
    total = sum(map(sum, counts))
    if total < min_pairs or total == 0:
        return None
    rows = [sum(row) / total for row in counts]
    columns = [sum(counts[i][j] for i in range(len(order))) / total for j in range(len(order))]
    observed = 0.0
    expected = 0.0
    for i in range(len(order)):
        for j in range(len(order)):
            weight = 1 - abs(i - j) / steps
            observed += weight * counts[i][j] / total
            expected += weight * rows[i] * columns[j]
    if math.isclose(expected, 1.0):
        return None
    return (observed - expected) / (1 - expected)


def agreement(
    pairs: Mapping[tuple[str, str], int],
    order: Sequence[str],
    min_pairs: int = KAPPA_MIN_PAIRS,
) -> Agreement:
    """Plain agreement over every compared pair, and kappa over the graded ones."""
    compared = sum(pairs.values())
    agreed = sum(n for (first, second), n in pairs.items() if first == second)
    graded = sum(n for (first, second), n in pairs.items() if first in order and second in order)
    return Agreement(agreed, compared, weighted_kappa(pairs, order, min_pairs), graded)


def merge_pairs(
    many: Iterable[Mapping[tuple[str, str], int]],
) -> dict[tuple[str, str], int]:
    merged: dict[tuple[str, str], int] = {}
    for pairs in many:
        for key, count in pairs.items():
            merged[key] = merged.get(key, 0) + count
    return merged
