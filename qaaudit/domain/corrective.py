"""Corrective action on a case audited as less than good: its calendar and its rules.

The framework (section 2.7): "Where a case is identified to be less than good, the service
manager has to confirm that corrective action has been completed in the month following the
completion of the audit." So a corrective action is due by the last day of the month after
the audit month. An audit completed late (after its audit month) gives the service manager
the month after completion instead, so no action is overdue on the day it opens.
"""

from __future__ import annotations

import calendar
from datetime import date

from qaaudit.domain.audit import Problem

OPEN = "open"
CONFIRMED = "confirmed"

# What the person at the screen sees, worked out from the stored status and today.
STATE_OPEN = "open"
STATE_OVERDUE = "overdue"
STATE_CONFIRMED = "confirmed"
STATE_CONFIRMED_LATE = "confirmed late"

MAX_NOTE_CHARS = 20000


def end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_after(day: date) -> date:
    """The first day of the month after ``day``'s month (December rolls into January)."""
    if day.month == 12:
        return date(day.year + 1, 1, 1)
    return date(day.year, day.month + 1, 1)


def due_by(audit_month: date, completed_on: date | None = None) -> date:
    """The last day on which corrective action can be confirmed in time."""
    start = audit_month.replace(day=1)
    if completed_on is not None and completed_on.replace(day=1) > start:
        start = completed_on.replace(day=1)
    return end_of_month(month_after(start))


def state(due_on: date, confirmed_on: date | None, today: date) -> str:
    if confirmed_on is not None:
        return STATE_CONFIRMED_LATE if confirmed_on > due_on else STATE_CONFIRMED
    return STATE_OVERDUE if today > due_on else STATE_OPEN


def days_overdue(due_on: date, today: date) -> int:
    return max(0, (today - due_on).days)


def describe_state(due_on: date, confirmed_on: date | None, today: date) -> str:
    """The state in a manager's words, e.g. "Overdue by 12 days (due 30 April 2017)"."""
    current = state(due_on, confirmed_on, today)
    if current == STATE_CONFIRMED:
        assert confirmed_on is not None
        return f"Confirmed {long_date(confirmed_on)}"
    if current == STATE_CONFIRMED_LATE:
        assert confirmed_on is not None
        late = (confirmed_on - due_on).days
        return f"Confirmed {long_date(confirmed_on)}, {_days(late)} late"
    if current == STATE_OVERDUE:
        return f"Overdue by {_days(days_overdue(due_on, today))} (due {long_date(due_on)})"
    left = (due_on - today).days
    return f"Open, due {long_date(due_on)} ({_days(left)} left)"


def short_state(due_on: date, confirmed_on: date | None, today: date) -> str:
    """The state in a few words, for a list that shows the due date beside it."""
    current = state(due_on, confirmed_on, today)
    if confirmed_on is not None:
        confirmed = f"Confirmed {confirmed_on.day} {confirmed_on:%b %Y}"
        if current == STATE_CONFIRMED_LATE:
            return f"{confirmed}, {_days((confirmed_on - due_on).days)} late"
        return confirmed
    if current == STATE_OVERDUE:
        return f"Overdue by {_days(days_overdue(due_on, today))}"
    return f"Open, {_days((due_on - today).days)} left"


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count:,} days"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def confirmation_problems(
    note: str, confirmed_on: date | None, audit_month: date, today: date
) -> list[Problem]:
    """What stops a service manager's confirmation being recorded."""
    problems: list[Problem] = []
    if not note.strip():
        problems.append(Problem("note", "Say what corrective action was taken for this case."))
    elif len(note) > MAX_NOTE_CHARS:
        problems.append(
            Problem(
                "note",
                f"The note has {len(note):,} characters; the most it can hold is "
                f"{MAX_NOTE_CHARS:,}. Please shorten it.",
            )
        )
    if confirmed_on is None:
        problems.append(
            Problem("confirmed_on", "Give the date the corrective action was completed.")
        )
    elif confirmed_on > today:
        problems.append(
            Problem("confirmed_on", "The date of the corrective action cannot be in the future.")
        )
    elif confirmed_on < audit_month.replace(day=1):
        problems.append(
            Problem(
                "confirmed_on",
                "The corrective action cannot be dated before the month of the audit "
                f"({audit_month:%B %Y}).",
            )
        )
    return problems
