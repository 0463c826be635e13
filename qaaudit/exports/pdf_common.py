"""What every PDF shares: the bundled Unicode font, the council's plain styles, page
numbers, and user text that prints literally."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from qaaudit.exports.text import pdf_text
from qaaudit.resources import resource

FONT = "QADejaVu"
FONT_BOLD = "QADejaVu-Bold"
FONT_ITALIC = "QADejaVu-Oblique"

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
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)


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


def para(text: str, style: str = "body") -> Any:
    """A paragraph of user text: anything that looks like markup prints as typed."""
    from reportlab.platypus import Paragraph

    return Paragraph(pdf_text(text), styles()[style])


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
