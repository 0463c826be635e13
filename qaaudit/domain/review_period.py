"""Performance periods: whole months, usually a half year, named the way people say them
("Jan-Jun 2017")."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """From the first day of ``start``'s month to the last day of ``end``'s month."""

    start: date
    end: date

    @classmethod
    def of_months(cls, start: date, end: date) -> Period:
        return cls(start.replace(day=1), month_end(end))

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def label(self) -> str:
        first, last = MONTHS[self.start.month - 1], MONTHS[self.end.month - 1]
        if self.months == 1:
            return f"{first} {self.start.year}"
        if self.start.year == self.end.year:
            return f"{first}-{last} {self.end.year}"
        return f"{first} {self.start.year}-{last} {self.end.year}"

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        start = add_months(self.start, -self.months)
        return Period(start, month_end(add_months(self.start, -1)))

    def following(self) -> Period:
        end = month_end(add_months(self.start, 2 * self.months - 1))
        return Period(add_months(self.start, self.months), end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def is_whole_months(self) -> bool:
        return self.start.day == 1 and self.end == month_end(self.end) and self.start <= self.end


def half_year(day: date) -> Period:
    """January to June, or July to December: the half year that holds ``day``."""
    if day.month <= 6:
        return Period(date(day.year, 1, 1), date(day.year, 6, 30))
    return Period(date(day.year, 7, 1), date(day.year, 12, 31))


def last_completed_half_year(today: date) -> Period:
    """The most recent half year that has ended: the one a review looks back on."""
    return half_year(today).previous()
