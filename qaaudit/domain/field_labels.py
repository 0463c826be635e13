"""The names of an audit's fields as a manager reads them ("Risk: evidence"), and the
whole form as plain text (to copy somewhere safe when a save cannot go through)."""

from __future__ import annotations

from qaaudit.domain.audit import AuditForm, overall_label
from qaaudit.domain.instrument import AuditInstrument

HEADER_LABELS = {
    "case_number": "Tracked case number",
    "audit_month": "Audit month",
    "team": "Team",
    "team_id": "Team",
    "case_holder": "Case holder",
    "discussed_on": "Date discussed with case holder",
    "age_band": "Age band",
    "strand": "Strand",
    "themes": "Audit themes",
    "overall": "Overall judgement",
}
ACTION_PARTS = {"action": "action", "owner": "by whom", "due_on": "by when", "done_on": "done on"}


def field_label(instrument: AuditInstrument, name: str) -> str:
    if name in HEADER_LABELS:
        if name in ("case_holder", "discussed_on") and instrument.has_header(name):
            return instrument.header_field(name).label
        return HEADER_LABELS[name]
    parts = name.split(".")
    if parts[0] == "field" and len(parts) == 2:
        return instrument.header_label(parts[1], parts[1].replace("_", " ").capitalize())
    if parts[0] == "area" and len(parts) >= 2:
        try:
            area = instrument.area(parts[1]).short
        except KeyError:
            area = parts[1]
        if len(parts) == 2:
            return area
        try:
            evidence, impact = instrument.headings_for(instrument.area(parts[1]))
        except KeyError:
            evidence, impact = instrument.evidence_heading, instrument.impact_heading
        part = {
            "judgement": "judgement",
            "evidence": evidence.lower(),
            "impact": impact.lower(),
        }.get(parts[2], parts[2])
        return f"{area}: {part}"
    if parts[0] == "actions" and len(parts) == 3 and parts[1].isdigit():
        return f"Action {int(parts[1]) + 1}: {ACTION_PARTS.get(parts[2], parts[2])}"
    return name.replace("_", " ").capitalize()


def value_label(instrument: AuditInstrument, name: str, value: str) -> str:
    """A stored value as words: grade keys become their labels."""
    if not value:
        return "(empty)"
    if name == "overall" or name.endswith(".judgement"):
        try:
            return instrument.grade(value).label
        except KeyError:
            return value
    if name == "themes":
        return ", ".join(instrument.theme_label(k.strip()) for k in value.split(","))
    return value


def form_as_text(instrument: AuditInstrument, form: AuditForm, team: str = "") -> str:
    lines = [
        f"{instrument.title}",
        f"Tracked case number: {form.case_number}",
        f"Audit month: {form.audit_month.strftime('%B %Y') if form.audit_month else ''}",
        f"Team: {team}",
        f"Case holder: {form.case_holder}",
        "Date discussed with case holder: "
        + (form.discussed_on.strftime("%d/%m/%Y") if form.discussed_on else ""),
        f"Age band: {form.age_band}",
        f"Strand: {form.strand}",
        "Audit themes: " + ", ".join(instrument.theme_label(t) for t in form.themes),
    ]
    lines += [f"{f.label}: {form.fields.get(f.key, '')}" for f in instrument.own_fields]
    lines.append("")
    for number, area in enumerate(instrument.areas, start=1):
        entry = form.areas.get(area.key)
        judgement = overall_label(instrument, entry.judgement if entry else None)
        evidence_heading, impact_heading = instrument.headings_for(area)
        lines += [f"{number}. {area.title}", f"Judgement: {judgement}"]
        if entry and entry.evidence.strip():
            lines += [f"{evidence_heading}:", entry.evidence.strip()]
        if entry and entry.impact.strip():
            lines += [f"{impact_heading or instrument.impact_heading}:", entry.impact.strip()]
        lines.append("")
    lines.append(f"{instrument.overall_label}: {overall_label(instrument, form.overall)}")
    if form.actions:
        lines += ["", instrument.actions_title]
        for action in form.actions:
            due = action.due_on.strftime("%d/%m/%Y") if action.due_on else ""
            lines.append(f"- {action.action} (by whom: {action.owner}; by when: {due})")
    return "\n".join(lines) + "\n"
