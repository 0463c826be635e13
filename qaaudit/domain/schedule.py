"""The QAF plan's months, its kinds of activity, and the rules that read months from the
council's comments.

The 2017 plan reached us as text that lost the shading of its JAN..DEC grid. The months
follow from each task's comment ("quarterly", "3 times per year", ...); the rules below are
explained, one by one, in docs/schedule-rules.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_HEADINGS = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ALL_MONTHS = frozenset(range(1, 13))


def months_to_mask(months: frozenset[int] | set[int] | tuple[int, ...]) -> int:
    mask = 0
    for month in months:
        if not 1 <= month <= 12:
            raise ValueError(f"There is no month number {month}.")
        mask |= 1 << (month - 1)
    return mask


def mask_to_months(mask: int) -> frozenset[int]:
    return frozenset(m for m in range(1, 13) if mask & (1 << (m - 1)))


def months_label(months: frozenset[int]) -> str:
    """ "Mar, Jun, Sep, Dec", "every month" or "no fixed months"."""
    if not months:
        return "no fixed months"
    if months == ALL_MONTHS:
        return "every month"
    return ", ".join(MONTH_NAMES[m - 1][:3] for m in sorted(months))


# The marks of a month in the plan grid and the workbook.
MARK = "●"  # scheduled, as read from the plan
WHEN_NEEDED_MARK = "○"  # only when needed
ASSUMED_MARK = "?"  # beside the shading: a month assumed, not read from the plan
MONTH_KEY = (
    (MARK, "scheduled, as read from the council's plan"),
    (
        MARK + ASSUMED_MARK,
        "assumed by us, not read from the plan: confirm it in the plan editor, or change it",
    ),
    (
        WHEN_NEEDED_MARK,
        "only when needed (a concern arises, a number still to agree): never overdue",
    ),
    ("1", "a figure printed in that month's cell: how many are due that month"),
)


def month_mark(on: bool, assumed: bool, when_needed: bool, figure: int | None = None) -> str:
    """What a month cell shows, in the plan grid and the workbook alike."""
    if not on:
        return ""
    mark = str(figure) if figure is not None else (WHEN_NEEDED_MARK if when_needed else MARK)
    return mark + (ASSUMED_MARK if assumed else "")


def month_words(on: bool, assumed: bool, when_needed: bool, figure: int | None = None) -> str:
    """The same, in words (for screen readers and tooltips)."""
    if not on:
        return "not scheduled"
    words = "only when needed" if when_needed else "scheduled"
    if figure is not None:
        words += f", {figure} printed for the month"
    if assumed:
        words += "; assumed, not read from the plan: confirm it or change it"
    return words


def counts_to_text(counts: dict[int, int]) -> str:
    """Figures printed in single month cells, stored as "12=1" (month=number, by commas)."""
    return ",".join(f"{m}={n}" for m, n in sorted(counts.items()))


def text_to_counts(text: str | None) -> dict[int, int]:
    counts: dict[int, int] = {}
    for part in (text or "").split(","):
        month, _sep, number = part.partition("=")
        if month.strip().isdigit() and number.strip().isdigit() and 1 <= int(month) <= 12:
            counts[int(month)] = int(number)
    return counts


def month_title(month: date) -> str:
    return f"{MONTH_NAMES[month.month - 1]} {month.year}"


# --- Kinds of activity ------------------------------------------------------------------

AUDIT = "audit"  # counted from completed case file audits
REAUDIT = "reaudit"  # counted from completed audits of a case audited before
RECORDED = "recorded"  # recorded as done, with a date and a note


@dataclass(frozen=True)
class ActivityKind:
    key: str
    label: str
    counted_from: str  # AUDIT, REAUDIT or RECORDED

    @property
    def automatic(self) -> bool:
        return self.counted_from != RECORDED


ACTIVITY_KINDS: tuple[ActivityKind, ...] = (
    ActivityKind("case_file_audit", "Case file audit", AUDIT),
    ActivityKind("re_audit", "Re-audit", REAUDIT),
    ActivityKind("reflective_audit", "Reflective practice case audit", AUDIT),
    ActivityKind("practice_observation", "Observation of practice", RECORDED),
    ActivityKind("supervision_observation", "Supervision observation", RECORDED),
    ActivityKind("plans_review", "Supervision, assessments and plans", RECORDED),
    ActivityKind("dip_sample", "Dip sample", RECORDED),
    ActivityKind("lac_review", "LAC review records", RECORDED),
    ActivityKind("cp_review", "CP conference records", RECORDED),
    ActivityKind("placement_visit", "Visit to a child in placement", RECORDED),
    ActivityKind("reg44_visit", "Regulation 44 visit", RECORDED),
    ActivityKind("provider_visit", "Visit to a provider", RECORDED),
    ActivityKind("contract_meeting", "Contract or market meeting", RECORDED),
    ActivityKind("placement_review", "Review of placements", RECORDED),
    ActivityKind("provider_monitoring", "Provider monitoring and returns", RECORDED),
    ActivityKind("report", "Report or report review", RECORDED),
    ActivityKind("panel", "Panel", RECORDED),
    ActivityKind("self_assessment", "Self-assessment", RECORDED),
    ActivityKind("carer_support", "Support to carers", RECORDED),
    ActivityKind("national_standards", "National standards audit", RECORDED),
    ActivityKind("board_audit", "Safeguarding Board audit", RECORDED),
    ActivityKind("audit_moderation", "Quality assurance of audits", RECORDED),
    ActivityKind("lado_review", "LADO case progression review", RECORDED),
    ActivityKind("external_audit", "External case file audit", RECORDED),
    ActivityKind("complaints", "Responses to complaints and issues", RECORDED),
    ActivityKind("other", "Other activity", RECORDED),
)
_KINDS = {k.key: k for k in ACTIVITY_KINDS}

# The form a task of these kinds is completed on, unless the QA lead names another: a
# completed record of it counts toward the task, as a case file audit counts toward an
# audit task. (Recording the activity as done by hand still counts too.)
KIND_INSTRUMENTS = {
    "practice_observation": "observation_of_practice",
    "supervision_observation": "supervision_audit",
    "dip_sample": "dip_sample",
}


def instrument_for_kind(kind: str) -> str | None:
    return KIND_INSTRUMENTS.get(kind)


def activity_kind(key: str) -> ActivityKind:
    try:
        return _KINDS[key]
    except KeyError:
        raise KeyError(f"There is no kind of activity called {key!r}.") from None


def kind_for_label(label: str) -> ActivityKind | None:
    wanted = label.strip().casefold()
    for kind in ACTIVITY_KINDS:
        if kind.label.casefold() == wanted or kind.key == wanted:
            return kind
    return None


# --- Month rules ------------------------------------------------------------------------

# Every rule puts a task at the END of the period it covers: a quarterly task is due in the
# quarter's last month, so nothing shows as overdue before its period is over, and work
# done earlier in the period counts towards it (see due.py).
QUARTER_ENDS = frozenset({3, 6, 9, 12})
THIRDS_ENDS = frozenset({4, 8, 12})
HALF_ENDS = frozenset({6, 12})
# The audit themes table: "Full case file audit ... Re-audit: February and August".
REAUDIT_MONTHS = frozenset({2, 8})
BI_MONTHLY = frozenset({2, 4, 6, 8, 10, 12})
# The kinds of task that are a case audit: the plan asks for one a month at most.
AUDIT_KINDS = frozenset({"case_file_audit", "re_audit", "reflective_audit"})


def six_weekly_months(year: int) -> frozenset[int]:
    """Months holding a meeting when meetings fall every six weeks from the first Monday
    of the year (2017: Jan, Feb, Mar, May, Jun, Jul, Sep, Oct, Dec)."""
    day = date(year, 1, 1)
    day += timedelta(days=(7 - day.weekday()) % 7)
    months = set()
    while day.year == year:
        months.add(day.month)
        day += timedelta(weeks=6)
    return frozenset(months)


@dataclass(frozen=True)
class MonthReading:
    """What a comment says about months: the rule used, the months, how many each time,
    whether the months are our assumption rather than the plan's words, and whether the
    task is due only when needed (when a concern arises, its number not yet agreed)."""

    rule: str
    months: frozenset[int]
    expected: int = 1
    assumed: bool = False
    when_needed: bool = False


_MONTH_WORDS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTH_PATTERN = "|".join(_MONTH_WORDS)
_MONTH_RE = re.compile(rf"\b({_MONTH_PATTERN})\b", re.I)
_NUMBER = re.compile(
    r"\b(\d+)\s*x\b|\bat least (\d+)\b|\b(\d+) (?:cases|visits|plans)\b(?! per year)", re.I
)
# "4 x cases (2 IRO & 2 CP Chairs)": the number is shared by the people named.
_SHARED = re.compile(r"\((\d+)\s+[^()&]*?&\s*(\d+)\s+[^()]*\)")
_START = re.compile(rf"(?:commence|commencing)\s+in\s+({_MONTH_PATTERN})", re.I)
# Due only when something calls for it, or with the number still to be agreed.
_WHEN_NEEDED = (
    "where concerns",
    "number tba",
    "as required",
    "ad-hoc",
    "ad hoc",
)
# Someone else's timetable, or one not yet agreed.
_NO_FIXED = (
    "ofsted schedule",
    "to be agreed",
    "aligned with",
    "in line with their audit timetable",
)
_THREE_A_YEAR = re.compile(r"\b3 (?:times|plans|\w+) per year\b|\b3 times per\b")
_TWICE_A_YEAR = re.compile(r"\btwice yearly\b|\b2 \w+ per year\b")


def _expected(text: str) -> int:
    for match in _NUMBER.finditer(text):
        value = next(g for g in match.groups() if g)
        number = int(value)
        shared = _SHARED.search(text)
        if shared:
            people = int(shared.group(1)) + int(shared.group(2))
            return max(-(-number // people), 1)
        return number
    return 1


def _named_months(text: str) -> frozenset[int]:
    return frozenset(_MONTH_WORDS[m.lower()] for m in _MONTH_RE.findall(text))


def spread_from(start: int, times: int) -> frozenset[int]:
    """``times`` months, the first in ``start`` and the last in December, evenly apart
    ("3 times per year. To commence in June": Jun, Sep, Dec)."""
    if times <= 1 or start >= 12:
        return frozenset({start})
    step = (12 - start) / (times - 1)
    return frozenset(start + round(i * step) for i in range(times))


def _every_from(start: int, step: int) -> frozenset[int]:
    return frozenset(range(start, 13, step))


def read_months(comment: str, purpose: str = "", year: int = 2017) -> MonthReading:
    """The months a task falls in, read from its comment (or, when the comment says
    nothing, its purpose). One rule per kind of comment, named as in
    docs/schedule-rules.md."""
    text = " ".join(comment.split())
    if not text:
        text = " ".join(purpose.split())
    reading = _read(text.lower(), year)
    if any(word in text.lower() for word in _WHEN_NEEDED):
        months = reading.months or ALL_MONTHS
        return MonthReading(
            f"when needed ({reading.rule})",
            months,
            reading.expected,
            assumed=reading.assumed,
            when_needed=True,
        )
    return reading


def _read(lowered: str, year: int) -> MonthReading:
    expected = _expected(lowered)
    start_match = _START.search(lowered)
    start = _MONTH_WORDS[start_match.group(1)] if start_match else None
    if not lowered:
        return MonthReading("no fixed months", frozenset())
    if "re-audit:" in lowered or ("/" in lowered and _named_months(lowered)):
        # "Re-audit: February and August"; "in January/February ... September/October"
        months = _named_months(lowered)
        if "150" in lowered and len(months) == 4:
            expected = 75  # 150 audits in each two-month window
        return MonthReading("months named", months, expected)
    if start is None and re.search(rf"\bin ({_MONTH_PATTERN})\b", lowered):
        # "Each manager to re-audit 1 case in October"
        return MonthReading("one month named", _named_months(lowered), expected)
    if any(words in lowered for words in _NO_FIXED):
        return MonthReading("no fixed months", frozenset(), expected)
    if "bi-monthly" in lowered or "bimonthly" in lowered:
        return MonthReading("bi-monthly", BI_MONTHLY, expected)
    if re.search(r"\b(6|six) weekly\b", lowered):
        return MonthReading("6 weekly", six_weekly_months(year), expected)
    if "quarterly" in lowered or ("per quarter" in lowered and not _THREE_A_YEAR.search(lowered)):
        if start is not None:
            return MonthReading("quarterly, from the month named", _every_from(start, 3), expected)
        return MonthReading("quarterly", QUARTER_ENDS, expected)
    if _THREE_A_YEAR.search(lowered):
        # "3 times per year", "3 plans per year (1 per quarter)", "3 plans per year as per
        # schedule": the ends of the year's thirds (April, August, December), one in
        # each of three different quarters.
        if start is not None:
            return MonthReading("3 a year, from the month named", spread_from(start, 3), expected)
        return MonthReading("3 a year", THIRDS_ENDS, expected)
    if _TWICE_A_YEAR.search(lowered):
        if start is not None:
            return MonthReading(
                "twice a year, from the month named", spread_from(start, 2), expected
            )
        return MonthReading("twice a year", HALF_ENDS, expected)
    if "as per schedule" in lowered:
        # The schedule was the lost shading: monthly is our assumption.
        months = _every_from(start, 1) if start is not None else ALL_MONTHS
        rule = "as per schedule, from the month named" if start is not None else "as per schedule"
        return MonthReading(rule, months, expected, assumed=True)
    if "monthly" in lowered:
        return MonthReading("monthly", ALL_MONTHS, expected)
    if "annual" in lowered:
        return MonthReading("annual", frozenset({12}), expected)
    if start is not None:
        # "Each manager to audit 1 case. To commence in July": no pace is given, so once,
        # in the month named.
        return MonthReading("once, in the month named", frozenset({start}), expected)
    return MonthReading("no fixed months", frozenset(), expected)


def fit_role(readings: list[tuple[str, MonthReading]]) -> list[MonthReading]:
    """Adjust one role's readings to each other: where a role has a re-audit task, its
    re-audits fall in the audit themes table's re-audit months (February and August) and
    its monthly case file audit is not also due then, so the role audits one case a
    month. ``readings`` pairs each task's kind with what its comment said."""
    has_reaudit = any(
        kind == "re_audit" and r.months and r.rule in ("as per schedule", "twice a year")
        for kind, r in readings
    )
    fitted = []
    for kind, reading in readings:
        if kind == "re_audit" and reading.rule in ("as per schedule", "twice a year"):
            reading = MonthReading(
                "re-audit months", REAUDIT_MONTHS, reading.expected, assumed=reading.assumed
            )
        elif has_reaudit and kind == "case_file_audit" and reading.rule == "as per schedule":
            reading = MonthReading(
                "as per schedule, less re-audit months",
                reading.months - REAUDIT_MONTHS,
                reading.expected,
                assumed=True,
            )
        fitted.append(reading)
    return fitted


def audit_clashes(tasks: list[tuple[str, frozenset[int], bool]]) -> frozenset[int]:
    """Months in which one role owes two case audits (``tasks`` pairs each task's kind
    with its months and whether it is due only when needed)."""
    seen: set[int] = set()
    clashes: set[int] = set()
    for kind, months, when_needed in tasks:
        if kind not in AUDIT_KINDS or when_needed:
            continue
        clashes |= seen & months
        seen |= months
    return frozenset(clashes)
