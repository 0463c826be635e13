"""The window's own waits on the large council, as a service manager and as the QA lead:
saving in the audit editor, completing, switching to a page after a save, opening an audit.
Each is measured beside the service call alone (the same work without the window), turn
about in the same run, so the ratio says what the window adds.

``python -m benchmarks.window [--quick]``: prints a table; targets from DESIGN.md: save
under 100 ms, page switch under 150 ms, opening an audit under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.run import Row, paired, table
from benchmarks.server import settle

# Who: a service manager (a service area's audits) and the QA lead (everyone's).
PEOPLE = (("service manager", "manager101"), ("QA lead", "qa.lead"))


def _drafts_of(db: Any, actor: Any, count: int) -> list[int]:
    """``count`` new drafts of ``actor``, copied from a completed audit of the council."""
    from sqlalchemy import select

    from qaaudit.services.audit import audits
    from qaaudit.store.models import CaseFileAudit

    with db.reading() as session:
        done = session.scalar(
            select(CaseFileAudit.id).where(CaseFileAudit.status == "completed").limit(1)
        )
        form = audits.load_audit(session, done).form
    made = []
    with db.writing() as session:
        for n in range(count):
            fresh = replace(form, case_number=f"BENCH{actor.id:04d}{n:04d}")
            made.append(audits.create_audit(session, actor, fresh).id)
    return made


def measure(db: Any, actor: Any, who: str, repeats: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from qaaudit.services.audit import audits
    from qaaudit.services.audit.listing import AuditFilter, count_audits, list_audits
    from qaaudit.ui.audit.editor import editor_for_audit
    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.main_window import MainWindow

    app = QApplication.instance()
    context = AppContext(db, actor)
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    for row in range(len(window.pages)):  # as someone who has looked at every page
        window.show_page(row)
        app.processEvents()
    list_row = window.page_titles().index("Audits")
    window.show_page(0)
    app.processEvents()
    drafts = _drafts_of(db, actor, 2 + 2 * repeats + 1)
    rows: list[Row] = []

    # Opening an audit: the editor built and shown, beside reading the audit.
    def open_in_window() -> None:
        window.open_audit(drafts[0])
        app.processEvents()
        editor = window.editors[drafts[0]]
        editor.close()
        app.processEvents()

    def read_alone() -> None:
        with db.reading() as session:
            audits.load_audit(session, drafts[0])

    figure, reference = paired(open_in_window, read_alone, repeats)
    rows.append(Row(f"{who}: open an audit", figure, reference, "ms", "<200 ms", figure < 200))

    # Saving in the editor (My month on screen, every other page built), beside the save.
    editor = editor_for_audit(context, drafts[1])
    editor.setParent(window, editor.windowFlags())
    window._track(editor)
    app.processEvents()
    state = {"n": 0}

    def save_in_window() -> None:
        state["n"] += 1
        editor.ui.caseHolderEdit.setText(f"Case holder {state['n']}")
        assert editor.save_draft()
        app.processEvents()

    with db.reading() as session:
        record = audits.load_audit(session, drafts[-1])
    alone = {"version": record.version, "form": record.form}

    def save_alone() -> None:
        state["n"] += 1
        form = replace(alone["form"], case_holder=f"Case holder {state['n']}")
        with db.writing() as session:
            saved = audits.save_draft(session, actor, drafts[-1], alone["version"], form)
        alone["version"] = saved.version

    figure, reference = paired(save_in_window, save_alone, repeats)
    rows.append(Row(f"{who}: save in the editor", figure, reference, "ms", "<100 ms", figure < 100))

    # Switching to the audit list after a save (it reads again when shown), beside the
    # list's own reading, turn about.
    def list_alone() -> None:
        with db.reading() as session:
            count_audits(session, actor, AuditFilter())
            list_audits(session, actor, AuditFilter(), 0, 200)

    switched: list[float] = []
    alone_ms: list[float] = []
    for _ in range(repeats):
        save_in_window()
        window.show_page(0)
        app.processEvents()
        window.stale.add(list_row)
        started = time.perf_counter()
        window.show_page(list_row)
        settle(app)  # the list is read off the window's thread: until it is shown
        switched.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        list_alone()
        alone_ms.append((time.perf_counter() - started) * 1000)
    figure, reference = statistics.median(switched), statistics.median(alone_ms)
    rows.append(
        Row(
            f"{who}: switch to the audit list after a save",
            figure,
            reference,
            "ms",
            "<150 ms",
            figure < 150,
        )
    )
    editor.close()
    app.processEvents()

    # Completing in the editor (asked once, answered yes), beside completing alone.
    timings: list[float] = []
    references: list[float] = []
    for n in range(repeats):
        in_window, by_service = drafts[2 + 2 * n], drafts[3 + 2 * n]
        done_editor = editor_for_audit(context, in_window)
        done_editor.setParent(window, done_editor.windowFlags())
        done_editor._confirm_completion = lambda _warnings: True  # type: ignore[method-assign]
        window._track(done_editor)
        app.processEvents()
        started = time.perf_counter()
        assert done_editor.complete()
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        done_editor.close()
        app.processEvents()
        with db.reading() as session:
            record = audits.load_audit(session, by_service)
        started = time.perf_counter()
        with db.writing() as session:
            audits.complete_audit(session, actor, by_service, record.version, record.form)
        references.append((time.perf_counter() - started) * 1000)
    figure = statistics.median(timings)
    reference = statistics.median(references)
    rows.append(
        Row(
            f"{who}: complete in the editor",
            figure,
            reference,
            "ms",
            "<100 ms",
            figure < 100,
            "asked once (answered by the benchmark)",
        )
    )
    rows.extend(_pages(app, window, context, who, repeats))
    window.close()
    window.deleteLater()
    app.processEvents()
    return rows


def _page_readers(context: Any) -> dict[str, Any]:
    """The pages that read their lists off the window's thread, each with the service
    call that reads the same rows alone."""
    from qaaudit.services.corrective import actions as corrective
    from qaaudit.services.corrective.actions import CorrectiveFilter
    from qaaudit.services.moderation import records as moderation
    from qaaudit.services.moderation.records import QueueFilter
    from qaaudit.services.schedule.compliance import compliance_items
    from qaaudit.services.schedule.plan import plan_years
    from qaaudit.ui.moderation.page import QUEUE_PAGE

    db, actor, today = context.db, context.actor, context.today()

    def corrective_rows() -> None:
        with db.reading() as session:
            flt = CorrectiveFilter(show=corrective.NEEDING_CONFIRMATION)
            corrective.list_corrective(session, actor, flt, today)

    def compliance_rows() -> None:
        with db.reading() as session:
            years = plan_years(session)
            if years:
                compliance_items(session, years[-1], today)

    def moderation_rows() -> None:
        with db.reading() as session:
            moderation.moderation_queue(session, QueueFilter(), limit=QUEUE_PAGE)
            moderation.count_queue(session, QueueFilter())
        with db.reading() as session:  # the agreement tab, read beside the queue
            moderation.agreement_rows(session, moderation.BY_AUDITOR)

    return {
        "Corrective action": corrective_rows,
        "Compliance": compliance_rows,
        "Moderation": moderation_rows,
    }


def _pages(app: Any, window: Any, context: Any, who: str, repeats: int) -> list[Row]:
    """Opening each such page, built anew: how long the window is held (the page on
    screen, saying its list is on its way), and how long until the list is shown, beside
    reading the same rows alone."""
    rows: list[Row] = []
    titles = window.page_titles()
    for title, rows_alone in _page_readers(context).items():
        if title not in titles:
            continue
        factory = window.pages[titles.index(title)].factory
        held: list[float] = []

        def open_page(factory: Any = factory, held: list[float] = held) -> None:
            started = time.perf_counter()
            page = factory(context)
            app.processEvents()
            held.append((time.perf_counter() - started) * 1000)
            settle(app)
            page.deleteLater()
            app.processEvents()

        open_page()  # the first opening of corrective action catches up what lacks it
        held.clear()
        shown, reference = paired(open_page, rows_alone, max(3, repeats // 3))
        window_held = statistics.median(held)
        rows.append(
            Row(
                f"{who}: open {title}, the window held",
                window_held,
                None,
                "ms",
                "<300 ms",
                window_held < 300,
                "the page on screen, its list on its way",
            )
        )
        rows.append(
            Row(
                f"{who}: open {title}, until its list is shown",
                shown,
                reference,
                "ms",
                "–",
                None,
                "read off the window's thread",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args(argv)
    repeats = 3 if args.quick else 9
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import ensure

    generated = ensure()
    work = generated.path.with_name("window.sqlite3")
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(generated.path, work)
    os.environ["QAAUDIT_DATA_DIR"] = str(work.parent / "home")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from qaaudit.bootstrap import open_for_use

    rows: list[Row] = []
    for who, login in PEOPLE:
        opened = open_for_use(f"sqlite:///{work}", login=login)
        try:
            rows.extend(measure(opened.db, opened.actor, who, repeats))
        finally:
            opened.db.dispose()
    del app
    print(table(rows))
    return 1 if any(r.passed is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
