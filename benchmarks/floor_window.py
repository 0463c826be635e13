"""The floor for start-up: what any PySide6 program that reads its data through the
SQLAlchemy ORM pays before it draws anything of its own. A bare ``QMainWindow`` as in
``bare_window.py``, plus SQLAlchemy's ORM imported (before PySide6, the cheaper order),
an engine on the database file and one query run, started the same way as
``qaaudit gui --smoke``. No model of our own is declared or configured."""

import sys
import time

started = time.perf_counter()
# SQLAlchemy first: PySide6 wraps Python's import function, making later imports slower.
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

# isort: split
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as session:
    audits = session.execute(text("SELECT count(*) FROM case_file_audit")).scalar()
window = QMainWindow()
window.setWindowTitle("floor")
window.setCentralWidget(QLabel(f"{audits} audits"))
window.resize(1000, 700)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
engine.dispose()
print(f"{(time.perf_counter() - started) * 1000:.1f}")
