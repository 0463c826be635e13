"""Take the screenshots used in the README and the user guide, from the demo data: every
page of the main window, and the audit editor, at 1366x768 in the light and the dark
scheme, as the person the demo made (the QA lead, who sees every page).

    QT_QPA_PLATFORM=offscreen python docs/tools/screenshots.py /tmp/demo.sqlite3 docs/images

The database should have been filled with ``qaaudit demo --db FILE`` first. Files are named
``<scheme>-<page>.png`` (``light-my-month.png``, ``dark-trends.png``, ...).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sqlalchemy import select

from qaaudit.bootstrap import open_for_use
from qaaudit.store.models import CaseFileAudit
from qaaudit.ui.app import make_application
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import apply_style
from qaaudit.ui.main_window import MainWindow

SIZE = (1366, 768)


def _name(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _settle(app: object, rounds: int = 40) -> None:
    """Until what the pages read off the window's thread is on screen."""
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        QThreadPool.globalInstance().waitForDone(5)
    app.processEvents()  # type: ignore[attr-defined]


def main(db_file: str, out_dir: str) -> None:
    app = make_application()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    opened = open_for_use(db_file)
    with opened.db.reading() as session:
        draft = session.scalar(
            select(CaseFileAudit.id)
            .where(CaseFileAudit.status == "draft", CaseFileAudit.auditor_id == opened.actor.id)
            .limit(1)
        )
    for scheme in ("light", "dark"):
        apply_style(app, scheme)
        window = MainWindow(AppContext(opened.db, opened.actor))
        window.resize(*SIZE)
        window.show()
        _settle(app)
        for index, page in enumerate(window.pages):
            window.show_page(index)
            _settle(app)
            target = out / f"{scheme}-{_name(page.title)}.png"
            window.grab().save(str(target))
            print(f"saved {target}")
        if draft is not None:
            window.open_audit(draft)
            _settle(app)
            editor = window.editors[draft]
            editor.resize(*SIZE)
            _settle(app)
            target = out / f"{scheme}-audit-editor.png"
            editor.grab().save(str(target))
            print(f"saved {target}")
            editor.close()
        window.close()
        _settle(app)
    opened.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
