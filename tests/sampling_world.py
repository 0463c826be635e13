"""A small council for the draw of cases to audit: two service areas, four teams, six
team managers who each owe one case file audit in March 2017 in the QAF plan, and the
month's case list written as the case management system exports it."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from qaaudit.services.common.actor import Actor
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.services.schedule.roles import assign_role
from qaaudit.store.database import Database
from tests.factories import make_person, make_team

MARCH = date(2017, 3, 1)
TODAY = date(2017, 3, 2)
TM_SOCIAL_CARE = "help-and-protection/team-manager-social-care"
TEAMS = (
    ("Assessment Team 1", "Help and Protection"),
    ("Child Protection Team 2", "Help and Protection"),
    ("Looked After Team", "Looked After Children"),
    ("Leaving Care Team", "Looked After Children"),
)
STATUSES = ("CIN", "CP", "LAC", "Care leaver")
HEADINGS = ("Child ID", "Child name", "Allocated team", "Legal status", "Worker", "Age", "Opened")


@dataclass
class Council:
    db: Database
    lead: Actor
    teams: dict[str, int] = field(default_factory=dict)
    auditors: dict[str, Actor] = field(default_factory=dict)


def build_council(db: Database, lead: Actor, managers: int = 6) -> Council:
    council = Council(db, lead)
    with db.writing() as s:
        load_council_plan(s, lead)
        for name, area in TEAMS:
            council.teams[name] = make_team(s, name, area).id
        names = list(council.teams)
        for n in range(managers):
            team = names[n % len(names)]
            login = f"tm{n + 1}"
            from qaaudit.store.models import Team

            person = make_person(
                s, login, f"Team Manager {n + 1}", ("auditor",), s.get(Team, council.teams[team])
            )
            assign_role(
                s, lead, person.id, TM_SOCIAL_CARE, date(2016, 9, 1), team_id=council.teams[team]
            )
            council.auditors[login] = person
    return council


def case_rows(count: int, start: int = 1) -> list[list[str]]:
    """``count`` cases spread over the teams and legal statuses (the child's name column is
    there, as a real export has it, and must go no further than the file)."""
    rows = []
    for n in range(start, start + count):
        team = TEAMS[n % len(TEAMS)][0]
        status = STATUSES[(n // 3) % len(STATUSES)]
        rows.append(
            [f"CN{n:06d}", f"Child Name {n}", team, status, f"Worker {n % 7}", "5-9", "01/02/2016"]
        )
    return rows


def write_case_list(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADINGS)
        writer.writerows(rows)
    return path
