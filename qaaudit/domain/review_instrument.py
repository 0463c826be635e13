"""The service performance review template as data.

Read from a versioned TOML definition in ``resources/instruments``: the header, the four
lenses with their judgement areas in the template's order, the column headings and the
guidance printed in them, and sections 5 and 6. The editor, the PDF and the workbook are
all built from it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from qaaudit.domain.instrument import INSTRUMENT_DIR, HeaderField
from qaaudit.resources import resource

SERVICE_REVIEW = "service_review"


@dataclass(frozen=True)
class ReviewJudgement:
    """One point of Ofsted's scale: I, RI, G, O."""

    key: str
    label: str
    rank: int
    good: bool

    @property
    def text(self) -> str:
        """Key and words together, so a judgement never relies on colour alone."""
        return f"{self.key} - {self.label}"


@dataclass(frozen=True)
class JudgementArea:
    key: str
    title: str
    lens_key: str
    capacity: bool = False
    prefill: str | None = None


@dataclass(frozen=True)
class Lens:
    key: str
    number: int
    title: str
    question: str
    comments_guidance: str
    areas: tuple[JudgementArea, ...]

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title} - {self.question}"


@dataclass(frozen=True)
class Columns:
    area: str
    comments: str
    evidence: str
    evidence_guidance: str
    judgement: str
    actions: str


@dataclass(frozen=True)
class SummarySection:
    number: int
    title: str
    guidance: str


@dataclass(frozen=True)
class PanelSection:
    number: int
    title: str
    input_guidance: str
    actions_guidance: str


@dataclass(frozen=True)
class ReviewInstrument:
    version: str
    title: str
    subtitle: str
    source: str
    period_months: int
    header: tuple[HeaderField, ...]
    judgements: tuple[ReviewJudgement, ...]
    columns: Columns
    lenses: tuple[Lens, ...]
    summary: SummarySection
    panel: PanelSection

    @property
    def areas(self) -> tuple[JudgementArea, ...]:
        """Every judgement area of every lens, in the template's order."""
        return tuple(area for lens in self.lenses for area in lens.areas)

    def area(self, key: str) -> JudgementArea:
        for area in self.areas:
            if area.key == key:
                return area
        raise KeyError(key)

    def lens(self, key: str) -> Lens:
        for lens in self.lenses:
            if lens.key == key:
                return lens
        raise KeyError(key)

    def judgement(self, key: str) -> ReviewJudgement:
        for judgement in self.judgements:
            if judgement.key == key:
                return judgement
        raise KeyError(key)

    def header_label(self, key: str) -> str:
        for field in self.header:
            if field.key == key:
                return field.label
        raise KeyError(key)

    def area_label(self, key: str | None) -> str:
        """Where an action came from: "3. Results of observed practice", or the panel."""
        if key is None:
            return f"{self.panel.number}. Panel"
        try:
            area = self.area(key)
        except KeyError:
            return key
        lens = self.lens(area.lens_key)
        if area.capacity:
            return f"{lens.number}. {lens.title}: {area.title}"
        return f"{lens.number}. {area.title}"


def parse_review_instrument(path: Path) -> ReviewInstrument:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    meta = data["instrument"]
    if meta["kind"] != SERVICE_REVIEW:
        raise ValueError(f"{path.name} is not a service performance review template")
    columns = data["columns"]
    lenses = []
    for lens in data["lenses"]:
        areas = tuple(
            JudgementArea(
                key=a["key"],
                title=a["title"],
                lens_key=lens["key"],
                capacity=bool(a.get("capacity", False)),
                prefill=a.get("prefill"),
            )
            for a in lens["areas"]
        )
        lenses.append(
            Lens(
                key=lens["key"],
                number=int(lens["number"]),
                title=lens["title"],
                question=lens["question"],
                comments_guidance=lens.get("comments_guidance", columns["comments_guidance"]),
                areas=areas,
            )
        )
    summary, panel = data["summary"], data["panel"]
    return ReviewInstrument(
        version=str(meta["version"]),
        title=meta["title"],
        subtitle=meta.get("subtitle", ""),
        source=meta.get("source", ""),
        period_months=int(meta.get("period_months", 6)),
        header=tuple(HeaderField(h["key"], h["label"]) for h in data["header"]),
        judgements=tuple(
            ReviewJudgement(j["key"], j["label"], int(j["rank"]), bool(j["good"]))
            for j in data["judgements"]
        ),
        columns=Columns(
            area=columns["area"],
            comments=columns["comments"],
            evidence=columns["evidence"],
            evidence_guidance=columns["evidence_guidance"],
            judgement=columns["judgement"],
            actions=columns["actions"],
        ),
        lenses=tuple(lenses),
        summary=SummarySection(int(summary["number"]), summary["title"], summary["guidance"]),
        panel=PanelSection(
            int(panel["number"]), panel["title"], panel["input_guidance"], panel["actions_guidance"]
        ),
    )


@cache
def review_instruments() -> dict[str, ReviewInstrument]:
    """Every service performance review template the program knows, by version."""
    found: dict[str, ReviewInstrument] = {}
    for path in sorted(resource(INSTRUMENT_DIR).glob(f"{SERVICE_REVIEW}-*.toml")):
        instrument = parse_review_instrument(path)
        found[instrument.version] = instrument
    if not found:
        raise FileNotFoundError("No service performance review template is installed.")
    return found


def current_review_instrument() -> ReviewInstrument:
    """The newest template: new reviews are completed against it."""
    instruments = review_instruments()
    return instruments[max(instruments, key=_version_key)]


def review_instrument(version: str) -> ReviewInstrument:
    try:
        return review_instruments()[version]
    except KeyError:
        raise KeyError(f"Service review template version {version} is not installed") from None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())
