"""Colours and the look of the program.

Judgements use the Okabe-Ito palette, which people with the common colour-vision
deficiencies can tell apart, and which stays distinct in grey: blue for good, vermillion
for not yet good. Colour is never the only sign: the words are always shown too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from qaaudit.domain.instrument import Grade
from qaaudit.resources import resource

GOOD = "#0072B2"
GOOD_STRONG = "#005A8E"
NOT_YET_GOOD = "#D55E00"
NOT_APPLICABLE = "#5F6368"
PROBLEM = "#B3261E"
MUTED = "#5F6368"
BANNER_LOCKED = "#E8F1F8"
BANNER_WARNING = "#FFF4E5"


def grade_colour(grade: Grade | None) -> str:
    if grade is None:
        return MUTED
    if grade.not_applicable:
        return NOT_APPLICABLE
    if grade.good:
        return GOOD_STRONG if grade.rank >= 3 else GOOD
    return NOT_YET_GOOD


def headline_colour(good: bool | None) -> str:
    if good is None:
        return MUTED
    return GOOD if good else NOT_YET_GOOD


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    path = resource("styles", "qaaudit.qss")
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def set_flag(widget: QWidget, name: str, value: bool | str) -> None:
    """Set a dynamic property that the style sheet matches on, and restyle the widget."""
    widget.setProperty(name, value)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it matches on has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
