"""Two rules for every window, installed once on the application so that every page,
editor and dialog follows them, including those added later:

- the keyboard: a table (or list) is one Tab stop, with the arrow keys inside it; Tab,
  Shift+Tab and Ctrl+Tab always leave it;
- screen readers: a control with no accessible name of its own takes the words beside it
  (the label that names it, else its tooltip or the hint shown inside it), so a screen
  reader says "Team filter", not "Any"."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# The controls a person works with, which a screen reader must be able to name.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)

_INSTALLED = "qaauditAccessRules"


def needs_a_name(widget: QWidget) -> bool:
    """A control a person can reach whose name a screen reader would not know."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
        return False
    if widget.objectName().startswith("qt_"):
        return False  # Qt's own parts (a table's corner button), named by their owner
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
        return False  # the box's own text field: the box is named
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return False  # a button says what it does
    return not widget.accessibleName().strip()


def name_from_beside(widget: QWidget) -> str:
    """The words that name a control on screen: its label, else its tooltip or hint."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return _plain(label.text())
    if widget.toolTip().strip():
        return _plain(widget.toolTip())
    hint = getattr(widget, "placeholderText", None)
    if callable(hint) and hint().strip():
        return _plain(hint())
    return ""


def _plain(text: str) -> str:
    words = unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "\0").replace("&", "")
    return " ".join(words.replace("\0", "&").split()).rstrip(":").strip()


_SHOW, _POLISH, _KEY = QEvent.Type.Show, QEvent.Type.Polish, QEvent.Type.KeyPress


class AccessRules(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the program passes here: all but three kinds leave at once.
        kind = event.type()
        if kind != _SHOW and kind != _POLISH and kind != _KEY:
            return False
        if kind == _SHOW and isinstance(watched, QWidget) and needs_a_name(watched):
            name = name_from_beside(watched)
            if name:
                watched.setAccessibleName(name)
        if kind == _POLISH and isinstance(watched, QPlainTextEdit | QTextEdit):
            # Text that cannot be typed in takes no tabs: Tab moves on, as from a label.
            if watched.isReadOnly():
                watched.setTabChangesFocus(True)
            return False
        if not isinstance(watched, QAbstractItemView):
            return False
        if kind == _POLISH:
            watched.setTabKeyNavigation(False)
        elif kind == _KEY:
            key = QKeyEvent(event)  # type: ignore[call-overload]
            tabs = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if key.key() in tabs and key.modifiers() & Qt.KeyboardModifier.ControlModifier:
                # Ctrl+Tab moves on, as in the editors; the view would otherwise keep it.
                backwards = key.key() == Qt.Key.Key_Backtab or bool(
                    key.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                plain = QKeyEvent(
                    QEvent.Type.KeyPress,
                    Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                    Qt.KeyboardModifier.ShiftModifier
                    if backwards
                    else Qt.KeyboardModifier.NoModifier,
                )
                QCoreApplication.sendEvent(watched, plain)
                return True
        return False


def install_access_rules() -> None:
    """Once per application; later calls do nothing."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    rules = AccessRules(app)
    app.installEventFilter(rules)
    app.setProperty(_INSTALLED, True)
    for widget in QApplication.allWidgets():  # those made before the rules
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
