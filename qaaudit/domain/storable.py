"""Text as it can be stored. Both databases store UTF-8, which cannot hold a lone
surrogate (half of a character, as copying from some programs leaves behind), and
PostgreSQL cannot hold the NUL character. Those are replaced by U+FFFD, the mark for an
unreadable character; everything else, other control characters included, is kept."""

from __future__ import annotations

import re
from dataclasses import replace

from qaaudit.domain.audit import AgreedAction, AreaEntry, AuditForm

REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    return _UNSTORABLE.sub(REPLACEMENT, text) if _UNSTORABLE.search(text) else text


def storable_form(form: AuditForm) -> AuditForm:
    """The same form with every piece of typed text storable."""
    return replace(
        form,
        case_number=storable(form.case_number),
        case_holder=storable(form.case_holder),
        areas={
            key: AreaEntry(entry.judgement, storable(entry.evidence), storable(entry.impact))
            for key, entry in form.areas.items()
        },
        actions=[
            AgreedAction(storable(a.action), storable(a.owner), a.due_on, a.done_on)
            for a in form.actions
        ],
    )
