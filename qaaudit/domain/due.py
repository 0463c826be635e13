"""What a person owes and what their work pays off: pure arithmetic, no database.

The rules (docs/schedule-rules.md, "Counting"):

- A person owes a month's tasks for a role when they hold the role on the 15th of that
  month, so a joiner or leaver owes a month only when they are in post for most of it.
- Work is counted against the oldest thing still owed in the same year: first what is
  overdue, then this month's, then (done early) a later month's.
- A recorded activity counts against its own task; if that task is no longer owed, against
  another task of the same kind.
- Completed case file audits count against case file audit and reflective audit tasks. An
  audit of a case audited before (a re-audit) counts against a re-audit task first, and,
  when none is owed, as a case file audit.
- A task due only when needed (a visit where concerns arise, a number still to be agreed)
  is listed as "when needed", is never overdue, and counts towards compliance only when
  something was recorded against it. Work pays such a task only after everything fixed
  it could pay.
- A completed record of another form (an observation of practice, a dip sample, ...)
  counts against the tasks that name that form.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from qaaudit.domain.schedule import AUDIT, REAUDIT, activity_kind

DONE = "done"
DUE = "due"
OVERDUE = "overdue"
COMING = "coming"
WHEN_NEEDED = "when_needed"
STATUS_LABELS = {
    DONE: "Done",
    DUE: "Due",
    OVERDUE: "Overdue",
    COMING: "Not yet due",
    WHEN_NEEDED: "When needed",
}


def holds_in_month(starts_on: date, ends_on: date | None, year: int, month: int) -> bool:
    mid = date(year, month, 15)
    return starts_on <= mid and (ends_on is None or ends_on >= mid)


def status_of(
    year: int, month: int, met: bool, today: date, *, when_needed: bool = False, done: int = 0
) -> str:
    if when_needed:
        return DONE if done else WHEN_NEEDED
    if met:
        return DONE
    if (year, month) < (today.year, today.month):
        return OVERDUE
    if (year, month) == (today.year, today.month):
        return DUE
    return COMING


@dataclass(frozen=True)
class Owed:
    """One task owed by one person in one month, ``expected`` times."""

    task_key: str
    kind: str
    month: int
    expected: int
    when_needed: bool = False
    instrument_key: str | None = None


def counted_due(expected: int, done: int, when_needed: bool) -> int:
    """How much of an owed item counts as due for compliance: all of it, or for a task due
    only when needed, what was recorded (so it can neither lower nor raise the share)."""
    return min(done, expected) if when_needed else expected


@dataclass(frozen=True)
class Work:
    """Work done: a recorded activity (with its task) or completed audits in a month
    (``counted_from`` AUDIT or REAUDIT, no task)."""

    on: date
    count: int
    kind: str = ""
    task_key: str | None = None
    counted_from: str = ""
    # A completed record of this form (not a case file audit).
    instrument_key: str | None = None


@dataclass
class Settled:
    owed: Owed
    done: int = 0
    done_on: list[date] = field(default_factory=list)

    @property
    def met(self) -> bool:
        return self.done >= self.owed.expected


@dataclass
class Ledger:
    settled: list[Settled]
    unmatched: list[tuple[Work, int]]  # work that paid nothing off, and how much of it


def settle(owed: list[Owed], work: list[Work]) -> Ledger:
    """Pay each piece of work against the oldest unit still owed that it can pay."""
    settled = [Settled(o) for o in owed]
    units: list[int] = []  # index into settled, one entry per expected unit
    for index, item in sorted(enumerate(owed), key=lambda pair: (pair[1].month, pair[0])):
        units.extend([index] * max(item.expected, 0))
    taken = [False] * len(units)
    pools: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, index in enumerate(units):
        item = owed[index]
        counted_from = activity_kind(item.kind).counted_from
        # A task due only when needed is paid by the kind or the audits only after
        # everything fixed: its own pools, tried last.
        later = "+" if item.when_needed else ""
        pools[("task", item.task_key)].append(position)
        pools[("kind" + later, item.kind)].append(position)
        if item.instrument_key:
            pools[("form", item.instrument_key)].append(position)
        if counted_from in (AUDIT, REAUDIT):
            pools[("from" + later, counted_from)].append(position)
    cursors: dict[tuple[str, str], int] = defaultdict(int)

    def take(pool: tuple[str, str], month: int) -> int | None:
        positions = pools.get(pool, [])
        cursor = cursors[pool]
        while cursor < len(positions) and taken[positions[cursor]]:
            cursor += 1
        cursors[pool] = cursor
        # Nothing is owed of a task due only when needed until it was needed: work pays the
        # period it was done in (the first of its months from then on), never an earlier one.
        for at in range(cursor, len(positions)):
            position = positions[at]
            if taken[position]:
                continue
            owed_unit = owed[units[position]]
            if owed_unit.when_needed and owed_unit.month < month:
                continue
            taken[position] = True
            return units[position]
        return None

    unmatched: list[tuple[Work, int]] = []
    order = {REAUDIT: 0, AUDIT: 1, "": 2}
    for piece in sorted(work, key=lambda w: (w.on, order.get(w.counted_from, 2))):
        if piece.instrument_key:
            pools_to_try = [("form", piece.instrument_key)]
        elif piece.counted_from == REAUDIT:
            pools_to_try = [
                ("from", REAUDIT),
                ("from", AUDIT),
                ("from+", REAUDIT),
                ("from+", AUDIT),
            ]
        elif piece.counted_from == AUDIT:
            pools_to_try = [("from", AUDIT), ("from+", AUDIT)]
        else:
            pools_to_try = [
                ("task", piece.task_key or ""),
                ("kind", piece.kind),
                ("kind+", piece.kind),
            ]
        left = piece.count
        while left > 0:
            found = next(
                (i for pool in pools_to_try if (i := take(pool, piece.on.month)) is not None),
                None,
            )
            if found is None:
                break
            index = found
            settled[index].done += 1
            settled[index].done_on.append(piece.on)
            left -= 1
        if left:
            unmatched.append((piece, left))
    return Ledger(settled, unmatched)
