"""Activities recorded as done (observation of practice, dip sample, visits, meetings, ...),
each with a date and a note. Case file audits, re-audits and reflective audits are never
recorded here: completing the audit itself counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.permissions import OTHERS_ACTIVITY, OWN_ACTIVITY
from qaaudit.domain.schedule import activity_kind
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.schedule.plan import PlanProblem
from qaaudit.store.errors import ConflictError
from qaaudit.store.schedule import (
    PlanRole,
    PlanServiceArea,
    QafPlan,
    ScheduleActivity,
    ScheduleTask,
)

ENTITY = "schedule_activity"
NOTE_LIMIT = 4000
EARLIEST = date(2000, 1, 1)


@dataclass(frozen=True)
class ActivityEntry:
    id: int
    person_id: int
    task_key: str
    task: str
    kind: str
    done_on: date
    count: int
    note: str
    version: int

    @property
    def kind_label(self) -> str:
        return activity_kind(self.kind).label


def task_for_key(session: Session, task_key: str, year: int) -> ScheduleTask | None:
    """The task with this key in the year's plan, or in the nearest plan that has it."""
    rows = session.execute(
        select(ScheduleTask, QafPlan.year)
        .join(PlanRole, ScheduleTask.role_id == PlanRole.id)
        .join(PlanServiceArea, PlanRole.area_id == PlanServiceArea.id)
        .join(QafPlan, PlanServiceArea.plan_id == QafPlan.id)
        .where(ScheduleTask.key == task_key)
    ).all()
    if not rows:
        return None
    return min(rows, key=lambda pair: abs(pair[1] - year))[0]


def _whose(actor: Actor, person_id: int) -> str:
    """Recording one's own activity, or someone else's, are different permissions."""
    return OWN_ACTIVITY if person_id == actor.id else OTHERS_ACTIVITY


def record_activity(
    session: Session,
    actor: Actor,
    person_id: int,
    task_key: str,
    done_on: date,
    note: str = "",
    *,
    count: int = 1,
    today: date | None = None,
) -> ActivityEntry:
    require(actor, _whose(actor, person_id))
    today = today or date.today()
    task = task_for_key(session, task_key, done_on.year)
    if task is None:
        raise PlanProblem("That task is not in any plan; it may have been removed.")
    kind = activity_kind(task.kind)
    if kind.automatic:
        raise PlanProblem(
            f"{kind.label}s count by themselves when the audit is completed; there is "
            "nothing to record."
        )
    if done_on > today:
        raise PlanProblem("An activity cannot be recorded as done on a day still to come.")
    if done_on < EARLIEST:
        raise PlanProblem("That date is too long ago; check the year.")
    if not 1 <= count <= 999:
        raise PlanProblem("How many must be between 1 and 999.")
    note = note.strip()
    if len(note) > NOTE_LIMIT:
        raise PlanProblem(f"The note is too long: at most {NOTE_LIMIT} characters.")
    row = ScheduleActivity(
        person_id=person_id,
        task_key=task_key,
        kind=task.kind,
        done_on=done_on,
        count=count,
        note=note,
        recorded_by_id=actor.id,
    )
    session.add(row)
    session.flush()
    record_changes(
        session,
        actor,
        ENTITY,
        row.id,
        [
            ("task", None, task.name),
            ("done_on", None, done_on.isoformat()),
            ("count", None, str(count)),
            ("note", None, note or None),
        ],
    )
    return ActivityEntry(
        row.id, person_id, task_key, task.name, task.kind, done_on, count, note, row.version_id
    )


def remove_activity(session: Session, actor: Actor, activity_id: int, version: int) -> None:
    row = session.get(ScheduleActivity, activity_id, with_for_update=True)
    if row is None or row.version_id != version:
        raise ConflictError("Someone else changed or removed this activity.")
    require(actor, _whose(actor, row.person_id))
    record_changes(session, actor, ENTITY, row.id, [("removed", row.done_on.isoformat(), None)])
    session.delete(row)
    session.flush()


def activities_between(
    session: Session, start: date, end: date, person_id: int | None = None
) -> list[ActivityEntry]:
    query = (
        select(ScheduleActivity)
        .where(ScheduleActivity.done_on >= start, ScheduleActivity.done_on <= end)
        .order_by(ScheduleActivity.done_on, ScheduleActivity.id)
    )
    if person_id is not None:
        query = query.where(ScheduleActivity.person_id == person_id)
    rows = list(session.scalars(query))
    names: dict[str, str] = {}
    for key in {r.task_key for r in rows}:
        task = task_for_key(session, key, start.year)
        names[key] = task.name if task else "(task no longer in the plan)"
    return [
        ActivityEntry(
            r.id,
            r.person_id,
            r.task_key,
            names[r.task_key],
            r.kind,
            r.done_on,
            r.count,
            r.note,
            r.version_id,
        )
        for r in rows
    ]
