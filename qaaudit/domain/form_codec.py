"""What the audit and review codecs share: dates kept as ISO text, and the fields whose
text differs between two forms laid out flat."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date_text(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def changed_fields(old: Mapping[str, str], new: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(field, old, new) for every field whose text differs, in name order."""
    return [
        (name, old.get(name, ""), new.get(name, ""))
        for name in sorted(set(old) | set(new))
        if old.get(name, "") != new.get(name, "")
    ]
