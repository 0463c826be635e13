"""Reading historic audits from a workbook laid out as `qaaudit export audits` writes it
(sheets Audits, Narratives, Agreed actions; columns found by their headings, in any order).

Every row is checked before anything is stored, and every problem is reported with its
sheet, row and column; then everything is stored in one transaction, or nothing is.
Messages say what is wrong with a cell but never what it holds: a column out of place can
put a child's narrative where a date was expected.

The work is bounded by what the file really holds, not by what it declares: rows it leaves
out cost nothing, each row is read only as far as the last column with a heading, every
row that holds something counts toward the most an import takes (valid or not), and
reading stops once so many rows have problems that the workbook is plainly not in shape.
"""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from qaaudit.domain.audit import (
    CASE_NUMBER_PATTERN,
    COMPLETED,
    DRAFT,
    AgreedAction,
    normalise_case_number,
)
from qaaudit.domain.corrective import confirmation_problems
from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    AuditInstrument,
    all_instruments,
    audit_instruments,
    current_audit_instrument,
    current_instrument,
)
from qaaudit.domain.permissions import AUDIT_IMPORT
from qaaudit.exports.audit import data_excel as layout
from qaaudit.exports.common import cell_values as cells
from qaaudit.exports.common.excel import WorkbookRejected, load_untrusted_workbook, unreadable
from qaaudit.exports.common.files import Cancelled, Progress, no_progress
from qaaudit.exports.common.workbook_rows import (
    MAX_COLUMNS,
    CellUnreadable,
    column_letter,
    real_rows,
)
from qaaudit.services.audit.imports import (
    REFUSE,
    SKIP,
    ImportedAudit,
    ImportRejected,
    ImportResult,
    check_import,
    store_import,
)
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.instruments import refresh_catalogue
from qaaudit.services.common.permissions import require
from qaaudit.store.database import Database

__all__ = [
    "MAX_AUDIT_ROWS",
    "MAX_PROBLEM_ROWS",
    "REFUSE",
    "SKIP",
    "ImportRejected",
    "ImportResult",
    "WorkbookRejected",
    "import_audits_workbook",
]

MAX_AUDIT_ROWS = 250_000
# Rows with problems after which reading stops: a workbook this far from the layout is
# not going to be imported, and listing more helps nobody.
MAX_PROBLEM_ROWS = 1_000
PROGRESS_EVERY = 500
NAME_LIMIT = 200
UNIT_LIMIT = 120
# Shared, unchangeable, by every audit that has no narratives, actions or themes until one
# is added: a quarter of a million audits need not carry a million empty containers.
_NO_TEXT: Any = MappingProxyType({})
_NONE: Any = ()


class _Problems:
    """Every problem found, and how many rows had one; reading stops when too many have."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.rows = 0

    def add_row(self, found: list[str], sheet: str, number: int) -> None:
        if not found:
            return
        self.items += found
        self.rows += 1
        if self.rows >= MAX_PROBLEM_ROWS:
            # Said first: the list is long and is cut when shown.
            self.items.insert(
                0,
                f"Reading stopped at row {number:,} of the {sheet} sheet: {self.rows:,} rows "
                "have problems, so the workbook is not in the layout qaaudit reads.",
            )
            raise ImportRejected(self.items)


@lru_cache(maxsize=4096)
def _fold(words: str) -> str:
    """``cells.fold``, remembered: the same few headings, labels and grades are folded on
    every row."""
    return cells.fold(words)


@dataclass
class _Columns:
    """Where each heading is on a sheet."""

    sheet: str
    index: dict[str, int]
    unread: list[str]
    _positions: dict[str, int | None] = field(default_factory=dict)

    @property
    def width(self) -> int:
        """How many columns a row is read to: up to the last one with a heading."""
        return max(self.index.values(), default=0) + 1

    def has(self, heading: str) -> bool:
        return _fold(heading) in self.index

    def get(self, row: tuple[Any, ...], heading: str) -> Any:
        if heading not in self._positions:
            self._positions[heading] = self.index.get(_fold(heading))
        position = self._positions[heading]
        if position is None or position >= len(row):
            return None
        return row[position]

    def where(self, number: int, heading: str, shown: str | None = None) -> str:
        """A cell named by sheet, row and column, and the column's heading in qaaudit's
        words (``shown``, if not ``heading`` itself)."""
        position = self.index.get(cells.fold(heading))
        column = f", column {column_letter(position + 1)}" if position is not None else ""
        return f"{self.sheet} sheet, row {number}{column} ({shown or heading})"


def _columns(sheet_name: str, header: tuple[Any, ...], known: dict[str, str]) -> _Columns:
    """The headings of row 1; ``known`` maps each folded heading qaaudit reads to its
    own spelling."""
    index: dict[str, int] = {}
    unread = []
    for position, value in enumerate(header):
        heading = cells.fold(cells.text(value)) if not isinstance(value, bool) else ""
        if not heading:
            continue
        if heading in index:
            raise ImportRejected(
                [
                    f"{sheet_name} sheet, row 1: columns {column_letter(index[heading] + 1)} "
                    f"and {column_letter(position + 1)} have the same heading."
                ]
            )
        if heading in known:
            index[heading] = position
        else:
            unread.append(column_letter(position + 1))
    return _Columns(sheet_name, index, unread)


def _header(sheet: Any, sheet_name: str) -> tuple[Any, ...] | None:
    """Row 1's headings (or the first row that holds something), as far as MAX_COLUMNS."""
    for _number, row in _sheet_rows(sheet, sheet_name, MAX_COLUMNS):
        return row
    return None


def _sheet_rows(
    sheet: Any, sheet_name: str, width: int, start: int = 0
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows that hold something, after the ``start``-th; a cell that cannot be read
    refuses the workbook, naming it."""
    try:
        for count, (number, row) in enumerate(real_rows(sheet, width)):
            if count >= start:
                yield number, row
    except CellUnreadable as cell:
        raise ImportRejected(
            [
                f"{sheet_name} sheet, row {cell.row}, column {column_letter(cell.column)}: the "
                "cell cannot be read (a date that does not exist, or a value Excel itself "
                "could not show). Correct or clear it and import again."
            ]
        ) from cell


def _find_sheet(workbook: Any, title: str) -> Any:
    for name in workbook.sheetnames:
        if cells.fold(name) == cells.fold(title):
            return workbook[name]
    return None


class _Vocabulary:
    """The template's words, and the ways people write them, mapped to stored keys."""

    def __init__(self) -> None:
        self.instruments = all_instruments()
        current = current_audit_instrument()
        self.areas: dict[str, str] = {}
        self.area_headings: dict[str, str] = {}
        for instrument in [current, *audit_instruments().values(), *self.instruments.values()]:
            for area in instrument.areas:
                for word in (area.short, area.title, area.key):
                    self.areas.setdefault(cells.fold(word), area.key)
                    self.area_headings.setdefault(cells.fold(word), area.short)
        self._themes: dict[tuple[str, str], dict[str, str]] = {}

    def instrument(self, version: str, form: str = CASE_FILE_AUDIT) -> AuditInstrument:
        if not version:
            return current_instrument(form)
        return self.instruments[(form, version)]

    def knows(self, version: str, form: str) -> bool:
        if not version:
            return any(key == form for key, _v in self.instruments)
        return (form, version) in self.instruments

    @staticmethod
    def grade(value: Any, instrument: AuditInstrument, *, overall: bool) -> str | None:
        text = _fold(cells.text(value))
        if not text:
            return None
        for grade in instrument.grades:
            if text in (_fold(grade.label), grade.key):
                if overall and grade.not_applicable:
                    raise cells.RowProblem("the overall judgement cannot be “not applicable”.")
                return grade.key
            if grade.not_applicable and not overall and text in ("n/a", "na", "n.a."):
                return grade.key
        allowed = ", ".join(
            g.label for g in instrument.grades if not (overall and g.not_applicable)
        )
        raise cells.RowProblem(f"not a judgement (use {allowed}).")

    @staticmethod
    def choice(value: Any, choices: tuple[str, ...], what: str) -> str:
        text = _fold(cells.text(value))
        if not text:
            return ""
        for choice in choices:
            if _fold(choice) == text:
                return choice
        raise cells.RowProblem(f"not one of the {what} ({', '.join(choices)}).")

    def theme_words(self, instrument: AuditInstrument) -> dict[str, str]:
        """The instrument's audit themes by their folded label and by key."""
        if instrument.identity not in self._themes:
            self._themes[instrument.identity] = {
                _fold(t.label): t.key for t in instrument.themes
            } | {t.key: t.key for t in instrument.themes}
        return self._themes[instrument.identity]


class _Shared:
    """One copy of each name, month and set of judgements, however many rows repeat it:
    the largest import holds a quarter of a million audits at once."""

    def __init__(self) -> None:
        self.words: dict[str, str] = {}
        self.months: dict[date, date] = {}
        self.judgements: dict[tuple[tuple[str, str | None], ...], dict[str, str | None]] = {}

    def word(self, text: str) -> str:
        return self.words.setdefault(text, text)

    def month(self, value: date | None) -> date | None:
        return None if value is None else self.months.setdefault(value, value)

    def judgement_set(self, judgements: dict[str, str | None]) -> dict[str, str | None]:
        return self.judgements.setdefault(tuple(judgements.items()), judgements)


def _audit_known_headings(vocabulary: _Vocabulary) -> dict[str, str]:
    known = {cells.fold(h): h for h in layout.audit_headings()}
    return known | {word: vocabulary.area_headings[word] for word in vocabulary.areas}


def _read_audits(
    sheet: Any,
    vocabulary: _Vocabulary,
    today: date,
    problems: _Problems,
    progress: Progress,
) -> tuple[list[ImportedAudit], list[str]]:
    header = _header(sheet, "Audits")
    if header is None:
        raise ImportRejected(["The Audits sheet is empty."])
    columns = _columns("Audits", header, _audit_known_headings(vocabulary))
    missing = [h for h in (layout.CASE_NUMBER, layout.MONTH, layout.AUDITOR) if not columns.has(h)]
    if missing:
        raise ImportRejected(
            [f"The Audits sheet has no “{h}” column (headings go in row 1)." for h in missing]
        )
    area_columns = {
        heading: key for heading, key in vocabulary.areas.items() if heading in columns.index
    }
    shared = _Shared()
    audits: list[ImportedAudit] = []
    seen_refs: dict[int, int] = {}
    for count, (number, row) in enumerate(_sheet_rows(sheet, "Audits", columns.width, 1), 1):
        if count > MAX_AUDIT_ROWS:
            raise ImportRejected(
                [
                    f"The Audits sheet has more than {MAX_AUDIT_ROWS:,} rows (row {number:,} "
                    "is beyond that); split the workbook and import each part."
                ]
            )
        if count % PROGRESS_EVERY == 0 and not progress(count, 0, "Reading audits"):
            raise Cancelled()
        found: list[str] = []
        audit = _read_audit(number, row, columns, area_columns, vocabulary, today, found, shared)
        if audit is not None and audit.ref is not None:
            if audit.ref in seen_refs:
                found.append(
                    f"{columns.where(number, layout.ID)}: the same audit id as row "
                    f"{seen_refs[audit.ref]}."
                )
            else:
                seen_refs[audit.ref] = number
        problems.add_row(found, "Audits", number)
        if audit is not None and not found:
            audits.append(audit)
    return audits, columns.unread


def _read_audit(
    number: int,
    row: tuple[Any, ...],
    columns: _Columns,
    area_columns: dict[str, str],
    vocabulary: _Vocabulary,
    today: date,
    found: list[str],
    shared: _Shared,
) -> ImportedAudit | None:
    """One row of the Audits sheet, or None with its problems added to ``found``."""

    def at(heading: str) -> str:
        return columns.where(number, heading)

    def field(heading: str, reader: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return reader(columns.get(row, heading), *args, **kwargs)
        except cells.RowProblem as problem:
            found.append(f"{at(heading)}: {problem}")
            return None

    mistyped: set[str] = set()  # columns already refused: not said to be empty too

    def words(heading: str) -> str:
        value = field(heading, cells.words)
        if value is None:
            mistyped.add(heading)
        return value or ""

    def name(heading: str, what: str, limit: int = NAME_LIMIT) -> str:
        text = re.sub(r"\s+", " ", words(heading)).strip()
        if len(text) > limit:
            found.append(f"{at(heading)}: the {what} is longer than {limit} characters.")
        return shared.word(text)

    version = cells.text(columns.get(row, layout.TEMPLATE)).strip()
    form = cells.text(columns.get(row, layout.FORM)).strip() or CASE_FILE_AUDIT
    if not vocabulary.knows(version, form):
        found.append(
            f"{at(layout.TEMPLATE)}: this version of the form “{form}” is not defined here. "
            "The QA lead can define it (Instruments) and publish it, then import again."
        )
        return None
    instrument = vocabulary.instrument(version, form)
    ref = field(layout.ID, cells.whole_number)
    typed_number = words(layout.CASE_NUMBER)
    raw_number = normalise_case_number(typed_number)
    if raw_number == typed_number:
        raw_number = typed_number  # one copy of each case number, not two
    if not raw_number and layout.CASE_NUMBER not in mistyped:
        found.append(f"{at(layout.CASE_NUMBER)}: the tracked case number is empty.")
    elif raw_number and not CASE_NUMBER_PATTERN.match(raw_number):
        found.append(
            f"{at(layout.CASE_NUMBER)}: the tracked case number has characters other than "
            "letters, digits, / - _ or . (or more than 40)."
        )
    month = shared.month(field(layout.MONTH, cells.month, today))
    if columns.get(row, layout.MONTH) in (None, ""):
        found.append(f"{at(layout.MONTH)}: the audit month is empty.")
    status_text = _fold(words(layout.STATUS))
    status = {"": COMPLETED, "completed": COMPLETED, "complete": COMPLETED, "draft": DRAFT}.get(
        status_text
    )
    if status is None:
        found.append(f"{at(layout.STATUS)}: the status is not Completed or Draft.")
        status = COMPLETED
    type_text = _fold(words(layout.TYPE)).replace(" ", "-")
    audit_type = {"": None, "audit": "audit", "re-audit": "re-audit", "reaudit": "re-audit"}.get(
        type_text
    )
    if type_text and audit_type is None:
        found.append(f"{at(layout.TYPE)}: the type is not Audit or Re-audit.")
    previous = field(layout.PREVIOUS, cells.whole_number)
    overall = field(layout.OVERALL, vocabulary.grade, instrument, overall=True)
    judgements: dict[str, str | None] = {}
    for heading, key in area_columns.items():
        try:
            area = instrument.area(key)
        except KeyError:
            continue
        try:
            judgement = vocabulary.grade(columns.get(row, heading), instrument, overall=False)
        except cells.RowProblem as problem:
            found.append(f"{columns.where(number, heading, area.short)}: {problem}")
            continue
        if (
            judgement
            and instrument.grade(judgement).not_applicable
            and not area.may_be_not_applicable
        ):
            found.append(
                f"{columns.where(number, heading, area.short)}: {area.short} applies to every "
                "case and cannot be not applicable."
            )
        judgements[key] = judgement
    strand = field(layout.STRAND, vocabulary.choice, instrument.strands, "strands") or ""
    age_band = field(layout.AGE_BAND, vocabulary.choice, instrument.age_bands, "age bands") or ""
    themes = []
    theme_words = vocabulary.theme_words(instrument)
    for word in re.split(r"[;\n]", words(layout.THEMES)):
        if _fold(word):
            key = theme_words.get(_fold(word))
            if key is None:
                found.append(f"{at(layout.THEMES)}: not an audit theme (separate themes with “;”).")
            else:
                themes.append(key)
    auditor = name(layout.AUDITOR, "auditor's name")
    team = name(layout.TEAM, "team", UNIT_LIMIT)
    service_area = name(layout.SERVICE_AREA, "service area", UNIT_LIMIT)
    if not auditor and layout.AUDITOR not in mistyped:
        found.append(f"{at(layout.AUDITOR)}: the auditor's name is empty.")
    if status == COMPLETED:
        if not cells.text(columns.get(row, layout.OVERALL)).strip():
            found.append(f"{at(layout.OVERALL)}: a completed audit needs its overall judgement.")
        if not team and layout.TEAM not in mistyped:
            found.append(
                f"{at(layout.TEAM)}: a completed audit needs the team that holds the case."
            )
    if service_area and not team and layout.TEAM not in mistyped:
        found.append(f"{at(layout.TEAM)}: a service area is given but no team.")
    discussed = field(layout.DISCUSSED, cells.day, today)
    completed_on = field(layout.COMPLETED, cells.day, today)
    confirmed_on = field(layout.CORRECTIVE_CONFIRMED, cells.day, today)
    corrective_due = field(layout.CORRECTIVE_DUE, cells.day, today, future_ok=True)
    note = words(layout.CORRECTIVE_NOTE).strip()
    confirmed_by = name(layout.CORRECTIVE_BY, "name of who confirmed corrective action")
    case_holder = name(layout.CASE_HOLDER, "case holder's name")
    if (confirmed_on or note or confirmed_by) and month and not found:
        grade = instrument.grade(overall) if overall else None
        where = at(layout.CORRECTIVE_CONFIRMED)
        if status != COMPLETED or grade is None or grade.good:
            found.append(
                f"{where}: corrective action is recorded, but the audit is not completed as "
                "not yet good."
            )
        else:
            found += [
                f"{where}: {p.message}"
                for p in confirmation_problems(note, confirmed_on, month, today)
            ]
    if found:
        return None
    assert month is not None
    return ImportedAudit(
        row=number,
        ref=ref,
        case_number=raw_number,
        audit_month=month,
        service_area=service_area,
        team=team,
        auditor=auditor,
        case_holder=case_holder,
        strand=strand,
        age_band=age_band,
        audit_type=audit_type,
        previous_ref=previous,
        status=status,
        overall=overall,
        judgements=shared.judgement_set(judgements),
        themes=themes or _NONE,
        evidence=_NO_TEXT,
        impact=_NO_TEXT,
        actions=_NONE,
        discussed_on=discussed,
        completed_on=completed_on if status == COMPLETED else None,
        template_version=instrument.version,
        instrument_key=instrument.key,
        corrective_confirmed_on=confirmed_on,
        corrective_due=corrective_due if _not_yet_good(instrument, status, overall) else None,
        corrective_by=confirmed_by,
        corrective_note=note,
    )


def _not_yet_good(instrument: AuditInstrument, status: str, overall: str | None) -> bool:
    """A completed audit judged less than good: the one kind that has corrective action."""
    if status != COMPLETED or not overall:
        return False
    try:
        return not instrument.grade(overall).good
    except KeyError:
        return False


def _read_narratives(
    sheet: Any,
    audits: dict[int, ImportedAudit],
    vocabulary: _Vocabulary,
    problems: _Problems,
    progress: Progress,
) -> None:
    header = _header(sheet, "Narratives")
    if header is None:
        return
    instrument = current_audit_instrument()
    evidence_heading, impact_heading = instrument.evidence_heading, instrument.impact_heading
    known = {cells.fold(h): h for h in layout.narrative_headings()}
    columns = _columns("Narratives", header, known)
    for heading in (layout.ID, layout.AREA):
        if not columns.has(heading):
            raise ImportRejected([f"The Narratives sheet has no “{heading}” column."])
    pieces: dict[tuple[int, str], list[tuple[int, str, str, int]]] = defaultdict(list)
    rows = _sheet_rows(sheet, "Narratives", columns.width, 1)
    for count, (number, row) in enumerate(rows, 1):
        if count % PROGRESS_EVERY == 0 and not progress(count, 0, "Reading narratives"):
            raise Cancelled()
        found: list[str] = []
        heading = layout.ID
        try:
            ref = cells.whole_number(columns.get(row, layout.ID))
            if ref is None or ref not in audits:
                raise cells.RowProblem("no audit on the Audits sheet has this audit id.")
            heading = layout.PART
            part = cells.whole_number(columns.get(row, layout.PART)) or 1
            heading = layout.AREA
            key = vocabulary.areas.get(cells.fold(cells.text(columns.get(row, layout.AREA))))
            if key is None:
                raise cells.RowProblem("not a practice area of the audit template.")
            heading = evidence_heading
            evidence = cells.words(columns.get(row, evidence_heading))
            heading = impact_heading
            impact = cells.words(columns.get(row, impact_heading))
        except cells.RowProblem as problem:
            found.append(f"{columns.where(number, heading)}: {problem}")
        else:
            pieces[(ref, key)].append((part, evidence, impact, number))
        problems.add_row(found, "Narratives", number)
    for (ref, key), parts in pieces.items():
        parts.sort()
        numbers = [p[0] for p in parts]
        if numbers != list(range(1, len(parts) + 1)):
            problems.add_row(
                [
                    f"Narratives sheet, row {parts[0][3]} ({layout.PART}): the parts of this "
                    "narrative should be numbered 1, 2, 3 ... without gaps or repeats."
                ],
                "Narratives",
                parts[0][3],
            )
            continue
        audit = audits[ref]
        evidence = "".join(p[1] for p in parts)
        impact = "".join(p[2] for p in parts)
        limit = vocabulary.instrument(
            audit.template_version, audit.instrument_key
        ).max_narrative_chars
        if max(len(evidence), len(impact)) > limit:
            problems.add_row(
                [
                    f"Narratives sheet, row {parts[0][3]}: the narrative is longer than "
                    f"{limit:,} characters, the most a practice area holds."
                ],
                "Narratives",
                parts[0][3],
            )
            continue
        if audit.evidence is _NO_TEXT:
            audit.evidence, audit.impact = {}, {}
        audit.evidence[key] = evidence
        audit.impact[key] = impact


def _read_actions(
    sheet: Any,
    audits: dict[int, ImportedAudit],
    today: date,
    problems: _Problems,
    progress: Progress,
) -> None:
    header = _header(sheet, "Agreed actions")
    if header is None:
        return
    known = {cells.fold(h): h for h in layout.ACTION_HEADINGS}
    columns = _columns("Agreed actions", header, known)
    for heading in (layout.ID, layout.ACTION):
        if not columns.has(heading):
            raise ImportRejected([f"The Agreed actions sheet has no “{heading}” column."])
    rows = _sheet_rows(sheet, "Agreed actions", columns.width, 1)
    for count, (number, row) in enumerate(rows, 1):
        if count % PROGRESS_EVERY == 0 and not progress(count, 0, "Reading agreed actions"):
            raise Cancelled()
        heading = layout.ID
        try:
            ref = cells.whole_number(columns.get(row, layout.ID))
            if ref is None or ref not in audits:
                raise cells.RowProblem("no audit on the Audits sheet has this audit id.")
            heading = layout.ACTION
            action = cells.words(columns.get(row, layout.ACTION)).strip()
            if not action:
                raise cells.RowProblem("the action is empty.")
            heading = layout.BY_WHOM
            owner = re.sub(r"\s+", " ", cells.words(columns.get(row, layout.BY_WHOM))).strip()
            if len(owner) > NAME_LIMIT:
                raise cells.RowProblem(f"the name is longer than {NAME_LIMIT} characters.")
            heading = layout.BY_WHEN
            due = cells.day(columns.get(row, layout.BY_WHEN), today, future_ok=True)
            heading = layout.DONE_ON
            done = cells.day(columns.get(row, layout.DONE_ON), today)
        except cells.RowProblem as problem:
            problems.add_row(
                [f"{columns.where(number, heading)}: {problem}"], "Agreed actions", number
            )
            continue
        audit = audits[ref]
        if audit.actions is _NONE:
            audit.actions = []
        audit.actions.append(AgreedAction(action, owner, due, done))


def read_audits_workbook(
    path: Path, progress: Progress = no_progress, today: date | None = None
) -> tuple[list[ImportedAudit], list[str]]:
    """The workbook's audits, checked row by row, and notes (such as columns not read).
    Raises WorkbookRejected for a file that is not a safe workbook, and ImportRejected
    listing every row's problems."""
    today = today or date.today()
    workbook = load_untrusted_workbook(Path(path))
    problems = _Problems()
    try:
        audits_sheet = _find_sheet(workbook, layout.AUDITS_SHEET)
        if audits_sheet is None:
            raise ImportRejected(
                [f"The workbook has no sheet called “{layout.AUDITS_SHEET}” (one row per audit)."]
            )
        vocabulary = _Vocabulary()
        audits, unread = _read_audits(audits_sheet, vocabulary, today, problems, progress)
        by_ref = {a.ref: a for a in audits if a.ref is not None}
        narratives = _find_sheet(workbook, layout.NARRATIVES_SHEET)
        if narratives is not None:
            _read_narratives(narratives, by_ref, vocabulary, problems, progress)
        actions = _find_sheet(workbook, layout.ACTIONS_SHEET)
        if actions is not None:
            _read_actions(actions, by_ref, today, problems, progress)
    except (ImportRejected, Cancelled):
        raise
    except (ValueError, KeyError, OSError, SyntaxError, EOFError, zipfile.BadZipFile) as exc:
        # openpyxl's own faults reading a damaged sheet
        raise unreadable(path, exc) from exc
    finally:
        workbook.close()
    if problems.items:
        raise ImportRejected(problems.items)
    if not audits:
        raise ImportRejected(["The Audits sheet has headings but no audits."])
    notes = []
    if unread:
        notes.append(f"Columns of the Audits sheet not read: {', '.join(unread)}.")
    return audits, notes


def import_audits_workbook(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    check_only: bool = False,
    progress: Progress = no_progress,
    today: date | None = None,
    already: str = SKIP,
) -> ImportResult:
    """Import every audit in the workbook in one transaction, or none. Audits imported
    before are skipped and counted, or with ``already=REFUSE`` the workbook is refused
    naming their rows."""
    require(actor, AUDIT_IMPORT)  # before the workbook is read, which can take a while
    path = Path(path)
    with db.reading() as session:
        refresh_catalogue(session)  # the council's own versions, historic scales among them
    audits, notes = read_audits_workbook(path, progress, today)
    if check_only:
        with db.reading() as session:
            result = check_import(session, audits, already)
    else:

        def storing(done: int, total: int) -> None:
            if not progress(done, total, "Storing audits"):
                raise Cancelled()  # rolls the whole import back

        with db.writing() as session:
            result = store_import(
                session,
                actor,
                audits,
                source=f"workbook {path.name}",
                today=today,
                progress=storing,
                already=already,
            )
    result.notes = notes + result.notes
    return result
