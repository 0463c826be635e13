"""Move a team's own SQLite file onto the council's server, whole and once.

Everything is written in one transaction, as the person running it (a qaaudit
administrator), so the server's own row-level security decides what may be written: the
program asks the permission table first, then the server checks every row again.

What is moved, and how each is recognised when it is already there (so that running it
twice, or moving several teams' files one after another, duplicates nothing):

- people by login (without regard to case, as the server's rules compare them); a person
  already on the server keeps what the server says about them. People new to the server
  come with their team and their roles, except the council-wide ones (administrator, QA
  lead, moderator), which a team's own file gives whoever set it up;
- service areas by name, teams by service area and name;
- audits (open drafts too) by their import identity (``source_key``): the one they already
  carry if they came from a workbook, otherwise one made from the file's own record of
  them; with them their practice areas, themes and agreed actions;
- moderation and corrective action by their audit (one each at most);
- a year's QAF plan by its year (a year already on the server keeps its own plan); people
  in plan roles by person, role, line, team and first day; activities by person, line,
  day and when they were recorded;
- service reviews by service area and period, with their judgement areas and actions;
- the change history: entries of everything moved keep their time and login and are
  marked with where they came from (``imported_from``); an entry already moved is not
  moved again.

Recovery copies of unsaved work are each person's own and are not moved (the server lets
nobody write another person's); the report counts them.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, func, insert, inspect, select, text
from sqlalchemy.dialects.postgresql import insert as upsert
from sqlalchemy.orm import Session

from qaaudit.domain import permissions as table
from qaaudit.services.common.actor import Actor, known_person
from qaaudit.services.common.permissions import require
from qaaudit.store import corrective, quality, reviews, schedule
from qaaudit.store.backup import copy_database, integrity_check
from qaaudit.store.base import utcnow
from qaaudit.store.database import (
    Database,
    open_engine,
    remove_new_sidecars,
    sidecars,
)
from qaaudit.store.errors import StoreError
from qaaudit.store.migrate import current_revision, upgrade_to
from qaaudit.store.migrations import HEAD
from qaaudit.store.schema import metadata
from qaaudit.store.watchdog import lift_limit

# The tables of every store module take part.
_MODULES = (corrective, quality, reviews, schedule)

# Moves into one server take turns.
MOVE_LOCK = 0x71A0D18
# Roles that reach across the whole council: a team's own file gives them to whoever set it
# up, so they are left for the council's administrators to give.
COUNCIL_WIDE = ("admin", "qa_lead", "moderator")
ROLE_NAMES = {"admin": "administrator", "qa_lead": "QA lead", "moderator": "moderator"}
CHUNK = 1000
# The change history names most records by their own id; these by another table's.
HISTORY_IDS = {"moderation": "case_file_audit"}  # an audit's moderation, by the audit

# What the council keeps for itself on the server, and a team's file does not bring: its
# audit reports and action plans, the month's case lists and draws, the forms it has
# drafted, the trends' rebases and its own settings. Counted and said, never moved.
NOT_MOVED = {
    "audit_report": "audit reports",
    "action_plan_item": "action plan items",
    "qa_meeting": "quarterly QA meetings",
    "case_list": "case lists",
    "sample_draw": "draws of cases to audit",
    "instrument_version": "versions of the council's forms",
    "trend_rebase": "rebases of the trend charts",
    "council_setting": "council settings",
}

# What the report counts, in this order.
KINDS = (
    "people",
    "service areas",
    "teams",
    "completed audits",
    "open drafts",
    "practice area judgements",
    "themes",
    "agreed actions",
    "moderations",
    "corrective actions",
    "QAF plans",
    "people in plan roles",
    "activities recorded",
    "service reviews",
    "review actions",
    "change history entries",
)


class MoveRefused(StoreError):
    """The file cannot be moved in as it is; nothing was written."""


@dataclass
class Tally:
    moved: int = 0
    matched: int = 0


@dataclass
class MoveReport:
    source: str
    upgraded_from: str | None = None
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    # Logins new to the server: each needs `qaaudit server add-login` before they sign in.
    new_logins: list[str] = field(default_factory=list)
    # (login, roles in the file not given on the server)
    roles_not_given: list[tuple[str, list[str]]] = field(default_factory=list)
    recovery_copies_left: int = 0
    history_left: int = 0
    # What the file holds that a move leaves with the file: kind -> how many.
    not_moved: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = []
        for kind, tally in self.tallies.items():
            if tally.moved or tally.matched:
                out.append(
                    f"{kind}: {tally.moved:,} moved in, {tally.matched:,} already on the server"
                )
        if self.not_moved:
            kept = ", ".join(f"{count:,} {kind}" for kind, count in self.not_moved.items())
            out.append(
                f"Left in the file, as the council keeps its own on the server: {kept} "
                "(and their change history)."
            )
        return out


def _not_moved(src: Connection) -> dict[str, int]:
    present = set(inspect(src).get_table_names())
    found = {}
    for table_name, kind in NOT_MOVED.items():
        if table_name in present:
            count = src.execute(select(func.count()).select_from(_t(table_name))).scalar() or 0
            if count:
                found[kind] = int(count)
    return found


def check_may_move_in(actor: Actor, has_moderation: bool) -> None:
    """Only an administrator moves a team's file in (it brings people and their roles);
    moderation comes with it only for one who may moderate (the server's own rule)."""
    require(actor, table.ADMINISTRATORS)
    if has_moderation:
        require(actor, table.MODERATE)


def move_in(
    server: Database, path: Path, progress: Callable[[str], None] | None = None
) -> MoveReport:
    """Move everything in the SQLite file at ``path`` onto ``server``, as the login
    ``server`` connects with. One transaction: refused or failed, nothing is written."""
    if server.is_sqlite:
        raise MoveRefused("Moving in is onto the council's PostgreSQL server, not a SQLite file.")
    say = progress or (lambda _text: None)
    before = sidecars(path) if path.exists() else set()
    source, revision, folder = _open_source(path)
    report = MoveReport(source=path.name)
    if revision != HEAD:
        report.upgraded_from = revision
    label = f"{path.name[:140]}, moved in {utcnow():%Y-%m-%d %H:%M} UTC"
    try:
        with source.engine.connect() as src, server.engine.begin() as dst:
            # A move may take minutes on a large file: the desktop's statement limit is for
            # the window, not for this.
            dst.execute(text("SET LOCAL statement_timeout = 0"))
            lift_limit(dst)
            login = str(dst.execute(text("SELECT session_user")).scalar_one())
            with Session(bind=dst) as session:
                actor = known_person(session, login)
            moderated = bool(
                src.execute(select(func.count()).select_from(_t("moderation"))).scalar()
            )
            check_may_move_in(actor, moderated)
            _one_move_at_a_time(dst)
            report.not_moved = _not_moved(src)
            _Mover(src, dst, report, label, say).run()
    finally:
        source.dispose()
        if folder is not None:
            folder.cleanup()
        if path.exists():
            remove_new_sidecars(path, before)
    return report


def _one_move_at_a_time(dst: Connection) -> None:
    """Moves into one council take turns: a second is refused at once rather than kept
    waiting for minutes behind the first."""
    taken = dst.execute(
        text("SELECT pg_try_advisory_xact_lock(:key, hashtext(current_schema()))"),
        {"key": MOVE_LOCK},
    ).scalar_one()
    if not taken:
        raise MoveRefused(
            "Another file is being moved onto this server just now. Run this again once it "
            "has finished. Nothing was moved."
        )


# -- the file ------------------------------------------------------------------------------


def _open_source(
    path: Path,
) -> tuple[Database, str | None, tempfile.TemporaryDirectory[str] | None]:
    """The file read-only, refused if damaged or from a newer program (the checks the start
    and `qaaudit check` make). A file from an older version is upgraded in a copy; the
    file itself is never written."""
    if not path.is_file():
        raise MoveRefused(f"There is no file {path.name} there. Nothing was moved.")
    before = sidecars(path)
    try:
        db = open_engine(f"sqlite:///{path}", read_only=True)
    except StoreError as exc:
        raise MoveRefused(f"{exc.message} Nothing was moved.") from exc
    try:
        problems = integrity_check(path)
        revision = current_revision(db) if problems == ["ok"] else None
    except Exception:
        db.dispose()
        raise
    if problems != ["ok"]:
        db.dispose()
        remove_new_sidecars(path, before)
        raise MoveRefused(
            f"{path.name} is damaged (SQLite's own check found problems), so nothing was "
            "moved. Run `qaaudit check` on it, restore its newest good backup "
            "(`qaaudit restore`), then move that in."
        )
    if revision is None:
        db.dispose()
        raise MoveRefused(f"{path.name} is not a qaaudit database. Nothing was moved.")
    if revision == HEAD:
        return db, revision, None
    db.dispose()
    folder = tempfile.TemporaryDirectory(prefix="qaaudit-move-")
    try:
        copy = Path(folder.name) / "upgraded.sqlite3"
        copy_database(path, copy)
        upgraded = open_engine(f"sqlite:///{copy}")
        upgrade_to(upgraded, HEAD)
    except (StoreError, OSError) as exc:
        folder.cleanup()
        raise MoveRefused(
            f"{path.name} is from an older version of qaaudit and could not be brought up to "
            "date in a copy, so nothing was moved."
        ) from exc
    return upgraded, revision, folder


def _t(name: str) -> Table:
    """Every table the program has (``schema`` gathers them all, so a table of a part this
    module does not import, such as the council's settings, is known too)."""
    return metadata.tables[name]


def _chunks(rows: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _identity(row: RowMapping, auditor_login: str) -> str:
    """An audit's import identity when it has none: the file's own record of it (its id
    and when it was made) with its case, month and auditor."""
    seed = "|".join(
        (
            "sqlite",
            str(row["id"]),
            row["case_number"],
            str(row["audit_month"]),
            auditor_login.lower(),
            str(row["created_at"]),
        )
    )
    return "f" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:31]


# -- the move ------------------------------------------------------------------------------


class _Mover:
    def __init__(
        self,
        src: Connection,
        dst: Connection,
        report: MoveReport,
        label: str,
        say: Callable[[str], None],
    ) -> None:
        self.src = src
        self.dst = dst
        self.report = report
        self.label = label
        self.say = say
        # The file's id of a record -> (the server's id, whether moved in now), per table.
        self.ids: dict[str, dict[int, tuple[int, bool]]] = defaultdict(dict)

    def run(self) -> None:
        steps = (
            ("service areas and teams", self.teams),
            ("people", self.people),
            ("audits", self.audits),
            ("moderation", self.moderation),
            ("corrective action", self.corrective),
            ("the QAF plan", self.plans),
            ("people in plan roles and activities", self.schedule),
            ("service reviews", self.reviews),
            ("the change history", self.history),
        )
        for what, step in steps:
            self.say(f"Moving {what}...")
            step()
        self.report.recovery_copies_left = int(
            self.src.execute(select(func.count()).select_from(_t("draft_snapshot"))).scalar_one()
        )

    # -- helpers ---------------------------------------------------------------------

    def rows(self, name: str, order: Sequence[str] = ("id",)) -> Iterator[RowMapping]:
        source = _t(name)
        result = self.src.execute(select(source).order_by(*(source.c[c] for c in order)))
        yield from result.mappings()

    def rows_of(self, name: str, column: str, ids: Sequence[int]) -> list[RowMapping]:
        source = _t(name)
        out: list[RowMapping] = []
        for chunk in _chunks(ids, 900):
            out.extend(
                self.src.execute(
                    select(source).where(source.c[column].in_(chunk)).order_by(source.c.id)
                ).mappings()
            )
        return out

    def new_id(self, name: str, old: int | None) -> int | None:
        if old is None:
            return None
        found = self.ids[name].get(old)
        return None if found is None else found[0]

    def insert_ids(self, name: str, values: list[dict[str, Any]]) -> list[int]:
        """Insert rows and return their new ids in the order given."""
        if not values:
            return []
        target = _t(name)
        statement = insert(target).returning(target.c.id, sort_by_parameter_order=True)
        return [row[0] for row in self.dst.execute(statement, values)]

    def insert(self, name: str, values: list[dict[str, Any]]) -> None:
        """Insert rows many to a statement. Asking for a column back makes SQLAlchemy send
        a thousand rows in each INSERT rather than one statement a row: the server then
        plans each statement, with its row-level security, once a thousand rows."""
        if not values:
            return
        target = _t(name)
        first = next(iter(target.primary_key.columns))
        for chunk in _chunks(values, 5000):
            self.dst.execute(insert(target).returning(first), chunk).all()

    def tally(self, kind: str, moved: int = 0, matched: int = 0) -> None:
        self.report.tallies[kind].moved += moved
        self.report.tallies[kind].matched += matched

    # -- people and teams ----------------------------------------------------------

    def teams(self) -> None:
        area, team = _t("service_area"), _t("team")
        areas = {name: id_ for id_, name in self.dst.execute(select(area.c.id, area.c.name))}
        position = max(
            self.dst.execute(select(func.coalesce(func.max(area.c.position), 0))).scalar_one(), 0
        )
        for row in self.rows("service_area", ("position", "id")):
            if row["name"] in areas:
                self.ids["service_area"][row["id"]] = (areas[row["name"]], False)
                self.tally("service areas", matched=1)
                continue
            position += 1
            statement = (
                upsert(area)
                .values(name=row["name"], position=position)
                .on_conflict_do_nothing(index_elements=["name"])
                .returning(area.c.id)
            )
            new = self.dst.execute(statement).scalar()
            if new is None:
                new = self.dst.execute(
                    select(area.c.id).where(area.c.name == row["name"])
                ).scalar_one()
            self.ids["service_area"][row["id"]] = (new, True)
            self.tally("service areas", moved=1)
        existing = {
            (area_id, name): id_
            for id_, area_id, name in self.dst.execute(
                select(team.c.id, team.c.service_area_id, team.c.name)
            )
        }
        for row in self.rows("team"):
            area_id = self.new_id("service_area", row["service_area_id"])
            assert area_id is not None
            found = existing.get((area_id, row["name"]))
            if found is not None:
                self.ids["team"][row["id"]] = (found, False)
                self.tally("teams", matched=1)
                continue
            new = self.dst.execute(
                insert(team)
                .values(name=row["name"], service_area_id=area_id, active=row["active"])
                .returning(team.c.id)
            ).scalar_one()
            self.ids["team"][row["id"]] = (new, True)
            self.tally("teams", moved=1)

    def people(self) -> None:
        person = _t("person")
        known = {
            login.lower(): id_
            for id_, login in self.dst.execute(select(person.c.id, person.c.login))
        }
        roles: dict[int, list[str]] = defaultdict(list)
        for row in self.rows("person_role", ("person_id", "role")):
            roles[row["person_id"]].append(row["role"])
        self.logins: dict[int, str] = {}
        for row in self.rows("person"):
            self.logins[row["id"]] = row["login"]
            found = known.get(row["login"].lower())
            if found is not None:
                self.ids["person"][row["id"]] = (found, False)
                self.tally("people", matched=1)
                continue
            new = self.dst.execute(
                insert(person)
                .values(
                    login=row["login"],
                    name=row["name"],
                    email=row["email"],
                    team_id=self.new_id("team", row["team_id"]),
                    active=row["active"],
                    created_at=row["created_at"],
                )
                .returning(person.c.id)
            ).scalar_one()
            known[row["login"].lower()] = new
            self.ids["person"][row["id"]] = (new, True)
            self.tally("people", moved=1)
            self.report.new_logins.append(row["login"])
            given = [r for r in roles[row["id"]] if r not in COUNCIL_WIDE]
            kept_back = [ROLE_NAMES[r] for r in roles[row["id"]] if r in COUNCIL_WIDE]
            if kept_back:
                self.report.roles_not_given.append((row["login"], kept_back))
            self.insert("person_role", [{"person_id": new, "role": r} for r in given])

    # -- audits ----------------------------------------------------------------------

    def audits(self) -> None:
        waiting: list[RowMapping] = []
        for chunk in _chunks(self.rows("case_file_audit")):
            waiting = self._audit_rows(waiting + chunk, last=False)
        # A re-audit whose earlier audit is not in the file: moved in without the link.
        self._audit_rows(waiting, last=True)

    def _audit_rows(self, rows: list[RowMapping], last: bool) -> list[RowMapping]:
        """Insert the audits that can name the audit they follow up, in rounds (a re-audit
        after the audit it follows); returns those still waiting for theirs."""
        known = self.ids["case_file_audit"]
        while rows:
            within = {row["id"] for row in rows}
            ready = [
                r for r in rows if r["previous_audit_id"] in known or r["previous_audit_id"] is None
            ]
            taken = {r["id"] for r in ready}
            waiting = [r for r in rows if r["id"] not in taken]
            if not ready:
                if not last and any(r["previous_audit_id"] in within for r in waiting):
                    break  # a circle: cannot happen; left to the last round
                if not last:
                    return waiting
                ready, waiting = waiting, []
            self._insert_audits(ready)
            rows = waiting
        return rows

    def _insert_audits(self, rows: list[RowMapping]) -> None:
        audit = _t("case_file_audit")
        values = []
        by_key: dict[str, RowMapping] = {}
        for row in rows:
            key = row["source_key"] or _identity(row, self.logins.get(row["auditor_id"], ""))
            by_key[key] = row
            auditor = self.new_id("person", row["auditor_id"])
            assert auditor is not None
            values.append(
                {
                    "case_number": row["case_number"],
                    "auditor_id": auditor,
                    "team_id": self.new_id("team", row["team_id"]),
                    "audit_month": row["audit_month"],
                    "case_holder": row["case_holder"],
                    "discussed_on": row["discussed_on"],
                    "age_band": row["age_band"],
                    "strand": row["strand"],
                    "previous_audit_id": self.new_id("case_file_audit", row["previous_audit_id"]),
                    "overall": row["overall"],
                    "headline": row["headline"],
                    "status": row["status"],
                    "template_version": row["template_version"],
                    "created_at": row["created_at"],
                    "updated_at": row["updated_at"],
                    "completed_at": row["completed_at"],
                    "version_id": row["version_id"],
                    "source_key": key,
                }
            )
        statement = (
            upsert(audit)
            .on_conflict_do_nothing(index_elements=["source_key"])
            .returning(audit.c.id, audit.c.source_key)
        )
        made = {str(k): int(i) for i, k in self.dst.execute(statement, values)}
        missing = [k for k in by_key if k not in made]
        already: dict[str, int] = {}
        for part in _chunks(missing, 900):
            already.update(
                (str(k), int(i))
                for i, k in self.dst.execute(
                    select(audit.c.id, audit.c.source_key).where(audit.c.source_key.in_(part))
                )
            )
        fresh: list[int] = []
        for key, row in by_key.items():
            kind = "open drafts" if row["status"] == "draft" else "completed audits"
            if key in made:
                self.ids["case_file_audit"][row["id"]] = (made[key], True)
                fresh.append(row["id"])
                self.tally(kind, moved=1)
            else:
                self.ids["case_file_audit"][row["id"]] = (already[key], False)
                self.tally(kind, matched=1)
        self._audit_parts(fresh)

    def _audit_parts(self, fresh: list[int]) -> None:
        """The practice areas, themes and agreed actions of audits moved in now (an audit
        already on the server keeps its own)."""
        if not fresh:
            return
        audit_id = lambda old: self.new_id("case_file_audit", old)  # noqa: E731
        areas = [
            {
                "audit_id": audit_id(r["audit_id"]),
                "area_key": r["area_key"],
                "judgement": r["judgement"],
                "evidence": r["evidence"],
                "impact": r["impact"],
            }
            for r in self.rows_of("audit_area", "audit_id", fresh)
        ]
        self.insert("audit_area", areas)
        self.tally("practice area judgements", moved=len(areas))
        themes = [
            {"audit_id": audit_id(r["audit_id"]), "theme_key": r["theme_key"]}
            for r in self.src.execute(
                select(_t("audit_theme")).where(_t("audit_theme").c.audit_id.in_(fresh))
            ).mappings()
        ]
        self.insert("audit_theme", themes)
        self.tally("themes", moved=len(themes))
        actions = [
            {
                "audit_id": audit_id(r["audit_id"]),
                "position": r["position"],
                "action": r["action"],
                "owner": r["owner"],
                "due_on": r["due_on"],
                "done_on": r["done_on"],
            }
            for r in self.rows_of("audit_action", "audit_id", fresh)
        ]
        self.insert("audit_action", actions)
        self.tally("agreed actions", moved=len(actions))

    # -- moderation and corrective action -------------------------------------------

    def _one_per_audit(
        self, name: str, kind: str, rows: list[RowMapping], values: list[dict[str, Any]]
    ) -> list[tuple[RowMapping, int]]:
        """Insert records of which an audit has one at most; those already there are
        matched. Returns the ones moved in now with their new ids."""
        target = _t(name)
        statement = (
            upsert(target)
            .on_conflict_do_nothing(index_elements=["audit_id"])
            .returning(target.c.id, target.c.audit_id)
        )
        made = {int(a): int(i) for i, a in self.dst.execute(statement, values)} if values else {}
        missing = [v["audit_id"] for v in values if v["audit_id"] not in made]
        already = (
            {
                int(a): int(i)
                for i, a in self.dst.execute(
                    select(target.c.id, target.c.audit_id).where(target.c.audit_id.in_(missing))
                )
            }
            if missing
            else {}
        )
        fresh = []
        for row, value in zip(rows, values, strict=True):
            if value["audit_id"] in made:
                self.ids[name][row["id"]] = (made[value["audit_id"]], True)
                fresh.append((row, made[value["audit_id"]]))
                self.tally(kind, moved=1)
            else:
                self.ids[name][row["id"]] = (already[value["audit_id"]], False)
                self.tally(kind, matched=1)
        return fresh

    def moderation(self) -> None:
        for chunk in _chunks(self.rows("moderation")):
            values = [
                {
                    "audit_id": self.new_id("case_file_audit", r["audit_id"]),
                    "moderator_id": self.new_id("person", r["moderator_id"]),
                    "moderated_at": r["moderated_at"],
                    "auditor_overall": r["auditor_overall"],
                    "overall_agrees": r["overall_agrees"],
                    "moderated_overall": r["moderated_overall"],
                    "moderated_headline": r["moderated_headline"],
                    "comment": r["comment"],
                    "impact_at_centre": r["impact_at_centre"],
                    "evaluative_narrative": r["evaluative_narrative"],
                    "version_id": r["version_id"],
                }
                for r in chunk
            ]
            fresh = self._one_per_audit("moderation", "moderations", chunk, values)
            new_ids = {row["id"]: new for row, new in fresh}
            self.insert(
                "moderation_area",
                [
                    {
                        "moderation_id": new_ids[a["moderation_id"]],
                        "area_key": a["area_key"],
                        "auditor_judgement": a["auditor_judgement"],
                        "agrees": a["agrees"],
                        "moderated_judgement": a["moderated_judgement"],
                    }
                    for a in self.rows_of("moderation_area", "moderation_id", list(new_ids))
                ],
            )

    def corrective(self) -> None:
        for chunk in _chunks(self.rows("corrective_action")):
            values = [
                {
                    "audit_id": self.new_id("case_file_audit", r["audit_id"]),
                    "opened_on": r["opened_on"],
                    "due_on": r["due_on"],
                    "status": r["status"],
                    "note": r["note"],
                    "confirmed_on": r["confirmed_on"],
                    "confirmed_by_id": self.new_id("person", r["confirmed_by_id"]),
                    "confirmed_at": r["confirmed_at"],
                    "created_at": r["created_at"],
                    "updated_at": r["updated_at"],
                    "version_id": r["version_id"],
                }
                for r in chunk
            ]
            self._one_per_audit("corrective_action", "corrective actions", chunk, values)

    # -- the QAF plan ------------------------------------------------------------------

    def plans(self) -> None:
        plan = _t("qaf_plan")
        years = {y: i for i, y in self.dst.execute(select(plan.c.id, plan.c.year))}
        for row in self.rows("qaf_plan"):
            if row["year"] in years:
                self.ids["qaf_plan"][row["id"]] = (years[row["year"]], False)
                self.tally("QAF plans", matched=1)
                continue
            new = self.dst.execute(
                upsert(plan)
                .values(
                    year=row["year"],
                    title=row["title"],
                    dated=row["dated"],
                    created_at=row["created_at"],
                    version_id=row["version_id"],
                )
                .on_conflict_do_nothing(index_elements=["year"])
                .returning(plan.c.id)
            ).scalar_one()
            self.ids["qaf_plan"][row["id"]] = (new, True)
            self.tally("QAF plans", moved=1)
            self._plan_parts(row["id"], new)

    def _plan_parts(self, old_plan: int, new_plan: int) -> None:
        def copy(
            name: str,
            rows: list[RowMapping],
            parent: str,
            parent_id: Callable[[RowMapping], int | None],
        ) -> None:
            values = []
            for r in rows:
                value = {k: v for k, v in r.items() if k != "id"}
                value[parent] = parent_id(r)
                values.append(value)
            for r, new in zip(rows, self.insert_ids(name, values), strict=True):
                self.ids[name][r["id"]] = (new, True)

        areas = self.rows_of("plan_service_area", "plan_id", [old_plan])
        copy("plan_service_area", areas, "plan_id", lambda _r: new_plan)
        roles = self.rows_of("plan_role", "area_id", [r["id"] for r in areas])
        copy(
            "plan_role", roles, "area_id", lambda r: self.new_id("plan_service_area", r["area_id"])
        )
        tasks = self.rows_of("schedule_task", "role_id", [r["id"] for r in roles])
        copy("schedule_task", tasks, "role_id", lambda r: self.new_id("plan_role", r["role_id"]))
        themes = self.rows_of("plan_theme", "plan_id", [old_plan])
        copy("plan_theme", themes, "plan_id", lambda _r: new_plan)

    def schedule(self) -> None:
        held = _t("role_assignment")
        there: dict[tuple[Any, ...], int] = {
            tuple(r[1:]): r[0]
            for r in self.dst.execute(
                select(
                    held.c.id,
                    held.c.person_id,
                    held.c.role_key,
                    held.c.task_key,
                    held.c.team_id,
                    held.c.starts_on,
                )
            )
        }
        rows, values = [], []
        for r in self.rows("role_assignment"):
            person = self.new_id("person", r["person_id"])
            team = self.new_id("team", r["team_id"])
            key = (person, r["role_key"], r["task_key"], team, r["starts_on"])
            if key in there:
                self.ids["role_assignment"][r["id"]] = (there[key], False)
                self.tally("people in plan roles", matched=1)
                continue
            value = {k: v for k, v in r.items() if k != "id"}
            value.update(person_id=person, team_id=team)
            rows.append(r)
            values.append(value)
        for r, new in zip(rows, self.insert_ids("role_assignment", values), strict=True):
            self.ids["role_assignment"][r["id"]] = (new, True)
        self.tally("people in plan roles", moved=len(rows))

        done = _t("schedule_activity")
        people = [new for new, _fresh in self.ids["person"].values()]
        recorded: dict[tuple[Any, ...], int] = {}
        for chunk in _chunks(people, 900):
            recorded.update(
                (tuple(r[1:]), r[0])
                for r in self.dst.execute(
                    select(
                        done.c.id,
                        done.c.person_id,
                        done.c.task_key,
                        done.c.done_on,
                        done.c.created_at,
                    ).where(done.c.person_id.in_(chunk))
                )
            )
        rows, values = [], []
        for r in self.rows("schedule_activity"):
            person = self.new_id("person", r["person_id"])
            same = (person, r["task_key"], r["done_on"], r["created_at"])
            if same in recorded:
                self.ids["schedule_activity"][r["id"]] = (recorded[same], False)
                self.tally("activities recorded", matched=1)
                continue
            value = {k: v for k, v in r.items() if k != "id"}
            value.update(
                person_id=person, recorded_by_id=self.new_id("person", r["recorded_by_id"])
            )
            rows.append(r)
            values.append(value)
        for chunk_rows, chunk_values in zip(_chunks(rows), _chunks(values), strict=True):
            for r, new in zip(
                chunk_rows, self.insert_ids("schedule_activity", chunk_values), strict=True
            ):
                self.ids["schedule_activity"][r["id"]] = (new, True)
        self.tally("activities recorded", moved=len(rows))

    # -- service reviews ---------------------------------------------------------------

    def reviews(self) -> None:
        review = _t("service_review")
        there = {
            (a, p): i
            for i, a, p in self.dst.execute(
                select(review.c.id, review.c.service_area_id, review.c.period_start)
            )
        }
        fresh: list[int] = []
        for r in self.rows("service_review", ("period_start", "id")):
            area = self.new_id("service_area", r["service_area_id"])
            found = there.get((area, r["period_start"]))
            if found is not None:
                self.ids["service_review"][r["id"]] = (found, False)
                self.tally("service reviews", matched=1)
                continue
            value = {k: v for k, v in r.items() if k != "id"}
            value.update(
                service_area_id=area,
                author_id=self.new_id("person", r["author_id"]),
                panel_by_id=self.new_id("person", r["panel_by_id"]),
                final_by_id=self.new_id("person", r["final_by_id"]),
            )
            new = self.dst.execute(
                upsert(review)
                .values(**value)
                .on_conflict_do_nothing(index_elements=["service_area_id", "period_start"])
                .returning(review.c.id)
            ).scalar_one()
            there[(area, r["period_start"])] = new
            self.ids["service_review"][r["id"]] = (new, True)
            fresh.append(r["id"])
            self.tally("service reviews", moved=1)
        if not fresh:
            return
        review_id = lambda old: self.new_id("service_review", old)  # noqa: E731
        self.insert(
            "service_review_row",
            [
                {k: v for k, v in r.items() if k != "id"} | {"review_id": review_id(r["review_id"])}
                for r in self.rows_of("service_review_row", "review_id", fresh)
            ],
        )
        actions = self.rows_of("service_review_action", "review_id", fresh)
        for chunk in _chunks(actions):
            values = [
                {k: v for k, v in r.items() if k != "id"}
                | {
                    "review_id": review_id(r["review_id"]),
                    "carried_from_id": self.new_id("service_review_action", r["carried_from_id"]),
                }
                for r in chunk
            ]
            for r, new in zip(chunk, self.insert_ids("service_review_action", values), strict=True):
                self.ids["service_review_action"][r["id"]] = (new, True)
        self.tally("review actions", moved=len(actions))

    # -- the change history -------------------------------------------------------------

    def history(self) -> None:
        entry = _t("change_history")
        for chunk in _chunks(self.rows("change_history"), 5000):
            values: list[dict[str, Any]] = []
            maybe_there: dict[str, set[int]] = defaultdict(set)
            for r in chunk:
                space = HISTORY_IDS.get(r["entity"], r["entity"])
                found = self.ids.get(space, {}).get(r["entity_id"])
                if found is None:
                    # Of a record no longer in the file (a deleted draft) or of something not
                    # moved (a recovery copy): it would name the wrong record here.
                    self.report.history_left += 1
                    continue
                new, fresh = found
                if not fresh:
                    maybe_there[r["entity"]].add(new)
                values.append(
                    {
                        "at": r["at"],
                        "person_id": self.new_id("person", r["person_id"]),
                        "login": r["login"],
                        "entity": r["entity"],
                        "entity_id": new,
                        "field": r["field"],
                        "old_value": r["old_value"],
                        "new_value": r["new_value"],
                        "imported_from": self.label,
                        "_fresh": fresh,
                    }
                )
            there: set[tuple[Any, ...]] = set()
            for entity, ids in maybe_there.items():
                for part in _chunks(sorted(ids), 900):
                    there.update(
                        (entity, *row)
                        for row in self.dst.execute(
                            select(
                                entry.c.entity_id, entry.c.at, entry.c.field, entry.c.login
                            ).where(
                                entry.c.entity == entity,
                                entry.c.entity_id.in_(part),
                                entry.c.imported_from.is_not(None),
                            )
                        )
                    )
            moving = []
            for value in values:
                fresh = value.pop("_fresh")
                key = (
                    value["entity"],
                    value["entity_id"],
                    value["at"],
                    value["field"],
                    value["login"],
                )
                if not fresh and key in there:
                    self.tally("change history entries", matched=1)
                    continue
                moving.append(value)
            self.insert("change_history", moving)
            self.tally("change history entries", moved=len(moving))
