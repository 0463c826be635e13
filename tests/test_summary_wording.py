"""Recurring findings: what the agreed actions of several audits have in common."""

from __future__ import annotations

from qaaudit.domain.wording import recurring_wordings


def found(actions: list[tuple[int, str]], names: set[str] | None = None) -> list[tuple[str, int]]:
    return [(w.words, w.audits) for w in recurring_wordings(actions, names or set())]


def test_a_phrase_is_shown_as_written_and_counted_once_per_audit() -> None:
    actions = [
        (1, "Update the chronology and share it with the IRO"),
        (1, "Update the chronology before conference"),
        (2, "update the Chronology and share it with the IRO"),
        (3, "Update the chronology"),
        (4, "Contingency plan to be written"),
        (5, "Write a contingency plan with the family"),
    ]
    assert found(actions) == [("update the chronology", 3), ("contingency plan", 2)]


def test_what_only_one_audit_says_is_not_recurring() -> None:
    assert found([(1, "Update the chronology"), (1, "Update the chronology again")]) == []


def test_names_are_never_reported_and_break_a_phrase() -> None:
    actions = [
        (1, "Tyler to be seen alone by Sam"),
        (2, "Tyler seen alone; Sam to record it"),
        (3, "Sam Okafor to make sure Tyler is seen alone"),
    ]
    result = found(actions, names={"tyler", "sam", "okafor"})
    assert result == [("seen alone", 3)]
    assert not any("tyler" in w or "sam" in w for w, _n in result)


def test_a_phrase_seen_in_the_same_audits_as_a_longer_one_gives_way() -> None:
    actions = [(n, "Core group to review the plan") for n in range(1, 5)]
    assert found(actions) == [("core group to review", 4)]
