"""Take the screenshots used in the README and the user guide, from the demo data.

    QT_QPA_PLATFORM=offscreen python docs/tools/screenshots.py /tmp/demo.sqlite3 docs/images

The database should have been filled with ``qaaudit demo --db FILE`` first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qaaudit.bootstrap import open_for_use
from qaaudit.ui.app import make_application
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow


def main(db_file: str, out_dir: str) -> None:
    app = make_application()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    opened = open_for_use(db_file)
    window = MainWindow(AppContext(opened.db, opened.actor))
    window.resize(1366, 768)
    window.show()
    for index, page in enumerate(window.pages):
        window.show_page(index)
        for _ in range(30):
            app.processEvents()
        name = page.icon
        window.grab().save(str(out / f"window-{name}.png"))
        print(f"saved window-{name}.png")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
