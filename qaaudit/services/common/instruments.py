"""The instrument versions a database holds, made known to the program: the shipped
definitions and every version the QA lead has published. Each use case that opens or
starts a record, or reads figures across records, refreshes them first (one small
query), so that a version published on another desktop is known here too."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.instrument import AuditInstrument, register_council_versions
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


def refresh_catalogue(session: Session) -> None:
    """Know every published version of this database (and no other's)."""
    texts = session.scalars(
        select(InstrumentVersion.definition).where(InstrumentVersion.status == PUBLISHED)
    ).all()
    register_council_versions([i for i in map(_parsed, texts) if i is not None])
