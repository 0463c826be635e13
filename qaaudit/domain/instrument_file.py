"""An instrument's definition file (TOML): read with every rule checked, each problem at
its line, and written back out. The format is described in ``docs/instruments.md``.

A file that the program would have to guess about is refused rather than guessed: an
unknown field (a typing slip would otherwise be lost), two areas or grades with one key,
two grades on one key, a scale with no good or no not-good grade, areas given both
inside and outside sections.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

import tomli_w

from qaaudit.domain.instrument import AuditInstrument, instrument_from_data

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
VERSION_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+){0,3}$")
MAX_PROMPTS = 40
MAX_TEXT = 4000

_TABLES = {
    "instrument": {
        "kind",
        "key",
        "version",
        "title",
        "source",
        "note",
        "look_back_months",
        "corrective_action",
    },
    "header": {"key", "label", "choices", "required"},
    "grades": {"key", "label", "shortcut", "good", "rank", "not_applicable"},
    "sections": {"key", "title", "guidance", "areas"},
    "areas": {
        "key",
        "title",
        "short",
        "prompts",
        "may_be_not_applicable",
        "evidence_heading",
        "impact_heading",
    },
    "actions": {"title", "columns"},
    "narrative": {"evidence_heading", "impact_heading", "max_chars"},
    "themes": {"key", "label"},
    "hints": {"title", "introduction", "tips", "closing"},
    "overall": {"label"},
}


@dataclass(frozen=True)
class FileProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class InstrumentFileError(ValueError):
    """The file cannot be used; each problem names its line."""

    def __init__(self, name: str, problems: list[FileProblem]) -> None:
        self.name = name
        self.problems = problems
        listed = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{name} is not a usable instrument definition:\n{listed}{more}")

    @property
    def first(self) -> FileProblem:
        return self.problems[0]


class _Lines:
    """Where each table and field of the file starts, to name the line of a problem."""

    _ARRAY = re.compile(r"^\s*\[\[\s*([\w.]+)\s*\]\]")
    _TABLE = re.compile(r"^\s*\[\s*([\w.]+)\s*\]")
    _FIELD = re.compile(r"^\s*([A-Za-z0-9_]+)\s*=")

    def __init__(self, text: str) -> None:
        self.tables: dict[tuple[str, int], int] = {}
        self.fields: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        current = ("", 0)
        for number, line in enumerate(text.splitlines(), start=1):
            if match := self._ARRAY.match(line):
                name = match.group(1)
                index = counts.get(name, 0)
                counts[name] = index + 1
                current = (name, index)
                self.tables.setdefault(current, number)
            elif match := self._TABLE.match(line):
                current = (match.group(1), 0)
                self.tables.setdefault(current, number)
            elif match := self._FIELD.match(line):
                self.fields.setdefault((*current, match.group(1)), number)

    def of(self, table: str, index: int = 0, field: str = "") -> int:
        if field and (table, index, field) in self.fields:
            return self.fields[(table, index, field)]
        return self.tables.get((table, index), 1)


def parse_instrument_text(text: str, name: str = "the file") -> AuditInstrument:
    """The instrument a file defines, or InstrumentFileError naming each line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"line (\d+)", message)
        line = int(found.group(1)) if found else 1
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise InstrumentFileError(
            name, [FileProblem(line, f"this is not TOML the program can read ({reason})")]
        ) from None
    problems = check_instrument_data(data, _Lines(text))
    if problems:
        raise InstrumentFileError(name, sorted(problems, key=lambda p: p.line))
    return instrument_from_data(data)


def check_instrument_data(data: dict[str, Any], lines: _Lines) -> list[FileProblem]:
    problems: list[FileProblem] = []

    def bad(line: int, reason: str) -> None:
        problems.append(FileProblem(line, reason))

    for table in data:
        if table not in _TABLES:
            bad(lines.of(table), f"“{table}” is not part of an instrument definition")
    meta = data.get("instrument")
    if not isinstance(meta, dict):
        bad(1, "the [instrument] table (key, version, title) is missing")
        return problems
    _unknown_fields(meta, "instrument", 0, lines, bad)
    key = meta.get("key", meta.get("kind"))
    if "key" in meta and "kind" in meta and meta["key"] != meta["kind"]:
        bad(lines.of("instrument", 0, "key"), "“key” and “kind” name different instruments")
    if not isinstance(key, str) or not KEY_PATTERN.match(key):
        bad(
            lines.of("instrument", 0, "key" if "key" in meta else "kind"),
            "the instrument's key must be lower-case letters, digits and _ (for example "
            "observation_of_practice)",
        )
    version = meta.get("version")
    if not isinstance(version, str) or not VERSION_PATTERN.match(version):
        bad(
            lines.of("instrument", 0, "version"),
            'the version must be numbers with dots, in quotes (for example "2026.1")',
        )
    if not _text(meta.get("title")):
        bad(lines.of("instrument", 0, "title"), "the instrument needs a title")

    _check_header(data.get("header"), lines, bad)
    _check_grades(data.get("grades"), lines, bad)
    _check_areas(data, lines, bad)
    for table in ("actions", "narrative", "hints", "overall"):
        value = data.get(table)
        if value is None:
            continue
        if not isinstance(value, dict):
            bad(lines.of(table), f"[{table}] must be one table")
            continue
        _unknown_fields(value, table, 0, lines, bad)
    narrative = data.get("narrative")
    if isinstance(narrative, dict) and "max_chars" in narrative:
        limit = narrative["max_chars"]
        if not isinstance(limit, int) or not 100 <= limit <= 1_000_000:
            bad(lines.of("narrative", 0, "max_chars"), "max_chars must be 100 to 1,000,000")
    themes = data.get("themes", [])
    seen: set[str] = set()
    for index, theme in enumerate(themes if isinstance(themes, list) else []):
        _unknown_fields(theme, "themes", index, lines, bad)
        theme_key = theme.get("key")
        if not isinstance(theme_key, str) or not KEY_PATTERN.match(theme_key):
            bad(lines.of("themes", index, "key"), "a theme needs a key of lower-case letters")
        elif theme_key in seen:
            bad(lines.of("themes", index, "key"), f"two themes have the key “{theme_key}”")
        seen.add(str(theme_key))
        if not _text(theme.get("label")):
            bad(lines.of("themes", index, "label"), "a theme needs a label")
    return problems


def _unknown_fields(table: Any, name: str, index: int, lines: _Lines, bad: Any) -> None:
    if not isinstance(table, dict):
        bad(lines.of(name, index), f"each [[{name}]] must be a table")
        return
    for field in table:
        if field not in _TABLES[name] and not (name == "sections" and field == "areas"):
            bad(
                lines.of(name, index, field),
                f"“{field}” is not a field of [{name}]; the fields are "
                + ", ".join(sorted(_TABLES[name])),
            )


def _check_header(header: Any, lines: _Lines, bad: Any) -> None:
    if not isinstance(header, list) or not header:
        bad(1, "the header fields ([[header]]) are missing")
        return
    keys: set[str] = set()
    for index, field in enumerate(header):
        _unknown_fields(field, "header", index, lines, bad)
        if not isinstance(field, dict):
            continue
        key = field.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            bad(
                lines.of("header", index, "key"), "a header field needs a key of lower-case letters"
            )
        elif key in keys:
            bad(lines.of("header", index, "key"), f"two header fields have the key “{key}”")
        keys.add(str(key))
        if not _text(field.get("label")):
            bad(lines.of("header", index, "label"), "a header field needs a label")
        choices = field.get("choices", [])
        if not isinstance(choices, list) or not all(_text(c) for c in choices):
            bad(lines.of("header", index, "choices"), "choices must be a list of words")
        elif len(set(choices)) != len(choices):
            bad(lines.of("header", index, "choices"), "a choice is listed twice")
    for needed in ("case_number", "strand"):
        if needed not in keys:
            bad(lines.of("header"), f"every instrument has the header field “{needed}”")
    for index, field in enumerate(header):
        if isinstance(field, dict) and field.get("key") == "strand" and not field.get("choices"):
            bad(lines.of("header", index, "key"), "the strand needs its choices")


def _check_grades(grades: Any, lines: _Lines, bad: Any) -> None:
    if not isinstance(grades, list) or not grades:
        bad(1, "the grade scale ([[grades]]) is missing")
        return
    keys: set[str] = set()
    shortcuts: dict[str, str] = {}
    ranks: set[int] = set()
    good = not_good = not_applicable = 0
    for index, grade in enumerate(grades):
        _unknown_fields(grade, "grades", index, lines, bad)
        if not isinstance(grade, dict):
            continue
        key = grade.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            bad(lines.of("grades", index, "key"), "a grade needs a key of lower-case letters")
        elif key in keys:
            bad(lines.of("grades", index, "key"), f"two grades have the key “{key}”")
        keys.add(str(key))
        if not _text(grade.get("label")):
            bad(lines.of("grades", index, "label"), "a grade needs a label")
        shortcut = grade.get("shortcut")
        if not isinstance(shortcut, str) or len(shortcut) != 1 or not shortcut.isalnum():
            bad(
                lines.of("grades", index, "shortcut"),
                "a grade's shortcut is one letter or digit",
            )
        elif shortcut.upper() in shortcuts:
            bad(
                lines.of("grades", index, "shortcut"),
                f"the shortcut “{shortcut}” is already the key of “{shortcuts[shortcut.upper()]}”",
            )
        else:
            shortcuts[shortcut.upper()] = str(grade.get("label", key))
        if not isinstance(grade.get("good"), bool):
            bad(
                lines.of("grades", index, "good"),
                "say whether the grade counts as good: good = true or good = false",
            )
        is_na = grade.get("not_applicable", False)
        if not isinstance(is_na, bool):
            bad(lines.of("grades", index, "not_applicable"), "not_applicable is true or false")
        rank = grade.get("rank")
        if not isinstance(rank, int) or isinstance(rank, bool):
            bad(lines.of("grades", index, "rank"), "a grade's rank is a whole number")
        elif not is_na and rank in ranks:
            bad(lines.of("grades", index, "rank"), f"two grades have the rank {rank}")
        elif not is_na:
            ranks.add(rank)
        if is_na is True:
            not_applicable += 1
            if grade.get("good") is True:
                bad(lines.of("grades", index, "good"), "“not applicable” cannot count as good")
        elif grade.get("good") is True:
            good += 1
        elif grade.get("good") is False:
            not_good += 1
    line = lines.of("grades")
    if not_applicable > 1:
        bad(line, "only one grade can mean “not applicable”")
    if not good or not not_good:
        bad(line, "the scale needs at least one grade that counts as good and one that does not")


def _check_areas(data: dict[str, Any], lines: _Lines, bad: Any) -> None:
    sections = data.get("sections")
    plain = data.get("areas")
    if sections is not None and plain is not None:
        bad(
            lines.of("areas"),
            "areas are given both inside sections and outside them; put every area in a section",
        )
        return
    found: list[tuple[str, int, dict[str, Any]]] = []
    if sections is not None:
        if not isinstance(sections, list) or not sections:
            bad(lines.of("sections"), "[[sections]] must hold at least one section")
            return
        section_keys: set[str] = set()
        nested = 0
        for index, section in enumerate(sections):
            _unknown_fields(section, "sections", index, lines, bad)
            if not isinstance(section, dict):
                continue
            key = section.get("key")
            if key is not None and (not isinstance(key, str) or not KEY_PATTERN.match(key)):
                bad(lines.of("sections", index, "key"), "a section's key is lower-case letters")
            elif key in section_keys:
                bad(lines.of("sections", index, "key"), f"two sections have the key “{key}”")
            section_keys.add(str(key))
            if not _text(section.get("title")):
                bad(lines.of("sections", index, "title"), "a section needs a title")
            areas = section.get("areas", [])
            if not isinstance(areas, list) or not areas:
                bad(lines.of("sections", index), "a section needs at least one area")
                continue
            for area in areas:
                found.append(("sections.areas", nested, area))
                nested += 1
    else:
        if not isinstance(plain, list) or not plain:
            bad(1, "the instrument has no areas ([[areas]]) to judge")
            return
        found = [("areas", index, area) for index, area in enumerate(plain)]
    keys: set[str] = set()
    for table, index, area in found:
        if not isinstance(area, dict):
            bad(lines.of(table, index), "each area must be a table")
            continue
        for field in area:
            if field not in _TABLES["areas"]:
                bad(
                    lines.of(table, index, field),
                    f"“{field}” is not a field of an area; the fields are "
                    + ", ".join(sorted(_TABLES["areas"])),
                )
        key = area.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            bad(
                lines.of(table, index, "key"),
                "an area needs a stable key of lower-case letters, digits and _",
            )
        elif key in keys:
            bad(lines.of(table, index, "key"), f"two areas have the key “{key}”")
        keys.add(str(key))
        if not _text(area.get("title")):
            bad(lines.of(table, index, "title"), "an area needs a title")
        prompts = area.get("prompts", [])
        if not isinstance(prompts, list) or not all(_text(p) for p in prompts):
            bad(lines.of(table, index, "prompts"), "prompts must be a list of sentences")
        elif len(prompts) > MAX_PROMPTS:
            bad(lines.of(table, index, "prompts"), f"an area has at most {MAX_PROMPTS} prompts")
        flag = area.get("may_be_not_applicable", False)
        if not isinstance(flag, bool):
            bad(lines.of(table, index, "may_be_not_applicable"), "this is true or false")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= MAX_TEXT


def problems_in(data: dict[str, Any]) -> list[str]:
    """What is wrong with a definition made in the window (no file, so no lines)."""
    return [p.reason for p in check_instrument_data(data, _Lines(""))]


# -- writing ---------------------------------------------------------------------------------


def instrument_data(instrument: AuditInstrument) -> dict[str, Any]:
    """The instrument as the tables of its file."""
    meta: dict[str, Any] = {
        "key": instrument.key,
        "version": instrument.version,
        "title": instrument.title,
    }
    if instrument.source:
        meta["source"] = instrument.source
    if instrument.note:
        meta["note"] = instrument.note
    if instrument.look_back_months:
        meta["look_back_months"] = instrument.look_back_months
    meta["corrective_action"] = instrument.corrective_action
    data: dict[str, Any] = {"instrument": meta}
    data["header"] = [
        {"key": f.key, "label": f.label}
        | ({"choices": list(f.choices)} if f.choices else {})
        | ({"required": True} if f.required else {})
        for f in instrument.header
    ]
    data["grades"] = [
        {
            "key": g.key,
            "label": g.label,
            "shortcut": g.shortcut,
            "good": g.good,
            "rank": g.rank,
        }
        | ({"not_applicable": True} if g.not_applicable else {})
        for g in instrument.grades
    ]
    areas = {a.key: _area_data(a) for a in instrument.areas}
    if instrument.sections:
        data["sections"] = [
            {"key": s.key, "title": s.title}
            | ({"guidance": s.guidance} if s.guidance else {})
            | {"areas": [areas[k] for k in s.area_keys]}
            for s in instrument.sections
        ]
    else:
        data["areas"] = list(areas.values())
    data["overall"] = {"label": instrument.overall_label}
    data["actions"] = {"title": instrument.actions_title}
    data["narrative"] = {
        "evidence_heading": instrument.evidence_heading,
        "impact_heading": instrument.impact_heading,
        "max_chars": instrument.max_narrative_chars,
    }
    if instrument.themes:
        data["themes"] = [{"key": t.key, "label": t.label} for t in instrument.themes]
    hints = instrument.hints
    data["hints"] = {"title": hints.title, "introduction": hints.introduction}
    if hints.tips:
        data["hints"]["tips"] = list(hints.tips)
    if hints.closing:
        data["hints"]["closing"] = hints.closing
    return data


def _area_data(area: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"key": area.key, "title": area.title, "short": area.short}
    out["may_be_not_applicable"] = area.may_be_not_applicable
    out["prompts"] = list(area.prompts)
    if area.evidence_heading:
        out["evidence_heading"] = area.evidence_heading
    if area.impact_heading is not None:
        out["impact_heading"] = area.impact_heading
    return out


def instrument_to_toml(instrument: AuditInstrument) -> str:
    """The instrument's file, which reads back as the same instrument."""
    heading = [
        f"# {instrument.title}, version {instrument.version}.",
        "# An instrument definition for qaaudit: see docs/instruments.md for the format.",
        "",
    ]
    return "\n".join(heading) + tomli_w.dumps(instrument_data(instrument), multiline_strings=True)


def with_version(instrument: AuditInstrument, version: str) -> AuditInstrument:
    """The same definition under another version number."""
    data = instrument_data(instrument)
    data["instrument"]["version"] = version
    return instrument_from_data(data)
