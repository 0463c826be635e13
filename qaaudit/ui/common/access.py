"""Two rules for every window, installed once on the application so that every page,
editor and dialog follows them, including those added later:

- the keyboard: a table (or list) is one Tab stop, with the arrow keys inside it; Tab,
  Shift+Tab and Ctrl+Tab always leave it; text that cannot be typed in takes no tabs;
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


def name_from_beside(widget: QWidget, labels: dict[QWidget, str] | None = None) -> str:
    """The words that name a control on screen: its label, else its tooltip or hint."""
    if labels is None:
        labels = _labels_of(widget.window())
    if widget in labels:
        return labels[widget]
    if widget.toolTip().strip():
        return _plain(widget.toolTip())
    hint = getattr(widget, "placeholderText", None)
    if callable(hint) and hint().strip():
        return _plain(hint())
    return ""


def _labels_of(root: QWidget) -> dict[QWidget, str]:
    """Each control that a label names, with the label's words."""
    named: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy not in named and label.text().strip():
            named[buddy] = _plain(label.text())
    return named


def _plain(text: str) -> str:
    words = unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "\0").replace("&", "")
    return " ".join(words.replace("\0", "&").split()).rstrip(":").strip()


_FOLLOWS = "qaauditAccessRulesFollowed"


class _CtrlTabLeavesViews(QObject):
    """Ctrl+Tab moves on from a table or list, as in the editors; the view would
    otherwise keep it. Installed on each view, not on the application: a filter on the
    application would see every event of the program, and cost a third of the time it
    takes to open an audit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = QKeyEvent(event)  # type: ignore[call-overload]
        tabs = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if key.key() not in tabs or not key.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        backwards = key.key() == Qt.Key.Key_Backtab or bool(
            key.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        plain = QKeyEvent(
            QEvent.Type.KeyPress,
            Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier,
        )
        QCoreApplication.sendEvent(watched, plain)
        return True


def _follow(widget: QWidget, labels: dict[QWidget, str] | None, views: QObject) -> None:
    """The rules for one widget; each is safe to apply again."""
    if needs_a_name(widget):
        name = name_from_beside(widget, labels)
        if name:
            widget.setAccessibleName(name)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        # Text that cannot be typed in takes no tabs: Tab moves on, as from a label.
        if widget.isReadOnly():
            widget.setTabChangesFocus(True)
    elif isinstance(widget, QAbstractItemView) and not widget.property(_FOLLOWS):
        widget.setTabKeyNavigation(False)
        widget.installEventFilter(views)
        widget.setProperty(_FOLLOWS, True)


def follow_access_rules(root: QWidget) -> None:
    """Apply the rules to ``root`` and everything in it, shown or not. The window does
    this for each page it builds; every window is walked when it first takes the focus,
    and each control again as it takes the focus (so one added later follows too)."""
    views = _rules()
    if views is None:
        return
    labels = _labels_of(root.window())
    for widget in (root, *root.findChildren(QWidget)):
        _follow(widget, labels, views)


def _rules() -> QObject | None:
    app = QApplication.instance()
    if app is None:
        return None
    return app.findChild(_CtrlTabLeavesViews, _INSTALLED)


def _focus_moved(_old: QWidget | None, new: QWidget | None) -> None:
    if new is None:
        return
    window = new.window()
    if not window.property(_FOLLOWS):
        window.setProperty(_FOLLOWS, True)
        follow_access_rules(window)
    elif (views := _rules()) is not None:
        _follow(new, None, views)


def install_access_rules() -> None:
    """Once per application; later calls do nothing."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    views = _CtrlTabLeavesViews(app)
    views.setObjectName(_INSTALLED)
    app.focusChanged.connect(_focus_moved)  # type: ignore[attr-defined]
    app.setProperty(_INSTALLED, True)
    for window in QApplication.topLevelWidgets():  # those made before the rules
        follow_access_rules(window)
