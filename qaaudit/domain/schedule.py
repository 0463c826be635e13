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
# "3 plans per year (1 per quarter)": the plan was agreed on 29 March 2017, so the first
# quarter had passed; the three are the ends of the other three quarters.
THREE_QUARTERS = frozenset({6, 9, 12})
BI_MONTHLY = frozenset({2, 4, 6, 8, 10, 12})


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
    """What a comment says about months: the rule used, the months, how many each time."""

    rule: str
    months: frozenset[int]
    expected: int = 1


_MONTH_WORDS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTH_PATTERN = "|".join(_MONTH_WORDS)
_MONTH_RE = re.compile(rf"\b({_MONTH_PATTERN})\b", re.I)
_NUMBER = re.compile(
    r"\b(\d+)\s*x\b|\bat least (\d+)\b|\b(\d+) (?:cases|visits|plans)\b(?! per year)", re.I
)


def _expected(text: str) -> int:
    for match in _NUMBER.finditer(text):
        value = next(g for g in match.groups() if g)
        return int(value)
    return 1


def _named_months(text: str) -> frozenset[int]:
    return frozenset(_MONTH_WORDS[m.lower()] for m in _MONTH_RE.findall(text))


def _from(start: int, months: frozenset[int]) -> frozenset[int]:
    return frozenset(m for m in months if m >= start)


def read_months(comment: str, purpose: str = "", year: int = 2017) -> MonthReading:
    """The months a task falls in, read from its comment (or, when the comment says
    nothing, its purpose). The rule names match docs/schedule-rules.md."""
    text = " ".join(comment.split())
    lowered = text.lower()
    expected = _expected(text)
    start_match = re.search(rf"(?:commence|commencing)\s+in\s+({_MONTH_PATTERN})", lowered)
    start = _MONTH_WORDS[start_match.group(1)] if start_match else 1

    if not lowered:
        return _read_purpose(" ".join(purpose.split()).lower(), year)
    if "re-audit:" in lowered or ("/" in lowered and _named_months(lowered)):
        # "Re-audit: February and August"; "in January/February ... September/October"
        months = _named_months(lowered)
        count = expected
        if "150" in lowered and len(months) == 4:
            count = 75  # 150 audits in each two-month window
        return MonthReading("named months", months, count)
    if re.search(rf"re-?\s?audit 1 case in ({_MONTH_PATTERN})", lowered):
        return MonthReading("one named month", _named_months(lowered), expected)
    if "ofsted schedule" in lowered or "to be agreed" in lowered or "aligned with" in lowered:
        return MonthReading("no fixed months", frozenset(), expected)
    if "in line with their audit timetable" in lowered:
        return MonthReading("no fixed months", frozenset(), expected)
    if "quarterly" in lowered:
        return MonthReading("quarterly", _from(start, QUARTER_ENDS), expected)
    if "3 times per year" in lowered or "3 times per" in lowered:
        if start_match:
            # Three times from the month it starts, three months apart.
            return MonthReading(
                "3 times a year, from a named month",
                frozenset(range(start, 13, 3)),
                expected,
            )
        return MonthReading("3 times a year", THIRDS_ENDS, expected)
    if "3 plans per year" in lowered:
        return MonthReading("3 plans a year", THREE_QUARTERS, 1)
    if "twice yearly" in lowered or "2 visits per year" in lowered:
        return MonthReading("twice yearly", HALF_ENDS, expected)
    if "as per schedule" in lowered:
        return MonthReading("as per schedule", _from(start, ALL_MONTHS), expected)
    if start_match:
        # "Each manager to audit 1 case. To commence in July": an ongoing audit at the
        # service managers' pace (once a quarter), starting in the month named.
        return MonthReading(
            "quarterly, from a named month", frozenset(range(start, 13, 3)), expected
        )
    return _read_purpose(lowered, year)


def _read_purpose(text: str, year: int) -> MonthReading:
    if not text:
        return MonthReading("no fixed months", frozenset())
    if "as required" in text or "ad-hoc" in text or "ad hoc" in text:
        return MonthReading("as required", frozenset())
    if re.search(r"\b(6|six) weekly\b", text):
        return MonthReading("6 weekly", six_weekly_months(year))
    if "bi-monthly" in text or "bimonthly" in text:
        return MonthReading("bi-monthly", BI_MONTHLY)
    if "quarterly" in text:
        return MonthReading("quarterly", QUARTER_ENDS)
    if "monthly" in text:
        return MonthReading("monthly", ALL_MONTHS)
    if "annual" in text:
        return MonthReading("annual", frozenset({12}))
    return MonthReading("no fixed months", frozenset())


def fit_role(readings: list[tuple[str, MonthReading]]) -> list[MonthReading]:
    """Adjust one role's readings to each other: where a role has a re-audit task, its
    re-audits fall in the audit themes table's re-audit months (February and August) and
    its monthly case file audit is not also due then, so the role audits one case a
    month. ``readings`` pairs each task's kind with what its comment said."""
    has_reaudit = any(kind == "re_audit" and r.months for kind, r in readings)
    fitted = []
    for kind, reading in readings:
        if kind == "re_audit" and reading.rule in ("as per schedule", "twice yearly"):
            reading = MonthReading("re-audit months", REAUDIT_MONTHS, reading.expected)
        elif has_reaudit and kind == "case_file_audit" and reading.rule == "as per schedule":
            reading = MonthReading(
                "as per schedule, less re-audit months",
                reading.months - REAUDIT_MONTHS,
                reading.expected,
            )
        fitted.append(reading)
    return fitted
