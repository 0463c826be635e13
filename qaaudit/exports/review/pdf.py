"""The service performance review as the panel reads it, and the one-page summary for
every member of the service (section 5 and the priority actions).

The review follows the council's template: the header, the four lens tables (judgement
area, comments, evidence, judgement, actions identified), section 5 and section 6, then
every action with its owner, due date and progress. Judgements are printed in words and
in colour. User text prints literally through ``pdf_common.para``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.domain.review import (
    ACTION_DONE,
    ACTION_OVERDUE,
    FINAL,
    ReviewAction,
    judgement_profile,
    overall_position,
)
from qaaudit.domain.review_instrument import Lens, ReviewInstrument
from qaaudit.exports.common.files import Cancelled, Progress, no_progress
from qaaudit.exports.common.pdf import (
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    markup,
    para,
    write_pdf,
)
from qaaudit.services.review.reviews import ReviewRecord, load_review
from qaaudit.store.database import Database

# Okabe-Ito colours: distinguishable with colour-blindness; the text says it too.
JUDGEMENT_FILL = {"O": "#0072B2", "G": "#56B4E9", "RI": "#E69F00", "I": "#D55E00"}
JUDGEMENT_INK = {"O": "#FFFFFF", "G": "#000000", "RI": "#000000", "I": "#FFFFFF"}
GRID = "#9AA5B1"
SUMMARY_LIMIT = 3000
ACTION_LIMIT = 400
# Long text is split into pieces of at most MAX_LINES lines of 9 pt text (well under a
# landscape page less the repeated heading row); WRAP_SLACK allows for the space lost
# where lines wrap at word boundaries.
CELL_SIZE = 9
MAX_LINES = 26
WRAP_SLACK = 1.15
SHORTENED = " [shortened here: the full summary points are in the review]"


def long_date(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "not set"


def short_date(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "no date"


def judgement_cell(instrument: ReviewInstrument, key: str | None) -> Any:
    """The judgement in words on its colour: "RI" large, its meaning small."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    if not key:
        return markup("<i>Not judged</i>", "muted")
    judgement = instrument.judgement(key)
    ink = JUDGEMENT_INK[key]
    style = ParagraphStyle(
        f"judgement-{key}",
        fontName=FONT,
        fontSize=8,
        leading=10,
        textColor=ink,
        alignment=1,
        autoLeading="max",
    )
    return Paragraph(
        f'<font name="{FONT_BOLD}" size="13">{key}</font><br/>{judgement.label}', style
    )


def _judgement_fills(cells: list[tuple[int, int, str | None]]) -> list[tuple[Any, ...]]:
    return [
        ("BACKGROUND", (col, row), (col, row), JUDGEMENT_FILL[key])
        for col, row, key in cells
        if key in JUDGEMENT_FILL
    ]


def action_line(action: ReviewAction, today: date) -> str:
    """One action as a line of plain text (escaped by ``para``)."""
    parts = [action.action.strip() or "(no words)", f"Owner: {action.owner or 'not given'}"]
    parts.append(f"Due {short_date(action.due_on)}")
    if action.priority:
        parts.append("PRIORITY")
    if action.done_on:
        parts.append(f"done {short_date(action.done_on)}")
    elif action.state(today) == ACTION_OVERDUE:
        parts.append("OVERDUE")
    return " · ".join(parts)


def _actions_text(actions: list[ReviewAction], today: date) -> str:
    return "\n".join("• " + action_line(a, today) for a in actions)


def pieces(text: str, width: float, max_lines: int = MAX_LINES) -> list[str]:
    """Text cut at line and word boundaries into pieces that each fit on one page in a
    column ``width`` points wide, so a table row never outgrows a page: a long narrative
    continues in the next row, never cut off. Widths are measured in the bundled font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def lines_for(line: str) -> int:
        return max(1, -(-int(stringWidth(line, FONT, CELL_SIZE) * WRAP_SLACK) // int(width)))

    found: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        while True:
            need = lines_for(line)
            if used + need <= max_lines:
                current.append(line)
                used += need
                break
            if used >= max_lines - 1:
                found.append("\n".join(current))
                current, used = [], 0
                continue
            room = int(len(line) * (max_lines - used) / need)
            cut = line.rfind(" ", 0, room)
            cut = cut if cut > room // 2 else max(1, room)
            current.append(line[:cut])
            found.append("\n".join(current))
            current, used, line = [], 0, line[cut:].lstrip()
    if current:
        found.append("\n".join(current))
    return found or [""]


def text_rows(cells: list[Any], widths: list[float]) -> list[list[Any]]:
    """Table rows for one entry. A ``str`` cell is user text, split into pieces across as
    many rows as it needs; any other cell is a flowable shown in the first row only."""
    split = [
        pieces(c, w - 8) if isinstance(c, str) else None for c, w in zip(cells, widths, strict=True)
    ]
    count = max((len(p) for p in split if p is not None), default=1)
    rows = []
    for index in range(count):
        row: list[Any] = []
        for cell, parts in zip(cells, split, strict=True):
            if parts is None:
                row.append(cell if index == 0 else _continued())
            elif index < len(parts) and parts[index].strip():
                row.append(para(parts[index], "cell"))
            else:
                row.append(_nothing() if index == 0 else "")
        rows.append(row)
    return rows


def _continued() -> Any:
    return markup("<i>(continued)</i>", "muted")


def _lens_table(record: ReviewRecord, lens: Lens, width: float, today: date) -> Any:
    from reportlab.platypus import Table, TableStyle

    instrument = record.instrument
    columns = instrument.columns
    header = [
        markup(f"<b>{columns.area}</b>", "cell"),
        [markup(f"<b>{columns.comments}</b>", "cell"), para(lens.comments_guidance, "muted")],
        [
            markup(f"<b>{columns.evidence}</b>", "cell"),
            para(columns.evidence_guidance, "muted"),
        ],
        markup(f"<b>{columns.judgement}</b>", "cell"),
        markup(f"<b>{columns.actions}</b>", "cell"),
    ]
    data: list[list[Any]] = [header]
    fills = []
    widths = [width * f for f in (0.15, 0.29, 0.29, 0.09, 0.18)]
    for area in lens.areas:
        row = record.form.rows[area.key]
        title = f"<b>{area.title}</b>" if area.capacity else area.title
        fills.append((3, len(data), row.judgement))
        actions = record.form.actions_for(area.key)
        data += text_rows(
            [
                markup(title, "cell"),
                row.comments,
                row.evidence,
                judgement_cell(instrument, row.judgement),
                _actions_text(actions, today) if actions else markup("<i>None</i>", "muted"),
            ],
            widths,
        )
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (3, 1), (3, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                *_judgement_fills(fills),
            ]
        )
    )
    return table


def _nothing() -> Any:
    return markup("<i>Nothing written</i>", "muted")


def _header_table(record: ReviewRecord, width: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    instrument = record.instrument
    form = record.form
    values = {
        "service_area": record.service_area,
        "period": f"{record.period.label} ({long_date(record.period.start)} to "
        f"{long_date(record.period.end)})",
        "panel_date": long_date(form.panel_date),
        "key_outcomes": form.key_outcomes,
        "population": form.population,
    }
    widths = [width * 0.3, width * 0.7]
    data: list[list[Any]] = []
    for field in instrument.header:
        data += text_rows([markup(f"<b>{field.label}</b>", "cell"), values[field.key]], widths)
    table = Table(data, colWidths=widths, splitInRow=0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def status_text(record: ReviewRecord) -> str:
    steps = [f"Self-assessment started by {record.author} on {long_date(record.created_at.date())}"]
    if record.panel_at:
        steps.append(
            f"sent to the panel by {record.panel_by} on {long_date(record.panel_at.date())}"
        )
    if record.final_at:
        steps.append(f"made final by {record.final_by} on {long_date(record.final_at.date())}")
    return f"Status: {record.status_label}. " + "; ".join(steps) + "."


def position_text(record: ReviewRecord) -> str:
    instrument = record.instrument
    position = overall_position(instrument, record.form)
    profile = judgement_profile(instrument, record.form)
    counts = ", ".join(f"{n} {key}" for key, n in profile.items() if n) or "none yet"
    if position is None:
        return f"Overall position: not judged yet. Judgements given: {counts}."
    return (
        f"Overall position: {position.text} (the middle judgement of the areas judged). "
        f"Judgements given: {counts}."
    )


def _key_line(instrument: ReviewInstrument) -> Any:
    return markup(
        "Judgements: " + ", ".join(f"<b>{j.key}</b> {j.label}" for j in instrument.judgements),
        "muted",
    )


def review_story(
    record: ReviewRecord, width: float, today: date, progress: Progress = no_progress
) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

    instrument = record.instrument
    story: list[Any] = [
        markup(f"{instrument.title.upper()}: {record.service_area}", "title"),
        markup(f"<i>{instrument.subtitle}</i>. Performance period {record.period.label}.", "body"),
    ]
    if record.status != FINAL:
        story.append(
            markup(
                f'<font color="#D55E00"><b>{record.status_label.upper()}: NOT YET FINAL</b></font>',
                "h2",
            )
        )
    story += [
        markup(status_text(record), "small"),
        Spacer(1, 6),
        _header_table(record, width),
        Spacer(1, 4),
        para(position_text(record), "small"),
        _key_line(instrument),
    ]
    total = len(instrument.lenses) + 2
    for done, lens in enumerate(instrument.lenses):
        if not progress(done, total, lens.title):
            raise Cancelled()
        story += [
            # A lens heading never sits alone at the foot of a page.
            CondPageBreak(190),
            markup(f"{lens.number}. {lens.title} - {lens.question}", "h1"),
            _lens_table(record, lens, width, today),
        ]
    form = record.form
    story += [
        CondPageBreak(100),
        markup(f"{instrument.summary.number}. {instrument.summary.title}", "h1"),
        para(instrument.summary.guidance, "muted"),
        Spacer(1, 3),
        para(form.summary_points) if form.summary_points.strip() else _nothing(),
        CondPageBreak(100),
        markup(f"{instrument.panel.number}. {instrument.panel.title}", "h1"),
    ]
    widths = [width * 0.55, width * 0.45]
    panel_actions = form.actions_for(None)
    panel = Table(
        [
            [
                para(instrument.panel.input_guidance, "muted"),
                para(instrument.panel.actions_guidance, "muted"),
            ],
            *text_rows(
                [
                    form.panel_input,
                    _actions_text(panel_actions, today)
                    if panel_actions
                    else markup("<i>None</i>", "muted"),
                ],
                widths,
            ),
        ],
        colWidths=widths,
        repeatRows=1,
        splitInRow=0,
    )
    panel.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(panel)
    progress(total - 1, total, "actions")
    story += [CondPageBreak(100), markup("Actions identified and their progress", "h1")]
    story.append(actions_table(record, width, today))
    return story


def actions_table(record: ReviewRecord, width: float, today: date) -> Any:
    from reportlab.platypus import Table, TableStyle

    instrument = record.instrument
    data: list[list[Any]] = [
        [markup(f"<b>{t}</b>", "cell") for t in ("From", "Action", "Owner", "Due", "Progress")]
    ]
    if not record.form.actions:
        data.append([markup("<i>No actions were identified.</i>", "muted"), "", "", "", ""])
    widths = [width * f for f in (0.22, 0.38, 0.14, 0.09, 0.17)]
    for action in record.form.actions:
        state = action.state(today)
        progress = (
            f"Done {short_date(action.done_on)}"
            + (f": {action.done_note}" if action.done_note else "")
            if state == ACTION_DONE
            else "OVERDUE"
            if state == ACTION_OVERDUE
            else "Open"
        )
        if action.carried_from_id:
            progress += " (carried over from the previous review)"
        words = action.action + (" [priority]" if action.priority else "")
        data += text_rows(
            [
                para(instrument.area_label(action.area_key), "cell"),
                words,
                para(action.owner, "cell"),
                para(short_date(action.due_on), "cell"),
                progress,
            ],
            widths,
        )
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def write_review_pdf(
    db: Database,
    review_id: int,
    target: Path,
    today: date | None = None,
    progress: Progress = no_progress,
) -> Path:
    """The whole review, landscape A4, as the panel reads it."""
    day = today or date.today()
    with db.reading() as session:
        record = load_review(session, review_id)
    written = write_pdf(
        target,
        lambda width, _height: review_story(record, width, day, progress),
        title=f"Service performance review: {record.title}",
        margins_mm=(14, 14, 14, 18),
        landscape=True,
        author="qaaudit",
    )
    progress(1, 1, "done")
    return written


def summary_story(record: ReviewRecord, width: float, height: float, today: date) -> list[Any]:
    """Section 5 and the priority actions, shrunk if need be to stay on one page."""
    from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

    instrument = record.instrument
    form = record.form
    points = form.summary_points.strip()
    if len(points) > SUMMARY_LIMIT:
        points = points[:SUMMARY_LIMIT] + SHORTENED
    priority = [a for a in form.actions if a.priority] or form.actions_for(None)
    lens_rows = [
        [
            para(f"{lens.number}. {lens.title}", "cell"),
            judgement_cell(instrument, form.rows[lens.areas[-1].key].judgement),
        ]
        for lens in instrument.lenses
    ]
    lenses = Table(
        [[markup("<b>Lens</b>", "cell"), markup("<b>Capacity to improve</b>", "cell")], *lens_rows],
        colWidths=[width * 0.62, width * 0.38],
    )
    lenses.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *_judgement_fills(
                    [
                        (1, i, form.rows[lens.areas[-1].key].judgement)
                        for i, lens in enumerate(instrument.lenses, 1)
                    ]
                ),
            ]
        )
    )
    content: list[Any] = [
        markup(f"{record.service_area}: our service performance review", "title"),
        para(
            f"Performance period {record.period.label}; review panel {long_date(form.panel_date)}. "
            f"{record.status_label}.",
            "body",
        ),
        Spacer(1, 4),
        para(position_text(record), "small"),
        Spacer(1, 6),
        lenses,
        markup(f"{instrument.summary.number}. {instrument.summary.title}", "h1"),
        para(points) if points else _nothing(),
        markup("Priority actions", "h1"),
    ]
    if not priority:
        content.append(markup("<i>No priority actions were set.</i>", "muted"))
    for action in priority:
        line = action_line(action, today)
        if len(line) > ACTION_LIMIT:
            line = line[:ACTION_LIMIT] + " [shortened here: the full action is in the review]"
        content.append(para("• " + line, "body"))
    return [KeepInFrame(width, height, content, mode="shrink")]


def write_review_summary_pdf(
    db: Database, review_id: int, target: Path, today: date | None = None
) -> Path:
    """One page for every member of the service: section 5 and the priority actions."""
    day = today or date.today()
    with db.reading() as session:
        record = load_review(session, review_id)
    return write_pdf(
        target,
        lambda width, height: summary_story(record, width, height, day),
        title=f"Summary: {record.title}",
        margins_mm=(18, 18, 16, 20),
        author="qaaudit",
    )
