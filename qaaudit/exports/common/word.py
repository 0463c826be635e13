"""What every Word document shares: written beside its target and replaced at once, the
classification in the header, page numbers in the footer, headings and tables in Word's
own styles (so a board paper can be restyled with the council's template), and user text
always as text (never fields or markup), without characters a .docx cannot hold."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from qaaudit.exports.common.files import replace_atomically
from qaaudit.exports.common.text import clean_for_xml

CLASSIFICATION = "OFFICIAL - SENSITIVE"
HEADER_FILL = "E8EEF4"


def text(value: str) -> str:
    """User text as a Word run can hold it."""
    return clean_for_xml(value)


def _page_number(paragraph: Any) -> None:
    """A PAGE field: Word fills in the number as it lays out the page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, value in (("begin", None), ("instr", " PAGE "), ("separate", None), ("end", None)):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = value
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _furnish(document: Any, title: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    section.top_margin = section.bottom_margin = Mm(18)
    header = section.header.paragraphs[0]
    header.text = CLASSIFICATION
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.text = f"{CLASSIFICATION}  ·  {text(title)}  ·  page "
    _page_number(footer)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)


def heading(document: Any, words: str, level: int = 1) -> Any:
    return document.add_heading(text(words), level=level)


def paragraph(document: Any, words: str, style: str | None = None) -> Any:
    """One paragraph per line of ``words``, so line breaks typed by a person are kept."""
    last = None
    for line in words.split("\n") or [""]:
        last = document.add_paragraph(text(line), style=style)
    return last


def bullets(document: Any, lines: Sequence[str]) -> None:
    for line in lines:
        document.add_paragraph(text(line), style="List Bullet")


def findings(document: Any, words: str) -> None:
    """Text the QA lead wrote, where lines starting with "- " or "• " are list items."""
    for line in words.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:2] in ("- ", "• ", "* "):
            document.add_paragraph(text(stripped[2:]), style="List Bullet")
        else:
            document.add_paragraph(text(stripped))


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def table(
    document: Any,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float] | None = None,
    fills: Sequence[str | None] | None = None,
) -> Any:
    """A table with a shaded header row repeated on every page; ``fills`` shades the
    first cell of each row (a red / amber / green mark)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    grid = document.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    for cell, words in zip(grid.rows[0].cells, header, strict=True):
        cell.text = text(words)
        for run in cell.paragraphs[0].runs:
            run.bold = True
        _shade(cell, HEADER_FILL)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    grid.rows[0]._tr.get_or_add_trPr().append(repeat)
    for index, values in enumerate(rows):
        cells = grid.add_row().cells
        for cell, words in zip(cells, values, strict=True):
            cell.text = text(words)
        if fills and fills[index]:
            _shade(cells[0], str(fills[index]))
    if widths_mm:
        for row in grid.rows:
            for cell, width in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(width)
    return grid


def write_docx(
    target: Path,
    build: Callable[[Any], None],
    *,
    title: str,
    subject: str = "",
) -> Path:
    """Build a document with ``build(document)`` and write it so that an interrupted
    export leaves any earlier file at ``target`` as it was."""
    from docx import Document

    document = Document()
    _furnish(document, title)
    properties = document.core_properties
    properties.title = text(title)
    properties.subject = subject
    properties.author = "qaaudit"
    build(document)
    target = Path(target)
    with replace_atomically(target) as temporary:
        document.save(str(temporary))
    return target
