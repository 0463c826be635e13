"""The window's actions on the large council in PostgreSQL, reached directly and through a
proxy that adds a 5 ms round trip (2.5 ms each way), with the statements and round trips
each action takes.

    python -m benchmarks --server postgresql+psycopg://postgres@db-host:5432/qaaudit_bench

The address is a superuser's (or a login with CREATEROLE) on a database kept for the
benchmark. The first run sets it up (`qaaudit server setup`) and moves the large council
in with `qaaudit server import-sqlite` (timed: that is the moving-in figure for a council
of 60,000 audits); later runs find it there. The people measured sign in with their own
server logins: the team manager of run.py's start-up figure (a draft, 240 completed
audits) for My month, opening, saving and completing an audit; the QA lead (who sees every
audit) for the audit list, the trends, a review's figures and the schedule export.

Targets at 5 ms: start under 1.5 s; opening a page or an audit under 300 ms; a save under
150 ms. Results go to benchmarks/results/server.md and server.json.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchmarks.delay_proxy import DelayProxy

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
BENCH_ADMIN = "qaaudit.bench"
MANAGER = "manager102"
LEAD = "qa.lead"
ONE_WAY_MS = 2.5


@dataclass
class Measured:
    what: str
    link: str
    ms: float | None
    statements: float | None
    round_trips: float | None
    target_ms: float | None
    note: str = ""
    busiest: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool | None:
        if self.target_ms is None or self.ms is None:
            return None
        return self.ms < self.target_ms


def as_login(url: str, login: str, port: int | None = None) -> str:
    from sqlalchemy.engine import make_url

    address = make_url(url).set(username=login, password=None)
    if port is not None:
        address = address.set(host="127.0.0.1", port=port)
    return address.render_as_string(hide_password=False)


# -- the data on the server ------------------------------------------------------------


def prepare(url: str) -> tuple[list[str], Measured | None]:
    """Set the database up and move the large council in, once. Returns notes and the
    moving-in figure when it was moved now."""
    from sqlalchemy import text

    from benchmarks.generate import ensure
    from qaaudit.services.moving.sqlite_file import move_in
    from qaaudit.store.database import open_engine
    from qaaudit.store.server import add_login, setup

    generated = ensure()
    admin = open_engine(url)
    try:
        setup(admin, BENCH_ADMIN, "Benchmark administrator")
        for login in (BENCH_ADMIN, MANAGER, LEAD):
            add_login(admin, login)
        with admin.engine.connect() as connection:
            there = connection.execute(text("SELECT count(*) FROM case_file_audit")).scalar_one()
    finally:
        admin.dispose()
    notes = []
    moved = None
    with closing(sqlite3.connect(generated.path)) as council:  # its count, made earlier
        audits_in_file = council.execute("SELECT count(*) FROM case_file_audit").fetchone()[0]
    if there < audits_in_file:
        mover = open_engine(as_login(url, BENCH_ADMIN))
        started = time.perf_counter()
        try:
            report = move_in(mover, generated.path)
        finally:
            mover.dispose()
        seconds = time.perf_counter() - started
        audits = report.tallies["completed audits"].moved + report.tallies["open drafts"].moved
        moved = Measured(
            "Move the large council in (qaaudit server import-sqlite)",
            "direct",
            seconds * 1000,
            None,
            None,
            None,
            f"{audits:,} audits, "
            f"{report.tallies['practice area judgements'].moved:,} judgements, "
            f"{report.tallies['change history entries'].moved:,} history entries, "
            "one transaction, as the benchmark's administrator",
        )
    else:
        notes.append(f"The large council was already on the server ({there:,} audits).")
    notes.append(whole(url, generated.path))
    # Council-wide roles are not moved in; the benchmark's people get theirs from the file.
    admin = open_engine(url)
    try:
        with admin.engine.begin() as connection:
            for login, roles in ((LEAD, ("qa_lead", "auditor")), (MANAGER, ("auditor",))):
                for role in roles:
                    connection.execute(
                        text(
                            "INSERT INTO person_role (person_id, role) SELECT id, :role "
                            "FROM person WHERE login = :login ON CONFLICT DO NOTHING"
                        ),
                        {"login": login, "role": role},
                    )
    finally:
        admin.dispose()
    return notes, moved


CHECKED = (
    "case_file_audit", "audit_area", "audit_theme", "moderation", "moderation_area",
    "qaf_plan", "schedule_task", "role_assignment", "schedule_activity", "service_review",
    "service_review_row", "service_review_action",
)  # fmt: skip


def whole(url: str, path: Path) -> str:
    """Whether every record of the file is on the server, table by table."""
    from sqlalchemy import text

    from qaaudit.store.database import open_engine

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        in_file = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CHECKED}  # noqa: S608
    server = open_engine(url)
    try:
        with server.engine.connect() as connection:
            # The audits the benchmark itself adds (completing one) are not the file's.
            moved = "SELECT id FROM case_file_audit WHERE source_key IS NOT NULL"
            where = {
                "case_file_audit": f"WHERE id IN ({moved})",
                "audit_area": f"WHERE audit_id IN ({moved})",
                "audit_theme": f"WHERE audit_id IN ({moved})",
            }
            there = {
                t: connection.execute(
                    text(f"SELECT count(*) FROM {t} {where.get(t, '')}")  # noqa: S608
                ).scalar_one()
                for t in CHECKED
            }
    finally:
        server.dispose()
    differ = [f"{t} {there[t]:,} of {in_file[t]:,}" for t in CHECKED if there[t] != in_file[t]]
    if differ:
        return "NOT ALL MOVED IN: " + ", ".join(differ) + "."
    return (
        f"Every record of the file is on the server ({in_file['case_file_audit']:,} audits, "
        f"{in_file['audit_area']:,} judgements, {len(CHECKED)} tables compared)."
    )


# -- counting ----------------------------------------------------------------------------


class Counted:
    """Statements sent through an engine, and what they were, while counting."""

    def __init__(self) -> None:
        self.statements = 0
        self.kinds: Counter[str] = Counter()

    def listen(self, engine: Any) -> None:
        """Count on ``engine``, or on every engine when given the Engine class."""
        from sqlalchemy import event

        @event.listens_for(engine, "before_cursor_execute")
        def _count(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
            self.statements += 1
            self.kinds[" ".join(statement.split()[:4])[:70]] += 1


def settle(app: Any) -> None:
    """Until the window has nothing left to do: background reads finished, their results
    shown."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    for _ in range(3):
        app.processEvents()
        while pool.activeThreadCount():
            pool.waitForDone(5)
            app.processEvents()
        app.processEvents()


def measure(
    what: str,
    link: str,
    action: Callable[[], Any],
    counted: Counted,
    proxy: DelayProxy | None,
    repeats: int,
    target_ms: float | None,
    prepare_each: Callable[[], Any] | None = None,
    note: str = "",
) -> Measured:
    samples, statements, trips = [], [], []
    kinds: Counter[str] = Counter()
    try:
        for run in range(repeats + 1):
            if prepare_each is not None:
                prepare_each()
            counted.statements = 0
            counted.kinds = Counter()
            before = proxy.round_trips if proxy else 0
            started = time.perf_counter()
            action()
            elapsed = (time.perf_counter() - started) * 1000
            if run:  # the first run warms the caches
                samples.append(elapsed)
                statements.append(counted.statements)
                trips.append((proxy.round_trips - before) if proxy else 0)
                kinds = counted.kinds
    except Exception as exc:  # one action failing must not lose the others' figures
        return Measured(what, link, None, None, None, target_ms, f"failed: {exc!r}"[:200])
    return Measured(
        what,
        link,
        statistics.median(samples),
        statistics.median(statements),
        statistics.median(trips) if proxy else None,
        target_ms,
        note,
        [f"{n} x {k}" for k, n in kinds.most_common(3)],
    )


COUNTED = Counted()


# -- start-up ----------------------------------------------------------------------------


def startup(url: str, link: str, proxy: DelayProxy | None, repeats: int) -> Measured:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "qaaudit")], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "qaaudit.cli", "gui", "--smoke", "--db", url]
    samples, trips = [], []
    for run in range(repeats + 1):
        before = proxy.round_trips if proxy else 0
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        ready = (time.perf_counter() - started) * 1000
        _out, err = process.communicate(timeout=180)
        if process.returncode != 0 or not line.strip():
            return Measured(
                "Start to a usable window (team manager, My month)",
                link,
                None,
                None,
                None,
                1500,
                f"failed: {err.strip().splitlines()[-1:] or process.returncode}",
            )
        if run:
            samples.append(ready)
            trips.append((proxy.round_trips - before) if proxy else 0)
    bare = []
    for run in range(repeats + 1):
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None
        process.stdout.readline()  # as the window's: until it says it is shown
        shown = (time.perf_counter() - started) * 1000
        process.communicate(timeout=60)
        if run:
            bare.append(shown)
    return Measured(
        "Start to a usable window (team manager, My month)",
        link,
        statistics.median(samples),
        None,
        statistics.median(trips) if proxy else None,
        1500,
        "launch until My month is shown with its data (gui --smoke), offscreen; "
        f"a bare PySide6 window shown in {statistics.median(bare):,.0f} ms "
        "in the same minutes; round trips include the process's exit",
    )


# -- the window's actions ---------------------------------------------------------------


@contextmanager
def signed_in(url: str) -> Iterator[tuple[Any, Counted]]:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.ui.common.context import AppContext

    opened = open_for_use(url)
    try:
        yield AppContext(opened.db, opened.actor), COUNTED
    finally:
        opened.db.dispose()


def window_actions(
    app: Any, base: str, link: str, proxy: DelayProxy | None, repeats: int
) -> list[Measured]:
    from sqlalchemy import select

    from qaaudit.domain.review_period import Period
    from qaaudit.exports.schedule.excel import ScheduleExportOptions, export_schedule
    from qaaudit.services.audit import audits
    from qaaudit.services.review.figures import audit_figures, schedule_figures
    from qaaudit.store.models import CaseFileAudit, ServiceArea
    from qaaudit.ui.main_window import MainWindow

    port = proxy.port if proxy else None
    rows: list[Measured] = []

    def page_factory(window: Any, title: str) -> Callable[[], Any]:
        row = window.page_titles().index(title)

        def build() -> None:
            widget = window.pages[row].factory(window.context)
            settle(app)
            widget.deleteLater()

        return build

    def start_here() -> None:
        from qaaudit.bootstrap import open_for_use
        from qaaudit.ui.common.context import AppContext

        opened = open_for_use(as_login(base, MANAGER, port))
        try:
            window = MainWindow(AppContext(opened.db, opened.actor))
            window.show()
            settle(app)
            window.close()
            window.deleteLater()
        finally:
            opened.db.dispose()
        settle(app)

    rows.append(
        measure(
            "Start, in this process: open the database, sign in, the window with My month",
            link,
            start_here,
            COUNTED,
            proxy,
            repeats,
            None,
            note="what the start's figure holds besides starting Python and Qt",
        )
    )
    with signed_in(as_login(base, MANAGER, port)) as (context, counted):
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        settle(app)
        rows.append(
            measure(
                "Open My month (team manager: drafts, 240 completed, due list)",
                link,
                page_factory(window, "My month"),
                counted,
                proxy,
                repeats,
                300,
            )
        )
        with context.db.reading() as session:
            draft_id = session.scalars(
                select(CaseFileAudit.id).where(
                    CaseFileAudit.auditor_id == context.actor.id, CaseFileAudit.status == "draft"
                )
            ).first()
            completed = session.scalars(
                select(CaseFileAudit.id)
                .where(
                    CaseFileAudit.auditor_id == context.actor.id,
                    CaseFileAudit.status == "completed",
                )
                .order_by(CaseFileAudit.audit_month.desc())
            ).first()
            assert draft_id is not None and completed is not None
            finished_form = audits.load_audit(session, completed).form

        def close_editors() -> None:
            for editor in list(window.editors.values()):
                editor.close()
                editor.deleteLater()
            window.editors.clear()
            settle(app)

        def open_draft() -> None:
            window.open_audit(draft_id)
            settle(app)

        rows.append(
            measure(
                "Open an audit (a draft, in the editor)",
                link,
                open_draft,
                counted,
                proxy,
                repeats,
                300,
                prepare_each=close_editors,
            )
        )
        editor = window.editors[draft_id]
        state = {"n": 0}

        def change() -> None:
            state["n"] += 1
            form, _problems = editor.collect()
            form.areas["risk"].evidence = f"Revised after supervision ({state['n']})."
            editor.show_form(form)

        def save() -> None:
            assert editor.save_draft()
            settle(app)

        rows.append(
            measure(
                "Save an audit (draft, one narrative changed)",
                link,
                save,
                counted,
                proxy,
                repeats,
                150,
                prepare_each=change,
                note="the editor's save: change history, recovery copy let go, pages refreshed",
            )
        )
        close_editors()
        made: dict[str, Any] = {}

        def new_complete_draft() -> None:
            close_editors()
            form = finished_form
            form.case_number = f"BENCH{time.time_ns() % 10**9}"
            form.audit_month = date.today().replace(day=1)
            form.discussed_on = date.today()
            with context.db.writing() as session:
                record = audits.create_audit(session, context.actor, form)
            window.open_audit(record.id)
            settle(app)
            made["editor"] = window.editors[record.id]
            made["editor"]._confirm_completion = lambda _warnings: True

        def complete() -> None:
            assert made["editor"].complete()
            settle(app)

        rows.append(
            measure(
                "Complete an audit",
                link,
                complete,
                counted,
                proxy,
                repeats,
                300,
                prepare_each=new_complete_draft,
                note="the editor's complete after its question (answered): corrective action "
                "opened when not yet good, pages refreshed",
            )
        )
        close_editors()
        window.close()
        window.deleteLater()
        settle(app)

    with signed_in(as_login(base, LEAD, port)) as (context, counted):
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        settle(app)
        rows.append(
            measure(
                "Open the audit list (QA lead: all 60,250)",
                link,
                page_factory(window, "Audits"),
                counted,
                proxy,
                repeats,
                300,
            )
        )
        rows.append(
            measure(
                "Open Trends (QA lead, every audit)",
                link,
                page_factory(window, "Trends"),
                counted,
                proxy,
                repeats,
                300,
                note="the dashboard reads off the window's thread; measured until it shows",
            )
        )
        rows.append(
            measure(
                "Open the QAF plan (QA lead, the year's plan in its editor)",
                link,
                page_factory(window, "QAF plan"),
                counted,
                proxy,
                repeats,
                300,
                note="read on the window's thread",
            )
        )
        for title, what in (
            ("Corrective action", "the whole council's needing confirmation"),
            ("Compliance", "the year's due and done of every role holder"),
            ("Moderation", "the queue and the agreement figures"),
        ):
            rows.append(
                measure(
                    f"Open {title} (QA lead, {what})",
                    link,
                    page_factory(window, title),
                    counted,
                    proxy,
                    repeats,
                    None,
                    note="read off the window's thread, which answers meanwhile; "
                    "measured until the list shows",
                )
            )
        with context.db.reading() as session:
            area = session.scalars(select(ServiceArea.name).order_by(ServiceArea.id)).first()
        assert area is not None
        period = Period.of_months(date(2017, 4, 1), date(2017, 9, 1))

        def figures() -> None:
            with context.db.reading() as session:
                audit_figures(session, area, period)
                schedule_figures(session, area, period)

        rows.append(
            measure(
                "A review's figures (audits and QAF activity, one service area, 6 months)",
                link,
                figures,
                counted,
                proxy,
                repeats,
                300,
            )
        )
        options = ScheduleExportOptions(2017, due_month=date(2017, 12, 1), today=date(2017, 12, 15))
        with tempfile.TemporaryDirectory() as folder:

            def schedule() -> None:
                with context.db.reading() as session:
                    export_schedule(session, options, Path(folder) / "schedule.xlsx")

            rows.append(
                measure(
                    "QAF schedule to Excel (plan + one month's due lists)",
                    link,
                    schedule,
                    counted,
                    proxy,
                    max(1, repeats // 2),
                    1500,
                    note="runs off the window's thread with progress; target as on SQLite",
                )
            )
        window.close()
        window.deleteLater()
        settle(app)
    return rows


# -- the table -------------------------------------------------------------------------


def table(rows: list[Measured]) -> str:
    def number(value: float | None, unit: str = "") -> str:
        if value is None:
            return "–"
        return f"{value:,.0f}{unit}"

    lines = [
        "| What | Link | Time | Statements | Round trips | Target | Result |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        verdict = {True: "pass", False: "MISS", None: "–"}[row.passed]
        target = f"<{row.target_ms:,.0f} ms" if row.target_ms else "–"
        lines.append(
            f"| {row.what} | {row.link} | {number(row.ms, ' ms')} | {number(row.statements)} "
            f"| {number(row.round_trips)} | {target} | {verdict} |"
        )
    notes = []
    for row in rows:
        said = "; ".join(filter(None, [row.note, ", ".join(row.busiest)]))
        if said and (row.link != "direct" or row.note.startswith("failed")):
            notes.append(f"- {row.what} ({row.link}): {said}")
    return "\n".join(lines) + ("\n\nNotes:\n" + "\n".join(notes) if notes else "")


def main(url: str, repeats: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QAAUDIT_DATA_DIR", tempfile.mkdtemp(prefix="qaaudit-bench-home-"))
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import Engine
    from sqlalchemy.engine import make_url

    notes, moved = prepare(url)
    COUNTED.listen(Engine)
    app = QApplication.instance() or QApplication(sys.argv)
    address = make_url(url)
    rows: list[Measured] = [moved] if moved else []
    for link in ("direct", "5 ms round trip"):
        if link == "direct":
            rows.append(startup(as_login(url, MANAGER), link, None, repeats))
            rows.extend(window_actions(app, url, link, None, repeats))
            continue
        with DelayProxy(address.host or "127.0.0.1", address.port or 5432, ONE_WAY_MS) as proxy:
            rows.append(startup(as_login(url, MANAGER, proxy.port), link, proxy, repeats))
            rows.extend(window_actions(app, url, link, proxy, repeats))
    heading = (
        f"Large council on PostgreSQL ({address.host}:{address.port}), "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, {datetime.now():%Y-%m-%d %H:%M}; median of {repeats} after "
        "one warm-up. " + " ".join(notes)
    )
    text = heading + "\n\n" + table(rows)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "server.md").write_text(text + "\n", encoding="utf-8")
    (RESULTS / "server.json").write_text(
        json.dumps(
            {"heading": heading, "rows": [asdict(r) | {"passed": r.passed} for r in rows]}, indent=2
        ),
        encoding="utf-8",
    )
    return 1 if any(r.passed is False for r in rows) else 0
