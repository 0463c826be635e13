"""Run by the crash test in a child process: open the audit editor offscreen and type a
narrative word by word, saying on stdout when each word was typed, until killed."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(url: str, case_number: str) -> None:
    from PySide6.QtTest import QTest

    from qaaudit.bootstrap import open_for_use
    from qaaudit.ui.app import make_application
    from qaaudit.ui.audit.editor import editor_for_new
    from qaaudit.ui.common.context import AppContext

    app = make_application()
    opened = open_for_use(url)
    editor = editor_for_new(AppContext(opened.db, opened.actor), case_number)
    editor.show()
    evidence = editor.panels["risk"].evidence
    evidence.setFocus()
    print("ready", flush=True)
    for number in range(1, 1000):
        QTest.keyClicks(evidence, f"word{number} ")
        print(f"typed {number} {time.time():.3f}", flush=True)
        QTest.qWait(250)  # short pauses: only the 5-second rule writes copies
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
