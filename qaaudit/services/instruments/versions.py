"""Versions of the instruments: listed, written to a file, imported from one as a draft,
started from the current version, changed while a draft, published. A published version
(shipped or the council's) is never changed: it can only be superseded by a newer one,
and every record keeps the version it was started on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import Problem
from qaaudit.domain.instrument import (
    AuditInstrument,
    all_instruments,
    current_instrument,
    next_version,
    shipped_instruments,
    shipped_text,
    version_key,
)
from qaaudit.domain.instrument_file import (
    InstrumentFileError,
    instrument_to_toml,
    parse_instrument_text,
    with_version,
)
from qaaudit.domain.permissions import INSTRUMENT_EDIT
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.instruments import refresh_catalogue
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed, check_not_stale, refuse_problems
from qaaudit.store.base import utcnow
from qaaudit.store.instruments import DRAFT, PUBLISHED, InstrumentVersion
from qaaudit.store.models import CaseFileAudit
from qaaudit.store.storable import storable

ENTITY = "instrument_version"
SHIPPED = "shipped"


@dataclass(frozen=True)
class VersionRow:
    """One version of one instrument, as the list shows it."""

    key: str
    version: str
    title: str
    status: str  # shipped, published or draft
    current: bool
    records: int
    published_at: datetime | None = None
    row_version: int | None = None

    @property
    def status_words(self) -> str:
        return {
            SHIPPED: "Shipped with the program",
            PUBLISHED: "Published by the council",
            DRAFT: "Draft (not yet in use)",
        }[self.status]


@dataclass(frozen=True)
class Draft:
    instrument: AuditInstrument
    row_version: int


def list_versions(session: Session) -> list[VersionRow]:
    """Every version of every instrument, each instrument's newest first."""
    refresh_catalogue(session)
    counts = {
        (key, version): int(n)
        for key, version, n in session.execute(
            select(
                CaseFileAudit.instrument_key, CaseFileAudit.template_version, func.count()
            ).group_by(CaseFileAudit.instrument_key, CaseFileAudit.template_version)
        )
    }
    rows: list[VersionRow] = []
    stored = {
        (r.instrument_key, r.version): r for r in session.scalars(select(InstrumentVersion)).all()
    }
    shipped = shipped_instruments()
    for (key, version), instrument in all_instruments().items():
        row = stored.get((key, version))
        rows.append(
            VersionRow(
                key,
                version,
                instrument.title,
                SHIPPED if (key, version) in shipped else PUBLISHED,
                current_instrument(key).version == version,
                counts.get((key, version), 0),
                row.published_at if row else None,
                row.version_id if row else None,
            )
        )
    for (key, version), row in stored.items():
        if row.status == DRAFT:
            rows.append(VersionRow(key, version, row.title, DRAFT, False, 0, None, row.version_id))
    order = {k: n for n, k in enumerate(_instrument_order(rows))}
    rows.sort(key=lambda r: (order[r.key], [-p for p in version_key(r.version)]))
    return rows


def _instrument_order(rows: list[VersionRow]) -> list[str]:
    titles: dict[str, str] = {}
    for row in rows:
        titles.setdefault(row.key, row.title)
    return sorted(titles, key=lambda k: (k != "case_file_audit", titles[k].lower()))


def definition_text(session: Session, key: str, version: str | None = None) -> str:
    """The file of one version (the current one if none is named), as it would be shared."""
    refresh_catalogue(session)
    if version is None:
        try:
            version = current_instrument(key).version
        except KeyError:
            raise LookupError(_unknown(key)) from None
    if (key, version) in shipped_instruments():
        return shipped_text(key, version)
    row = _stored(session, key, version)
    if row is None:
        raise LookupError(f"There is no version {version} of “{key}”.")
    return row.definition


def load_draft(session: Session, key: str, version: str) -> Draft:
    row = _stored(session, key, version)
    if row is None or row.status != DRAFT:
        raise LookupError(f"There is no draft version {version} of “{key}”.")
    return Draft(parse_instrument_text(row.definition, f"{key} {version}"), row.version_id)


def import_definition(
    session: Session, actor: Actor, text: str, name: str = "the file"
) -> VersionRow:
    """Bring in a shared file as a draft version. A version already published (shipped or
    the council's) is never changed by an import: such a file is refused."""
    require(actor, INSTRUMENT_EDIT)
    refresh_catalogue(session)
    instrument = parse_instrument_text(text, name)
    _refuse_clashes(instrument, name)
    existing = _stored(session, instrument.key, instrument.version)
    if (instrument.key, instrument.version) in all_instruments() or (
        existing is not None and existing.status != DRAFT
    ):
        raise NotAllowed(
            f"Version {instrument.version} of “{instrument.title}” is already published and "
            "cannot be changed. Give the file a new version number to import it as a draft."
        )
    text = storable(text)
    if existing is None:
        existing = InstrumentVersion(
            instrument_key=instrument.key,
            version=instrument.version,
            title=instrument.title,
            status=DRAFT,
            definition=text,
            created_by_id=actor.id,
        )
        session.add(existing)
        session.flush()
        record_changes(
            session, actor, ENTITY, existing.id, [("imported", None, instrument.version)]
        )
    else:
        existing.definition = text
        existing.title = instrument.title
        existing.updated_at = utcnow()
        session.flush()
        record_changes(session, actor, ENTITY, existing.id, [("definition", None, "imported")])
    return _row(existing)


def start_version(
    session: Session, actor: Actor, key: str, version: str | None = None
) -> VersionRow:
    """A new draft version, a copy of the current one, to change and then publish."""
    require(actor, INSTRUMENT_EDIT)
    refresh_catalogue(session)
    try:
        current = current_instrument(key)
    except KeyError:
        raise LookupError(_unknown(key)) from None
    taken = {v for (k, v) in all_instruments() if k == key} | set(
        session.scalars(
            select(InstrumentVersion.version).where(InstrumentVersion.instrument_key == key)
        )
    )
    if version is None:
        version = next_version(current.version)
        while version in taken:
            version = next_version(version)
    elif version in taken:
        raise NotAllowed(f"“{current.title}” already has a version {version}.")
    draft = with_version(current, version)
    row = InstrumentVersion(
        instrument_key=key,
        version=version,
        title=draft.title,
        status=DRAFT,
        definition=instrument_to_toml(draft),
        created_by_id=actor.id,
    )
    session.add(row)
    session.flush()
    record_changes(
        session, actor, ENTITY, row.id, [("started", None, f"{version} from {current.version}")]
    )
    return _row(row)


def save_draft(
    session: Session,
    actor: Actor,
    key: str,
    version: str,
    expected_version: int,
    instrument: AuditInstrument,
) -> Draft:
    """Keep the QA lead's changes to a draft; someone else's save since is a conflict."""
    require(actor, INSTRUMENT_EDIT)
    row = _stored(session, key, version)
    if row is None or row.status != DRAFT:
        raise NotAllowed(
            f"Version {version} is published and can no longer be changed; start a new version."
        )
    check_not_stale(row.version_id, expected_version, "version of the form")
    if (instrument.key, instrument.version) != (key, version):
        raise NotAllowed("A draft keeps its instrument and version number.")
    text = storable(instrument_to_toml(instrument))
    checked = parse_instrument_text(text, f"{key} {version}")
    _refuse_clashes(checked, f"{key} {version}")
    if text != row.definition:
        row.definition = text
        row.title = checked.title
        row.updated_at = utcnow()
        session.flush()
        record_changes(session, actor, ENTITY, row.id, [("definition", None, "changed")])
    return Draft(checked, row.version_id)


def publish(session: Session, actor: Actor, key: str, version: str) -> VersionRow:
    """Put a draft in use: new records are started on it; it never changes again."""
    require(actor, INSTRUMENT_EDIT)
    refresh_catalogue(session)
    row = _stored(session, key, version)
    if row is None:
        if (key, version) in all_instruments():
            raise NotAllowed(f"Version {version} of “{key}” is already published.")
        raise LookupError(f"There is no draft version {version} of “{key}”.")
    if row.status != DRAFT:
        raise NotAllowed(f"Version {version} of “{row.title}” is already published.")
    instrument = parse_instrument_text(row.definition, f"{key} {version}")
    _refuse_clashes(instrument, f"{key} {version}")
    # A version numbered below the newest is published too (a form used before, for
    # bringing in historic records on its scale); new records use the newest.
    row.status = PUBLISHED
    row.published_at = utcnow()
    row.updated_at = row.published_at
    session.flush()
    record_changes(session, actor, ENTITY, row.id, [("status", DRAFT, PUBLISHED)])
    refresh_catalogue(session)
    return _row(row)


def delete_draft(session: Session, actor: Actor, key: str, version: str) -> None:
    require(actor, INSTRUMENT_EDIT)
    row = _stored(session, key, version)
    if row is None or row.status != DRAFT:
        raise NotAllowed(f"Only a draft can be removed; version {version} is not one.")
    record_changes(session, actor, ENTITY, row.id, [("deleted", DRAFT, None)])
    session.delete(row)


def _refuse_clashes(instrument: AuditInstrument, name: str) -> None:
    """What would make the figures ambiguous across instruments: an area key another
    instrument uses (areas are matched by key in the trends), a grade key that counts as
    good in one version and not in another."""
    problems: list[Problem] = []
    mine = {a.key for a in instrument.areas}
    for (key, _version), other in all_instruments().items():
        if key == instrument.key:
            continue
        for area in other.areas:
            if area.key in mine:
                problems.append(
                    Problem(
                        f"area.{area.key}",
                        f"{name}: the area key “{area.key}” belongs to “{other.title}”; "
                        "give this area a key of its own.",
                    )
                )
                mine.discard(area.key)
    good = {g.key: g.good for i in all_instruments().values() for g in i.grades}
    for grade in instrument.grades:
        if grade.key in good and good[grade.key] != grade.good:
            said = "counts" if good[grade.key] else "does not count"
            problems.append(
                Problem(
                    f"grade.{grade.key}",
                    f"{name}: the grade key “{grade.key}” {said} as good in another form; "
                    "a grade that means something else needs a key of its own.",
                )
            )
    refuse_problems(problems)


def _stored(session: Session, key: str, version: str) -> InstrumentVersion | None:
    return session.scalar(
        select(InstrumentVersion).where(
            InstrumentVersion.instrument_key == key, InstrumentVersion.version == version
        )
    )


def _row(row: InstrumentVersion) -> VersionRow:
    return VersionRow(
        row.instrument_key,
        row.version,
        row.title,
        row.status,
        False,
        0,
        row.published_at,
        row.version_id,
    )


def _unknown(key: str) -> str:
    return f"There is no instrument “{key}”; `qaaudit instrument list` shows them."


__all__ = ["InstrumentFileError", "Draft", "VersionRow"]
