"""One case file audit as a PDF a manager can hand to the case holder: the header, the
overall judgement, each practice area's judgement and narrative in the template's order,
and the agreed actions. Drafts are marked as drafts on every page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED, headline
from qaaudit.domain.instrument import CASE_FILE_AUDIT, AuditInstrument
from qaaudit.exports.common import pdf
from qaaudit.exports.common.files import Cancelled, Progress, no_progress
from qaaudit.services.audit.audits import AuditRecord, instrument_for, load_audit
from qaaudit.services.common.actor import team_choice
from qaaudit.store.database import Database

TEMPLATE_NAME = "Local Authority - Case audit template"
HEADLINE_WORDS = {"good": "good", "not_yet_good": "not yet good"}


@dataclass(frozen=True)
class AuditDocument:
    """Everything the PDF prints, loaded in one short session."""

    record: AuditRecord
    team: str
    service_area: str


def load_audit_document(session: Session, audit_id: int) -> AuditDocument:
    record = load_audit(session, audit_id)
    team = team_choice(session, record.form.team_id)
    return AuditDocument(record, team.name if team else "", team.service_area if team else "")


def write_audit_pdf(
    db: Database, audit_id: int, target: Path, progress: Progress = no_progress
) -> Path:
    """Write the audit to ``target``; an interrupted export leaves any earlier file there
    as it was."""
    with db.reading() as session:
        document = load_audit_document(session, audit_id)
    return render_audit_pdf(document, target, progress)


def render_audit_pdf(
    document: AuditDocument, target: Path, progress: Progress = no_progress
) -> Path:
    record = document.record
    instrument = instrument_for(record)
    draft = record.status != COMPLETED
    story = _story(document, instrument, draft)

    def page_done(number: int) -> None:
        if not progress(number, 0, f"page {number}"):
            raise Cancelled()

    return pdf.write_pdf(
        target,
        lambda _width, _height: story,
        title=instrument.title,  # no case number in the file's properties
        margins_mm=(18, 18, 18, 18),
        canvasmaker=pdf.numbered_canvas(
            f"{instrument.title} {record.form.case_number}",
            watermark="DRAFT" if draft else None,
            on_page=page_done,
        ),
        author="",
        subject="",
        creator="qaaudit",
    )


def _story(document: AuditDocument, instrument: AuditInstrument, draft: bool) -> list[Any]:
    from reportlab.platypus import Spacer

    record = document.record
    story: list[Any] = []
    if draft:
        story += [_draft_banner(), Spacer(1, 8)]
    story.append(pdf.para(f"{instrument.title} {record.form.case_number}", "title"))
    name = TEMPLATE_NAME if instrument.key == CASE_FILE_AUDIT else instrument.title
    story.append(
        pdf.para(f"{name}, version {record.template_version}. {instrument.source}", "muted")
    )
    story += [Spacer(1, 8), _header_table(document, instrument), Spacer(1, 10)]
    story += _overall(record, instrument)
    story += _glance(record, instrument)
    story += _areas(record, instrument)
    story += _actions(record, instrument)
    return story


def _draft_banner() -> Any:
    from reportlab.platypus import Table, TableStyle

    banner = Table(
        [
            [
                pdf.markup(
                    "<b>DRAFT</b>: this audit has not been completed. Its judgements and "
                    "narrative may still change.",
                    "body",
                )
            ]
        ],
        colWidths=["100%"],
    )
    banner.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, pdf.NOT_GOOD_COLOUR),
                ("BACKGROUND", (0, 0), (-1, -1), "#FBEBDD"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return banner


def _month(value: date | None) -> str:
    return value.strftime("%B %Y") if value else "Not recorded"


def _day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "Not recorded"


def _grade_label(instrument: AuditInstrument, key: str | None) -> str:
    if not key:
        return "Not judged"
    try:
        return instrument.grade(key).label
    except KeyError:
        return key


def _overall_words(instrument: AuditInstrument, key: str | None) -> str:
    label = _grade_label(instrument, key)
    try:
        head = headline(instrument, key)
    except KeyError:
        head = None
    return f"{label} ({HEADLINE_WORDS[head]})" if head else label


def _header_table(document: AuditDocument, instrument: AuditInstrument) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    record, form = document.record, document.record.form
    team = document.team or "Not recorded"
    if document.service_area:
        team = f"{team} ({document.service_area})"
    previous = record.previous
    if previous is None:
        earlier = "No"
    else:
        earlier = (
            f"Yes: {_month(previous.audit_month)}, overall "
            f"{_overall_words(instrument, previous.overall).lower()}"
        )
    if record.status == COMPLETED and record.completed_at:
        status = f"Completed {_day(record.completed_at.date())}"
    else:
        status = "Draft (not completed)"
    themes = ", ".join(instrument.theme_label(t) for t in form.themes) or "None recorded"

    def label(text: str) -> Any:
        return pdf.markup(pdf.pdf_text(text), "label")

    def value(text: str) -> Any:
        return pdf.para(text or "Not recorded", "cell")

    words = instrument.header_label
    rows = [
        [
            label(words("case_number", "Tracked case number")),
            value(form.case_number),
            label("Audit month"),
            value(_month(form.audit_month)),
        ],
        [
            label(words("auditor", "Auditor name")),
            value(record.auditor),
            label("Team"),
            value(team),
        ],
        [
            label(words("case_holder", "Case holder")),
            value(form.case_holder),
            label(words("discussed_on", "Discussed with case holder")),
            value(_day(form.discussed_on)),
        ],
        [
            label(words("age_band", "Age band")),
            value(form.age_band),
            label(words("strand", "Strand")),
            value(form.strand),
        ],
        [
            label(words("audited_previously", "Audited previously")),
            value(earlier),
            label("Status"),
            value(status),
        ],
    ]
    own = list(instrument.own_fields)
    for first, second in zip(own[::2], [*own[1::2], None], strict=False):
        rows.append(
            [
                label(first.label),
                value(form.fields.get(first.key, "")),
                label(second.label) if second else "",
                value(form.fields.get(second.key, "")) if second else "",
            ]
        )
    if instrument.themes:
        rows.append([label("Audit themes"), value(themes), "", ""])
    table = Table(rows, colWidths=[30 * mm, 55 * mm, 36 * mm, 53 * mm])
    last = len(rows) - 1
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, last), (3, last)) if instrument.themes else ("SPAN", (0, 0), (0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), pdf.HEADER_FILL),
                ("BACKGROUND", (2, 0), (2, -2 if instrument.themes else -1), pdf.HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.5, "#B8C4D0"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _chip(instrument: AuditInstrument, key: str | None, words: str | None = None) -> Any:
    """The judgement as words beside a colour block (never colour alone)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    text = words or _grade_label(instrument, key)
    colour = "#FFFFFF"
    if key:
        try:
            grade = instrument.grade(key)
            colour = pdf.judgement_colour(grade.good, grade.not_applicable)
        except KeyError:
            pass
    chip = Table(
        [["", pdf.markup(f"<b>{pdf.user_text(text)}</b>", "cell")]], colWidths=[4 * mm, None]
    )
    chip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), colour),
                ("BOX", (0, 0), (0, 0), 0.5, "#666666"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (1, 0), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return chip


def _overall(record: AuditRecord, instrument: AuditInstrument) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    form = record.form
    box = Table(
        [
            [
                pdf.markup(pdf.pdf_text(instrument.overall_label), "h2"),
                _chip(instrument, form.overall, _overall_words(instrument, form.overall)),
            ]
        ],
        colWidths=[50 * mm, None],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, "#333333"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [box, Spacer(1, 10)]


def _glance(record: AuditRecord, instrument: AuditInstrument) -> list[Any]:
    """All twelve judgements in one table, with the earlier audit's beside them."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    previous = record.previous
    heads = [pdf.markup("Practice area", "label"), pdf.markup("Judgement", "label")]
    widths: list[float] = [80 * mm, 60 * mm]
    if previous is not None:
        heads.append(pdf.markup(f"Audited {_month(previous.audit_month)}", "label"))
        widths = [60 * mm, 57 * mm, 57 * mm]
    rows: list[list[Any]] = [heads]
    for number, area in enumerate(instrument.areas, start=1):
        entry = record.form.areas.get(area.key)
        row = [
            pdf.para(f"{number}. {area.short}", "cell"),
            _chip(instrument, entry.judgement if entry else None),
        ]
        if previous is not None:
            row.append(_chip(instrument, previous.judgements.get(area.key)))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), pdf.HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#C8D0D8"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [pdf.markup("Judgements at a glance", "h1"), table, Spacer(1, 6)]


def _narrative(text: str) -> list[Any]:
    """Each paragraph of what the auditor wrote, printed as typed and free to run on
    to the next page (a paragraph is split across pages, never cut)."""
    parts = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if not parts:
        return [pdf.markup("<i>Nothing written.</i>", "muted")]
    return [pdf.para(part, "body") for part in parts]


def _areas(record: AuditRecord, instrument: AuditInstrument) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    story: list[Any] = [pdf.markup("Practice areas", "h1")]
    starts = {s.area_keys[0]: s for s in instrument.sections if s.area_keys and s.title}
    for number, area in enumerate(instrument.areas, start=1):
        if area.key in starts:
            story.append(pdf.para(starts[area.key].title, "h1"))
        entry = record.form.areas.get(area.key)
        judgement = entry.judgement if entry else None
        title = Table(
            [[pdf.para(f"{number}. {area.title}", "h2"), _chip(instrument, judgement)]],
            colWidths=[None, 50 * mm],
        )
        title.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, "#333333"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        title.keepWithNext = True
        story.append(title)
        not_applicable = bool(judgement) and instrument.grade(judgement).not_applicable
        evidence = entry.evidence if entry else ""
        impact = entry.impact if entry else ""
        if not_applicable and not (evidence.strip() or impact.strip()):
            story.append(pdf.markup("<i>Not applicable to this case.</i>", "muted"))
        else:
            evidence_heading, impact_heading = instrument.headings_for(area)
            for heading, text in (
                (evidence_heading, evidence),
                (impact_heading, impact),
            ):
                if not heading and not text.strip():
                    continue  # an area with one narrative box
                label = pdf.para(heading or instrument.impact_heading, "label")
                label.keepWithNext = True
                story += [label, *_narrative(text), Spacer(1, 3)]
        story.append(Spacer(1, 8))
    return story


def _actions(record: AuditRecord, instrument: AuditInstrument) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    heading = pdf.markup(instrument.actions_title, "h1")
    heading.keepWithNext = True
    actions = [a for a in record.form.actions if not a.is_blank()]
    if not actions:
        return [heading, pdf.markup("<i>No actions were agreed.</i>", "muted")]
    rows: list[list[Any]] = [
        [
            pdf.markup("Action", "label"),
            pdf.markup("By whom", "label"),
            pdf.markup("By when", "label"),
        ]
    ]
    for action in actions:
        rows.append(
            [
                pdf.para(action.action, "cell"),
                pdf.para(action.owner, "cell"),
                pdf.para(_day(action.due_on), "cell"),
            ]
        )
    # splitInRow lets a very long action continue on the next page instead of failing.
    table = Table(rows, colWidths=[104 * mm, 40 * mm, 30 * mm], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), pdf.HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.5, "#B8C4D0"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [heading, table]
