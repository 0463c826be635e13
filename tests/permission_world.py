"""A small council in which every operation that changes data can be tried by anyone: one
person for each role and one with no role at all, all in the same team, each with a draft
audit, an activity and a recovery copy of their own; a colleague's completed audits
(one with corrective action, one still without), service reviews in draft and with the
panel, a QAF plan with people in its roles, and the plan as a workbook. Built once per
database by the QA lead and administrator who set the database up; each operation is then
tried in a transaction of its own that is rolled back, so every try starts from here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from qaaudit.domain.audit_report import parse_quarter
from qaaudit.domain.plan import AreaData, PlanData, RoleData, TaskData, ThemeData
from qaaudit.domain.review import ReviewAction
from qaaudit.domain.review_period import Period
from qaaudit.exports.schedule.excel import ScheduleExportOptions, export_schedule
from qaaudit.services.audit import audits
from qaaudit.services.common import drafts
from qaaudit.services.common.actor import Actor
from qaaudit.services.reports import action_plans, reports
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review import reviews
from qaaudit.services.sampling.case_list import CheckedCase, store_case_list
from qaaudit.services.sampling.draws import draw_month
from qaaudit.services.schedule.activities import record_activity
from qaaudit.services.schedule.plan import load_plan, store_plan
from qaaudit.services.schedule.roles import assign_role
from qaaudit.services.trends.rebases import add_rebase
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.database import Database
from tests.factories import complete_form, make_person, make_team
from tests.review_factories import filled_in

TODAY = date(2017, 11, 20)
NO_ROLE = "no role"
# Who tries each operation: a person holding just that role, and someone with none.
CAST = ("auditor", "service_manager", "strategic_lead", "moderator", "qa_lead", "admin", NO_ROLE)
PLAN_YEAR = 2017
RECOVERY_SLOT = "audit:new"
PANEL_PERIOD = Period(date(2016, 7, 1), date(2016, 12, 31))
DRAFT_PERIOD = Period(date(2017, 1, 1), date(2017, 6, 30))
NEW_PERIOD = Period(date(2017, 7, 1), date(2017, 12, 31))


@dataclass(frozen=True)
class Row:
    """A stored row as an editor holds it: its id and the version it was read at."""

    id: int
    version: int


@dataclass
class World:
    people: dict[str, Actor]
    colleague: Actor
    spare_admin: Actor
    team_id: int
    team_name: str
    other_team_id: int
    other_team_name: str
    area_id: int
    area_name: str
    own_drafts: dict[int, Row] = field(default_factory=dict)
    own_activities: dict[int, Row] = field(default_factory=dict)
    completed_audit: int = 0
    corrective: Row = Row(0, 0)
    draft_review: Row = Row(0, 0)
    panel_review: Row = Row(0, 0)
    open_action: int = 0
    done_action: int = 0
    plan_id: int = 0
    plan_area: Row = Row(0, 0)
    second_area: Row = Row(0, 0)
    plan_role: int = 0
    other_role_key: str = ""
    task: Row = Row(0, 0)
    observation: str = ""
    theme: Row = Row(0, 0)
    assignment: Row = Row(0, 0)
    colleague_activity: Row = Row(0, 0)
    workbook: Path = Path()
    rebase: int = 0

    report: Row = Row(0, 0)
    recommendation: int = 0
    plan_item: Row = Row(0, 0)

    drawn_allocation: int = 0
    spare_case: str = ""

    # A draft version of a form, started by the QA lead.
    form_draft: Row = Row(0, 0)
    form_draft_version: str = ""


def as_auditor(person: Actor) -> Actor:
    """The person with the auditor's role, to give them their own work to try things on."""
    return replace(person, roles=frozenset({"auditor"}))


def small_plan() -> PlanData:
    return PlanData(
        title="QAF PLAN",
        areas=[
            AreaData(
                "Help and Protection",
                [
                    RoleData(
                        "Team Manager",
                        [
                            TaskData(
                                "Case file audit",
                                "case_file_audit",
                                months=frozenset(range(1, 13)),
                                assumed=frozenset({1, 2}),
                            ),
                            TaskData(
                                "Observation of practice",
                                "practice_observation",
                                months=frozenset({1, 4, 7, 10}),
                            ),
                        ],
                    )
                ],
            ),
            AreaData(
                "Early Help",
                [
                    RoleData(
                        "Family Worker",
                        [TaskData("Dip sample", "dip_sample", months=frozenset({3}))],
                    )
                ],
            ),
        ],
        themes=[ThemeData("Neglect", months=frozenset({3}))],
    )


def build_world(db: Database, lead: Actor, tmp_path: Path) -> World:
    with db.writing() as s:
        team = make_team(s, "Assessment Team 1", "Help and Protection")
        other_team = make_team(s, "Children's Centre North", "Early Help and Prevention")
        people = {
            who: make_person(s, who.replace(" ", "."), f"Person {who}", roles, team)
            for who, roles in ((w, () if w == NO_ROLE else (w,)) for w in CAST)
        }
        world = World(
            people=people,
            colleague=make_person(s, "colleague", "Chris Colleague", ("auditor",), team),
            spare_admin=make_person(s, "spare", "Sam Spare", ("qa_lead", "admin"), team),
            team_id=team.id,
            team_name=team.name,
            other_team_id=other_team.id,
            other_team_name=other_team.name,
            area_id=team.service_area_id,
            area_name="Help and Protection",
        )
        _audits(s, world)
        _reviews(s, world, lead)
        _plan(s, world, lead)
        world.rebase = add_rebase(s, lead, date(2017, 1, 1), "Training programme began").id

        _reports(s, world, lead)

        _sampling(s, world, lead)
    world.workbook = tmp_path / "plan.xlsx"
    with db.reading() as s:
        export_schedule(s, ScheduleExportOptions(PLAN_YEAR, today=TODAY), world.workbook)
    from qaaudit.services.instruments import versions

    with db.writing() as s:
        draft = versions.start_version(s, lead, "observation_of_practice")
    world.form_draft = Row(0, draft.row_version or 0)
    world.form_draft_version = draft.version
    return world


def _audits(s: Session, world: World) -> None:
    for index in range(len(world.people)):
        # Each person's own draft re-audits a case the colleague audited before.
        form = complete_form(world.team_id, f"OWN{index}", month=date(2017, 1, 1))
        record = audits.create_audit(s, world.colleague, form, TODAY)
        audits.complete_audit(s, world.colleague, record.id, record.version, form, TODAY)
    for index, person in enumerate(world.people.values()):
        own = as_auditor(person)
        form = complete_form(world.team_id, f"OWN{index}")
        record = audits.create_audit(s, own, form, TODAY)
        world.own_drafts[person.id] = Row(record.id, record.version)
        drafts.keep(s, own, RECOVERY_SLOT, {"case_number": f"OWN{index}"})
    drafts.keep(s, world.colleague, RECOVERY_SLOT, {"case_number": "THEIRS"})
    completed = []
    for case in ("C1", "C2"):
        form = complete_form(world.team_id, case, grade="does_not_meet_good")
        record = audits.create_audit(s, world.colleague, form, TODAY)
        done = audits.complete_audit(s, world.colleague, record.id, record.version, form, TODAY)
        completed.append(done.id)
    world.completed_audit = completed[0]
    action = s.query(CorrectiveAction).filter_by(audit_id=completed[0]).one()
    world.corrective = Row(action.id, action.version_id)
    # The second has lost its corrective action, as an audit imported from a workbook has
    # none: opening the missing ones (back-filling) has something to do.
    s.execute(delete(CorrectiveAction).where(CorrectiveAction.audit_id == completed[1]))


def _reviews(s: Session, world: World, lead: Actor) -> None:
    record = reviews.create_review(s, lead, world.area_id, PANEL_PERIOD, TODAY)
    form = filled_in(record.form)
    form.actions.append(
        ReviewAction("Audit supervision quarterly", "Team manager", date(2017, 3, 31), "workloads")
    )
    sent = reviews.send_to_panel(s, lead, record.id, record.version, form)
    first, second = (a.id for a in sent.form.actions)
    assert first is not None and second is not None
    review_actions.mark_done(s, lead, first, sent.version, date(2017, 1, 10), "Done", TODAY)
    world.done_action, world.open_action = first, second
    world.panel_review = Row(record.id, reviews.load_review(s, record.id).version)

    draft = reviews.create_review(s, lead, world.area_id, DRAFT_PERIOD, TODAY)
    saved = reviews.save_review(s, lead, draft.id, draft.version, filled_in(draft.form))
    world.draft_review = Row(saved.id, saved.version)


def _plan(s: Session, world: World, lead: Actor) -> None:
    stored = store_plan(s, lead, PLAN_YEAR, small_plan())
    world.plan_id = stored.id
    first, second = stored.areas
    world.plan_area = Row(first.id, first.version)
    world.second_area = Row(second.id, second.version)
    role = first.roles[0]
    world.plan_role = role.id
    world.other_role_key = second.roles[0].key
    world.task = Row(role.tasks[0].id, role.tasks[0].version)
    world.observation = role.tasks[1].key
    world.theme = Row(stored.themes[0].id, stored.themes[0].version)
    held = assign_role(
        s, lead, world.colleague.id, role.key, date(2017, 1, 1), team_id=world.team_id
    )
    world.assignment = Row(held.id, held.version)
    for person in [*world.people.values(), world.colleague]:
        entry = record_activity(
            s, lead, person.id, world.observation, date(2017, 4, 3), today=TODAY
        )
        if person == world.colleague:
            world.colleague_activity = Row(entry.id, entry.version)
        else:
            world.own_activities[person.id] = Row(entry.id, entry.version)
    assert load_plan(s, PLAN_YEAR) is not None


def _reports(s: Session, world: World, lead: Actor) -> None:
    draft = reports.draft_report(s, lead, parse_quarter("2017Q1"), TODAY)
    draft.text.recommendations = [
        reports.Recommendation("Chronologies kept up to date"),
        reports.Recommendation("Contingency plans in every plan", world.area_id),
    ]
    saved = reports.save_report(s, lead, draft.id, draft.version, draft.text)
    world.report = Row(saved.id, saved.version)
    world.recommendation = saved.text.recommendations[0].id or 0
    item = action_plans.add_item(
        s,
        lead,
        service_area_id=world.area_id,
        owner_id=world.people["strategic_lead"].id,
        action="Supervision checks chronologies",
        due_on=date(2017, 6, 30),
        recommendation_id=world.recommendation,
    )
    world.plan_item = Row(item.id, item.version)


DRAWN_MONTH = date(2017, 5, 1)
LISTED_MONTH = date(2017, 6, 1)


def case_list(team_id: int, prefix: str) -> list[CheckedCase]:
    return [
        CheckedCase(n + 2, f"{prefix}{n}", team_id, "child_in_need", "Worker", "5-9", None)
        for n in range(3)
    ]


def _sampling(s: Session, world: World, lead: Actor) -> None:
    """May's cases drawn (the colleague owes one), June's list imported but not drawn."""
    headings = {"case_number": "Child ID"}
    for month, prefix in ((DRAWN_MONTH, "MAY"), (LISTED_MONTH, "JUN")):
        store_case_list(
            s, lead, month, "cases.csv", "0" * 64, case_list(world.other_team_id, prefix), headings
        )
    draw_month(s, lead, DRAWN_MONTH, TODAY, seed=1)
    from qaaudit.store.sampling import SampleAllocation

    [allocation] = s.query(SampleAllocation).all()
    world.drawn_allocation = allocation.id
    world.spare_case = next(f"MAY{n}" for n in range(3) if f"MAY{n}" != allocation.case_number)
