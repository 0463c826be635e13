"""The "large council" of DESIGN.md, generated reproducibly: 250 auditors in 25 teams of
5 service areas, about two audits each a month for ten years (about 60,000 audits and
720,000 practice area judgements), re-audits, themes, moderation, and a few drafts; the
QAF plan for every year with everyone in their roles and their recorded activities
(generate_schedule.py); and a service performance review of every service area for every
half year (generate_reviews.py).

Rows go in through the driver's executemany in one transaction: seconds, not minutes.
The file is cached under benchmarks/data/ and rebuilt when the schema or this generator
changes.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import inspect

GENERATOR_VERSION = 2
SEED = 20170401
DATA_DIR = Path(__file__).resolve().parent / "data"

SERVICE_AREAS = (
    "Help and Protection",
    "Looked After Children",
    "Early Help and Prevention",
    "Safeguarding",
    "Youth Offending Services",
)
TEAMS_PER_AREA = 5
AUDITORS_PER_TEAM = 10
FIRST_MONTH = date(2008, 1, 1)
MONTHS = 120
AUDITS_PER_AUDITOR_MONTH = 2
REAUDIT_SHARE = 0.1
MODERATED_SHARE = 0.15
DRAFTS = 250
MODERATORS = (11, 12)

EVIDENCE = (
    "The chronology is up to date and the assessment identifies risk and protective "
    "factors; the plan was reviewed with the family at the core group."
)
IMPACT = (
    "The child is seen alone, attends school more often and says she feels safer at home "
    "since the plan changed."
)


@dataclass(frozen=True)
class Generated:
    path: Path
    audits: int
    areas: int
    seconds: float


def data_path() -> Path:
    """The cached file, named after what made it: a changed migration or generator means
    a new file."""
    import hashlib

    from qaaudit.store.migrate import MIGRATIONS_DIR

    # This year's plan is part of the data set (My month shows its due list): a new year
    # means a new file.
    digest = hashlib.sha1(f"{GENERATOR_VERSION} {date.today().year}".encode())
    here = Path(__file__).resolve().parent
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")) + sorted(
        here.glob("generate*.py")
    ):
        digest.update(script.read_bytes())
    return DATA_DIR / f"large-council-{digest.hexdigest()[:10]}.sqlite3"


def ensure(fresh: bool = False, quiet: bool = False) -> Generated:
    path = data_path()
    if path.exists() and not fresh:
        return Generated(path, -1, -1, 0.0)
    return generate(path, quiet=quiet)


def generate(path: Path, quiet: bool = False) -> Generated:
    from qaaudit.bootstrap import open_for_use
    from qaaudit.domain.instrument import current_audit_instrument
    from qaaudit.store.base import utcnow

    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    final, path = path, path.with_name(f"partial-{path.name}")
    for leftover in (final, path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    os.environ.setdefault("QAAUDIT_DATA_DIR", str(path.parent / "home"))
    opened = open_for_use(f"sqlite:///{path}", login="qa.lead", backup_dir=path.parent)
    instrument = current_audit_instrument()
    rng = random.Random(SEED)
    now = utcnow()
    db = opened.db
    tables = set(inspect(db.engine).get_table_names())
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("BEGIN IMMEDIATE")
        teams, auditors = _people(cursor, now)
        counts = _audits(cursor, rng, instrument, teams, auditors, now)
        if "moderation" in tables:
            _moderation(cursor, rng, instrument, now)
        cursor.execute("COMMIT")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        raw.close()
    extra = []
    if "qaf_plan" in tables:
        extra.append(_schedule(db, opened.actor, rng, teams, auditors, now))
    if "service_review" in tables:
        extra.append(_reviews(db, rng, teams, auditors, opened.actor.id))
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA optimize")
        cursor.execute("ANALYZE")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
        db.dispose()
    # Only a whole data set takes the cached name: a failed run leaves nothing to reuse.
    path = path.replace(final)
    for stale in path.parent.glob("*large-council-*.sqlite3*"):
        if stale != path:
            stale.unlink(missing_ok=True)  # older data sets, a few hundred MB each
    seconds = time.perf_counter() - started
    if not quiet:
        skipped = sorted({"qaf_plan", "service_review"} - tables)
        print(
            f"Generated {counts[0]:,} audits and {counts[1]:,} area judgements"
            + "".join(f", {e}" for e in extra)
            + f" in {seconds:.1f} s: {path}"
            + (f" (no tables yet for: {', '.join(skipped)})" if skipped else ""),
            file=sys.stderr,
        )
    return Generated(path, counts[0], counts[1], seconds)


def _schedule(
    db: object,
    actor: object,
    rng: random.Random,
    teams: list[tuple[int, int]],
    auditors: list[tuple[int, int]],
    now: datetime,
) -> str:
    """The QAF plan of every year, everyone in their roles, and their recorded work."""
    from benchmarks import generate_schedule as schedule

    last = _month(MONTHS - 1).year
    years = schedule.plan_years(FIRST_MONTH.year, last, date.today())
    plan = schedule.write_plans(db, actor, years)
    team_people: dict[int, list[int]] = {}
    for person_id, team_id in auditors:
        team_people.setdefault(team_id, []).append(person_id)
    people = schedule.holders(teams, team_people, list(MODERATORS), actor.id)  # type: ignore[attr-defined]
    raw = db.engine.raw_connection()  # type: ignore[attr-defined]
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("BEGIN IMMEDIATE")
        held, done = schedule.write_roles_and_work(
            cursor, rng, plan, people, FIRST_MONTH, range(FIRST_MONTH.year, last + 1), now
        )
        cursor.execute("COMMIT")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        raw.close()
    return f"{len(years)} QAF plans, {held:,} people in roles, {done:,} activities"


def _reviews(
    db: object,
    rng: random.Random,
    teams: list[tuple[int, int]],
    auditors: list[tuple[int, int]],
    chair_id: int,
) -> str:
    """A review of every service area for every half year, by its first team's manager."""
    from benchmarks.generate_reviews import write_reviews

    first_person = {}
    for person_id, team_id in auditors:
        first_person.setdefault(team_id, person_id)
    authors = {}
    for team_id, area_index in teams:
        authors.setdefault(area_index + 1, first_person[team_id])
    raw = db.engine.raw_connection()  # type: ignore[attr-defined]
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("BEGIN IMMEDIATE")
        reviews, rows = write_reviews(cursor, rng, authors, chair_id, FIRST_MONTH, MONTHS // 6)
        cursor.execute("COMMIT")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        raw.close()
    return f"{reviews} service reviews ({rows:,} judgement areas)"


def _people(cursor: object, now: datetime) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Service areas, teams and auditors; returns (team id, area index) and
    (person id, team id)."""
    teams: list[tuple[int, int]] = []
    auditors: list[tuple[int, int]] = []
    person_id = 100
    team_id = 0
    areas = [(i + 1, name, i) for i, name in enumerate(SERVICE_AREAS)]
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO service_area (id, name, position) VALUES (?, ?, ?)", areas
    )
    team_rows = []
    people = []
    roles = []
    for area_id, area_name, index in areas:
        for number in range(1, TEAMS_PER_AREA + 1):
            team_id += 1
            team_rows.append((team_id, f"{area_name.split()[0]} Team {number}", area_id, 1))
            teams.append((team_id, index))
            for place in range(AUDITORS_PER_TEAM):
                person_id += 1
                people.append(
                    (person_id, f"manager{person_id}", f"Manager {person_id}", "", team_id, 1, now)
                )
                roles.append((person_id, "auditor"))
                if place == 0:
                    # The first of each team is also its service manager.
                    roles.append((person_id, "service_manager"))
                auditors.append((person_id, team_id))
    for number, moderator in enumerate(MODERATORS, start=1):
        people.append((moderator, f"moderator{number}", f"Moderator {number}", "", None, 1, now))
        roles.append((moderator, "moderator"))
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO team (id, name, service_area_id, active) VALUES (?, ?, ?, ?)", team_rows
    )
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO person (id, login, name, email, team_id, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO person_role (person_id, role) VALUES (?, ?)", roles
    )
    return teams, auditors


def _month(index: int) -> date:
    total = FIRST_MONTH.year * 12 + FIRST_MONTH.month - 1 + index
    return date(total // 12, total % 12 + 1, 1)


def _audits(
    cursor: object,
    rng: random.Random,
    instrument: object,
    teams: list[tuple[int, int]],
    auditors: list[tuple[int, int]],
    now: datetime,
) -> tuple[int, int]:
    areas = [a for a in instrument.areas]  # type: ignore[attr-defined]
    strands = list(instrument.strands)  # type: ignore[attr-defined]
    themes = [t.key for t in instrument.themes]  # type: ignore[attr-defined]
    ages = list(instrument.age_bands)  # type: ignore[attr-defined]
    version = instrument.version  # type: ignore[attr-defined]
    team_area = dict(teams)
    weakness = {a.key: rng.uniform(-0.15, 0.05) for a in areas}
    audit_rows = []
    area_rows = []
    theme_rows = []
    earlier_cases: list[tuple[str, int]] = []
    audit_id = 0
    area_id = 0
    for month_index in range(MONTHS):
        month = _month(month_index)
        # Good rises from about 45% to about 70% over the ten years, as the council hoped.
        base = 0.45 + 0.25 * month_index / (MONTHS - 1)
        completed_at = datetime(month.year, month.month, 25, 12, 0)
        for person_id, team_id in auditors:
            team_bias = (team_area[team_id] - 2) * 0.04
            for _ in range(AUDITS_PER_AUDITOR_MONTH):
                audit_id += 1
                previous = None
                if earlier_cases and rng.random() < REAUDIT_SHARE:
                    case_number, previous = earlier_cases[rng.randrange(len(earlier_cases))]
                else:
                    case_number = f"CN{100000 + audit_id}"
                earlier_cases.append((case_number, audit_id))
                if len(earlier_cases) > 5000:
                    earlier_cases = earlier_cases[-5000:]
                p_good = min(0.95, max(0.05, base + team_bias))
                overall = _grade(rng, p_good)
                audit_rows.append(
                    (
                        audit_id,
                        case_number,
                        person_id,
                        team_id,
                        month,
                        "Case Holder",
                        month.replace(day=20),
                        rng.choice(ages),
                        rng.choice(strands),
                        previous,
                        overall,
                        "good" if overall != "does_not_meet_good" else "not_yet_good",
                        "completed",
                        version,
                        completed_at,
                        completed_at,
                        completed_at,
                        1,
                    )
                )
                for area in areas:
                    area_id += 1
                    if area.may_be_not_applicable and rng.random() < 0.3:
                        judgement = "not_applicable"
                    else:
                        judgement = _grade(rng, min(0.97, max(0.03, p_good + weakness[area.key])))
                    area_rows.append((area_id, audit_id, area.key, judgement, EVIDENCE, IMPACT))
                if rng.random() < 0.35:
                    theme_rows.append((audit_id, rng.choice(themes)))
    # A few drafts in the last month, as there always are.
    last = _month(MONTHS - 1)
    for person_id, team_id in auditors[:DRAFTS]:
        audit_id += 1
        audit_rows.append(
            (
                audit_id,
                f"CN{100000 + audit_id}",
                person_id,
                team_id,
                last,
                "",
                None,
                "",
                "",
                None,
                None,
                None,
                "draft",
                version,
                now,
                now,
                None,
                1,
            )
        )
        for area in areas:
            area_id += 1
            area_rows.append((area_id, audit_id, area.key, None, "", ""))
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO case_file_audit (id, case_number, auditor_id, team_id, audit_month, "
        "case_holder, discussed_on, age_band, strand, previous_audit_id, overall, headline, "
        "status, template_version, created_at, updated_at, completed_at, version_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        audit_rows,
    )
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO audit_area (id, audit_id, area_key, judgement, evidence, impact) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        area_rows,
    )
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO audit_theme (audit_id, theme_key) VALUES (?, ?)", theme_rows
    )
    return len(audit_rows), len(area_rows)


def _grade(rng: random.Random, p_good: float) -> str:
    if rng.random() >= p_good:
        return "does_not_meet_good"
    return "exceeds_good" if rng.random() < 0.2 else "meets_good"


def _moderation(cursor: object, rng: random.Random, instrument: object, now: datetime) -> None:
    """A moderator reads about one audit in seven, mostly agreeing."""
    audits = cursor.execute(  # type: ignore[attr-defined]
        "SELECT id, overall FROM case_file_audit WHERE status = 'completed'"
    ).fetchall()
    judgements: dict[int, list[tuple[str, str | None]]] = {}
    for audit_id, key, judgement in cursor.execute(  # type: ignore[attr-defined]
        "SELECT audit_id, area_key, judgement FROM audit_area ORDER BY id"
    ):
        judgements.setdefault(audit_id, []).append((key, judgement))
    order = ["does_not_meet_good", "meets_good", "exceeds_good"]
    moderation_rows = []
    area_rows = []
    moderation_id = 0
    for audit_id, overall in audits:
        if rng.random() >= MODERATED_SHARE:
            continue
        moderation_id += 1
        moderated = _nudge(rng, overall, order, 0.15)
        moderation_rows.append(
            (
                moderation_id,
                audit_id,
                11 + moderation_id % 2,
                now,
                overall,
                moderated == overall,
                moderated,
                "good" if moderated != "does_not_meet_good" else "not_yet_good",
                "",
                rng.choice(("yes", "yes", "partly", "no")),
                rng.choice(("yes", "partly")),
                1,
            )
        )
        for key, judgement in judgements[audit_id]:
            changed = _nudge(rng, judgement, order, 0.1)
            area_rows.append((moderation_id, key, judgement, changed == judgement, changed))
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO moderation (id, audit_id, moderator_id, moderated_at, auditor_overall, "
        "overall_agrees, moderated_overall, moderated_headline, comment, impact_at_centre, "
        "evaluative_narrative, version_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        moderation_rows,
    )
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO moderation_area (moderation_id, area_key, auditor_judgement, agrees, "
        "moderated_judgement) VALUES (?, ?, ?, ?, ?)",
        area_rows,
    )


def _nudge(rng: random.Random, grade: str | None, order: list[str], chance: float) -> str | None:
    if grade not in order or rng.random() >= chance:
        return grade
    index = order.index(grade) + rng.choice((-1, 1))
    return order[min(len(order) - 1, max(0, index))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    result = ensure(fresh=args.fresh)
    print(result.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
