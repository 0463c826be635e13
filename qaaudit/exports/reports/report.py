"""An audit report as a PDF or a Word document (the suffix of the file chooses): title,
the findings as the QA lead left them, the recommendations with the service area each is
for, and the figures from the audits behind them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from qaaudit.exports.common import word
from qaaudit.exports.common.pdf import HEADER_FILL, markup, para, styles, write_pdf
from qaaudit.exports.reports._content import ReportContent, Table, content
from qaaudit.services.reports.reports import ReportFigures, ReportRecord

FORMATS = (".pdf", ".docx")


class UnknownFormat(ValueError):
    """The file name ends in neither .pdf nor .docx."""


def report_file_name(record: ReportRecord) -> str:
    period = record.period
    if period.kind == "quarter":
        stem = f"{period.month_from.year}Q{(period.month_from.month - 1) // 3 + 1}"
    elif period.kind == "month":
        stem = f"{period.month_from:%Y-%m}"
    else:
        stem = f"{period.theme_key}-{period.month_from:%Y-%m}-{period.month_to:%Y-%m}"
    return f"audit-report-{stem}"


def write_report(record: ReportRecord, figures: ReportFigures, target: Path, today: date) -> Path:
    """Write ``target`` as PDF or Word, as its suffix says."""
    suffix = Path(target).suffix.lower()
    what = content(record, figures, today)
    if suffix == ".pdf":
        return _pdf(what, Path(target))
    if suffix == ".docx":
        return _docx(what, Path(target))
    raise UnknownFormat("Give the file a name ending in .pdf or .docx.")


# -- PDF ------------------------------------------------------------------------------------


def _bulleted(text: str) -> list[Any]:
    """The QA lead's text: lines starting "- " print as a list, others as paragraphs."""
    from reportlab.platypus import ListFlowable, ListItem

    flow: list[Any] = []
    items: list[Any] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped[:2] in ("- ", "• ", "* "):
            items.append(ListItem(para(stripped[2:]), leftIndent=12, value="•"))
            continue
        if items:
            flow.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
            items = []
        if stripped:
            flow.append(para(stripped))
    if items:
        flow.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
    return flow


def _pdf_table(table: Table, width: float) -> list[Any]:
    from reportlab.platypus import Table as Grid
    from reportlab.platypus import TableStyle

    # Figures need about 24 mm a column; the names take what is left, up to 42%.
    first = min(width * 0.42, width - (len(table.header) - 1) * 24 * 2.835)
    rest = (width - first) / max(1, len(table.header) - 1)
    cells = [[para(h, "label") for h in table.header]]
    cells += [[para(v, "cell") for v in row] for row in table.rows]
    grid = Grid(cells, colWidths=[first] + [rest] * (len(table.header) - 1), repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, "#B8C4D0"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    flow = [para(table.title, "h2"), grid]
    if table.note:
        flow.append(para(table.note, "muted"))
    return flow


def _pdf(what: ReportContent, target: Path) -> Path:
    from reportlab.platypus import Spacer

    def story(width: float, _height: float) -> list[Any]:
        flow: list[Any] = [
            markup("CASE FILE AUDIT REPORT", "muted"),
            para(what.title, "title"),
            para(what.status_line, "muted"),
            Spacer(1, 6),
        ]
        for heading, text in what.sections:
            flow.append(para(heading, "h1"))
            flow += _bulleted(text) or [para("Nothing written yet.", "muted")]
        flow.append(para("Recommendations", "h1"))
        if not what.recommendations:
            flow.append(para("No recommendations yet.", "muted"))
        for number, (text, area) in enumerate(what.recommendations, start=1):
            flow.append(markup(f"<b>{number}.</b>", "body"))
            flow.append(para(text))
            flow.append(para(f"For: {area}", "muted"))
        flow.append(para("The figures behind the findings", "h1"))
        for table in what.tables:
            flow += _pdf_table(table, width)
        return flow

    styles()
    return write_pdf(target, story, title=what.title, author="qaaudit", subject="Audit report")


# -- Word -----------------------------------------------------------------------------------


def _docx(what: ReportContent, target: Path) -> Path:
    def build(document: Any) -> None:
        word.paragraph(document, "CASE FILE AUDIT REPORT")
        document.add_heading(word.text(what.title), level=0)
        word.paragraph(document, what.status_line)
        for heading, text in what.sections:
            word.heading(document, heading, 1)
            word.findings(document, text or "Nothing written yet.")
        word.heading(document, "Recommendations", 1)
        if not what.recommendations:
            word.paragraph(document, "No recommendations yet.")
        for text, area in what.recommendations:
            item = document.add_paragraph(word.text(text), style="List Number")
            item.add_run(word.text(f" (for: {area})")).italic = True
        word.heading(document, "The figures behind the findings", 1)
        for table in what.tables:
            word.heading(document, table.title, 2)
            word.table(document, table.header, table.rows)
            if table.note:
                word.paragraph(document, table.note)

    return word.write_docx(target, build, title=what.title, subject="Audit report")
