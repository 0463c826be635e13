"""The month's draw: who owes how many case file audits (the QAF plan's due lists), which
cases are excluded, the seeded draw itself (``qaaudit.domain.sampling.draw``), and the
record that lets anyone repeat it; then the QA lead's targeted cases and swaps.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import normalise_case_number
from qaaudit.domain.permissions import SAMPLE_DRAW
from qaaudit.domain.problems import PlainProblem
from qaaudit.domain.sampling import (
    LOOK_BACK_MONTHS,
    AuditorDue,
    CaseEntry,
    DrawResult,
    DrawRules,
    months_before,
    new_seed,
)
from qaaudit.domain.sampling import draw as draw_cases
from qaaudit.domain.schedule import AUDIT, activity_kind
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.schedule.due import year_due
from qaaudit.store.base import utcnow
from qaaudit.store.models import CaseFileAudit, Person
from qaaudit.store.sampling import CaseList, CaseListEntry, SampleAllocation, SampleDraw

DRAWN = "drawn"
TARGETED = "targeted"
SWAPPED_IN = "swapped_in"
KIND_LABELS = {DRAWN: "Drawn", TARGETED: "Targeted (themed audit)", SWAPPED_IN: "Swapped in"}
REASON_LIMIT = 2000


class DrawProblem(PlainProblem):
    """The draw or a change to it cannot be made; the message says why, in plain words."""


@dataclass(frozen=True)
class DrawSummary:
    month: date
    seed: int
    asked: int
    drawn: int
    eligible: int
    excluded: int
    shortfall: int
    own_team_excluded: bool
    look_back_months: int
    case_list_file: str
    case_list_digest: str
    case_list_cases: int
    drawn_at: str
    drawn_by: str
    owed: dict[int, int]
    unfilled: dict[int, int]

    @property
    def message(self) -> str:
        text = (
            f"{self.drawn:,} cases drawn for {self.month:%B %Y} from {self.eligible:,} "
            f"eligible ({self.excluded:,} of the list's {self.case_list_cases:,} excluded as "
            f"audited or sampled in the last {self.look_back_months} months); seed {self.seed}."
        )
        if self.shortfall > 0:
            text += (
                f" {self.asked:,} were owed: the list could give only {self.drawn:,}, so "
                f"{self.shortfall:,} {'place is' if self.shortfall == 1 else 'places are'} "
                "left without a case."
            )
        return text


def _month(month: date) -> date:
    return month.replace(day=1)


def owed_this_month(session: Session, month: date, today: date) -> list[AuditorDue]:
    """What each person owes in ``month`` of case file audits (not re-audits: a re-audit
    goes back to a case audited before, which no draw gives), from the QAF plan."""
    month = _month(month)
    owed: dict[int, int] = defaultdict(int)
    teams: dict[int, int | None] = {}
    for item in year_due(session, month.year, today).items:
        if item.month != month or activity_kind(item.kind).counted_from != AUDIT:
            continue
        owed[item.person_id] += item.expected
        teams.setdefault(item.person_id, item.team_id)
    return [AuditorDue(p, teams[p], n) for p, n in sorted(owed.items()) if n > 0]


def excluded_case_numbers(session: Session, month: date) -> set[str]:
    """Cases audited (any audit, draft or completed) with an audit month from a year before
    ``month`` up to ``month``, and cases given out in the draws of the year before."""
    month = _month(month)
    first = months_before(month, LOOK_BACK_MONTHS)
    audited = session.scalars(
        select(CaseFileAudit.case_number).where(
            CaseFileAudit.audit_month >= first, CaseFileAudit.audit_month <= month
        )
    )
    sampled = session.scalars(
        select(SampleAllocation.case_number).where(
            SampleAllocation.month >= first,
            SampleAllocation.month < month,
            SampleAllocation.withdrawn_at.is_(None),
        )
    )
    return {normalise_case_number(n) for n in audited} | {normalise_case_number(n) for n in sampled}


def _entries(session: Session, case_list_id: int) -> list[tuple[CaseEntry, int]]:
    rows = session.execute(
        select(
            CaseListEntry.id,
            CaseListEntry.case_number,
            CaseListEntry.team_id,
            CaseListEntry.legal_status,
            CaseListEntry.row_number,
        ).where(CaseListEntry.case_list_id == case_list_id)
    )
    return [(CaseEntry(i, normalise_case_number(n), t, s), r) for i, n, t, s, r in rows]


def draw_month(
    session: Session,
    actor: Actor,
    month: date,
    today: date,
    *,
    seed: int | None = None,
    own_team_excluded: bool = True,
) -> DrawSummary:
    """Draw the month's cases from its case list and give them to the auditors who owe
    case file audits. A month is drawn once; its record is kept."""
    require(actor, SAMPLE_DRAW)
    month = _month(month)
    if session.scalar(select(SampleDraw.id).where(SampleDraw.month == month)) is not None:
        raise DrawProblem(
            f"The cases for {month:%B %Y} were already drawn. Add a targeted case or swap one "
            "instead; the draw itself is kept as it was made."
        )
    case_list = session.scalar(select(CaseList).where(CaseList.month == month))
    if case_list is None:
        raise DrawProblem(f"Import the case list for {month:%B %Y} first.")
    auditors = owed_this_month(session, month, today)
    if not auditors:
        raise DrawProblem(
            f"Nobody owes a case file audit in {month:%B %Y} in the QAF plan, so there is "
            "nothing to draw. Check the plan and who holds its roles."
        )
    seed = new_seed() if seed is None else seed
    rules = DrawRules(own_team_excluded=own_team_excluded)
    entries = _entries(session, case_list.id)
    excluded = excluded_case_numbers(session, month)
    result = draw_cases([e for e, _ in entries], auditors, excluded, seed, rules)
    excluded_rows = sorted(r for e, r in entries if e.case_number in excluded)
    record = {
        "rules_version": rules.version,
        "look_back_months": rules.look_back_months,
        "own_team_excluded": rules.own_team_excluded,
        "owed": [[a.person_id, a.team_id, a.owed] for a in auditors],
        "excluded_rows": excluded_rows,
        "quotas": result.quotas,
        "unfilled": {str(k): v for k, v in result.unfilled.items()},
    }
    stored = SampleDraw(
        month=month,
        case_list_id=case_list.id,
        seed=seed,
        rules=json.dumps(record, sort_keys=True),
        asked=result.asked,
        eligible=result.eligible,
        excluded=result.excluded,
        drawn_by_id=actor.id,
    )
    session.add(stored)
    session.flush()
    numbers = {e.ref: e.case_number for e, _ in entries}
    session.add_all(
        SampleAllocation(
            draw_id=stored.id,
            entry_id=pick.ref,
            month=month,
            case_number=numbers[pick.ref],
            auditor_id=pick.person_id,
            kind=DRAWN,
            created_by_id=actor.id,
        )
        for pick in result.picks
    )
    record_changes(
        session,
        actor,
        "sample_draw",
        stored.id,
        [("drawn", None, f"{month:%Y-%m}: seed {seed}, {result.drawn} of {result.asked} cases")],
    )
    session.flush()
    return _summary(session, stored, result)


def _summary(session: Session, stored: SampleDraw, result: DrawResult | None = None) -> DrawSummary:
    record = json.loads(stored.rules)
    drawn = len(
        session.scalars(
            select(SampleAllocation.id).where(
                SampleAllocation.draw_id == stored.id, SampleAllocation.kind == DRAWN
            )
        ).all()
    )
    owed = {int(p): int(n) for p, _t, n in record["owed"]}
    return DrawSummary(
        month=stored.month,
        seed=int(stored.seed),
        asked=stored.asked,
        drawn=drawn,
        eligible=stored.eligible,
        excluded=stored.excluded,
        shortfall=max(stored.asked - drawn, 0),
        own_team_excluded=bool(record["own_team_excluded"]),
        look_back_months=int(record["look_back_months"]),
        case_list_file=stored.case_list.file_name,
        case_list_digest=stored.case_list.digest,
        case_list_cases=stored.case_list.cases,
        drawn_at=f"{stored.drawn_at:%d %B %Y %H:%M} UTC",
        drawn_by=stored.drawn_by.name,
        owed=owed,
        unfilled={int(k): int(v) for k, v in record.get("unfilled", {}).items()},
    )


def draw_for(session: Session, month: date) -> DrawSummary | None:
    stored = session.scalar(select(SampleDraw).where(SampleDraw.month == _month(month)))
    return None if stored is None else _summary(session, stored)


def repeat_draw(session: Session, month: date) -> bool:
    """Run the recorded draw again from its record (the list, the excluded rows, what each
    auditor owed, the rules and the seed) and say whether it gives the cases drawn."""
    stored = session.scalar(select(SampleDraw).where(SampleDraw.month == _month(month)))
    if stored is None:
        return False
    record = json.loads(stored.rules)
    entries = _entries(session, stored.case_list_id)
    rows = set(record["excluded_rows"])
    excluded = {e.case_number for e, r in entries if r in rows}
    auditors = [AuditorDue(int(p), t, int(n)) for p, t, n in record["owed"]]
    rules = DrawRules(
        look_back_months=int(record["look_back_months"]),
        own_team_excluded=bool(record["own_team_excluded"]),
    )
    again = draw_cases([e for e, _ in entries], auditors, excluded, int(stored.seed), rules)
    made = session.execute(
        select(SampleAllocation.entry_id, SampleAllocation.auditor_id).where(
            SampleAllocation.draw_id == stored.id, SampleAllocation.kind == DRAWN
        )
    ).all()
    return sorted((p.ref, p.person_id) for p in again.picks) == sorted((e, a) for e, a in made)


# --- The QA lead's changes ----------------------------------------------------------------


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise DrawProblem("Say why: the reason is kept with the allocation.")
    if len(text) > REASON_LIMIT:
        raise DrawProblem(f"Keep the reason under {REASON_LIMIT:,} characters.")
    return text


def _stored_draw(session: Session, month: date) -> SampleDraw:
    stored = session.scalar(select(SampleDraw).where(SampleDraw.month == _month(month)))
    if stored is None:
        raise DrawProblem(f"The cases for {month:%B %Y} have not been drawn yet.")
    return stored


def _entry(session: Session, stored: SampleDraw, case_number: str) -> CaseListEntry:
    number = normalise_case_number(case_number)
    entry = session.scalar(
        select(CaseListEntry).where(
            CaseListEntry.case_list_id == stored.case_list_id,
            CaseListEntry.case_number == number,
        )
    )
    if entry is None:
        raise DrawProblem(f"That case number is not on the case list for {stored.month:%B %Y}.")
    active = session.scalar(
        select(SampleAllocation.id).where(
            SampleAllocation.month == stored.month,
            SampleAllocation.case_number == number,
            SampleAllocation.withdrawn_at.is_(None),
        )
    )
    if active is not None:
        raise DrawProblem("That case is already given to an auditor this month.")
    return entry


def _active_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or not person.active:
        raise DrawProblem("Choose someone who uses qaaudit.")
    return person


def add_targeted(
    session: Session,
    actor: Actor,
    month: date,
    case_number: str,
    auditor_id: int,
    reason: str,
) -> int:
    """Give an auditor a case chosen on purpose (a themed audit), with the reason."""
    require(actor, SAMPLE_DRAW)
    text = _reason(reason)
    stored = _stored_draw(session, month)
    entry = _entry(session, stored, case_number)
    _active_person(session, auditor_id)
    allocation = SampleAllocation(
        draw_id=stored.id,
        entry_id=entry.id,
        month=stored.month,
        case_number=entry.case_number,
        auditor_id=auditor_id,
        kind=TARGETED,
        reason=text,
        created_by_id=actor.id,
    )
    session.add(allocation)
    session.flush()
    record_changes(session, actor, "sample_allocation", allocation.id, [("targeted", None, text)])
    return allocation.id


def swap_case(
    session: Session,
    actor: Actor,
    allocation_id: int,
    reason: str,
    case_number: str | None = None,
) -> int:
    """Withdraw an allocated case and give the same auditor another: the case named, or one
    drawn at random from the eligible cases of the same legal status (not of the auditor's
    own team when the draw keeps teams apart). The reason is kept with both."""
    require(actor, SAMPLE_DRAW)
    text = _reason(reason)
    old = session.get(SampleAllocation, allocation_id)
    if old is None or old.withdrawn_at is not None:
        raise DrawProblem("That case is no longer allocated; refresh and try again.")
    stored = session.get(SampleDraw, old.draw_id)
    assert stored is not None
    if case_number:
        entry = _entry(session, stored, case_number)
    else:
        entry = _random_replacement(session, stored, old)
    old.withdrawn_at = utcnow()
    old.withdrawn_reason = text
    new = SampleAllocation(
        draw_id=stored.id,
        entry_id=entry.id,
        month=stored.month,
        case_number=entry.case_number,
        auditor_id=old.auditor_id,
        kind=SWAPPED_IN,
        reason=text,
        replaces_id=old.id,
        created_by_id=actor.id,
    )
    session.add(new)
    session.flush()
    record_changes(session, actor, "sample_allocation", old.id, [("withdrawn", None, text)])
    record_changes(session, actor, "sample_allocation", new.id, [("swapped_in", None, text)])
    return new.id


def _random_replacement(
    session: Session, stored: SampleDraw, old: SampleAllocation
) -> CaseListEntry:
    record = json.loads(stored.rules)
    excluded = excluded_case_numbers(session, stored.month)
    given = set(
        session.scalars(
            select(SampleAllocation.case_number).where(SampleAllocation.month == stored.month)
        )
    )
    teams = {int(p): t for p, t, _n in record["owed"]}
    auditor_team = teams.get(old.auditor_id)
    if auditor_team is None:
        person = session.get(Person, old.auditor_id)
        auditor_team = person.team_id if person else None
    status = old.entry.legal_status
    candidates = [
        e
        for e in session.scalars(
            select(CaseListEntry)
            .where(CaseListEntry.case_list_id == stored.case_list_id)
            .order_by(CaseListEntry.case_number, CaseListEntry.id)
        )
        if normalise_case_number(e.case_number) not in excluded
        and e.case_number not in given
        and not (record["own_team_excluded"] and e.team_id == auditor_team)
    ]
    same = [e for e in candidates if e.legal_status == status]
    pool = same or candidates
    if not pool:
        raise DrawProblem("No eligible case is left on the list to swap in; name a case instead.")
    # Seeded by the draw and the allocation swapped, so the same swap gives the same case.
    return random.Random(f"{stored.seed}:{old.id}").choice(pool)
