"""Colours and the look of the program, in a light and a dark scheme.

Every colour the window shows is named here, once per scheme; the style sheet
(resources/styles/qaaudit.qss) and the pages use the names. The scheme follows the
computer's light or dark setting unless the person chooses one in View > Colours.

Judgements use the Okabe-Ito palette, which people with the common colour-vision
deficiencies can tell apart, and which stays distinct in grey: blue for good, vermillion
for not yet good. Colour is never the only sign: the words are always shown too. Every text
colour reads at 4.5:1 or better on the background it is drawn on (WCAG AA), in both
schemes; a test measures it on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from qaaudit.domain.instrument import Grade
from qaaudit.resources import resource

SYSTEM, LIGHT_CHOICE, DARK_CHOICE = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT_CHOICE, DARK_CHOICE)

# Fills that carry their own text colour: the same in both schemes.
GOOD = "#0072B2"
GOOD_STRONG = "#005A8E"
NOT_YET_GOOD = "#D55E00"
NOT_APPLICABLE = "#5F6368"
MUTED = "#5F6368"


@dataclass(frozen=True)
class Scheme:
    name: str
    dark: bool
    colours: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.colours[key]


_SHARED = {
    "accent": "#0072B2",  # fills with white text: 5.3:1
    "accent_strong": "#005A8E",
    "on_accent": "#FFFFFF",
    "nav_bg": "#1F2937",
    "nav_ink": "#E5E7EB",
    "nav_hover": "#374151",
}

LIGHT = Scheme(
    "light",
    False,
    {
        **_SHARED,
        "window": "#F4F6F8",
        "surface": "#FFFFFF",
        "surface_alt": "#F7F9FB",
        "prompt_bg": "#F1F5F9",
        "header_bg": "#EEF2F6",
        "hover": "#EEF2F6",
        "readonly_bg": "#F3F4F6",
        "status_bg": "#E5E7EB",
        "border": "#D5DAE0",
        "border_strong": "#9CA3AF",
        "grid": "#E5E7EB",
        "ink": "#1F2937",
        "ink_strong": "#111827",
        "ink_soft": "#374151",
        "muted": "#4B5563",
        "disabled_ink": "#9CA3AF",
        "disabled_fill": "#D1D5DB",
        "disabled_fill_ink": "#4B5563",
        "accent_line": "#0072B2",
        "good_ink": "#005A8E",
        "not_yet_good_ink": "#A63F00",
        "overdue_ink": "#A63F00",
        "done_ink": "#005A8E",
        "problem": "#B3261E",
        "problems_bg": "#FDECEA",
        "problems_ink": "#7A1A14",
        "locked_bg": "#E8F1F8",
        "locked_ink": "#0B3C5D",
        "warning_bg": "#FFF4E5",
        "warning_ink": "#6B3100",
        "warning_line": "#D55E00",
        "focus_bg": "#EAF3FA",
        "plan_shade": "#8EA9DB",
        "plan_area_bg": "#1F3864",
        "plan_area_ink": "#FFFFFF",
        "plan_role_bg": "#DDEBF7",
        "plan_role_ink": "#1F2937",
        # Action plan progress: fills read with ink_on (black here, white in dark).
        "rag_red": "#F4B6B0",
        "rag_amber": "#FFE08A",
        "rag_green": "#B7E1B0",
    },
)

DARK = Scheme(
    "dark",
    True,
    {
        **_SHARED,
        "window": "#1B1F24",
        "surface": "#242A31",
        "surface_alt": "#2A3139",
        "prompt_bg": "#2C343D",
        "header_bg": "#2C343D",
        "hover": "#323B45",
        "readonly_bg": "#2A3139",
        "status_bg": "#242A31",
        "border": "#3D4651",
        "border_strong": "#6B7683",
        "grid": "#3D4651",
        "ink": "#E6EAEE",
        "ink_strong": "#F5F7F9",
        "ink_soft": "#CBD2DA",
        "muted": "#AEB6C0",
        "disabled_ink": "#7D8793",
        "disabled_fill": "#3D4651",
        "disabled_fill_ink": "#AEB6C0",
        "accent_line": "#56B4E9",
        "good_ink": "#7CC4EE",
        "not_yet_good_ink": "#FFA36B",
        "overdue_ink": "#FFA36B",
        "done_ink": "#7CC4EE",
        "problem": "#FF8A80",
        "problems_bg": "#3B1F1D",
        "problems_ink": "#FFC4BD",
        "locked_bg": "#17334A",
        "locked_ink": "#D6E9F7",
        "warning_bg": "#3B2A14",
        "warning_ink": "#FFD8A8",
        "warning_line": "#E69F00",
        "focus_bg": "#1E3A50",
        "plan_shade": "#3F5F96",
        "plan_area_bg": "#0F1E36",
        "plan_area_ink": "#FFFFFF",
        "plan_role_bg": "#22384D",
        "plan_role_ink": "#E6EAEE",
        "rag_red": "#8A2E26",
        "rag_amber": "#6E5206",
        "rag_green": "#2C6132",
    },
)

_current = LIGHT


def current() -> Scheme:
    """The scheme the window is shown in now."""
    return _current


def colour(key: str) -> str:
    return _current[key]


def qcolour(key: str) -> QColor:
    return QColor(_current[key])


def ink_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") else "#FFFFFF"


def luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG defines it."""
    value = QColor(hex_colour)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(value.redF())
        + 0.7152 * channel(value.greenF())
        + 0.0722 * channel(value.blueF())
    )


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def grade_colour(grade: Grade | None) -> str:
    """The fill of a judgement (its text is ``ink_on`` the fill)."""
    if grade is None:
        return MUTED
    if grade.not_applicable:
        return NOT_APPLICABLE
    if grade.good:
        return GOOD_STRONG if grade.rank >= 3 else GOOD
    return NOT_YET_GOOD


def grade_ink(grade: Grade | None) -> str:
    """A judgement written as text on the page."""
    if grade is None or grade.not_applicable:
        return _current["muted"]
    return _current["good_ink"] if grade.good else _current["not_yet_good_ink"]


def headline_colour(good: bool | None) -> str:
    """Good or not yet good written as text on the page."""
    if good is None:
        return _current["muted"]
    return _current["good_ink"] if good else _current["not_yet_good_ink"]


def scheme_for(choice: str) -> Scheme:
    if choice == DARK_CHOICE:
        return DARK
    if choice == LIGHT_CHOICE:
        return LIGHT
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def palette(scheme: Scheme) -> QPalette:
    """Qt's own colours to match, for what the style sheet does not paint."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, key in (
        (roles.Window, "window"),
        (roles.WindowText, "ink"),
        (roles.Base, "surface"),
        (roles.AlternateBase, "surface_alt"),
        (roles.Text, "ink"),
        (roles.Button, "surface"),
        (roles.ButtonText, "ink"),
        (roles.ToolTipBase, "surface"),
        (roles.ToolTipText, "ink"),
        (roles.PlaceholderText, "muted"),
        (roles.Highlight, "accent"),
        (roles.HighlightedText, "on_accent"),
        (roles.Link, "good_ink"),
        (roles.BrightText, "ink_strong"),
        (roles.Light, "surface_alt"),
        (roles.Midlight, "border"),
        (roles.Mid, "border_strong"),
        (roles.Dark, "border_strong"),
        (roles.Shadow, "window"),
    ):
        p.setColor(role, QColor(scheme[key]))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(scheme["disabled_ink"]))
    return p


def stylesheet(scheme: Scheme) -> str:
    path = resource("styles", "qaaudit.qss")
    if not path.exists():
        return ""
    return Template(path.read_text(encoding="utf-8")).substitute(scheme.colours)


def apply_style(app: QApplication, choice: str = SYSTEM) -> Scheme:
    """Show the program in the chosen scheme ("system" follows the computer)."""
    global _current
    app.setStyle("Fusion")
    _current = scheme_for(choice)
    app.setPalette(palette(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current


def follow_the_computer(app: QApplication, choice: Callable[[], str]) -> None:
    """When the computer switches between light and dark, so does the window, unless the
    person chose one of them in View > Colours."""

    def changed(_scheme: object) -> None:
        if choice() == SYSTEM:
            apply_style(app, SYSTEM)

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)


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
