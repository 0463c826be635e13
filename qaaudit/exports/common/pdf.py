"""What every PDF shares: the bundled Unicode font, the council's plain styles, page
numbers, and user text that prints literally."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from qaaudit.exports.common.files import replace_atomically
from qaaudit.exports.common.text import pdf_text
from qaaudit.resources import resource

FONT = "QADejaVu"
FONT_BOLD = "QADejaVu-Bold"
FONT_ITALIC = "QADejaVu-Oblique"
# Emoji and symbols DejaVu Sans lacks (a smiley, a pictogram, a chess piece pasted into a
# narrative) are drawn from Symbola rather than printed as empty boxes.
SYMBOLS = "QASymbola"
# Joiners and variation selectors pick a colour or a combined emoji; neither font draws
# them, and without them the symbols still read.
_INVISIBLE = dict.fromkeys(map(ord, "\u200d\ufe0e\ufe0f"), None)

# Colour-blind-safe pair (Okabe-Ito blue / vermillion) that also differs in grey.
GOOD_COLOUR = "#0072B2"
NOT_GOOD_COLOUR = "#D55E00"
HEADER_FILL = "#E8EEF4"


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(resource("fonts", "DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(resource("fonts", "Symbola.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)


@cache
def _drawn_by(name: str) -> frozenset[int]:
    """The characters a registered font has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def with_symbols(escaped: str) -> str:
    """Paragraph text with each run of characters the main font cannot draw, and Symbola
    can, set in Symbola."""
    escaped = escaped.translate(_INVISIBLE)
    if escaped.isascii():
        return escaped
    main, symbols = _drawn_by(FONT), _drawn_by(SYMBOLS)
    pieces: list[str] = []
    run: list[str] = []
    for char in escaped:
        point = ord(char)
        if point > 127 and point not in main and point in symbols:
            run.append(char)
            continue
        if run:
            pieces.append(f'<font name="{SYMBOLS}">{"".join(run)}</font>')
            run = []
        pieces.append(char)
    if run:
        pieces.append(f'<font name="{SYMBOLS}">{"".join(run)}</font>')
    return "".join(pieces)


def user_text(value: str) -> str:
    """User text for a paragraph: printed literally, emoji and symbols included."""
    return with_symbols(pdf_text(value))


@cache
def styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    register_fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "QABody", parent=base["BodyText"], fontName=FONT, fontSize=10, leading=13.5
    )
    return {
        "body": body,
        "small": ParagraphStyle("QASmall", parent=body, fontSize=8.5, leading=11),
        "muted": ParagraphStyle(
            "QAMuted", parent=body, fontSize=8.5, leading=11, textColor="#555555"
        ),
        "title": ParagraphStyle(
            "QATitle",
            parent=base["Title"],
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            alignment=0,
        ),
        "h1": ParagraphStyle(
            "QAH1",
            parent=base["Heading1"],
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
        ),
        "h2": ParagraphStyle(
            "QAH2",
            parent=base["Heading2"],
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "label": ParagraphStyle("QALabel", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12),
        "cell": ParagraphStyle("QACell", parent=body, fontSize=9, leading=12),
    }


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def visual_order(text: str) -> str:
    """Hebrew and Arabic as a reader sees them: reportlab lays characters out left to
    right as stored, so right-to-left runs are put in display order and Arabic letters
    given their joined forms. Each line is ordered on its own; a right-to-left passage
    long enough to wrap would still read line by line in the wrong order."""
    if not _RIGHT_TO_LEFT.search(text):
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    return "\n".join(get_display(reshape(line)) for line in text.split("\n"))


def para(text: str, style: str = "body") -> Any:
    """A paragraph of user text: anything that looks like markup prints as typed."""
    from reportlab.platypus import Paragraph

    return Paragraph(user_text(visual_order(text)), styles()[style])


def markup(trusted: str, style: str = "body") -> Any:
    """A paragraph of the program's own text, which may use <b> and <i>."""
    from reportlab.platypus import Paragraph

    return Paragraph(trusted, styles()[style])


def page_decorator(title: str, classification: str = "OFFICIAL - SENSITIVE") -> Any:
    """Footer on every page: classification, document title, page number, print date."""
    printed = datetime.now().strftime("%d %B %Y")

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor("#555555")
        width, _height = doc.pagesize
        canvas.drawString(doc.leftMargin, 12 * 2.83, f"{classification}  ·  {title}")
        canvas.drawRightString(
            width - doc.rightMargin,
            12 * 2.83,
            f"Page {canvas.getPageNumber()}  ·  printed {printed}",
        )
        canvas.restoreState()

    return draw


NOT_APPLICABLE_COLOUR = "#8C8C8C"


def judgement_colour(good: bool, not_applicable: bool = False) -> str:
    """Blue for good, vermillion for not yet good, grey where an area does not apply."""
    if not_applicable:
        return NOT_APPLICABLE_COLOUR
    return GOOD_COLOUR if good else NOT_GOOD_COLOUR


def numbered_canvas(
    title: str,
    classification: str = "OFFICIAL - SENSITIVE",
    watermark: str | None = None,
    on_page: Any = None,
) -> Any:
    """A canvas class for ``doc.build(..., canvasmaker=...)`` that marks every page with
    the classification (top and bottom), the title, "Page N of M" and the print date,
    and, for drafts, a large pale watermark. ``on_page(number)`` is called as each page
    is finished (for progress and Cancel)."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    printed = datetime.now().strftime("%d %B %Y")
    register_fonts()

    class PageFurniture(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            if on_page is not None:
                on_page(len(self._pages))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furnish(total)
                super().showPage()
            super().save()

        def _furnish(self, total: int) -> None:
            width, height = self._pagesize
            margin = 18 * 2.835
            self.saveState()
            if watermark:
                # Drawn over the page, so pale and see-through: the text stays legible.
                self.setFillColor(HexColor("#909090"))
                self.setFillAlpha(0.18)
                self.setFont(FONT_BOLD, 110)
                self.translate(width / 2, height / 2)
                self.rotate(45)
                self.drawCentredString(0, -40, watermark)
                self.rotate(-45)
                self.translate(-width / 2, -height / 2)
                self.setFillAlpha(1)
            self.setFillColor(HexColor("#333333"))
            self.setFont(FONT_BOLD, 8)
            self.drawCentredString(width / 2, height - 10 * 2.835, classification)
            self.drawString(margin, 10 * 2.835, classification)
            self.setFont(FONT, 7.5)
            self.setFillColor(HexColor("#555555"))
            self.drawCentredString(width / 2, 10 * 2.835, f"{title}  ·  printed {printed}")
            self.drawRightString(width - margin, 10 * 2.835, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return PageFurniture


def write_pdf(
    target: Path,
    story: Callable[[float, float], list[Any]],
    *,
    title: str,
    margins_mm: tuple[float, float, float, float] = (18, 18, 16, 18),
    landscape: bool = False,
    footer: str | None = None,
    canvasmaker: Any = None,
    **properties: str,
) -> Path:
    """Lay out an A4 document and write it to ``target`` so that an interrupted export
    leaves any earlier file there as it was. ``story(width, height)`` gives the flowables
    for the page's frame; ``margins_mm`` are left, right, top and bottom. Every page gets
    ``page_decorator(footer)`` (the title if no footer is given), unless a ``canvasmaker``
    furnishes the pages. ``properties`` (author, subject, creator) go into the file."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    left, right, top, bottom = margins_mm
    target = Path(target)
    with replace_atomically(target) as temporary:
        document = SimpleDocTemplate(
            str(temporary),
            pagesize=turned(A4) if landscape else A4,
            leftMargin=left * mm,
            rightMargin=right * mm,
            topMargin=top * mm,
            bottomMargin=bottom * mm,
            title=title,
            **properties,
        )
        flowables = story(document.width, document.height)
        if canvasmaker is not None:
            document.build(flowables, canvasmaker=canvasmaker)
        else:
            decorate = page_decorator(footer or title)
            document.build(flowables, onFirstPage=decorate, onLaterPages=decorate)
    return target
