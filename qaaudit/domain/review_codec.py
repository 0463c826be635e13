"""A review form as plain JSON-ready data (for recovery copies), and as a flat list of
named fields (for the change history and for showing what someone else changed)."""

from __future__ import annotations

from typing import Any

from qaaudit.domain.form_codec import changed_fields, date_text, parse_date_text
from qaaudit.domain.review import ReviewAction, ReviewForm, ReviewRow


def form_to_dict(form: ReviewForm) -> dict[str, Any]:
    return {
        "panel_date": date_text(form.panel_date),
        "key_outcomes": form.key_outcomes,
        "population": form.population,
        "rows": {
            key: {"comments": r.comments, "evidence": r.evidence, "judgement": r.judgement}
            for key, r in form.rows.items()
        },
        "summary_points": form.summary_points,
        "panel_input": form.panel_input,
        "actions": [
            {
                "action": a.action,
                "owner": a.owner,
                "due_on": date_text(a.due_on),
                "area_key": a.area_key,
                "priority": a.priority,
                "done_on": date_text(a.done_on),
                "done_note": a.done_note,
                "id": a.id,
                "carried_from_id": a.carried_from_id,
            }
            for a in form.actions
        ],
    }


def form_from_dict(data: dict[str, Any]) -> ReviewForm:
    return ReviewForm(
        panel_date=parse_date_text(data.get("panel_date")),
        key_outcomes=data.get("key_outcomes", ""),
        population=data.get("population", ""),
        rows={
            key: ReviewRow(v.get("comments", ""), v.get("evidence", ""), v.get("judgement"))
            for key, v in data.get("rows", {}).items()
        },
        summary_points=data.get("summary_points", ""),
        panel_input=data.get("panel_input", ""),
        actions=[
            ReviewAction(
                action=a.get("action", ""),
                owner=a.get("owner", ""),
                due_on=parse_date_text(a.get("due_on")),
                area_key=a.get("area_key"),
                priority=bool(a.get("priority", False)),
                done_on=parse_date_text(a.get("done_on")),
                done_note=a.get("done_note", ""),
                id=a.get("id"),
                carried_from_id=a.get("carried_from_id"),
            )
            for a in data.get("actions", [])
        ],
    )


def flatten(form: ReviewForm) -> dict[str, str]:
    """Every field as text under a stable name, e.g. ``row.workloads.judgement``."""
    flat: dict[str, str] = {
        "panel_date": date_text(form.panel_date) or "",
        "key_outcomes": form.key_outcomes,
        "population": form.population,
        "summary_points": form.summary_points,
        "panel_input": form.panel_input,
    }
    for key, row in form.rows.items():
        flat[f"row.{key}.comments"] = row.comments
        flat[f"row.{key}.evidence"] = row.evidence
        flat[f"row.{key}.judgement"] = row.judgement or ""
    for index, action in enumerate(a for a in form.actions if not a.is_blank()):
        name = f"actions.{index}"
        flat[f"{name}.area"] = action.area_key or "panel"
        flat[f"{name}.action"] = action.action
        flat[f"{name}.owner"] = action.owner
        flat[f"{name}.due_on"] = date_text(action.due_on) or ""
        flat[f"{name}.priority"] = "yes" if action.priority else ""
        flat[f"{name}.done_on"] = date_text(action.done_on) or ""
        flat[f"{name}.done_note"] = action.done_note
    return flat


def differences(before: ReviewForm, after: ReviewForm) -> list[tuple[str, str, str]]:
    """(field, old, new) for every field whose value differs."""
    return changed_fields(flatten(before), flatten(after))
