"""Who may do what, tried for real. Every operation that changes data is run through its
own service function by a person holding each role in turn, and by someone with no role
at all; what happened must be the table written out below, and an operation that was
refused must have written nothing at all. The same on SQLite and on PostgreSQL.

The table here is written out by hand, not read from the program's own table, so that a
change to who may do what shows up as a failing test and is made on purpose."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import qaaudit.exports
import qaaudit.services
from qaaudit.bootstrap import Opened
from qaaudit.domain import permissions as table
from qaaudit.domain.audit import COMPLETED
from qaaudit.domain.audit_report import parse_month
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.domain.plan import PlanData
from qaaudit.domain.roles import ROLE_KEYS
from qaaudit.exports.audit.data_excel import write_audits_workbook
from qaaudit.exports.audit.data_import import import_audits_workbook
from qaaudit.exports.sampling.case_list_file import (
    CaseListFile,
    check_case_list,
    import_case_list,
)
from qaaudit.exports.sampling.case_list_file import prepare as prepare_case_list
from qaaudit.exports.schedule.workbook_import import import_schedule
from qaaudit.services.audit import audits, earlier_actions, follow_up
from qaaudit.services.audit.imports import ImportedAudit, store_import
from qaaudit.services.common import council, drafts
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.corrective import actions as corrective
from qaaudit.services.instruments import versions as instrument_versions
from qaaudit.services.moderation import records as moderation
from qaaudit.services.moving.sqlite_file import check_may_move_in
from qaaudit.services.people import admin, teams
from qaaudit.services.reports import action_plans, meetings, reports
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review import reviews
from qaaudit.services.sampling import case_list as case_lists
from qaaudit.services.sampling import draws
from qaaudit.services.schedule import activities, edit, plan, roles
from qaaudit.services.trends import rebases
from qaaudit.store.base import Base
from qaaudit.store.database import Database
from tests.factories import complete_form, make_person, make_team
from tests.permission_world import (
    CAST,
    DRAWN_MONTH,
    LISTED_MONTH,
    NEW_PERIOD,
    NO_ROLE,
    PLAN_YEAR,
    RECOVERY_SLOT,
    TODAY,
    World,
    build_world,
    case_list,
)

# x: allowed; -: refused. Columns in the order of CAST.
EXPECTED = """
                                             auditor  manager  strategic  moderator  qa_lead  admin  none
start an audit                                  x        x        x          x         x       x     -
save your own draft audit                       x        x        x          x         x       x     -
complete your own audit                         x        x        x          x         x       x     -
delete your own draft audit                     x        x        x          x         x       x     -
import audits                                   -        -        -          -         x       x     -
open corrective action audits lack              -        x        -          -         x       x     -
set the day corrective action starts            -        -        -          -         x       x     -
confirm corrective action                       -        x        -          -         -       -     -
moderate an audit                               -        -        -          x         x       -     -
start a service review                          -        x        -          x         x       x     -
save a service review                           -        x        -          x         x       x     -
send a review to the panel                      -        x        -          x         x       x     -
delete a draft review                           -        x        -          x         x       x     -
carry open actions into a review                -        x        -          x         x       x     -
return a review to the service                  -        -        -          x         x       x     -
make a review final                             -        -        -          x         x       x     -
mark a review action done                       -        x        -          x         x       x     -
reopen a review action                          -        x        -          x         x       x     -
shade a month of the plan                       -        -        -          -         x       x     -
change a task's text                            -        -        -          -         x       x     -
change the number expected each month           -        -        -          -         x       x     -
change the kind of activity                     -        -        -          -         x       x     -
name the form a task is completed on            -        -        -          -         x       x     -
confirm months that were assumed                -        -        -          -         x       x     -
make a task due only when needed                -        -        -          -         x       x     -
add a service area to the plan                  -        -        -          -         x       x     -
add a role to the plan                          -        -        -          -         x       x     -
add a task to the plan                          -        -        -          -         x       x     -
add an audit theme to the plan                  -        -        -          -         x       x     -
remove a whole service area from the plan       -        -        -          -         x       x     -
move a task in the plan                         -        -        -          -         x       x     -
store a year's plan                             -        -        -          -         x       x     -
copy the plan to another year                   -        -        -          -         x       x     -
start an empty plan                             -        -        -          -         x       x     -
replace the plan with the council's             -        -        -          -         x       x     -
import a plan from a workbook                   -        -        -          -         x       x     -
give someone a role in the plan                 -        -        -          -         x       x     -
end someone's role in the plan                  -        -        -          -         x       x     -
remove a role holder                            -        -        -          -         x       x     -
record your own activity                        x        x        x          x         x       x     -
remove your own activity                        x        x        x          x         x       x     -
record someone else's activity                  -        -        -          -         x       x     -
remove someone else's activity                  -        -        -          -         x       x     -
add a person                                    -        -        -          -         x       x     -
change a person                                 -        -        -          -         x       x     -
deactivate a person                             -        -        -          -         x       x     -
add an administrator                            -        -        -          -         -       x     -
make someone an administrator                   -        -        -          -         -       x     -
stop someone being an administrator             -        -        -          -         -       x     -
add a service area                              -        -        -          -         x       x     -
rename a service area                           -        -        -          -         x       x     -
add a team                                      -        -        -          -         x       x     -
rename a team                                   -        -        -          -         x       x     -
deactivate a team                               -        -        -          -         x       x     -
keep your own recovery copy                     x        x        x          x         x       x     -
discard your own recovery copy                  x        x        x          x         x       x     -
import a form from a file                       -        -        -          -         x       x     -
start a new version of a form                   -        -        -          -         x       x     -
change a draft version of a form                -        -        -          -         x       x     -
publish a version of a form                     -        -        -          -         x       x     -
remove a draft version of a form                -        -        -          -         x       x     -
import the month's case list                    -        -        -          -         x       x     -
draw the month's cases                          -        -        -          -         x       x     -
add a targeted case                             -        -        -          -         x       x     -
swap an allocated case                          -        -        -          -         x       x     -
rebase the trend charts                         -        -        -          -         x       x     -
remove a rebase of the trend charts             -        -        -          -         x       x     -
draw up an audit report                         -        -        -          -         x       x     -
save an audit report                            -        -        -          -         x       x     -
issue an audit report                           -        -        -          -         x       x     -
delete an audit report                          -        -        -          -         x       x     -
add an action plan item                         -        -        x          -         x       x     -
make action plan items from a report            -        -        -          -         x       x     -
change an action plan item                      -        -        x          -         x       x     -
record progress on an action plan item          -        -        x          -         x       x     -
close an action plan item                       -        -        -          -         x       x     -
record the quarterly QA meeting                 -        -        -          -         x       x     -
record a QA meeting decision                    -        -        -          -         x       x     -
say whether earlier actions were done           x        x        x          x         x       x     -
"""

# The exports and reads that are not for everyone (checked where they are asked for).
EXPECTED_READS = """
                                             auditor  manager  strategic  moderator  qa_lead  admin  none
the learning summary                            -        x        -          x         x       x     -
the trend report                                -        x        -          x         x       x     -
the audit data workbook                         -        x        -          x         x       x     -
a service review's exports                      -        x        -          x         x       x     -
the QAF plan workbook                           -        x        -          -         x       x     -
the month's allocation workbook                 -        -        -          -         x       x     -
audit reports and action plans                  -        x        x          x         x       x     -
"""
READS = {
    "the learning summary": table.LEARNING_SUMMARY,
    "the trend report": table.TREND_REPORT,
    "the audit data workbook": table.AUDIT_WORKBOOK,
    "a service review's exports": table.REVIEW_EXPORT,
    "the QAF plan workbook": table.SCHEDULE_WORKBOOK,
    "audit reports and action plans": table.AUDIT_REPORT_READ,
    "the month's allocation workbook": table.SAMPLE_WORKBOOK,
}

Operation = Callable[[Session, Actor, World], object]
OPERATIONS: dict[str, Operation] = {}
TRIED: set[Callable[..., Any]] = set()


def operation(name: str, *service: Callable[..., Any]) -> Callable[[Operation], Operation]:
    """One row of the matrix, and the service functions it runs."""

    def register(run: Operation) -> Operation:
        OPERATIONS[name] = run
        TRIED.update(service)
        return run

    return register


def parse(text: str) -> dict[str, dict[str, bool]]:
    """The table above: for each operation, whether each of CAST may do it."""
    rows = {}
    for line in text.strip().splitlines()[1:]:
        words = line.split()
        name, marks = " ".join(words[: -len(CAST)]), words[-len(CAST) :]
        assert set(marks) <= {"x", "-"}, line
        rows[name] = {who: mark == "x" for who, mark in zip(CAST, marks, strict=True)}
    return rows


# -- case file audits ---------------------------------------------------------------------


def _own_form(s: Session, who: Actor, w: World) -> tuple[int, int, Any]:
    row = w.own_drafts[who.id]
    form = audits.load_audit(s, row.id).form
    form.case_holder = "Alex Mensah"
    return row.id, row.version, form


@operation("start an audit", audits.create_audit)
def _start_audit(s: Session, who: Actor, w: World) -> object:
    return audits.create_audit(s, who, complete_form(w.team_id, "NEW1"), TODAY)


@operation("save your own draft audit", audits.save_draft)
def _save_audit(s: Session, who: Actor, w: World) -> object:
    return audits.save_draft(s, who, *_own_form(s, who, w), TODAY)


@operation("complete your own audit", audits.complete_audit)
def _complete_audit(s: Session, who: Actor, w: World) -> object:
    return audits.complete_audit(s, who, *_own_form(s, who, w), TODAY)


@operation("delete your own draft audit", audits.delete_draft)
def _delete_audit(s: Session, who: Actor, w: World) -> object:
    row = w.own_drafts[who.id]
    audits.delete_draft(s, who, row.id, row.version)
    return None


@operation("import audits", store_import)
def _import_audits(s: Session, who: Actor, w: World) -> object:
    instrument = current_audit_instrument()
    imported = ImportedAudit(
        row=2,
        ref=1,
        case_number="IMP1",
        audit_month=date(2017, 2, 1),
        service_area=w.area_name,
        team=w.team_name,
        auditor=w.colleague.name,
        status=COMPLETED,
        overall="meets_good",
        judgements={a.key: "meets_good" for a in instrument.areas},
        completed_on=date(2017, 2, 20),
        template_version=instrument.version,
    )
    return store_import(s, who, [imported], "workbook matrix.xlsx", TODAY)


@operation("open corrective action audits lack", follow_up.backfill)
def _backfill(s: Session, who: Actor, w: World) -> object:
    return follow_up.backfill(s, who, TODAY)


@operation("set the day corrective action starts", council.set_corrective_from)
def _corrective_start(s: Session, who: Actor, w: World) -> object:
    return council.set_corrective_from(s, who, date(2017, 4, 1))


@operation("confirm corrective action", corrective.confirm)
def _confirm(s: Session, who: Actor, w: World) -> object:
    action = w.corrective
    note = "Chronology updated with the family."
    return corrective.confirm(s, who, action.id, action.version, note, date(2017, 4, 12), TODAY)


@operation("moderate an audit", moderation.save_moderation)
def _moderate(s: Session, who: Actor, w: World) -> object:
    form = moderation.form_agreeing_with(audits.load_audit(s, w.completed_audit))
    form.impact_at_centre = form.evaluative_narrative = "yes"
    return moderation.save_moderation(s, who, w.completed_audit, form)


# -- service reviews ----------------------------------------------------------------------


@operation("start a service review", reviews.create_review)
def _start_review(s: Session, who: Actor, w: World) -> object:
    return reviews.create_review(s, who, w.area_id, NEW_PERIOD, TODAY)


@operation("save a service review", reviews.save_review)
def _save_review(s: Session, who: Actor, w: World) -> object:
    form = reviews.load_review(s, w.draft_review.id).form
    form.key_outcomes = "Fewer children wait for an assessment."
    return reviews.save_review(s, who, w.draft_review.id, w.draft_review.version, form)


@operation("send a review to the panel", reviews.send_to_panel)
def _send_review(s: Session, who: Actor, w: World) -> object:
    form = reviews.load_review(s, w.draft_review.id).form
    return reviews.send_to_panel(s, who, w.draft_review.id, w.draft_review.version, form)


@operation("delete a draft review", reviews.delete_draft)
def _delete_review(s: Session, who: Actor, w: World) -> object:
    reviews.delete_draft(s, who, w.draft_review.id, w.draft_review.version)
    return None


@operation("carry open actions into a review", review_actions.carry_over)
def _carry_over(s: Session, who: Actor, w: World) -> object:
    return review_actions.carry_over(s, who, w.draft_review.id, w.draft_review.version)


@operation("return a review to the service", reviews.return_to_service)
def _return_review(s: Session, who: Actor, w: World) -> object:
    review = w.panel_review
    form = reviews.load_review(s, review.id).form
    return reviews.return_to_service(s, who, review.id, review.version, form)


@operation("make a review final", reviews.finalise)
def _finalise(s: Session, who: Actor, w: World) -> object:
    review = w.panel_review
    form = reviews.load_review(s, review.id).form
    form.panel_date = date(2017, 1, 20)
    form.panel_input = "The panel challenged the caseload figures."
    form.summary_points = "Caseloads are falling; more audits are good."
    return reviews.finalise(s, who, review.id, review.version, form, TODAY)


@operation("mark a review action done", review_actions.mark_done)
def _mark_done(s: Session, who: Actor, w: World) -> object:
    version = w.panel_review.version
    return review_actions.mark_done(
        s, who, w.open_action, version, date(2017, 3, 1), "Audited.", TODAY
    )


@operation("reopen a review action", review_actions.reopen)
def _reopen(s: Session, who: Actor, w: World) -> object:
    return review_actions.reopen(s, who, w.done_action, w.panel_review.version)


# -- the QAF plan -------------------------------------------------------------------------


@operation("shade a month of the plan", edit.toggle_month)
def _toggle(s: Session, who: Actor, w: World) -> object:
    return edit.toggle_month(s, who, edit.TASK, w.task.id, w.task.version, 5)


@operation("change a task's text", edit.set_text)
def _set_text(s: Session, who: Actor, w: World) -> object:
    return edit.set_text(s, who, edit.TASK, w.task.id, w.task.version, "comment", "Quarterly.")


@operation("change the number expected each month", edit.set_expected)
def _set_expected(s: Session, who: Actor, w: World) -> object:
    return edit.set_expected(s, who, w.task.id, w.task.version, 3)


@operation("confirm months that were assumed", edit.confirm_months)
def _confirm_months(s: Session, who: Actor, w: World) -> object:
    return edit.confirm_months(s, who, edit.TASK, w.task.id, w.task.version, None)


@operation("make a task due only when needed", edit.set_when_needed)
def _set_when_needed(s: Session, who: Actor, w: World) -> object:
    return edit.set_when_needed(s, who, w.task.id, w.task.version, True)


@operation("name the form a task is completed on", edit.set_instrument)
def _set_task_form(s: Session, who: Actor, w: World) -> object:
    return edit.set_instrument(s, who, w.task.id, w.task.version, "supervision_audit")


@operation("change the kind of activity", edit.set_kind)
def _set_kind(s: Session, who: Actor, w: World) -> object:
    return edit.set_kind(s, who, w.task.id, w.task.version, "dip_sample")


@operation("add a service area to the plan", edit.add_area)
def _add_plan_area(s: Session, who: Actor, w: World) -> object:
    return edit.add_area(s, who, w.plan_id, "Fostering")


@operation("add a role to the plan", edit.add_role)
def _add_plan_role(s: Session, who: Actor, w: World) -> object:
    return edit.add_role(s, who, w.plan_area.id, "Senior Practitioner")


@operation("add a task to the plan", edit.add_task)
def _add_plan_task(s: Session, who: Actor, w: World) -> object:
    return edit.add_task(s, who, w.plan_role, "Supervision audit", "plans_review")


@operation("add an audit theme to the plan", edit.add_theme)
def _add_theme(s: Session, who: Actor, w: World) -> object:
    return edit.add_theme(s, who, w.plan_id, "Domestic abuse")


@operation("remove a whole service area from the plan", edit.remove)
def _remove_area(s: Session, who: Actor, w: World) -> object:
    edit.remove(s, who, edit.AREA, w.second_area.id, w.second_area.version)
    return None


@operation("move a task in the plan", edit.move)
def _move(s: Session, who: Actor, w: World) -> object:
    return edit.move(s, who, edit.TASK, w.task.id, w.task.version, 1)


@operation("store a year's plan", plan.store_plan)
def _store_plan(s: Session, who: Actor, w: World) -> object:
    return plan.store_plan(s, who, 2019, PlanData(title="QAF PLAN"))


@operation("copy the plan to another year", plan.copy_plan)
def _copy_plan(s: Session, who: Actor, w: World) -> object:
    return plan.copy_plan(s, who, PLAN_YEAR, PLAN_YEAR + 1)


@operation("start an empty plan", plan.create_empty_plan)
def _empty_plan(s: Session, who: Actor, w: World) -> object:
    return plan.create_empty_plan(s, who, 2020)


@operation("replace the plan with the council's", plan.load_council_plan)
def _council_plan(s: Session, who: Actor, w: World) -> object:
    return plan.load_council_plan(s, who, replace=True)


@operation("import a plan from a workbook", import_schedule)
def _import_plan(s: Session, who: Actor, w: World) -> object:
    return import_schedule(s, who, w.workbook, 2026)


@operation("give someone a role in the plan", roles.assign_role)
def _assign(s: Session, who: Actor, w: World) -> object:
    return roles.assign_role(s, who, w.colleague.id, w.other_role_key, date(2017, 2, 1))


@operation("end someone's role in the plan", roles.end_assignment)
def _end_role(s: Session, who: Actor, w: World) -> object:
    held = w.assignment
    return roles.end_assignment(s, who, held.id, held.version, date(2017, 6, 30))


@operation("remove a role holder", roles.remove_assignment)
def _remove_holder(s: Session, who: Actor, w: World) -> object:
    roles.remove_assignment(s, who, w.assignment.id, w.assignment.version)
    return None


@operation("record your own activity", activities.record_activity)
def _record_own(s: Session, who: Actor, w: World) -> object:
    done = date(2017, 7, 4)
    return activities.record_activity(s, who, who.id, w.observation, done, "Seen", today=TODAY)


@operation("remove your own activity", activities.remove_activity)
def _remove_own(s: Session, who: Actor, w: World) -> object:
    row = w.own_activities[who.id]
    activities.remove_activity(s, who, row.id, row.version)
    return None


@operation("record someone else's activity", activities.record_activity)
def _record_other(s: Session, who: Actor, w: World) -> object:
    done = date(2017, 7, 4)
    return activities.record_activity(
        s, who, w.colleague.id, w.observation, done, "Seen", today=TODAY
    )


@operation("remove someone else's activity", activities.remove_activity)
def _remove_other(s: Session, who: Actor, w: World) -> object:
    row = w.colleague_activity
    activities.remove_activity(s, who, row.id, row.version)
    return None


# -- people and teams ---------------------------------------------------------------------


def _change(s: Session, who: Actor, person: Actor, **wanted: Any) -> object:
    started = admin.person_row(s, person.id).details
    return admin.update_person(s, who, person.id, started, replace(started, **wanted))


@operation("add a person", admin.add_person)
def _add_person(s: Session, who: Actor, w: World) -> object:
    details = admin.PersonDetails("new.person", "New Person", team_id=w.team_id)
    return admin.add_person(s, who, details)


@operation("change a person", admin.update_person)
def _change_person(s: Session, who: Actor, w: World) -> object:
    return _change(s, who, w.colleague, name="Chris Colleague-Smith")


@operation("deactivate a person", admin.set_active)
def _deactivate(s: Session, who: Actor, w: World) -> object:
    started = admin.person_row(s, w.colleague.id).details
    return admin.set_active(s, who, w.colleague.id, started, False)


@operation("add an administrator", admin.add_person)
def _add_admin(s: Session, who: Actor, w: World) -> object:
    details = admin.PersonDetails("new.admin", "New Admin", roles=frozenset({"admin"}))
    return admin.add_person(s, who, details)


@operation("make someone an administrator", admin.update_person)
def _make_admin(s: Session, who: Actor, w: World) -> object:
    return _change(s, who, w.colleague, roles=frozenset({"auditor", "admin"}))


@operation("stop someone being an administrator", admin.update_person)
def _unmake_admin(s: Session, who: Actor, w: World) -> object:
    return _change(s, who, w.spare_admin, roles=frozenset({"qa_lead"}))


@operation("add a service area", teams.add_service_area)
def _add_area(s: Session, who: Actor, w: World) -> object:
    return teams.add_service_area(s, who, "Fostering Service")


@operation("rename a service area", teams.rename_service_area)
def _rename_area(s: Session, who: Actor, w: World) -> object:
    return teams.rename_service_area(s, who, w.area_id, w.area_name, "Help and Protection Service")


@operation("add a team", teams.add_team)
def _add_team(s: Session, who: Actor, w: World) -> object:
    return teams.add_team(s, who, w.area_id, "Assessment Team 9")


@operation("rename a team", teams.rename_team)
def _rename_team(s: Session, who: Actor, w: World) -> object:
    return teams.rename_team(s, who, w.team_id, w.team_name, "Assessment Team One")


@operation("deactivate a team", teams.set_team_active)
def _close_team(s: Session, who: Actor, w: World) -> object:
    return teams.set_team_active(s, who, w.other_team_id, w.other_team_name, False)


# -- recovery copies ----------------------------------------------------------------------


@operation("keep your own recovery copy", drafts.keep)
def _keep(s: Session, who: Actor, w: World) -> object:
    return drafts.keep(s, who, "audit:7", {"case_number": "CN7"}, record_id=7)


@operation("discard your own recovery copy", drafts.discard)
def _discard(s: Session, who: Actor, w: World) -> object:
    return drafts.discard(s, who, RECOVERY_SLOT)


# -- trend charts -------------------------------------------------------------------------


@operation("rebase the trend charts", rebases.add_rebase)
def _rebase(s: Session, who: Actor, w: World) -> object:
    return rebases.add_rebase(s, who, date(2017, 9, 1), "New practice standards")


@operation("remove a rebase of the trend charts", rebases.remove_rebase)
def _remove_rebase(s: Session, who: Actor, w: World) -> object:
    rebases.remove_rebase(s, who, w.rebase)
    return None


# -- audit reports, action plans and the quarterly QA meeting ------------------------------


@operation("draw up an audit report", reports.draft_report)
def _draft_report(s: Session, who: Actor, w: World) -> object:
    return reports.draft_report(s, who, parse_month("2017-03"), TODAY)


@operation("save an audit report", reports.save_report)
def _save_report(s: Session, who: Actor, w: World) -> object:
    text = reports.load_report(s, w.report.id).text
    text.strengths += " Direct work is recorded well."
    return reports.save_report(s, who, w.report.id, w.report.version, text)


@operation("issue an audit report", reports.issue_report)
def _issue_report(s: Session, who: Actor, w: World) -> object:
    return reports.issue_report(s, who, w.report.id, w.report.version, TODAY)


@operation("delete an audit report", reports.delete_report)
def _delete_report(s: Session, who: Actor, w: World) -> object:
    return reports.delete_report(s, who, w.report.id, w.report.version)


@operation("add an action plan item", action_plans.add_item)
def _add_item(s: Session, who: Actor, w: World) -> object:
    return action_plans.add_item(
        s,
        who,
        service_area_id=w.area_id,
        owner_id=w.people["strategic_lead"].id,
        action="Dip sample ten chronologies",
        due_on=TODAY,
    )


@operation("make action plan items from a report", action_plans.items_from_report)
def _items_from_report(s: Session, who: Actor, w: World) -> object:
    return action_plans.items_from_report(s, who, w.report.id, TODAY)


@operation("change an action plan item", action_plans.change_item)
def _change_item(s: Session, who: Actor, w: World) -> object:
    return action_plans.change_item(
        s,
        who,
        w.plan_item.id,
        w.plan_item.version,
        action="Supervision checks chronologies monthly",
        due_on=date(2017, 7, 31),
        owner_id=w.people["strategic_lead"].id,
        service_area_id=w.area_id,
    )


@operation("record progress on an action plan item", action_plans.record_progress)
def _record_progress(s: Session, who: Actor, w: World) -> object:
    return action_plans.record_progress(
        s, who, w.plan_item.id, w.plan_item.version, "amber", "Team managers briefed."
    )


@operation("close an action plan item", action_plans.close_item)
def _close_item(s: Session, who: Actor, w: World) -> object:
    return action_plans.close_item(s, who, w.plan_item.id, True, TODAY)


@operation("record the quarterly QA meeting", meetings.save_meeting)
def _save_meeting(s: Session, who: Actor, w: World) -> object:
    return meetings.save_meeting(s, who, date(2017, 10, 1), None, TODAY, "Both leads attended.")


@operation("record a QA meeting decision", meetings.record_decision)
def _record_decision(s: Session, who: Actor, w: World) -> object:
    return meetings.record_decision(
        s, who, date(2017, 10, 1), w.plan_item.id, "Carry on.", today=TODAY
    )


@operation("say whether earlier actions were done", earlier_actions.record_answers)
def _earlier_actions(s: Session, who: Actor, w: World) -> object:
    audit_id = w.own_drafts[who.id].id
    view = earlier_actions.side_by_side(s, audit_id)
    assert view is not None and view.actions
    return earlier_actions.record_answers(s, who, audit_id, {view.actions[0].id: ("done", "")})


# -- cases to audit ---------------------------------------------------------------------


@operation("import the month's case list", case_lists.store_case_list)
def _store_case_list(s: Session, who: Actor, w: World) -> object:
    cases = case_list(w.other_team_id, "JUL")
    return case_lists.store_case_list(
        s, who, date(2017, 7, 1), "july.csv", "1" * 64, cases, {"team": "Team"}
    )


@operation("draw the month's cases", draws.draw_month)
def _draw(s: Session, who: Actor, w: World) -> object:
    return draws.draw_month(s, who, LISTED_MONTH, TODAY, seed=2)


@operation("add a targeted case", draws.add_targeted)
def _target(s: Session, who: Actor, w: World) -> object:
    return draws.add_targeted(s, who, DRAWN_MONTH, w.spare_case, w.colleague.id, "Neglect theme")


@operation("swap an allocated case", draws.swap_case)
def _swap(s: Session, who: Actor, w: World) -> object:
    return draws.swap_case(s, who, w.drawn_allocation, "The case closed", w.spare_case)


# -- trying ---------------------------------------------------------------------------------


class Undo(Exception):
    """Ends a try: everything it did is rolled back."""


def row_counts(s: Session) -> dict[str, int]:
    """How many rows every table holds, the change history among them, in one query."""
    tables = Base.metadata.sorted_tables
    counts = s.execute(
        select(*(select(func.count()).select_from(t).scalar_subquery() for t in tables))
    ).one()
    return {t.name: int(n) for t, n in zip(tables, counts, strict=True)}


# -- the council's forms ------------------------------------------------------------------

FORM = "observation_of_practice"


@operation("import a form from a file", instrument_versions.import_definition)
def _import_form(s: Session, who: Actor, w: World) -> object:
    text = instrument_versions.definition_text(s, FORM).replace(
        'version = "2017.1"', 'version = "2019.1"'
    )
    return instrument_versions.import_definition(s, who, text, "observation.toml")


@operation("start a new version of a form", instrument_versions.start_version)
def _start_form(s: Session, who: Actor, w: World) -> object:
    return instrument_versions.start_version(s, who, "dip_sample")


@operation("change a draft version of a form", instrument_versions.save_draft)
def _change_form(s: Session, who: Actor, w: World) -> object:
    draft = instrument_versions.load_draft(s, FORM, w.form_draft_version)
    changed = replace(draft.instrument, title="Observation of practice (revised)")
    return instrument_versions.save_draft(
        s, who, FORM, w.form_draft_version, draft.row_version, changed
    )


@operation("publish a version of a form", instrument_versions.publish)
def _publish_form(s: Session, who: Actor, w: World) -> object:
    return instrument_versions.publish(s, who, FORM, w.form_draft_version)


@operation("remove a draft version of a form", instrument_versions.delete_draft)
def _remove_form(s: Session, who: Actor, w: World) -> object:
    instrument_versions.delete_draft(s, who, FORM, w.form_draft_version)
    return None


def attempt(db: Database, run: Operation, who: Actor, world: World) -> str:
    """ "allowed" or "refused", or what else happened; always rolled back."""
    outcome = ""
    try:
        with db.writing() as s:
            before = row_counts(s)
            try:
                run(s, who, world)
            except NotAllowed:
                after = row_counts(s)
                grew = {k: after[k] - before[k] for k in after if after[k] != before[k]}
                outcome = "refused" if not grew else f"refused after writing {grew}"
            except Exception as error:  # reported in the failure, with the others
                outcome = f"failed: {type(error).__name__}: {error}"
            else:
                s.flush()
                outcome = "allowed" if row_counts(s) != before else "allowed, wrote nothing"
            raise Undo
    except Undo:
        pass
    return outcome


@pytest.fixture
def world(any_opened: Opened, tmp_path: Path) -> World:
    # Set up by the person who set the database up: the QA lead and administrator.
    return build_world(any_opened.db, any_opened.actor, tmp_path)


def test_every_operation_is_allowed_or_refused_as_the_table_says(
    any_opened: Opened, world: World
) -> None:
    expected = parse(EXPECTED)
    assert set(expected) == set(OPERATIONS)
    seen: dict[str, dict[str, bool]] = {}
    odd = []
    for name, run in OPERATIONS.items():
        seen[name] = {}
        for who in CAST:
            outcome = attempt(any_opened.db, run, world.people[who], world)
            if outcome not in ("allowed", "refused"):
                odd.append(f"{name}, as {who}: {outcome}")
            seen[name][who] = outcome == "allowed"
    assert odd == []
    differ = [
        f"{name}, as {who}: {'allowed' if seen[name][who] else 'refused'}"
        for name in expected
        for who in CAST
        if seen[name][who] != expected[name][who]
    ]
    assert differ == []


def test_audits_are_imported_from_a_workbook_only_as_the_table_says(
    any_opened: Opened, world: World, tmp_path: Path
) -> None:
    """The workbook's front door is refused before the workbook is read (checking only,
    so that the allowed tries store nothing and every try sees the same database)."""
    workbook = tmp_path / "audits.xlsx"
    write_audits_workbook(any_opened.db, any_opened.actor, workbook)
    expected = parse(EXPECTED)["import audits"]
    with any_opened.db.reading() as s:
        before = row_counts(s)
    for who in CAST:
        try:
            import_audits_workbook(any_opened.db, world.people[who], workbook, check_only=True)
        except NotAllowed:
            assert not expected[who], who
        else:
            assert expected[who], who
    with any_opened.db.reading() as s:
        assert row_counts(s) == before


TRIED.add(import_audits_workbook)


def test_only_an_administrator_moves_a_teams_file_onto_the_server() -> None:
    """Checked before the file is read: an administrator (who, to bring moderation with
    it, may also moderate; the server's own rule)."""

    def allowed(actor: Actor, moderation: bool) -> bool:
        try:
            check_may_move_in(actor, moderation)
        except NotAllowed:
            return False
        return True

    for who in CAST:
        roles = frozenset() if who == NO_ROLE else frozenset({who})
        actor = Actor(1, who, who, roles, None, None)
        assert allowed(actor, False) == (who == "admin"), who
        assert not allowed(actor, True), who
    both = Actor(1, "a", "a", frozenset({"admin", "qa_lead"}), None, None)
    assert allowed(both, True)


TRIED.add(check_may_move_in)


def test_a_case_list_is_read_only_for_those_the_table_allows(
    any_opened: Opened, world: World, tmp_path: Path
) -> None:
    """The front door of the case list is refused before the file is read."""
    cases = tmp_path / "cases.csv"
    cases.write_text("Child ID,Team,Legal status\nCN1,Assessment Team 1,CIN\n", "utf-8")
    expected = parse(EXPECTED)["import the month's case list"]
    for who in CAST:
        try:
            listed = prepare_case_list(any_opened.db, world.people[who], cases)
            checked = check_case_list(listed, {"assessment team 1": world.team_id}, TODAY)
        except NotAllowed:
            assert not expected[who], who
            with pytest.raises(NotAllowed):
                import_case_list(
                    any_opened.db,
                    world.people[who],
                    listed_as_lead(any_opened, cases),
                    date(2017, 8, 1),
                    TODAY,
                )
        else:
            assert expected[who], who
            assert [c.case_number for c in checked] == ["CN1"]


def listed_as_lead(opened: Opened, path: Path) -> CaseListFile:
    return prepare_case_list(opened.db, opened.actor, path)


TRIED.update({prepare_case_list, import_case_list})


def test_the_restricted_reads_follow_the_table() -> None:
    expected = parse(EXPECTED_READS)
    assert set(expected) == set(READS)
    for name, key in READS.items():
        for who in CAST:
            roles = () if who == NO_ROLE else (who,)
            assert table.allowed(roles, key) == expected[name][who], (name, who)
    assert {p.key for p in table.PERMISSIONS if not p.changes_data} == set(READS.values())


def test_the_user_guide_prints_the_programs_table() -> None:
    """Managers read "Who may do what" in the user guide: it says what the program does."""
    guide = (Path(__file__).parent.parent / "docs" / "user-guide.md").read_text("utf-8")
    section = guide.split("## Who may do what", 1)[1].split("\n## ", 1)[0]
    printed = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == len(ROLE_KEYS) + 1 and cells[1] in ("✓", ""):
            printed[cells[0]] = {k for k, c in zip(ROLE_KEYS, cells[1:], strict=True) if c}
    assert printed == {p.what: set(p.roles) for p in table.PERMISSIONS}


def test_every_service_function_that_checks_the_table_is_tried_in_the_matrix() -> None:
    checked = set()
    for package in (qaaudit.services, qaaudit.exports):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            if module.__name__ == "qaaudit.services.common.permissions":
                continue
            for name, function in inspect.getmembers(module, inspect.isfunction):
                if function.__module__ != module.__name__ or name.startswith("_"):
                    continue
                if "require(actor" in inspect.getsource(function):
                    checked.add(function)
    names = sorted(f"{f.__module__}.{f.__name__}" for f in checked - TRIED)
    assert names == []


def test_nobody_can_discard_someone_elses_recovery_copy(any_opened: Opened) -> None:
    """The copy discarded is always the person's own, whatever slot they name."""
    with any_opened.db.writing() as s:
        team = make_team(s)
        moderator = make_person(s, "psw", "Principal Social Worker", ("moderator",), team)
        colleague = make_person(s, "tm1", "Team Manager One", ("auditor",), team)
        drafts.keep(s, moderator, RECOVERY_SLOT, {"case_number": "MINE"})
        drafts.keep(s, colleague, RECOVERY_SLOT, {"case_number": "THEIRS"})
    with any_opened.db.writing() as s:
        drafts.discard(s, moderator, RECOVERY_SLOT)
    with any_opened.db.reading() as s:
        assert drafts.pending(s, moderator.id) == []
        assert [c.payload for c in drafts.pending(s, colleague.id)] == [{"case_number": "THEIRS"}]
