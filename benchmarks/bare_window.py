"""The reference for start-up: a bare PySide6 main window, started the same way as
``qaaudit gui --smoke`` (a fresh Python, shown, idle, then closed)."""

import sys
import time

started = time.perf_counter()
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1000, 700)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(f"{(time.perf_counter() - started) * 1000:.1f}")
