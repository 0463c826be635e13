"""The council's QA instruments as data: the case file audit, observation of practice,
dip sample, supervision audit, the IRO / CP chair rating of a plan, and any the QA lead
defines.

An instrument is a versioned definition (TOML, see ``docs/instruments.md``): header fields,
sections of areas each with a stable key, title and guidance prompts, a grade scale in
which each grade says whether it counts as good, which areas allow "not applicable", the
narrative headings and the agreed actions. The form on screen, validation, the PDF and the
trend maths are all driven from it. A record keeps the version it was started on.

The versions shipped with the program are read from ``resources/instruments``; versions
the QA lead publishes are kept in the database and made known here by
``register_council_versions`` (one process works on one database).
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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
    # The two narrative headings of this area when they differ from the instrument's;
    # an empty second heading means the area has one narrative box.
    evidence_heading: str = ""
    impact_heading: str | None = None


@dataclass(frozen=True)
class Section:
    """A titled group of areas; an instrument without sections has one untitled one."""

    key: str
    title: str
    guidance: str
    area_keys: tuple[str, ...]


@dataclass(frozen=True)
class HeaderField:
    key: str
    label: str
    choices: tuple[str, ...] = ()
    required: bool = False


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


# Header fields every instrument's form has in the same place (the audit editor's fixed
# boxes); an instrument may re-label them. Any other header key is the instrument's own.
STANDARD_HEADER = (
    "auditor",
    "case_number",
    "audited_previously",
    "age_band",
    "strand",
    "case_holder",
    "discussed_on",
)


@dataclass(frozen=True)
class AuditInstrument:
    """One version of one instrument. (The name is the case file audit's, the first of
    them; ``Instrument`` is the same class.)"""

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
    key: str = "case_file_audit"
    sections: tuple[Section, ...] = ()
    # Said in the instrument's own text: where it came from and that the council adapts it.
    note: str = ""
    overall_label: str = "Overall judgement"
    corrective_action: bool = True
    look_back_months: int = 0

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

    def header_label(self, key: str, default: str) -> str:
        try:
            return self.header_field(key).label
        except KeyError:
            return default

    def has_header(self, key: str) -> bool:
        return any(field.key == key for field in self.header)

    @property
    def own_fields(self) -> tuple[HeaderField, ...]:
        """The header fields that are this instrument's own (worker observed, setting...)."""
        return tuple(f for f in self.header if f.key not in STANDARD_HEADER)

    @property
    def strands(self) -> tuple[str, ...]:
        return self.header_field("strand").choices

    @property
    def age_bands(self) -> tuple[str, ...]:
        return self.header_field("age_band").choices if self.has_header("age_band") else ()

    def theme_label(self, key: str) -> str:
        for theme in self.themes:
            if theme.key == key:
                return theme.label
        return key

    def headings_for(self, area: PracticeArea) -> tuple[str, str]:
        """The two narrative headings of an area; the second is empty when it has one box."""
        evidence = area.evidence_heading or self.evidence_heading
        impact = self.impact_heading if area.impact_heading is None else area.impact_heading
        return evidence, impact

    @property
    def shown_sections(self) -> tuple[Section, ...]:
        if self.sections:
            return self.sections
        return (Section("", "", "", tuple(a.key for a in self.areas)),)

    @property
    def good_grade_keys(self) -> frozenset[str]:
        return frozenset(g.key for g in self.grades if g.good)

    @property
    def identity(self) -> tuple[str, str]:
        return (self.key, self.version)


Instrument = AuditInstrument

INSTRUMENT_DIR = "instruments"
CASE_FILE_AUDIT = "case_file_audit"
# Kinds of file in resources/instruments that are not judged records of one case.
NOT_RECORD_KINDS = frozenset({"service_review"})


def parse_audit_instrument(path: Path) -> AuditInstrument:
    """One shipped definition file (any instrument, despite the name). Shipped files are
    checked by ``instrument_file``'s rules in the tests; the program trusts them."""
    return instrument_from_data(tomllib.loads(path.read_text(encoding="utf-8")))


def instrument_from_data(data: dict[str, Any]) -> AuditInstrument:
    """The instrument a checked TOML table describes (``instrument_file`` checks it)."""
    meta = data["instrument"]
    key = str(meta.get("key") or meta["kind"])
    hints = data.get("hints") or {}
    narrative = data.get("narrative") or {}
    if "sections" in data:
        areas: list[PracticeArea] = []
        sections: list[Section] = []
        for number, section in enumerate(data["sections"], start=1):
            section_areas = [_area(a) for a in section.get("areas", [])]
            areas += section_areas
            sections.append(
                Section(
                    str(section.get("key") or f"section_{number}"),
                    str(section.get("title", "")),
                    str(section.get("guidance", "")),
                    tuple(a.key for a in section_areas),
                )
            )
    else:
        areas = [_area(a) for a in data.get("areas", [])]
        sections = []
    actions = data.get("actions") or {}
    overall = data.get("overall") or {}
    return AuditInstrument(
        version=str(meta["version"]),
        title=str(meta["title"]),
        source=str(meta.get("source", "")),
        header=tuple(
            HeaderField(
                h["key"], h["label"], tuple(h.get("choices", ())), bool(h.get("required", False))
            )
            for h in data.get("header", [])
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
        areas=tuple(areas),
        themes=tuple(Theme(t["key"], t["label"]) for t in data.get("themes", [])),
        hints=Hints(
            str(hints.get("title", "Hints and tips for completion")),
            str(hints.get("introduction", "")).strip(),
            tuple(hints.get("tips", ())),
            str(hints.get("closing", "")),
        ),
        actions_title=str(actions.get("title", "Agreed actions")),
        evidence_heading=str(narrative.get("evidence_heading", "Evidence")),
        impact_heading=str(narrative.get("impact_heading", "")),
        max_narrative_chars=int(narrative.get("max_chars", 100000)),
        key=key,
        sections=tuple(sections),
        note=str(meta.get("note", "")).strip(),
        overall_label=str(overall.get("label", "Overall judgement")),
        corrective_action=bool(meta.get("corrective_action", key == CASE_FILE_AUDIT)),
        look_back_months=int(meta.get("look_back_months", 0)),
    )


def _area(a: dict[str, Any]) -> PracticeArea:
    return PracticeArea(
        a["key"],
        a["title"],
        a.get("short") or a["title"],
        tuple(a.get("prompts", ())),
        bool(a.get("may_be_not_applicable", False)),
        str(a.get("evidence_heading", "")),
        None if "impact_heading" not in a else str(a["impact_heading"]),
    )


# -- the versions the program knows ------------------------------------------------------


@cache
def shipped_instruments() -> dict[tuple[str, str], AuditInstrument]:
    """Every instrument version shipped in resources/instruments, by (key, version)."""
    found: dict[tuple[str, str], AuditInstrument] = {}
    for path in sorted(resource(INSTRUMENT_DIR).glob("*.toml")):
        kind = tomllib.loads(path.read_text(encoding="utf-8"))["instrument"].get("kind")
        if kind in NOT_RECORD_KINDS:
            continue
        instrument = parse_audit_instrument(path)
        found[instrument.identity] = instrument
    if not any(key == CASE_FILE_AUDIT for key, _ in found):
        raise FileNotFoundError("No case file audit template is installed.")
    return found


@cache
def shipped_text(key: str, version: str) -> str:
    """The shipped file of one version, as written."""
    for path in sorted(resource(INSTRUMENT_DIR).glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        meta = tomllib.loads(text)["instrument"]
        if str(meta.get("key") or meta.get("kind")) == key and str(meta["version"]) == version:
            return text
    raise KeyError(f"{key} {version} is not shipped with the program")


_council: dict[tuple[str, str], AuditInstrument] = {}
_generation = [0]


def register_council_versions(instruments: list[AuditInstrument]) -> None:
    """The published versions this database holds, replacing any known before."""
    wanted = {i.identity: i for i in instruments}
    if wanted != _council:
        _council.clear()
        _council.update(wanted)
        _generation[0] += 1


def catalogue_generation() -> int:
    """Changes whenever the known versions change, for caches built from them."""
    return _generation[0]


def all_instruments() -> dict[tuple[str, str], AuditInstrument]:
    """Every version that records can be on: shipped and published by the council."""
    return {**shipped_instruments(), **_council}


def instrument_versions(key: str) -> dict[str, AuditInstrument]:
    """Every known version of one instrument, oldest first."""
    found = {v: i for (k, v), i in all_instruments().items() if k == key}
    return {v: found[v] for v in sorted(found, key=version_key)}


def instrument_keys() -> list[str]:
    """Every instrument, the case file audit first, then by title."""
    latest = {key: current_instrument(key) for key, _ in all_instruments()}
    return sorted(latest, key=lambda k: (k != CASE_FILE_AUDIT, latest[k].title.lower()))


def current_instrument(key: str) -> AuditInstrument:
    """The newest published version: new records are completed against it."""
    versions = instrument_versions(key)
    if not versions:
        raise KeyError(f"There is no instrument “{key}”.")
    return versions[max(versions, key=version_key)]


def instrument_version(key: str, version: str) -> AuditInstrument:
    try:
        return all_instruments()[(key, version)]
    except KeyError:
        raise KeyError(f"Version {version} of “{key}” is not known to this program") from None


def audit_instruments() -> dict[str, AuditInstrument]:
    """Every case file audit template the program knows, by version."""
    return instrument_versions(CASE_FILE_AUDIT)


def current_audit_instrument() -> AuditInstrument:
    """The newest template: new audits are completed against it."""
    return current_instrument(CASE_FILE_AUDIT)


def audit_instrument(version: str, key: str = CASE_FILE_AUDIT) -> AuditInstrument:
    try:
        return instrument_version(key, version)
    except KeyError:
        if key == CASE_FILE_AUDIT:
            raise KeyError(f"Audit template version {version} is not installed") from None
        raise


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


_version_key = version_key


def next_version(version: str) -> str:
    """The version after this one: its last number one higher."""
    parts = version.split(".")
    if parts and parts[-1].isdigit():
        return ".".join([*parts[:-1], str(int(parts[-1]) + 1)])
    return f"{version}.1"


def definition_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
