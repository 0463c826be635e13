"""Why a change is refused, the same way for audits, reviews, moderations and corrective
action: a form with problems is refused field by field, a person who may not make the
change is told why, and a record someone else saved since it was opened is never saved
over."""

from __future__ import annotations

from qaaudit.domain.audit import Problem
from qaaudit.domain.problems import PlainProblem
from qaaudit.store.errors import ConflictError


class ValidationFailed(Exception):
    """The form has problems; each names its field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class NotAllowed(PlainProblem):
    """The person may not do this; the message says why."""


def refuse_problems(problems: list[Problem]) -> None:
    """Nothing is stored while the form has problems."""
    if problems:
        raise ValidationFailed(problems)


def check_not_stale(stored_version: int, expected_version: int, what: str) -> None:
    """``what`` ("audit", "review") was saved by someone else after it was opened here."""
    if stored_version != expected_version:
        raise ConflictError(
            f"Someone else saved this {what} after you opened it, so your changes were not "
            "saved over theirs. Their changes are listed below; your text is still on screen."
        )
