"""Where windows open and how big: on a council laptop (1366 x 768, less a title bar and a
taskbar) every window opens whole on the screen it belongs to. Each kind of window
remembers its size and place for the next time, on the screen it was on, and is pulled back
onto a screen that has since changed (a laptop taken off its docking station)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from qaaudit.ui.common.preferences import settings

GEOMETRY = "windows/{}/geometry"


def available(window: QWidget) -> QRect:
    """The part of the window's screen not taken by a taskbar or a dock."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(window: QWidget, wanted: QSize, room: QRect | None = None) -> QRect:
    """The window's size and place: as wanted where the screen allows, never larger than
    the room left on it (its minimum size permitting), whole on the screen."""
    room = room if room is not None else available(window)
    # The frame (title bar and borders) takes room too.
    frame = window.frameGeometry().size() - window.geometry().size()
    space = QSize(max(room.width() - frame.width(), 0), max(room.height() - frame.height(), 0))
    size = wanted.boundedTo(space).expandedTo(window.minimumSizeHint().boundedTo(space))
    rect = QRect(window.geometry().topLeft(), size)
    return clamp(rect, room)


def clamp(rect: QRect, room: QRect) -> QRect:
    """Moved (never shrunk below what fits) so the whole rectangle is inside ``room``."""
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    left = min(max(rect.left(), room.left()), room.right() - width + 1)
    top = min(max(rect.top(), room.top()), room.bottom() - height + 1)
    return QRect(left, top, width, height)


def place(window: QWidget, kind: str, wanted: QSize, centre_on: QWidget | None = None) -> None:
    """Open ``window`` where this kind of window was last left, or at ``wanted`` size in the
    middle of ``centre_on`` (or of its screen); whole on the screen either way."""
    saved = settings().value(GEOMETRY.format(kind))
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        window.setGeometry(clamp(window.geometry(), available(window)))
        return
    rect = fit(window, wanted)
    middle = (centre_on.frameGeometry() if centre_on is not None else available(window)).center()
    rect.moveCenter(middle)
    window.setGeometry(clamp(rect, available(window)))


def remember(window: QWidget, kind: str) -> None:
    """Keep where and how big ``window`` is, for the next one of its kind."""
    settings().setValue(GEOMETRY.format(kind), window.saveGeometry())
