"""Peak memory with the large data set: open the trend dashboard and the moderation page
on it, read the audit list, write the ten-year trend report as PDF and workbook, then
print the resident set size high-water mark in MB. ``--reference`` does only what a bare
PySide6 window does."""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from pathlib import Path


def peak_mb() -> float:
    # Linux reports kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--reference", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    if args.reference:
        window = QMainWindow()
        window.show()
        app.processEvents()
        print(f"{peak_mb():.1f}")
        return 0
    from datetime import date

    from qaaudit.bootstrap import open_for_use
    from qaaudit.exports.trends.report import export_trends
    from qaaudit.services.audit.listing import AuditFilter, count_audits, list_audits
    from qaaudit.services.trends.figures import TrendFilter
    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.moderation.page import ModerationPage
    from qaaudit.ui.trends.dashboard import TrendDashboard

    opened = open_for_use(args.db, login="moderator1")
    context = AppContext(opened.db, opened.actor)
    dashboard = TrendDashboard(context)
    dashboard.show()
    while dashboard.report is None:
        QThreadPool.globalInstance().waitForDone(20)
        app.processEvents()
    page = ModerationPage(context)
    page.show()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    with opened.db.reading() as session:
        count_audits(session, opened.actor, AuditFilter())
        list_audits(session, opened.actor, AuditFilter(), 0, 200)
    ten_years = TrendFilter(date(2008, 1, 1), date(2017, 12, 1))
    with tempfile.TemporaryDirectory() as folder:
        export_trends(opened.db, ten_years, Path(folder) / "t.pdf")
        export_trends(opened.db, ten_years, Path(folder) / "t.xlsx")
    print(f"{peak_mb():.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
