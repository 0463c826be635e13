"""Storing audits read from a workbook: people, teams and service areas matched by name
(created when missing), re-audits linked, corrective action recorded or opened, all in
the caller's one transaction, so a failure leaves nothing behind."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED, AgreedAction, headline
from qaaudit.domain.corrective import CONFIRMED, OPEN, due_by
from qaaudit.domain.instrument import CASE_FILE_AUDIT, audit_instrument
from qaaudit.domain.permissions import AUDIT_IMPORT
from qaaudit.domain.problems import PlainProblem
from qaaudit.services.audit import follow_up
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.permissions import require
from qaaudit.store.base import utcnow
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.models import (
    AuditAction,
    AuditArea,
    AuditTheme,
    CaseFileAudit,
    ChangeRecord,
    Person,
    PersonRole,
    ServiceArea,
    Team,
)

CHUNK = 2000
# What happens to an audit the database already holds from an earlier import.
SKIP = "skip"
REFUSE = "refuse"
ROWS_NAMED = 12
# 128 bits of a SHA-256 digest: no two audits share one by chance.
KEY_LENGTH = 32


class ImportRejected(PlainProblem):
    """The workbook cannot be imported as it stands; nothing was stored."""

    MAX_LISTED = 200

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems[: self.MAX_LISTED]
        more = len(problems) - len(self.problems)
        if more:
            self.problems.append(f"... and {more:,} more problems.")
        count = len(problems)
        self.summary = (
            "The workbook has 1 problem." if count == 1 else f"The workbook has {count:,} problems."
        )
        super().__init__(self.summary + " " + " ".join(self.problems[:3]))

    @property
    def message(self) -> str:
        return self.summary

    @property
    def details(self) -> tuple[str, ...]:
        return tuple(self.problems)


@dataclass(slots=True)
class ImportedAudit:
    """One row of the Audits sheet with its narratives and actions, checked and converted
    to the program's own values (grade keys, theme keys, dates)."""

    row: int
    ref: int | None
    case_number: str
    audit_month: date
    service_area: str
    team: str
    auditor: str
    case_holder: str = ""
    strand: str = ""
    age_band: str = ""
    audit_type: str | None = None
    previous_ref: int | None = None
    status: str = COMPLETED
    overall: str | None = None
    judgements: dict[str, str | None] = field(default_factory=dict)
    themes: list[str] = field(default_factory=list)
    discussed_on: date | None = None
    completed_on: date | None = None
    template_version: str = ""
    evidence: dict[str, str] = field(default_factory=dict)
    impact: dict[str, str] = field(default_factory=dict)
    actions: list[AgreedAction] = field(default_factory=list)
    corrective_confirmed_on: date | None = None
    # An open corrective action the workbook carries (its due day), kept as it was.
    corrective_due: date | None = None
    corrective_by: str = ""
    corrective_note: str = ""
    # The form the record is on (with template_version, the exact version).
    instrument_key: str = CASE_FILE_AUDIT


@dataclass
class ImportResult:
    audits: int = 0
    re_audits_linked: int = 0
    re_audits_unlinked: int = 0
    created_service_areas: list[str] = field(default_factory=list)
    created_teams: list[str] = field(default_factory=list)
    created_people: list[str] = field(default_factory=list)
    corrective_confirmed: int = 0
    corrective_carried_open: int = 0
    corrective_opened: int = 0
    checked_only: bool = False
    notes: list[str] = field(default_factory=list)
    already_imported: int = 0
    already_imported_rows: list[int] = field(default_factory=list)

    def report(self) -> list[str]:
        verb = "Would import" if self.checked_only else "Imported"
        linked = self.re_audits_linked
        lines = [
            f"{verb} {self.audits:,} audit{'' if self.audits == 1 else 's'} "
            f"({linked:,} re-audit{'' if linked == 1 else 's'} linked to the earlier audit)."
        ]
        if self.already_imported:
            lines.append(self.already_imported_line())
        made = "would be created" if self.checked_only else "created"
        for what, names in (
            ("service areas", self.created_service_areas),
            ("teams", self.created_teams),
            ("people", self.created_people),
        ):
            if names:
                lines.append(f"New {what} {made} ({len(names):,}): {', '.join(names)}.")
        if self.re_audits_unlinked:
            lines.append(
                f"{self.re_audits_unlinked:,} rows say re-audit, but no earlier audit of the "
                "case was found; they are stored as first audits."
            )
        carried = self.corrective_confirmed + self.corrective_carried_open
        if not self.checked_only and (carried or self.corrective_opened):
            said = (
                f"Corrective action: {self.corrective_confirmed:,} recorded as confirmed, "
                f"{self.corrective_carried_open:,} still open as the workbook has them"
            )
            if self.corrective_opened:
                said += (
                    f"; {self.corrective_opened:,} opened for audits completed in qaaudit "
                    "that lacked one"
                )
            lines.append(said + ". Imported audits open no corrective action of their own.")
        lines += self.notes
        return lines

    def already_imported_line(self) -> str:
        count = self.already_imported
        verb = "would be skipped" if self.checked_only else "were skipped"
        return (
            f"{count:,} audit{' was' if count == 1 else 's were'} imported before and "
            f"{verb}, so nothing is counted twice ({_rows_named(self.already_imported_rows)})."
        )


def _rows_named(rows: list[int]) -> str:
    named = ", ".join(str(r) for r in rows[:ROWS_NAMED])
    more = len(rows) - ROWS_NAMED
    word = "row" if len(rows) == 1 else "rows"
    return f"Audits sheet, {word} {named}" + (f" and {more:,} more" if more > 0 else "")


def source_key(audit: ImportedAudit) -> str:
    """The audit's identity wherever it came from: its case and month with the id it had
    in the exporting database, or (a council's own spreadsheet has no id) its auditor. The
    same audit imported again, from the same workbook or a later export that includes it,
    has the same key; the digest keeps names and case numbers out of it."""
    origin = f"id:{audit.ref}" if audit.ref is not None else f"auditor:{_key(audit.auditor)}"
    words = "|".join((_key(audit.case_number), audit.audit_month.isoformat(), origin))
    return hashlib.sha256(words.encode("utf-8", "surrogatepass")).hexdigest()[:KEY_LENGTH]


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


@dataclass
class _Names:
    """Service areas, teams and people by name, with what must be created."""

    areas: dict[str, int | None] = field(default_factory=dict)
    teams: dict[tuple[str, str], int | None] = field(default_factory=dict)
    people: dict[str, int | None] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)


def _plan_names(session: Session, audits: list[ImportedAudit], problems: list[str]) -> _Names:
    names = _Names()
    area_names: dict[str, str] = {}
    for area_id, name in session.execute(select(ServiceArea.id, ServiceArea.name)):
        names.areas[_key(name)] = area_id
        area_names[_key(name)] = name
    team_by_name: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for team_id, team_name, area_name in session.execute(
        select(Team.id, Team.name, ServiceArea.name).join(
            ServiceArea, ServiceArea.id == Team.service_area_id
        )
    ):
        names.teams[(_key(area_name), _key(team_name))] = team_id
        team_by_name[_key(team_name)].append((_key(area_name), team_id))
    everyone: dict[str, list[int]] = defaultdict(list)
    for person_id, name in session.execute(select(Person.id, Person.name).order_by(Person.id)):
        everyone[_key(name)].append(person_id)

    def person(name: str, row: int, what: str) -> None:
        key = _key(name)
        if key in names.people:
            return
        found = everyone.get(key, [])
        if len(found) > 1:
            problems.append(
                f"Audits sheet, row {row}: the {what}'s name matches {len(found)} people in "
                "qaaudit; give one of them a distinct name first."
            )
        names.people[key] = found[0] if found else None
        names.shown.setdefault(f"person:{key}", name.strip())

    for audit in audits:
        person(audit.auditor, audit.row, "auditor")
        if audit.corrective_by:
            person(audit.corrective_by, audit.row, "service manager")
        if not audit.team:
            continue
        area_key = _key(audit.service_area)
        team_key = _key(audit.team)
        if not area_key:
            matches = team_by_name.get(team_key, [])
            if len(matches) != 1:
                problems.append(
                    f"Audits sheet, row {audit.row}: give the service area of the team"
                    + (" (teams in several service areas have that name)." if matches else ".")
                )
                continue
            area_key = matches[0][0]
            audit.service_area = area_names[area_key]
        if area_key not in names.areas:
            names.areas[area_key] = None
            names.shown[f"area:{area_key}"] = audit.service_area.strip()
        if (area_key, team_key) not in names.teams:
            names.teams[(area_key, team_key)] = None
            names.shown[f"team:{area_key}:{team_key}"] = audit.team.strip()
    return names


def _links(
    session: Session,
    audits: list[ImportedAudit],
    problems: list[str],
    imported_before: dict[int, int],
) -> tuple[dict[int, int], dict[int, int], int]:
    """Which audit each re-audit follows: (index -> index in this workbook,
    index -> id of an audit already stored, rows said re-audit but nothing found).
    ``imported_before`` maps the workbook's ids of audits skipped as imported before to
    their stored ids."""
    by_ref = {a.ref: i for i, a in enumerate(audits) if a.ref is not None}
    to_row: dict[int, int] = {}
    to_stored: dict[int, int] = {}
    for index, audit in enumerate(audits):
        if audit.previous_ref is None:
            continue
        earlier = by_ref.get(audit.previous_ref)
        where = f"Audits sheet, row {audit.row}"
        if earlier is None and audit.previous_ref in imported_before:
            to_stored[index] = imported_before[audit.previous_ref]
        elif earlier is None:
            problems.append(
                f"{where}: the previous audit id {audit.previous_ref} is not in the workbook."
            )
        elif earlier == index:
            problems.append(f"{where}: an audit cannot be its own previous audit.")
        elif audits[earlier].case_number != audit.case_number:
            problems.append(
                f"{where}: the previous audit (id {audit.previous_ref}) is of a different case."
            )
        elif (audits[earlier].audit_month, earlier) >= (audit.audit_month, index):
            problems.append(
                f"{where}: the previous audit (id {audit.previous_ref}) is not earlier than this one."
            )
        else:
            to_row[index] = earlier
    # Rows that do not name their previous audit, unless they say they are first audits,
    # follow the latest earlier completed audit of the same case (as a new audit would).
    wanted = [i for i, a in enumerate(audits) if a.previous_ref is None and a.audit_type != "audit"]
    stored: dict[str, list[tuple[date, int]]] = defaultdict(list)
    numbers = sorted({audits[i].case_number for i in wanted})
    for start in range(0, len(numbers), CHUNK):
        for audit_id, number, month in session.execute(
            select(CaseFileAudit.id, CaseFileAudit.case_number, CaseFileAudit.audit_month).where(
                CaseFileAudit.case_number.in_(numbers[start : start + CHUNK]),
                CaseFileAudit.status == COMPLETED,
            )
        ):
            stored[number].append((month, audit_id))
    # Each wanted row follows the latest completed row of the same case before it: read in
    # order of case, month and row, that is the last completed one passed.
    wanted_rows = set(wanted)
    order = sorted(
        range(len(audits)), key=lambda i: (audits[i].case_number, audits[i].audit_month, i)
    )
    unlinked = 0
    case: str | None = None
    latest: int | None = None
    for index in order:
        audit = audits[index]
        if audit.case_number != case:
            case, latest = audit.case_number, None
        if index in wanted_rows:
            earlier_stored = [
                s for s in stored.get(audit.case_number, []) if s[0] < audit.audit_month
            ]
            best_stored = max(earlier_stored, default=None)
            if latest is not None and (
                best_stored is None or audits[latest].audit_month >= best_stored[0]
            ):
                to_row[index] = latest
            elif best_stored is not None:
                to_stored[index] = best_stored[1]
            elif audit.audit_type == "re-audit":
                unlinked += 1
        if audit.status == COMPLETED:
            latest = index
    return to_row, to_stored, unlinked


@dataclass
class _Plan:
    audits: list[ImportedAudit]  # the ones to store: not imported before
    keys: list[str]
    already_rows: list[int]
    names: _Names
    to_row: dict[int, int]
    to_stored: dict[int, int]
    unlinked: int

    def result(self, *, checked_only: bool) -> ImportResult:
        names = self.names
        return ImportResult(
            audits=len(self.audits),
            already_imported=len(self.already_rows),
            already_imported_rows=self.already_rows,
            re_audits_linked=len(self.to_row) + len(self.to_stored),
            re_audits_unlinked=self.unlinked,
            created_service_areas=[
                names.shown[f"area:{k}"] for k, v in names.areas.items() if v is None
            ],
            created_teams=[
                names.shown[f"team:{a}:{t}"] for (a, t), v in names.teams.items() if v is None
            ],
            created_people=[
                names.shown[f"person:{k}"] for k, v in names.people.items() if v is None
            ],
            checked_only=checked_only,
        )


def _imported_before(session: Session, keys: list[str]) -> dict[str, int]:
    """The stored audits, by key, that an earlier import brought in."""
    found: dict[str, int] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), CHUNK):
        query = select(CaseFileAudit.source_key, CaseFileAudit.id).where(
            CaseFileAudit.source_key.in_(wanted[start : start + CHUNK])
        )
        for key, audit_id in session.execute(query):
            if key is not None:
                found[key] = audit_id
    return found


def _plan(session: Session, audits: list[ImportedAudit], already: str = SKIP) -> _Plan:
    if already not in (SKIP, REFUSE):
        raise ValueError(already)
    problems: list[str] = []
    keys = [source_key(a) for a in audits]
    if len(set(keys)) < len(keys):
        first_row: dict[str, int] = {}
        for audit, key in zip(audits, keys, strict=True):
            if key in first_row:
                problems.append(
                    f"Audits sheet, row {audit.row}: the same audit as row {first_row[key]} "
                    "(the same tracked case, month and auditor); remove one of them."
                )
            first_row.setdefault(key, audit.row)
    stored = _imported_before(session, keys)
    fresh, fresh_keys, already_rows = audits, keys, []
    skipped: dict[int, int] = {}
    if stored:
        if already == REFUSE:
            problems += [
                f"Audits sheet, row {a.row}: this audit was imported before."
                for a, key in zip(audits, keys, strict=True)
                if key in stored
            ]
        fresh = [a for a, key in zip(audits, keys, strict=True) if key not in stored]
        fresh_keys = [key for key in keys if key not in stored]
        already_rows = [a.row for a, key in zip(audits, keys, strict=True) if key in stored]
        skipped = {
            a.ref: stored[key]
            for a, key in zip(audits, keys, strict=True)
            if key in stored and a.ref is not None
        }
    names = _plan_names(session, fresh, problems)
    to_row, to_stored, unlinked = _links(session, fresh, problems, skipped)
    if problems:
        raise ImportRejected(problems)
    return _Plan(fresh, fresh_keys, already_rows, names, to_row, to_stored, unlinked)


def check_import(
    session: Session, audits: list[ImportedAudit], already: str = SKIP
) -> ImportResult:
    """Everything an import would do, without storing anything. Audits imported before
    are skipped, or with ``already=REFUSE`` the import is refused naming their rows."""
    return _plan(session, audits, already).result(checked_only=True)


def store_import(
    session: Session,
    actor: Actor,
    audits: list[ImportedAudit],
    source: str,
    today: date | None = None,
    progress: Callable[[int, int], object] | None = None,
    already: str = SKIP,
) -> ImportResult:
    """Store every audit not imported before, or raise and store nothing (the caller's
    transaction rolls back). ``progress(done, total)`` is told how far it has got; to stop,
    it raises. ``already`` says what to do with audits imported before: SKIP or REFUSE."""
    require(actor, AUDIT_IMPORT)
    today = today or date.today()
    plan = _plan(session, audits, already)
    result = plan.result(checked_only=False)
    audits = plan.audits
    names = plan.names
    _create_names(session, names)
    now = utcnow()
    # A chunk at a time, everything about it: the largest import holds its audits once,
    # never their rows for the database too.
    ids: list[int] = []
    confirmed = still_open = 0
    for start in range(0, len(audits), CHUNK):
        chunk = audits[start : start + CHUNK]
        values = [
            _audit_values(audit, key, names, now)
            for audit, key in zip(chunk, plan.keys[start : start + CHUNK], strict=True)
        ]
        chunk_ids = list(
            session.scalars(
                insert(CaseFileAudit).returning(CaseFileAudit.id, sort_by_parameter_order=True),
                values,
            )
        )
        _insert_parts(session, chunk, chunk_ids)
        _insert_history(session, actor, chunk, chunk_ids, source, now)
        kept = _carried_corrective(session, names, chunk, chunk_ids, now)
        confirmed += kept[0]
        still_open += kept[1]
        ids += chunk_ids
        if progress is not None:
            progress(len(ids), len(audits))
    links: list[dict[str, object]] = [
        {"audit": ids[i], "earlier": ids[j]} for i, j in plan.to_row.items()
    ]
    links += [{"audit": ids[i], "earlier": stored} for i, stored in plan.to_stored.items()]
    table = cast(Table, CaseFileAudit.__table__)
    for some in _chunks(links):
        session.execute(
            update(table)
            .where(table.c.id == bindparam("audit"))
            .values(previous_audit_id=bindparam("earlier")),
            some,
        )
    result.corrective_confirmed = confirmed
    result.corrective_carried_open = still_open
    result.corrective_opened = follow_up.backfill(session, actor, today)
    return result


def _audit_values(
    audit: ImportedAudit, key: str, names: _Names, now: datetime
) -> dict[str, object]:
    instrument = audit_instrument(audit.template_version, audit.instrument_key)
    team_id = None
    if audit.team:
        team_id = names.teams[(_key(audit.service_area), _key(audit.team))]
    completed_at = None
    if audit.completed_on and audit.status == COMPLETED:
        completed_at = datetime.combine(audit.completed_on, datetime.min.time())
    return {
        "case_number": audit.case_number,
        "auditor_id": names.people[_key(audit.auditor)],
        "team_id": team_id,
        "audit_month": audit.audit_month,
        "case_holder": audit.case_holder,
        "discussed_on": audit.discussed_on,
        "age_band": audit.age_band,
        "strand": audit.strand,
        "previous_audit_id": None,
        "overall": audit.overall,
        "headline": headline(instrument, audit.overall),
        "status": audit.status,
        "template_version": instrument.version,
        "instrument_key": instrument.key,
        "created_at": now,
        "updated_at": now,
        "completed_at": completed_at,
        "version_id": 1,
        "source_key": key,
    }


def _create_names(session: Session, names: _Names) -> None:
    position = int(session.scalar(select(func.max(ServiceArea.position))) or 0)
    for key, area_id in list(names.areas.items()):
        if area_id is None:
            position += 1
            area = ServiceArea(name=names.shown[f"area:{key}"], position=position)
            session.add(area)
            session.flush()
            names.areas[key] = area.id
    for (area_key, team_key), team_id in list(names.teams.items()):
        if team_id is None:
            team = Team(
                name=names.shown[f"team:{area_key}:{team_key}"],
                service_area_id=names.areas[area_key],
            )
            session.add(team)
            session.flush()
            names.teams[(area_key, team_key)] = team.id
    logins = set(session.scalars(select(Person.login)))
    for key, person_id in list(names.people.items()):
        if person_id is None:
            shown = names.shown[f"person:{key}"]
            login = _new_login(shown, logins)
            person = Person(login=login, name=shown, email="", active=False)
            person.roles = [PersonRole(role="auditor")]
            session.add(person)
            session.flush()
            names.people[key] = person.id


def _new_login(name: str, taken: set[str]) -> str:
    """A login no one can have from the operating system, until an administrator links the
    person to their real login."""
    slug = re.sub(r"[^a-z0-9]+", ".", name.casefold()).strip(".")[:80] or "person"
    login = f"imported:{slug}"
    number = 1
    while login in taken:
        number += 1
        login = f"imported:{slug}.{number}"
    taken.add(login)
    return login


def _chunks(rows: list[dict[str, object]]) -> Iterable[list[dict[str, object]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _insert_parts(session: Session, audits: list[ImportedAudit], ids: list[int]) -> None:
    areas: list[dict[str, object]] = []
    themes: list[dict[str, object]] = []
    actions: list[dict[str, object]] = []
    for audit, audit_id in zip(audits, ids, strict=True):
        instrument = audit_instrument(audit.template_version, audit.instrument_key)
        for area in instrument.areas:
            areas.append(
                {
                    "audit_id": audit_id,
                    "area_key": area.key,
                    "judgement": audit.judgements.get(area.key),
                    "evidence": audit.evidence.get(area.key, ""),
                    "impact": audit.impact.get(area.key, ""),
                }
            )
        themes += [{"audit_id": audit_id, "theme_key": t} for t in sorted(set(audit.themes))]
        actions += [
            {
                "audit_id": audit_id,
                "position": position,
                "action": a.action,
                "owner": a.owner,
                "due_on": a.due_on,
                "done_on": a.done_on,
            }
            for position, a in enumerate(audit.actions)
        ]
    for table, rows in ((AuditArea, areas), (AuditTheme, themes), (AuditAction, actions)):
        for chunk in _chunks(rows):
            session.execute(insert(table), chunk)


def _insert_history(
    session: Session,
    actor: Actor,
    audits: list[ImportedAudit],
    ids: list[int],
    source: str,
    now: datetime,
) -> None:
    rows: list[dict[str, object]] = [
        {
            "at": now,
            "person_id": actor.id,
            "login": actor.login,
            "entity": "case_file_audit",
            "entity_id": audit_id,
            "field": "imported",
            "old_value": None,
            "new_value": f"{source}, row {audit.row}",
        }
        for audit, audit_id in zip(audits, ids, strict=True)
    ]
    for chunk in _chunks(rows):
        session.execute(insert(ChangeRecord), chunk)


def _carried_corrective(
    session: Session,
    names: _Names,
    audits: list[ImportedAudit],
    ids: list[int],
    now: datetime,
) -> tuple[int, int]:
    """The corrective action the workbook carries, kept as it was: confirmed, or still
    open with its due day. How many of each."""
    rows: list[dict[str, object]] = []
    still_open = 0
    for audit, audit_id in zip(audits, ids, strict=True):
        confirmed = audit.corrective_confirmed_on is not None
        if not confirmed and audit.corrective_due is None:
            continue
        still_open += not confirmed
        rows.append(
            {
                "audit_id": audit_id,
                "opened_on": audit.completed_on or audit.audit_month,
                "due_on": audit.corrective_due or due_by(audit.audit_month, audit.completed_on),
                "status": CONFIRMED if confirmed else OPEN,
                "note": audit.corrective_note,
                "confirmed_on": audit.corrective_confirmed_on,
                "confirmed_by_id": names.people.get(_key(audit.corrective_by))
                if confirmed
                else None,
                "confirmed_at": now if confirmed else None,
                "created_at": now,
                "updated_at": now,
                "version_id": 1,
            }
        )
    for chunk in _chunks(rows):
        session.execute(insert(CorrectiveAction), chunk)
    return len(rows) - still_open, still_open
