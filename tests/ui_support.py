"""Driving the window as a person does: keys go to whatever has focus, and dialogs that
pop up are answered when they appear."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from qaaudit.bootstrap import Opened
from qaaudit.ui.common.context import AppContext


def context_of(opened: Opened) -> AppContext:
    return AppContext(opened.db, opened.actor)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    return widget


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab(times: int = 1) -> None:
    for _ in range(times):
        press(Qt.Key.Key_Tab)


def answer_next_dialog(act: Callable[[QWidget], None], tries: int = 1500) -> None:
    """When the next modal dialog opens, hand it to ``act`` (which must close it). Waits up
    to 30 seconds: on a busy machine a dialog can take a while to open, and one never
    answered would hold the test for good."""

    def check(remaining: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        # Keys go where the focus is: wait until the dialog is the active window, as it is
        # for a person by the time they type (a busy machine can be slow to get there).
        if dialog is None or (not dialog.isActiveWindow() and remaining > tries // 2):
            if dialog is not None:
                dialog.activateWindow()
            if remaining:
                QTimer.singleShot(20, lambda: check(remaining - 1))
            return
        act(dialog)

    QTimer.singleShot(20, check)


def forget_unsaved(window: QWidget) -> None:
    """Let a window close at the end of a test without asking about unsaved work: the audit
    editor keeps ``dirty`` as an attribute, the review editor behind a read-only property."""
    if isinstance(getattr(type(window), "dirty", None), property):
        window._dirty = False  # type: ignore[attr-defined]
    else:
        window.dirty = False  # type: ignore[attr-defined]


def show_window(qtbot, window):  # type: ignore[no-untyped-def]
    """Show a window, active with keyboard focus as on a desktop. At the end of the test
    it closes without asking about unsaved work."""
    # kept after closing so that the test can look at it, and closed again at the end
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=forget_unsaved)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def read(qtbot, page):  # type: ignore[no-untyped-def]
    """Wait until what a page reads off the window's thread has arrived; the page back."""
    qtbot.waitUntil(lambda: not page.reading, timeout=15000)
    return page
