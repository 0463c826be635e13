"""How the keyboard moves through every window: a table (or list) is one Tab stop, with the
arrow keys inside it; Tab, Shift+Tab and Ctrl+Tab always leave it. Installed once on the
application, so every page, editor and dialog follows it, including those added later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

_INSTALLED = "qaauditKeyboardRules"


class OneTabStopPerTable(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(watched, QAbstractItemView):
            return False
        if event.type() == QEvent.Type.Polish:
            watched.setTabKeyNavigation(False)
        elif event.type() == QEvent.Type.KeyPress:
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


def install_keyboard_rules() -> None:
    """Once per application; later calls do nothing."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    rules = OneTabStopPerTable(app)
    app.installEventFilter(rules)
    app.setProperty(_INSTALLED, True)
    for widget in QApplication.allWidgets():  # those made before the rules
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
