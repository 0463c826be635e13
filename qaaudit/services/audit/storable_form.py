"""An audit form with every piece of typed text as the database will keep it (the one rule
of ``store.storable``), so that what a save compares, records in the change history and
hands back to the editor is what was stored."""

from __future__ import annotations

from dataclasses import replace

from qaaudit.domain.audit import AgreedAction, AreaEntry, AuditForm
from qaaudit.store.storable import storable


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
        fields={key: storable(value) for key, value in form.fields.items()},
    )
