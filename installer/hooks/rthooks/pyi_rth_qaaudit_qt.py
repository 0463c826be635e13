"""Run when the frozen program starts, in place of PyInstaller's own hook for PySide6.

PyInstaller's hook imports PySide6 before the program runs. Once loaded, PySide6 replaces
Python's import function with a slower one, so every import after it (SQLAlchemy first)
would be slower than in a pip install, which imports the Qt-free start path first (see
qaaudit/commands/core.py, START_PATH). This one only says where Qt's plugins are, which
is all a wheel-built PySide6 needs (it makes its own qt.conf when imported).
"""


def _qaaudit_qt_paths() -> None:
    import os
    import sys

    base = sys._MEIPASS  # type: ignore[attr-defined]
    qt = (
        os.path.join(base, "PySide6")
        if sys.platform.startswith("win")
        else os.path.join(base, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")


_qaaudit_qt_paths()
del _qaaudit_qt_paths
