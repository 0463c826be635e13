"""A QAF plan as plain data, as the seed file, an imported workbook and a copy of a stored
plan all describe it, and the council's 2017 plan read from ``resources/seed``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.domain.schedule import (
    MONTH_HEADINGS,
    MonthReading,
    activity_kind,
    fit_role,
    read_months,
)
from qaaudit.resources import resource

SEED_2017 = ("seed", "qaf_plan_2017.toml")
TITLE_LIMIT = 200
NAME_LIMIT = 200
TASK_LIMIT = 300


@dataclass
class TaskData:
    name: str
    kind: str
    purpose: str = ""
    months: frozenset[int] = frozenset()
    expected: int = 1
    comment: str = ""
    key: str | None = None
    # Months we assumed rather than read from the plan, until the QA lead confirms them.
    assumed: frozenset[int] = frozenset()
    # Due only when needed: listed as "when needed", never overdue.
    when_needed: bool = False
    # A figure printed in a single month cell, where it differs from ``expected``.
    counts: dict[int, int] = field(default_factory=dict)
    instrument_key: str | None = None

    def expected_in(self, month: int) -> int:
        return self.counts.get(month, self.expected)


@dataclass
class RoleData:
    name: str
    tasks: list[TaskData] = field(default_factory=list)
    key: str | None = None


@dataclass
class AreaData:
    name: str
    roles: list[RoleData] = field(default_factory=list)


@dataclass
class ThemeData:
    theme: str
    purpose: str = ""
    months: frozenset[int] = frozenset()
    comment: str = ""
    theme_key: str | None = None
    assumed: frozenset[int] = frozenset()


@dataclass
class PlanData:
    title: str
    dated: date | None = None
    areas: list[AreaData] = field(default_factory=list)
    themes: list[ThemeData] = field(default_factory=list)

    def comparable(self) -> tuple[Any, ...]:
        """Everything a person sees in the plan, for telling whether two plans are the
        same (keys are the program's own bookkeeping and are left out)."""
        return (
            self.title,
            self.dated,
            tuple(
                (
                    a.name,
                    tuple(
                        (
                            r.name,
                            tuple(
                                (
                                    t.name,
                                    t.kind,
                                    t.purpose,
                                    tuple(sorted(t.months)),
                                    t.expected,
                                    t.comment,
                                    tuple(sorted(t.assumed)),
                                    t.when_needed,
                                    tuple(sorted(t.counts.items())),
                                )
                                for t in r.tasks
                            ),
                        )
                        for r in a.roles
                    ),
                )
                for a in self.areas
            ),
            tuple(
                (
                    t.theme,
                    t.purpose,
                    tuple(sorted(t.months)),
                    t.comment,
                    t.theme_key,
                    tuple(sorted(t.assumed)),
                )
                for t in self.themes
            ),
        )


def slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.casefold().replace("&", " and ")).strip("-")
    return words[:60] or "x"


def unique_key(wanted: str, taken: set[str]) -> str:
    key = wanted
    number = 2
    while key in taken:
        key = f"{wanted}-{number}"
        number += 1
    taken.add(key)
    return key


def clean(text: str) -> str:
    """One line of printed text: runs of spaces and line breaks become one space."""
    return " ".join(str(text).split())


# --- The seed -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedNote:
    """Something said about a seed row: a repair of the extracted text, or why its months
    were set by hand."""

    where: str
    note: str


def seed_path() -> Path:
    return resource(*SEED_2017)


def load_seed(path: Path | None = None) -> tuple[PlanData, int, list[SeedNote]]:
    """The council's plan from the seed file: the plan, its year, and the notes."""
    raw = tomllib.loads((path or seed_path()).read_text(encoding="utf-8"))
    year = int(raw["plan"]["year"])
    notes: list[SeedNote] = []
    plan = PlanData(title=clean(raw["plan"]["title"]), dated=raw["plan"].get("dated"))
    for area_raw in raw.get("area", []):
        area = AreaData(clean(area_raw["name"]))
        _note(notes, area.name, area_raw)
        for role_raw in area_raw.get("role", []):
            role = RoleData(clean(role_raw["name"]))
            _note(notes, f"{area.name} / {role.name}", role_raw)
            readings: list[tuple[str, MonthReading]] = []
            for task_raw in role_raw.get("task", []):
                kind = activity_kind(task_raw["kind"]).key
                comment = clean(task_raw.get("comment", ""))
                purpose = clean(task_raw.get("purpose", ""))
                readings.append((kind, read_months(comment, purpose, year)))
            fitted = fit_role(readings)
            for reading, task_raw in zip(fitted, role_raw.get("task", []), strict=True):
                role.tasks.append(_seed_task(task_raw, reading))
                _note(notes, f"{area.name} / {role.name} / {clean(task_raw['name'])}", task_raw)
            area.roles.append(role)
        plan.areas.append(area)
    for theme_raw in raw.get("theme", []):
        comment = clean(theme_raw.get("comment", ""))
        reading = read_months(comment, "", year) if comment else MonthReading("", frozenset())
        months, assumed = _seed_months(theme_raw, reading)
        theme = ThemeData(
            theme=clean(theme_raw["theme"]),
            purpose=clean(theme_raw.get("purpose", "")),
            months=months,
            comment=comment,
            theme_key=theme_raw.get("theme_key"),
            assumed=assumed,
        )
        plan.themes.append(theme)
        _note(notes, f"Audit themes / {theme.theme}", theme_raw)
    return plan, year, notes


def _seed_months(
    raw: dict[str, Any], reading: MonthReading
) -> tuple[frozenset[int], frozenset[int]]:
    """A seed row's months and which of them are assumed: months set by hand in the seed
    file (``months = [...]``, with ``why``) are our assumption, as are those of a rule that
    assumes them; ``assumed = true`` marks months read by a rule as assumed all the same."""
    months = reading.months
    assumed = reading.months if reading.assumed else frozenset()
    if "months" in raw:
        months = frozenset(int(m) for m in raw["months"])
        assumed = months
    if "assumed" in raw:
        assumed = months if raw["assumed"] else frozenset()
    return months, assumed


def _seed_task(raw: dict[str, Any], reading: MonthReading) -> TaskData:
    months, assumed = _seed_months(raw, reading)
    counts = {
        MONTH_HEADINGS.index(str(month).upper()) + 1: int(number)
        for month, number in raw.get("month_figures", {}).items()
    }
    return TaskData(
        name=clean(raw["name"]),
        kind=activity_kind(raw["kind"]).key,
        purpose=clean(raw.get("purpose", "")),
        months=months | frozenset(counts),
        expected=int(raw.get("expected", reading.expected)),
        comment=clean(raw.get("comment", "")),
        assumed=assumed,
        when_needed=bool(raw.get("when_needed", reading.when_needed)),
        counts=counts,
    )


def _note(notes: list[SeedNote], where: str, raw: dict[str, Any]) -> None:
    for field_name in ("repaired", "why"):
        if raw.get(field_name):
            notes.append(SeedNote(where, str(raw[field_name])))
