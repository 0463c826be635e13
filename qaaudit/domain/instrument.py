"""The case file audit template as data.

The template is read from a versioned TOML definition in ``resources/instruments``; the
form on screen, validation, the PDF and the trend maths are all driven from it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from qaaudit.resources import resource


@dataclass(frozen=True)
class Grade:
    key: str
    label: str
    shortcut: str
    good: bool
    rank: int
    not_applicable: bool = False


@dataclass(frozen=True)
class PracticeArea:
    key: str
    title: str
    short: str
    prompts: tuple[str, ...]
    may_be_not_applicable: bool


@dataclass(frozen=True)
class HeaderField:
    key: str
    label: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theme:
    key: str
    label: str


@dataclass(frozen=True)
class Hints:
    title: str
    introduction: str
    tips: tuple[str, ...]
    closing: str


@dataclass(frozen=True)
class AuditInstrument:
    version: str
    title: str
    source: str
    header: tuple[HeaderField, ...]
    grades: tuple[Grade, ...]
    areas: tuple[PracticeArea, ...]
    themes: tuple[Theme, ...]
    hints: Hints
    actions_title: str
    evidence_heading: str
    impact_heading: str
    max_narrative_chars: int

    def area(self, key: str) -> PracticeArea:
        for area in self.areas:
            if area.key == key:
                return area
        raise KeyError(key)

    def grade(self, key: str) -> Grade:
        for grade in self.grades:
            if grade.key == key:
                return grade
        raise KeyError(key)

    def header_field(self, key: str) -> HeaderField:
        for field in self.header:
            if field.key == key:
                return field
        raise KeyError(key)

    @property
    def strands(self) -> tuple[str, ...]:
        return self.header_field("strand").choices

    @property
    def age_bands(self) -> tuple[str, ...]:
        return self.header_field("age_band").choices

    def theme_label(self, key: str) -> str:
        for theme in self.themes:
            if theme.key == key:
                return theme.label
        return key


INSTRUMENT_DIR = "instruments"
CASE_FILE_AUDIT = "case_file_audit"


def parse_audit_instrument(path: Path) -> AuditInstrument:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    meta = data["instrument"]
    if meta["kind"] != CASE_FILE_AUDIT:
        raise ValueError(f"{path.name} is not a case file audit template")
    hints = data["hints"]
    return AuditInstrument(
        version=str(meta["version"]),
        title=meta["title"],
        source=meta.get("source", ""),
        header=tuple(
            HeaderField(h["key"], h["label"], tuple(h.get("choices", ()))) for h in data["header"]
        ),
        grades=tuple(
            Grade(
                g["key"],
                g["label"],
                g["shortcut"],
                bool(g["good"]),
                int(g["rank"]),
                bool(g.get("not_applicable", False)),
            )
            for g in data["grades"]
        ),
        areas=tuple(
            PracticeArea(
                a["key"], a["title"], a["short"], tuple(a["prompts"]), a["may_be_not_applicable"]
            )
            for a in data["areas"]
        ),
        themes=tuple(Theme(t["key"], t["label"]) for t in data["themes"]),
        hints=Hints(
            hints["title"], hints["introduction"].strip(), tuple(hints["tips"]), hints["closing"]
        ),
        actions_title=data["actions"]["title"],
        evidence_heading=data["narrative"]["evidence_heading"],
        impact_heading=data["narrative"]["impact_heading"],
        max_narrative_chars=int(data["narrative"]["max_chars"]),
    )


@cache
def audit_instruments() -> dict[str, AuditInstrument]:
    """Every case file audit template the program knows, by version."""
    found: dict[str, AuditInstrument] = {}
    for path in sorted(resource(INSTRUMENT_DIR).glob(f"{CASE_FILE_AUDIT}-*.toml")):
        instrument = parse_audit_instrument(path)
        found[instrument.version] = instrument
    if not found:
        raise FileNotFoundError("No case file audit template is installed.")
    return found


def current_audit_instrument() -> AuditInstrument:
    """The newest template: new audits are completed against it."""
    instruments = audit_instruments()
    return instruments[max(instruments, key=_version_key)]


def audit_instrument(version: str) -> AuditInstrument:
    try:
        return audit_instruments()[version]
    except KeyError:
        raise KeyError(f"Audit template version {version} is not installed") from None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())
