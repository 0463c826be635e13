"""The loop above the single case (the briefing note's section 6.1): an audit report's
period (a month, a quarter, or an audit theme over months), the red / amber / green of
an action plan item, when it is overdue, and the re-auditor's answer about each action
agreed at the earlier audit of a case."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTH = "month"
QUARTER = "quarter"
THEME = "theme"
PERIOD_KINDS = (MONTH, QUARTER, THEME)

DRAFT = "draft"
ISSUED = "issued"

RED = "red"
AMBER = "amber"
GREEN = "green"
PROGRESS = (RED, AMBER, GREEN)
PROGRESS_LABELS = {
    RED: "Red: not started or off track",
    AMBER: "Amber: under way, some risk",
    GREEN: "Green: on track or done",
}
SHORT_PROGRESS = {RED: "Red", AMBER: "Amber", GREEN: "Green"}

OPEN = "open"
CLOSED = "closed"

# The re-auditor's answer for each action agreed at the earlier audit
DONE = "done"
PARTLY = "partly"
NOT_DONE = "not_done"
UNKNOWN = "unknown"
ANSWERS = (DONE, PARTLY, NOT_DONE, UNKNOWN)
ANSWER_LABELS = {
    DONE: "Done",
    PARTLY: "Partly done",
    NOT_DONE: "Not done",
    UNKNOWN: "Cannot tell from the record",
}

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*Q([1-4])\s*$", re.IGNORECASE)
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True)
class ReportPeriod:
    """What a report covers: whole months from ``month_from`` to ``month_to``, and for a
    theme report the theme's key."""

    kind: str
    month_from: date
    month_to: date
    theme_key: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"“{self.kind}” is not a kind of report.")
        if self.month_to < self.month_from:
            raise ValueError("The period ends before it starts.")
        if self.kind == THEME and not self.theme_key:
            raise ValueError("A theme report needs its theme.")

    @property
    def label(self) -> str:
        if self.kind == MONTH:
            return self.month_from.strftime("%B %Y")
        if self.kind == QUARTER and self.month_from.month % 3 == 1:
            return quarter_label(self.month_from)
        return months_label(self.month_from, self.month_to)


def months_label(month_from: date, month_to: date) -> str:
    if (month_from.year, month_from.month) == (month_to.year, month_to.month):
        return month_from.strftime("%B %Y")
    if month_from.year == month_to.year:
        return f"{month_from:%B} to {month_to:%B %Y}"
    return f"{month_from:%B %Y} to {month_to:%B %Y}"


def quarter_of(day: date) -> date:
    """The first day of the calendar quarter holding ``day``."""
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def quarter_end(start: date) -> date:
    """The first of the last month of the quarter starting at ``start``."""
    return date(start.year, start.month + 2, 1)


def quarter_label(start: date) -> str:
    """``Q1 2017 (January to March)``: the calendar quarter, in the council's words."""
    number = (start.month - 1) // 3 + 1
    last = quarter_end(start)
    return f"Q{number} {start.year} ({start:%B} to {last:%B})"


def last_day(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def parse_quarter(text: str) -> ReportPeriod:
    """``2017Q1`` (or ``2017-Q1``) as the quarter's months."""
    found = _QUARTER.match(text)
    if not found:
        raise ValueError(f"“{text}” is not a quarter; write it as 2017Q1.")
    start = date(int(found.group(1)), (int(found.group(2)) - 1) * 3 + 1, 1)
    return ReportPeriod(QUARTER, start, quarter_end(start))


def parse_month(text: str) -> ReportPeriod:
    """``2017-03`` as that month."""
    found = _MONTH.match(text)
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise ValueError(f"“{text}” is not a month; write it as 2017-03.")
    start = date(int(found.group(1)), int(found.group(2)), 1)
    return ReportPeriod(MONTH, start, start)


def is_overdue(due_on: date, status: str, today: date) -> bool:
    return status == OPEN and due_on < today


def progress_problems(progress: str, note: str) -> list[str]:
    """What stops a progress update being recorded: a colour that is not red, amber or
    green, or no note saying why."""
    problems = []
    if progress not in PROGRESS:
        problems.append("Choose red, amber or green.")
    if not note.strip():
        problems.append("Write a note saying what has happened since the last update.")
    return problems


def improvement_step(earlier_rank: int, later_rank: int) -> int:
    """+1 improved, 0 the same, -1 declined."""
    return (later_rank > earlier_rank) - (later_rank < earlier_rank)
