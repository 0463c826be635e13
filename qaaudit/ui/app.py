"""Starting the window: the application, the database (with its faults explained), the
main window, and the offer of any work left unsaved by a crash.

Start-up is kept light: the exporters and Alembic are imported only when needed."""

from __future__ import annotations

import gc
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from qaaudit import __version__
from qaaudit.resources import resource

if TYPE_CHECKING:
    from qaaudit.store.database import Database

APP_NAME = "qaaudit"
RELEASE_START_UP_MS = 5000


def make_application() -> QApplication:
    from qaaudit.ui.common.preferences import colours_choice
    from qaaudit.ui.common.theme import apply_style, follow_the_computer

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("qaaudit")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "qaaudit.svg"))))
    apply_style(app, colours_choice())
    follow_the_computer(app, colours_choice)
    return app


# Message boxes opened without a window to belong to, kept until they are closed (Python
# would otherwise delete them at once).
_OPEN_BOXES: list[object] = []


def _keep_open(box: object) -> None:
    _OPEN_BOXES.append(box)
    box.finished.connect(lambda *_: _OPEN_BOXES.remove(box))  # type: ignore[attr-defined]


def _report_fault(kind: type[BaseException], error: BaseException, tb: object) -> None:
    """A fault in a slot or event handler: tell the person plainly, keep the window open
    (what they typed stays on screen and in its recovery copy), and log it for IT."""
    from PySide6.QtWidgets import QMessageBox

    from qaaudit.faults import record_fault
    from qaaudit.store.errors import DatabaseUnavailable, translate

    plain = translate(error)
    if plain is not None:
        # The database said no (the server went away, is full, a row is busy): a page that
        # was reading is left as it was, and the person is told what happened in words.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "qaaudit could not reach the database"
            if isinstance(plain, DatabaseUnavailable)
            else "The database could not do that just now",
            plain.message,
            parent=QApplication.activeWindow(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _keep_open(box)
        box.open()
        return
    log = record_fault(kind, error, tb)  # type: ignore[arg-type]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Something went wrong",
        "Something went wrong inside qaaudit. What you typed is still on screen and in its "
        "recovery copy; save again, and if this happens again tell IT. "
        f"Details for IT (with nothing you typed in them) are in {log}.",
        parent=QApplication.activeWindow(),
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keep_open(box)
    box.open()  # never blocks: the window (and what is typed in it) stays usable


# The window closed because its file was found damaged and a backup put back: start again.
START_AGAIN = -1


def run(db_url: str | None, smoke: bool, started: float) -> int:
    app = make_application()
    sys.excepthook = _report_fault
    for _attempt in range(3):
        code = _start(app, db_url, smoke, started)
        if code != START_AGAIN:
            return code
    return 2


def _start(app: QApplication, db_url: str | None, smoke: bool, started: float) -> int:
    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.main_window import MainWindow
    from qaaudit.ui.startup import open_database, refuse_if_damaged

    opened = open_database(db_url, quiet=smoke)
    if opened is None:
        return 2
    try:
        context = AppContext(opened.db, opened.actor)
        window = MainWindow(context)
        check = opened.db.page_check
        # The check of every page ran while the window was built. The smoke run waits for
        # it; the window is shown at once and closes if the check finds damage (every
        # save waits for the check meanwhile, so nothing is written to a damaged file).
        if check is not None and check.done:
            verdict = refuse_if_damaged(opened.db, quiet=smoke)
            if verdict is not None:
                window.deleteLater()
                return START_AGAIN if verdict else 2
        elif check is not None and not smoke:
            _when_checked(app, window, opened.db)
        from PySide6.QtCore import QSize

        from qaaudit.ui.common.placement import place

        place(window, "main", QSize(1366, 768))
        window.show()
        QTimer.singleShot(0, _collect_from_now_on)
        if smoke:
            ready_ms = _smoke(app, window, started)
            if refuse_if_damaged(opened.db, quiet=True) is not None:
                return 2
            print(f"main window ready in {ready_ms} ms", flush=True)
            return 0
        from qaaudit.ui.audit.recovery import offer_recoveries

        QTimer.singleShot(0, lambda: offer_recoveries(context, window))
        return app.exec()
    finally:
        opened.db.dispose()


def _when_checked(app: QApplication, window: QWidget, db: Database) -> None:
    """Watch the check of every page beside the open window; on damage, close the window,
    say so and offer the newest good backup."""
    from qaaudit.ui.startup import refuse_if_damaged

    check = db.page_check
    assert check is not None
    timer = QTimer(window)

    def look() -> None:
        if not check.done:
            return
        timer.stop()
        if not check.damaged:
            return
        window.hide()
        # What a page said while reading the damaged file goes with the window.
        for box in list(_OPEN_BOXES):
            box.close()  # type: ignore[attr-defined]
        restored = refuse_if_damaged(db)
        app.exit(START_AGAIN if restored else 2)

    timer.timeout.connect(look)
    timer.start(100)


def _collect_from_now_on() -> None:
    """The window is up: the garbage collector, rested during start-up, works again.
    What start-up made is set aside first, or the first collection would look through
    all of it while the first page is being drawn; a few seconds later it is looked
    through once, to free what start-up left behind."""
    gc.freeze()
    gc.enable()
    QTimer.singleShot(RELEASE_START_UP_MS, _release_start_up)


def _release_start_up() -> None:
    gc.unfreeze()
    gc.collect()


def _smoke(app: QApplication, window: object, started: float) -> int:
    """Wait until the window is on screen and the event loop has nothing left to do;
    how long that took, in milliseconds."""
    handle = window.windowHandle()  # type: ignore[attr-defined]

    def ready() -> None:
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, ready)
            return
        # A zero timer fires once every pending event (painting included) is handled.
        QTimer.singleShot(0, finish)

    elapsed: list[float] = []

    def finish() -> None:
        elapsed.append((time.perf_counter() - started) * 1000)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    return round(elapsed[0])
