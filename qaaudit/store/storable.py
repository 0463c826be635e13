"""Text as the database keeps it, whatever writes it.

Both databases store UTF-8, which cannot hold a lone surrogate (half of a character, as
copying from some programs leaves behind), and PostgreSQL cannot hold NUL. Other control
characters can be stored but do harm later: a name holding an escape sequence rewrites the
terminal of whoever lists it, and no workbook or PDF may contain them. So one rule, here,
makes every piece of text storable: Word's line and page breaks become new lines; tab, new
line and carriage return stay; every other control character, NUL and half character
becomes U+FFFD, the mark for an unreadable character.

The rule is applied to every value sent to the database, whatever sends it (a record
saved, a bulk insert, a search), by a listener on each engine; and as a value is set on a
record, so that what the program holds after a save is what was stored.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, String, event
from sqlalchemy.orm import Mapper

REPLACEMENT = "\ufffd"
# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; surrogates.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Word's manual line break and its page break, as pasting from it leaves them.
_BREAKS = {"\x0b": "\n", "\x0c": "\n"}


def _replacement(found: re.Match[str]) -> str:
    return _BREAKS.get(found.group(), REPLACEMENT)


def storable(text: str) -> str:
    """``text`` as it will be stored: unchanged unless it holds a character above."""
    if text.isprintable() or not _UNSTORABLE.search(text):
        return text
    return _UNSTORABLE.sub(_replacement, text)


def storable_parameters(value: Any) -> Any:
    """A statement's parameters (one set or many, by position or by name) with every
    piece of text storable."""
    if type(value) is str:
        return storable(value)
    if isinstance(value, dict):
        return {key: storable_parameters(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(storable_parameters(item) for item in value)
    if isinstance(value, list):
        return [storable_parameters(item) for item in value]
    return value


def send_only_storable_text(engine: Engine) -> None:
    """Make every statement ``engine`` runs carry storable text only."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _storable(
        _connection: Any,
        _cursor: Any,
        statement: str,
        parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> tuple[str, Any]:
        return statement, storable_parameters(parameters)


def _on_set(_target: object, value: Any, _old: object, _initiator: object) -> Any:
    return storable(value) if type(value) is str else value


def keep_records_storable(base: type) -> None:
    """Apply the rule as text is set on any record of ``base``'s tables."""

    @event.listens_for(base, "mapper_configured", propagate=True)
    def _listen(mapper: Mapper[Any], class_: type) -> None:
        for prop in mapper.column_attrs:
            if any(isinstance(column.type, String) for column in prop.columns):
                event.listen(prop.class_attribute, "set", _on_set, retval=True)
