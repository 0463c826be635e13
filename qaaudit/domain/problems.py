"""Problems the person at the screen must hear, already in plain words."""

from __future__ import annotations


class PlainProblem(Exception):
    """A refusal or a problem whose message is written for the person at the screen (never
    a narrative, a name or a case number), so it can be shown as it is. ``details`` lists
    where it applies, for example the rows of a workbook, one line each."""

    @property
    def message(self) -> str:
        return str(self)

    @property
    def details(self) -> tuple[str, ...]:
        return ()
