"""Recurring wording in agreed actions: the words and short phrases that the actions of
several different audits share ("update the chronology", "contingency plan"), for the
learning summary's recurring findings.

A phrase is one to three meaningful words that follow each other in an action with only
small words ("the", "to", "with") between them; it is shown as most often written. A
person's name is never part of a phrase: it is not counted, and it breaks a phrase, so no
name can appear inside one either.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

MIN_AUDITS = 2
MAX_WORDINGS = 6
LONGEST = 3
# A shorter wording found in (almost) the same audits as a longer one adds nothing.
SAME_AUDITS = 0.9
# A wording whose audits are mostly those of one already chosen is the same finding.
MOSTLY_COVERED = 0.6

_STOP_TEXT = """
    a about above after again all also an and any are as at be been before being below between
    both but by can could did do does doing done down during each either etc every few for
    from further had has have having he her here hers him his how i if in into is it its itself
    just least less may me more most must my need needed needs no nor not now of off on once
    one only or other our out over own per same she should so some such than that the their
    them then there these they this those through to too under until up upon very via was we
    were what when where which while who whom why will with within without would you your
    ensure ensuring make sure take place continue continued case child child's children
    young person people yp cyp sw tm social worker manager team week weeks month months day
    days date asap next new required require requires
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True)
class Wording:
    words: str
    audits: int


def words_of(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in _WORD.findall(text)]


def _phrases(action: str, names: set[str]) -> Iterable[tuple[tuple[str, ...], str]]:
    """(meaningful words, the text as written) for every phrase of one action."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    for match in _WORD.finditer(action):
        word = match.group().lower().strip("'’-")
        if word in names:
            runs.append([])  # a name breaks the phrase
        elif len(word) > 2 and word not in STOP_WORDS:
            runs[-1].append((word, match.start(), match.end()))
    for run in runs:
        for size in range(1, LONGEST + 1):
            for start in range(len(run) - size + 1):
                part = run[start : start + size]
                yield tuple(w for w, _s, _e in part), action[part[0][1] : part[-1][2]]


def recurring_wordings(actions: Iterable[tuple[int, str]], names: set[str]) -> list[Wording]:
    """``actions`` are (audit id, action text); ``names`` the lower-case words of every
    name that might appear (case holders, action owners, staff)."""
    audits: dict[tuple[str, ...], set[int]] = defaultdict(set)
    written: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for audit_id, action in actions:
        for words, text in _phrases(action, names):
            audits[words].add(audit_id)
            written[words][" ".join(text.split()).lower()] += 1
    candidates = {w: a for w, a in audits.items() if len(a) >= MIN_AUDITS}
    kept = [
        words
        for words, found in candidates.items()
        if not any(
            len(longer) > len(words)
            and _inside(words, longer)
            and len(candidates[longer]) >= SAME_AUDITS * len(found)
            for longer in candidates
        )
    ]
    kept.sort(key=lambda w: (-len(candidates[w]), -len(w), w))
    chosen: list[tuple[str, ...]] = []
    for words in kept:
        found = candidates[words]
        if any(_same_finding(words, found, c, candidates[c]) for c in chosen):
            continue
        chosen.append(words)
        if len(chosen) == MAX_WORDINGS:
            break
    return [Wording(written[w].most_common(1)[0][0], len(candidates[w])) for w in chosen]


def _same_finding(
    words: tuple[str, ...], found: set[int], other: tuple[str, ...], other_found: set[int]
) -> bool:
    """Sharing a word and mostly the same audits, or almost exactly the same audits."""
    shared = len(found & other_found)
    if set(words) & set(other) and shared >= MOSTLY_COVERED * len(found):
        return True
    return shared >= SAME_AUDITS * len(found) and shared >= SAME_AUDITS * len(other_found)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
