"""The learning summary as a PDF for "QA Matters" and the Practice Improvement Forum:
headline first, then what is working, what is not yet good, recurring findings, and the
actions opened and closed; the tables behind them follow."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from qaaudit.domain.corrective import long_date
from qaaudit.exports.common.pdf import (
    FONT,
    FONT_BOLD,
    GOOD_COLOUR,
    HEADER_FILL,
    NOT_GOOD_COLOUR,
    markup,
    para,
    styles,
    user_text,
    write_pdf,
)
from qaaudit.services.summaries.learning import (
    MIN_JUDGEMENTS_TO_RANK,
    AreaResult,
    LearningSummary,
    Share,
    period_label,
)

SMALL = 10  # below this many audits, one case moves a share by ten points or more
GRID = "#B8C4D0"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def of(good: int, count: int) -> str:
    return f"{good} of {count}"


def audits_word(count: int) -> str:
    return "1 audit" if count == 1 else f"{count:,} audits"


def title_of(summary: LearningSummary) -> str:
    where = f" · {summary.service_area}" if summary.service_area else ""
    return f"Learning from case file audits: {summary.period_label}{where}"


def write_summary_pdf(summary: LearningSummary, target: Path) -> Path:
    return write_pdf(
        target,
        lambda width, _height: story(summary, width),
        title=title_of(summary),
        footer=f"QA Matters · {summary.period_label}",
        author="qaaudit",
        subject="QA Matters",
    )


def story(summary: LearningSummary, width: float) -> list[Any]:
    from reportlab.platypus import Spacer

    flow: list[Any] = [
        markup("QA MATTERS · LEARNING FROM CASE FILE AUDITS", "muted"),
        para(
            summary.period_label + (f" · {summary.service_area}" if summary.service_area else ""),
            "title",
        ),
        para(
            f"Prepared {long_date(summary.prepared_on)} from {audits_word(summary.headline.count)} "
            "completed in the period. The judgements are the auditors' own; “not applicable” is "
            "left out of every practice area's share.",
            "muted",
        ),
        Spacer(1, 8),
    ]
    if summary.headline.count == 0:
        flow.append(
            para(
                "No case file audits were completed for this period, so there is no learning "
                "to report yet.",
            )
        )
        return flow
    flow += _at_a_glance(summary, width)
    flow += _headline(summary, width)
    flow += _working_and_not(summary)
    flow += _recurring(summary)
    flow += _actions(summary, width)
    flow += _tables(summary, width)
    flow += _notes(summary)
    return flow


def _comparison(summary: LearningSummary) -> str:
    now, before = summary.headline, summary.previous
    earlier = period_label(summary.previous_from, summary.previous_to)
    if before.count == 0:
        return f"No audits in {earlier} to compare with."
    assert now.share_good is not None and before.share_good is not None
    change = round(now.share_good * 100) - round(before.share_good * 100)
    direction = "up from" if change > 0 else "down from" if change < 0 else "the same as"
    return f"{direction.capitalize()} {percent(before.share_good)} in {earlier} ({of(before.good, before.count)})."


@cache
def _tile_styles() -> tuple[Any, Any]:
    from reportlab.lib.styles import ParagraphStyle

    body = styles()["body"]
    number = ParagraphStyle(
        "QATileNumber", parent=body, fontName=FONT_BOLD, fontSize=19, leading=23
    )
    words = ParagraphStyle(
        "QATileWords", parent=body, fontSize=8.5, leading=10.5, textColor="#333333"
    )
    return number, words


def _tile(number: str, words: str) -> list[Any]:
    from reportlab.platypus import Paragraph

    number_style, words_style = _tile_styles()
    return [Paragraph(number, number_style), Paragraph(user_text(words), words_style)]


def _at_a_glance(summary: LearningSummary, width: float) -> list[Any]:
    from reportlab.platypus import Table, TableStyle

    head = summary.headline
    fix = summary.corrective
    tiles = [
        _tile(f"{head.count:,}", "case files audited"),
        _tile(percent(head.share_good), f"judged good ({of(head.good, head.count)})"),
        _tile(f"{head.not_yet_good:,}", "not yet good: each needs corrective action"),
        _tile(
            f"{fix.confirmed:,} of {fix.needed:,}",
            "corrective actions confirmed by the service manager",
        ),
    ]
    table = Table([tiles], colWidths=[width / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "#FFFFFF"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [table]


def share_bar(share: Share | AreaResult, width: float, height: float = 11) -> Any:
    """A bar split into good (blue, left) and not yet good (vermillion, right). The two
    colours are safe for colour-blind readers and differ in lightness; the figures are
    always printed beside the bar too."""
    from reportlab.graphics.shapes import Drawing, Rect

    count = share.count if isinstance(share, Share) else share.judged
    drawing = Drawing(width, height)
    if count == 0:
        drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
        return drawing
    good_width = width * share.good / count
    if good_width > 0:
        drawing.add(Rect(0, 0, good_width, height, fillColor=GOOD_COLOUR, strokeColor=None))
    if good_width < width:
        drawing.add(
            Rect(
                good_width,
                0,
                width - good_width,
                height,
                fillColor=NOT_GOOD_COLOUR,
                strokeColor=None,
            )
        )
    return drawing


def _headline(summary: LearningSummary, width: float) -> list[Any]:
    from reportlab.platypus import Spacer, Table, TableStyle

    head = summary.headline
    flow: list[Any] = [para("Good and not yet good", "h1")]
    sentence = (
        f"{percent(head.share_good)} of the cases audited were judged good "
        f"({of(head.good, head.count)}); {head.not_yet_good:,} were not yet good. "
        + _comparison(summary)
    )
    flow.append(para(sentence))
    flow.append(Spacer(1, 4))
    legend = markup(
        f'<font color="{GOOD_COLOUR}">■</font> good (exceeds or meets good)&nbsp;&nbsp;&nbsp;'
        f'<font color="{NOT_GOOD_COLOUR}">■</font> not yet good',
        "small",
    )
    grades = Table(
        [[para(label, "cell"), para(f"{n:,}", "cell")] for label, n in summary.overall_grades],
        colWidths=[38 * 2.83, 14 * 2.83],
    )
    grades.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    bar_width = width - 60 * 2.83
    layout = Table(
        [[[share_bar(head, bar_width, 16), Spacer(1, 3), legend], grades]],
        colWidths=[bar_width + 6 * 2.83, None],
    )
    layout.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    flow.append(layout)
    extra = []
    if summary.re_audits.count:
        r = summary.re_audits
        extra.append(
            f"{_cases(r.count)} re-audited: {r.improved:,} moved from not yet good to good, "
            f"{r.declined:,} from good to not yet good, and {r.unchanged:,} stayed the same."
        )
    extra.append(
        f"{of(summary.discussed, head.count)} audits record when the findings were discussed "
        "with the case holder."
    )
    flow += [Spacer(1, 4)] + [para(text) for text in extra]
    return flow


def _cases(count: int) -> str:
    return "1 case was" if count == 1 else f"{count:,} cases were"


def _area_line(area: AreaResult) -> str:
    return f"{area.title} — {of(area.good, area.judged)} judged good ({percent(area.share_good)})."


def _bullets(lines: list[str]) -> Any:
    from reportlab.platypus import ListFlowable, ListItem

    return ListFlowable(
        [ListItem(para(line), leftIndent=12, value="•") for line in lines],
        bulletType="bullet",
        start="•",
        leftIndent=12,
        bulletFontName=FONT,
    )


def _working_and_not(summary: LearningSummary) -> list[Any]:
    flow: list[Any] = [para("What is working well", "h1")]
    if summary.strongest:
        flow.append(_bullets([_area_line(a) for a in summary.strongest]))
    else:
        flow.append(para(_too_few()))
    flow.append(para("Where practice is not yet good", "h1"))
    if summary.weakest:
        flow.append(_bullets([_area_line(a) for a in summary.weakest]))
    elif any(a.judged >= MIN_JUDGEMENTS_TO_RANK for a in summary.areas):
        flow.append(para("Every practice area with enough judgements was judged good."))
    else:
        flow.append(para(_too_few()))
    return flow


def _too_few() -> str:
    return (
        f"No practice area has the {MIN_JUDGEMENTS_TO_RANK} or more judgements needed to rank "
        "it; see the table of practice areas below."
    )


def _recurring(summary: LearningSummary) -> list[Any]:
    flow: list[Any] = [para("Recurring findings", "h1")]
    lines = []
    if summary.most_often_not_good:
        listed = "; ".join(
            f"{a.short} ({audits_word(a.not_good)})" for a in summary.most_often_not_good
        )
        lines.append(f"Practice areas most often judged as not meeting good: {listed}.")
    if summary.wordings:
        listed = "; ".join(f"“{w.words}” ({audits_word(w.audits)})" for w in summary.wordings)
        lines.append(f"Agreed actions most often mention: {listed}.")
    if summary.themes:
        listed = "; ".join(
            f"{t.name} ({audits_word(t.share.count)}, {percent(t.share.share_good)} good)"
            for t in summary.themes[:5]
        )
        lines.append(f"Audit themes: {listed}.")
    if not lines:
        lines.append("Nothing recurred across audits in this period.")
    flow.append(_bullets(lines))
    return flow


def _actions(summary: LearningSummary, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, Table, TableStyle

    agreed = summary.agreed_actions
    fix = summary.corrective
    label = summary.period_label
    rows = [
        [
            markup("<b>Agreed actions</b> (with case holders)", "cell"),
            markup("<b>Corrective action</b> (cases not yet good)", "cell"),
        ],
        [
            para(f"{agreed.recorded:,} agreed in this period's audits", "cell"),
            para(f"{fix.needed:,} needed for this period's audits", "cell"),
        ],
        [
            para(f"{agreed.done:,} done", "cell"),
            para(
                f"{fix.confirmed:,} confirmed by the service manager "
                f"({fix.confirmed_on_time:,} by the end of the following month)",
                "cell",
            ),
        ],
        [
            para(f"{agreed.open_not_yet_due:,} open, not yet due", "cell"),
            para(f"{fix.still_open:,} still open", "cell"),
        ],
        [
            para(f"{agreed.overdue:,} past their date and not done", "cell"),
            para(f"{fix.overdue:,} overdue", "cell"),
        ],
        [
            para(
                f"{agreed.done_during_period:,} done during {label} (audits of any month)", "cell"
            ),
            para(
                f"{fix.confirmed_during_period:,} confirmed during {label} (audits of any month)",
                "cell",
            ),
        ],
    ]
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        KeepTogether(
            [
                para("Actions opened and closed", "h1"),
                para(f"Counted on {long_date(summary.prepared_on)}.", "muted"),
                table,
            ]
        )
    ]


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(
        [_headings(header), *rows],
        colWidths=widths,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 1), (-2, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


@cache
def _heading_styles() -> tuple[Any, Any]:
    from reportlab.lib.styles import ParagraphStyle

    small = styles()["small"]
    left = ParagraphStyle("QAColumnLeft", parent=small, fontName=FONT_BOLD)
    centre = ParagraphStyle("QAColumnCentre", parent=left, alignment=1)
    return left, centre


def _headings(header: list[str]) -> list[Any]:
    from reportlab.platypus import Paragraph

    left, centre = _heading_styles()
    return [Paragraph(h, left if i == 0 else centre) for i, h in enumerate(header)]


def _num(value: int) -> str:
    return f"{value:,}"


def _tables(summary: LearningSummary, width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether

    mm = 2.83
    bar = 27 * mm
    number = 16 * mm
    name_width = width - 5 * number - bar
    flow: list[Any] = [CondPageBreak(90 * mm), para("Practice areas", "h1")]
    rows = [
        [
            para(a.title, "cell"),
            _num(a.judged),
            _num(a.good),
            _num(a.not_good),
            _num(a.not_applicable),
            percent(a.share_good),
            share_bar(a, bar - 10),
        ]
        for a in summary.areas
    ]
    flow.append(
        _table(
            ["Practice area", "Judged", "Good", "Not yet good", "N/A", "% good", ""],
            rows,
            [name_width, number, number, number, number, number, bar],
        )
    )
    group_name = width - 3 * 18 * mm - bar
    if summary.themes:
        flow.append(
            KeepTogether(
                [
                    para("Audit themes", "h1"),
                    _group_table("Theme", summary.themes, group_name, bar),
                ]
            )
        )
    flow.append(
        KeepTogether(
            [
                para(f"By {summary.groups_by.lower()}", "h1"),
                _group_table(summary.groups_by, summary.groups, group_name, bar),
            ]
        )
    )
    return flow


def _group_table(label: str, groups: list[Any], name_width: float, bar: float) -> Any:
    mm = 2.83
    rows = [
        [
            para(g.name, "cell"),
            _num(g.share.count),
            _num(g.share.good),
            percent(g.share.share_good),
            share_bar(g.share, bar - 10),
        ]
        for g in groups
    ]
    return _table(
        [label, "Audits", "Good", "% good", ""], rows, [name_width, 18 * mm, 18 * mm, 18 * mm, bar]
    )


def _notes(summary: LearningSummary) -> list[Any]:
    notes = [
        "“Good” means the overall judgement exceeds or meets good; “not yet good” means it "
        "does not meet good. A practice area's share counts only the audits where it was "
        "judged (not “not applicable”).",
        f"Strongest and weakest areas are ranked by their share judged good, among areas with "
        f"at least {MIN_JUDGEMENTS_TO_RANK} judgements; equal shares keep the template's order.",
        "Recurring wording counts the audits whose agreed actions use a word or two-word "
        "phrase; people's names are never reported.",
        "Corrective action is due by the end of the month after the audit (after completion, "
        "if the audit was completed late).",
    ]
    if summary.headline.count < SMALL:
        notes.insert(
            0,
            f"This summary rests on {audits_word(summary.headline.count)}: with fewer than "
            f"{SMALL}, one case moves a share by ten percentage points or more, so read the "
            "shares as a guide, not a measure.",
        )
    if summary.template_versions:
        versions = ", ".join(summary.template_versions)
        notes.append(f"Audit template version used: {versions}.")
    return [para("About these figures", "h2"), _bullets(notes)]


def summary_file_name(month_from: date, month_to: date) -> str:
    if month_from == month_to:
        return f"qa-matters-{month_from:%Y-%m}.pdf"
    return f"qa-matters-{month_from:%Y-%m}-to-{month_to:%Y-%m}.pdf"
