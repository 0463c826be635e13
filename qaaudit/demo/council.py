"""Demo data: a clearly fictional council with several service areas, dozens of
managers, and two years and more of monthly case file audits (re-audits among them)
whose share of good rises over time, as the framework hopes it will.

Later parts of the program add their own demo data (the QAF plan, reviews, moderation,
corrective action): each is a module with ``populate(session, today, rng)``, named in
``DEMO_STEP_MODULES`` and run in that order after the audits.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from qaaudit.demo.text import (
    ACTIONS,
    CASE_HOLDERS,
    EXCEEDS_NOTE,
    MANAGERS,
    NARRATIVES,
    SERVICE_AREAS,
)
from qaaudit.domain.audit import COMPLETED, DRAFT, GOOD, NOT_YET_GOOD
from qaaudit.domain.instrument import AuditInstrument, current_audit_instrument
from qaaudit.services.common.actor import system_login
from qaaudit.store.models import (
    AuditAction,
    AuditArea,
    AuditTheme,
    CaseFileAudit,
    ChangeRecord,
    Person,
    PersonRole,
    ServiceArea,
    Team,
)

DEMO_STEP_MODULES: tuple[str, ...] = (
    "qaaudit.demo.schedule",
    "qaaudit.demo.moderation",
    "qaaudit.demo.reviews",
    "qaaudit.demo.corrective",
    "qaaudit.demo.reports",
)

LOGIN_PREFIX = "demo."
CASE_PREFIX = "DEMO-"
MONTHS = 26
RE_AUDIT_SHARE = 0.15

# How each kind of team's cases look: strand, likely age bands, likely themes.
TEAM_PROFILES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "Route 21": ("Care leavers", ("16-17", "18-25 (care leaver)"), ("young_people_in_care",)),
    "Children's Disability Team": (
        "Children looked after and permanence",
        ("1-4", "5-9", "10-15", "16-17"),
        ("children_with_disabilities",),
    ),
    "Fostering": (
        "Children looked after and permanence",
        ("1-4", "5-9", "10-15"),
        ("young_people_in_care",),
    ),
    "Adoption": ("Adoption", ("Under 1", "1-4", "5-9"), ("adoption",)),
    "Permanence Team": (
        "Children looked after and permanence",
        ("1-4", "5-9", "10-15"),
        ("young_people_13_16_into_care", "young_people_in_care"),
    ),
    "Children in Need Team": ("Help and protection", ("5-9", "10-15"), ("cin", "young_carers")),
}
DEFAULT_PROFILE = (
    "Help and protection",
    ("Unborn", "Under 1", "1-4", "5-9", "10-15", "16-17"),
    ("neglect", "domestic_violence", "re_referrals", "cp_plans_over_18_months"),
)
# Some areas are harder to get right than others (the council's own findings).
AREA_EFFECT = {"plans": -0.12, "assessments": -0.08, "diversity": -0.1, "risk": 0.05}
LOOKED_AFTER_ONLY = {"permanence", "placement", "independence"}
YOUNG = {"Unborn", "Under 1", "1-4"}


class DemoRefused(Exception):
    """Demo data would duplicate or mix with what is already there."""


@dataclass(frozen=True)
class DemoSummary:
    service_areas: int
    teams: int
    people: int
    audits: int
    re_audits: int
    drafts: int
    first_month: date
    last_month: date
    good_share_first_year: float
    good_share_last_year: float
    runner: str

    def lines(self) -> list[str]:
        return [
            f"Service areas: {self.service_areas}; teams: {self.teams}; managers: {self.people}",
            f"Completed audits: {self.audits} ({self.re_audits} re-audits), "
            f"{self.first_month:%B %Y} to {self.last_month:%B %Y}",
            f"Open drafts: {self.drafts}",
            f"Share judged good: {self.good_share_first_year:.0%} in the first year, "
            f"{self.good_share_last_year:.0%} in the last",
            f"You ({self.runner}) are a QA lead and an auditor in Assessment Team 1.",
        ]


def refusal(session: Session) -> str | None:
    """Why demo data may not be added to this database, or None."""
    demo = session.scalar(
        select(func.count(Person.id)).where(Person.login.startswith(LOGIN_PREFIX))
    ) or session.scalar(
        select(func.count(CaseFileAudit.id)).where(
            CaseFileAudit.case_number.startswith(CASE_PREFIX)
        )
    )
    if demo:
        return (
            "This database already holds demo data, so nothing was added. To start "
            "again, use a new database, e.g. `qaaudit demo --db demo2.sqlite3`."
        )
    real = session.scalar(
        select(func.count(CaseFileAudit.id)).where(
            ~CaseFileAudit.case_number.startswith(CASE_PREFIX)
        )
    )
    if real:
        return (
            "This database holds real audits; demo data would be mixed in with them, so "
            "nothing was added. Use a database of its own, e.g. `qaaudit demo --db "
            "demo.sqlite3`."
        )
    return None


def populate(
    session: Session, today: date, seed: int = 2017, runner_login: str | None = None
) -> DemoSummary:
    """Fill the database with the fictional council. Refuses (DemoRefused) when demo
    data is already there or real audits are."""
    why = refusal(session)
    if why:
        raise DemoRefused(why)
    rng = random.Random(seed)
    builder = _Council(session, today, rng, current_audit_instrument())
    builder.people(runner_login or system_login())
    summary = builder.audits()
    for name in DEMO_STEP_MODULES:
        importlib.import_module(name).populate(session, today, rng)
    return summary


def _add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


class _Council:
    def __init__(
        self, session: Session, today: date, rng: random.Random, instrument: AuditInstrument
    ) -> None:
        self.session, self.today, self.rng, self.instrument = session, today, rng, instrument
        self.teams: list[Team] = []
        self.auditors: list[Person] = []
        self.runner: Person | None = None
        self.case_numbers: set[str] = set()
        self.team_effect: dict[int, float] = {}

    def people(self, runner_login: str) -> None:
        s, rng = self.session, self.rng
        existing = {a.name: a for a in s.scalars(select(ServiceArea))}
        position = len(existing)
        by_name: dict[str, Team] = {}
        for area_name, team_names in SERVICE_AREAS.items():
            area = existing.get(area_name)
            if area is None:
                area = ServiceArea(name=area_name, position=position)
                position += 1
                s.add(area)
            for team_name in team_names:
                team = Team(name=team_name, service_area=area)
                s.add(team)
                by_name[team_name] = team
        s.flush()
        self.teams = list(by_name.values())
        for team in self.teams:
            self.team_effect[team.id] = rng.uniform(-0.08, 0.08)
        auditing = [t for t in self.teams if t.name != "Safeguarding and Quality Assurance"]
        qa_team = by_name["Safeguarding and Quality Assurance"]
        people: list[Person] = []
        for index, (name, login) in enumerate(MANAGERS):
            if index < 2:  # Head of Safeguarding and Principal Social Worker
                team, roles = qa_team, ("moderator",)
            elif index == 2:
                team, roles = qa_team, ("qa_lead",)
            else:
                team = auditing[(index - 3) % len(auditing)]
                roles = ("auditor",)
            person = Person(login=LOGIN_PREFIX + login, name=name, team_id=team.id)
            person.email = f"{login}@example.invalid"
            person.roles = [PersonRole(role=r) for r in roles]
            people.append(person)
        s.add_all(people)
        s.flush()
        # One service manager per service area, who audits as well.
        seen: set[int] = set()
        for person in people:
            area_id = next(t.service_area_id for t in self.teams if t.id == person.team_id)
            if person.role_names == {"auditor"} and area_id not in seen:
                seen.add(area_id)
                person.roles.append(PersonRole(role="service_manager"))
        self.auditors = [p for p in people if "auditor" in p.role_names]
        runner = s.scalar(select(Person).where(Person.login == runner_login))
        if runner is None:
            runner = Person(login=runner_login, name=runner_login)
            s.add(runner)
        runner.team_id = by_name["Assessment Team 1"].id
        for role in ("qa_lead", "auditor"):
            if role not in runner.role_names:
                runner.roles.append(PersonRole(role=role))
        s.flush()
        self.runner = runner

    def _case_number(self) -> str:
        while True:
            number = f"{CASE_PREFIX}{self.rng.randint(100000, 999999)}"
            if number not in self.case_numbers:
                self.case_numbers.add(number)
                return number

    def audits(self) -> DemoSummary:
        rng = self.rng
        last = _add_months(self.today.replace(day=1), -1)
        first = _add_months(last, -(MONTHS - 1))
        team_of = {t.id: t for t in self.teams}
        done_by_team: dict[int, list[_Planned]] = {t.id: [] for t in self.teams}
        good_by_year: dict[int, list[bool]] = {0: [], 1: []}
        completed = re_audits = 0
        runner = self.runner
        assert runner is not None
        for step in range(MONTHS):
            month = _add_months(first, step)
            cutoff = _add_months(month, -3)
            progress = step / (MONTHS - 1)
            batch: list[_Planned] = []
            auditors = list(self.auditors)
            if step >= MONTHS - 6:
                auditors.append(runner)
            for person in auditors:
                if rng.random() > 0.9:
                    continue  # leave, sickness, a month missed
                assert person.team_id is not None
                team = team_of[person.team_id]
                previous = None
                if rng.random() < RE_AUDIT_SHARE:
                    earlier = [a for a in done_by_team[team.id] if a.row["audit_month"] <= cutoff]
                    previous = rng.choice(earlier) if earlier else None
                chance = 0.40 + 0.30 * progress + self.team_effect[team.id]
                if previous is not None:
                    chance += 0.1  # a re-audit usually finds practice has moved on
                    re_audits += 1
                planned = self._audit(person, team, month, chance, previous)
                batch.append(planned)
                good = planned.row["headline"] == GOOD
                if step < 12:
                    good_by_year[0].append(good)
                elif step >= MONTHS - 12:
                    good_by_year[1].append(good)
            self._insert(batch)
            for planned in batch:
                done_by_team[planned.row["team_id"]].append(planned)
            completed += len(batch)
        drafts = self._drafts(runner)
        return DemoSummary(
            service_areas=len(SERVICE_AREAS),
            teams=len(self.teams),
            people=len(MANAGERS),
            audits=completed,
            re_audits=re_audits,
            drafts=drafts,
            first_month=first,
            last_month=last,
            good_share_first_year=sum(good_by_year[0]) / max(1, len(good_by_year[0])),
            good_share_last_year=sum(good_by_year[1]) / max(1, len(good_by_year[1])),
            runner=runner.login,
        )

    def _audit(
        self,
        person: Person,
        team: Team,
        month: date,
        chance: float,
        previous: _Planned | None,
        status: str = COMPLETED,
        areas_done: int = 12,
    ) -> _Planned:
        rng, instrument = self.rng, self.instrument
        strand, ages, themes = TEAM_PROFILES.get(team.name, DEFAULT_PROFILE)
        good = rng.random() < chance
        overall = ("exceeds_good" if rng.random() < 0.12 else "meets_good") if good else None
        overall = overall or "does_not_meet_good"
        before = previous.row if previous else None
        age = before["age_band"] if before else rng.choice(ages)
        looked_after = strand != "Help and protection"
        written = datetime.combine(month.replace(day=rng.randint(3, 26)), time(rng.randint(9, 16)))
        updated = written + timedelta(days=rng.randint(0, 2))
        row: dict[str, Any] = {
            "case_number": before["case_number"] if before else self._case_number(),
            "auditor_id": person.id,
            "team_id": team.id,
            "audit_month": month,
            "case_holder": rng.choice(CASE_HOLDERS),
            "discussed_on": None,
            "age_band": age,
            "strand": before["strand"] if before else strand,
            "previous_audit_id": previous.id if previous else None,
            "overall": None,
            "headline": None,
            "status": status,
            "template_version": instrument.version,
            "created_at": written,
            "updated_at": updated,
            "completed_at": None,
            "version_id": 1,
        }
        if status == COMPLETED:
            row.update(
                overall=overall, headline=GOOD if good else NOT_YET_GOOD, completed_at=updated
            )
            if rng.random() < 0.93:
                row["discussed_on"] = min(
                    updated.date() + timedelta(days=rng.randint(0, 6)),
                    _add_months(month, 1) - timedelta(days=1),
                )
        planned = _Planned(row, person.login)
        weak: list[str] = []
        for index, area in enumerate(instrument.areas):
            if index >= areas_done:
                planned.areas.append(_area_row(area.key, None))
                continue
            applies = not area.may_be_not_applicable or (
                area.key not in LOOKED_AFTER_ONLY or looked_after
            )
            if area.key == "independence" and age not in ("16-17", "18-25 (care leaver)"):
                applies = False
            if area.key == "reviews" and rng.random() < 0.1:
                applies = False
            if not applies:
                planned.areas.append(_area_row(area.key, "not_applicable"))
                continue
            area_chance = (0.88 if good else 0.38) + AREA_EFFECT.get(area.key, 0.0)
            if rng.random() < area_chance:
                exceeds = overall == "exceeds_good" and rng.random() < 0.5
                grade = "exceeds_good" if exceeds else "meets_good"
            else:
                grade = "does_not_meet_good"
                weak.append(area.key)
            planned.areas.append(self._area(area.key, grade, young=age in YOUNG))
        if overall == "exceeds_good" and status == COMPLETED:
            judged = [a for a in planned.areas if a["judgement"] == "meets_good"]
            if judged and not any(a["judgement"] == "exceeds_good" for a in planned.areas):
                best = rng.choice(judged)
                best["judgement"] = "exceeds_good"
                best["evidence"] += " " + rng.choice(EXCEEDS_NOTE)
        picked = {"full_case_file"} if rng.random() < 0.3 else set()
        picked.add(rng.choice(themes))
        if rng.random() < 0.25:
            picked.add(rng.choice(DEFAULT_PROFILE[2]))
        planned.themes = sorted(picked)
        for position, key in enumerate(weak[:3]):
            planned.actions.append(
                {
                    "position": position,
                    "action": rng.choice(ACTIONS[key]),
                    "owner": row["case_holder"] if rng.random() < 0.7 else person.name,
                    "due_on": _add_months(month, 2) - timedelta(days=1),
                    "done_on": None,
                }
            )
        return planned

    def _area(self, key: str, grade: str, young: bool) -> dict[str, Any]:
        rng = self.rng
        good_evidence, poor_evidence, good_impact, poor_impact = NARRATIVES[key]
        good = grade != "does_not_meet_good"

        def suitable(bank: tuple[str, ...]) -> list[str]:
            # No school reports for a baby.
            fits = [t for t in bank if not (young and "school" in t.lower())]
            return fits if len(fits) >= 2 else list(bank)

        evidence = " ".join(rng.sample(suitable(good_evidence if good else poor_evidence), 2))
        impact = rng.choice(suitable(good_impact if good else poor_impact))
        return {"area_key": key, "judgement": grade, "evidence": evidence, "impact": impact}

    def _drafts(self, runner: Person) -> int:
        """A few audits started this month and not yet finished, two of them yours."""
        rng = self.rng
        month = self.today.replace(day=1)
        team_of = {t.id: t for t in self.teams}
        drafts = []
        for person in [*rng.sample(self.auditors, 3), runner, runner]:
            assert person.team_id is not None
            team = team_of[person.team_id]
            areas_done = rng.randint(2, 9)
            drafts.append(
                self._audit(person, team, month, 0.6, None, status=DRAFT, areas_done=areas_done)
            )
        self._insert(drafts)
        return len(drafts)

    def _insert(self, batch: list[_Planned]) -> None:
        """Many rows at once, straight to the tables: the ORM would take far longer."""
        if not batch:
            return
        s = self.session
        ids = s.scalars(
            insert(CaseFileAudit).returning(CaseFileAudit.id, sort_by_parameter_order=True),
            [p.row for p in batch],
        ).all()
        areas, themes, actions, history = [], [], [], []
        for planned, audit_id in zip(batch, ids, strict=True):
            planned.id = audit_id
            areas += [{**a, "audit_id": audit_id} for a in planned.areas]
            themes += [{"audit_id": audit_id, "theme_key": k} for k in planned.themes]
            actions += [{**a, "audit_id": audit_id} for a in planned.actions]
            base = {
                "person_id": planned.row["auditor_id"],
                "login": planned.login,
                "entity": "case_file_audit",
                "entity_id": audit_id,
            }
            history.append(
                {**base, "at": planned.row["created_at"], "field": "created"}
                | {"old_value": None, "new_value": DRAFT}
            )
            if planned.row["status"] == COMPLETED:
                history.append(
                    {**base, "at": planned.row["completed_at"], "field": "status"}
                    | {"old_value": DRAFT, "new_value": COMPLETED}
                )
        s.execute(insert(AuditArea), areas)
        s.execute(insert(AuditTheme), themes)
        if actions:
            s.execute(insert(AuditAction), actions)
        s.execute(insert(ChangeRecord), history)


class _Planned:
    """One audit about to be written: its row, and the rows that hang off it."""

    def __init__(self, row: dict[str, Any], login: str) -> None:
        self.row = row
        self.login = login
        self.id = 0
        self.areas: list[dict[str, Any]] = []
        self.themes: list[str] = []
        self.actions: list[dict[str, Any]] = []


def _area_row(key: str, judgement: str | None) -> dict[str, Any]:
    return {"area_key": key, "judgement": judgement, "evidence": "", "impact": ""}
