"""Which cases to audit this month: the case list's vocabulary and the draw itself, pure and
seeded so that the same list, the same numbers and the same seed always give the same
cases to the same auditors.

The rules (docs/sampling-rules.md, written for an inspector):

1. A case is *eligible* unless it was audited in the twelve months up to and including the
   draw's month, or sampled in a draw of the eleven months before it.
2. How many cases in all: the sum of what each auditor owes this month in the QAF plan.
3. The eligible cases are grouped by legal status (the *strata*). Each stratum gets the
   whole part of its exact share of the total (its size times the total, divided by the
   eligible cases); the places left over go to strata drawn at random with chances equal
   to the fractions left (systematic sampling), so that on average each legal status gets
   exactly its share and never more than one case away from it.
4. Within a stratum, cases are taken at random (Python's ``random.Random(seed)``, the
   Mersenne Twister) from the stratum's cases in case-number order, so the order of rows
   in the file changes nothing.
5. The drawn cases are shuffled and handed out so that, where the rules say so, nobody gets
   a case of their own team; a case nobody outside its team can take is put back and
   another case of the same legal status is drawn in its place (if none, of any status).
6. Asking for more cases than are eligible draws every eligible case and says how many are
   short.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

RULES_VERSION = 1
LOOK_BACK_MONTHS = 12
SEED_LIMIT = 2**31 - 1

# --- The case list's vocabulary ---------------------------------------------------------


@dataclass(frozen=True)
class LegalStatus:
    """A legal status (or strand) a case list can name, the stratum it falls in, and the
    strand an audit of it is recorded under."""

    key: str
    label: str
    strand: str
    spellings: tuple[str, ...]


HELP_AND_PROTECTION = "Help and protection"
LOOKED_AFTER = "Children looked after and permanence"

LEGAL_STATUSES: tuple[LegalStatus, ...] = (
    LegalStatus(
        "child_protection",
        "Child protection",
        HELP_AND_PROTECTION,
        ("cp", "child protection", "child protection plan", "cp plan", "cpp", "s47"),
    ),
    LegalStatus(
        "child_in_need",
        "Child in need",
        HELP_AND_PROTECTION,
        ("cin", "child in need", "children in need", "s17", "cin plan"),
    ),
    LegalStatus(
        "looked_after",
        "Looked after",
        LOOKED_AFTER,
        (
            "lac",
            "cla",
            "looked after",
            "looked after child",
            "child looked after",
            "children looked after",
            "children looked after and permanence",
            "looked after children",
        ),
    ),
    LegalStatus(
        "care_leaver",
        "Care leaver",
        "Care leavers",
        ("care leaver", "care leavers", "leaving care", "cl"),
    ),
    LegalStatus("adoption", "Adoption", "Adoption", ("adoption", "adopted", "placed for adoption")),
    LegalStatus(
        "early_help",
        "Early help",
        HELP_AND_PROTECTION,
        ("early help", "eh", "caf", "early help and prevention", "tac", "team around the family"),
    ),
    LegalStatus(
        "help_and_protection",
        HELP_AND_PROTECTION,
        HELP_AND_PROTECTION,
        ("help and protection",),
    ),
)
_STATUS_BY_KEY = {s.key: s for s in LEGAL_STATUSES}
_STATUS_ORDER = {s.key: n for n, s in enumerate(LEGAL_STATUSES)}


def fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.replace("&", " and ")).strip().casefold()


_SPELLINGS = {fold(s): status.key for status in LEGAL_STATUSES for s in status.spellings}
_SPELLINGS.update({fold(status.label): status.key for status in LEGAL_STATUSES})


def legal_status_for(text: str) -> LegalStatus | None:
    """The legal status a case list's cell names, or None."""
    key = _SPELLINGS.get(fold(text))
    return _STATUS_BY_KEY[key] if key else None


def legal_status(key: str) -> LegalStatus:
    return _STATUS_BY_KEY[key]


def status_label(key: str) -> str:
    found = _STATUS_BY_KEY.get(key)
    return found.label if found else key


# --- The columns of a case list ----------------------------------------------------------


@dataclass(frozen=True)
class CaseColumn:
    key: str
    label: str
    required: bool
    headings: tuple[str, ...]


CASE_COLUMNS: tuple[CaseColumn, ...] = (
    CaseColumn(
        "case_number",
        "Case number",
        True,
        (
            "case number",
            "case no",
            "case ref",
            "case reference",
            "tracked case number",
            "child id",
            "client id",
            "person id",
            "lcs id",
            "id",
        ),
    ),
    CaseColumn("team", "Team", True, ("team", "allocated team", "team name", "worker team")),
    CaseColumn(
        "legal_status",
        "Legal status or strand",
        True,
        ("legal status", "strand", "status", "category", "case type", "legal status or strand"),
    ),
    CaseColumn(
        "case_holder",
        "Allocated worker",
        False,
        (
            "allocated worker",
            "case holder",
            "worker",
            "social worker",
            "key worker",
            "allocated to",
        ),
    ),
    CaseColumn("age_band", "Age band", False, ("age band", "age group", "age range", "age")),
    CaseColumn(
        "opened_on",
        "Date opened",
        False,
        ("date opened", "opened", "open date", "start date", "episode start", "referral date"),
    ),
)
COLUMN_KEYS = tuple(c.key for c in CASE_COLUMNS)
REQUIRED_COLUMNS = tuple(c.key for c in CASE_COLUMNS if c.required)
_COLUMN_LABELS = {c.key: c.label for c in CASE_COLUMNS}


def column_label(key: str) -> str:
    return _COLUMN_LABELS[key]


def guess_columns(headings: Sequence[str], remembered: dict[str, str]) -> dict[str, int]:
    """Which heading (by position) holds each of the case list's columns: the heading
    remembered from an earlier list first, then the usual names. A column the list has no
    heading for is left out."""
    folded = [fold(h) for h in headings]
    found: dict[str, int] = {}
    taken: set[int] = set()
    for key in COLUMN_KEYS:
        wanted = remembered.get(key)
        if wanted and fold(wanted) in folded:
            position = folded.index(fold(wanted))
            if position not in taken:
                found[key] = position
                taken.add(position)
    for column in CASE_COLUMNS:
        if column.key in found:
            continue
        for name in (fold(column.label), *column.headings):
            if name in folded and folded.index(name) not in taken:
                found[column.key] = folded.index(name)
                taken.add(folded.index(name))
                break
    return found


def missing_columns(found: dict[str, int]) -> list[str]:
    return [key for key in REQUIRED_COLUMNS if key not in found]


# --- The draw ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseEntry:
    """One case of the list as the draw sees it: no name, nothing but what decides."""

    ref: int
    case_number: str
    team_id: int
    status: str


@dataclass(frozen=True)
class AuditorDue:
    """An auditor, their team, and how many cases they owe this month."""

    person_id: int
    team_id: int | None
    owed: int


@dataclass(frozen=True)
class DrawRules:
    """What the draw was asked to do; recorded with it."""

    look_back_months: int = LOOK_BACK_MONTHS
    own_team_excluded: bool = True
    version: int = RULES_VERSION


@dataclass(frozen=True)
class Pick:
    ref: int
    person_id: int


@dataclass
class DrawResult:
    picks: list[Pick]
    asked: int
    eligible: int
    excluded: int
    quotas: dict[str, int]
    shortfall: int = 0
    unfilled: dict[int, int] = field(default_factory=dict)  # auditor -> places left empty

    @property
    def drawn(self) -> int:
        return len(self.picks)


def new_seed(source: random.Random | None = None) -> int:
    """A seed for a draw whose seed was not given: recorded, so the draw can be repeated."""
    return (source or random.SystemRandom()).randint(1, SEED_LIMIT)


def quotas(sizes: dict[str, int], total: int, rng: random.Random | None = None) -> dict[str, int]:
    """``total`` shared among strata in proportion to their sizes. Each stratum gets the
    whole part of its exact share; the places left over go to strata by their fractions:
    with ``rng``, at random with chances equal to the fractions (systematic sampling, so a
    stratum's expected number is exactly its share); without, to the largest fractions
    (ties to the stratum listed first). No stratum gets more than it has."""
    whole = sum(sizes.values())
    total = min(total, whole)
    if total <= 0 or whole == 0:
        return {key: 0 for key in sizes}
    order = sorted(sizes, key=_stratum_order)
    shares = {key: sizes[key] * total / whole for key in order}
    given = {key: int(shares[key]) for key in order}
    left = total - sum(given.values())
    if left <= 0:
        return given
    fractions = {key: shares[key] - given[key] for key in order}
    if rng is None:
        chosen = sorted(order, key=lambda k: (-fractions[k], _stratum_order(k)))[:left]
    else:
        # Points u, u+1, ..., u+left-1 along the fractions laid end to end.
        scale = left / (sum(fractions.values()) or 1.0)
        point, reach, chosen = rng.random(), 0.0, []
        for key in order:
            reach += fractions[key] * scale
            while point < reach and len(chosen) < left:
                if key not in chosen:
                    chosen.append(key)
                point += 1.0
        chosen += [k for k in sorted(order, key=lambda k: -fractions[k]) if k not in chosen][
            : left - len(chosen)
        ]
    for key in chosen:
        given[key] += 1
    return given


def _stratum_order(key: str) -> tuple[int, str]:
    return (_STATUS_ORDER.get(key, len(_STATUS_ORDER)), key)


def eligible_cases(cases: Iterable[CaseEntry], excluded_numbers: set[str]) -> list[CaseEntry]:
    return [c for c in cases if c.case_number not in excluded_numbers]


def draw(
    cases: Sequence[CaseEntry],
    auditors: Sequence[AuditorDue],
    excluded_numbers: set[str],
    seed: int,
    rules: DrawRules = DrawRules(),
) -> DrawResult:
    """Draw and hand out the month's cases (the rules at the top of this module)."""
    rng = random.Random(seed)
    pool = sorted(eligible_cases(cases, excluded_numbers), key=lambda c: (c.case_number, c.ref))
    asked = sum(max(a.owed, 0) for a in auditors)
    strata: dict[str, list[CaseEntry]] = defaultdict(list)
    for case in pool:
        strata[case.status].append(case)
    share = quotas({k: len(v) for k, v in strata.items()}, asked, rng)
    drawn: list[CaseEntry] = []
    for key in sorted(strata, key=_stratum_order):
        drawn.extend(rng.sample(strata[key], share[key]))
    rng.shuffle(drawn)
    chosen = {c.ref for c in drawn}
    remaining: dict[str, list[CaseEntry]] = {
        key: [c for c in members if c.ref not in chosen] for key, members in strata.items()
    }

    slots = [a for a in sorted(auditors, key=lambda a: a.person_id) for _ in range(max(a.owed, 0))]

    def may_take(slot: AuditorDue, case: CaseEntry) -> bool:
        return not (rules.own_team_excluded and slot.team_id == case.team_id)

    match = _match(slots, drawn, may_take)
    # A place no drawn case can fill: put back one of the cases nobody could take and draw
    # another, of the same legal status where there is one.
    spare = [c for i, c in enumerate(drawn) if i not in match.values()]
    for slot_index, slot in enumerate(slots):
        if slot_index in match:
            continue
        replacement: CaseEntry | None = None
        statuses = [spare[0].status] if spare else []
        statuses += [k for k in sorted(remaining, key=_stratum_order) if k not in statuses]
        for key in statuses:
            candidates = [c for c in remaining.get(key, []) if may_take(slot, c)]
            if candidates:
                replacement = rng.choice(candidates)
                remaining[key].remove(replacement)
                break
        if replacement is None:
            continue
        if spare:
            returned = spare.pop(0)
            remaining.setdefault(returned.status, []).append(returned)
            remaining[returned.status].sort(key=lambda c: (c.case_number, c.ref))
        drawn.append(replacement)
        match[slot_index] = len(drawn) - 1

    picks = [
        Pick(drawn[match[i]].ref, slot.person_id) for i, slot in enumerate(slots) if i in match
    ]
    unfilled: dict[int, int] = defaultdict(int)
    for i, slot in enumerate(slots):
        if i not in match:
            unfilled[slot.person_id] += 1
    return DrawResult(
        picks=picks,
        asked=asked,
        eligible=len(pool),
        excluded=len(cases) - len(pool),
        quotas=share,
        shortfall=asked - len(picks),
        unfilled=dict(unfilled),
    )


def _match(
    slots: Sequence[AuditorDue],
    drawn: Sequence[CaseEntry],
    may_take: Callable[[AuditorDue, CaseEntry], bool],
) -> dict[int, int]:
    """A largest hand-out of drawn cases to places (slot index -> drawn index), each place
    trying the cases in their shuffled order (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}  # drawn index -> slot index
    free = list(range(len(drawn)))  # drawn cases nobody holds yet, in the shuffled order

    def place(slot_index: int, seen: set[int]) -> bool:
        slot = slots[slot_index]
        for case_index, case in enumerate(drawn):
            if case_index in seen or not may_take(slot, case):
                continue
            seen.add(case_index)
            holder = owner.get(case_index)
            if holder is None or place(holder, seen):
                owner[case_index] = slot_index
                return True
        return False

    # Each place first takes the first free case it may (almost always one is there); only
    # a place left without one looks for a chain of exchanges.
    for slot_index, slot in enumerate(slots):
        for position, case_index in enumerate(free):
            if may_take(slot, drawn[case_index]):
                owner[case_index] = slot_index
                del free[position]
                break
    placed = set(owner.values())
    for slot_index in range(len(slots)):
        if slot_index not in placed:
            place(slot_index, set())
    return {slot: case for case, slot in owner.items()}


# --- Months ------------------------------------------------------------------------------


def months_before(month: date, count: int) -> date:
    """The first day of the month ``count`` months before ``month``."""
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)
