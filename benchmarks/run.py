"""Measure every target of DESIGN.md's performance table on the "large council" data set,
each beside a reference measured in the same run, and print one table.

    python -m benchmarks            # generate the data set once (cached), then measure
    python -m benchmarks --fresh    # rebuild the data set first
    python -m benchmarks --quick    # fewer repeats
    python -m benchmarks --server postgresql+psycopg://postgres@host/qaaudit_bench
                                    # the window's actions on a server (benchmarks/server.py)

Results are also written to benchmarks/results/latest.json and latest.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
FIRST, LAST = date(2008, 1, 1), date(2017, 12, 1)
YEAR = (date(2017, 1, 1), date(2017, 12, 1))


@dataclass
class Row:
    what: str
    figure: float | None
    reference: float | None
    unit: str
    target: str
    passed: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.reference:
            return None
        return self.figure / self.reference


def timed(action: Callable[[], Any], repeats: int) -> float:
    """Median milliseconds of ``repeats`` runs after one warm-up run."""
    action()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def paired(
    figure: Callable[[], Any], reference: Callable[[], Any], repeats: int
) -> tuple[float, float]:
    """Median milliseconds of each, run turn about so that both see the same machine
    (others share it): a burst of load slows both, not just one."""
    figure()
    reference()
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeats):
        for action, samples in ((figure, ours), (reference, theirs)):
            started = time.perf_counter()
            action()
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(ours), statistics.median(theirs)


def environment(db_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QAAUDIT_DATA_DIR=str(db_path.parent / "home"),
        QAAUDIT_USER="qa.lead",
        PYTHONPATH=str(ROOT),
    )
    return env


# -- start-up --------------------------------------------------------------------------


# Who starts the window: a team manager (My month with a draft, 240 completed audits and
# a due list with overdue items) and the QA lead (who also gets everyone's names to pick
# a due list from, and every page in the list).
STARTERS = (("team manager", "manager102"), ("QA lead", "qa.lead"))


def start_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from launch until the process says its window is ready (its first
    line of output), and until it has exited."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    ready = (time.perf_counter() - started) * 1000
    process.communicate(timeout=120)
    ended = (time.perf_counter() - started) * 1000
    if process.returncode != 0 or not line.strip():
        raise subprocess.CalledProcessError(process.returncode, command[:4])
    return ready, ended


def startup(db_path: Path, repeats: int) -> list[Row]:
    target = "within 2.5x of a bare PySide6 window"
    if importlib.util.find_spec("qaaudit.ui.app") is None:
        return [
            Row(
                "Start to a usable main window",
                None,
                None,
                "ms",
                target,
                None,
                "not available: this build has no main window (qaaudit.ui.app)",
            )
        ]
    # An installed program has its bytecode; this machine may forbid writing it.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "qaaudit")], check=True)
    env = environment(db_path)
    app = [sys.executable, "-m", "qaaudit.cli", "gui", "--smoke", "--db", str(db_path)]
    runs: dict[str, tuple[list[str], dict[str, str]]] = {
        "bare": ([sys.executable, str(ROOT / "benchmarks" / "bare_window.py")], env),
        "floor": (
            [sys.executable, str(ROOT / "benchmarks" / "floor_window.py"), str(db_path)],
            env,
        ),
    }
    for label, login in STARTERS:
        runs[label] = (app, env | {"QAAUDIT_USER": login})
    ready: dict[str, list[float]] = {name: [] for name in runs}
    ended: dict[str, list[float]] = {name: [] for name in runs}
    try:
        # Turn about, so that a burst of someone else's work slows every kind alike, and
        # in a different order each round; the first round only warms the disk cache.
        names = list(runs)
        for round_number in range(repeats + 1):
            for name in names[round_number % len(names) :] + names[: round_number % len(names)]:
                command, run_env = runs[name]
                shown, gone = start_once(command, run_env)
                if round_number:
                    ready[name].append(shown)
                    ended[name].append(gone)
    except subprocess.SubprocessError as exc:
        return [
            Row(
                "Start to a usable main window",
                None,
                None,
                "ms",
                target,
                False,
                f"a start-up run failed: {type(exc).__name__}",
            )
        ]
    median = {name: statistics.median(v) for name, v in ready.items()}
    whole = {name: statistics.median(v) for name, v in ended.items()}
    rows = []
    for label, _login in STARTERS:
        figure = median[label]
        rows.append(
            Row(
                f"Start to a usable main window ({label})",
                figure,
                median["bare"],
                "ms",
                target,
                figure <= 2.5 * median["bare"],
                f"launch until My month is shown with its data, offscreen; "
                f"{figure / median['floor']:.2f}x the floor; with the process's exit "
                f"{whole[label]:.0f} ms against {whole['bare']:.0f} ms",
            )
        )
    rows.append(
        Row(
            "Floor: a bare window + SQLAlchemy ORM + one query",
            median["floor"],
            median["bare"],
            "ms",
            "(none: no window reading through the ORM starts sooner)",
            None,
            "benchmarks/floor_window.py",
        )
    )
    return rows


# -- trends ---------------------------------------------------------------------------

GOOD = ("exceeds_good", "meets_good")
GRADED = ("does_not_meet_good", "exceeds_good", "meets_good")

BASE = (
    "SELECT audit_month, sum(CASE WHEN headline = 'good' THEN 1 ELSE 0 END), count(*) "
    "FROM case_file_audit WHERE status = 'completed' AND audit_month >= ? "
    "AND audit_month <= ? {extra} GROUP BY audit_month"
)
AREA = (
    "SELECT audit_month, "
    "sum(CASE WHEN judgement IN ('exceeds_good', 'meets_good') THEN 1 ELSE 0 END), "
    "sum(CASE WHEN judgement IN ('does_not_meet_good', 'exceeds_good', 'meets_good') "
    "THEN 1 ELSE 0 END) "
    "FROM audit_area WHERE status = 'completed' AND audit_month >= ? AND audit_month <= ? "
    "AND area_key = ? GROUP BY audit_month"
)


def trend_cases(first: date, last: date) -> list[tuple[str, dict[str, Any], str, tuple[Any, ...]]]:
    span = (first.isoformat(), last.isoformat())
    return [
        ("no filter", {}, BASE.format(extra=""), span),
        (
            "service area",
            {"service_area_id": 2},
            BASE.format(extra="AND team_id IN (SELECT id FROM team WHERE service_area_id = ?)"),
            (*span, 2),
        ),
        ("team", {"team_id": 7}, BASE.format(extra="AND team_id = ?"), (*span, 7)),
        (
            "strand",
            {"strand": "Adoption"},
            BASE.format(extra="AND strand = ?"),
            (*span, "Adoption"),
        ),
        ("practice area", {"area_key": "plans"}, AREA, (*span, "plans")),
        (
            "theme",
            {"theme_key": "neglect"},
            BASE.format(extra="AND id IN (SELECT audit_id FROM audit_theme WHERE theme_key = ?)"),
            (*span, "neglect"),
        ),
    ]


def trends(db: Any, db_path: Path, repeats: int) -> list[Row]:
    from qaaudit.domain.trends import Share
    from qaaudit.services.trends import figures as service

    raw = sqlite3.connect(db_path)
    rows = []
    for label, period in (("10 years", (FIRST, LAST)), ("1 year", YEAR)):
        for name, chosen, sql, params in trend_cases(*period):
            flt = service.TrendFilter(period[0], period[1], **chosen)

            def by_hand(q: str = sql, p: tuple[Any, ...] = params) -> dict[str, Share]:
                return {m: Share(g or 0, n or 0) for m, g, n in raw.execute(q, p).fetchall()}

            with db.reading() as session:
                figure, reference = paired(
                    lambda s=session, f=flt: service.month_shares(s, f), by_hand, repeats * 2
                )
                found = service.month_shares(session, flt)
            same = sorted((m.isoformat(), s) for m, s in found.items()) == sorted(by_hand().items())
            rows.append(
                Row(
                    f"Trend by month, {label}, {name}",
                    figure,
                    reference,
                    "ms",
                    "≤1.5x and <100 ms",
                    figure < 100 and figure <= 1.5 * reference and same,
                    "" if same else "RESULTS DIFFER from the hand-written query",
                )
            )
    raw.close()
    for label, period in (("1 year", YEAR), ("10 years", (FIRST, LAST))):
        flt = service.TrendFilter(*period)
        with db.reading() as session:
            figure = timed(
                lambda s=session, f=flt: service.trend_report(s, f), max(1, repeats // 3)
            )
        rows.append(
            Row(
                f"Whole dashboard (months, areas, re-audits), {label}",
                figure,
                None,
                "ms",
                "(no target)",
                None,
                "read off the window's thread",
            )
        )
    return rows


# -- audit list ------------------------------------------------------------------------

LIST_SQL = (
    "SELECT a.id, a.case_number, a.audit_month, coalesce(s.name, ''), coalesce(t.name, ''), "
    "p.name, a.auditor_id, a.strand, a.overall, a.headline, "
    "CASE WHEN a.previous_audit_id IS NULL THEN 'audit' ELSE 're-audit' END, a.status, "
    "a.updated_at FROM case_file_audit a JOIN person p ON p.id = a.auditor_id "
    "LEFT JOIN team t ON t.id = a.team_id LEFT JOIN service_area s ON s.id = t.service_area_id "
    "ORDER BY a.audit_month DESC, a.id DESC LIMIT 200 OFFSET 0"
)
COUNT_SQL = (
    "SELECT count(*) FROM case_file_audit a JOIN person p ON p.id = a.auditor_id "
    "LEFT JOIN team t ON t.id = a.team_id LEFT JOIN service_area s ON s.id = t.service_area_id"
)


def audit_list(db: Any, db_path: Path, actor: Any, repeats: int) -> Row:
    from qaaudit.services.audit.listing import AuditFilter, count_audits, list_audits

    def open_list() -> None:
        with db.reading() as session:
            count_audits(session, actor, AuditFilter())
            list_audits(session, actor, AuditFilter(), 0, 200)

    raw = sqlite3.connect(db_path)

    def by_hand() -> None:
        raw.execute(COUNT_SQL).fetchone()
        raw.execute(LIST_SQL).fetchall()

    figure, reference = paired(open_list, by_hand, repeats)
    raw.close()
    return Row(
        "Open the audit list (count + first 200 rows)",
        figure,
        reference,
        "ms",
        "<300 ms",
        figure < 300,
        "services.audit_list, QA lead sees all",
    )


# -- saving ----------------------------------------------------------------------------


def save_audit(db: Any, db_path: Path, repeats: int) -> Row:
    from sqlalchemy import select

    from qaaudit.services.audit import audits
    from qaaudit.services.common.actor import to_actor
    from qaaudit.store.models import CaseFileAudit, Person

    with db.reading() as session:
        draft = session.scalars(
            select(CaseFileAudit).where(CaseFileAudit.status == "draft").limit(2)
        ).all()
        first_id, second_id = draft[0].id, draft[1].id
        actor = to_actor(session, session.get(Person, draft[0].auditor_id))
        record = audits.load_audit(session, first_id)
    state = {"version": record.version, "n": 0}
    form = record.form

    def save() -> None:
        state["n"] += 1
        form.areas["risk"].evidence = f"Revised after supervision ({state['n']})."
        with db.writing() as session:
            saved = audits.save_draft(session, actor, first_id, state["version"], form)
        state["version"] = saved.version

    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    area_id = raw.execute(
        "SELECT id FROM audit_area WHERE audit_id = ? AND area_key = 'risk'", (second_id,)
    ).fetchone()[0]

    def by_hand() -> None:
        state["n"] += 1
        now = datetime.now().isoformat(sep=" ")
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("SELECT * FROM case_file_audit WHERE id = ?", (second_id,)).fetchone()
        raw.execute("SELECT * FROM audit_area WHERE audit_id = ?", (second_id,)).fetchall()
        raw.execute(
            "UPDATE audit_area SET evidence = ? WHERE id = ?", (f"text {state['n']}", area_id)
        )
        raw.execute(
            "UPDATE case_file_audit SET updated_at = ?, version_id = version_id + 1 WHERE id = ?",
            (now, second_id),
        )
        raw.execute(
            "INSERT INTO change_history (at, person_id, login, entity, entity_id, field, "
            "old_value, new_value) VALUES (?, ?, ?, 'case_file_audit', ?, 'area.risk.evidence', "
            "?, ?)",
            (now, actor.id, actor.login, second_id, "old", "new"),
        )
        raw.execute("COMMIT")

    figure, reference = paired(save, by_hand, repeats)
    raw.close()
    return Row(
        "Save an audit (draft, one narrative changed)",
        figure,
        reference,
        "ms",
        "<30 ms",
        figure < 30,
        "WAL, synchronous=FULL, change history written",
    )


# -- exports ---------------------------------------------------------------------------


def schedule_excel(db: Any, folder: Path, repeats: int) -> list[Row]:
    """The whole QAF plan, compliance and the overdue list to Excel, with every person's
    due list: of one month (as the QA lead sends them out), and of the whole year.
    Reference: openpyxl streaming as many rows of plain values as there are due list rows
    into an empty workbook, the floor of any workbook that size."""
    from qaaudit.exports.schedule.excel import ScheduleExportOptions, export_schedule

    today = date(2017, 12, 15)  # the last month of the data set
    rows = []
    for label, month in (("one month's due lists", date(2017, 12, 1)), ("a year's", None)):
        options = ScheduleExportOptions(2017, due_month=month, today=today)
        with db.reading() as session:
            due_rows = export_schedule(session, options, folder / "schedule.xlsx").due_rows

        def export(o: Any = options) -> None:
            with db.reading() as session:
                export_schedule(session, o, folder / "schedule.xlsx")

        def plain(count: int = due_rows) -> None:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("Due lists")
            for n in range(count):
                sheet.append(
                    [f"Manager {n // 15}", "Help Team 1", "Help and Protection", "Team Manager",
                     "Case File", "Case file audit", "March 2017", 1, n % 2, "Done", ""]
                )  # fmt: skip
            book.save(folder / "plain.xlsx")

        figure, reference = paired(export, plain, max(3, repeats // 2))
        rows.append(
            Row(
                f"QAF schedule to Excel (plan + {label})",
                figure,
                reference,
                "ms",
                "<1.5 s",
                figure < 1500,
                f"2017 plan, {due_rows:,} due list rows, compliance and overdue sheets; read "
                "and written. Reference: openpyxl streaming as many rows of plain values",
            )
        )
    return rows


def trend_pdf(db: Any, folder: Path, repeats: int) -> list[Row]:
    from qaaudit.exports.trends.report import export_trends
    from qaaudit.services.trends.figures import TrendFilter

    year = TrendFilter(*YEAR)
    started = time.perf_counter()
    export_trends(db, year, folder / "cold.pdf")
    cold = (time.perf_counter() - started) * 1000
    warm = timed(lambda: export_trends(db, year, folder / "year.pdf"), max(1, repeats // 3))
    ten = timed(lambda: export_trends(db, TrendFilter(FIRST, LAST), folder / "ten.pdf"), 1)
    excel = timed(lambda: export_trends(db, year, folder / "year.xlsx"), max(1, repeats // 3))

    def plain_pdf() -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate, Table

        rows = [[f"Month {i}", i, i * 2, f"{i}%"] for i in range(120)]
        SimpleDocTemplate(str(folder / "plain.pdf"), pagesize=A4).build([Table(rows)])

    reference = timed(plain_pdf, max(1, repeats // 3))
    figure = max(cold, warm)
    return [
        Row(
            "Trend report PDF with charts (12 months)",
            figure,
            reference,
            "ms",
            "<2 s",
            figure < 2000,
            f"first run {cold:.0f} ms (imports reportlab), then {warm:.0f} ms; "
            "reference: a plain 120-row reportlab table",
        ),
        Row("Trend report PDF with charts (10 years)", ten, None, "ms", "(no target)", None),
        Row("Trend numbers to Excel (12 months)", excel, None, "ms", "(no target)", None),
    ]


# -- memory ----------------------------------------------------------------------------


def memory(db_path: Path) -> Row:
    env = environment(db_path)
    env["QAAUDIT_USER"] = "moderator1"

    def peak(*extra: str) -> float:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory", "--db", str(db_path), *extra],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            timeout=600,
        )
        return float(done.stdout.strip().splitlines()[-1])

    figure = peak()
    reference = peak("--reference")
    return Row(
        "Peak memory (RSS) with the large data set",
        figure,
        reference,
        "MB",
        "<250 MB",
        figure < 250,
        "trend dashboard + moderation page + audit list + 10-year "
        "PDF and workbook; reference: a bare PySide6 window",
    )


# -- the table -------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    def number(value: float | None, unit: str) -> str:
        if value is None:
            return "–"
        return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"

    header = ["What", "Figure", "Reference", "Ratio", "Target", "Result"]
    lines = [header]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "–"
        verdict = {True: "pass", False: "FAIL", None: "–"}[row.passed]
        if row.figure is None and row.note.startswith("not available"):
            verdict = "not available"
        lines.append(
            [
                row.what,
                number(row.figure, row.unit),
                number(row.reference, row.unit),
                ratio,
                row.target,
                verdict,
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for index, line in enumerate(lines):
        out.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |")
        if index == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [f"- {row.what}: {row.note}" for row in rows if row.note]
    return "\n".join(out) + ("\n\nNotes:\n" + "\n".join(notes) if notes else "")


PARTS = ("start", "trends", "list", "save", "schedule", "pdf", "memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="qaaudit performance suite")
    parser.add_argument("--fresh", action="store_true", help="rebuild the data set first")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--skip-start", action="store_true", help="skip the start-up figure")
    parser.add_argument(
        "--only",
        choices=PARTS,
        action="append",
        help="measure only this part (repeatable); the results files are left alone",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="measure the window's actions on the large council in this PostgreSQL database "
        "(a superuser's address), directly and through a 5 ms round trip; see "
        "benchmarks/server.py",
    )
    args = parser.parse_args(argv)
    if args.server:
        sys.path.insert(0, str(ROOT))
        from benchmarks.server import main as on_server

        return on_server(args.server, 3 if args.quick else 7)
    wanted = set(args.only or PARTS) - ({"start"} if args.skip_start else set())
    repeats = 3 if args.quick else 9
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import ensure

    generated = ensure(fresh=args.fresh)
    work = generated.path.with_name("work.sqlite3")
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(generated.path, work)
    os.environ["QAAUDIT_DATA_DIR"] = str(work.parent / "home")
    from qaaudit.bootstrap import open_for_use

    opened = open_for_use(f"sqlite:///{work}", login="qa.lead")
    rows: list[Row] = []
    try:
        if "start" in wanted:
            rows.extend(startup(work, repeats))
        if "trends" in wanted:
            rows.extend(trends(opened.db, work, repeats))
        if "list" in wanted:
            rows.append(audit_list(opened.db, work, opened.actor, repeats))
        if "save" in wanted:
            rows.append(save_audit(opened.db, work, repeats * 2))
        with tempfile.TemporaryDirectory() as folder:
            if "schedule" in wanted:
                rows.extend(schedule_excel(opened.db, Path(folder), repeats))
            if "pdf" in wanted:
                rows.extend(trend_pdf(opened.db, Path(folder), repeats))
        if "memory" in wanted:
            rows.append(memory(work))
    finally:
        opened.db.dispose()
    with sqlite3.connect(work) as raw:
        audits = raw.execute("SELECT count(*) FROM case_file_audit").fetchone()[0]
        areas = raw.execute("SELECT count(*) FROM audit_area").fetchone()[0]
    heading = (
        f"Large council: {audits:,} audits, {areas:,} practice area judgements. "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, {datetime.now():%Y-%m-%d %H:%M}."
    )
    text = heading + "\n\n" + table(rows)
    print(text)
    failed = [r for r in rows if r.passed is False]
    if args.only:
        return 1 if failed else 0
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(text + "\n", encoding="utf-8")
    (RESULTS / "latest.json").write_text(
        json.dumps(
            {"heading": heading, "rows": [asdict(r) | {"ratio": r.ratio} for r in rows]},
            indent=2,
        ),
        encoding="utf-8",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
