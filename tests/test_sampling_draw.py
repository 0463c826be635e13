"""The draw of the month's cases, as an inspector would check it: the same seed gives the
same cases to the same auditors, no excluded case is ever drawn, the legal statuses are
drawn in proportion, nobody gets their own team's case, and asking for more than the list
can give draws what it can and says how many are short."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from qaaudit.domain.sampling import (
    AuditorDue,
    CaseEntry,
    DrawRules,
    draw,
    guess_columns,
    legal_status_for,
    missing_columns,
    quotas,
)

STATUSES = ("child_in_need", "child_protection", "looked_after", "care_leaver")


def case_list(size: int, teams: int = 4) -> list[CaseEntry]:
    return [
        CaseEntry(n, f"CN{n:06d}", n % teams + 1, STATUSES[(n * 7) % len(STATUSES)])
        for n in range(size)
    ]


def managers(count: int, owed: int = 1, teams: int = 4) -> list[AuditorDue]:
    return [AuditorDue(100 + n, n % teams + 1, owed) for n in range(count)]


def test_the_same_seed_gives_the_same_cases_to_the_same_auditors() -> None:
    cases, auditors = case_list(500), managers(20, owed=2)
    first = draw(cases, auditors, set(), seed=20170301)
    again = draw(list(reversed(cases)), list(reversed(auditors)), set(), seed=20170301)
    other = draw(cases, auditors, set(), seed=20170302)
    assert first.picks == again.picks  # the order of the file's rows changes nothing
    assert len(first.picks) == 40
    assert first.picks != other.picks


def test_nobody_is_given_a_case_of_their_own_team() -> None:
    result = draw(case_list(300), managers(30, owed=2), set(), seed=7)
    teams = {c.ref: c.team_id for c in case_list(300)}
    mine = {a.person_id: a.team_id for a in managers(30)}
    assert result.shortfall == 0
    assert all(teams[p.ref] != mine[p.person_id] for p in result.picks)
    # The rule can be switched off, and is recorded as such.
    relaxed = draw(
        case_list(300), managers(30, owed=2), set(), 7, DrawRules(own_team_excluded=False)
    )
    assert relaxed.drawn == 60


def test_a_list_of_only_their_own_teams_cases_leaves_their_places_empty() -> None:
    cases = [CaseEntry(n, f"CN{n}", 1, "child_in_need") for n in range(10)]
    result = draw(cases, [AuditorDue(1, 1, 2), AuditorDue(2, 2, 1)], set(), seed=3)
    assert [p.person_id for p in result.picks] == [2]
    assert result.unfilled == {1: 2}
    assert result.shortfall == 2


def test_asking_for_more_than_the_list_can_give_draws_every_eligible_case() -> None:
    cases = case_list(12)
    excluded = {"CN000001", "CN000002"}
    result = draw(cases, managers(8, owed=2), excluded, seed=11)
    assert result.asked == 16
    assert result.eligible == 10
    assert result.drawn == 10
    assert result.shortfall == 6
    assert len({p.ref for p in result.picks}) == 10


@settings(max_examples=150, deadline=None)
@given(
    size=st.integers(min_value=0, max_value=120),
    excluded_share=st.floats(min_value=0, max_value=1),
    auditors=st.lists(st.tuples(st.integers(1, 5), st.integers(0, 3)), min_size=0, max_size=25),
    own_team=st.booleans(),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
    data=st.data(),
)
def test_no_excluded_case_is_ever_drawn_and_no_case_twice(
    size: int,
    excluded_share: float,
    auditors: list[tuple[int, int]],
    own_team: bool,
    seed: int,
    data: st.DataObject,
) -> None:
    cases = [
        CaseEntry(
            n,
            f"C{n}",
            data.draw(st.integers(1, 5), label="team"),
            data.draw(st.sampled_from(STATUSES), label="status"),
        )
        for n in range(size)
    ]
    excluded = {c.case_number for c in cases if (c.ref * 0.618) % 1 < excluded_share}
    due = [AuditorDue(n, team, owed) for n, (team, owed) in enumerate(auditors)]
    result = draw(cases, due, excluded, seed, DrawRules(own_team_excluded=own_team))
    by_ref = {c.ref: c for c in cases}
    drawn = [by_ref[p.ref] for p in result.picks]
    assert not any(c.case_number in excluded for c in drawn)
    assert len({c.ref for c in drawn}) == len(drawn)
    counts = Counter(p.person_id for p in result.picks)
    assert all(counts[a.person_id] <= a.owed for a in due)
    if own_team:
        teams = {a.person_id: a.team_id for a in due}
        assert all(by_ref[p.ref].team_id != teams[p.person_id] for p in result.picks)
    assert result.drawn + result.shortfall == result.asked
    assert result.drawn <= size - len(excluded)


def test_the_legal_statuses_are_drawn_in_proportion_over_many_draws() -> None:
    # 50% child in need, 30% child protection, 15% looked after, 5% care leavers.
    shares = {
        "child_in_need": 0.5,
        "child_protection": 0.3,
        "looked_after": 0.15,
        "care_leaver": 0.05,
    }
    cases = []
    for status, share in shares.items():
        for _ in range(int(1000 * share)):
            n = len(cases)
            cases.append(CaseEntry(n, f"CN{n:05d}", n % 6 + 1, status))
    auditors = [AuditorDue(n, n % 6 + 1, 1) for n in range(37)]
    totals: Counter[str] = Counter()
    by_ref = {c.ref: c for c in cases}
    for seed in range(300):
        result = draw(cases, auditors, set(), seed)
        drawn = Counter(by_ref[p.ref].status for p in result.picks)
        # Each draw: every stratum within one case of its exact share.
        for status, share in shares.items():
            assert abs(drawn[status] - 37 * share) <= 1, (seed, status)
        totals.update(drawn)
    # Over many draws, within half a percentage point of the list's shares.
    for status, share in shares.items():
        assert abs(totals[status] / (300 * 37) - share) < 0.005
    # And every case has a fair chance: over 300 draws most of the list has come up.
    seen = set()
    for seed in range(300):
        seen |= {p.ref for p in draw(cases, auditors, set(), seed).picks}
    assert len(seen) > 0.9 * len(cases)


def test_shares_go_by_largest_remainder_and_never_above_a_strata_size() -> None:
    assert quotas({"child_in_need": 5, "child_protection": 3, "looked_after": 2}, 4) == {
        "child_in_need": 2,
        "child_protection": 1,
        "looked_after": 1,
    }
    assert quotas({"child_in_need": 1, "looked_after": 1}, 10) == {
        "child_in_need": 1,
        "looked_after": 1,
    }
    assert (
        sum(quotas({"child_in_need": 7, "child_protection": 7, "care_leaver": 7}, 10).values())
        == 10
    )


def test_the_case_lists_words_are_understood() -> None:
    assert legal_status_for(" CP ").key == "child_protection"  # type: ignore[union-attr]
    assert legal_status_for("Looked After Child").key == "looked_after"  # type: ignore[union-attr]
    assert legal_status_for("CLA").strand == "Children looked after and permanence"  # type: ignore[union-attr]
    assert legal_status_for("Early Help").strand == "Help and protection"  # type: ignore[union-attr]
    assert legal_status_for("something else") is None
    headings = ["Child ID", "Forename", "Surname", "Allocated Team", "Legal Status", "Worker"]
    found = guess_columns(headings, {})
    assert found == {"case_number": 0, "team": 3, "legal_status": 4, "case_holder": 5}
    assert missing_columns(found) == []
    # A heading chosen once is remembered and wins over the usual names.
    assert guess_columns(
        ["Ref", "Team", "Category", "Status"], {"legal_status": "Category", "case_number": "Ref"}
    ) == {
        "case_number": 0,
        "team": 1,
        "legal_status": 2,
    }
