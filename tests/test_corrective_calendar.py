"""When corrective action is due: by the end of the month after the audit."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.domain.corrective import (
    confirmation_problems,
    describe_state,
    due_by,
    short_state,
    state,
)


@pytest.mark.parametrize(
    ("audit_month", "due"),
    [
        (date(2017, 3, 1), date(2017, 4, 30)),
        (date(2017, 1, 1), date(2017, 2, 28)),
        (date(2016, 1, 1), date(2016, 2, 29)),  # leap year
        (date(2017, 7, 1), date(2017, 8, 31)),
        (date(2017, 11, 1), date(2017, 12, 31)),
        (date(2017, 12, 1), date(2018, 1, 31)),  # across the year end
        (date(1999, 12, 1), date(2000, 1, 31)),
    ],
)
def test_due_by_the_last_day_of_the_month_after_the_audit(audit_month: date, due: date) -> None:
    assert due_by(audit_month) == due
    # Completed within the audit month changes nothing.
    assert due_by(audit_month, audit_month.replace(day=20)) == due


def test_an_audit_month_given_as_any_day_counts_as_its_month() -> None:
    assert due_by(date(2017, 12, 31)) == date(2018, 1, 31)


def test_an_audit_completed_late_is_due_the_month_after_completion() -> None:
    # A December audit completed on 3 January is due by the end of February, so it is not
    # overdue on the day it opens.
    assert due_by(date(2017, 12, 1), date(2018, 1, 3)) == date(2018, 2, 28)
    assert due_by(date(2017, 11, 1), date(2017, 12, 15)) == date(2018, 1, 31)


def test_state_in_words() -> None:
    due = date(2017, 4, 30)
    assert state(due, None, date(2017, 4, 30)) == "open"
    assert state(due, None, date(2017, 5, 1)) == "overdue"
    assert state(due, date(2017, 4, 12), date(2017, 6, 1)) == "confirmed"
    assert state(due, date(2017, 5, 2), date(2017, 6, 1)) == "confirmed late"
    assert describe_state(due, None, date(2017, 5, 12)) == "Overdue by 12 days (due 30 April 2017)"
    assert short_state(due, None, date(2017, 5, 12)) == "Overdue by 12 days"
    assert short_state(due, None, date(2017, 4, 20)) == "Open, 10 days left"
    assert (
        short_state(due, date(2017, 5, 2), date(2017, 6, 1)) == "Confirmed 2 May 2017, 2 days late"
    )
    assert describe_state(due, None, date(2017, 4, 29)) == "Open, due 30 April 2017 (1 day left)"
    assert describe_state(due, date(2017, 4, 12), date(2017, 6, 1)) == "Confirmed 12 April 2017"
    assert (
        describe_state(due, date(2017, 5, 2), date(2017, 6, 1))
        == "Confirmed 2 May 2017, 2 days late"
    )


def test_a_confirmation_needs_a_note_and_a_sensible_date() -> None:
    march = date(2017, 3, 1)
    today = date(2017, 4, 10)
    assert (
        confirmation_problems("Plan reviewed with the family", date(2017, 4, 3), march, today) == []
    )
    fields = {p.field for p in confirmation_problems("   ", None, march, today)}
    assert fields == {"note", "confirmed_on"}
    future = confirmation_problems("Done", date(2017, 4, 11), march, today)
    assert [p.message for p in future] == [
        "The date of the corrective action cannot be in the future."
    ]
    before = confirmation_problems("Done", date(2017, 2, 28), march, today)
    assert "before the month of the audit (March 2017)" in before[0].message
