"""An audit form as plain JSON-ready data, and as a flat list of named fields (for the
change history and for showing what someone else changed)."""

from __future__ import annotations

from typing import Any

from qaaudit.domain.audit import AgreedAction, AreaEntry, AuditForm
from qaaudit.domain.form_codec import changed_fields, date_text, parse_date_text


def form_to_dict(form: AuditForm) -> dict[str, Any]:
    return {
        "case_number": form.case_number,
        "audit_month": date_text(form.audit_month),
        "team_id": form.team_id,
        "case_holder": form.case_holder,
        "discussed_on": date_text(form.discussed_on),
        "age_band": form.age_band,
        "strand": form.strand,
        "themes": list(form.themes),
        "areas": {
            key: {"judgement": e.judgement, "evidence": e.evidence, "impact": e.impact}
            for key, e in form.areas.items()
        },
        "overall": form.overall,
        "actions": [
            {
                "action": a.action,
                "owner": a.owner,
                "due_on": date_text(a.due_on),
                "done_on": date_text(a.done_on),
            }
            for a in form.actions
        ],
        "fields": dict(form.fields),
    }


def form_from_dict(data: dict[str, Any]) -> AuditForm:
    return AuditForm(
        case_number=data.get("case_number", ""),
        audit_month=parse_date_text(data.get("audit_month")),
        team_id=data.get("team_id"),
        case_holder=data.get("case_holder", ""),
        discussed_on=parse_date_text(data.get("discussed_on")),
        age_band=data.get("age_band", ""),
        strand=data.get("strand", ""),
        themes=list(data.get("themes", [])),
        areas={
            key: AreaEntry(v.get("judgement"), v.get("evidence", ""), v.get("impact", ""))
            for key, v in data.get("areas", {}).items()
        },
        overall=data.get("overall"),
        actions=[
            AgreedAction(
                a.get("action", ""),
                a.get("owner", ""),
                parse_date_text(a.get("due_on")),
                parse_date_text(a.get("done_on")),
            )
            for a in data.get("actions", [])
        ],
        fields={str(k): str(v) for k, v in (data.get("fields") or {}).items()},
    )


def flatten(form: AuditForm) -> dict[str, str]:
    """Every field as text under a stable name, e.g. ``area.risk.judgement``."""
    flat: dict[str, str] = {
        "case_number": form.case_number,
        "audit_month": date_text(form.audit_month) or "",
        "team_id": "" if form.team_id is None else str(form.team_id),
        "case_holder": form.case_holder,
        "discussed_on": date_text(form.discussed_on) or "",
        "age_band": form.age_band,
        "strand": form.strand,
        "themes": ", ".join(sorted(form.themes)),
        "overall": form.overall or "",
    }
    for key, entry in form.areas.items():
        flat[f"area.{key}.judgement"] = entry.judgement or ""
        flat[f"area.{key}.evidence"] = entry.evidence
        flat[f"area.{key}.impact"] = entry.impact
    for key, value in form.fields.items():
        flat[f"field.{key}"] = value
    for index, action in enumerate(form.actions):
        flat[f"actions.{index}.action"] = action.action
        flat[f"actions.{index}.owner"] = action.owner
        flat[f"actions.{index}.due_on"] = date_text(action.due_on) or ""
        flat[f"actions.{index}.done_on"] = date_text(action.done_on) or ""
    return flat


def differences(before: AuditForm, after: AuditForm) -> list[tuple[str, str, str]]:
    """(field, old, new) for every field whose value differs."""
    return changed_fields(flatten(before), flatten(after))
