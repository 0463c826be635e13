"""User text made safe for each kind of file: literal in PDFs, never a formula in Excel,
and without characters that would stop the file opening."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# Characters XML 1.0 (and so .xlsx) cannot hold: C0 controls except tab, LF, CR; lone
# surrogates; U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32767
TRUNCATION_NOTE = " [cut here: the full text is in qaaudit]"


def clean_for_xml(value: str) -> str:
    """Remove characters that an XML file (an .xlsx, a PDF paragraph) cannot store."""
    return _ILLEGAL_XML.sub("\ufffd", value) if _ILLEGAL_XML.search(value) else value


def excel_text(value: str) -> tuple[str, bool]:
    """Text for an Excel cell, and whether it had to be shortened.

    The caller writes it with ``data_type="s"`` too; the leading apostrophe-free approach
    keeps the text exactly as typed, so a cell is never a formula.
    """
    text = clean_for_xml(value)
    cut = False
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_NOTE)] + TRUNCATION_NOTE
        cut = True
    return text, cut


def pdf_text(value: str) -> str:
    """Text for a reportlab Paragraph: markup characters escaped, line breaks kept."""
    return escape(clean_for_xml(value)).replace("\n", "<br/>")
