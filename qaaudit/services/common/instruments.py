"""The instrument versions a database holds, made known to the program: the shipped
definitions and every version the QA lead has published. Each use case that starts a
record or reads figures across records refreshes them first (one small query), so that a
version published on another desktop is known here too; opening or saving a record asks
only when the version it was made on is not known yet."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.instrument import (
    AuditInstrument,
    audit_instrument,
    catalogue_generation,
    register_council_versions,
)
from qaaudit.domain.instrument_file import InstrumentFileError, parse_instrument_text
from qaaudit.store.instruments import PUBLISHED, InstrumentVersion


@lru_cache(maxsize=256)
def _parsed(text: str) -> AuditInstrument | None:
    try:
        return parse_instrument_text(text, "a stored instrument")
    except InstrumentFileError:
        # Checked when it was imported or published; a damaged row is left out rather
        # than stopping every page.
        return None


# The database whose published versions the catalogue holds, as it was when they were
# read (forgetting them, as the tests do between databases, changes the generation).
_known_for: list[tuple[str, int]] = []


def _database_of(session: Session) -> str:
    return str(session.get_bind().engine.url)


def refresh_catalogue(session: Session) -> None:
    """Know every published version of this database (and no other's)."""
    texts = session.scalars(
        select(InstrumentVersion.definition).where(InstrumentVersion.status == PUBLISHED)
    ).all()
    register_council_versions([i for i in map(_parsed, texts) if i is not None])
    _known_for[:] = [(_database_of(session), catalogue_generation())]


def record_instrument(session: Session, version: str, key: str) -> AuditInstrument:
    """The version a record was made on. A published version never changes, so once this
    database's versions are known the database is asked again only for one published
    since (on another desktop): a query fewer for each audit opened or saved."""
    if _known_for == [(_database_of(session), catalogue_generation())]:
        try:
            return audit_instrument(version, key)
        except KeyError:
            pass
    refresh_catalogue(session)
    return audit_instrument(version, key)
