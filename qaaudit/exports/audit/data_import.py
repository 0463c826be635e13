"""Reading historic audits from a workbook laid out as `qaaudit export audits` writes it
(sheets Audits, Narratives, Agreed actions; columns found by their headings, in any order).

Every row is checked before anything is stored, and every problem is reported with its sheet
and row number; then everything is stored in one transaction, or nothing is. Messages name
columns and rows, never a child's case number or a person's name.
"""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.domain.audit import (
    CASE_NUMBER_PATTERN,
    COMPLETED,
    DRAFT,
    AgreedAction,
    normalise_case_number,
)
from qaaudit.domain.corrective import confirmation_problems
from qaaudit.domain.instrument import AuditInstrument, audit_instruments, current_audit_instrument
from qaaudit.exports.audit import data_excel as layout
from qaaudit.exports.common import cell_values as cells
from qaaudit.exports.common.excel import WorkbookRejected, load_untrusted_workbook, unreadable
from qaaudit.exports.common.files import Cancelled, Progress, no_progress
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
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.store.database import Database

__all__ = [
    "REFUSE",
    "SKIP",
    "ImportRejected",
    "ImportResult",
    "WorkbookRejected",
    "import_audits_workbook",
]

MAX_AUDIT_ROWS = 250_000
NAME_LIMIT = 200
UNIT_LIMIT = 120


@dataclass
class _Columns:
    """Where each heading is on a sheet."""

    sheet: str
    index: dict[str, int]
    unread: list[str]

    def has(self, heading: str) -> bool:
        return cells.fold(heading) in self.index

    def get(self, row: tuple[Any, ...], heading: str) -> Any:
        position = self.index.get(cells.fold(heading))
        if position is None or position >= len(row):
            return None
        return row[position]


def _columns(sheet_name: str, header: tuple[Any, ...], known: set[str]) -> _Columns:
    index: dict[str, int] = {}
    unread = []
    for position, value in enumerate(header):
        heading = cells.fold(cells.text(value))
        if not heading:
            continue
        if heading in index:
            raise ImportRejected(
                [f"{sheet_name} sheet: the column “{cells.shown(value)}” appears twice."]
            )
        index[heading] = position
        if heading not in known:
            unread.append(cells.shown(value))
    return _Columns(sheet_name, index, unread)


def _rows(sheet: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
            yield number, tuple(row)


def _find_sheet(workbook: Any, title: str) -> Any:
    for name in workbook.sheetnames:
        if cells.fold(name) == cells.fold(title):
            return workbook[name]
    return None


class _Vocabulary:
    """The template's words, and the ways people write them, mapped to stored keys."""

    def __init__(self) -> None:
        self.instruments = audit_instruments()
        current = current_audit_instrument()
        self.areas: dict[str, str] = {}
        for instrument in [current, *self.instruments.values()]:
            for area in instrument.areas:
                for word in (area.short, area.title, area.key):
                    self.areas.setdefault(cells.fold(word), area.key)

    def instrument(self, version: str) -> AuditInstrument:
        return self.instruments[version] if version else current_audit_instrument()

    @staticmethod
    def grade(value: Any, instrument: AuditInstrument, what: str, *, overall: bool) -> str | None:
        text = cells.fold(cells.text(value))
        if not text:
            return None
        for grade in instrument.grades:
            if text in (cells.fold(grade.label), grade.key):
                if overall and grade.not_applicable:
                    raise cells.RowProblem("the overall judgement cannot be “not applicable”.")
                return grade.key
            if grade.not_applicable and not overall and text in ("n/a", "na", "n.a."):
                return grade.key
        allowed = ", ".join(
            g.label for g in instrument.grades if not (overall and g.not_applicable)
        )
        raise cells.RowProblem(
            f"“{cells.shown(value)}” is not a judgement for {what} (use {allowed})."
        )

    @staticmethod
    def choice(value: Any, choices: tuple[str, ...], what: str) -> str:
        text = cells.fold(cells.text(value))
        if not text:
            return ""
        for choice in choices:
            if cells.fold(choice) == text:
                return choice
        raise cells.RowProblem(f"“{cells.shown(value)}” is not one of the {what}.")


def _audit_known_headings(vocabulary: _Vocabulary) -> set[str]:
    return {cells.fold(h) for h in layout.audit_headings()} | set(vocabulary.areas)


def _read_audits(
    sheet: Any, vocabulary: _Vocabulary, today: date, problems: list[str], progress: Progress
) -> tuple[list[ImportedAudit], list[str]]:
    rows = _rows(sheet)
    first = next(rows, None)
    if first is None:
        raise ImportRejected(["The Audits sheet is empty."])
    columns = _columns("Audits", first[1], _audit_known_headings(vocabulary))
    missing = [h for h in (layout.CASE_NUMBER, layout.MONTH, layout.AUDITOR) if not columns.has(h)]
    if missing:
        raise ImportRejected(
            [f"The Audits sheet has no “{h}” column (headings go in row 1)." for h in missing]
        )
    area_columns = {
        heading: key for heading, key in vocabulary.areas.items() if heading in columns.index
    }
    audits: list[ImportedAudit] = []
    seen_refs: dict[int, int] = {}
    for number, row in rows:
        if len(audits) >= MAX_AUDIT_ROWS:
            raise ImportRejected(
                [f"The Audits sheet has more than {MAX_AUDIT_ROWS:,} audits; split the workbook."]
            )
        try:
            audit = _read_audit(number, row, columns, area_columns, vocabulary, today, problems)
        except cells.RowProblem as problem:
            problems.append(f"Audits sheet, row {number}: {problem}")
            continue
        if audit is None:
            continue
        if audit.ref is not None:
            if audit.ref in seen_refs:
                problems.append(
                    f"Audits sheet, row {number}: audit id {audit.ref} is also on row "
                    f"{seen_refs[audit.ref]}."
                )
                continue
            seen_refs[audit.ref] = number
        audits.append(audit)
        if len(audits) % 500 == 0 and not progress(len(audits), 0, "Reading audits"):
            raise Cancelled()
    return audits, columns.unread


def _read_audit(
    number: int,
    row: tuple[Any, ...],
    columns: _Columns,
    area_columns: dict[str, str],
    vocabulary: _Vocabulary,
    today: date,
    problems: list[str],
) -> ImportedAudit | None:
    where = f"Audits sheet, row {number}"
    found: list[str] = []

    def field(heading: str, reader: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return reader(columns.get(row, heading), *args, **kwargs)
        except cells.RowProblem as problem:
            found.append(f"{where}: {problem}")
            return None

    def name(heading: str, limit: int = NAME_LIMIT) -> str:
        text = re.sub(r"\s+", " ", cells.text(columns.get(row, heading))).strip()
        if len(text) > limit:
            found.append(f"{where}: the {heading.lower()} is longer than {limit} characters.")
        return text

    version = cells.text(columns.get(row, layout.TEMPLATE)).strip()
    if version and version not in vocabulary.instruments:
        raise cells.RowProblem(f"audit template version “{cells.shown(version)}” is not installed.")
    instrument = vocabulary.instrument(version)
    ref = field(layout.ID, cells.whole_number, "audit id")
    raw_number = normalise_case_number(cells.text(columns.get(row, layout.CASE_NUMBER)))
    if not raw_number:
        found.append(f"{where}: the tracked case number is empty.")
    elif not CASE_NUMBER_PATTERN.match(raw_number):
        found.append(
            f"{where}: the tracked case number has characters other than letters, digits, "
            "/ - _ or . (or more than 40)."
        )
    month = field(layout.MONTH, cells.month, today, "audit month")
    if columns.get(row, layout.MONTH) in (None, ""):
        found.append(f"{where}: the audit month is empty.")
    status_text = cells.fold(cells.text(columns.get(row, layout.STATUS)))
    status = {"": COMPLETED, "completed": COMPLETED, "complete": COMPLETED, "draft": DRAFT}.get(
        status_text
    )
    if status is None:
        found.append(f"{where}: the status “{cells.shown(status_text)}” is not Completed or Draft.")
        status = COMPLETED
    type_text = cells.fold(cells.text(columns.get(row, layout.TYPE))).replace(" ", "-")
    audit_type = {"": None, "audit": "audit", "re-audit": "re-audit", "reaudit": "re-audit"}.get(
        type_text
    )
    if type_text and audit_type is None:
        found.append(f"{where}: the type “{cells.shown(type_text)}” is not Audit or Re-audit.")
    previous = field(layout.PREVIOUS, cells.whole_number, "previous audit id")
    overall = field(
        layout.OVERALL, vocabulary.grade, instrument, "the overall judgement", overall=True
    )
    judgements: dict[str, str | None] = {}
    for heading, key in area_columns.items():
        try:
            area = instrument.area(key)
        except KeyError:
            continue
        judgement = field(heading, vocabulary.grade, instrument, area.short, overall=False)
        if (
            judgement
            and instrument.grade(judgement).not_applicable
            and not area.may_be_not_applicable
        ):
            found.append(
                f"{where}: {area.short} applies to every case and cannot be not applicable."
            )
        judgements[key] = judgement
    strand = field(layout.STRAND, vocabulary.choice, instrument.strands, "strands") or ""
    age_band = field(layout.AGE_BAND, vocabulary.choice, instrument.age_bands, "age bands") or ""
    themes = []
    theme_words = {cells.fold(t.label): t.key for t in instrument.themes} | {
        t.key: t.key for t in instrument.themes
    }
    for word in re.split(r"[;\n]", cells.text(columns.get(row, layout.THEMES))):
        if cells.fold(word):
            key = theme_words.get(cells.fold(word))
            if key is None:
                found.append(f"{where}: “{cells.shown(word)}” is not an audit theme.")
            else:
                themes.append(key)
    auditor = name(layout.AUDITOR)
    team = name(layout.TEAM, UNIT_LIMIT)
    service_area = name(layout.SERVICE_AREA, UNIT_LIMIT)
    if not auditor:
        found.append(f"{where}: the auditor's name is empty.")
    if status == COMPLETED:
        if not cells.text(columns.get(row, layout.OVERALL)).strip():
            found.append(f"{where}: a completed audit needs its overall judgement.")
        if not team:
            found.append(f"{where}: a completed audit needs the team that holds the case.")
    if service_area and not team:
        found.append(f"{where}: a service area is given but no team.")
    discussed = field(layout.DISCUSSED, cells.day, today, "date discussed with the case holder")
    completed_on = field(layout.COMPLETED, cells.day, today, "completion date")
    confirmed_on = field(layout.CORRECTIVE_CONFIRMED, cells.day, today, "corrective action date")
    note = cells.text(columns.get(row, layout.CORRECTIVE_NOTE)).strip()
    confirmed_by = name(layout.CORRECTIVE_BY)
    if (confirmed_on or note or confirmed_by) and month and not found:
        grade = instrument.grade(overall) if overall else None
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
    problems += found
    if found:
        return None
    return ImportedAudit(
        row=number,
        ref=ref,
        case_number=raw_number,
        audit_month=month,
        service_area=service_area,
        team=team,
        auditor=auditor,
        case_holder=name(layout.CASE_HOLDER),
        strand=strand,
        age_band=age_band,
        audit_type=audit_type,
        previous_ref=previous,
        status=status,
        overall=overall,
        judgements=judgements,
        themes=themes,
        discussed_on=discussed,
        completed_on=completed_on if status == COMPLETED else None,
        template_version=instrument.version,
        corrective_confirmed_on=confirmed_on,
        corrective_by=confirmed_by,
        corrective_note=note,
    )


def _read_narratives(
    sheet: Any,
    audits: dict[int, ImportedAudit],
    vocabulary: _Vocabulary,
    problems: list[str],
) -> None:
    rows = _rows(sheet)
    first = next(rows, None)
    if first is None:
        return
    instrument = current_audit_instrument()
    evidence_heading, impact_heading = instrument.evidence_heading, instrument.impact_heading
    known = {cells.fold(h) for h in layout.narrative_headings()}
    columns = _columns("Narratives", first[1], known)
    for heading in (layout.ID, layout.AREA):
        if not columns.has(heading):
            raise ImportRejected([f"The Narratives sheet has no “{heading}” column."])
    pieces: dict[tuple[int, str], list[tuple[int, str, str, int]]] = defaultdict(list)
    for number, row in rows:
        where = f"Narratives sheet, row {number}"
        try:
            ref = cells.whole_number(columns.get(row, layout.ID), "audit id")
            part = cells.whole_number(columns.get(row, layout.PART), "part") or 1
        except cells.RowProblem as problem:
            problems.append(f"{where}: {problem}")
            continue
        if ref is None or ref not in audits:
            problems.append(f"{where}: there is no audit with id {ref} on the Audits sheet.")
            continue
        area_text = cells.text(columns.get(row, layout.AREA))
        key = vocabulary.areas.get(cells.fold(area_text))
        if key is None:
            problems.append(f"{where}: “{cells.shown(area_text)}” is not a practice area.")
            continue
        evidence = cells.text(columns.get(row, evidence_heading))
        impact = cells.text(columns.get(row, impact_heading))
        pieces[(ref, key)].append((part, evidence, impact, number))
    for (ref, key), parts in pieces.items():
        parts.sort()
        numbers = [p[0] for p in parts]
        if numbers != list(range(1, len(parts) + 1)):
            problems.append(
                f"Narratives sheet, row {parts[0][3]}: the parts of this narrative are numbered "
                f"{', '.join(map(str, numbers))}; they should run 1, 2, 3 ... without gaps."
            )
            continue
        audit = audits[ref]
        evidence = "".join(p[1] for p in parts)
        impact = "".join(p[2] for p in parts)
        limit = vocabulary.instrument(audit.template_version).max_narrative_chars
        if max(len(evidence), len(impact)) > limit:
            problems.append(
                f"Narratives sheet, row {parts[0][3]}: the narrative is longer than "
                f"{limit:,} characters, the most a practice area holds."
            )
            continue
        audit.evidence[key] = evidence
        audit.impact[key] = impact


def _read_actions(
    sheet: Any, audits: dict[int, ImportedAudit], today: date, problems: list[str]
) -> None:
    rows = _rows(sheet)
    first = next(rows, None)
    if first is None:
        return
    columns = _columns("Agreed actions", first[1], {cells.fold(h) for h in layout.ACTION_HEADINGS})
    for heading in (layout.ID, layout.ACTION):
        if not columns.has(heading):
            raise ImportRejected([f"The Agreed actions sheet has no “{heading}” column."])
    for number, row in rows:
        where = f"Agreed actions sheet, row {number}"
        try:
            ref = cells.whole_number(columns.get(row, layout.ID), "audit id")
            if ref is None or ref not in audits:
                raise cells.RowProblem(f"there is no audit with id {ref} on the Audits sheet.")
            action = cells.text(columns.get(row, layout.ACTION)).strip()
            if not action:
                raise cells.RowProblem("the action is empty.")
            owner = re.sub(r"\s+", " ", cells.text(columns.get(row, layout.BY_WHOM))).strip()
            if len(owner) > NAME_LIMIT:
                raise cells.RowProblem(f"“by whom” is longer than {NAME_LIMIT} characters.")
            due = cells.day(
                columns.get(row, layout.BY_WHEN), today, "date “by when”", future_ok=True
            )
            done = cells.day(columns.get(row, layout.DONE_ON), today, "date it was done")
        except cells.RowProblem as problem:
            problems.append(f"{where}: {problem}")
            continue
        audits[ref].actions.append(AgreedAction(action, owner, due, done))


def read_audits_workbook(
    path: Path, progress: Progress = no_progress, today: date | None = None
) -> tuple[list[ImportedAudit], list[str]]:
    """The workbook's audits, checked row by row, and notes (such as columns not read).
    Raises WorkbookRejected for a file that is not a safe workbook, and ImportRejected
    listing every row's problems."""
    today = today or date.today()
    workbook = load_untrusted_workbook(Path(path))
    try:
        audits_sheet = _find_sheet(workbook, layout.AUDITS_SHEET)
        if audits_sheet is None:
            raise ImportRejected(
                [f"The workbook has no sheet called “{layout.AUDITS_SHEET}” (one row per audit)."]
            )
        vocabulary = _Vocabulary()
        problems: list[str] = []
        audits, unread = _read_audits(audits_sheet, vocabulary, today, problems, progress)
        by_ref = {a.ref: a for a in audits if a.ref is not None}
        narratives = _find_sheet(workbook, layout.NARRATIVES_SHEET)
        if narratives is not None:
            _read_narratives(narratives, by_ref, vocabulary, problems)
        actions = _find_sheet(workbook, layout.ACTIONS_SHEET)
        if actions is not None:
            _read_actions(actions, by_ref, today, problems)
    except (ImportRejected, Cancelled):
        raise
    except (ValueError, KeyError, OSError, SyntaxError, EOFError, zipfile.BadZipFile) as exc:
        # openpyxl's own faults reading a damaged sheet
        raise unreadable(path, exc) from exc
    finally:
        workbook.close()
    if problems:
        raise ImportRejected(problems)
    if not audits:
        raise ImportRejected(["The Audits sheet has headings but no audits."])
    notes = []
    if unread:
        notes.append(f"Columns not read: {', '.join(unread)}.")
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
    if not (actor.has("qa_lead") or actor.has("admin")):
        raise NotAllowed("Only the QA lead or an administrator can import audits.")
    path = Path(path)
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
