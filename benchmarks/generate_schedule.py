"""The large council's QAF schedule: the council's plan for every year of the data set
(and for this year, so that "My month" has a due list), every auditor in a role of the
plan from their team, the moderators and the QA lead in theirs, and most recorded
activities done, more of them as the years go by.

The plans go in through the plan services (a few hundred rows each); people in roles and
activities, thousands of rows, through the driver's executemany.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from qaaudit.domain.schedule import activity_kind

PLAN_YEAR = 2017  # the year of the council's own plan (the seed)

# The generated council's service areas, in generate.SERVICE_AREAS order: the plan's
# service area, and (service manager's role, team managers' roles) for each team number.
ROLE_MAP: tuple[tuple[str, dict[int, tuple[str, tuple[str, ...]]]], ...] = (
    ("Help and Protection", {0: ("Service Manager", ("Team Manager - Social Care",))}),
    (
        "Looked After Children",
        {
            1: ("Route 21 Service Manager", ("Route 21 - Team Managers",)),
            2: (
                "Children's Disability - Service Manager",
                ("Children's Disability - Team Managers",),
            ),
            3: (
                "Fostering and Adoption - Service Managers",
                ("Fostering and Adoption - Team Managers",),
            ),
            0: (
                "Looked After Children - Service Manager",
                ("Long Term Looked After Children - Team Managers",),
            ),
        },
    ),
    (
        "Early Help and Prevention",
        {
            0: (
                "Service Manager - Early Help & C&FF",
                ("Team Manager - C&FF", "Children's Centre Managers", "CAF Co-ordinators"),
            )
        },
    ),
    ("Quality and Performance", {0: ("IRO Manager", ("IROs and CP Chairs",))}),
    ("Youth Offending Services", {0: ("Service Manager", ("Case Managers",))}),
)
LEADERS_AREA = "Safeguarding, Early Help and Prevention"
NOTES = (
    "Observed a home visit; warm, child-focused conversation. Feedback given the same week.",
    "Reviewed supervision notes and the assessment: analysis good, plan updated.",
    "Dip sample of minutes: timely, children's views recorded in most.",
    "Done as planned; notes kept in the team's QA folder.",
)


@dataclass(frozen=True)
class Holder:
    """Someone who holds a role of the plan from the first day of the data set."""

    person_id: int
    team_id: int | None
    area: str
    role: str
    line: str | None = None


def plan_years(first: int, last: int, today: date) -> list[int]:
    return sorted({*range(first, last + 1), today.year})


def write_plans(db: Any, actor: Any, years: list[int]) -> Any:
    """The council's plan for PLAN_YEAR from the seed, copied to every other year (keys
    and all, as the QA lead copies it each year). Returns the PLAN_YEAR plan's view."""
    from qaaudit.services.schedule.plan import copy_plan, load_council_plan, load_plan

    with db.writing() as session:
        load_council_plan(session, actor)
        for year in years:
            if year != PLAN_YEAR:
                copy_plan(session, actor, PLAN_YEAR, year)
        return load_plan(session, PLAN_YEAR)


def holders(
    teams: list[tuple[int, int]],
    team_people: dict[int, list[int]],
    moderators: list[int],
    lead_id: int,
) -> list[Holder]:
    """Who holds which role: in each team the first person is its service manager."""
    found: list[Holder] = []
    numbers: dict[int, int] = {}
    for team_id, area_index in teams:
        number = numbers.get(area_index, 0) + 1
        numbers[area_index] = number
        area, by_number = ROLE_MAP[area_index]
        manager_role, team_roles = by_number.get(number, by_number[0])
        if area_index == 3 and number % 2 == 0:
            manager_role = "CP Chair Manager"
        for index, person_id in enumerate(team_people[team_id]):
            if index == 0:
                found.append(Holder(person_id, team_id, area, manager_role))
            else:
                found.append(
                    Holder(person_id, team_id, area, team_roles[(index - 1) % len(team_roles)])
                )
    for number, person_id in enumerate(moderators, start=1):
        found.append(Holder(person_id, None, LEADERS_AREA, "Senior Leadership Team"))
        found.append(
            Holder(person_id, None, LEADERS_AREA, "Visit LAC in Placement", f"SLT member {number}")
        )
    found.append(Holder(lead_id, None, LEADERS_AREA, "Quality Assurance"))
    return found


def write_roles_and_work(
    cursor: Any,
    rng: random.Random,
    plan: Any,
    people: list[Holder],
    first_day: date,
    activity_years: range,
    now: datetime,
) -> tuple[int, int]:
    """People in roles from ``first_day``, and the recorded activities of
    ``activity_years``. Returns how many of each."""
    roles = {(a.name, r.name): r for a, r in plan.roles()}
    assignments = []
    activities = []
    for holder in people:
        role = roles[(holder.area, holder.role)]
        task_key = None
        tasks = role.tasks
        if holder.line is not None:
            tasks = tuple(t for t in role.tasks if t.name == holder.line)
            task_key = tasks[0].key
        assignments.append(
            (
                holder.person_id,
                role.key,
                holder.area,
                role.name,
                task_key,
                holder.team_id,
                first_day,
                None,
                now,
                1,
            )
        )
        for year in activity_years:
            share = min(0.6 + 0.04 * (year - activity_years.start), 0.95)
            for task in tasks:
                if activity_kind(task.kind).automatic or task.expected <= 0:
                    continue
                for month in sorted(task.months):
                    if rng.random() >= share:
                        continue
                    done_on = date(year, month, rng.randint(1, 28))
                    activities.append(
                        (
                            holder.person_id,
                            task.key,
                            task.kind,
                            done_on,
                            task.expected,
                            rng.choice(NOTES),
                            holder.person_id,
                            datetime(year, month, done_on.day, 16, 0),
                            1,
                        )
                    )
    cursor.executemany(
        "INSERT INTO role_assignment (person_id, role_key, service_area, role, task_key, "
        "team_id, starts_on, ends_on, created_at, version_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        assignments,
    )
    cursor.executemany(
        "INSERT INTO schedule_activity (person_id, task_key, kind, done_on, count, note, "
        "recorded_by_id, created_at, version_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        activities,
    )
    return len(assignments), len(activities)
